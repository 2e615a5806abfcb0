//! The JSON Schemas editors point their editors at (public/content/schema/)
//! are kept in step with the Rust model: same fields on every object, same
//! enums, and the same verdict on good and broken files.
//!
//! The validator here covers the keywords those schemas use; a keyword it
//! does not know fails the test, so the schemas cannot drift past it.

use medanswers::content::parse;
use medanswers::content::is_slug;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;

const SLUG_PATTERN: &str = "^[a-z0-9-]{1,100}$";
const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
const DOI_PATTERN: &str = "^10\\.";

struct Schemas(BTreeMap<String, Value>);

impl Schemas {
    fn load() -> Schemas {
        let mut map = BTreeMap::new();
        for name in ["site", "article", "page", "index"] {
            let file = format!("{name}.schema.json");
            let text = fs::read_to_string(format!("public/content/schema/{file}")).unwrap();
            map.insert(file, serde_json::from_str(&text).unwrap());
        }
        Schemas(map)
    }

    fn resolve(&self, file: &str, reference: &str) -> (String, &Value) {
        let (target, pointer) = reference.split_once('#').unwrap_or((reference, ""));
        let file = if target.is_empty() { file.to_owned() } else { target.to_owned() };
        let root = self.0.get(&file).unwrap_or_else(|| panic!("unknown schema {file}"));
        (file.clone(), root.pointer(pointer).unwrap_or_else(|| panic!("no {pointer} in {file}")))
    }

    /// Problems with `v` against `schema` (in `file`), each with its JSON path.
    fn check(&self, file: &str, schema: &Value, v: &Value, path: &str, out: &mut Vec<String>) {
        let obj = schema.as_object().expect("schema object");
        for key in obj.keys() {
            let known = [
                "$schema", "$id", "$defs", "title", "description", "type", "required", "additionalProperties", "properties",
                "items", "minItems", "minLength", "enum", "const", "oneOf", "$ref", "minimum", "maximum", "minProperties",
                "propertyNames", "pattern", "maxLength", "default",
            ];
            assert!(known.contains(&key.as_str()), "the test validator does not know the keyword {key}");
        }
        let fail = |out: &mut Vec<String>, msg: String| out.push(format!("{path}: {msg}"));
        if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
            let (f, s) = self.resolve(file, r);
            self.check(&f, s, v, path, out);
            return;
        }
        if let Some(t) = obj.get("type") {
            let types: Vec<&str> = match t {
                Value::String(s) => vec![s.as_str()],
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                _ => panic!("bad type"),
            };
            let ok = types.iter().any(|t| match *t {
                "string" => v.is_string(),
                "object" => v.is_object(),
                "array" => v.is_array(),
                "integer" => v.is_i64() || v.is_u64(),
                "null" => v.is_null(),
                other => panic!("type {other}"),
            });
            if !ok {
                return fail(out, format!("expected {types:?}"));
            }
        }
        if let Some(c) = obj.get("const") {
            if c != v {
                fail(out, format!("expected {c}"));
            }
        }
        if let Some(Value::Array(options)) = obj.get("enum") {
            if !options.contains(v) {
                fail(out, format!("{v} is not one of {options:?}"));
            }
        }
        if let Some(s) = v.as_str() {
            if let Some(n) = obj.get("minLength").and_then(Value::as_u64) {
                if (s.chars().count() as u64) < n {
                    fail(out, "too short".into());
                }
            }
            if let Some(n) = obj.get("maxLength").and_then(Value::as_u64) {
                if (s.chars().count() as u64) > n {
                    fail(out, "too long".into());
                }
            }
            if let Some(p) = obj.get("pattern").and_then(Value::as_str) {
                let ok = match p {
                    SLUG_PATTERN => is_slug(s),
                    // The shape only; whether the day exists is the parser's check.
                    DATE_PATTERN => {
                        s.len() == 10 && s.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
                    }
                    DOI_PATTERN => s.starts_with("10."),
                    other => panic!("the test validator does not know the pattern {other}"),
                };
                if !ok {
                    fail(out, format!("{s:?} does not match {p}"));
                }
            }
        }
        if let Some(n) = v.as_i64() {
            if obj.get("minimum").and_then(Value::as_i64).is_some_and(|m| n < m) || obj.get("maximum").and_then(Value::as_i64).is_some_and(|m| n > m) {
                fail(out, format!("{n} is out of range"));
            }
        }
        if let Some(items) = v.as_array() {
            if obj.get("minItems").and_then(Value::as_u64).is_some_and(|m| (items.len() as u64) < m) {
                fail(out, "too few items".into());
            }
            if let Some(item_schema) = obj.get("items") {
                for (i, item) in items.iter().enumerate() {
                    self.check(file, item_schema, item, &format!("{path}[{i}]"), out);
                }
            }
        }
        if let Some(map) = v.as_object() {
            if let Some(Value::Array(req)) = obj.get("required") {
                for r in req.iter().filter_map(Value::as_str) {
                    if !map.contains_key(r) {
                        fail(out, format!("{r} is required"));
                    }
                }
            }
            if obj.get("minProperties").and_then(Value::as_u64).is_some_and(|m| (map.len() as u64) < m) {
                fail(out, "too few properties".into());
            }
            let props = obj.get("properties").and_then(Value::as_object);
            for (k, val) in map {
                let p = format!("{path}.{k}");
                if let Some(names) = obj.get("propertyNames") {
                    self.check(file, names, &Value::String(k.clone()), &p, out);
                }
                match (props.and_then(|ps| ps.get(k)), obj.get("additionalProperties")) {
                    (Some(s), _) => self.check(file, s, val, &p, out),
                    (None, Some(Value::Bool(false))) => out.push(format!("{p}: unknown field")),
                    (None, Some(s @ Value::Object(_))) => self.check(file, s, val, &p, out),
                    _ => {}
                }
            }
        }
        if let Some(Value::Array(options)) = obj.get("oneOf") {
            let passing = options
                .iter()
                .filter(|o| {
                    let mut sub = Vec::new();
                    self.check(file, o, v, path, &mut sub);
                    sub.is_empty()
                })
                .count();
            if passing != 1 {
                out.push(format!("{path}: matches {passing} of the allowed forms, not exactly one"));
            }
        }
    }

    fn validate(&self, file: &str, text: &str) -> Vec<String> {
        let v: Value = serde_json::from_str(text).unwrap();
        let mut out = Vec::new();
        let root = &self.0[file];
        self.check(file, root, &v, "", &mut out);
        out
    }
}

