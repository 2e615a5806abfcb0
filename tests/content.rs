//! The content contract, natively: every example in content-format.md parses,
//! every error rule gives its message, and our own content is valid.

use medanswers::content::audience;
use medanswers::content::check;
use medanswers::content::*;
use std::fs;
use std::path::Path;

fn read(path: impl AsRef<Path>) -> String {
    fs::read_to_string(path.as_ref()).unwrap_or_else(|e| panic!("{}: {e}", path.as_ref().display()))
}

/// The JSON examples of the contract, in the order the contract gives them.
const EXAMPLES: [&str; 6] = ["site.json", "article.json", "page.json", "index.json", "answer.json", "queued.json"];

/// One example, straight from the contract's text.
fn contract(name: &str) -> String {
    let text = read("tests/fixtures/contract/content-format.md");
    let k = EXAMPLES.iter().position(|e| *e == name).expect("known example");
    let block = text.split("```json\n").nth(k + 1).expect("the contract has this example");
    block.split("```").next().unwrap_or_default().to_owned()
}

/// The message for an article file with `edit` applied to the contract example.
fn article_error(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&contract("article.json")).unwrap();
    edit(&mut v);
    parse_article(&v.to_string()).expect_err("should be refused").to_string()
}

#[test]
fn every_contract_example_parses() {
    let site = parse_site(&contract("site.json")).unwrap();
    assert_eq!(site.default_audience, "patient");
    assert_eq!(site.ask.as_ref().map(|a| a.endpoint.as_str()), Some("https://answers.example.org/v1/ask"));
    let article = parse_article(&contract("article.json")).unwrap();
    assert_eq!(article.versions[0].0, "clinician", "versions keep file order");
    assert_eq!(article.review.status, Status::UnderReview);
    assert_eq!(article.references[0].doi_url().as_deref(), Some("https://doi.org/10.1056/NEJMoa1702752"));
    let page = parse_page(&contract("page.json")).unwrap();
    assert_eq!(page.title, "Editorial policy");
    let index = parse_index(&contract("index.json")).unwrap();
    assert_eq!(index.articles[0].status, Status::UnderReview);
}

#[test]
fn the_additions_of_2026_11_27_parse() {
    // An article's related answers (read by the tools; the app accepts the
    // key and leaves the list to publish) and a history step's note.
    let mut v: serde_json::Value = serde_json::from_str(&contract("article.json")).unwrap();
    v["related"] = serde_json::json!(["insulin-basics", "metformin-kidneys"]);
    v["review"]["history"] = serde_json::json!([{ "status": "submitted", "date": "2025-01-02", "note": "First draft." }]);
    let article = parse_article(&v.to_string()).unwrap();
    assert_eq!(article.related.iter().map(|s| s.as_str()).collect::<Vec<_>>(), ["insulin-basics", "metformin-kidneys"]);
    assert_eq!(article.review.latest_note().and_then(|h| h.note.as_deref()), Some("First draft."));
    v["related"] = serde_json::json!(["Not A Slug"]);
    assert!(parse_article(&v.to_string()).is_err(), "each related answer is a slug");
}

#[test]
fn contract_example_blocks_and_spans() {
    let article = parse_article(&contract("article.json")).unwrap();
    let v = &article.versions[0].1;
    assert!(matches!(&v.answer[1], Span::Strong(_)));
    assert_eq!(v.answer[3], Span::Cite(vec![1]));
    let blocks = &v.sections[0].blocks;
    assert!(matches!(blocks[0], Block::P(_)));
    assert!(matches!(&blocks[1], Block::Ul(items) if items.len() == 2));
    assert!(matches!(&blocks[2], Block::Note(Note { tone: Tone::Warning, title: Some(t), .. }) if t == "Common pitfall"));
    assert_eq!(v.sections[0].sections[0].heading, "A subsection");
}

