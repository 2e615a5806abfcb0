//! Reading a JSON tree into the content model, from the model's own
//! declarations.
//!
//! Every content type implements [`FromJson`]. Objects are declared once with
//! [`record!`](crate::record) (fields, types, which are required, optional or
//! lists, and their documentation); string enums with
//! [`keywords!`](crate::keywords). Reading never stops at the first problem:
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

/// Checks a text's length, recording a problem when it is empty or too long.
pub fn text_ok(r: &mut Reader, s: &str, at: &At) -> bool {
    if s.trim().is_empty() {
        r.fail(at, "must not be empty");
        false
    } else if s.len() > MAX_TEXT {
        r.fail(at, format!("is too long ({} characters; the limit is {MAX_TEXT})", s.chars().count()));
        false
    } else {
        true
    }
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
        defs.reference("text", || super::schema::text())
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

/// Declares a content object once: its Rust struct, how it is read from
/// JSON, the keys it allows and its JSON Schema all follow from this.
///
/// Each field is `name: mode Type`, where mode is `req` (required), `opt`
/// (optional: `Option<Type>`), `list` (an optional list: `Vec<Type>`, empty
/// when absent) or `or` with `= default` (optional, with a default). The
/// JSON key is the field's name. `/// docs` on a field become its
/// description in the schema. `file` marks a top-level file, which also
/// carries `"format": 1` and may carry `"$schema"`.
#[macro_export]
macro_rules! record {
    (@impl [$($extra:literal),*] $file:literal;
        $(#[doc = $doc:literal])*
        $vis:vis struct $name:ident {
            $( $(#[doc = $fdoc:literal])* $field:ident : $mode:ident $ty:ty $(= $default:expr)? ),* $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, PartialEq, Default)]
        $vis struct $name {
            $( $(#[doc = $fdoc])* pub $field: $crate::record!(@type $mode $ty), )*
        }

        impl $name {
            /// The JSON keys this object allows.
            pub const FIELDS: &'static [&'static str] = &[$($extra,)* $(stringify!($field)),*];
        }

        impl $crate::content::read::FromJson for $name {
            fn read(r: &mut $crate::content::read::Reader, v: &$crate::content::json::Json, at: &$crate::content::read::At) -> Self {
                let Some(entries) = r.object(v, at, Self::FIELDS) else { return Self::default() };
                Self { $( $field: $crate::record!(@read $mode $ty, r, entries, stringify!($field), at $(, $default)?), )* }
            }

            #[cfg(not(target_arch = "wasm32"))]
            fn schema(defs: &mut $crate::content::schema::Defs) -> $crate::content::json::Json {
                let docs: &[&str] = &[$($doc),*];
                let name = stringify!($name);
                if !$file && defs.has(name) {
                    return defs.ref_to(name);
                }
                if !$file {
                    defs.reserve(name);
                }
                let fields = vec![$( $crate::record!(@schema $mode $ty, defs, stringify!($field), [$($fdoc),*]) ),*];
                let schema = $crate::content::schema::object(docs, fields, $file);
                if $file {
                    return schema;
                }
                defs.define(name, schema);
                defs.ref_to(name)
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl $crate::content::write::ToJson for $name {
            fn to_json(&self) -> $crate::content::json::Json {
                let mut out: Vec<(String, $crate::content::json::Json)> = Vec::new();
                if $file {
                    out.push(("format".into(), $crate::content::json::Json::Int(1)));
                }
                $( $crate::record!(@write $mode, out, stringify!($field), &self.$field); )*
                $crate::content::json::Json::Object(out)
            }
        }
    };
    (@write req, $out:ident, $k:expr, $v:expr) => { $out.push(($k.into(), $crate::content::write::ToJson::to_json($v))) };
    (@write or, $out:ident, $k:expr, $v:expr) => { $out.push(($k.into(), $crate::content::write::ToJson::to_json($v))) };
    (@write opt, $out:ident, $k:expr, $v:expr) => {
        if let Some(v) = $v {
            $out.push(($k.into(), $crate::content::write::ToJson::to_json(v)));
        }
    };
    (@write list, $out:ident, $k:expr, $v:expr) => {
        if !$v.is_empty() {
            $out.push(($k.into(), $crate::content::write::ToJson::to_json($v)));
        }
    };
    (@type req $ty:ty) => { $ty };
    (@type or $ty:ty) => { $ty };
    (@type opt $ty:ty) => { Option<$ty> };
    (@type list $ty:ty) => { Vec<$ty> };
    (@read req $ty:ty, $r:ident, $e:ident, $k:expr, $at:ident) => { $crate::content::read::required::<$ty>($r, $e, $k, $at) };
    (@read opt $ty:ty, $r:ident, $e:ident, $k:expr, $at:ident) => { $crate::content::read::optional::<$ty>($r, $e, $k, $at) };
    (@read list $ty:ty, $r:ident, $e:ident, $k:expr, $at:ident) => {
        $crate::content::read::optional::<Vec<$ty>>($r, $e, $k, $at).unwrap_or_default()
    };
    (@read or $ty:ty, $r:ident, $e:ident, $k:expr, $at:ident, $default:expr) => {
        $crate::content::read::optional::<$ty>($r, $e, $k, $at).unwrap_or_else(|| $default)
    };
    (@schema $mode:ident $ty:ty, $defs:ident, $k:expr, [$($fdoc:literal),*]) => {
        $crate::content::schema::Field {
            key: $k,
            required: stringify!($mode) == "req",
            schema: $crate::record!(@fieldschema $mode $ty, $defs),
            docs: &[$($fdoc),*],
        }
    };
    (@fieldschema list $ty:ty, $defs:ident) => { <Vec<$ty> as $crate::content::read::FromJson>::schema($defs) };
    (@fieldschema $mode:ident $ty:ty, $defs:ident) => { <$ty as $crate::content::read::FromJson>::schema($defs) };
    (
        $(#[doc = $doc:literal])*
        $vis:vis struct $name:ident as file { $($body:tt)* }
    ) => {
        $crate::record!(@impl ["$schema", "format"] true; $(#[doc = $doc])* $vis struct $name { $($body)* });
    };
    (
        $(#[doc = $doc:literal])*
        $vis:vis struct $name:ident { $($body:tt)* }
    ) => {
        $crate::record!(@impl [] false; $(#[doc = $doc])* $vis struct $name { $($body)* });
    };
}

/// Declares a closed set of words (a JSON string enum) once: the Rust enum,
/// each word's spelling in the contract and the label readers see, how it is
/// read and its schema. The first variant is the `Default`.
#[macro_export]
macro_rules! keywords {
    (
        $(#[doc = $doc:literal])*
        $vis:vis enum $name:ident ($what:literal) {
            $( $(#[doc = $vdoc:literal])* $variant:ident = $spelling:literal / $label:literal ),+ $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $name { $( $(#[doc = $vdoc])* $variant ),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The contract's spelling.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $spelling),+ }
            }

            /// The words a reader sees.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// Reads the contract's spelling.
            pub fn parse(s: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.as_str() == s)
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::ALL[0]
            }
        }

        impl $crate::content::read::FromJson for $name {
            fn read(r: &mut $crate::content::read::Reader, v: &$crate::content::json::Json, at: &$crate::content::read::At) -> Self {
                let Some(s) = $crate::content::read::string(r, v, at, concat!("a ", $what, " as text")) else { return Self::default() };
                match Self::parse(s) {
                    Some(v) => v,
                    None => {
                        r.fail(at, format!("unknown {} \"{}\"; expected {}", $what, $crate::content::date::clip(s), $crate::content::read::or_list(&[$($spelling),+])));
                        Self::default()
                    }
                }
            }

            #[cfg(not(target_arch = "wasm32"))]
            fn schema(defs: &mut $crate::content::schema::Defs) -> $crate::content::json::Json {
                defs.reference($what, || $crate::content::schema::words(&[$($spelling),+]))
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl $crate::content::write::ToJson for $name {
            fn to_json(&self) -> $crate::content::json::Json {
                $crate::content::json::Json::Str(self.as_str().to_owned())
            }
        }
    };
}

/// "a, b or c".
pub fn or_list(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}
