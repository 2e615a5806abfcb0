//! Property tests: arbitrary JSON and arbitrary strings through the content
//! parser and the pure parts of rendering. Never a panic; every error names
//! where it is.

use medanswers::content::search::{self, Library};
use medanswers::content::{self, Date, ParseError, SafeUrl, parse};
use medanswers::query;
use proptest::prelude::*;

/// Field names the contract uses, so generated objects reach deep into the parser.
const KEYS: &[&str] = &[
    "format", "slug", "question", "summary", "topics", "updated", "review", "status", "history", "date", "reviewers", "name",
    "versions", "patient", "clinician", "answer", "sections", "heading", "blocks", "p", "ul", "ol", "quote", "note", "tone",
    "title", "strong", "em", "cite", "link", "href", "term", "def", "references", "year", "doi", "pmid", "url", "kind",
    "articles", "board", "statement", "audiences", "id", "label", "default_audience", "ask", "endpoint", "disclaimer", "text",
];

fn json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-3i64..3000).prop_map(|n| Value::from(n)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        prop_oneof![
            Just("1".to_owned()),
            Just("2025-11-19".to_owned()),
            Just("approved".to_owned()),
            Just("javascript:alert(1)".to_owned()),
            Just("https://example.org".to_owned()),
            Just("/pages/x".to_owned()),
            Just("info".to_owned()),
            "\\PC{0,12}",
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(serde_json::Value::Array),
            prop::collection::vec((prop::sample::select(KEYS).prop_map(str::to_owned), inner), 0..6).prop_map(|kv| {
                let mut m: serde_json::Map<String, serde_json::Value> = kv.into_iter().collect();
                if m.len() % 2 == 0 {
                    m.insert("format".into(), 1.into());
                }
                serde_json::Value::Object(m)
            }),
        ]
    })
}

/// The same tree, numbers compared by value (serde_json's default float
/// parsing can be off in the last digit, and the two keep numbers differently).
fn same(a: &content::Json, b: &content::Json) -> bool {
    use content::Json;
    let num = |v: &Json| match v {
        Json::Int(n) => Some(*n as f64),
        Json::Number(n) => n.parse::<f64>().ok(),
        _ => None,
    };
    match (a, b) {
        (Json::Array(x), Json::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y)),
        (Json::Object(x), Json::Object(y)) => x.len() == y.len() && x.iter().zip(y).all(|((k, x), (l, y))| k == l && same(x, y)),
        _ => match (num(a), num(b)) {
            (Some(x), Some(y)) => x == y || ((x - y) / x).abs() < 1e-12,
            _ => a == b,
        },
    }
}

/// Our small JSON parser and serde_json agree on `text`: both accept it with
/// the same tree, or both refuse it.
fn parsers_agree(text: &str) {
    let ours = content::json::parse(text);
    let reference = serde_json::from_str::<Reference>(text).map(|r| r.0);
    match (ours, reference) {
        (Ok(a), Ok(b)) => assert!(same(&a, &b), "{text:?}: ours {a:?}, serde_json {b:?}"),
        (Err(_), Err(_)) => {}
        // serde_json refuses numbers beyond f64; we keep them as written.
        (Ok(_), Err(e)) if e.to_string().starts_with("number out of range") => {}
        (a, b) => panic!("disagree on {text:?}: ours {a:?}, serde_json {b:?}"),
    }
}

fn problems_have_paths<T>(r: Result<T, ParseError>) {
    if let Err(ParseError::Invalid(problems)) = r {
        assert!(!problems.is_empty(), "an invalid file names at least one problem");
        for p in problems {
            assert!(!p.path.is_empty(), "no path: {p:?}");
            assert!(!p.message.is_empty());
        }
    }
}

