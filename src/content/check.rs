//! The content check for editors: every file of a content folder against the
//! whole contract, with every problem named by file and JSON path.

use super::model::{Article, Index, Page, Site};
use super::parse::{ContentFile, Outcome, ParseError, Problem, read_file};
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
    /// A warning: worth fixing, but it never blocks publishing.
    pub warning: bool,
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.warning {
            f.write_str("warning: ")?;
        }
        if self.path.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.path, self.message)
        }
    }
}

/// The message for a file the contract does not define: it is never
/// published (a script or page there would be served from the site).
pub const LAYOUT: &str = "is not part of the content layout (site.json, index.json, articles/<slug>.json, pages/<slug>.json, schema/*.schema.json), so it is not published";

/// True for a file the contract defines (or a generated schema).
pub fn in_layout(file: &str) -> bool {
    let (dir, name) = file.rsplit_once('/').unwrap_or(("", file));
    match dir {
        "" => name == "site.json" || name == "site.toml" || name == "index.json",
        "schema" => name.ends_with(".schema.json") && is_slug(name.trim_end_matches(".schema.json")),
        "articles" | "pages" => name.ends_with(".json") || name.ends_with(".md"),
        _ => false,
    }
}

/// What was found in a folder.
#[derive(Default)]
struct Found {
    out: Vec<FileProblem>,
}

impl Found {
    fn add(&mut self, file: &str, problems: Vec<Problem>, warning: bool) {
        self.out.extend(problems.into_iter().map(|p| FileProblem { file: file.to_owned(), path: p.path, message: p.message, warning }));
    }

    fn one(&mut self, file: &str, path: &str, message: String) {
        self.add(file, vec![Problem { path: path.to_owned(), message }], false);
    }

    /// Records a file's own problems; returns what was read of it (with
    /// `Default` where it could not be read).
    fn read<T: ContentFile>(&mut self, file: &str, text: &str) -> (Option<T>, bool) {
        self.take(file, read_file::<T>(text))
    }

    /// [`Found::read`] for a file read already.
    fn take<T>(&mut self, file: &str, outcome: Outcome<T>) -> (Option<T>, bool) {
        let Outcome { value, error, notes } = outcome;
        self.add(file, notes, false);
        let ok = error.is_none();
        match error {
            None => {}
            Some(ParseError::Invalid(problems)) => self.add(file, problems, false),
            Some(other) => self.one(file, "", format!("can't be read: {other}")),
        }
        (value, ok)
    }
}

/// Checks a whole content folder, given as (relative path, text) pairs.
/// Files outside the contract's layout are named; `schema/` is skipped.
/// Every file's own problems are listed, then what files disagree about.
/// Warnings (`FileProblem::warning`) come last.
pub fn folder(files: &[(String, String)]) -> Vec<FileProblem> {
    folder_read(files).0
}

