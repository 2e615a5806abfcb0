//! A place on a page whose content is replaced wholesale: loading, then the
//! content or an error. (Not a component: a helper pages use.)

use leptos::html::{Div, ElementType};
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::JsCast;

/// An element (a `<div>` unless said otherwise) whose content is built once
/// per change and never diffed against the content before it. A reactive
/// closure returning views would also work, but it makes tachys compile
/// "update in place" code for every view type it returns, which for whole
/// pages is many KB of wasm that never runs: these views never change in
/// place, they are replaced.
pub struct Slot<E: ElementType = Div> {
    /// The element to render into; give it to the view as `node_ref`.
    pub host: NodeRef<E>,
    built: StoredValue<Option<Box<dyn Mountable>>, LocalStorage>,
}

impl<E: ElementType> Clone for Slot<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E: ElementType> Copy for Slot<E> {}

impl<E> Slot<E>
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
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

    /// Replaces the content with the view `make` returns. Call it from an
    /// effect: reactive parts of the view then belong to that effect, and are
    /// disposed of when it runs again. What `make` reads is not tracked (the
    /// effect decides what it depends on).
    pub fn show<V: IntoView + 'static>(&self, make: impl FnOnce() -> V) {
        let Some(host) = self.host.get_untracked().map(|h| h.unchecked_into::<web_sys::Element>()) else { return };
        if let Some(Some(mut old)) = self.built.try_update_value(|built| built.take()) {
            old.unmount();
        }
        // The slot owns everything in its host: when a page replaces a page
        // of the same kind, tachys keeps the host element for the new one.
        host.set_text_content(None);
        let mut state = untrack(|| make().into_view().build());
        state.mount(&host, None);
        self.built.set_value(Some(Box::new(state)));
    }

    /// Replaces the content with `html`, markup made by [`crate::content::html`]
    /// (which escapes all content text). Call it like [`Slot::show`].
    pub fn show_html(&self, html: &str) {
        let Some(host) = self.host.get_untracked().map(|h| h.unchecked_into::<web_sys::Element>()) else { return };
        if let Some(Some(mut old)) = self.built.try_update_value(|built| built.take()) {
            old.unmount();
        }
        host.set_inner_html(html);
    }
}

impl<E> Default for Slot<E>
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    fn default() -> Self {
        Self::new()
    }
}
