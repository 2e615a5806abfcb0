//! Markdown sources in a content folder: each `articles/<slug>.md` and
//! `pages/<slug>.md` is compiled into the `.json` file the app reads, and
//! problems the content check later finds in that JSON are shown at their
//! place in the Markdown.

use crate::content::check::FileProblem;
use super::cache::Cache;
use crate::content::model::Site;
use crate::content::parse::read_file;
use crate::content::schema::pretty;
use crate::content::write::ToJson;
use crate::markdown::{self, SourceMap, readability};

/// A compiled Markdown file: its JSON name, its source name and text, and
/// where each JSON path came from.
pub struct Source {
    pub json_file: String,
    pub md_file: String,
    pub text: String,
    pub map: SourceMap,
}

/// What compiling the sources gave: problems, and a readability line per
/// article version.
#[derive(Default)]
pub struct Compiled {
    pub sources: Vec<Source>,
    pub problems: Vec<String>,
    pub readability: Vec<readability::Report>,
}

/// Replaces every Markdown file among `files` with its compiled JSON (from
/// `cache` when the source has not changed since). A slug written both as
/// `.md` and `.json` is a problem.
pub fn compile(files: &mut Vec<(String, String)>, cache: Option<&Cache>) -> Compiled {
    let mut out = Compiled::default();
    // Site settings in TOML become site.json.
    if let Some(i) = files.iter().position(|(f, _)| f == "site.toml") {
        let (file, text) = files.remove(i);
        match markdown::compile_site(&text) {
            Ok(_) if files.iter().any(|(f, _)| f == "site.json") => {
                out.problems.push("site.toml: the site's settings are also written as site.json; keep one of them".into())
            }
            Ok(c) => {
                files.push(("site.json".into(), pretty(&c.value.to_json())));
                out.sources.push(Source { json_file: "site.json".into(), md_file: file, text, map: c.map });
            }
            Err(diags) => out.problems.extend(markdown::render_all(&diags, &file, &text)),
        }
    }
    let audiences: Vec<String> = files
        .iter()
        .find(|(f, _)| f == "site.json")
        .and_then(|(_, t)| read_file::<Site>(t).value)
        .map(|s| s.audiences.iter().map(|a| a.id.to_string()).collect())
        .unwrap_or_default();
    // Markdown files are compiled on every core, then merged in file order.
    let is_source = |file: &str| {
        file.strip_suffix(".md").is_some_and(|stem| (file.starts_with("articles/") || file.starts_with("pages/")) && !stem.contains('.'))
    };
    let (sources, rest): (Vec<_>, Vec<_>) = std::mem::take(files).into_iter().partition(|(f, _)| is_source(f));
    *files = rest;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
    let chunk = sources.len().div_ceil(threads).max(1);
    let results: Vec<Result<One, Vec<String>>> = std::thread::scope(|scope| {
        let workers: Vec<_> = sources.chunks(chunk).map(|part| scope.spawn(|| part.iter().map(|(f, t)| compile_cached(f, t, &audiences, cache)).collect::<Vec<_>>())).collect();
        // A worker that panicked (a bug) refuses the publish rather than drop files.
        workers.into_iter().flat_map(|w| w.join().unwrap_or_else(|_| vec![Err(vec!["publish: compiling Markdown stopped on a bug; nothing was written".to_owned()])])).collect()
    });
    let mut compiled = Vec::new();
    for result in results {
        match result {
            Ok(one) => {
                out.readability.extend(one.readability);
                compiled.push((one.source, one.json));
            }
            Err(problems) => out.problems.extend(problems),
        }
    }
    let written: std::collections::HashSet<String> = files.iter().map(|(f, _)| f.clone()).collect();
    for (source, json) in compiled {
        if written.contains(&source.json_file) {
            out.problems.push(format!("{}: the same slug is also written as {}; keep one of them", source.md_file, source.json_file));
            continue;
        }
        files.push((source.json_file.clone(), json));
        out.sources.push(source);
    }
    files.sort();
    out
}

/// One compiled Markdown file.
struct One {
    source: Source,
    json: String,
    readability: Vec<readability::Report>,
}

/// [`compile_one`], or what it gave last time for the same source.
fn compile_cached(file: &str, text: &str, audiences: &[String], cache: Option<&Cache>) -> Result<One, Vec<String>> {
    let Some(cache) = cache else { return compile_one(file, text, audiences) };
    let key = cache.key(file, text, audiences);
    let json_file = format!("{}.json", file.trim_end_matches(".md"));
    if let Some(c) = cache.compiled(key, file) {
        let source = Source { json_file, md_file: file.to_owned(), text: text.to_owned(), map: c.map };
        return Ok(One { source, json: c.json, readability: c.readability });
    }
    let one = compile_one(file, text, audiences)?;
    let c = super::cache::Compiled { json: one.json, readability: one.readability, map: one.source.map };
    cache.store(key, &c);
    let source = Source { map: c.map, ..one.source };
    Ok(One { source, json: c.json, readability: c.readability })
}

/// Compiles one article or page, or says every problem in it.
fn compile_one(file: &str, text: &str, audiences: &[String]) -> Result<One, Vec<String>> {
    let json_file = format!("{}.json", file.trim_end_matches(".md"));
    let mut reports = Vec::new();
    let result = if file.starts_with("articles/") {
        markdown::compile_article(text, audiences).map(|c| {
            reports = readability::article(file, &c.value);
            (pretty(&c.value.to_json()), c.map)
        })
    } else {
        markdown::compile_page(text).map(|c| (pretty(&c.value.to_json()), c.map))
    };
    match result {
        Ok((json, map)) => Ok(One { source: Source { json_file, md_file: file.to_owned(), text: text.to_owned(), map }, json, readability: reports }),
        Err(diags) => Err(markdown::render_all(&diags, file, text)),
    }
}

/// A problem found in a compiled file, shown at its place in the Markdown.
pub fn locate(p: &FileProblem, sources: &[Source]) -> String {
    match sources.iter().find(|s| s.json_file == p.file) {
        Some(s) => {
            let (line, col) = markdown::line_col(&s.text, s.map.find(&p.path));
            let warning = if p.warning { "warning: " } else { "" };
            let path = if p.path.is_empty() { String::new() } else { format!("{}: ", p.path) };
            format!("{warning}{}:{line}:{col}: {path}{}", s.md_file, p.message)
        }
        None => p.to_string(),
    }
}
