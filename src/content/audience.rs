//! Which audience a reader is, and which version of an article they see.

use super::model::{Article, Audience, Disclaimer, Site, Version};

/// The reader's audience: the address wins over storage, storage over the
/// site's default. Ids the site does not declare are skipped quietly.
pub fn resolve<'s>(site: &'s Site, from_address: Option<&str>, from_storage: Option<&str>) -> &'s Audience {
    [from_address, from_storage]
        .into_iter()
        .flatten()
        .find_map(|id| site.audience(id))
        .or_else(|| site.audience(&site.default_audience))
        .unwrap_or(&site.audiences[0])
}

impl Site {
    /// The audience with this id, if declared.
    pub fn audience(&self, id: &str) -> Option<&Audience> {
        self.audiences.iter().find(|a| a.id == id)
    }
}

/// The version a reader sees, and whose version it is.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a> {
    /// The audience id the shown version was written for.
    pub audience_id: &'a str,
    pub version: &'a Version,
    /// True when the reader's own audience has no version.
    pub fell_back: bool,
}

/// Picks the reader's version, else the default audience's, else the first.
pub fn choose<'a>(article: &'a Article, site: &Site, wanted: &str) -> Option<Shown<'a>> {
    let find = |id: &str| article.versions.iter().find(|(v, _)| v == id);
    if let Some((id, version)) = find(wanted) {
        return Some(Shown { audience_id: id, version, fell_back: false });
    }
    let (id, version) = find(&site.default_audience).or_else(|| article.versions.first())?;
    Some(Shown { audience_id: id, version, fell_back: true })
}

/// The disclaimer for what is shown: the version's own, else its audience's,
/// else the reader's audience's.
pub fn disclaimer<'a>(site: &'a Site, shown: &Shown<'a>, reader: &'a Audience) -> Option<&'a Disclaimer> {
    shown
        .version
        .disclaimer
        .as_ref()
        .or_else(|| site.audience(shown.audience_id).and_then(|a| a.disclaimer.as_ref()))
        .or(reader.disclaimer.as_ref())
}
