//! Writing the model back as contract JSON (native tools only): the publish
//! command writes `index.json` and compiled Markdown with it. Records and
//! keyword enums get their impls from their declarations; the values and
//! the irregular shapes are here. Reading what this writes gives back the
//! same value.

use super::json::Json;
use super::model::{Block, Inline, Reply, Span};
use super::values::{Doi, Endpoint, Pmid, Short, Slug, Versions, Year};
use super::{Date, SafeUrl};

/// A content value as contract JSON.
pub trait ToJson {
    fn to_json(&self) -> Json;
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Json {
        Json::Array(self.iter().map(ToJson::to_json).collect())
    }
}

/// Implements `ToJson` as a string for types that deref to `str`.
macro_rules! as_text {
    ($($t:ty),*) => {
        $(impl ToJson for $t {
            fn to_json(&self) -> Json {
                Json::Str(self.to_string())
            }
        })*
    };
}
as_text!(String, Slug, Doi, Pmid, Endpoint, Date);

impl<const MAX: usize> ToJson for Short<MAX> {
    fn to_json(&self) -> Json {
        Json::Str((**self).to_owned())
    }
}

impl ToJson for SafeUrl {
    fn to_json(&self) -> Json {
        Json::Str(self.as_str().to_owned())
    }
}

impl ToJson for Year {
    fn to_json(&self) -> Json {
        Json::Int(self.0)
    }
}

impl ToJson for Versions {
    fn to_json(&self) -> Json {
        Json::Object(self.iter().map(|(id, v)| (id.to_string(), v.to_json())).collect())
    }
}

impl ToJson for Block {
    fn to_json(&self) -> Json {
        let (key, value) = match self {
            Block::P(t) => ("p", inline(t)),
            Block::Quote(t) => ("quote", inline(t)),
            Block::Ul(items) => ("ul", Json::Array(items.iter().map(inline).collect())),
            Block::Ol(items) => ("ol", Json::Array(items.iter().map(inline).collect())),
            Block::Note(n) => ("note", n.to_json()),
        };
        Json::Object(vec![(key.to_owned(), value)])
    }
}

/// Inline text: a plain string when it is one run of text, else a list.
pub fn inline(t: &Inline) -> Json {
    match t.as_slice() {
        [Span::Text(s)] => Json::Str(s.clone()),
        spans => Json::Array(spans.iter().map(span).collect()),
    }
}

impl ToJson for Inline {
    fn to_json(&self) -> Json {
        inline(self)
    }
}

fn span(s: &Span) -> Json {
    let obj = |pairs: Vec<(&str, Json)>| Json::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect());
    match s {
        Span::Text(t) => Json::Str(t.clone()),
        Span::Strong(t) => obj(vec![("strong", inline(t))]),
        Span::Em(t) => obj(vec![("em", inline(t))]),
        Span::Cite(nums) => obj(vec![("cite", Json::Array(nums.iter().map(|n| Json::Int(i64::from(*n))).collect()))]),
        Span::Link { text, href } => {
            obj(vec![("link", inline(text)), ("href", Json::Str(href.as_ref().map(|h| h.as_str().to_owned()).unwrap_or_default()))])
        }
        Span::Term { text, def } => obj(vec![("term", inline(text)), ("def", Json::Str(def.clone()))]),
    }
}

impl ToJson for Reply {
    fn to_json(&self) -> Json {
        match self {
            Reply::Answer { blocks, references } => {
                let mut out = vec![("answer".to_owned(), blocks.to_json())];
                if !references.is_empty() {
                    out.push(("references".into(), references.to_json()));
                }
                Json::Object(out)
            }
            Reply::Queued { message } => {
                Json::Object(vec![("status".into(), Json::Str("queued".into())), ("message".into(), Json::Str(message.clone()))])
            }
        }
    }
}