/// The schema files as the model's declarations generate them.
fn generated() -> Vec<(&'static str, String)> {
    use medanswers::content::model::{Article, Index, Page, Site};
    use medanswers::content::schema::{file, pretty};
    vec![
        ("site.schema.json", pretty(&file::<Site>("site.schema.json", "Site (site.json), content format 1"))),
        ("article.schema.json", pretty(&file::<Article>("article.schema.json", "Article (articles/<slug>.json), content format 1"))),
        ("page.schema.json", pretty(&file::<Page>("page.schema.json", "Page (pages/<slug>.json), content format 1"))),
        ("index.schema.json", pretty(&file::<Index>("index.schema.json", "Index (index.json), content format 1"))),
    ]
}

/// The committed schemas are exactly what the declarations generate: every
/// declared field is in them with its type, and nothing else is. Run with
/// `UPDATE_SCHEMAS=1` to write them after changing the model.
#[test]
fn schemas_are_generated_from_the_model() {
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    for (name, text) in generated() {
        let path = format!("public/content/schema/{name}");
        if update {
            fs::write(&path, &text).unwrap();
        }
        let committed = fs::read_to_string(&path).unwrap_or_default();
        assert!(committed == text, "{path} is not what the model generates; run `UPDATE_SCHEMAS=1 cargo test --test schema`");
    }
}

