//! The Markdown body: `# <audience id>` starts an article's version (its
//! first paragraph is the short answer), `##` a section, `###` a
//! subsection; paragraphs, lists, quotes and GitHub alerts are blocks.
//! Anything the content format cannot express is an error at its place.

use super::outline::{Section, Version, section_path, versions_id};
use super::{Diag, SourceMap};
use crate::content::json::Json;
use pulldown_cmark::{BlockQuoteKind, BrokenLink, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// What a body holds: an article's versions, or a page's sections.
pub enum Body {
    Versions(Vec<(String, Json)>),
    Sections(Vec<Json>),
}

struct Walker<'a, 'k, I: Iterator<Item = (Event<'a>, Range<usize>)>> {
    events: std::iter::Peekable<I>,
    base: usize,
    keys: &'k [String],
    diags: &'k mut Vec<Diag>,
}

/// Parses a body. `audiences` is `Some` for an article (its versions are
/// checked against them), `None` for a page.
pub fn parse(text: &str, base: usize, audiences: Option<&[String]>, keys: &[String], map: &mut SourceMap, diags: &mut Vec<Diag>) -> Body {
    // `[@key]` has no link definition: it becomes a `cite:` link.
    let callback = |link: BrokenLink<'_>| link.reference.starts_with('@').then(|| (CowStr::from(format!("cite:{}", link.reference)), CowStr::from("")));
    let parser = Parser::new_with_broken_link_callback(text, Options::ENABLE_GFM | Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES, Some(callback));
    let mut w = Walker { events: parser.into_offset_iter().peekable(), base, keys, diags };
    let mut versions: Vec<Version> = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    let mut in_sub = false;
    while let Some((ev, range)) = w.events.next() {
        let at = base + range.start;
        match ev {
            Event::Start(Tag::Heading { level, .. }) => {
                let heading = w.heading_text(level);
                match (level, audiences) {
                    (HeadingLevel::H1, Some(audiences)) => {
                        if !audiences.contains(&heading) {
                            w.fail(range.start, &format!("\"# {heading}\" is not an audience in site.json (expected # followed by one of: {})", audiences.join(", ")));
                        } else if versions.iter().any(|v| v.id == heading) {
                            w.fail(range.start, &format!("the version \"# {heading}\" is written twice"));
                        }
                        if versions.is_empty() {
                            // Problems with the versions as a whole point at the first one.
                            map.record("versions", at);
                        }
                        map.record(&format!("versions.{heading}"), at);
                        versions.push(Version { id: heading, answer: None, sections: Vec::new() });
                        in_sub = false;
                    }
                    (HeadingLevel::H1, None) => w.fail(range.start, "a page has no # heading: start each section with ##"),
                    (HeadingLevel::H2, _) => {
                        let id = versions_id(audiences, &versions);
                        let list = match (audiences, versions.last_mut()) {
                            (None, _) => &mut sections,
                            (Some(_), Some(v)) => &mut v.sections,
                            (Some(_), None) => {
                                w.fail(range.start, "a ## section must come after the # heading of its version (for example # patient)");
                                continue;
                            }
                        };
                        let path = section_path(id, list.len(), None);
                        map.record(&path, at);
                        list.push(Section { heading, blocks: Vec::new(), subs: Vec::new() });
                        in_sub = false;
                    }
                    (HeadingLevel::H3, _) => {
                        let id = versions_id(audiences, &versions);
                        let list = if audiences.is_some() { versions.last_mut().map(|v| &mut v.sections) } else { Some(&mut sections) };
                        match list.and_then(|l| { let n = l.len(); l.last_mut().map(|s| (n - 1, s)) }) {
                            Some((i, s)) => {
                                map.record(&section_path(id, i, Some(s.subs.len())), at);
                                s.subs.push(Section { heading, blocks: Vec::new(), subs: Vec::new() });
                                in_sub = true;
                            }
                            None => w.fail(range.start, "a ### subsection must come after a ## section"),
                        }
                    }
                    _ => w.fail(range.start, "headings deeper than ### are not part of the content format: use ## or ###"),
                }
            }
            Event::Start(tag) => {
                let Some(block) = w.block(tag, range.clone()) else { continue };
                let id = versions_id(audiences, &versions);
                // An article's first paragraph after its # heading is the short answer.
                if let (Some(_), Some(v)) = (audiences, versions.last_mut())
                    && v.sections.is_empty() {
                        match (&v.answer, block) {
                            (None, Json::Object(mut e)) if e.len() == 1 && e[0].0 == "p" => {
                                map.record(&format!("versions.{}.answer", v.id), at);
                                v.answer = Some(e.remove(0).1);
                            }
                            _ => w.fail(range.start, "before the first ## section a version has one paragraph: the short answer"),
                        }
                        continue;
                    }
                let list = if audiences.is_some() { versions.last_mut().map(|v| &mut v.sections) } else { Some(&mut sections) };
                let Some(list) = list.filter(|l| !l.is_empty()) else {
                    w.fail(range.start, if audiences.is_some() { "text must come after a # heading naming its audience (for example # patient)" } else { "text must come after a ## section heading" });
                    continue;
                };
                let i = list.len() - 1;
                let section = &mut list[i];
                let (target, sub) = if in_sub { let j = section.subs.len() - 1; (&mut section.subs[j], Some(j)) } else { (section, None) };
                map.record(&format!("{}.blocks[{}]", section_path(id, i, sub), target.blocks.len()), at);
                target.blocks.push(block);
            }
            other => w.unsupported(&other, range),
        }
    }
    if audiences.is_none() {
        return Body::Sections(sections.into_iter().map(Section::json).collect());
    }
    let mut out = Vec::new();
    for v in versions {
        let mut entries = Vec::new();
        if let Some(answer) = v.answer {
            entries.push(("answer".to_owned(), answer));
        }
        entries.push(("sections".into(), Json::Array(v.sections.into_iter().map(Section::json).collect())));
        out.push((v.id, Json::Object(entries)));
    }
    Body::Versions(out)
}

impl<'a, I: Iterator<Item = (Event<'a>, Range<usize>)>> Walker<'a, '_, I> {
    fn fail(&mut self, offset: usize, message: &str) {
        self.diags.push(Diag::at(self.base + offset, message));
    }

