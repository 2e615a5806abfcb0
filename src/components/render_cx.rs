//! What rendering one article version needs to know: its references, where
//! the page is, and counters that number citations and terms in document order.

use crate::content::{Reference, cite};
use std::sync::{Arc, Mutex};

/// Shared by every piece of one rendered version. Cheap to clone.
#[derive(Clone)]
pub struct RenderCx {
    /// The references citations point to.
    pub refs: Arc<Vec<Reference>>,
    /// The page's own path and query, for in-page links that survive a `<base>`.
    pub here: Arc<str>,
    /// The site's base path, put in front of site-relative links.
    pub base: Arc<str>,
    counts: Arc<Mutex<Counts>>,
    /// Put in front of citation and reference ids, so a second set of
    /// references on the page (a follow-up answer's) cannot collide.
    ids: Arc<str>,
}

#[derive(Default)]
struct Counts {
    cites: Vec<usize>,
    terms: usize,
}

impl RenderCx {
    /// A fresh context: numbering starts again. Clones share the numbering,
    /// so parts of one rendering (an article's short answer, then its body)
    /// number on from each other. `ids` goes in front of every id this
    /// rendering makes (citations, references, terms), so several renderings
    /// can share a page.
    pub fn new(refs: Arc<Vec<Reference>>, here: String, base: String, ids: &str) -> Self {
        let cites = vec![0; refs.len()];
        let counts = Arc::new(Mutex::new(Counts { cites, terms: 0 }));
        RenderCx { refs, here: here.into(), base: base.into(), counts, ids: ids.into() }
    }

    /// The id of reference `n`'s entry.
    pub fn ref_id(&self, n: u32) -> String {
        format!("{}{}", self.ids, cite::ref_id(n))
    }

    /// How many times each reference has been cited so far.
    pub fn counts(&self) -> Vec<usize> {
        self.counts.lock().map(|c| c.cites.clone()).unwrap_or_default()
    }

    /// The id for the next citation of reference `n` (1-based), or `None`
    /// when `n` has no reference.
    pub fn next_cite_id(&self, n: u32) -> Option<String> {
        let mut c = self.counts.lock().ok()?;
        let slot = c.cites.get_mut((n as usize).wrapping_sub(1))?;
        let id = format!("{}{}", self.ids, cite::cite_id(n, *slot));
        *slot += 1;
        Some(id)
    }

    /// A unique id for the next term's definition.
    pub fn next_term_id(&self) -> String {
        let k = self.counts.lock().map(|mut c| {
            c.terms += 1;
            c.terms
        });
        format!("{}term-{}", self.ids, k.unwrap_or(0))
    }

    /// What goes in front of this rendering's ids.
    pub fn ids(&self) -> &str {
        &self.ids
    }

    /// An in-page link to the element `id`.
    pub fn anchor(&self, id: &str) -> String {
        format!("{}#{id}", self.here)
    }
}
