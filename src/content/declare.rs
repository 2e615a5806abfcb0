//! The two declaration macros of the content model: `record!` for objects
//! and `keywords!` for closed sets of words. A declaration gives the Rust
//! type, its reading from JSON (`read.rs`), the keys it allows, its JSON
//! Schema (`schema.rs`) and its writing back to JSON (`write.rs`).

/// Declares a content object once: its Rust struct, how it is read from
/// JSON, the keys it allows and its JSON Schema all follow from this.
///
/// Each field is `name: mode Type`, where mode is `req` (required), `opt`
/// (optional: `Option<Type>`), `list` (an optional list: `Vec<Type>`, empty
/// when absent), `or` with `= default` (optional, with a default) or
/// `publish` (an optional list the native tools read and check, and the
/// app accepts without reading: what it means is worked out at publish,
/// so the app carries no reader for it; `Publish<Type>`). The
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
                let build = |defs: &mut $crate::content::schema::Defs| {
                    let docs: &[&str] = &[$($doc),*];
                    let fields = vec![$( $crate::record!(@schema $mode $ty, defs, stringify!($field), [$($fdoc),*]) ),*];
                    $crate::content::schema::object(docs, fields, $file)
                };
                // A file is the schema's root; any other object is a definition.
                if $file { build(defs) } else { defs.named(stringify!($name), build) }
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
    (@write $mode:ident, $out:ident, $k:expr, $v:expr) => {
        if !$v.is_empty() {
            $out.push(($k.into(), $crate::content::write::ToJson::to_json($v)));
        }
    };
    (@type req $ty:ty) => { $ty };
    (@type or $ty:ty) => { $ty };
    (@type opt $ty:ty) => { Option<$ty> };
    (@type list $ty:ty) => { Vec<$ty> };
    (@type publish $ty:ty) => { $crate::content::declare::Publish<$ty> };
    (@read req $ty:ty, $r:ident, $e:ident, $k:expr, $at:ident) => { $crate::content::read::required::<$ty>($r, $e, $k, $at) };
    (@read opt $ty:ty, $r:ident, $e:ident, $k:expr, $at:ident) => { $crate::content::read::optional::<$ty>($r, $e, $k, $at) };
    (@read list $ty:ty, $r:ident, $e:ident, $k:expr, $at:ident) => {
        $crate::content::read::optional::<Vec<$ty>>($r, $e, $k, $at).unwrap_or_default()
    };
    (@read publish $ty:ty, $r:ident, $e:ident, $k:expr, $at:ident) => {{
        #[cfg(not(target_arch = "wasm32"))]
        let value = $crate::content::read::optional::<Vec<$ty>>($r, $e, $k, $at).unwrap_or_default();
        #[cfg(target_arch = "wasm32")]
        let value = ::std::marker::PhantomData;
        value
    }};
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
    (@fieldschema publish $ty:ty, $defs:ident) => { <Vec<$ty> as $crate::content::read::FromJson>::schema($defs) };
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

/// A `publish` field's value: the list natively, nothing in the app.
#[cfg(not(target_arch = "wasm32"))]
pub type Publish<T> = Vec<T>;
/// A `publish` field's value: the list natively, nothing in the app.
#[cfg(target_arch = "wasm32")]
pub type Publish<T> = ::std::marker::PhantomData<T>;

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
                defs.named($what, |_| $crate::content::schema::words(&[$($spelling),+]))
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

