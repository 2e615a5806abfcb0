//! Reading the two irregular shapes of the contract: blocks (objects with
//! exactly one key) and inline text (a string, or a list of strings and
//! spans).

use super::date::clip;
use super::json::Json;
use super::model::{Block, Inline, Note, Span};
use super::read::{At, FromJson, Reader, not_too_long};
#[cfg(not(target_arch = "wasm32"))]
use super::schema::{self, Defs, obj};
use super::url::SafeUrl;
use super::values::describe;

impl FromJson for Block {
    fn read(r: &mut Reader, v: &Json, at: &At) -> Self {
        let Json::Object(entries) = v else {
            r.fail(at, format!("expected an object, found {}", v.kind()));
            return Block::default();
        };
        let [(key, value)] = entries.as_slice() else {
            let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
            r.fail(at, format!("a block has exactly one key, found {} ({})", keys.len(), keys.join(", ")));
            return Block::default();
        };
        let here = at.key(key);
        match &**key {
            "p" => Block::P(Inline::read(r, value, &here)),
            "quote" => Block::Quote(Inline::read(r, value, &here)),
            "ul" => Block::Ul(Vec::read(r, value, &here)),
            "ol" => Block::Ol(Vec::read(r, value, &here)),
            "note" => Block::Note(Note::read(r, value, &here)),
            other => {
                r.fail(at, format!("unknown block \"{}\"; expected p, ul, ol, quote or note", clip(other)));
                Block::default()
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(defs: &mut Defs) -> Json {
        defs.named("Block", |defs| {
            let inline = Inline::schema(defs);
            let forms = [
                ("p", inline.clone()),
                ("ul", schema::array(inline.clone())),
                ("ol", schema::array(inline.clone())),
                ("quote", inline),
                ("note", Note::schema(defs)),
            ];
            let forms = forms.into_iter().map(|(k, s)| one_key(&[(k, s)])).collect();
            obj(vec![("description", Json::Str("An object with exactly one key".into())), ("oneOf", Json::Array(forms))])
        })
    }
}

/// A schema for an object with exactly these keys.
#[cfg(not(target_arch = "wasm32"))]
fn one_key(props: &[(&str, Json)]) -> Json {
    let required = props.iter().map(|(k, _)| Json::Str((*k).to_owned())).collect();
    obj(vec![
        ("type", Json::Str("object".into())),
        ("required", Json::Array(required)),
        ("additionalProperties", Json::Bool(false)),
        ("properties", obj(props.to_vec())),
    ])
}

/// A run of inline text, refused beyond `read::MAX_TEXT` as every text field is.
fn text_span(r: &mut Reader, s: &str, at: &At) -> Span {
    if not_too_long(r, s, at) { Span::Text(s.to_owned()) } else { Span::default() }
}

impl FromJson for Inline {
    fn read(r: &mut Reader, v: &Json, at: &At) -> Self {
        match v {
            Json::Str(s) => vec![text_span(r, s, at)],
            Json::Array(items) => items.iter().enumerate().map(|(i, item)| span(r, item, &at.index(i))).collect(),
            other => {
                r.fail(at, format!("expected text (a string, or a list of strings and spans), found {}", other.kind()));
                Vec::new()
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(defs: &mut Defs) -> Json {
        defs.named("Inline", |defs| {
            let text = obj(vec![("type", Json::Str("string".into())), ("maxLength", Json::Int(super::read::MAX_TEXT as i64))]);
            // Inline text inside spans: a reference to itself (claimed above).
            let inline = defs.named("Inline", |_| Json::Null);
            let def = String::schema(defs);
            let spans = vec![
                one_key(&[("strong", inline.clone())]),
                one_key(&[("em", inline.clone())]),
                one_key(&[("cite", obj(vec![
                    ("type", Json::Str("array".into())),
                    ("minItems", Json::Int(1)),
                    ("items", obj(vec![("type", Json::Str("integer".into())), ("minimum", Json::Int(1))])),
                ]))]),
                one_key(&[("link", inline.clone()), ("href", obj(vec![("type", Json::Str("string".into()))]))]),
                one_key(&[("term", inline), ("def", def)]),
            ];
            let span = defs.named("Span", |_| obj(vec![("oneOf", Json::Array(spans))]));
            let item = obj(vec![("oneOf", Json::Array(vec![text.clone(), span]))]);
            obj(vec![
                ("description", Json::Str("A string, or a list of strings and spans".into())),
                ("oneOf", Json::Array(vec![text, schema::array(item)])),
            ])
        })
    }
}

fn span(r: &mut Reader, v: &Json, at: &At) -> Span {
    let entries = match v {
        Json::Str(s) => return text_span(r, s, at),
        Json::Object(e) => e,
        other => {
            r.fail(at, format!("expected text or a span, found {}", other.kind()));
            return Span::default();
        }
    };
    let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
    let only = |want: &[&str]| keys.len() == want.len() && want.iter().all(|w| keys.contains(w));
    let get = |k: &str| entries.iter().find(|(key, _)| key == k).map(|(_, v)| v).unwrap_or(&Json::Null);
    if only(&["strong"]) {
        Span::Strong(Inline::read(r, get("strong"), &at.key("strong")))
    } else if only(&["em"]) {
        Span::Em(Inline::read(r, get("em"), &at.key("em")))
    } else if only(&["cite"]) {
        let here = at.key("cite");
        let Some(items) = r.array(get("cite"), &here) else { return Span::default() };
        if items.is_empty() {
            r.fail(&here, "lists no reference numbers");
        }
        let mut nums = Vec::new();
        for (i, n) in items.iter().enumerate() {
            match n {
                Json::Int(n) if (1..=i64::from(u32::MAX)).contains(n) => nums.push(*n as u32),
                other => r.fail(&here.index(i), format!("expected a reference number (1 or more), found {}", describe(other))),
            }
        }
        Span::Cite(nums)
    } else if only(&["link", "href"]) {
        let text = Inline::read(r, get("link"), &at.key("link"));
        let here = at.key("href");
        let raw = String::read(r, get("href"), &here);
        let href = SafeUrl::new(&raw);
        if href.is_none() && !raw.is_empty() {
            r.note(&here, || {
                format!("\"{}\" is not an allowed link (https:, http:, mailto: or a path starting with /); readers see plain text", clip(&raw))
            });
        }
        Span::Link { text, href }
    } else if only(&["term", "def"]) {
        let text = Inline::read(r, get("term"), &at.key("term"));
        let def = String::read(r, get("def"), &at.key("def"));
        Span::Term { text, def }
    } else {
        let keys: Vec<String> = keys.iter().map(|k| clip(k)).collect();
        r.fail(at, format!("unknown span with keys ({}); expected strong, em, cite, link with href, or term with def", keys.join(", ")));
        Span::default()
    }
}
