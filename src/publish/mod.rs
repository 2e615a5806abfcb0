//! The publish step (native): compiles Markdown sources, checks a content
//! folder against the whole contract, generates `index.json` from the
//! articles, and writes only the files the contract defines into
//! `<out>/content/`, rewriting only those whose bytes changed, then the
//! library in pieces (`search.rs`) and, when `<out>` is a build, every
//! route's page (`pages.rs`). Nothing is written when anything is wrong.

pub mod cache;
pub mod output;
pub mod pages;
pub mod prerender;
pub mod search;
pub mod shell;
pub mod skeleton;
pub mod sources;

use crate::content::check;
use crate::content::files;
use crate::content::model::{Article, Index, Site};
use crate::content::parse::read_file;
use crate::content::schema::pretty;
use crate::content::write::ToJson;
use std::path::Path;

/// What publishing did.
#[derive(Debug, Default)]
pub struct Report {
    /// The contract's files in `content/` (paths relative to it): written,
    /// left as they were, removed because the content no longer has them.
    pub content: output::Written,
    /// Warnings: worth fixing, never blocking.
    pub warnings: Vec<String>,
    /// How many articles the library lists.
    pub articles: usize,
    /// The readability report: one line per article version.
    pub readability: Vec<String>,
    /// The prerendered pages, when the output is a build with an app shell.
    pub pages: Option<output::Written>,
    /// The library in pieces (`search/`).
    pub search: Option<output::Written>,
}

/// Reads and checks a content folder, for the content check and for
/// publishing: compiles its Markdown, generates `index.json` (unless
/// `keep_index` and the folder has one, which the check then holds to the
/// articles), and runs the whole check, every problem placed in its source.
pub fn prepare(src: &Path, keep_index: bool, cache: Option<&cache::Cache>) -> Prepared {
    let (mut files, mut problems) = files::collect(src);
    let mut report = Report::default();
    let compiled = sources::compile(&mut files, cache);
    problems.extend(compiled.problems);
    // The index is made from the articles the check reads (below), unless
    // the check is to hold the folder's own index to them.
    let generate = !(keep_index && files.iter().any(|(f, _)| f == "index.json"));
    if generate && files.iter().any(|(f, _)| f == "index.json") {
        files.retain(|(f, _)| f != "index.json");
        report.warnings.push("index.json: is generated from the articles when publishing; the one in the folder is ignored".to_owned());
    }
    let lay: Vec<String> = files
        .iter()
        .find(|(f, _)| f == "site.json")
        .and_then(|(_, t)| read_file::<Site>(t).value)
        .map(|s| s.lay_audiences.iter().map(|a| a.to_string()).collect())
        .unwrap_or_default();
    for r in &compiled.readability {
        let grade = r.grade();
        report.readability.push(format!("{} ({}): grade {grade:.1} ({} words, {} sentences)", r.file, r.audience, r.words, r.sentences));
        if lay.contains(&r.audience) && grade > 8.0 {
            report.warnings.push(format!(
                "warning: {}: the {} version reads at grade {grade:.1}; for lay readers aim for grade 8 or below (shorter sentences, shorter words)",
                r.file, r.audience
            ));
        }
    }
    let (found, articles) = check::folder_read(&files);
    if generate {
        let index = Index::from_articles(articles.iter().filter(|(f, _)| check::in_layout(f)).map(|(_, a)| a));
        report.articles = index.articles.len();
        files.push(("index.json".into(), pretty(&index.to_json())));
        files.sort();
    }
    let (warnings, found): (Vec<_>, Vec<_>) = found.iter().partition(|p| p.warning);
    problems.extend(found.iter().map(|p| sources::locate(p, &compiled.sources)));
    report.warnings.extend(warnings.iter().map(|p| sources::locate(p, &compiled.sources)));
    Prepared { files, problems, report, articles }
}

