//! A place on a page whose content is replaced wholesale: loading, then the
//! content or an error. (Not a component: a helper pages use.)

use leptos::html::Div;
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};

/// A `<div>` whose content is built once per change and never diffed
/// against the content before it. A reactive closure returning views would
/// also work, but it makes tachys compile "update in place" code for every
/// view type it returns, which for whole pages is many KB of wasm that never
/// runs: these views never change in place, they are replaced. (Every slot
/// is a `<div>`: each element type would add its own copy of this code.)
#[derive(Clone, Copy)]
pub struct Slot {
    /// The element to render into; give it to the view as `node_ref`.
    pub host: NodeRef<Div>,
    built: StoredValue<Option<Box<dyn Mountable>>, LocalStorage>,
}

impl Slot {
    /// An empty slot.
    pub fn new() -> Self {
        Slot { host: NodeRef::new(), built: StoredValue::new_local(None) }
    }

    /// True once the element is on the page (tracked, so an effect that
    /// fills the slot runs again when it appears).
    pub fn ready(&self) -> bool {
        self.host.get().is_some()
    }

    /// Keeps the slot filled: `fill` reads what the content depends on and
    /// calls [`Slot::show`]; it runs once the element is on the page, and
    /// again whenever what it read changes.
    pub fn fill_with(self, fill: impl Fn(Self) + 'static) {
        Effect::new(move || {
            if self.ready() {
                fill(self);
            }
        });
    }

    /// The host, emptied: what was built there is unmounted and any markup
    /// removed. `None` before the element is on the page.
    fn cleared(&self) -> Option<web_sys::HtmlDivElement> {
        let host = self.host.get_untracked()?;
        if let Some(Some(mut old)) = self.built.try_update_value(|built| built.take()) {
            old.unmount();
        }
        // The slot owns everything in its host: when a page replaces a page
        // of the same kind, tachys keeps the host element for the new one.
        host.set_text_content(None);
        Some(host)
    }

    /// Replaces the content with the view `make` returns. Call it from an
    /// effect: reactive parts of the view then belong to that effect, and are
    /// disposed of when it runs again. What `make` reads is not tracked (the
    /// effect decides what it depends on).
    pub fn show<V: IntoView + 'static>(&self, make: impl FnOnce() -> V) {
        let Some(host) = self.cleared() else { return };
        let mut state = untrack(|| make().into_view().build());
        state.mount(&host, None);
        self.built.set_value(Some(Box::new(state)));
    }

    /// Replaces the content with `markup` from the content renderers
    /// (which escape all content text). Call it like [`Slot::show`].
    pub fn show_html(&self, markup: &crate::content::markup::Markup) {
        if let Some(host) = self.cleared() {
            crate::web::set_markup(&host, markup);
        }
    }
}

impl Default for Slot {
    fn default() -> Self {
        Self::new()
    }
}
