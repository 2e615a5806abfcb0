//! TOML front matter as the contract's JSON tree, remembering where each
//! value was written, so problems found by the model's readers (which speak
//! in JSON paths) can be shown at their line and column.

use super::{Diag, SourceMap};
use crate::content::json::Json;
use std::ops::Range;
use toml::de::{DeTable, DeValue};

/// Splits `+++` TOML front matter from the body. Returns the TOML, its byte
/// offset in the file, and the body with its offset.
pub fn split(text: &str) -> Result<(&str, usize, &str, usize), Diag> {
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_line_end].trim_end() != "+++" {
        return Err(Diag::at(0, "the file must start with front matter: a line +++, the settings in TOML, and another line +++"));
    }
    let rest = &text[first_line_end..];
    let mut offset = first_line_end;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let toml = &text[first_line_end..offset];
            let body_start = offset + line.len();
            return Ok((toml, first_line_end, &text[body_start..], body_start));
        }
        offset += line.len();
    }
    Err(Diag::at(0, "the front matter is not closed: add a line +++ after the settings"))
}

/// Parses TOML into a JSON object, recording each value's span under its
/// JSON path (offset by `base`, the TOML's place in the file).
pub fn parse(toml: &str, base: usize, map: &mut SourceMap) -> Result<Json, Vec<Diag>> {
    let (table, errors) = DeTable::parse_recoverable(toml);
    if !errors.is_empty() {
        return Err(errors
            .iter()
            .map(|e| Diag::at(base + e.span().map_or(0, |s| s.start), &format!("front matter: {}", e.message().trim())))
            .collect());
    }
    let mut diags = Vec::new();
    let out = table_json(table.get_ref(), "", base, map, &mut diags);
    if diags.is_empty() { Ok(out) } else { Err(diags) }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") }
}

fn table_json(t: &DeTable, path: &str, base: usize, map: &mut SourceMap, diags: &mut Vec<Diag>) -> Json {
    let mut entries = Vec::new();
    for (k, v) in t.iter() {
        let key: &str = k.get_ref();
        let p = join(path, key);
        map.record(&p, base + k.span().start);
        entries.push((key.to_owned(), value_json(v.get_ref(), v.span(), &p, base, map, diags)));
    }
    Json::Object(entries)
}

fn value_json(v: &DeValue, span: Range<usize>, path: &str, base: usize, map: &mut SourceMap, diags: &mut Vec<Diag>) -> Json {
    map.record(path, base + span.start);
    match v {
        DeValue::String(s) => Json::Str(s.to_string()),
        DeValue::Integer(i) => match i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()) {
            Ok(n) => Json::Int(n),
            Err(_) => {
                diags.push(Diag::at(base + span.start, &format!("{path}: {} is not a whole number this site can use", i.as_str())));
                Json::Null
            }
        },
        DeValue::Float(f) => Json::Number(f.as_str().to_owned()),
        DeValue::Boolean(b) => Json::Bool(*b),
        // A TOML date (2025-11-19) is the contract's ISO date text.
        DeValue::Datetime(d) => Json::Str(d.to_string()),
        DeValue::Array(items) => Json::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, item)| value_json(item.get_ref(), item.span(), &format!("{path}[{i}]"), base, map, diags))
                .collect(),
        ),
        DeValue::Table(t) => table_json(t, path, base, map, diags),
    }
}

/// Takes each reference's `key` out of the front matter's `references`,
/// returning the keys in order (reference n has key n-1).
pub fn take_reference_keys(fields: &mut [(String, Json)], map: &SourceMap, diags: &mut Vec<Diag>) -> Vec<String> {
    let Some((_, Json::Array(refs))) = fields.iter_mut().find(|(k, _)| k == "references") else { return Vec::new() };
    let mut keys: Vec<String> = Vec::new();
    for (i, r) in refs.iter_mut().enumerate() {
        let at = map.find(&format!("references[{i}]"));
        let key = match r {
            Json::Object(entries) => match entries.iter().position(|(k, _)| k == "key") {
                Some(p) => match entries.remove(p).1 {
                    Json::Str(s) if s.chars().any(|c| c.is_ascii_alphabetic()) && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_:.".contains(c)) => s,
                    _ => {
                        diags.push(Diag::at(map.find(&format!("references[{i}].key")), "a reference key is letters (at least one), digits, - _ : or ., e.g. key = \"finkel2017\""));
                        String::new()
                    }
                },
                None => {
                    diags.push(Diag::at(at, &format!("references[{i}]: needs a key to cite it by, e.g. key = \"finkel2017\"")));
                    String::new()
                }
            },
            _ => String::new(),
        };
        if !key.is_empty() && keys.contains(&key) {
            diags.push(Diag::at(map.find(&format!("references[{i}].key")), &format!("the reference key \"{key}\" is used twice")));
        }
        keys.push(key);
    }
    keys
}

/// Moves `[disclaimers.<audience>]` from the front matter into the versions.
pub fn attach_disclaimers(versions: &mut [(String, Json)], disclaimers: Vec<(String, Json)>, map: &SourceMap, diags: &mut Vec<Diag>) {
    for (id, d) in disclaimers {
        match versions.iter_mut().find(|(v, _)| *v == id) {
            Some((_, Json::Object(entries))) => entries.push(("disclaimer".into(), d)),
            _ => diags.push(Diag::at(map.find(&format!("disclaimers.{id}")), &format!("disclaimers.{id}: there is no \"# {id}\" version in this article"))),
        }
    }
}