#[test]
fn answer_service_examples_parse() {
    match parse_reply(&contract("answer.json")).unwrap() {
        Reply::Answer { blocks, references } => {
            assert!(matches!(&blocks[0], Block::P(i) if i[1] == Span::Cite(vec![1])));
            assert_eq!(references[0].title, "…");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(parse_reply(&contract("queued.json")).unwrap(), Reply::Queued { message: "A clinician will review your question.".into() });
    assert!(parse_reply(r#"{"status": "done"}"#).is_err());
    assert!(parse_reply(r#"{"answer": "text"}"#).unwrap_err().to_string().starts_with("answer: expected a list"));
    assert_eq!(parse_reply("<html>"), Err(ParseError::Html));
    assert!(matches!(parse_reply("{"), Err(ParseError::NotJson(_))));
}

#[test]
fn format_missing_or_wrong_is_named() {
    assert_eq!(parse_site(r#"{"name":"x"}"#).unwrap_err().to_string(), "it is written in format (missing), and this app reads format 1");
    let e = parse_article(r#"{"format":2}"#).unwrap_err();
    assert_eq!(e, ParseError::Format("2".into()));
    assert!(e.to_string().contains("format 2"));
    assert_eq!(parse_page(r#"{"format":"1"}"#).unwrap_err(), ParseError::Format("\"1\"".into()));
}

#[test]
fn not_json_and_html_are_told_apart() {
    assert_eq!(parse_article("<!DOCTYPE html><html></html>").unwrap_err(), ParseError::Html);
    let e = parse_article(r#"{"format": 1, "slug": "#).unwrap_err();
    assert!(matches!(e, ParseError::NotJson(_)), "{e:?}");
    assert!(e.to_string().contains("not valid JSON"));
    assert!(matches!(parse_article("[1,2]").unwrap_err(), ParseError::Invalid(_)));
}

#[test]
fn each_error_rule_names_its_field() {
    let cases: Vec<(&str, Box<dyn FnOnce(&mut serde_json::Value)>)> = vec![
        ("question: is required but missing", Box::new(|v| {
            v.as_object_mut().unwrap().remove("question");
        })),
        ("slug: \"Bad Slug\" is not a slug", Box::new(|v| v["slug"] = "Bad Slug".into())),
        ("updated: \"2025-02-30\" is not a real date", Box::new(|v| v["updated"] = "2025-02-30".into())),
        ("updated: \"19/11/2025\" is not a date in the form YYYY-MM-DD", Box::new(|v| v["updated"] = "19/11/2025".into())),
        ("review.status: unknown status \"done\"", Box::new(|v| v["review"]["status"] = "done".into())),
        ("review.history[1].date: history must be oldest first", Box::new(|v| v["review"]["history"][1]["date"] = "2025-01-01".into())),
        ("versions: needs at least one version", Box::new(|v| v["versions"] = serde_json::json!({}))),
        ("versions.clinician.sections[0].blocks[0]: unknown block \"table\"", Box::new(|v| {
            v["versions"]["clinician"]["sections"][0]["blocks"][0] = serde_json::json!({"table": []})
        })),
        ("versions.clinician.sections[0].blocks[0]: a block has exactly one key, found 2 (p, ul)", Box::new(|v| {
            v["versions"]["clinician"]["sections"][0]["blocks"][0] = serde_json::json!({"p": "a", "ul": []})
        })),
        ("versions.clinician.sections[0].blocks[2].note.tone: unknown tone \"loud\"; expected info, warning or danger", Box::new(|v| {
            v["versions"]["clinician"]["sections"][0]["blocks"][2]["note"]["tone"] = "loud".into()
        })),
        ("versions.clinician.answer[3].cite[0]: expected a reference number (1 or more), found 0", Box::new(|v| {
            v["versions"]["clinician"]["answer"][3] = serde_json::json!({"cite": [0]})
        })),
        ("versions.clinician.answer[1]: unknown span with keys (bold)", Box::new(|v| {
            v["versions"]["clinician"]["answer"][1] = serde_json::json!({"bold": "x"})
        })),
        ("versions.clinician.answer[1]: unknown span with keys (link)", Box::new(|v| {
            v["versions"]["clinician"]["answer"][1] = serde_json::json!({"link": "x"})
        })),
        ("versions.clinician.answer: expected text (a string, or a list of strings and spans), found a number", Box::new(|v| {
            v["versions"]["clinician"]["answer"] = 5.into()
        })),
        ("versions.patient.sections: is required but missing", Box::new(|v| {
            v["versions"]["patient"].as_object_mut().unwrap().remove("sections");
        })),
        ("references[0].kind: unknown kind \"rumour\"", Box::new(|v| v["references"][0]["kind"] = "rumour".into())),
        ("references[0].year: expected a four-digit year, found \"2017\"", Box::new(|v| v["references"][0]["year"] = "2017".into())),
        ("references[0].title: is required but missing", Box::new(|v| {
            v["references"][0].as_object_mut().unwrap().remove("title");
        })),
        ("references[0].url: \"javascript:alert(1)\" is not an https:", Box::new(|v| v["references"][0]["url"] = "javascript:alert(1)".into())),
        ("question: expected text, found null", Box::new(|v| v["question"] = serde_json::Value::Null)),
    ];
    for (want, edit) in cases {
        let got = article_error(edit);
        assert!(got.starts_with(want), "wanted {want:?}\n   got {got:?}");
    }
}

#[test]
fn all_problems_are_collected() {
    let got = article_error(|v| {
        v["updated"] = "nope".into();
        v["review"]["status"] = "nope".into();
    });
    assert!(got.contains("(and 1 more problem)"), "{got}");
}

#[test]
fn site_rules() {
    let mut v: serde_json::Value = serde_json::from_str(&contract("site.json")).unwrap();
    v["default_audience"] = "student".into();
    assert!(parse_site(&v.to_string()).unwrap_err().to_string().starts_with("default_audience: \"student\" is not one of the audiences"));
    v["default_audience"] = "patient".into();
    v["audiences"][1]["id"] = "patient".into();
    assert!(parse_site(&v.to_string()).unwrap_err().to_string().starts_with("audiences[1].id: the id \"patient\" is used twice"));
    v["audiences"] = serde_json::json!([]);
    assert!(parse_site(&v.to_string()).unwrap_err().to_string().contains("audiences: needs at least one audience"));
    let mut v: serde_json::Value = serde_json::from_str(&contract("site.json")).unwrap();
    v["ask"]["endpoint"] = "http://insecure.example/ask".into();
    assert!(parse_site(&v.to_string()).unwrap_err().to_string().starts_with("ask.endpoint:"));
    v["ask"]["endpoint"] = "/api/ask".into();
    assert!(parse_site(&v.to_string()).is_ok());
    let mut v: serde_json::Value = serde_json::from_str(&contract("site.json")).unwrap();
    v.as_object_mut().unwrap().remove("locale");
    assert_eq!(parse_site(&v.to_string()).unwrap().locale, "en-US");
}

#[test]
fn links_with_other_schemes_are_text() {
    let article = parse_article(
        &contract("article.json").replace(r#"{"strong": "antisense oligonucleotide"}"#, r#"{"link": "x", "href": "javascript:alert(1)"}"#),
    )
    .unwrap();
    assert!(matches!(&article.versions[0].1.answer[1], Span::Link { href: None, .. }));
}

#[test]
fn audience_resolution_and_fallback() {
    let site = parse_site(&contract("site.json")).unwrap();
    assert_eq!(audience::resolve(&site, Some("clinician"), Some("patient")).id, "clinician");
    assert_eq!(audience::resolve(&site, Some("nobody"), Some("clinician")).id, "clinician");
    assert_eq!(audience::resolve(&site, None, Some("nobody")).id, "patient");
    let mut article = parse_article(&contract("article.json")).unwrap();
    let shown = audience::choose(&article, &site, "clinician").unwrap();
    assert!(!shown.fell_back);
    article.versions.retain(|(id, _)| id == "clinician");
    let shown = audience::choose(&article, &site, "patient").unwrap();
    assert_eq!((shown.audience_id, shown.fell_back), ("clinician", true));
}

/// The contract: a version's own disclaimer replaces its audience's. A reader
/// shown another audience's version (a fallback) reads that version's
/// audience's disclaimer, since the words shown are written for them.
#[test]
fn a_fallback_version_brings_its_own_audiences_disclaimer() {
    let site = parse_site(&contract("site.json")).unwrap();
    let mut article = parse_article(&contract("article.json")).unwrap();
    article.versions.retain(|(id, _)| id == "clinician");
    let patient = site.audience("patient").unwrap();
    let shown = audience::choose(&article, &site, "patient").unwrap();
    assert!(shown.fell_back);
    let d = audience::disclaimer(&site, &shown, patient).unwrap();
    assert_eq!(d.title, "Professional medical disclaimer");
    // A version's own disclaimer wins over every audience's.
    article.versions[0].1.disclaimer = Some(Disclaimer { title: "Own".into(), text: "Own words".into() });
    let shown = audience::choose(&article, &site, "patient").unwrap();
    assert_eq!(audience::disclaimer(&site, &shown, patient).unwrap().title, "Own");
}

#[test]
fn unknown_keys_one_edit_away_suggest_the_real_one() {
    let text = contract("article.json").replace(r#""next_review""#, r#""next_reveiw""#);
    let (_, notes) = medanswers::content::parse::check_article(&text);
    let notes: Vec<String> = notes.iter().map(|p| p.to_string()).collect();
    assert!(notes.iter().any(|n| n.starts_with("review.next_reveiw: unknown field; did you mean `next_review`?")), "{notes:?}");
}

#[test]
fn unresolved_citations_and_refused_links_are_reported_by_the_check() {
    let text = contract("article.json").replace(r#"{"strong": "antisense oligonucleotide"}"#, r#"{"link": "x", "href": "data:text/html,hi"}"#);
    let (article, notes) = medanswers::content::parse::check_article(&text);
    assert!(article.is_ok(), "the app still renders it");
    let notes: Vec<String> = notes.iter().map(|p| p.to_string()).collect();
    assert!(notes.contains(&"versions.clinician.answer[1].href: \"data:text/html,hi\" is not an allowed link (https:, http:, mailto: or a path starting with /); readers see plain text".to_owned()), "{notes:?}");
    assert!(notes.contains(&"versions.clinician.sections[0].blocks[1].ul[1][1].cite: cites reference 2, but the article has 1 reference(s)".to_owned()), "{notes:?}");
}

/// Every file under a folder, as (relative path, text).
fn folder_files(root: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                out.push((rel, read(&path)));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn our_own_content_passes_the_whole_check() {
    // Markdown compiled and index.json generated, as publish does.
    let medanswers::publish::Prepared { files, problems: compile_problems, report, .. } = medanswers::publish::prepare(Path::new("public/content"), false, None);
    assert!(compile_problems.is_empty(), "{compile_problems:#?}");
    assert!(files.len() >= 4);
    assert!(files.iter().any(|(f, _)| f == "articles/spinraza-gene-therapy.json"), "compiled from Markdown");
    assert!(report.warnings.is_empty(), "{:#?}", report.warnings);
    let problems: Vec<String> = check::folder(&files).iter().map(|p| p.to_string()).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    // Every article has a version for every audience.
    let site = parse_site(&read("public/content/site.json")).unwrap();
    for (file, text) in files.iter().filter(|(f, _)| f.starts_with("articles/")) {
        let article = parse_article(text).unwrap();
        for a in &site.audiences {
            assert!(article.versions.iter().any(|(id, _)| *id == a.id), "{file} has no {} version", a.id);
        }
    }
}

#[test]
fn a_broken_folder_gets_every_problem_named() {
    let got: Vec<String> = check::folder(&folder_files(Path::new("tests/fixtures/broken-content"))).iter().map(|p| p.to_string()).collect();
    let want = [
        "site.json: colour: unknown field",
        "site.json: editorial_policy: there is no pages/missing-policy.json",
        "index.json: articles[2].updated: \"2025-02-30\" is not a real date",
        "index.json: articles[0].question: does not match articles/alpha.json",
        "index.json: articles[0].status: does not match articles/alpha.json",
        "index.json: articles[1].slug: there is no articles/ghost.json",
        "index.json: articles[2].updated: does not match articles/gamma.json",
        "index.json: articles: has no entry for articles/beta.json",
        "articles/Bad_Name.json: the file name is not a slug",
        "articles/alpha.json: slug: \"alfa\" does not match the file name",
        "articles/alpha.json: review.next_reveiw: unknown field",
        "articles/alpha.json: review.history[0].date: \"2025-13-01\" is not a real date",
        "articles/alpha.json: versions.robot: \"robot\" is not an audience in site.json",
        "articles/alpha.json: versions.patient.answer[1].href: \"javascript:alert(1)\" is not an allowed link",
        "articles/alpha.json: versions.patient.answer[2].cite: cites reference 3, but the article has 1 reference(s)",
        "articles/gamma.json: versions.patient.sections[0].blocks[0]: unknown block \"table\"",
        // beta is an article file, but the index does not list it.
        "articles/gamma.json: related[1]: \"gamma\" is this article itself",
        "articles/gamma.json: related[2]: \"beta\" is not an article in index.json",
        "pages/about.json: slug: \"aboot\" does not match the file name",
        "pages/html.json: can't be read",
    ];
    for w in want {
        assert!(got.iter().any(|g| g.starts_with(w)), "missing {w:?} in {got:#?}");
    }
    assert!(!got.iter().any(|g| g.contains("related[0]")), "alpha is in the index: {got:#?}");
}

#[test]
fn the_editors_command_lists_every_problem_and_fails() {
    let bin = env!("CARGO_BIN_EXE_check-content");
    let out = std::process::Command::new(bin).arg("tests/fixtures/broken-content").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("articles/alpha.json: versions.robot:"), "{stdout}");
    assert!(stdout.contains("22 problems in tests/fixtures/broken-content and 4 warnings"), "{stdout}");
    assert!(stdout.contains("warning: articles/alpha.json: versions: has no version for the audience \"clinician\" (Clinician)"), "{stdout}");
    let ok = std::process::Command::new(bin).arg("public/content").output().unwrap();
    assert_eq!(ok.status.code(), Some(0), "{}", String::from_utf8_lossy(&ok.stdout));
    let usage = std::process::Command::new(bin).output().unwrap();
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn warnings_never_change_the_exit_status() {
    // Our content has a version for every audience; drop one in a copy.
    let root = std::env::temp_dir().join(format!("medanswers-warn-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    fs::create_dir_all(root.join("articles")).unwrap();
    fs::create_dir_all(root.join("pages")).unwrap();
    fs::copy("public/content/site.json", root.join("site.json")).unwrap();
    fs::copy("public/content/pages/editorial-policy.md", root.join("pages/editorial-policy.md")).unwrap();
    let md = read("public/content/articles/spinraza-gene-therapy.md");
    let cut = md.find("\n# student\n").expect("a student version");
    fs::write(root.join("articles/spinraza-gene-therapy.md"), &md[..cut + 1]).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_check-content")).arg(&root).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("warning: articles/spinraza-gene-therapy.md:"), "{stdout}");
    assert!(stdout.contains("has no version for the audience \"student\" (Student)"), "{stdout}");
    assert!(stdout.contains("no problems (1 warning; warnings never block publishing)"), "{stdout}");
}
