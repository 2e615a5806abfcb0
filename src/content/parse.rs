//! From JSON text to the content model, enforcing the contract.
//!
//! Every problem is collected with its JSON path (`versions.patient.sections[0].heading`),
//! so the app can name the field and the content check can list all problems at once.

use super::date::{Date, clip};
use super::json::{self, Json};
use super::model::*;
use super::slug::is_slug;
use super::url::SafeUrl;
use std::fmt;

/// The fields each kind of object may have. The JSON Schemas under
/// `public/content/schema/` are tested against these lists.
pub mod fields {
    /// Fields of site objects.
    pub const SITE: &[&str] = &["format", "name", "locale", "board", "audiences", "default_audience", "editorial_policy", "ask"];
    /// Fields of board objects.
    pub const BOARD: &[&str] = &["name", "statement"];
    /// Fields of audience objects.
    pub const AUDIENCE: &[&str] = &["id", "label", "description", "disclaimer"];
    /// Fields of disclaimer objects.
    pub const DISCLAIMER: &[&str] = &["title", "text"];
    /// Fields of ask objects.
    pub const ASK: &[&str] = &["endpoint"];
    /// Fields of article objects.
    pub const ARTICLE: &[&str] = &["format", "slug", "question", "summary", "topics", "updated", "review", "versions", "references"];
    /// Fields of review objects.
    pub const REVIEW: &[&str] = &["status", "history", "reviewers", "next_review"];
    /// Fields of history objects.
    pub const HISTORY: &[&str] = &["status", "date"];
    /// Fields of reviewer objects.
    pub const REVIEWER: &[&str] = &["name", "credentials", "role"];
    /// Fields of version objects.
    pub const VERSION: &[&str] = &["answer", "sections", "disclaimer"];
    /// Fields of section objects.
    pub const SECTION: &[&str] = &["heading", "blocks", "sections"];
    /// Fields of note objects.
    pub const NOTE: &[&str] = &["tone", "title", "blocks"];
    /// Fields of reference objects.
    pub const REFERENCE: &[&str] = &["title", "authors", "source", "year", "doi", "pmid", "url", "kind"];
    /// Fields of page objects.
    pub const PAGE: &[&str] = &["format", "slug", "title", "updated", "sections"];
    /// Fields of index objects.
    pub const INDEX: &[&str] = &["format", "articles"];
    /// Fields of index entry objects.
    pub const INDEX_ENTRY: &[&str] = &["slug", "question", "summary", "topics", "status", "updated"];
}

/// The longest text field accepted, in bytes: far beyond any real heading
/// or paragraph, and it keeps a runaway file from freezing a phone.
pub const MAX_TEXT: usize = 100_000;

/// One thing wrong with a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the file: a JSON path, empty for the whole file.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Why a content file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The body is not JSON at all (for example an HTML page).
    NotJson(String),
    /// The body looks like an HTML page: what a host sends for a missing file.
    Html,
    /// `format` is missing or not 1; holds what was found.
    Format(String),
    /// The JSON breaks the contract.
    Invalid(Vec<Problem>),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ParseError::NotJson(e) => write!(f, "it is not valid JSON ({e})"),
            ParseError::Html => f.write_str("the server sent a web page instead of content"),
            ParseError::Format(found) => {
                write!(f, "it is written in format {found}, and this app reads format 1")
            }
            ParseError::Invalid(problems) => {
                let first = problems.first().map(|p| p.to_string()).unwrap_or_default();
                match problems.len() {
                    0 | 1 => f.write_str(&first),
                    n => write!(f, "{first} (and {} more problem{})", n - 1, if n == 2 { "" } else { "s" }),
                }
            }
        }
    }
}

/// Parses `site.json`.
pub fn parse_site(text: &str) -> Result<Site, ParseError> {
    run(text, site)
}

/// Parses `articles/<slug>.json`.
pub fn parse_article(text: &str) -> Result<Article, ParseError> {
    run(text, article)
}

/// Parses `pages/<slug>.json`.
pub fn parse_page(text: &str) -> Result<Page, ParseError> {
    run(text, page)
}

/// Parses `index.json`.
pub fn parse_index(text: &str) -> Result<Index, ParseError> {
    run(text, index)
}

