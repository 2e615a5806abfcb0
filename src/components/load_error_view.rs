//! A failed load, in words, with a way back to the library and, when it may
//! help, "Try again": markup from `content::chrome`, and one listener on
//! `<main>` for the button (no view or signal of its own).

use super::slot::Slot;
use crate::content::{chrome, seo};
use crate::web::{self, LoadError};
use std::cell::RefCell;

thread_local! {
    /// What "Try again" does on the page shown now.
    static RETRY: RefCell<Option<Box<dyn Fn()>>> = RefCell::new(None);
}

/// Shows `error` in `slot`; "Try again" (for errors where it may help) calls `retry`.
pub fn show_error(slot: Slot, error: &LoadError, site_name: Option<String>, retry: Box<dyn Fn()>) {
    web::page_ready(&seo::title(error.title(), site_name.as_deref()), &error.to_string());
    RETRY.with(|r| *r.borrow_mut() = Some(retry));
    slot.show_html(&chrome::load_error(error.title(), &error.to_string(), error.retryable(), &web::href("")));
}

/// Clicks in `<main>`: "Try again" on a failed load.
pub fn on_click(ev: &web_sys::Event) {
    if web::target_closest(ev, ".problem__retry").is_some() {
        RETRY.with(|r| {
            if let Some(retry) = r.borrow().as_ref() {
                retry();
            }
        });
    }
}
