//! The outline of a Markdown body while it is read: its versions and their
//! sections, and the JSON path each part will have.

use crate::content::json::Json;

/// A section being built: its heading, blocks and subsections.
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Json>,
    pub subs: Vec<Section>,
}

impl Section {
    /// The section as the contract's JSON.
    pub fn json(self) -> Json {
        let mut out = vec![("heading".to_owned(), Json::Str(self.heading)), ("blocks".into(), Json::Array(self.blocks))];
        if !self.subs.is_empty() {
            out.push(("sections".into(), Json::Array(self.subs.into_iter().map(Section::json).collect())));
        }
        Json::Object(out)
    }
}

/// A version being built.
pub struct Version {
    pub id: String,
    pub answer: Option<Json>,
    pub sections: Vec<Section>,
}

/// The id of the version being read, for an article.
pub fn versions_id(audiences: Option<&[String]>, versions: &[Version]) -> Option<String> {
    audiences.and(versions.last()).map(|v| v.id.clone())
}

/// The JSON path of section `i` (and subsection `sub`) of a version, or of a page.
pub fn section_path(version: Option<String>, i: usize, sub: Option<usize>) -> String {
    let mut p = match version {
        Some(id) => format!("versions.{id}.sections[{i}]"),
        None => format!("sections[{i}]"),
    };
    if let Some(j) = sub {
        p.push_str(&format!(".sections[{j}]"));
    }
    p
}
