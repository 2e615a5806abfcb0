//! Content as HTML text: an article version's short answer and body, its
//! references and disclaimer, a plain page's sections, and an answer from
//! the answer service. (The page chrome around content is `chrome.rs`.)
//!
//! This markup never changes once shown, so the app sets it as one string
//! instead of building typed views for it: the same DOM for a fraction of
//! the wasm (see the README's size figures). Every piece of content text and
//! every attribute value goes through [`escape`]; links are only ever
//! [`SafeUrl`](super::SafeUrl)s or paths the app builds from slugs. Behaviour
//! (previews, in-page links, radio changes, buttons) is attached by delegated
//! listeners, so nothing here needs a handler. Dates come pre-written by the
//! caller (the browser knows the locale), so this stays pure.
//!
//! Links, terms and citation links are interactive, and HTML forbids one
//! inside another: inside a link's or a term's text, a nested link or term
//! shows its words only, and a citation its numbers without a link (it is
//! then not counted for the references' back-links).

use super::cite::{backlink_label, cite_id, ref_id};
use super::markup::Markup;
use super::model::{Block, Disclaimer, Inline, Note, Reference, Reply, Section, Span};

/// Appends `text` to `out` with `&`, `<`, `>`, `"` and `'` escaped: safe as
/// element text and inside a double-quoted attribute value.
pub fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// `text`, escaped (see [`escape`]).
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape(&mut out, text);
    out
}

/// What goes in front of every id made inside an audience's version
/// (`patient_ref-1`). Slugs never hold `_`, and the app's own ids
/// (`audience-picker`, `reply-ref-1`, `followup-question`, …) never do
/// either, so no audience id can make an id that clashes with them.
pub fn id_prefix(audience: &str) -> String {
    format!("{audience}_")
}

/// An answer from the answer service (with its own references, ids starting
/// `reply-`), or its acknowledgement, under the question the reader asked.
pub fn reply(question: &str, reply: &Reply, here: &str, base: &str) -> Markup {
    let (refs, class) = match reply {
        Reply::Answer { references, .. } => (references.as_slice(), "followup__answer"),
        Reply::Queued { .. } => (&[][..], "followup__answer followup__answer--queued"),
    };
    let mut r = Renderer::new(refs, here, base, "reply-");
    r.open("div", &[("class", class)]);
    r.out.push_str("<p class=\"followup__asked\">You asked: <q>");
    r.text(question);
    r.out.push_str("</q></p>");
    match reply {
        Reply::Queued { message } => {
            r.out.push_str("<p>");
            r.text(message);
            r.out.push_str("</p>");
        }
        Reply::Answer { blocks, references } => {
            r.blocks(blocks);
            if !references.is_empty() {
                r.references("Sources for this answer");
            }
        }
    }
    r.out.push_str("</div>");
    r.take()
}

/// Renders one piece of content (an article version, a page, an answer),
/// numbering citations and terms in document order. The short answer and
/// the body of a version share one renderer, so their numbering runs on.
pub struct Renderer<'a> {
    refs: &'a [Reference],
    /// The page's path and query, for in-page links that survive a `<base>`.
    here: &'a str,
    /// The site's base path, put in front of site-relative links.
    base: &'a str,
    /// Put in front of every id, so several renderings can share a page.
    ids: &'a str,
    /// Citations of each reference so far.
    cites: Vec<usize>,
    terms: usize,
    /// Inside a link's or a term's text.
    inert: bool,
    out: String,
}

impl<'a> Renderer<'a> {
    /// A renderer for content citing `refs`, on the page at `here`, in a
    /// site at `base`, with `ids` in front of every id it makes.
    pub fn new(refs: &'a [Reference], here: &'a str, base: &'a str, ids: &'a str) -> Self {
        Renderer { refs, here, base, ids, cites: vec![0; refs.len()], terms: 0, inert: false, out: String::new() }
    }

