//! Writes every route as a static page into a build: `index.html` (the
//! library's first page), `articles/<slug>/index.html`,
//! `pages/<slug>/index.html` and `404.html`, around the build's app shell
//! (`app.html`). Only pages whose bytes changed are written; pages of
//! articles and plain pages that are gone are removed.

use super::cache::Cache;
use super::output::Written;
use super::prerender;
use super::shell::Shell;
use super::search;
use crate::content::model::{Article, Index, IndexEntry, Page, Site};
use crate::content::parse::read_file;
use std::path::Path;

/// The site's address (`SITE_URL`, e.g. `https://answers.example.org`):
/// prerendered pages then carry their canonical address. Checked like an
/// allowed origin; empty means unknown.
pub fn site_url(setting: &str) -> Result<Option<String>, String> {
    let url = setting.trim().trim_end_matches('/');
    if url.is_empty() {
        return Ok(None);
    }
    crate::content::origin::parse_allowed(url)
        .map_err(|e| format!("SITE_URL: {e}"))
        .map(|mut o| o.pop())
}

/// Writes the pages for the checked content `files` (as published) into
/// `out`, when `out` holds a release build's `app.html`; otherwise writes
/// nothing and returns `Ok(None)`. `index` is the library as published and
/// `articles` the articles the check read (by file name; any other is read
/// here). A page made from the same things as last time (`cache`) is not
/// made again.
pub fn write(
    out: &Path,
    files: &[(String, String)],
    index: &Index,
    articles: &[(String, Article)],
    related: &[(String, Vec<IndexEntry>)],
    site_url: Option<&str>,
    cache: &Cache,
    fingerprints: &mut Vec<(String, u64)>,
) -> Result<Option<Written>, String> {
    let Ok(app) = std::fs::read_to_string(out.join("app.html")) else {
        return Ok(None);
    };
    let shell = Shell::new(&app)?;
    let base = shell.base.clone();
    let text = |name: &str| files.iter().find(|(f, _)| f == name).map(|(_, t)| t.as_str());
    let site: Site = text("site.json").and_then(|t| read_file::<Site>(t).result().ok()).ok_or("site.json: can't be read")?;
    let canonical = |path: &str| site_url.map(|u| format!("{u}{base}{path}"));
    let by_file: std::collections::HashMap<&str, &Article> = articles.iter().map(|(f, a)| (f.as_str(), a)).collect();
    // Each article's entry and related answers, for what follows it.
    let after_of: std::collections::HashMap<&str, (&IndexEntry, &[IndexEntry])> =
        index.articles.iter().zip(related).map(|(e, (_, r))| (e.slug.as_str(), (e, r.as_slice()))).collect();
    // Articles are prerendered for a reader who has not chosen an audience.
    let label = crate::content::audience::resolve(&site, None, None).label.clone();
    let mut done = Written::default();
    let common = [app.as_str(), text("site.json").unwrap_or_default(), site_url.unwrap_or_default()];
    // Whether `rel`, made from `from` (besides the shell, the site and its
    // address), is as it was: then it is kept as it is.
    let mut same = |done: &mut Written, rel: &str, from: &[&str]| cache.unchanged(out, rel, cache.fingerprint(&[&common[..], from].concat()), done, fingerprints);

    if !same(&mut done, "index.html", &[text("index.json").unwrap_or_default()]) {
        let library = prerender::frame(&site.name, &base, &prerender::library_page(&site, &index.articles, &base));
        done.put(out, "index.html".into(), &shell.page(&prerender::library_meta(&site), canonical("").as_deref(), &library))?;
    }
    if !same(&mut done, "404.html", &[]) {
        let missing = prerender::frame(&site.name, &base, &prerender::not_found(&base));
        done.put(out, "404.html".into(), &shell.page(&prerender::not_found_meta(), None, &missing))?;
    }
    for (file, text) in files {
        let Some((kind, slug)) = file.strip_suffix(".json").and_then(|f| f.split_once('/')) else { continue };
        let rel = format!("{kind}/{slug}/index.html");
        // An article's page also shows what follows it (its related answers).
        let after = after_of.get(slug).copied();
        let after_key = after.map(|(e, r)| format!("{:x}", search::after_key(cache, &site.name, e, r))).unwrap_or_default();
        let from: &[&str] = if kind == "articles" { &[text, &after_key] } else { &[text] };
        if (kind == "articles" || kind == "pages") && same(&mut done, &rel, from) {
            continue;
        }
        match kind {
            "articles" => {
                let read;
                let article: &Article = match by_file.get(file.as_str()) {
                    Some(a) => a,
                    None => {
                        read = read_file::<Article>(text).result().map_err(|_| format!("{file}: can't be read"))?;
                        &read
                    }
                };
                let path = format!("articles/{slug}");
                let url = canonical(&path);
                let meta = crate::content::seo::article_meta(article, &site, url.as_deref().unwrap_or(&format!("{base}{path}")), &label);
                let after = after.map(|(e, r)| search::after_text(&site.name, e, r)).unwrap_or_default();
                let html = prerender::frame(&site.name, &base, &prerender::article(&site, article, &after, &base));
                done.put(out, rel, &shell.page(&meta, url.as_deref(), &html))?;
            }
            "pages" => {
                let page: Page = read_file::<Page>(text).result().map_err(|_| format!("{file}: can't be read"))?;
                let html = prerender::frame(&site.name, &base, &prerender::plain_page(&site, &page, &base));
                done.put(out, rel, &shell.page(&prerender::page_meta(&site, &page), canonical(&format!("pages/{slug}")).as_deref(), &html))?;
            }
            _ => {}
        }
    }
    for kind in ["articles", "pages"] {
        let Ok(dirs) = std::fs::read_dir(out.join(kind)) else { continue };
        for dir in dirs.flatten() {
            done.remove_unless_kept(out, format!("{kind}/{}/index.html", dir.file_name().to_string_lossy()));
            // The folder goes too once it is empty.
            let _ = std::fs::remove_dir(dir.path());
        }
    }
    Ok(Some(done))
}