#[test]
fn schema_objects_have_the_models_fields() {
    let s = Schemas::load();
    let at = |file: &str, pointer: &str| s.0[file].pointer(pointer).unwrap_or_else(|| panic!("{file}#{pointer}")).clone();
    let names = |v: &Value| -> Vec<String> {
        let mut n: Vec<String> = v["properties"].as_object().unwrap().keys().cloned().collect();
        n.sort();
        n
    };
    let sorted = |f: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = f.iter().map(|s| s.to_string()).collect();
        v.sort();
        v
    };
    use medanswers::content::model::*;
    let cases: Vec<(&str, &str, &[&str])> = vec![
        ("site.schema.json", "", Site::FIELDS),
        ("site.schema.json", "/$defs/board", Board::FIELDS),
        ("site.schema.json", "/$defs/audience", Audience::FIELDS),
        ("site.schema.json", "/$defs/service", Service::FIELDS),
        ("article.schema.json", "/$defs/disclaimer", Disclaimer::FIELDS),
        ("article.schema.json", "", Article::FIELDS),
        ("article.schema.json", "/$defs/review", Review::FIELDS),
        ("article.schema.json", "/$defs/history_entry", HistoryEntry::FIELDS),
        ("article.schema.json", "/$defs/reviewer", Reviewer::FIELDS),
        ("article.schema.json", "/$defs/version", Version::FIELDS),
        ("article.schema.json", "/$defs/section", Section::FIELDS),
        ("article.schema.json", "/$defs/note", Note::FIELDS),
        ("article.schema.json", "/$defs/reference", Reference::FIELDS),
        ("page.schema.json", "", Page::FIELDS),
        ("index.schema.json", "", Index::FIELDS),
        ("index.schema.json", "/$defs/index_entry", IndexEntry::FIELDS),
    ];
    for (file, pointer, want) in cases {
        assert_eq!(names(&at(file, pointer)), sorted(want), "{file}#{pointer}");
    }
    let enum_of = |pointer: &str| -> Vec<String> {
        let mut v: Vec<String> = at("article.schema.json", pointer).as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_owned()).collect();
        v.sort();
        v
    };
    assert_eq!(enum_of("/$defs/status/enum"), sorted(&Status::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>()));
    let kinds: Vec<&str> = enum_of("/$defs/kind/enum").iter().map(|k| EvidenceKind::parse(k).map(|e| e.as_str()).unwrap_or("?")).collect::<Vec<_>>();
    assert!(!kinds.contains(&"?"), "every kind in the schema is one the model knows");
    assert_eq!(kinds.len(), 7);
    let blocks: Vec<String> = at("article.schema.json", "/$defs/block/oneOf").as_array().unwrap().iter().map(|b| b["required"][0].as_str().unwrap().to_owned()).collect();
    assert_eq!(blocks, ["p", "ul", "ol", "quote", "note"]);
    let spans: Vec<String> = at("article.schema.json", "/$defs/span/oneOf").as_array().unwrap().iter().map(|b| b["required"][0].as_str().unwrap().to_owned()).collect();
    assert_eq!(spans, ["strong", "em", "cite", "link", "term"]);
}

/// Every content file we ship or test with, with the schema it answers to.
fn good_files() -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    // Our content as publish writes it: Markdown compiled, index.json generated.
    let medanswers::publish::Prepared { files, problems, .. } = medanswers::publish::prepare(std::path::Path::new("public/content"), false, None);
    assert!(problems.is_empty(), "{problems:?}");
    for (file, text) in files {
        let schema = match file.split('/').next() {
            Some("articles") => "article",
            Some("pages") => "page",
            _ if file == "site.json" || file == "index.json" => file.trim_end_matches(".json"),
            _ => continue,
        };
        out.push((format!("{schema}.schema.json"), format!("published {file}"), text));
    }
    for root in ["tests/fixtures/markdown", "tests/fixtures/site/content"] {
        for (sub, schema) in [("", "site"), ("", "index"), ("articles", "article"), ("pages", "page")] {
            let dir = format!("{root}/{sub}");
            let Ok(entries) = fs::read_dir(&dir) else { continue };
            for e in entries {
                let p = e.unwrap().path();
                let name = p.file_name().unwrap().to_string_lossy().to_string();
                let wanted = if sub.is_empty() { name == format!("{schema}.json") } else { name.ends_with(".json") };
                if wanted && p.is_file() {
                    out.push((format!("{schema}.schema.json"), p.display().to_string(), fs::read_to_string(&p).unwrap()));
                }
            }
        }
    }
    out
}

