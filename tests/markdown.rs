//! Markdown authoring: compiling, every error at its line and column, and
//! the round trip JSON → Markdown → JSON.

use medanswers::content::write::ToJson;
use medanswers::content::{Block, Span, parse_article, parse_page};
use medanswers::markdown::{compile_article, compile_page, export, render_all};
use std::fs;

fn audiences() -> Vec<String> {
    vec!["patient".into(), "clinician".into(), "student".into()]
}

/// The contract's JSON examples, in the contract's order.
fn contract(k: usize) -> String {
    let text = fs::read_to_string("tests/fixtures/contract/content-format.md").unwrap();
    let block = text.split("```json\n").nth(k + 1).unwrap();
    block.split("```").next().unwrap().to_owned()
}

fn same_json(a: &medanswers::content::Json, b: &medanswers::content::Json) -> bool {
    let a: serde_json::Value = serde_json::from_str(&a.to_text()).unwrap();
    let b: serde_json::Value = serde_json::from_str(&b.to_text()).unwrap();
    a == b
}

#[test]
fn the_shipped_json_round_trips_through_markdown() {
    let text = fs::read_to_string("tests/fixtures/markdown/spinraza-gene-therapy.json").unwrap_or_else(|_| contract(1));
    let article = parse_article(&text).unwrap();
    let md = export::article(&article).unwrap();
    fs::write("/tmp/mdt/out.md", &md).unwrap();
    let back = compile_article(&md, &audiences()).unwrap_or_else(|d| panic!("{}", render_all(&d, "x.md", &md).join("\n")));
    assert!(same_json(&article.to_json(), &back.value.to_json()), "{}\n---\n{}", article.to_json().to_text(), back.value.to_json().to_text());
}

#[test]
fn the_contract_examples_round_trip() {
    let article = parse_article(&contract(1)).unwrap();
    let back = compile_article(&export::article(&article).unwrap(), &audiences()).unwrap();
    assert!(same_json(&article.to_json(), &back.value.to_json()));
    let page = parse_page(&contract(2)).unwrap();
    let back = compile_page(&export::page(&page).unwrap()).unwrap();
    assert!(same_json(&page.to_json(), &back.value.to_json()));
}

const GOOD: &str = r#"+++
slug = "x"
question = "Q?"
summary = "S."
updated = 2025-01-02

[review]
status = "submitted"

[[references]]
key = "a2020"
title = "A study"
+++

# patient

The answer.[@a2020]

## Section