    /// Reports something the format cannot express and skips past it.
    fn unsupported(&mut self, ev: &Event, range: Range<usize>) {
        let what = match ev {
            Event::Start(Tag::Table(_)) => "tables",
            Event::Start(Tag::Image { .. }) => "images",
            Event::Start(Tag::CodeBlock(_)) | Event::Code(_) => "code",
            Event::Html(_) | Event::InlineHtml(_) | Event::Start(Tag::HtmlBlock) => "HTML (text is always text)",
            Event::Rule => "horizontal rules",
            Event::Start(Tag::FootnoteDefinition(_)) | Event::FootnoteReference(_) => "footnotes (cite references with [@key])",
            Event::Start(Tag::Heading { .. }) => "headings here",
            Event::Start(Tag::Strikethrough) => "strikethrough",
            Event::TaskListMarker(_) => "task lists",
            Event::End(_) => return,
            _ => "this kind of Markdown",
        };
        self.fail(range.start, &format!("{what} can't be shown by the content format"));
        if let Event::Start(_) = ev {
            self.skip();
        }
    }

    /// Skips the rest of an element whose start was just read.
    fn skip(&mut self) {
        let mut depth = 1;
        for (ev, _) in self.events.by_ref() {
            match ev {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                break;
            }
        }
    }

    /// The plain text of a heading (emphasis and links are not allowed there).
    fn heading_text(&mut self, level: HeadingLevel) -> String {
        let mut text = String::new();
        while let Some((ev, range)) = self.events.next() {
            match ev {
                Event::End(TagEnd::Heading(l)) if l == level => break,
                Event::Text(t) => text.push_str(&t),
                Event::SoftBreak | Event::HardBreak => text.push(' '),
                Event::End(_) => {}
                other => {
                    self.fail(range.start, "a heading is plain text");
                    if let Event::Start(_) = other {
                        self.skip();
                    }
                }
            }
        }
        text.trim().to_owned()
    }

