//! JSON Schemas for editors, generated from the model's declarations
//! (native builds only). `tests/schema.rs` checks that the files under
//! `public/content/schema/` are exactly what this writes.

use super::json::Json;
use super::read::FromJson;

/// Named definitions shared within one schema file (`#/$defs/<name>`).
#[derive(Default)]
pub struct Defs {
    defs: Vec<(String, Json)>,
}

/// snake_case for a type name: `IndexEntry` → `index_entry`.
fn def_name(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

impl Defs {
    /// A reference to the definition `name`, made by `make` the first time.
    /// The name is claimed before `make` runs, so a type that contains
    /// itself (a section's sections) refers to itself instead of looping.
    pub fn named(&mut self, name: &str, make: impl FnOnce(&mut Defs) -> Json) -> Json {
        let key = def_name(name);
        if !self.defs.iter().any(|(n, _)| *n == key) {
            self.defs.push((key.clone(), Json::Null));
            let schema = make(self);
            if let Some(slot) = self.defs.iter_mut().find(|(n, _)| *n == key) {
                slot.1 = schema;
            }
        }
        obj(vec![("$ref", Json::Str(format!("#/$defs/{key}")))])
    }
}

/// One declared field, for [`object`].
pub struct Field {
    pub key: &'static str,
    pub required: bool,
    pub schema: Json,
    pub docs: &'static [&'static str],
}

/// Builds a JSON object from pairs.
pub fn obj(entries: Vec<(&str, Json)>) -> Json {
    Json::Object(entries.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

fn strings(items: &[&str]) -> Json {
    Json::Array(items.iter().map(|s| Json::Str((*s).to_owned())).collect())
}

/// Doc comment lines as one description.
fn describe(docs: &[&str]) -> Option<Json> {
    let text = docs.iter().map(|d| d.trim()).collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(Json::Str(text))
}

/// The schema of a declared object; a file also allows `$schema` and
/// requires `"format": 1`.
pub fn object(docs: &[&str], fields: Vec<Field>, file: bool) -> Json {
    let mut required: Vec<&str> = Vec::new();
    let mut props: Vec<(&str, Json)> = Vec::new();
    if file {
        required.push("format");
        props.push(("$schema", obj(vec![("type", Json::Str("string".into()))])));
        props.push(("format", obj(vec![("const", Json::Int(1))])));
    }
    for f in &fields {
        if f.required {
            required.push(f.key);
        }
        let schema = match (describe(f.docs), &f.schema) {
            (Some(d), Json::Object(entries)) => {
                let mut entries = entries.clone();
                entries.push(("description".into(), d));
                Json::Object(entries)
            }
            _ => f.schema.clone(),
        };
        props.push((f.key, schema));
    }
    let mut out = vec![("type", Json::Str("object".into()))];
    out.extend(describe(docs).map(|d| ("description", d)));
    out.push(("required", strings(&required)));
    out.push(("additionalProperties", Json::Bool(false)));
    out.push(("properties", obj(props)));
    obj(out)
}

/// A list of `items`.
pub fn array(items: Json) -> Json {
    obj(vec![("type", Json::Str("array".into())), ("items", items)])
}

/// Text: a non-empty string, at most `MAX_TEXT` bytes.
pub fn text() -> Json {
    obj(vec![("type", Json::Str("string".into())), ("minLength", Json::Int(1)), ("maxLength", Json::Int(super::read::MAX_TEXT as i64))])
}

/// A string matching `pattern`.
pub fn pattern(pattern: &str, description: &str) -> Json {
    obj(vec![
        ("type", Json::Str("string".into())),
        ("pattern", Json::Str(pattern.into())),
        ("description", Json::Str(description.into())),
    ])
}

/// One of `words`.
pub fn words(words: &[&str]) -> Json {
    obj(vec![("enum", strings(words))])
}

/// The whole schema of a file type `T`, with its title.
pub fn file<T: FromJson>(id: &str, title: &str) -> Json {
    let mut defs = Defs::default();
    let root = T::schema(&mut defs);
    let Json::Object(mut entries) = root else { return root };
    let mut head = vec![
        ("$schema".to_owned(), Json::Str("https://json-schema.org/draft/2020-12/schema".into())),
        ("$id".to_owned(), Json::Str(id.into())),
        ("title".to_owned(), Json::Str(title.into())),
    ];
    head.append(&mut entries);
    if !defs.defs.is_empty() {
        head.push(("$defs".into(), Json::Object(defs.defs)));
    }
    Json::Object(head)
}

/// JSON text with two-space indents, for files people read.
pub fn pretty(v: &Json) -> String {
    let mut out = String::new();
    write_pretty(v, 0, &mut out);
    out.push('\n');
    out
}

fn write_pretty(v: &Json, depth: usize, out: &mut String) {
    let pad = |n: usize| "  ".repeat(n);
    match v {
        Json::Array(items) if !items.is_empty() && items.iter().all(|i| !matches!(i, Json::Object(_) | Json::Array(_))) => {
            let inner: Vec<String> = items.iter().map(Json::to_text).collect();
            out.push('[');
            out.push_str(&inner.join(", "));
            out.push(']');
        }
        Json::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                write_pretty(item, depth + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push(']');
        }
        Json::Object(entries) if !entries.is_empty() => {
            out.push_str("{\n");
            for (i, (k, item)) in entries.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                out.push_str(&Json::Str(k.clone()).to_text());
                out.push_str(": ");
                write_pretty(item, depth + 1, out);
                out.push_str(if i + 1 < entries.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push('}');
        }
        other => out.push_str(&other.to_text()),
    }
}
