//! Reading a JSON tree into the content model, from the model's own
//! declarations.
//!
//! Every content type implements [`FromJson`]. Objects are declared once with
//! [`record!`](crate::record) (fields, types, which are required, optional or
//! lists, and their documentation); string enums with
//! [`keywords!`](crate::keywords) (both in `declare.rs`). Reading never stops at the first problem:
//! a value that is wrong is recorded with its JSON path and replaced by its
//! `Default`, so every problem in a file is found in one pass, and the rules
//! that span fields (`rules.rs`) can still run over what was read.

use super::json::Json;
use super::parse::Problem;

/// Where a value sits in its file: built on the stack while reading, and
/// written out as a JSON path (`versions.patient.answer[2]`) only when a
/// problem is recorded.
#[derive(Clone, Copy)]
pub enum At<'a> {
    /// The whole file.
    Root,
    /// A key of an object.
    Key(&'a At<'a>, &'a str),
    /// An item of a list.
    Index(&'a At<'a>, usize),
}

impl<'a> At<'a> {
    /// The value under `key` of the object here.
    pub fn key(&'a self, key: &'a str) -> At<'a> {
        At::Key(self, key)
    }

    /// Item `i` of the list here.
    pub fn index(&'a self, i: usize) -> At<'a> {
        At::Index(self, i)
    }

    /// The JSON path, empty for the whole file.
    pub fn path(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            At::Root => {}
            At::Key(parent, key) => {
                parent.write(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            At::Index(parent, i) => {
                parent.write(out);
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
}

/// What reading found: problems that refuse the file, and notes that the app
/// tolerates but the content check reports (unknown keys, refused links,
/// citations with no reference).
#[derive(Default)]
pub struct Reader {
    pub problems: Vec<Problem>,
    pub notes: Vec<Problem>,
}

impl Reader {
    /// Records a problem at `at`.
    pub fn fail(&mut self, at: &At, message: impl Into<String>) {
        self.problems.push(Problem { path: at.path(), message: message.into() });
    }

    /// Records a note for the content check. The app never shows notes, so
    /// the browser build skips writing them.
    pub fn note(&mut self, at: &At, message: impl FnOnce() -> String) {
        if cfg!(not(target_arch = "wasm32")) {
            self.notes.push(Problem { path: at.path(), message: message() });
        }
    }

    /// The entries of an object, with a note for each key not in `known`.
    pub fn object<'j>(&mut self, v: &'j Json, at: &At, known: &[&str]) -> Option<&'j [(String, Json)]> {
        let Json::Object(entries) = v else {
            self.fail(at, format!("expected an object, found {}", v.kind()));
            return None;
        };
        // Unknown keys are notes for the content check; the app skips them.
        if cfg!(not(target_arch = "wasm32")) {
            for (k, _) in entries {
                if !known.contains(&k.as_str()) {
                    self.note(&at.key(k), || unknown_field(k, known));
                }
            }
        }
        Some(entries)
    }

    /// The items of a list.
    pub fn array<'j>(&mut self, v: &'j Json, at: &At) -> Option<&'j [Json]> {
        match v {
            Json::Array(items) => Some(items),
            other => {
                self.fail(at, format!("expected a list, found {}", other.kind()));
                None
            }
        }
    }
}

/// The message for an unknown key, suggesting a known one a typo away.
fn unknown_field(key: &str, known: &[&str]) -> String {
    let list = known.iter().filter(|k| **k != "$schema").copied().collect::<Vec<_>>().join(", ");
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(near) = known.iter().find(|k| strsim::osa_distance(key, k) == 1) {
        return format!("unknown field; did you mean `{near}`? (expected one of {list})");
    }
    let _ = key;
    format!("unknown field; expected one of {list}")
}

/// A content type that can be read from JSON.
pub trait FromJson: Sized + Default {
    /// Reads `v`, recording every problem in `r`; what could not be read is
    /// `Default`.
    fn read(r: &mut Reader, v: &Json, at: &At) -> Self;

    /// Its JSON Schema (the editors' schemas are generated from these).
    #[cfg(not(target_arch = "wasm32"))]
    fn schema(defs: &mut super::schema::Defs) -> Json;
}

/// The value under `key`, if the object has one that is not `null`.
pub fn present<'j>(entries: &'j [(String, Json)], key: &str) -> Option<&'j Json> {
    entries.iter().find(|(k, _)| k == key).map(|(_, v)| v).filter(|v| !matches!(v, Json::Null))
}

/// A required field (`null` is read, and refused, as a wrong type).
pub fn required<T: FromJson>(r: &mut Reader, entries: &[(String, Json)], key: &str, at: &At) -> T {
    let at = at.key(key);
    match entries.iter().find(|(k, _)| k == key) {
        Some((_, v)) => T::read(r, v, &at),
        None => {
            r.fail(&at, "is required but missing");
            T::default()
        }
    }
}

/// An optional field: missing and `null` both mean absent.
pub fn optional<T: FromJson>(r: &mut Reader, entries: &[(String, Json)], key: &str, at: &At) -> Option<T> {
    present(entries, key).map(|v| T::read(r, v, &at.key(key)))
}

/// A list of items.
impl<T: FromJson> FromJson for Vec<T> {
    fn read(r: &mut Reader, v: &Json, at: &At) -> Self {
        let Some(items) = r.array(v, at) else { return Vec::new() };
        items.iter().enumerate().map(|(i, item)| T::read(r, item, &at.index(i))).collect()
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(defs: &mut super::schema::Defs) -> Json {
        super::schema::array(T::schema(defs))
    }
}

/// The longest text accepted, in bytes: far beyond any real heading or
/// paragraph, and it keeps a runaway file from freezing a phone.
pub const MAX_TEXT: usize = 100_000;

/// True when `s` is at most [`MAX_TEXT`] bytes; else records a problem.
pub fn not_too_long(r: &mut Reader, s: &str, at: &At) -> bool {
    if s.len() > MAX_TEXT {
        r.fail(at, format!("is too long ({} characters; the limit is {MAX_TEXT})", s.chars().count()));
        return false;
    }
    true
}

/// Checks a text's length, recording a problem when it is empty or too long.
pub fn text_ok(r: &mut Reader, s: &str, at: &At) -> bool {
    if s.trim().is_empty() {
        r.fail(at, "must not be empty");
        return false;
    }
    not_too_long(r, s, at)
}

/// Text: not empty, at most [`MAX_TEXT`] bytes.
impl FromJson for String {
    fn read(r: &mut Reader, v: &Json, at: &At) -> Self {
        match v {
            Json::Str(s) if text_ok(r, s, at) => s.clone(),
            Json::Str(_) => String::new(),
            other => {
                r.fail(at, format!("expected text, found {}", other.kind()));
                String::new()
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(defs: &mut super::schema::Defs) -> Json {
        defs.named("text", |_| super::schema::text())
    }
}

/// The text of a string value, or a problem naming what `what` expected.
pub fn string<'j>(r: &mut Reader, v: &'j Json, at: &At, what: &str) -> Option<&'j str> {
    match v {
        Json::Str(s) => Some(s),
        other => {
            r.fail(at, format!("expected {what}, found {}", other.kind()));
            None
        }
    }
}

/// "a, b or c".
pub fn or_list(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}