/// A content folder read for checking or publishing.
pub struct Prepared {
    /// The files as the app will read them (Markdown compiled, index generated).
    pub files: Vec<(String, String)>,
    /// Every problem, each at its place.
    pub problems: Vec<String>,
    /// Warnings, readability and counts so far.
    pub report: Report,
    /// Every article that reads without a problem, as read (by JSON file name).
    pub articles: Vec<(String, Article)>,
}

/// Checks and publishes `src` into `out/content/`. `allowed` are the origins
/// (`https://host[:port]`) the site's services may use (the deployment's
/// `ALLOWED_ORIGINS`). On any problem, returns every one of them and writes
/// nothing.
pub fn publish(src: &Path, out: &Path, allowed: &[String]) -> Result<Report, Vec<String>> {
    publish_site(src, out, allowed, None, false)
}

/// [`publish`], and when `out` is a build (it has `app.html`), every route's
/// page; `site_url` (`https://host`) gives them their canonical address.
/// With `remember`, what this publish made is kept beside `out` (see
/// `cache.rs`), and the next publish into `out` redoes only what changed.
pub fn publish_site(src: &Path, out: &Path, allowed: &[String], site_url: Option<&str>, remember: bool) -> Result<Report, Vec<String>> {
    if !src.is_dir() {
        return Err(vec![format!("{}: not a folder", src.display())]);
    }
    let cache = if remember { cache::Cache::open(out) } else { cache::Cache::none() };
    let Prepared { files, mut problems, mut report, articles } = prepare(src, false, Some(&cache));
    cache.prune();
    let site = files.iter().find(|(f, _)| f == "site.json").and_then(|(_, t)| read_file::<Site>(t).result().ok());
    if let Some(site) = &site {
        problems.extend(origin_problems(site, allowed));
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let dest = out.join("content");
    for (file, text) in &files {
        report.content.put(&dest, file.clone(), text).map_err(|e| vec![e])?;
    }
    let (existing, _) = files::collect(&dest);
    for (file, _) in existing {
        report.content.remove_unless_kept(&dest, file);
    }
    // The library as published, read once for the pages and the pieces.
    let index = files.iter().find(|(f, _)| f == "index.json").and_then(|(_, t)| read_file::<Index>(t).result().ok()).unwrap_or_default();
    // What follows each article (citations, related answers), for its page
    // and its piece.
    let own: Vec<(String, Vec<String>)> =
        articles.iter().filter(|(_, a)| !a.related.is_empty()).map(|(_, a)| (a.slug.to_string(), a.related.iter().map(|s| s.to_string()).collect())).collect();
    let related = search::related_lists(&index.articles, &own);
    let site_name = site.map(|s| s.name).unwrap_or_default();
    // What each page and each article's piece were made from, for next time.
    let mut fingerprints = Vec::new();
    report.pages = pages::write(out, &files, &index, &articles, &related, site_url, &cache, &mut fingerprints).map_err(|e| vec![e])?;
    // The library in pieces, which the app reads (also in `trunk serve`'s
    // debug builds, which have no pages).
    report.search = Some(search::write(out, &index, &related, &site_name, &cache, &mut fingerprints).map_err(|e| vec![e])?);
    cache.save_pages(&fingerprints);
    Ok(report)
}

/// The site's services must send only to origins the deployment allows.
fn origin_problems(site: &Site, allowed: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for (key, service) in [("ask", &site.ask), ("feedback", &site.feedback)] {
        let Some(origin) = service.as_ref().and_then(|s| s.endpoint.origin()) else { continue };
        if !allowed.iter().any(|a| a == origin) {
            let list = if allowed.is_empty() { "none".to_owned() } else { allowed.join(" ") };
            out.push(format!(
                "site.json: {key}.endpoint: sends to {origin}, which this deployment does not allow (ALLOWED_ORIGINS: {list}); add it to ALLOWED_ORIGINS where you deploy, or use a path on this site"
            ));
        }
    }
    out
}
