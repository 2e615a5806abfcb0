//! Markdown authoring: compiling, every error at its line and column, and
//! the round trip JSON → Markdown → JSON.

use medanswers::content::write::ToJson;
use medanswers::content::{parse_article, parse_page};
use medanswers::markdown::{compile_article, compile_page, export};
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
    let back = compile_article(&md, &audiences()).unwrap_or_else(|d| panic!("{}", d.iter().map(|d| d.render("x.md", &md)).collect::<Vec<_>>().join("\n")));
    assert!(same_json(&article.to_json(), &back.value.to_json()), "{}\n---\n{}", article.to_json().to_text(), back.value.to_json().to_text());
}