    /// The markup rendered since the last call. Numbering goes on.
    pub fn take(&mut self) -> Markup {
        Markup::new(std::mem::take(&mut self.out))
    }

    /// How many times each reference has been cited (with a link) so far.
    pub fn counts(&self) -> &[usize] {
        &self.cites
    }

    fn text(&mut self, text: &str) {
        escape(&mut self.out, text);
    }

    /// `<tag attr="value" …>`, values escaped.
    fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape(&mut self.out, value);
            self.out.push('"');
        }
        self.out.push('>');
    }

    fn close(&mut self, tag: &str) {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    /// `<tag>` around inline text.
    fn wrap_inline(&mut self, tag: &str, spans: &Inline) {
        self.open(tag, &[]);
        self.inline(spans);
        self.close(tag);
    }

    /// Inline text; with `inert`, nested links, terms and citation links
    /// keep their words but not their behaviour.
    fn inline_inert(&mut self, spans: &Inline) {
        let before = std::mem::replace(&mut self.inert, true);
        self.inline(spans);
        self.inert = before;
    }

    /// Inline text: strings, emphasis, links, terms and citations.
    pub fn inline(&mut self, spans: &Inline) {
        for span in spans {
            match span {
                Span::Text(t) => self.text(t),
                Span::Strong(i) => self.wrap_inline("strong", i),
                Span::Em(i) => self.wrap_inline("em", i),
                Span::Cite(ns) => self.citation(ns),
                Span::Term { text, .. } | Span::Link { text, .. } if self.inert => self.inline(text),
                Span::Term { text, def } => {
                    self.terms += 1;
                    let id = format!("{}term-{}", self.ids, self.terms);
                    self.open("span", &[("class", "tip term")]);
                    self.open("button", &[("type", "button"), ("class", "term__word"), ("aria-describedby", &id), ("aria-expanded", "false")]);
                    self.inline_inert(text);
                    self.close("button");
                    self.open("span", &[("role", "tooltip"), ("id", &id), ("class", "tip__box")]);
                    self.text(def);
                    self.out.push_str("</span></span>");
                }
                Span::Link { text, href: Some(url), .. } => {
                    let url = url.as_str();
                    if let Some(path) = url.strip_prefix('/') {
                        let href = format!("{}{path}", self.base);
                        self.open("a", &[("href", &href)]);
                        self.inline_inert(text);
                    } else if url.to_ascii_lowercase().starts_with("mailto:") {
                        self.open("a", &[("href", url)]);
                        self.inline_inert(text);
                    } else {
                        self.open("a", &[("href", url), ("target", "_blank"), ("rel", "noopener noreferrer external")]);
                        self.inline_inert(text);
                        self.out.push_str("<span class=\"visually-hidden\"> (opens in a new tab)</span>");
                    }
                    self.close("a");
                }
                // A scheme the contract does not allow: the words stay, the link goes.
                Span::Link { text, href: None, .. } => {
                    self.open("span", &[("class", "link-refused")]);
                    self.inline(text);
                    self.close("span");
                }
            }
        }
    }

    /// Citation numbers, each a link to its reference with a preview.
    fn citation(&mut self, numbers: &[u32]) {
        self.out.push_str("<sup class=\"cite\">[");
        for (i, &n) in numbers.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            let index = (n as usize).wrapping_sub(1);
            match (self.refs.get(index), self.inert) {
                (Some(_), true) => self.out.push_str(&n.to_string()),
                (Some(reference), false) => {
                    let k = self.cites[index];
                    self.cites[index] += 1;
                    let id = format!("{}{}", self.ids, cite_id(n, k));
                    let preview = format!("{id}-preview");
                    let href = format!("{}#{}{}", self.here, self.ids, ref_id(n));
                    let label = format!("Reference {n}");
                    self.open("span", &[("class", "tip")]);
                    self.open("a", &[("id", &id), ("href", &href), ("target", "_self"), ("class", "cite__link"), ("aria-label", &label), ("aria-describedby", &preview)]);
                    self.out.push_str(&n.to_string());
                    self.close("a");
                    self.open("span", &[("role", "tooltip"), ("id", &preview), ("class", "tip__box")]);
                    self.text(&reference.one_line());
                    self.out.push_str("</span></span>");
                }
                (None, _) => {
                    self.out.push_str(&format!(
                        "<span class=\"cite__missing\" title=\"This reference is missing\">{n}?<span class=\"visually-hidden\"> (reference {n} is missing)</span></span>"
                    ));
                }
            }
        }
        self.out.push_str("]</sup>");
    }

    /// Body blocks: paragraphs, lists, quotations and notes.
    pub fn blocks(&mut self, blocks: &[Block]) {
        for block in blocks {
            match block {
                Block::P(i) => self.wrap_inline("p", i),
                Block::Quote(i) => {
                    self.out.push_str("<blockquote>");
                    self.wrap_inline("p", i);
                    self.out.push_str("</blockquote>");
                }
                Block::Ul(items) | Block::Ol(items) => {
                    let tag = if matches!(block, Block::Ul(_)) { "ul" } else { "ol" };
                    self.open(tag, &[]);
                    for item in items {
                        self.wrap_inline("li", item);
                    }
                    self.close(tag);
                }
                Block::Note(Note { tone, title, blocks }) => {
                    let class = format!("note note--{}", tone.as_str());
                    let label = match title {
                        Some(t) => format!("{}: {t}", tone.label()),
                        None => tone.label().to_owned(),
                    };
                    self.open("aside", &[("class", &class), ("aria-label", &label)]);
                    self.out.push_str("<p class=\"note__title\"><span class=\"note__icon\" aria-hidden=\"true\"></span>");
                    self.text(title.as_deref().unwrap_or(tone.label()));
                    self.out.push_str("</p>");
                    self.blocks(blocks);
                    self.close("aside");
                }
            }
        }
    }

    /// A section with its heading (`h2` at level 2, nested `h3`, … down to
    /// `h6`) and its subsections.
    pub fn section(&mut self, section: &Section, level: u8) {
        let tag = ["h2", "h3", "h4", "h5", "h6"][usize::from(level.clamp(2, 6) - 2)];
        self.out.push_str("<section class=\"section\">");
        self.open(tag, &[]);
        self.text(&section.heading);
        self.close(tag);
        self.blocks(&section.blocks);
        for sub in &section.sections {
            self.section(sub, level.saturating_add(1));
        }
        self.out.push_str("</section>");
    }

    /// A version's short answer: a paragraph.
    pub fn answer(&mut self, answer: &Inline) {
        self.out.push_str("<p class=\"answer__text\">");
        self.inline(answer);
        self.out.push_str("</p>");
    }

    /// Top-level sections (`h2` headings).
    pub fn sections(&mut self, sections: &[Section]) {
        for s in sections {
            self.section(s, 2);
        }
    }

    /// An article version's sections, in the body's `<div>`.
    pub fn body(&mut self, sections: &[Section]) {
        self.out.push_str("<div class=\"article__body\">");
        self.sections(sections);
        self.out.push_str("</div>");
    }

    /// The numbered references under `heading`, each with its links out and
    /// back-links to every place it was cited in what this renderer rendered.
    pub fn references(&mut self, heading: &str) {
        let ids = self.ids;
        let heading_id = format!("{ids}references-heading");
        self.open("section", &[("class", "refs"), ("aria-labelledby", &heading_id)]);
        self.open("h2", &[("id", &heading_id)]);
        self.text(heading);
        self.out.push_str("</h2><ol class=\"refs__list\">");
        for (i, r) in self.refs.iter().enumerate() {
            let n = i as u32 + 1;
            self.open("li", &[("id", &format!("{ids}{}", ref_id(n))), ("tabindex", "-1")]);
            let count = self.cites[i];
            if count > 0 {
                self.out.push_str(if count > 1 { "<span class=\"refs__backs\">^ " } else { "<span class=\"refs__backs\">" });
                for k in 0..count {
                    let (label, aria) = if count == 1 {
                        ("^".to_owned(), format!("Back to citation {n}"))
                    } else {
                        (backlink_label(k), format!("Back to citation {n}{}", backlink_label(k)))
                    };
                    let href = format!("{}#{ids}{}", self.here, cite_id(n, k));
                    self.open("a", &[("class", "refs__back"), ("href", &href), ("target", "_self"), ("aria-label", &aria)]);
                    self.text(&label);
                    self.close("a");
                }
                self.out.push_str(" </span>");
            }
            if let Some(a) = r.authors.as_deref() {
                self.out.push_str("<span class=\"refs__authors\">");
                self.text(&format!("{}. ", a.trim_end_matches('.')));
                self.out.push_str("</span>");
            }
            self.out.push_str("<cite class=\"refs__title\">");
            self.text(&format!("{}.", r.title.trim_end_matches('.')));
            self.out.push_str("</cite>");
            match (&r.source, r.year) {
                (Some(s), Some(y)) => self.text(&format!(" {s}, {y}.")),
                (Some(s), None) => self.text(&format!(" {s}.")),
                (None, Some(y)) => self.text(&format!(" {y}.")),
                (None, None) => {}
            }
            self.out.push(' ');
            if let Some(k) = r.kind {
                self.open("span", &[("class", &format!("badge badge--{}", k.as_str()))]);
                self.text(k.label());
                self.close("span");
            }
            self.out.push_str("<span class=\"refs__links\">");
            let doi = r.doi.as_deref().map(|d| format!("doi:{d}"));
            let links = [(r.doi_url(), doi.as_deref().unwrap_or("")), (r.pubmed_url(), "PubMed"), (r.url.as_ref().map(|u| u.as_str().to_owned()), "Source")];
            for (url, label) in links {
                if let Some(url) = url {
                    self.open("a", &[("href", &url), ("target", "_blank"), ("rel", "noopener noreferrer external")]);
                    self.text(label);
                    self.close("a");
                }
            }
            self.out.push_str("</span></li>");
        }
        self.out.push_str("</ol></section>");
    }

    /// The disclaimer that applies to what the reader is reading.
    pub fn disclaimer(&mut self, disclaimer: &Disclaimer) {
        let heading = format!("{}disclaimer-heading", self.ids);
        self.open("aside", &[("class", "disclaimer"), ("aria-labelledby", &heading)]);
        self.open("h2", &[("id", &heading), ("class", "disclaimer__title")]);
        self.text(&disclaimer.title);
        self.out.push_str("</h2><p>");
        self.text(&disclaimer.text);
        self.out.push_str("</p></aside>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::SafeUrl;

    fn text(t: &str) -> Span {
        Span::Text(t.into())
    }

    fn reference(title: &str) -> Reference {
        Reference { title: title.into(), authors: None, source: None, year: None, doi: None, pmid: None, url: None, kind: None }
    }

    #[test]
    fn escapes_text_and_attributes() {
        let mut out = String::new();
        escape(&mut out, r#"<script>"a" & 'b'</script>"#);
        assert_eq!(out, "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;");
        let refs = [reference("x")];
        let mut r = Renderer::new(&refs, "/a?q=1&b=\"2\"", "/", "");
        r.inline(&vec![Span::Cite(vec![1])]);
        assert!(r.take().contains("href=\"/a?q=1&amp;b=&quot;2&quot;#ref-1\""));
    }

    #[test]
    fn numbers_citations_across_answer_and_body_and_links_back() {
        let refs = [reference("One"), reference("Two")];
        let mut r = Renderer::new(&refs, "/articles/x", "/", "v-");
        r.inline(&vec![text("a"), Span::Cite(vec![1, 2])]);
        let answer = r.take();
        assert!(answer.contains("id=\"v-cite-1-1\""), "{answer}");
        r.blocks(&[Block::P(vec![Span::Cite(vec![1, 3])])]);
        let body = r.take();
        assert!(body.contains("id=\"v-cite-1-2\""));
        assert!(body.contains("class=\"cite__missing\""), "reference 3 does not exist: {body}");
        assert_eq!(r.counts(), &[2, 1]);
        r.references("References");
        let list = r.take();
        assert!(list.contains("href=\"/articles/x#v-cite-1-2\" target=\"_self\" aria-label=\"Back to citation 1b\""), "{list}");
        assert!(list.contains("aria-label=\"Back to citation 2\">^</a>"), "{list}");
    }

    #[test]
    fn nothing_interactive_inside_a_link_or_term() {
        let refs = [reference("One")];
        let url = SafeUrl::new("https://example.org/");
        let nested = vec![text("see "), Span::Cite(vec![1]), Span::Term { text: vec![text("t")], def: "d".into() }];
        let mut r = Renderer::new(&refs, "/", "/", "");
        r.inline(&vec![Span::Link { text: nested, href: url }]);
        let html = r.take();
        assert_eq!(html.matches("<a ").count(), 1, "{html}");
        assert!(!html.contains("<button"), "{html}");
        assert!(html.contains("<sup class=\"cite\">[1]</sup>"), "{html}");
        assert_eq!(r.counts(), &[0]);
    }

    #[test]
    fn site_relative_links_get_the_base_and_refused_links_stay_words() {
        let url = SafeUrl::new("/pages/policy");
        assert!(url.is_some());
        let mut r = Renderer::new(&[], "/", "/sub/", "");
        r.inline(&vec![
            Span::Link { text: vec![text("policy")], href: url },
            Span::Link { text: vec![text("bad")], href: None },
        ]);
        assert_eq!(&*r.take(), "<a href=\"/sub/pages/policy\">policy</a><span class=\"link-refused\">bad</span>");
    }

    #[test]
    fn sections_nest_headings_down_to_h6() {
        let mut s = Section { heading: "H".into(), blocks: vec![], sections: vec![] };
        for _ in 0..6 {
            s = Section { heading: "H".into(), blocks: vec![], sections: vec![s] };
        }
        let mut r = Renderer::new(&[], "/", "/", "");
        r.section(&s, 2);
        let html = r.take();
        assert_eq!(html.matches("<h6>").count(), 3, "{html}");
        assert!(html.starts_with("<section class=\"section\"><h2>H</h2><section class=\"section\"><h3>"));
    }

    #[test]
    fn ids_from_content_never_clash_with_the_apps() {
        let refs = [reference("One")];
        let version_ids = |audience: &str| {
            let prefix = id_prefix(audience);
            let mut r = Renderer::new(&refs, "/here", "/", &prefix);
            r.inline(&vec![text("x"), Span::Cite(vec![1]), Span::Term { text: vec![text("t")], def: "d".into() }]);
            r.references("References");
            ids_in(&r.take())
        };
        let reply = ids_in(&super::reply("q", &Reply::Answer { blocks: vec![Block::P(vec![Span::Cite(vec![1])])], references: refs.to_vec() }, "/here", "/"));
        assert!(!reply.is_empty());
        for audience in ["reply", "picker", "audience", "followup", "main"] {
            let ours = version_ids(audience);
            assert!(!ours.is_empty());
            for id in &ours {
                assert!(!reply.contains(id), "{audience}: {id} clashes with the reply's ids");
                assert!(id.contains('_'), "{id} is namespaced");
            }
        }
    }

    fn ids_in(html: &str) -> Vec<String> {
        html.split(" id=\"").skip(1).filter_map(|s| s.split('"').next()).map(str::to_owned).collect()
    }

}