fn run<T>(text: &str, read: fn(&mut Cx, &Json) -> Option<T>) -> Result<T, ParseError> {
    run_checked(text, read).0
}

/// A parse for the content check: the result, and the problems the app
/// tolerates but an editor should fix.
pub type Checked<T> = (Result<T, ParseError>, Vec<Problem>);

/// Parses `site.json`, with the content check's extra problems.
pub fn check_site(text: &str) -> Checked<Site> {
    run_checked(text, site)
}

/// Parses an article, with the content check's extra problems.
pub fn check_article(text: &str) -> Checked<Article> {
    run_checked(text, article)
}

/// Parses a page, with the content check's extra problems.
pub fn check_page(text: &str) -> Checked<Page> {
    run_checked(text, page)
}

/// Parses `index.json`, with the content check's extra problems.
pub fn check_index(text: &str) -> Checked<Index> {
    run_checked(text, index)
}

/// Reads a body as JSON: a byte-order mark is skipped, and an HTML page
/// (what a host sends for a missing file) is told apart from broken JSON.
pub fn read_json(text: &str) -> Result<Json, ParseError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('<') {
        return Err(ParseError::Html);
    }
    json::parse(trimmed).map_err(ParseError::NotJson)
}

/// Parses the answer service's reply (it carries no `format`).
pub fn parse_reply(text: &str) -> Result<Reply, ParseError> {
    let value = read_json(text)?;
    let mut cx = Cx::default();
    let out = reply(&mut cx, &value);
    cx.finish(out).0
}

fn reply(cx: &mut Cx, v: &Json) -> Option<Reply> {
    cx.object(v, "$")?;
    if v.get("answer").is_some() {
        let blocks = cx.required(v, "answer", "").and_then(|b| blocks(cx, b, "answer"));
        let references = match cx.opt(v, "references") {
            None => Some(Vec::new()),
            Some(r) => cx.list(r, "references", reference),
        };
        return Some(Reply::Answer { blocks: blocks?, references: references? });
    }
    match (v.get("status"), v.get("message")) {
        (Some(Json::Str(s)), _) if s == "queued" => Some(Reply::Queued { message: cx.req_string(v, "message", "")? }),
        _ => cx.fail("$", "expected an answer, or a status of \"queued\" with a message"),
    }
}

fn run_checked<T>(text: &str, read: fn(&mut Cx, &Json) -> Option<T>) -> Checked<T> {
    let value = match read_json(text) {
        Ok(v) => v,
        Err(e) => return (Err(e), Vec::new()),
    };
    match value.get("format") {
        Some(Json::Int(1)) => {}
        Some(other) => return (Err(ParseError::Format(describe(other))), Vec::new()),
        None if matches!(value, Json::Object(_)) => return (Err(ParseError::Format("(missing)".into())), Vec::new()),
        None => {
            let message = format!("the file must be an object, found {}", value.kind());
            return (Err(ParseError::Invalid(vec![Problem { path: "$".into(), message }])), Vec::new());
        }
    }
    let mut cx = Cx::default();
    let out = read(&mut cx, &value);
    cx.finish(out)
}

fn describe(v: &Json) -> String {
    match v {
        Json::Int(n) => n.to_string(),
        Json::Number(n) => clip(n),
        Json::Str(s) => format!("\"{}\"", clip(s)),
        other => other.kind().to_owned(),
    }
}

#[derive(Default)]
struct Cx {
    problems: Vec<Problem>,
    /// What the app tolerates but the content check reports: unknown keys,
    /// links with refused schemes, citations with no reference.
    notes: Vec<Problem>,
    /// Every citation number met, with where it was.
    cites: Vec<(String, u32)>,
}

impl Cx {
    /// The value read, unless anything was wrong; and the notes.
    fn finish<T>(self, out: Option<T>) -> Checked<T> {
        let result = match out {
            Some(v) if self.problems.is_empty() => Ok(v),
            _ => Err(ParseError::Invalid(self.problems)),
        };
        (result, self.notes)
    }

    fn note(&mut self, path: &str, message: impl Into<String>) {
        self.notes.push(Problem { path: path.to_owned(), message: message.into() });
    }

