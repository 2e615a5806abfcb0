//! Markdown authoring (native tools only): an article or a page as one
//! Markdown file with TOML front matter, compiled by `publish` into the
//! contract's JSON, which the app reads unchanged. Every problem comes with
//! its line and column. The format is described in the README.
//!
//! Compiling goes through the model's own readers: the front matter becomes
//! the contract's JSON tree (`front.rs`), the body its versions and sections
//! (`body.rs`), and `Article::read` and the rules check the whole, exactly
//! as for a JSON file; a [`SourceMap`] turns their JSON paths back into
//! places in the Markdown. `export.rs` writes JSON content as Markdown.

mod body;
pub mod export;
mod front;
mod outline;
pub mod readability;

use crate::content::json::Json;
use crate::content::model::{Article, Page, Site};
use crate::content::parse::ContentFile;
use crate::content::read::{At, Reader};

/// One problem in a Markdown file, at a byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diag {
    pub offset: usize,
    pub message: String,
}

impl Diag {
    /// A problem at byte `offset`.
    pub fn at(offset: usize, message: &str) -> Diag {
        Diag { offset, message: message.to_owned() }
    }

    /// `file:line:column: message`, counting from 1 (columns in characters).
    pub fn render(&self, file: &str, text: &str) -> String {
        let (line, col) = line_col(text, self.offset);
        format!("{file}:{line}:{col}: {}", self.message)
    }
}

/// Every problem as `file:line:column: message`.
pub fn render_all(diags: &[Diag], file: &str, text: &str) -> Vec<String> {
    diags.iter().map(|d| d.render(file, text)).collect()
}

/// The 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Where each JSON path of the compiled file was written in the Markdown.
#[derive(Default, Debug)]
pub struct SourceMap {
    places: Vec<(String, usize)>,
}

impl SourceMap {
    /// Every recorded `(path, offset)`.
    pub fn places(&self) -> impl Iterator<Item = (&str, usize)> {
        self.places.iter().map(|(p, o)| (p.as_str(), *o))
    }

    /// Records that the value at `path` starts at byte `offset`.
    pub fn record(&mut self, path: &str, offset: usize) {
        self.places.push((path.to_owned(), offset));
    }

    /// The place of `path`, or of the nearest enclosing value recorded.
    pub fn find(&self, path: &str) -> usize {
        let mut p = path;
        loop {
            if let Some((_, offset)) = self.places.iter().find(|(q, _)| q == p) {
                return *offset;
            }
            match p.rfind(['.', '[']) {
                Some(i) => p = &p[..i],
                None => return self.places.iter().find(|(q, _)| q.is_empty()).map_or(0, |(_, o)| *o),
            }
        }
    }
}

/// A compiled file: its contract JSON, and where its parts came from.
pub struct Compiled<T> {
    pub value: T,
    pub json: Json,
    pub map: SourceMap,
}

/// Compiles an article written in Markdown. `audiences` are the site's
/// audience ids (versions are checked against them).
pub fn compile_article(text: &str, audiences: &[String]) -> Result<Compiled<Article>, Vec<Diag>> {
    compile::<Article>(text, Some(audiences))
}

/// Compiles a plain page written in Markdown.
pub fn compile_page(text: &str) -> Result<Compiled<Page>, Vec<Diag>> {
    compile::<Page>(text, None)
}

/// Compiles the site's settings written in TOML (`site.toml`): the fields
/// of `site.json`, with comments allowed and no braces to balance.
pub fn compile_site(text: &str) -> Result<Compiled<Site>, Vec<Diag>> {
    let mut map = SourceMap::default();
    map.record("", 0);
    let Json::Object(fields) = front::parse(text, 0, &mut map)? else {
        return Err(vec![Diag::at(0, "site.toml must be TOML settings")]);
    };
    let mut json = vec![("format".to_owned(), Json::Int(1))];
    json.extend(fields);
    check::<Site>(Json::Object(json), map, Vec::new())
}

fn compile<T: ContentFile>(text: &str, audiences: Option<&[String]>) -> Result<Compiled<T>, Vec<Diag>> {
    let (toml, toml_at, body_text, body_at) = front::split(text).map_err(|d| vec![d])?;
    let mut map = SourceMap::default();
    map.record("", toml_at);
    let Json::Object(mut fields) = front::parse(toml, toml_at, &mut map)? else {
        return Err(vec![Diag::at(toml_at, "the front matter must be TOML settings")]);
    };
    let mut diags = Vec::new();
    let keys = front::take_reference_keys(&mut fields, &map, &mut diags);
    let disclaimers = fields.iter().position(|(k, _)| k == "disclaimers").map(|i| fields.remove(i).1);
    let parsed = body::parse(body_text, body_at, audiences, &keys, &mut map, &mut diags);
    let mut json = vec![("format".to_owned(), Json::Int(1))];
    json.extend(fields);
    match parsed {
        body::Body::Versions(mut versions) => {
            if let Some(Json::Object(d)) = disclaimers {
                front::attach_disclaimers(&mut versions, d, &map, &mut diags);
            }
            json.push(("versions".into(), Json::Object(versions)));
        }
        body::Body::Sections(sections) => json.push(("sections".into(), Json::Array(sections))),
    }
    check::<T>(Json::Object(json), map, diags)
}

/// Reads compiled JSON through the model and its rules, placing every
/// problem in the source.
fn check<T: ContentFile>(json: Json, map: SourceMap, mut diags: Vec<Diag>) -> Result<Compiled<T>, Vec<Diag>> {
    let mut r = Reader::default();
    let value = T::read(&mut r, &json, &At::Root);
    value.rules(&mut r);
    // Unknown keys in the front matter are errors here (a typo would
    // otherwise be dropped); other notes (a citation of a number with no
    // reference) are reported by the content check, as for JSON.
    for p in r.problems.iter().chain(r.notes.iter().filter(|n| n.message.starts_with("unknown field"))) {
        diags.push(Diag { offset: map.find(&p.path), message: p.to_string() });
    }
    if diags.is_empty() {
        Ok(Compiled { value, json, map })
    } else {
        diags.sort_by_key(|d| d.offset);
        Err(diags)
    }
}