#[test]
fn json_edge_cases_agree_with_serde_json() {
    for text in [
        "-0", "0", "01", "-", "1.", ".5", "1e5", "1E+5", "1e-5", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "18446744073709551616", r#""\ud83d\ude00""#, r#""\ud800""#, r#""\udc00""#, r#""\ud800\u0041""#, r#""\x""#, "\"\t\"", "\"\u{7f}\"",
        r#""\u00e9\/""#, "[1,]", "{\"a\":1,}", "[1 2]", "{\"a\" 1}", "{1:2}", "tru", "nul", "true false", " \n[ ] \t", "\u{feff}[]", "[]\u{0}",
        "{\"a\":{\"a\":1}}", "{\"a\":1,\"a\":1}",
    ] {
        parsers_agree(text);
    }
    assert_eq!(content::json::parse("1e400"), Ok(content::Json::Number("1e400".into())));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_json_never_panics_and_errors_have_paths(v in json()) {
        let text = v.to_string();
        problems_have_paths(content::parse_site(&text));
        problems_have_paths(content::parse_article(&text));
        problems_have_paths(content::parse_page(&text));
        problems_have_paths(content::parse_index(&text));
        problems_have_paths(content::parse_reply(&text));
        let (r, notes) = parse::check_article(&text);
        problems_have_paths(r);
        prop_assert!(notes.iter().all(|n| !n.path.is_empty()));
        let files = vec![("site.json".to_owned(), text.clone()), ("articles/a.json".to_owned(), text.clone()), ("index.json".to_owned(), text)];
        let _ = content::check::folder(&files);
    }

    #[test]
    fn our_json_parser_agrees_with_serde_json(v in json(), cut in 0usize..400, junk in "[\\[\\]{}\",:\\\\a-z0-9.eE+\\- \\n\\t\u{0}-\u{1f}\u{e9}\u{1F600}]{0,12}") {
        let text = serde_json::to_string_pretty(&v).unwrap_or_default();
        parsers_agree(&text);
        // Broken variants: cut short, and with junk spliced in.
        let at = text.char_indices().map(|(i, _)| i).nth(cut).unwrap_or(text.len());
        parsers_agree(&text[..at]);
        parsers_agree(&format!("{}{junk}{}", &text[..at], &text[at..]));
        parsers_agree(&junk);
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
        let _ = content::parse_article(&s);
        let _ = content::parse_reply(&s);
        let _ = Date::parse(&s);
        if let Some(u) = SafeUrl::new(&s) {
            let lower = u.as_str().to_ascii_lowercase();
            prop_assert!(lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:") || (lower.starts_with('/') && !lower.starts_with("//")));
        }
        let _ = query::get_param(&s, "q");
        let _ = query::decode(&s);
        prop_assert_eq!(query::decode(&query::encode(&s)), s.clone());
        let _ = search::fold(&s);
        let _ = search::query_terms(&s);
    }

    #[test]
    fn ranking_any_query_over_any_library_never_panics(q in "\\PC{0,60}", titles in prop::collection::vec("\\PC{0,40}", 0..20)) {
        let entries: Vec<content::IndexEntry> = titles.iter().enumerate().map(|(i, t)| content::IndexEntry {
            slug: content::Slug::try_from(format!("a-{i}").as_str()).unwrap(),
            question: t.clone(),
            summary: t.chars().rev().collect(),
            topics: vec![t.clone()],
            status: content::Status::Approved,
            updated: Date { year: 2025, month: 1, day: 1 },
            note: None,
        }).collect();
        let lib = Library::new(&entries);
        let picks = lib.rank(&q, Some("a-0"), 5);
        prop_assert!(picks.len() <= 5);
        prop_assert!(picks.iter().all(|&i| i < entries.len() && i != 0));
        for e in &entries {
            let _ = search::filter_matches(e, &q);
        }
    }

    #[test]
    fn valid_dates_round_trip(y in 1u16..9999, m in 1u8..=12, d in 1u8..=31) {
        let text = format!("{y:04}-{m:02}-{d:02}");
        if let Ok(date) = Date::parse(&text) {
            prop_assert_eq!(date.to_string(), text);
            let _ = date.long_en("en-US");
        }
    }
}

use content::Json;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// serde_json's reading of a text, as our tree (keys in order, a key
/// written twice refused), to hold our parser to.
struct Reference(Json);

impl<'de> Deserialize<'de> for Reference {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(JsonVisitor).map(Reference)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(i64::try_from(v).map_or_else(|_| Json::Number(v.to_string()), Json::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Number(v.to_string()))
    }
    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(Reference(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut entries: Vec<(String, Json)> = Vec::new();
        while let Some((key, Reference(value))) = map.next_entry::<String, Reference>()? {
            if entries.iter().any(|(k, _)| *k == key) {
                return Err(serde::de::Error::custom(format!("the key \"{key}\" appears twice")));
            }
            entries.push((key, value));
        }
        Ok(Json::Object(entries))
    }
}

