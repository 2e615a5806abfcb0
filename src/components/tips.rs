//! Citation previews and term definitions, for the whole page at once: shown
//! on hover and keyboard focus (by CSS), opened by a tap, closed by Escape
//! (WCAG 1.4.13). A tooltip is a `.tip` wrapper whose classes say its state:
//! `is-open` after a tap, `is-dismissed` after Escape until hover or focus
//! returns. One set of listeners on `<main>` serves every tooltip, instead of
//! signals and handlers for each (an article has dozens).

use crate::web;
use leptos::ev::{FocusEvent, KeyboardEvent, MouseEvent};

/// The `.tip` the event happened in.
fn tip_of(ev: &web_sys::Event) -> Option<web_sys::Element> {
    web::target_closest(ev, ".tip")
}

/// Opens or closes a tapped tooltip; a term's button says which.
fn set_open(tip: &web_sys::Element, open: bool) {
    let _ = tip.class_list().toggle_with_force("is-open", open);
    if let Ok(Some(button)) = tip.query_selector(".term__word") {
        let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    }
}

/// Keeps a tooltip closed after Escape, or lets it show again.
fn set_dismissed(tip: &web_sys::Element, dismissed: bool) {
    let _ = tip.class_list().toggle_with_force("is-dismissed", dismissed);
}

/// Hover: the tooltip may show again.
pub fn on_mouseover(ev: MouseEvent) {
    if let Some(tip) = tip_of(&ev) {
        set_dismissed(&tip, false);
    }
}

/// Focus: the tooltip may show again.
pub fn on_focusin(ev: FocusEvent) {
    if let Some(tip) = tip_of(&ev) {
        set_dismissed(&tip, false);
    }
}

/// Focus left: a tapped tooltip closes.
pub fn on_focusout(ev: FocusEvent) {
    if let Some(tip) = tip_of(&ev) {
        set_open(&tip, false);
    }
}

/// Escape closes the tooltip and keeps it closed until hover or focus returns.
pub fn on_keydown(ev: KeyboardEvent) {
    if ev.key() == "Escape"
        && let Some(tip) = tip_of(&ev)
    {
        set_open(&tip, false);
        set_dismissed(&tip, true);
    }
}

/// A term's word toggles its definition. A citation jumps to its reference,
/// except that on a touch screen the first tap shows the preview.
pub fn on_click(ev: MouseEvent) {
    let Some(tip) = tip_of(&ev) else { return };
    let open = tip.class_list().contains("is-open");
    if web::target_closest(&ev, ".term__word").is_some() {
        set_dismissed(&tip, false);
        set_open(&tip, !open);
    } else if let Some(link) = web::target_closest(&ev, ".cite__link") {
        ev.prevent_default();
        if web::is_tap(&ev) && !open {
            set_open(&tip, true);
        } else if let Some((_, id)) = link.get_attribute("href").as_deref().and_then(|h| h.rsplit_once('#')) {
            web::jump_to(id);
        }
    }
}
