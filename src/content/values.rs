//! Values with a shape of their own, checked on the way in: a value of one
//! of these types is always valid.

use super::date::{Date, clip};
use super::json::Json;
use super::read::{At, FromJson, Reader, string};
#[cfg(not(target_arch = "wasm32"))]
use super::schema::{self, Defs};
use super::slug::is_slug;
use super::url::SafeUrl;
use std::fmt;
use std::ops::{Deref, DerefMut};

/// Implements the traits that let a checked string be used as a `&str`.
macro_rules! string_value {
    ($name:ident) => {
        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl $name {
            /// The value as written.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
    };
}

/// A slug: 1–100 characters of `a-z`, `0-9` and `-` (safe in a file name).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Slug(String);
string_value!(Slug);

impl TryFrom<&str> for Slug {
    type Error = String;
    fn try_from(s: &str) -> Result<Slug, String> {
        if is_slug(s) {
            Ok(Slug(s.to_owned()))
        } else {
            Err(format!("\"{}\" is not a slug (1–100 characters of a-z, 0-9 and -)", clip(s)))
        }
    }
}

/// Reads a string value through `TryFrom<&str>`, recording its message.
fn read_checked<T: for<'a> TryFrom<&'a str, Error = String> + Default>(r: &mut Reader, v: &Json, at: &At, what: &str) -> T {
    let Some(s) = string(r, v, at, what) else { return T::default() };
    T::try_from(s).unwrap_or_else(|e| {
        r.fail(at, e);
        T::default()
    })
}

impl FromJson for Slug {
    fn read(r: &mut Reader, v: &Json, at: &At) -> Self {
        read_checked(r, v, at, "text")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(defs: &mut Defs) -> Json {
        defs.named("slug", |_| schema::pattern("^[a-z0-9-]{1,100}$", "1–100 characters of a-z, 0-9 and -"))
    }
}

impl TryFrom<&str> for Date {
    type Error = String;
    fn try_from(s: &str) -> Result<Date, String> {
        Date::parse(s)
    }
}

impl FromJson for Date {
    fn read(r: &mut Reader, v: &Json, at: &At) -> Self {
        read_checked(r, v, at, "a date as text (YYYY-MM-DD)")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(defs: &mut Defs) -> Json {
        defs.named("date", |_| schema::pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "YYYY-MM-DD, a real date"))
    }
}

impl TryFrom<&str> for SafeUrl {
    type Error = String;
    fn try_from(s: &str) -> Result<SafeUrl, String> {
        SafeUrl::new(s).ok_or_else(|| format!("\"{}\" is not an https:, http: or site-relative link", clip(s)))
    }
}

impl FromJson for SafeUrl {
    fn read(r: &mut Reader, v: &Json, at: &At) -> Self {
        read_checked(r, v, at, "text")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(_: &mut Defs) -> Json {
        schema::obj(vec![("type", Json::Str("string".into()))])
    }
}

/// Text of at most `MAX` characters (and not empty).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Short<const MAX: usize>(String);

impl<const MAX: usize> Deref for Short<MAX> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl<const MAX: usize> TryFrom<&str> for Short<MAX> {
    type Error = String;
    fn try_from(s: &str) -> Result<Self, String> {
        short(s, MAX).map(Short)
    }
}

/// `s` when it is not empty and at most `max` characters (one copy of this
/// for every `Short<N>`).
fn short(s: &str, max: usize) -> Result<String, String> {
    let n = s.chars().count();
    if s.trim().is_empty() {
        Err("must not be empty".into())
    } else if n > max {
        Err(format!("is too long ({n} characters; the limit is {max})"))
    } else {
        Ok(s.to_owned())
    }
}

impl<const MAX: usize> FromJson for Short<MAX> {
    fn read(r: &mut Reader, v: &Json, at: &At) -> Self {
        read_checked(r, v, at, "text")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(_: &mut Defs) -> Json {
        schema::obj(vec![("type", Json::Str("string".into())), ("minLength", Json::Int(1)), ("maxLength", Json::Int(MAX as i64))])
    }
}

/// A DOI: starts with `10.`, no spaces.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Doi(String);
string_value!(Doi);

impl TryFrom<&str> for Doi {
    type Error = String;
    fn try_from(s: &str) -> Result<Doi, String> {
        if s.starts_with("10.") && !s.chars().any(char::is_whitespace) {
            Ok(Doi(s.to_owned()))
        } else {
            Err(format!("\"{}\" is not a DOI (it starts with 10.)", clip(s)))
        }
    }
}

impl FromJson for Doi {
    fn read(r: &mut Reader, v: &Json, at: &At) -> Self {
        read_checked(r, v, at, "text")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(_: &mut Defs) -> Json {
        schema::pattern("^10\\.", "A DOI, starting with 10.")
    }
}

/// A PubMed id: digits, written as a number or as text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pmid(String);
string_value!(Pmid);

impl FromJson for Pmid {
    fn read(r: &mut Reader, v: &Json, at: &At) -> Self {
        match v {
            Json::Int(n) if *n > 0 => Pmid(n.to_string()),
            Json::Str(s) if !s.is_empty() && s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit()) => Pmid(s.clone()),
            other => {
                r.fail(at, format!("expected a PubMed id (digits), found {}", describe(other)));
                Pmid::default()
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(_: &mut Defs) -> Json {
        schema::obj(vec![("type", Json::Array(vec![Json::Str("string".into()), Json::Str("integer".into())]))])
    }
}

/// A four-digit year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Year(pub i64);

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromJson for Year {
    fn read(r: &mut Reader, v: &Json, at: &At) -> Self {
        match v {
            Json::Int(y) if (1000..=9999).contains(y) => Year(*y),
            other => {
                r.fail(at, format!("expected a four-digit year, found {}", describe(other)));
                Year(0)
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(_: &mut Defs) -> Json {
        schema::obj(vec![("type", Json::Str("integer".into())), ("minimum", Json::Int(1000)), ("maximum", Json::Int(9999))])
    }
}

/// Where the app may send a reader's question or vote: an `https:` URL or a
/// site-relative path.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Endpoint(String);
string_value!(Endpoint);

impl TryFrom<&str> for Endpoint {
    type Error = String;
    fn try_from(s: &str) -> Result<Endpoint, String> {
        let rest = match super::origin::https_origin(s) {
            Some(origin) => Some(&s[origin.len()..]),
            None => SafeUrl::new(s).filter(|u| u.is_site_relative()).map(|_| s),
        };
        match rest {
            Some(path) if super::origin::plain_path(path) && (path.is_empty() || path.starts_with('/')) => Ok(Endpoint(s.to_owned())),
            _ => Err(format!(
                "\"{}\" must be an https: URL with a plain host name, or a path starting with /, with no quotes, spaces or brackets",
                clip(s)
            )),
        }
    }
}

impl Endpoint {
    /// The `https://host[:port]` this sends to; `None` for a site-relative path.
    pub fn origin(&self) -> Option<&str> {
        super::origin::https_origin(&self.0)
    }
}

impl FromJson for Endpoint {
    fn read(r: &mut Reader, v: &Json, at: &At) -> Self {
        read_checked(r, v, at, "text")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(_: &mut Defs) -> Json {
        schema::obj(vec![("type", Json::Str("string".into()))])
    }
}

/// An article's versions: audience id → version, in file order (the
/// contract's "failing that, the first one").
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Versions(pub Vec<(Slug, super::model::Version)>);

impl Deref for Versions {
    type Target = Vec<(Slug, super::model::Version)>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl DerefMut for Versions {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl FromJson for Versions {
    fn read(r: &mut Reader, v: &Json, at: &At) -> Self {
        let Json::Object(entries) = v else {
            r.fail(at, format!("expected an object, found {}", v.kind()));
            return Versions::default();
        };
        if entries.is_empty() {
            r.fail(at, "needs at least one version");
        }
        let mut out = Vec::new();
        for (id, version) in entries {
            let here = at.key(id);
            match Slug::try_from(id.as_str()) {
                Ok(slug) => out.push((slug, FromJson::read(r, version, &here))),
                Err(_) => r.fail(&here, format!("\"{}\" is not an audience id", clip(id))),
            }
        }
        Versions(out)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(defs: &mut Defs) -> Json {
        let names = Slug::schema(defs);
        let version = super::model::Version::schema(defs);
        schema::obj(vec![
            ("type", Json::Str("object".into())),
            ("minProperties", Json::Int(1)),
            ("propertyNames", names),
            ("additionalProperties", version),
        ])
    }
}

/// A value as an editor would recognise it in a message.
pub fn describe(v: &Json) -> String {
    match v {
        Json::Int(n) => n.to_string(),
        Json::Number(n) => clip(n),
        Json::Str(s) => format!("\"{}\"", clip(s)),
        other => other.kind().to_owned(),
    }
}
