//! The publish step: checks everything, generates index.json, writes only
//! the contract's files, rewrites only what changed, and writes nothing at
//! all when anything is wrong.

use medanswers::publish::publish;
use std::fs;
use std::path::{Path, PathBuf};

/// A fresh copy of the shipped content in a temporary folder.
fn workspace(name: &str) -> (PathBuf, PathBuf) {
    let root = std::env::temp_dir().join(format!("medanswers-publish-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    let src = root.join("src");
    copy_dir(Path::new("public/content"), &src);
    (src, root.join("out"))
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() { copy_dir(&p, &dest) } else { fs::copy(&p, &dest).unwrap(); }
    }
}

#[test]
fn publishes_the_shipped_content_with_a_generated_index() {
    let (src, out) = workspace("ok");
    let report = publish(&src, &out, &[]).expect("our content publishes");
    assert_eq!(report.articles, 1);
    let index = fs::read_to_string(out.join("content/index.json")).unwrap();
    let parsed = medanswers::content::parse_index(&index).unwrap();
    assert_eq!(parsed.articles[0].slug, "spinraza-gene-therapy");
    assert_eq!(parsed.articles[0].note.as_deref(), Some("With a pediatric neurologist for a check of the dosing and safety sections."), "the latest note, for the library card");
    assert!(out.join("content/articles/spinraza-gene-therapy.json").is_file());
    assert!(out.join("content/schema/article.schema.json").is_file());
    assert_eq!(fs::read_to_string(out.join("search/catalog.txt")).unwrap().lines().next(), Some("1"), "the library in pieces, also outside a build");
    assert!(out.join("search/cards/0.json").is_file());
}

#[test]
fn republishing_rewrites_only_what_changed() {
    let (src, out) = workspace("incremental");
    let first = publish(&src, &out, &[]).unwrap();
    assert!(first.content.written.len() >= 8, "{first:?}");
    let again = publish(&src, &out, &[]).unwrap();
    assert!(again.content.written.is_empty(), "nothing changed: {again:?}");
    let article = src.join("articles/spinraza-gene-therapy.md");
    let text = fs::read_to_string(&article).unwrap().replace("updated = 2025-11-19", "updated = 2025-11-20");
    fs::write(&article, text).unwrap();
    let changed = publish(&src, &out, &[]).unwrap();
    assert_eq!(changed.content.written, ["articles/spinraza-gene-therapy.json", "index.json"], "the article and the index that lists it");
    fs::remove_file(src.join("pages/editorial-policy.md")).unwrap();
    let site = src.join("site.json");
    fs::write(&site, fs::read_to_string(&site).unwrap().replace(",\n  \"editorial_policy\": \"editorial-policy\"", "")).unwrap();
    let removed = publish(&src, &out, &[]).unwrap();
    assert_eq!(removed.content.removed, ["pages/editorial-policy.json"]);
}

#[test]
fn stray_files_are_refused_and_nothing_is_written() {
    let (src, out) = workspace("stray");
    fs::write(src.join("x.js"), "alert(1)").unwrap();
    fs::write(src.join("articles/x.html"), "<script>alert(1)</script>").unwrap();
    let problems = publish(&src, &out, &[]).unwrap_err();
    assert!(problems.iter().any(|p| p.starts_with("x.js: is not part of the content layout")), "{problems:?}");
    assert!(problems.iter().any(|p| p.starts_with("articles/x.html: is not part of the content layout")), "{problems:?}");
    assert!(!out.exists(), "nothing written");
}

#[test]
fn services_may_only_name_allowed_origins() {
    let (src, out) = workspace("origins");
    let site = src.join("site.json");
    let text = fs::read_to_string(&site).unwrap();
    let with = |endpoint: &str| text.replacen("\"default_audience\"", &format!("\"ask\": {{ \"endpoint\": \"{endpoint}\" }},\n  \"default_audience\""), 1);
    fs::write(&site, with("https://answers.example.org/v1/ask")).unwrap();
    let problems = publish(&src, &out, &[]).unwrap_err();
    assert!(problems.iter().any(|p| p.contains("ask.endpoint: sends to https://answers.example.org, which this deployment does not allow")), "{problems:?}");
    assert!(!out.exists());
    assert!(publish(&src, &out, &["https://answers.example.org".into()]).is_ok());
    // A quote would close the CSP <meta>'s attribute: refused by the content check itself.
    fs::write(&site, with("https://answers.example\\\"/ask")).unwrap();
    let problems = publish(&src, &out, &["https://answers.example".into()]).unwrap_err();
    assert!(problems.iter().any(|p| p.contains("ask.endpoint: ") && p.contains("must be an https: URL with a plain host name")), "{problems:?}");
    fs::write(&site, with("/api/ask")).unwrap();
    assert!(publish(&src, &out, &[]).is_ok(), "a path on the site is always allowed");
}

#[test]
fn every_problem_is_listed_at_once() {
    let (src, out) = workspace("broken");
    let article = src.join("articles/spinraza-gene-therapy.md");
    let text = fs::read_to_string(&article).unwrap().replace("updated = 2025-11-19", "updated = \"2025-13-45\"").replacen("status = \"under_review\"", "status = \"done\"", 1);
    fs::write(&article, text).unwrap();
    let problems = publish(&src, &out, &[]).unwrap_err();
    assert!(problems.iter().any(|p| p.starts_with("articles/spinraza-gene-therapy.md:6:") && p.contains("updated: \"2025-13-45\" is not a real date")), "{problems:?}");
    assert!(problems.iter().any(|p| p.starts_with("articles/spinraza-gene-therapy.md:10:") && p.contains("review.status: unknown status \"done\"")), "{problems:?}");
    // A JSON file with a problem is named with its JSON path, as before.
    fs::write(src.join("articles/other.json"), "{\"format\": 1, \"slug\": \"other\"}").unwrap();
    let problems = publish(&src, &out, &[]).unwrap_err();
    assert!(problems.iter().any(|p| p == "articles/other.json: question: is required but missing"), "{problems:?}");
    assert!(!out.exists());
}

#[test]
fn site_settings_may_be_written_in_toml() {
    let (src, out) = workspace("toml");
    let site = medanswers::content::parse_site(&fs::read_to_string(src.join("site.json")).unwrap()).unwrap();
    fs::write(src.join("site.toml"), medanswers::markdown::export::site(&site)).unwrap();
    let problems = publish(&src, &out, &[]).unwrap_err();
    assert!(problems.iter().any(|p| p.starts_with("site.toml: the site's settings are also written as site.json")), "{problems:?}");
    fs::remove_file(src.join("site.json")).unwrap();
    let report = publish(&src, &out, &[]).expect("publishes from site.toml");
    assert!(report.content.written.contains(&"site.json".to_owned()));
    assert!(!out.join("content/site.toml").exists(), "only the contract's files are published");
    assert_eq!(medanswers::content::parse_site(&fs::read_to_string(out.join("content/site.json")).unwrap()).unwrap(), site);
}

/// A release build's app shell, as `.ci/post-build.mjs` leaves it.
const SHELL: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'" />
<base href="/" /><title>Medical answers</title><meta name="description" content="Shell." />
<script src="boot.js" defer></script>
<link rel="preload" href="content/site.json" as="fetch" crossorigin="anonymous" />
<script type="module">import init from '/app-1.js'; await init({ module_or_path: '/app-1_bg.wasm' });</script>
<link rel="stylesheet" href="/main-1.css" integrity="sha384-css"/>
<link rel="modulepreload" href="/app-1.js" crossorigin="anonymous" integrity="sha384-js"><link rel="preload" href="/app-1_bg.wasm" crossorigin="anonymous" integrity="sha384-wasm" as="fetch" type="application/wasm"></head>
<body><div id="app"><div class="boot" role="status"><p>Loading…</p></div></div>
<div id="crash" class="crash" role="alert" hidden><p>Something went wrong</p></div>
</body></html>"#;

#[test]
fn into_a_build_every_route_is_prerendered_and_only_changed_pages_are_written() {
    let (src, out) = workspace("pages");
    fs::copy("tests/fixtures/site/content/articles/approved-example.json", src.join("articles/approved-example.json")).unwrap();
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join("app.html"), SHELL).unwrap();
    fs::write(out.join("boot.js"), "/* boot */").unwrap();
    fs::write(out.join("_headers"), "/*\n  Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'\n").unwrap();
    let site_url = Some("https://answers.example.org");
    let first = medanswers::publish::publish_site(&src, &out, &[], site_url, false).expect("publishes");
    let pages = first.pages.expect("a build: pages are written");
    let mut written = pages.written.clone();
    written.sort();
    assert_eq!(written, ["404.html", "articles/approved-example/index.html", "articles/spinraza-gene-therapy/index.html", "index.html", "pages/editorial-policy/index.html"]);

    let page = fs::read_to_string(out.join("articles/approved-example/index.html")).unwrap();
    assert!(page.contains("<div id=\"app\" data-prerendered=\"\"><a class=\"skip-link\""), "the page is in #app");
    assert!(page.contains("<h1 class=\"article__title\" id=\"article-title\" tabindex=\"-1\">"), "{page}");
    assert!(page.contains("<link rel=\"canonical\" href=\"https://answers.example.org/articles/approved-example\">"));
    assert!(page.contains("\"lastReviewed\":\"2024-02-28\""), "JSON-LD for an approved article");
    assert!(page.contains("\"reviewedBy\":[{\"@type\":\"Person\",\"name\":\"Dana Okafor\""));
    assert!(page.contains("<meta name=\"app-module\" content=\"/app-1.js\" data-integrity=\"sha384-js\">"), "the app starts after the first paint");
    assert!(page.contains("<script src=\"boot.js\" defer></script>"), "boot.js, deferred, starts the app after the first paint");
    assert!(!page.contains("<script type=\"module\">") && !page.contains("modulepreload") && !page.contains("href=\"content/"));
    assert!(!page.contains("<script>"), "no inline script: the policy needs no hash for the pages");
    let library = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(library.contains("<p class=\"finder__count\" role=\"status\">2 articles</p>"), "{library}");
    assert!(library.contains("<title>Clear Answers in Medicine</title>"));

    let again = medanswers::publish::publish_site(&src, &out, &[], site_url, false).unwrap().pages.unwrap();
    assert!(again.written.is_empty(), "nothing changed: {:?}", again.written);
    fs::remove_file(src.join("articles/approved-example.json")).unwrap();
    let gone = medanswers::publish::publish_site(&src, &out, &[], site_url, false).unwrap().pages.unwrap();
    assert_eq!(gone.removed, ["articles/approved-example/index.html"]);
    assert_eq!(gone.written, ["index.html"], "the library no longer lists it");
}

