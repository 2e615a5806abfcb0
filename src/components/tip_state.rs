//! Shared behaviour of citation previews and term definitions: shown on
//! hover and focus (by CSS), opened by a tap, closed by Escape (WCAG 1.4.13).

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

/// Whether a tooltip was opened by a tap, or dismissed with Escape.
#[derive(Clone, Copy)]
pub struct TipState {
    pub open: RwSignal<bool>,
    pub dismissed: RwSignal<bool>,
}

impl TipState {
    /// Closed, not dismissed.
    pub fn new() -> Self {
        TipState { open: RwSignal::new(false), dismissed: RwSignal::new(false) }
    }

    /// The wrapper's classes: `is-open` after a tap, `is-dismissed` after Escape.
    pub fn classes(self) -> impl Fn() -> String + Send + Sync + 'static {
        move || {
            let mut c = String::from("tip");
            if self.open.get() {
                c.push_str(" is-open");
            }
            if self.dismissed.get() {
                c.push_str(" is-dismissed");
            }
            c
        }
    }

    /// Hover or focus again: the tooltip may show.
    pub fn allow(self) {
        self.dismissed.set(false);
    }

    /// Focus left: a tapped tooltip closes.
    pub fn close(self) {
        self.open.set(false);
    }

    /// Escape closes it and keeps it closed until hover or focus returns.
    pub fn on_key(self, ev: &KeyboardEvent) {
        if ev.key() == "Escape" {
            self.open.set(false);
            self.dismissed.set(true);
        }
    }
}

impl Default for TipState {
    fn default() -> Self {
        Self::new()
    }
}