    /// A block that starts with `tag`, as the contract's JSON.
    fn block(&mut self, tag: Tag<'a>, range: Range<usize>) -> Option<Json> {
        let one = |k: &str, v: Json| Json::Object(vec![(k.to_owned(), v)]);
        match tag {
            Tag::Paragraph => Some(one("p", self.inline(TagEnd::Paragraph))),
            Tag::List(first) => {
                let items = self.list_items(first.is_some());
                Some(one(if first.is_some() { "ol" } else { "ul" }, Json::Array(items)))
            }
            Tag::BlockQuote(None) => {
                let blocks = self.blocks_until(TagEnd::BlockQuote(None));
                match <[Json; 1]>::try_from(blocks) {
                    Ok([Json::Object(mut e)]) if e.len() == 1 && e[0].0 == "p" => Some(one("quote", e.remove(0).1)),
                    _ => {
                        self.fail(range.start, "a quote is one paragraph; for a boxed note use an alert such as > [!NOTE]");
                        None
                    }
                }
            }
            Tag::BlockQuote(Some(kind)) => {
                let tone = match kind {
                    BlockQuoteKind::Warning => "warning",
                    BlockQuoteKind::Caution => "danger",
                    BlockQuoteKind::Note | BlockQuoteKind::Tip | BlockQuoteKind::Important => "info",
                };
                let mut blocks = self.blocks_until(TagEnd::BlockQuote(Some(kind)));
                let mut note = vec![("tone".to_owned(), Json::Str(tone.into()))];
                if let Some(title) = blocks.first().and_then(title_of) {
                    note.push(("title".into(), Json::Str(title)));
                    blocks.remove(0);
                }
                note.push(("blocks".into(), Json::Array(blocks)));
                Some(one("note", Json::Object(note)))
            }
            other => {
                self.unsupported(&Event::Start(other), range);
                None
            }
        }
    }

    /// Blocks up to `end` (inside a quote or a note).
    fn blocks_until(&mut self, end: TagEnd) -> Vec<Json> {
        let mut out = Vec::new();
        while let Some((ev, range)) = self.events.next() {
            match ev {
                Event::End(e) if e == end => break,
                Event::Start(Tag::Heading { .. }) => {
                    self.fail(range.start, "a heading can't go inside a quote or a note");
                    self.skip();
                }
                Event::Start(tag) => out.extend(self.block(tag, range)),
                other => self.unsupported(&other, range),
            }
        }
        out
    }

    /// A list's items, each one paragraph of inline text.
    fn list_items(&mut self, ordered: bool) -> Vec<Json> {
        let mut items = Vec::new();
        while let Some((ev, range)) = self.events.next() {
            match ev {
                Event::End(TagEnd::List(o)) if o == ordered => break,
                Event::Start(Tag::Item) => {
                    let mut parts = Vec::new();
                    loop {
                        match self.events.peek().cloned() {
                            None => break,
                            Some((Event::End(TagEnd::Item), _)) => {
                                self.events.next();
                                break;
                            }
                            Some((Event::Start(Tag::Paragraph), _)) => {
                                self.events.next();
                                parts.push(self.inline(TagEnd::Paragraph));
                            }
                            Some((Event::Start(Tag::List(_) | Tag::BlockQuote(_) | Tag::CodeBlock(_)), r)) => {
                                self.events.next();
                                self.fail(r.start, "a list item is one paragraph of text: nested lists, quotes and code can't be shown");
                                self.skip();
                            }
                            // A tight item: its text runs to the item's end.
                            Some(_) => {
                                parts.push(self.inline(TagEnd::Item));
                                break;
                            }
                        }
                    }
                    if parts.len() > 1 {
                        self.fail(range.start, "a list item is one paragraph of text");
                    }
                    items.push(parts.into_iter().next().unwrap_or(Json::Str(String::new())));
                }
                other => self.unsupported(&other, range),
            }
        }
        items
    }