    /// Like [`Cx::object`], and notes keys that are not in `known`.
    fn fields<'j>(&mut self, v: &'j Json, path: &str, known: &[&str]) -> Option<&'j [(String, Json)]> {
        let entries = self.object(v, path)?;
        for (k, _) in entries {
            if !known.contains(&k.as_str()) && !(path.is_empty() && k == "$schema") {
                self.note(&join(path, k), format!("unknown field; expected one of {}", known.join(", ")));
            }
        }
        Some(entries)
    }

    fn fail<T>(&mut self, path: &str, message: impl Into<String>) -> Option<T> {
        self.problems.push(Problem { path: path.to_owned(), message: message.into() });
        None
    }

    fn object<'j>(&mut self, v: &'j Json, path: &str) -> Option<&'j [(String, Json)]> {
        match v {
            Json::Object(e) => Some(e),
            other => self.fail(path, format!("expected an object, found {}", other.kind())),
        }
    }

    fn array<'j>(&mut self, v: &'j Json, path: &str) -> Option<&'j [Json]> {
        match v {
            Json::Array(a) => Some(a),
            other => self.fail(path, format!("expected a list, found {}", other.kind())),
        }
    }

    fn string(&mut self, v: &Json, path: &str) -> Option<String> {
        match v {
            Json::Str(s) if s.trim().is_empty() => self.fail(path, "must not be empty"),
            Json::Str(s) if s.len() > MAX_TEXT => {
                self.fail(path, format!("is too long ({} characters; the limit is {MAX_TEXT})", s.chars().count()))
            }
            Json::Str(s) => Some(s.clone()),
            other => self.fail(path, format!("expected text, found {}", other.kind())),
        }
    }

    fn required<'j>(&mut self, obj: &'j Json, key: &str, path: &str) -> Option<&'j Json> {
        match obj.get(key) {
            Some(v) => Some(v),
            None => self.fail(&join(path, key), "is required but missing"),
        }
    }

    fn req_string(&mut self, obj: &Json, key: &str, path: &str) -> Option<String> {
        let v = self.required(obj, key, path)?;
        self.string(v, &join(path, key))
    }

    /// An optional field: missing and `null` both mean absent.
    fn opt<'j>(&mut self, obj: &'j Json, key: &str) -> Option<&'j Json> {
        obj.get(key).filter(|v| !matches!(v, Json::Null))
    }

    fn opt_string(&mut self, obj: &Json, key: &str, path: &str) -> Option<String> {
        let v = self.opt(obj, key)?;
        self.string(v, &join(path, key))
    }

    fn date(&mut self, v: &Json, path: &str) -> Option<Date> {
        match v {
            Json::Str(s) => match Date::parse(s) {
                Ok(d) => Some(d),
                Err(e) => self.fail(path, e),
            },
            other => self.fail(path, format!("expected a date as text (YYYY-MM-DD), found {}", other.kind())),
        }
    }

    fn slug(&mut self, v: &Json, path: &str) -> Option<String> {
        let s = self.string(v, path)?;
        if is_slug(&s) {
            Some(s)
        } else {
            self.fail(path, format!("\"{}\" is not a slug (1–100 characters of a-z, 0-9 and -)", clip(&s)))
        }
    }

    fn status(&mut self, v: &Json, path: &str) -> Option<Status> {
        let s = match v {
            Json::Str(s) => s,
            other => return self.fail(path, format!("expected a status as text, found {}", other.kind())),
        };
        Status::parse(s).or_else(|| {
            self.fail(path, format!("unknown status \"{}\"; expected submitted, under_review or approved", clip(s)))
        })
    }

    fn list<T>(&mut self, v: &Json, path: &str, mut item: impl FnMut(&mut Self, &Json, &str) -> Option<T>) -> Option<Vec<T>> {
        let items = self.array(v, path)?;
        let before = self.problems.len();
        let out: Vec<T> = items.iter().enumerate().filter_map(|(i, it)| item(self, it, &format!("{path}[{i}]"))).collect();
        (self.problems.len() == before).then_some(out)
    }

    fn topics(&mut self, obj: &Json, path: &str) -> Option<Vec<String>> {
        match self.opt(obj, "topics") {
            None => Some(Vec::new()),
            Some(v) => self.list(v, &join(path, "topics"), |cx, t, p| cx.string(t, p)),
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") }
}

fn site(cx: &mut Cx, v: &Json) -> Option<Site> {
    cx.fields(v, "", fields::SITE)?;
    let name = cx.req_string(v, "name", "");
    let locale = cx.opt_string(v, "locale", "").unwrap_or_else(|| "en-US".to_owned());
    let board = cx.required(v, "board", "").and_then(|b| {
        cx.fields(b, "board", fields::BOARD)?;
        Some(Board { name: cx.req_string(b, "name", "board")?, statement: cx.req_string(b, "statement", "board")? })
    });
    let audiences = cx.required(v, "audiences", "").and_then(|a| cx.list(a, "audiences", audience));
    let default_audience = cx.required(v, "default_audience", "").and_then(|d| cx.slug(d, "default_audience"));
    let editorial_policy = match cx.opt(v, "editorial_policy") {
        Some(p) => Some(cx.slug(p, "editorial_policy")?),
        None => None,
    };
    let ask = match cx.opt(v, "ask") {
        Some(a) => Some(ask(cx, a)?),
        None => None,
    };
    let (name, board, audiences, default_audience) = (name?, board?, audiences?, default_audience?);
    if audiences.is_empty() {
        return cx.fail("audiences", "needs at least one audience");
    }
    for (i, a) in audiences.iter().enumerate() {
        if audiences[..i].iter().any(|b| b.id == a.id) {
            return cx.fail(&format!("audiences[{i}].id"), format!("the id \"{}\" is used twice", a.id));
        }
    }
    if !audiences.iter().any(|a| a.id == default_audience) {
        return cx.fail("default_audience", format!("\"{default_audience}\" is not one of the audiences"));
    }
    Some(Site { name, locale, board, audiences, default_audience, editorial_policy, ask })
}

fn audience(cx: &mut Cx, v: &Json, path: &str) -> Option<Audience> {
    cx.fields(v, path, fields::AUDIENCE)?;
    let id = cx.required(v, "id", path).and_then(|i| cx.slug(i, &join(path, "id")));
    let label = cx.req_string(v, "label", path);
    let description = cx.opt_string(v, "description", path);
    let disclaimer = opt_disclaimer(cx, v, path)?;
    Some(Audience { id: id?, label: label?, description, disclaimer })
}

fn opt_disclaimer(cx: &mut Cx, v: &Json, path: &str) -> Option<Option<Disclaimer>> {
    let Some(d) = cx.opt(v, "disclaimer") else { return Some(None) };
    let p = join(path, "disclaimer");
    cx.fields(d, &p, fields::DISCLAIMER)?;
    let title = cx.req_string(d, "title", &p);
    let text = cx.req_string(d, "text", &p);
    Some(Some(Disclaimer { title: title?, text: text? }))
}

fn ask(cx: &mut Cx, v: &Json) -> Option<Ask> {
    cx.fields(v, "ask", fields::ASK)?;
    let endpoint = cx.req_string(v, "endpoint", "ask")?;
    let ok = endpoint.starts_with("https://")
        || (SafeUrl::new(&endpoint).is_some_and(|u| u.is_site_relative()));
    if !ok {
        return cx.fail("ask.endpoint", format!("\"{}\" must be an https: URL or a path starting with /", clip(&endpoint)));
    }
    Some(Ask { endpoint })
}

fn article(cx: &mut Cx, v: &Json) -> Option<Article> {
    cx.fields(v, "", fields::ARTICLE)?;
    let slug = cx.required(v, "slug", "").and_then(|s| cx.slug(s, "slug"));
    let question = cx.req_string(v, "question", "");
    let summary = cx.req_string(v, "summary", "");
    let topics = cx.topics(v, "");
    let updated = cx.required(v, "updated", "").and_then(|d| cx.date(d, "updated"));
    let review = cx.required(v, "review", "").and_then(|r| review(cx, r));
    let versions = cx.required(v, "versions", "").and_then(|vs| versions(cx, vs));
    let references = match cx.opt(v, "references") {
        None => Some(Vec::new()),
        Some(r) => cx.list(r, "references", reference),
    };
    let references = references?;
    for (path, n) in std::mem::take(&mut cx.cites) {
        if n as usize > references.len() {
            cx.note(&path, format!("cites reference {n}, but the article has {} reference(s)", references.len()));
        }
    }
    Some(Article {
        slug: slug?,
        question: question?,
        summary: summary?,
        topics: topics?,
        updated: updated?,
        review: review?,
        versions: versions?,
        references,
    })
}

fn review(cx: &mut Cx, v: &Json) -> Option<Review> {
    cx.fields(v, "review", fields::REVIEW)?;
    let status = cx.required(v, "status", "review").and_then(|s| cx.status(s, "review.status"));
    let history = match cx.opt(v, "history") {
        None => Some(Vec::new()),
        Some(h) => cx.list(h, "review.history", |cx, e, p| {
            cx.fields(e, p, fields::HISTORY)?;
            let status = cx.required(e, "status", p).and_then(|s| cx.status(s, &join(p, "status")));
            let date = cx.required(e, "date", p).and_then(|d| cx.date(d, &join(p, "date")));
            Some(HistoryEntry { status: status?, date: date? })
        }),
    };
    let reviewers = match cx.opt(v, "reviewers") {
        None => Some(Vec::new()),
        Some(r) => cx.list(r, "review.reviewers", |cx, e, p| {
            cx.fields(e, p, fields::REVIEWER)?;
            let name = cx.req_string(e, "name", p);
            let credentials = cx.opt_string(e, "credentials", p);
            let role = cx.opt_string(e, "role", p);
            Some(Reviewer { name: name?, credentials, role })
        }),
    };
    let next_review = match cx.opt(v, "next_review") {
        None => Some(None),
        Some(d) => cx.date(d, "review.next_review").map(Some),
    };
    let history = history?;
    if let Some(i) = (1..history.len()).find(|&i| history[i].date < history[i - 1].date) {
        return cx.fail(&format!("review.history[{i}].date"), "history must be oldest first");
    }
    Some(Review { status: status?, history, reviewers: reviewers?, next_review: next_review? })
}

fn versions(cx: &mut Cx, v: &Json) -> Option<Vec<(String, Version)>> {
    let entries = cx.object(v, "versions")?;
    if entries.is_empty() {
        return cx.fail("versions", "needs at least one version");
    }
    let before = cx.problems.len();
    let mut out = Vec::new();
    for (id, ver) in entries {
        let path = format!("versions.{id}");
        if !is_slug(id) {
            cx.fail::<()>(&path, format!("\"{}\" is not an audience id", clip(id)));
            continue;
        }
        if let Some(ver) = version(cx, ver, &path) {
            out.push((id.clone(), ver));
        }
    }
    (cx.problems.len() == before).then_some(out)
}

fn version(cx: &mut Cx, v: &Json, path: &str) -> Option<Version> {
    cx.fields(v, path, fields::VERSION)?;
    let answer = cx.required(v, "answer", path).and_then(|a| inline(cx, a, &join(path, "answer")));
    let sections = cx.required(v, "sections", path).and_then(|s| sections(cx, s, &join(path, "sections")));
    let disclaimer = opt_disclaimer(cx, v, path);
    Some(Version { answer: answer?, sections: sections?, disclaimer: disclaimer? })
}

fn sections(cx: &mut Cx, v: &Json, path: &str) -> Option<Vec<Section>> {
    cx.list(v, path, |cx, s, p| {
        cx.fields(s, p, fields::SECTION)?;
        let heading = cx.req_string(s, "heading", p);
        let blocks = cx.required(s, "blocks", p).and_then(|b| blocks(cx, b, &join(p, "blocks")));
        let subs = match cx.opt(s, "sections") {
            None => Some(Vec::new()),
            Some(sub) => sections(cx, sub, &join(p, "sections")),
        };
        Some(Section { heading: heading?, blocks: blocks?, sections: subs? })
    })
}

fn blocks(cx: &mut Cx, v: &Json, path: &str) -> Option<Vec<Block>> {
    cx.list(v, path, block)
}

fn block(cx: &mut Cx, v: &Json, path: &str) -> Option<Block> {
    let entries = cx.object(v, path)?;
    let [(key, value)] = entries else {
        let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
        return cx.fail(path, format!("a block has exactly one key, found {} ({})", keys.len(), keys.join(", ")));
    };
    let p = join(path, key);
    match key.as_str() {
        "p" => inline(cx, value, &p).map(Block::P),
        "quote" => inline(cx, value, &p).map(Block::Quote),
        "ul" => cx.list(value, &p, inline).map(Block::Ul),
        "ol" => cx.list(value, &p, inline).map(Block::Ol),
        "note" => {
            cx.fields(value, &p, fields::NOTE)?;
            let tone = match cx.required(value, "tone", &p)? {
                Json::Str(t) if t == "info" => Some(Tone::Info),
                Json::Str(t) if t == "warning" => Some(Tone::Warning),
                Json::Str(t) if t == "danger" => Some(Tone::Danger),
                other => cx.fail(&join(&p, "tone"), format!("expected info, warning or danger, found {}", describe(other))),
            };
            let title = cx.opt_string(value, "title", &p);
            let inner = cx.required(value, "blocks", &p).and_then(|b| blocks(cx, b, &join(&p, "blocks")));
            Some(Block::Note { tone: tone?, title, blocks: inner? })
        }
        other => cx.fail(path, format!("unknown block \"{}\"; expected p, ul, ol, quote or note", clip(other))),
    }
}

fn inline(cx: &mut Cx, v: &Json, path: &str) -> Option<Inline> {
    match v {
        Json::Str(s) => Some(vec![Span::Text(s.clone())]),
        Json::Array(items) => {
            let before = cx.problems.len();
            let out: Inline = items.iter().enumerate().filter_map(|(i, it)| span(cx, it, &format!("{path}[{i}]"))).collect();
            (cx.problems.len() == before).then_some(out)
        }
        other => cx.fail(path, format!("expected text (a string, or a list of strings and spans), found {}", other.kind())),
    }
}

fn span(cx: &mut Cx, v: &Json, path: &str) -> Option<Span> {
    let entries = match v {
        Json::Str(s) => return Some(Span::Text(s.clone())),
        Json::Object(e) => e,
        other => return cx.fail(path, format!("expected text or a span, found {}", other.kind())),
    };
    let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
    let only = |want: &[&str]| keys.len() == want.len() && want.iter().all(|w| keys.contains(w));
    let at = |k: &str| join(path, k);
    if only(&["strong"]) {
        inline(cx, &entries[0].1, &at("strong")).map(Span::Strong)
    } else if only(&["em"]) {
        inline(cx, &entries[0].1, &at("em")).map(Span::Em)
    } else if only(&["cite"]) {
        let p = at("cite");
        let nums = cx.list(&entries[0].1, &p, |cx, n, p| match n {
            Json::Int(n) if (1..=i64::from(u32::MAX)).contains(n) => Some(*n as u32),
            other => cx.fail(p, format!("expected a reference number (1 or more), found {}", describe(other))),
        })?;
        if nums.is_empty() {
            return cx.fail(&p, "lists no reference numbers");
        }
        cx.cites.extend(nums.iter().map(|n| (p.clone(), *n)));
        Some(Span::Cite(nums))
    } else if only(&["link", "href"]) {
        let text = v.get("link").and_then(|t| inline(cx, t, &at("link")));
        let raw_href = v.get("href").and_then(|h| cx.string(h, &at("href")));
        let (text, raw_href) = (text?, raw_href?);
        let href = SafeUrl::new(&raw_href);
        if href.is_none() {
            cx.note(&at("href"), format!("\"{}\" is not an allowed link (https:, http:, mailto: or a path starting with /); readers see plain text", clip(&raw_href)));
        }
        Some(Span::Link { text, href, raw_href })
    } else if only(&["term", "def"]) {
        let text = v.get("term").and_then(|t| inline(cx, t, &at("term")));
        let def = v.get("def").and_then(|d| cx.string(d, &at("def")));
        Some(Span::Term { text: text?, def: def? })
    } else {
        cx.fail(
            path,
            format!(
                "unknown span with keys ({}); expected strong, em, cite, link with href, or term with def",
                keys.iter().map(|k| clip(k)).collect::<Vec<_>>().join(", ")
            ),
        )
    }
}

fn reference(cx: &mut Cx, v: &Json, path: &str) -> Option<Reference> {
    cx.fields(v, path, fields::REFERENCE)?;
    let title = cx.req_string(v, "title", path);
    let authors = cx.opt_string(v, "authors", path);
    let source = cx.opt_string(v, "source", path);
    let year = match cx.opt(v, "year") {
        None => Some(None),
        Some(Json::Int(y)) if (1000..=9999).contains(y) => Some(Some(*y)),
        Some(other) => cx.fail(&join(path, "year"), format!("expected a four-digit year, found {}", describe(other))),
    };
    let doi = cx.opt_string(v, "doi", path);
    if let Some(d) = &doi {
        if !d.starts_with("10.") || d.chars().any(char::is_whitespace) {
            cx.fail::<()>(&join(path, "doi"), format!("\"{}\" is not a DOI (it starts with 10.)", clip(d)));
        }
    }
    let pmid = match cx.opt(v, "pmid") {
        None => Some(None),
        Some(Json::Int(n)) if *n > 0 => Some(Some(n.to_string())),
        Some(Json::Str(s)) if !s.is_empty() && s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit()) => Some(Some(s.clone())),
        Some(other) => cx.fail(&join(path, "pmid"), format!("expected a PubMed id (digits), found {}", describe(other))),
    };
    let url = match cx.opt(v, "url") {
        None => Some(None),
        Some(u) => {
            let p = join(path, "url");
            let s = cx.string(u, &p)?;
            match SafeUrl::new(&s) {
                Some(u) => Some(Some(u)),
                None => cx.fail(&p, format!("\"{}\" is not an https:, http: or site-relative link", clip(&s))),
            }
        }
    };
    let kind = match cx.opt(v, "kind") {
        None => Some(None),
        Some(Json::Str(k)) => match EvidenceKind::parse(k) {
            Some(kind) => Some(Some(kind)),
            None => cx.fail(
                &join(path, "kind"),
                format!("unknown kind \"{}\"; expected guideline, systematic_review, trial, observational, review, label or other", clip(k)),
            ),
        },
        Some(other) => cx.fail(&join(path, "kind"), format!("expected text, found {}", other.kind())),
    };
    Some(Reference { title: title?, authors, source, year: year?, doi, pmid: pmid?, url: url?, kind: kind? })
}