/// [`folder`], and the articles that read without a problem, by file name
/// (what publishing builds the index and the pages from, read only once).
pub fn folder_read(files: &[(String, String)]) -> (Vec<FileProblem>, Vec<(String, Article)>) {
    let mut clean: Vec<(String, Article)> = Vec::new();
    let mut found = Found::default();
    let find = |name: &str| files.iter().find(|(p, _)| p == name).map(|(_, t)| t.as_str());

    let site = match find("site.json") {
        None => {
            found.one("site.json", "", "is missing".into());
            None
        }
        Some(text) => match found.read::<Site>("site.json", text) {
            (Some(site), true) => Some(site),
            _ => None,
        },
    };
    // Without index.json, `publish` generates it from the articles.
    let index = find("index.json").and_then(|text| found.read::<Index>("index.json", text).0);

    // Reading the articles is most of the check: it happens on every core,
    // then each is checked in order below.
    let mut read = read_articles(files);
    let mut articles: Vec<(String, Option<Article>)> = Vec::new();
    let mut warnings = Vec::new();
    for (file, text) in files {
        let (dir, name) = file.rsplit_once('/').unwrap_or(("", file.as_str()));
        // These are the files the app reads: any Markdown or TOML source
        // was compiled to JSON before the check.
        if !in_layout(file) || !name.ends_with(".json") {
            found.one(file, "", LAYOUT.into());
            continue;
        }
        // site.json and index.json are checked above; schemas are generated.
        if dir.is_empty() || dir == "schema" {
            continue;
        }
        let slug = name.trim_end_matches(".json");
        if !is_slug(slug) {
            found.one(file, "", "the file name is not a slug (1–100 characters of a-z, 0-9 and -)".into());
        }
        let written = if dir == "articles" {
            let (article, ok) = match read.remove(file.as_str()) {
                Some(outcome) => found.take(file, outcome),
                None => found.read::<Article>(file, text),
            };
            if let (Some(a), Some(site)) = (&article, &site) {
                for (id, _) in a.versions.iter().filter(|(id, _)| site.audience(id).is_none()) {
                    found.one(file, &format!("versions.{id}"), format!("\"{id}\" is not an audience in site.json"));
                }
                for audience in site.audiences.iter().filter(|s| !a.versions.iter().any(|(id, _)| *id == *s.id)) {
                    warnings.push(FileProblem {
                        file: file.clone(),
                        path: "versions".into(),
                        message: format!(
                            "has no version for the audience \"{}\" ({}); those readers see another version, with a note saying so",
                            audience.id, audience.label
                        ),
                        warning: true,
                    });
                }
            }
            let written = article.as_ref().map(|a| a.slug.to_string());
            if let (Some(a), true) = (&article, ok) {
                clean.push((file.clone(), a.clone()));
            }
            articles.push((slug.to_owned(), article));
            written
        } else {
            found.read::<Page>(file, text).0.map(|p| p.slug.to_string())
        };
        if let Some(s) = written.filter(|s| !s.is_empty() && s != slug) {
            found.one(file, "slug", format!("\"{s}\" does not match the file name"));
        }
    }

    if let Some(policy) = site.as_ref().and_then(|s| s.editorial_policy.as_ref())
        && find(&format!("pages/{policy}.json")).is_none() {
            found.one("site.json", "editorial_policy", format!("there is no pages/{policy}.json"));
        }
    // An article's related answers must be in the index (the generated one
    // lists every article in the folder).
    let library: std::collections::HashSet<&str> = match &index {
        Some(index) => index.articles.iter().map(|e| e.slug.as_str()).collect(),
        None => articles.iter().map(|(s, _)| s.as_str()).collect(),
    };
    for (slug, article) in &articles {
        for (i, r) in article.iter().flat_map(|a| a.related.iter().enumerate()) {
            let why = if r.as_str() == slug {
                "is this article itself"
            } else if !library.contains(r.as_str()) {
                "is not an article in index.json"
            } else {
                continue;
            };
            found.one(&format!("articles/{slug}.json"), &format!("related[{i}]"), format!("\"{r}\" {why}"));
        }
    }
    if let Some(index) = &index {
        found.add("index.json", index_problems(index, &articles), false);
    }
    found.out.extend(warnings);
    (found.out, clean)
}

/// Every article file in the layout, read, on every core.
fn read_articles(files: &[(String, String)]) -> std::collections::HashMap<&str, Outcome<Article>> {
    let articles: Vec<&(String, String)> =
        files.iter().filter(|(f, _)| f.rsplit_once('/').is_some_and(|(d, _)| d == "articles") && in_layout(f) && f.ends_with(".json")).collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
    let chunk = articles.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = articles
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(|(f, t)| (f.as_str(), read_file::<Article>(t))).collect::<Vec<_>>()))
            .collect();
        // A worker that panicked (a bug) leaves its files to be read again in order.
        workers.into_iter().flat_map(|w| w.join().unwrap_or_default()).collect()
    })
}

/// The index and the article files must agree both ways (by file name).
/// (Linear in the size of the library: a library of 100,000 is checked too.)
fn index_problems(index: &Index, articles: &[(String, Option<Article>)]) -> Vec<Problem> {
    use std::collections::{HashMap, HashSet};
    let mut out = Vec::new();
    let mut add = |path: String, message: String| out.push(Problem { path, message });
    let by_slug: HashMap<&str, &Option<Article>> = articles.iter().map(|(s, a)| (s.as_str(), a)).collect();
    let listed: HashSet<&str> = index.articles.iter().map(|e| e.slug.as_str()).collect();
    let mut seen: HashSet<&str> = HashSet::new();
    for (i, e) in index.articles.iter().enumerate() {
        let path = format!("articles[{i}]");
        if e.slug.is_empty() {
            continue;
        }
        let slug = e.slug.as_str();
        match by_slug.get(slug) {
            Some(Some(a)) => {
                let differs = [
                    ("question", e.question != a.question),
                    ("status", e.status != a.review.status),
                    ("updated", e.updated != a.updated),
                ];
                for (field, _) in differs.iter().filter(|(_, d)| *d) {
                    add(format!("{path}.{field}"), format!("does not match articles/{slug}.json"));
                }
            }
            Some(None) => {}
            None => add(format!("{path}.slug"), format!("there is no articles/{slug}.json")),
        }
        if !seen.insert(slug) {
            add(format!("{path}.slug"), format!("\"{slug}\" is listed twice"));
        }
    }
    for (slug, _) in articles {
        if !listed.contains(slug.as_str()) {
            add("articles".into(), format!("has no entry for articles/{slug}.json"));
        }
    }
    out
}