    /// Inline text up to `end`: a string when it is plain, else a list of
    /// strings and spans.
    fn inline(&mut self, end: TagEnd) -> Json {
        let mut items: Vec<Json> = Vec::new();
        let push_text = |items: &mut Vec<Json>, t: &str| match items.last_mut() {
            Some(Json::Str(s)) => s.push_str(t),
            _ => items.push(Json::Str(t.to_owned())),
        };
        while let Some((ev, range)) = self.events.next() {
            match ev {
                Event::End(e) if e == end => break,
                // A tight list item's text ends where the item does.
                Event::End(TagEnd::Item) if end == TagEnd::Item => break,
                Event::Text(t) => push_text(&mut items, &t),
                Event::SoftBreak | Event::HardBreak => push_text(&mut items, " "),
                Event::Start(Tag::Strong) => items.push(Json::Object(vec![("strong".into(), self.inline(TagEnd::Strong))])),
                Event::Start(Tag::Emphasis) => items.push(Json::Object(vec![("em".into(), self.inline(TagEnd::Emphasis))])),
                Event::Start(Tag::Link { dest_url, title, .. }) => items.extend(self.link(&dest_url, &title, range)),
                Event::Start(Tag::List(_)) => {
                    self.fail(range.start, "a list item is one paragraph of text: nested lists can't be shown");
                    self.skip();
                }
                other => self.unsupported(&other, range),
            }
        }
        match items.as_slice() {
            [Json::Str(s)] => Json::Str(s.clone()),
            [] => Json::Str(String::new()),
            _ => Json::Array(items),
        }
    }

    /// A citation (`[@key]`), a term (`[word](term: "definition")`) or a link.
    fn link(&mut self, dest: &str, title: &str, range: Range<usize>) -> Option<Json> {
        if let Some(cited) = dest.strip_prefix("cite:") {
            self.skip();
            let mut nums = Vec::new();
            for key in cited.split(';').map(|k| k.trim().trim_start_matches('@')) {
                match self.keys.iter().position(|k| k == key) {
                    Some(i) => nums.push(Json::Int(i as i64 + 1)),
                    // [@3]: reference number 3 (checked like a JSON citation).
                    None if !key.is_empty() && key.len() <= 9 && key.bytes().all(|b| b.is_ascii_digit()) && key != "0" && !key.starts_with('0') => {
                        nums.push(Json::Int(key.parse().unwrap_or(1)))
                    }
                    None => self.fail(range.start, &format!("[@{key}] cites no reference: add one with key = \"{key}\" under [[references]]")),
                }
            }
            return (!nums.is_empty()).then(|| Json::Object(vec![("cite".into(), Json::Array(nums))]));
        }
        if dest == "term:" {
            let text = self.inline(TagEnd::Link);
            if title.is_empty() {
                self.fail(range.start, "a term needs its definition in quotes: [word](term: \"what it means\")");
            }
            return Some(Json::Object(vec![("term".into(), text), ("def".into(), Json::Str(title.to_owned()))]));
        }
        let text = self.inline(TagEnd::Link);
        if crate::content::SafeUrl::new(dest).is_none() {
            self.fail(range.start, &format!("the link \"{dest}\" is not https:, http:, mailto: or a path starting with /"));
        }
        Some(Json::Object(vec![("link".into(), text), ("href".into(), Json::Str(dest.to_owned()))]))
    }
}

/// A note's title: a first paragraph that is all bold plain text.
fn title_of(block: &Json) -> Option<String> {
    let Json::Object(e) = block else { return None };
    let [(k, Json::Array(items))] = e.as_slice() else { return None };
    let [Json::Object(span)] = items.as_slice() else { return None };
    match (k.as_str(), span.as_slice()) {
        ("p", [(s, Json::Str(title))]) if s == "strong" => Some(title.clone()),
        _ => None,
    }
}
