//! Markup: HTML made by the content renderers (`html.rs`, `chrome.rs`),
//! with every piece of content text escaped and every link checked, here
//! or at publish (`extras::published`: what publish rendered to follow an
//! article, read from the site's own files). It is the only HTML the app
//! puts into the page, through one Trusted Types policy (`web::markup`);
//! nothing outside `content` can make one.

use std::ops::Deref;

/// HTML from the renderers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Markup(String);

impl Markup {
    /// Markup the renderers have built.
    pub(in crate::content) fn new(html: String) -> Markup {
        Markup(html)
    }

    /// Markup written in our own source.
    pub(in crate::content) fn fixed(html: &'static str) -> Markup {
        Markup(html.to_owned())
    }
}

impl Markup {
    /// `other` added after this markup (both are escaped already).
    pub fn append(&mut self, other: Markup) {
        self.0.push_str(&other.0);
    }
}

impl Deref for Markup {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Markup {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
