//! From JSON text to the content model: the entry points for each file and
//! the answer service's reply, and the errors a reader or editor sees.
//!
//! Every problem is collected with its JSON path
//! (`versions.patient.sections[0].heading`), so the app can name the field
//! and the content check can list all problems at once.

use super::json::{self, Json};
use super::model::*;
use super::read::{At, FromJson, Reader, present, required};
use super::rules;
use super::values::describe;
use std::fmt;

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

/// Everything reading a file found.
pub struct Outcome<T> {
    /// What was read, when the body was JSON in format 1. With problems, the
    /// parts that could not be read are `Default` (for the content check's
    /// rules across files; the app only takes a value with no problems).
    pub value: Option<T>,
    /// Why the file is refused, if it is.
    pub error: Option<ParseError>,
    /// What the app tolerates but an editor should fix.
    pub notes: Vec<Problem>,
}

impl<T> Outcome<T> {
    /// The value, if the file has no problems.
    pub fn result(self) -> Result<T, ParseError> {
        match (self.error, self.value) {
            (Some(e), _) => Err(e),
            (None, Some(v)) => Ok(v),
            (None, None) => Err(ParseError::Invalid(Vec::new())),
        }
    }

    fn refused(error: ParseError) -> Outcome<T> {
        Outcome { value: None, error: Some(error), notes: Vec::new() }
    }
}

/// A file type of the contract: declared with `record!`, plus the rules
/// that span its fields.
pub trait ContentFile: FromJson {
    /// Checks the rules across fields, once the file is read.
    fn rules(&self, r: &mut Reader);
}

impl ContentFile for Site {
    fn rules(&self, r: &mut Reader) {
        rules::site(self, r);
    }
}

impl ContentFile for Article {
    fn rules(&self, r: &mut Reader) {
        rules::article(self, r);
    }
}

impl ContentFile for Page {
    fn rules(&self, _: &mut Reader) {}
}

impl ContentFile for Index {
    fn rules(&self, _: &mut Reader) {}
}

/// Reads a content file: JSON, `"format": 1`, the declared fields, the rules.
pub fn read_file<T: ContentFile>(text: &str) -> Outcome<T> {
    let value = match read_json(text) {
        Ok(v) => v,
        Err(e) => return Outcome::refused(e),
    };
    match value.get("format") {
        Some(Json::Int(1)) => {}
        Some(other) => return Outcome::refused(ParseError::Format(describe(other))),
        None if matches!(value, Json::Object(_)) => return Outcome::refused(ParseError::Format("(missing)".into())),
        None => {
            let message = format!("the file must be an object, found {}", value.kind());
            return Outcome::refused(ParseError::Invalid(vec![Problem { path: "$".into(), message }]));
        }
    }
    let mut r = Reader::default();
    let out = T::read(&mut r, &value, &At::Root);
    out.rules(&mut r);
    finish(out, r)
}

fn finish<T>(value: T, r: Reader) -> Outcome<T> {
    let error = (!r.problems.is_empty()).then_some(ParseError::Invalid(r.problems));
    Outcome { value: Some(value), error, notes: r.notes }
}

/// Parses `site.json`.
pub fn parse_site(text: &str) -> Result<Site, ParseError> {
    read_file(text).result()
}

/// Parses `articles/<slug>.json`.
pub fn parse_article(text: &str) -> Result<Article, ParseError> {
    read_file(text).result()
}

/// Parses `pages/<slug>.json`.
pub fn parse_page(text: &str) -> Result<Page, ParseError> {
    read_file(text).result()
}

/// Parses `index.json`.
pub fn parse_index(text: &str) -> Result<Index, ParseError> {
    read_file(text).result()
}

/// Parses `index.json` for the library: an entry that breaks the contract
/// is left out, and the rest of the library still shows. (`publish` names
/// such an entry and refuses it; this is for an index edited by hand on
/// the server.) Anything wrong outside the entries refuses the file.
pub fn parse_library(text: &str) -> Result<Index, ParseError> {
    let error = match read_file::<Index>(text).result() {
        Err(e @ ParseError::Invalid(_)) => e,
        other => return other,
    };
    // Every problem of an index in format 1 lies in `articles`: when that is
    // a list, keep each entry that reads cleanly on its own.
    let json = read_json(text)?;
    let Some(Json::Array(items)) = json.get("articles") else { return Err(error) };
    let articles = items
        .iter()
        .filter_map(|item| {
            let mut r = Reader::default();
            let entry = IndexEntry::read(&mut r, item, &At::Root);
            r.problems.is_empty().then_some(entry)
        })
        .collect();
    Ok(Index { articles })
}

/// A parse for the content check: the result, and the problems the app
/// tolerates but an editor should fix.
pub type Checked<T> = (Result<T, ParseError>, Vec<Problem>);

/// Parses a content file, with the content check's notes.
pub fn check<T: ContentFile>(text: &str) -> Checked<T> {
    let out = read_file::<T>(text);
    let notes = out.notes.clone();
    (out.result(), notes)
}

/// Parses `site.json`, with the content check's notes.
pub fn check_site(text: &str) -> Checked<Site> {
    check(text)
}

/// Parses an article, with the content check's notes.
pub fn check_article(text: &str) -> Checked<Article> {
    check(text)
}

/// Parses a page, with the content check's notes.
pub fn check_page(text: &str) -> Checked<Page> {
    check(text)
}

/// Parses `index.json`, with the content check's notes.
pub fn check_index(text: &str) -> Checked<Index> {
    check(text)
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

/// Parses the answer service's reply (it carries no `format`): an answer,
/// or `{"status": "queued", "message": …}`.
pub fn parse_reply(text: &str) -> Result<Reply, ParseError> {
    let value = read_json(text)?;
    let mut r = Reader::default();
    let root = At::Root;
    let reply = match &value {
        Json::Object(entries) if present(entries, "answer").is_some() => {
            let a = Answer::read(&mut r, &value, &root);
            Reply::Answer { blocks: a.answer, references: a.references }
        }
        Json::Object(entries) if matches!(present(entries, "status"), Some(Json::Str(s)) if s == "queued") => {
            Reply::Queued { message: required(&mut r, entries, "message", &root) }
        }
        Json::Object(_) => {
            r.fail(&At::Root.key("$"), "expected an answer, or a status of \"queued\" with a message");
            Reply::Queued { message: String::new() }
        }
        other => {
            r.fail(&At::Root.key("$"), format!("expected an object, found {}", other.kind()));
            Reply::Queued { message: String::new() }
        }
    };
    finish(reply, r).result()
}