#[test]
fn schema_and_parser_agree_on_every_file() {
    let s = Schemas::load();
    let mut seen = 0;
    for (schema, path, text) in good_files() {
        if serde_json::from_str::<Value>(&text).is_err() {
            continue; // not JSON: no schema applies (the parser says so itself)
        }
        let schema_ok = s.validate(&schema, &text).is_empty();
        let parser_ok = match schema.as_str() {
            "site.schema.json" => matches!(parse::check_site(&text), (Ok(_), ref n) if n.is_empty()),
            "index.schema.json" => matches!(parse::check_index(&text), (Ok(_), ref n) if n.is_empty()),
            "article.schema.json" => {
                // Link schemes, citation numbers and whether a date exists are
                // checked by the parser only.
                let parser_only = |m: &str| m.contains("not an allowed link") || m.contains("cites reference") || m.contains("is not a real date");
                match parse::check_article(&text) {
                    (Ok(_), notes) => notes.iter().all(|n| parser_only(&n.message)),
                    (Err(parse::ParseError::Invalid(p)), notes) => p.iter().chain(&notes).all(|n| parser_only(&n.message)),
                    _ => false,
                }
            }
            _ => matches!(parse::check_page(&text), (Ok(_), ref n) if n.is_empty()),
        };
        assert_eq!(schema_ok, parser_ok, "{path}: schema says {:?}", s.validate(&schema, &text));
        seen += 1;
    }
    assert!(seen >= 10, "{seen}");
}

#[test]
fn schema_rejects_what_the_parser_rejects() {
    let s = Schemas::load();
    let base: Value = serde_json::from_str(&fs::read_to_string("tests/fixtures/markdown/spinraza-gene-therapy.json").unwrap()).unwrap();
    let edits: Vec<(&str, Box<dyn Fn(&mut Value)>)> = vec![
        ("missing question", Box::new(|v| { v.as_object_mut().unwrap().remove("question"); })),
        ("bad slug", Box::new(|v| v["slug"] = "Bad Slug".into())),
        ("bad status", Box::new(|v| v["review"]["status"] = "done".into())),
        ("format 2", Box::new(|v| v["format"] = 2.into())),
        ("unknown block", Box::new(|v| v["versions"]["patient"]["sections"][0]["blocks"][0] = serde_json::json!({"table": []}))),
        ("two-key block", Box::new(|v| v["versions"]["patient"]["sections"][0]["blocks"][0] = serde_json::json!({"p": "a", "ul": []}))),
        ("unknown span", Box::new(|v| v["versions"]["patient"]["answer"][1] = serde_json::json!({"bold": "x"}))),
        ("link without href", Box::new(|v| v["versions"]["patient"]["answer"][1] = serde_json::json!({"link": "x"}))),
        ("cite zero", Box::new(|v| v["versions"]["patient"]["answer"][1] = serde_json::json!({"cite": [0]}))),
        ("empty versions", Box::new(|v| v["versions"] = serde_json::json!({}))),
        ("bad tone", Box::new(|v| v["versions"]["patient"]["sections"][2]["blocks"][3]["note"]["tone"] = "loud".into())),
        ("bad kind", Box::new(|v| v["references"][0]["kind"] = "rumour".into())),
        ("year as text", Box::new(|v| v["references"][0]["year"] = "2017".into())),
        ("unknown field", Box::new(|v| v["review"]["next_reveiw"] = "2026-01-01".into())),
        ("date shape", Box::new(|v| v["updated"] = "19/11/2025".into())),
        ("empty question", Box::new(|v| v["question"] = "".into())),
    ];
    for (what, edit) in edits {
        let mut v = base.clone();
        edit(&mut v);
        let text = v.to_string();
        assert!(!s.validate("article.schema.json", &text).is_empty(), "schema accepts {what}");
        let (r, notes) = parse::check_article(&text);
        assert!(r.is_err() || !notes.is_empty(), "parser accepts {what}");
    }
}