fn page(cx: &mut Cx, v: &Json) -> Option<Page> {
    cx.fields(v, "", fields::PAGE)?;
    let slug = cx.required(v, "slug", "").and_then(|s| cx.slug(s, "slug"));
    let title = cx.req_string(v, "title", "");
    let updated = match cx.opt(v, "updated") {
        None => Some(None),
        Some(d) => cx.date(d, "updated").map(Some),
    };
    let sections = cx.required(v, "sections", "").and_then(|s| sections(cx, s, "sections"));
    Some(Page { slug: slug?, title: title?, updated: updated?, sections: sections? })
}

fn index(cx: &mut Cx, v: &Json) -> Option<Index> {
    cx.fields(v, "", fields::INDEX)?;
    let articles = cx.required(v, "articles", "").and_then(|a| {
        cx.list(a, "articles", |cx, e, p| {
            cx.fields(e, p, fields::INDEX_ENTRY)?;
            let slug = cx.required(e, "slug", p).and_then(|s| cx.slug(s, &join(p, "slug")));
            let question = cx.req_string(e, "question", p);
            let summary = cx.req_string(e, "summary", p);
            let topics = cx.topics(e, p);
            let status = cx.required(e, "status", p).and_then(|s| cx.status(s, &join(p, "status")));
            let updated = cx.required(e, "updated", p).and_then(|d| cx.date(d, &join(p, "updated")));
            Some(IndexEntry {
                slug: slug?,
                question: question?,
                summary: summary?,
                topics: topics?,
                status: status?,
                updated: updated?,
            })
        })
    });
    Some(Index { articles: articles? })
}