/// Every file under `dir`, with its bytes.
fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() { stack.push(p) } else { out.push((p.strip_prefix(dir).unwrap().display().to_string(), fs::read(&p).unwrap())) }
        }
    }
    out.sort();
    out
}

#[test]
fn remembering_what_was_made_changes_nothing_but_the_time() {
    let (src, out) = workspace("remember");
    fs::copy("tests/fixtures/site/content/articles/approved-example.json", src.join("articles/approved-example.json")).unwrap();
    let fresh = out.with_file_name("fresh");
    for dir in [&out, &fresh] {
        fs::create_dir_all(dir).unwrap();
        fs::write(dir.join("app.html"), SHELL).unwrap();
    }
    let publish = |dir: &Path, remember: bool| medanswers::publish::publish_site(&src, dir, &[], None, remember).expect("publishes");
    publish(&out, true);
    assert!(out.with_file_name("out.publish-cache").join("pages").is_file(), "kept beside the output, never in it");
    assert!(!tree(&out).iter().any(|(f, _)| f.contains("publish-cache")));
    // A second publish from what was remembered, then after edits to an
    // article (Markdown) and to the site: the same bytes as from scratch.
    let again = publish(&out, true);
    assert!(again.content.written.is_empty() && again.pages.as_ref().unwrap().written.is_empty());
    let md = src.join("articles/spinraza-gene-therapy.md");
    fs::write(&md, fs::read_to_string(&md).unwrap().replace("updated = 2025-11-19", "updated = 2025-11-21")).unwrap();
    let edited = publish(&out, true);
    assert_eq!(edited.content.written, ["articles/spinraza-gene-therapy.json", "index.json"]);
    let site = src.join("site.json");
    fs::write(&site, fs::read_to_string(&site).unwrap().replace("Clear Answers in Medicine", "Clear Answers")).unwrap();
    let renamed = publish(&out, true);
    assert_eq!(renamed.pages.unwrap().written.len(), 5, "the site's name is on every page");
    publish(&fresh, false);
    assert_eq!(tree(&out), tree(&fresh));
    let sources = fs::read_dir(out.with_file_name("out.publish-cache").join("sources")).unwrap().count();
    assert_eq!(sources, 2, "one per Markdown source: older versions are pruned");
}