Text with **bold**, *em*, [a link](https://example.org) and a [term](term: "its meaning").
"#;

/// The problems for GOOD with `from` replaced by `to`, as file:line:col lines.
fn problems(from: &str, to: &str) -> Vec<String> {
    assert!(GOOD.contains(from), "{from}");
    let text = GOOD.replacen(from, to, 1);
    match compile_article(&text, &audiences()) {
        Ok(_) => Vec::new(),
        Err(d) => render_all(&d, "x.md", &text),
    }
}

#[track_caller]
fn expect(from: &str, to: &str, want: &str) {
    let got = problems(from, to);
    assert!(got.iter().any(|g| g.starts_with(want)), "wanted {want:?} in {got:#?}");
}

#[test]
fn a_good_file_compiles_to_the_contract() {
    let c = compile_article(GOOD, &audiences()).unwrap();
    let v = &c.value.versions[0].1;
    assert_eq!(c.value.versions[0].0, "patient");
    assert_eq!(v.answer, vec![Span::Text("The answer.".into()), Span::Cite(vec![1])]);
    let p = &v.sections[0].blocks[0];
    let Block::P(spans) = p else { panic!("{p:?}") };
    assert!(matches!(&spans[1], Span::Strong(_)));
    assert!(matches!(&spans[3], Span::Em(_)));
    assert!(matches!(&spans[5], Span::Link { href: Some(_), .. }));
    assert!(matches!(&spans[7], Span::Term { def, .. } if def == "its meaning"));
}

#[test]
fn each_error_has_its_line_and_column() {
    let section = "Text with **bold**";
    expect(section, "| a | b |\n|---|---|\n| 1 | 2 |\n\nText with **bold**", "x.md:21:1: tables can't be shown");
    expect(section, "![a picture](p.png)\n\nText with **bold**", "x.md:21:1: images can't be shown");
    expect(section, "Text with <b>bold</b> **bold**", "x.md:21:11: HTML (text is always text) can't be shown");
    expect(section, "<div>block</div>\n\nText with **bold**", "x.md:21:1: HTML (text is always text) can't be shown");
    expect("## Section", "#### Deep", "x.md:19:1: headings deeper than ### are not part of the content format");
    expect(section, "```\ncode\n```\n\nText with **bold**", "x.md:21:1: code can't be shown");
    expect(section, "Text with `code` **bold**", "x.md:21:11: code can't be shown");
    expect("The answer.[@a2020]", "The answer.[@nobody]", "x.md:17:12: [@nobody] cites no reference");
    expect("# patient", "# robot", "x.md:15:1: \"# robot\" is not an audience in site.json");
    expect("updated = 2025-01-02", "updated = \"2025-02-30\"", "x.md:5:1: updated: \"2025-02-30\" is not a real date");
    expect("question = \"Q?\"\n", "", "x.md:2:1: question: is required but missing");
    expect("status = \"submitted\"", "status = \"submitted\"\nnext_reveiw = 2026-01-01", "x.md:9:1: review.next_reveiw: unknown field; did you mean `next_review`?");
    expect("summary = \"S.\"", "summary = \"S.", "x.md:4:14: front matter: invalid basic string");
    expect("The answer.[@a2020]", "The answer.\n\nA second paragraph.", "x.md:19:1: before the first ## section a version has one paragraph");
    expect(section, "- a\n  - nested\n\nText with **bold**", "x.md:22:3: a list item is one paragraph of text");
    expect("https://example.org", "javascript:alert(1)", "x.md:21:27: the link \"javascript:alert(1)\" is not https:");
    expect(section, "> one\n>\n> two\n\nText with **bold**", "x.md:21:1: a quote is one paragraph");
    expect("key = \"a2020\"\n", "", "x.md:10:1: references[0]: needs a key to cite it by");
    expect("[term](term: \"its meaning\")", "[term](term:)", "x.md:21:63: a term needs its definition in quotes");
    expect("+++\nslug", "slug", "x.md:1:1: the file must start with front matter");
    expect("\n# patient", "\n# patient\n\nThe answer.\n\n# patient", "x.md:19:1: the version \"# patient\" is written twice");
    expect("## Section", "---\n\n## Section", "x.md:19:1: horizontal rules can't be shown");
}

#[test]
fn a_slug_written_twice_is_refused_at_publish() {
    let root = std::env::temp_dir().join(format!("medanswers-md-dup-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    let src = root.join("content");
    fs::create_dir_all(src.join("articles")).unwrap();
    fs::create_dir_all(src.join("pages")).unwrap();
    fs::copy("public/content/site.json", src.join("site.json")).unwrap();
    fs::copy("public/content/pages/editorial-policy.md", src.join("pages/editorial-policy.md")).unwrap();
    let article = fs::read_to_string("public/content/articles/spinraza-gene-therapy.md").unwrap();
    fs::write(src.join("articles/spinraza-gene-therapy.md"), &article).unwrap();
    let json = medanswers::content::schema::pretty(&compile_article(&article, &audiences()).unwrap().value.to_json());
    fs::write(src.join("articles/spinraza-gene-therapy.json"), json).unwrap();
    let problems = medanswers::publish::publish(&src, &root.join("out"), &[]).unwrap_err();
    assert!(problems.iter().any(|p| p.starts_with("articles/spinraza-gene-therapy.md: the same slug is also written as articles/spinraza-gene-therapy.json")), "{problems:?}");
}

#[test]
fn the_readmes_example_article_compiles() {
    let readme = fs::read_to_string("README.md").unwrap();
    let after = readme.split("### An article, complete").nth(1).expect("the README has the example");
    let md = after.split("```markdown\n").nth(1).and_then(|b| b.split("\n```").next()).expect("a markdown block");
    let c = compile_article(md, &audiences()).unwrap_or_else(|d| panic!("{}", render_all(&d, "README", md).join("\n")));
    assert_eq!(c.value.versions.len(), 2);
    assert_eq!(c.value.references.len(), 3);
    assert!(c.value.versions[0].1.sections[0].blocks.iter().any(|b| matches!(b, Block::Note(_))));
}

#[test]
fn a_new_article_skeleton_has_every_field_and_a_version_per_audience() {
    let site = medanswers::content::parse_site(&fs::read_to_string("public/content/site.json").unwrap()).unwrap();
    let md = medanswers::publish::skeleton::article("my-question", &site, "2026-11-27");
    for a in &site.audiences {
        assert!(md.contains(&format!("\n# {}\n", a.id)), "a version for {}", a.id);
    }
    // As written it asks for the question and summary; once filled in, it compiles.
    let errors: Vec<String> = compile_article(&md, &audiences()).err().map(|d| render_all(&d, "x.md", &md)).unwrap_or_default();
    assert!(errors.iter().any(|e| e.contains("question: must not be empty")), "{errors:?}");
    let filled = md
        .replacen("question = \"\"", "question = \"How often?\"", 1)
        .replacen("summary = \"\"", "summary = \"Every year.\"", 1)
        .replacen("title = \"\"", "title = \"A study\"", 1);
    let c = compile_article(&filled, &audiences()).unwrap_or_else(|d| panic!("{}", render_all(&d, "x.md", &filled).join("\n")));
    assert_eq!(c.value.versions.len(), site.audiences.len());
}

#[test]
fn site_settings_in_toml_round_trip_and_place_their_problems() {
    use medanswers::markdown::compile_site;
    let site = medanswers::content::parse_site(&contract(0)).unwrap();
    let toml = export::site(&site);
    let back = compile_site(&toml).unwrap_or_else(|d| panic!("{}", render_all(&d, "site.toml", &toml).join("\n")));
    assert!(same_json(&site.to_json(), &back.value.to_json()), "{toml}");
    let ours = medanswers::content::parse_site(&fs::read_to_string("public/content/site.json").unwrap()).unwrap();
    let ours_back = compile_site(&export::site(&ours)).unwrap();
    assert!(same_json(&ours.to_json(), &ours_back.value.to_json()));
    let broken = toml.replacen("default_audience = \"patient\"", "default_audience = \"robot\"", 1);
    let problems: Vec<String> = compile_site(&broken).err().map(|d| render_all(&d, "site.toml", &broken)).unwrap_or_default();
    let line = broken.lines().position(|l| l.starts_with("default_audience")).unwrap() + 1;
    assert!(problems.iter().any(|p| p.starts_with(&format!("site.toml:{line}:1: default_audience: \"robot\" is not one of the audiences"))), "{problems:?}");
}

#[test]
fn a_missing_audience_version_is_placed_at_the_versions() {
    let md = GOOD.to_owned();
    let site_audiences = audiences();
    let c = compile_article(&md, &site_audiences).unwrap();
    let line = md.lines().position(|l| l == "# patient").unwrap() + 1;
    assert_eq!(medanswers::markdown::line_col(&md, c.map.find("versions")), (line, 1));
}
