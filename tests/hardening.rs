//! Findings of the security review, each held by a test that failed before
//! its fix (see the README's Security section).

use medanswers::content::search::{self, Library};
use medanswers::content::{self, parse_article, parse_site};
use std::sync::mpsc;
use std::time::Duration;

/// Runs `f` on its own thread; `None` if it takes longer than `limit`
/// (a quadratic step takes minutes where a linear one takes milliseconds,
/// so the margin is far beyond a noisy machine's).
fn within<T: Send + 'static>(limit: Duration, f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(limit).ok()
}

#[test]
fn an_object_with_200000_keys_is_read_in_linear_time() {
    let mut text = String::from("{\"format\": 1");
    for i in 0..200_000 {
        text.push_str(&format!(", \"k{i}\": {i}"));
    }
    let dup = format!("{text}, \"k7\": 0}}");
    text.push('}');
    let ok = within(Duration::from_secs(30), move || content::json::parse(&text).is_ok());
    assert_eq!(ok, Some(true), "200,000 distinct keys read (quadratically this took minutes)");
    let err = within(Duration::from_secs(30), move || content::json::parse(&dup).err());
    assert!(err.flatten().is_some_and(|e| e.contains("the key \"k7\" appears twice")));
}

#[test]
fn inline_text_has_the_same_limit_as_every_text_field() {
    let article = std::fs::read_to_string("tests/fixtures/markdown/spinraza-gene-therapy.json").unwrap();
    let long = "a".repeat(content::read::MAX_TEXT + 1);
    let text = article.replacen("\"Plain-language", &format!("\"{long}"), 1);
    let text = if text == article {
        // Put it in the first paragraph of the first section instead.
        let at = article.find("\"p\": \"").expect("a paragraph");
        format!("{}\"p\": \"{long}{}", &article[..at], &article[at + 6..])
    } else {
        text
    };
    let e = parse_article(&text).unwrap_err().to_string();
    assert!(e.contains(".p: is too long (") && e.contains("the limit is 100000)"), "{e}");
}

#[test]
fn a_query_of_any_length_is_cut_to_32_words_and_never_overflows_the_ranking() {
    let words: Vec<String> = (0..70_000).map(|_| "gene".to_owned()).collect();
    let query = words.join(" ");
    assert!(search::query_words(&query).len() <= search::MAX_QUERY_WORDS);
    assert!(search::query_terms(&query).len() <= search::MAX_QUERY_WORDS);
    let index = content::parse_index(r#"{"format": 1, "articles": [{"slug": "a", "question": "Is it a gene therapy?", "summary": "gene", "status": "approved", "updated": "2025-01-01"}]}"#).unwrap();
    let lib = Library::new(&index.articles);
    assert_eq!(lib.rank(&query, None, 5), vec![0]);
}

#[test]
fn endpoints_that_would_break_out_of_the_csp_are_refused() {
    let site = std::fs::read_to_string("public/content/site.json").unwrap();
    for bad in [r#"https://answers.example\"/ask"#, "https://answers.example'/ask", "https://a b.example/ask", "https://answers.example/a<b", "javascript:alert(1)", "//evil.example/ask"] {
        let text = site.replacen("\"default_audience\"", &format!("\"ask\": {{\"endpoint\": \"{bad}\"}}, \"default_audience\""), 1);
        let e = parse_site(&text).unwrap_err().to_string();
        assert!(e.starts_with("ask.endpoint: "), "{bad}: {e}");
    }
}

#[test]
fn one_broken_index_entry_leaves_the_rest_of_the_library() {
    let text = r#"{"format": 1, "articles": [
        {"slug": "a", "question": "A?", "summary": "a", "status": "approved", "updated": "2025-01-01"},
        {"slug": "b", "question": "B?", "summary": "b", "status": "done", "updated": "2025-02-30"},
        {"slug": "c", "question": "C?", "summary": "c", "status": "approved", "updated": "2025-01-03"}]}"#;
    assert!(content::parse_index(text).is_err(), "the contract's verdict: broken");
    let library = content::parse::parse_library(text).unwrap();
    let slugs: Vec<&str> = library.articles.iter().map(|e| e.slug.as_str()).collect();
    assert_eq!(slugs, ["a", "c"]);
    // Outside the entries, the file is still refused.
    assert!(content::parse::parse_library(r#"{"format": 1, "articles": 3}"#).is_err());
}
