//! The content check for editors: every file of a content folder against the
//! whole contract, with every problem named by file and JSON path.

use super::json::Json;
use super::model::{Article, Index, Page};
use super::parse::{self, ParseError, Problem};
use super::slug::is_slug;
use std::fmt;

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    /// The file, relative to the content folder ("articles/x.json").
    pub file: String,
    /// The JSON path inside it; empty for the whole file.
    pub path: String,
    pub message: String,
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.path, self.message)
        }
    }
}

/// What cross-file checks need from a file, read from its raw JSON so they
/// run even when the file has other problems.
#[derive(Debug, Default)]
struct Facts {
    slug: Option<String>,
    question: Option<String>,
    status: Option<String>,
    updated: Option<String>,
    versions: Vec<String>,
}

fn text_at(v: &Json, key: &str) -> Option<String> {
    match v.get(key) {
        Some(Json::Str(s)) => Some(s.clone()),
        _ => None,
    }
}

fn article_facts(text: &str) -> Facts {
    let Ok(v) = parse::read_json(text) else { return Facts::default() };
    let versions = match v.get("versions") {
        Some(Json::Object(e)) => e.iter().map(|(k, _)| k.clone()).collect(),
        _ => Vec::new(),
    };
    Facts {
        slug: text_at(&v, "slug"),
        question: text_at(&v, "question"),
        status: v.get("review").and_then(|r| text_at(r, "status")),
        updated: text_at(&v, "updated"),
        versions,
    }
}

fn index_facts(text: &str) -> Option<Vec<Facts>> {
    let v = parse::read_json(text).ok()?;
    let Some(Json::Array(items)) = v.get("articles") else { return None };
    Some(
        items
            .iter()
            .map(|e| Facts {
                slug: text_at(e, "slug"),
                question: text_at(e, "question"),
                status: text_at(e, "status"),
                updated: text_at(e, "updated"),
                versions: Vec::new(),
            })
            .collect(),
    )
}

/// Checks a whole content folder, given as (relative path, text) pairs.
/// Files outside the contract's layout are named; `schema/` is skipped.
/// Every file's own problems are listed, then what files disagree about.
pub fn folder(files: &[(String, String)]) -> Vec<FileProblem> {
    let mut out = Vec::new();
    let mut add = |file: &str, problems: Vec<Problem>| {
        out.extend(problems.into_iter().map(|p| FileProblem { file: file.to_owned(), path: p.path, message: p.message }));
    };
    let find = |name: &str| files.iter().find(|(p, _)| p == name).map(|(_, t)| t.as_str());

    let site = match find("site.json") {
        None => {
            add("site.json", vec![problem("", "is missing")]);
            None
        }
        Some(text) => take("site.json", parse::check_site(text), &mut add),
    };
    let index = match find("index.json") {
        None => {
            add("index.json", vec![problem("", "is missing")]);
            None
        }
        Some(text) => {
            take::<Index>("index.json", parse::check_index(text), &mut add);
            index_facts(text)
        }
    };

    let mut articles: Vec<(String, Facts)> = Vec::new();
    for (file, text) in files {
        let (dir, name) = file.rsplit_once('/').unwrap_or(("", file.as_str()));
        let top_level = dir.is_empty() && (name == "site.json" || name == "index.json");
        if dir == "schema" || dir.starts_with("schema/") || !name.ends_with(".json") || top_level {
            continue;
        }
        let slug = name.trim_end_matches(".json");
        if !matches!(dir, "articles" | "pages") {
            add(file, vec![problem("", "is not part of the content layout (site.json, index.json, articles/, pages/)")]);
            continue;
        }
        if !is_slug(slug) {
            add(file, vec![problem("", "the file name is not a slug (1–100 characters of a-z, 0-9 and -)")]);
        }
        if dir == "articles" {
            take::<Article>(file, parse::check_article(text), &mut add);
        } else {
            take::<Page>(file, parse::check_page(text), &mut add);
        }
        let facts = article_facts(text);
        let mut p = Vec::new();
        if let Some(s) = facts.slug.as_deref().filter(|s| *s != slug) {
            p.push(problem("slug", &format!("\"{s}\" does not match the file name")));
        }
        if let Some(site) = &site {
            for id in facts.versions.iter().filter(|id| site.audience(id).is_none()) {
                p.push(problem(&format!("versions.{id}"), &format!("\"{id}\" is not an audience in site.json")));
            }
        }
        add(file, p);
        if dir == "articles" {
            articles.push((slug.to_owned(), facts));
        }
    }

    if let Some(policy) = site.as_ref().and_then(|s| s.editorial_policy.as_ref()) {
        if find(&format!("pages/{policy}.json")).is_none() {
            add("site.json", vec![problem("editorial_policy", &format!("there is no pages/{policy}.json"))]);
        }
    }
    if let Some(entries) = &index {
        add("index.json", index_problems(entries, &articles));
    }
    out
}

fn problem(path: &str, message: &str) -> Problem {
    Problem { path: path.to_owned(), message: message.to_owned() }
}

/// Records a checked parse's problems and returns its value.
fn take<T>(file: &str, (result, notes): parse::Checked<T>, add: &mut impl FnMut(&str, Vec<Problem>)) -> Option<T> {
    add(file, notes);
    match result {
        Ok(v) => Some(v),
        Err(ParseError::Invalid(problems)) => {
            add(file, problems);
            None
        }
        Err(other) => {
            add(file, vec![problem("", &format!("can't be read: {other}"))]);
            None
        }
    }
}

/// The index and the article files must agree both ways (by file name).
fn index_problems(entries: &[Facts], articles: &[(String, Facts)]) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let path = format!("articles[{i}]");
        let Some(slug) = &e.slug else { continue };
        match articles.iter().find(|(file_slug, _)| file_slug == slug) {
            Some((_, a)) => {
                for (field, ours, theirs) in [
                    ("question", &e.question, &a.question),
                    ("status", &e.status, &a.status),
                    ("updated", &e.updated, &a.updated),
                ] {
                    if ours.is_some() && theirs.is_some() && ours != theirs {
                        out.push(problem(&format!("{path}.{field}"), &format!("does not match articles/{slug}.json")));
                    }
                }
            }
            None => out.push(problem(&format!("{path}.slug"), &format!("there is no articles/{slug}.json"))),
        }
        if entries[..i].iter().any(|o| o.slug.as_ref() == Some(slug)) {
            out.push(problem(&format!("{path}.slug"), &format!("\"{slug}\" is listed twice")));
        }
    }
    for (slug, _) in articles {
        if !entries.iter().any(|e| e.slug.as_deref() == Some(slug)) {
            out.push(problem("articles", &format!("has no entry for articles/{slug}.json")));
        }
    }
    out
}
