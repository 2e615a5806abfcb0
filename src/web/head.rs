//! A page's metadata in `<head>`, and the moment a page is ready.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

fn head_el(doc: &web_sys::Document, selector: &str, tag: &str, attrs: &[(&str, &str)]) -> Option<web_sys::Element> {
    if let Ok(Some(el)) = doc.query_selector(selector) {
        return Some(el);
    }
    let el = doc.create_element(tag).ok()?;
    for (k, v) in attrs {
        let _ = el.set_attribute(k, v);
    }
    doc.head()?.append_child(&el).ok()?;
    Some(el)
}

/// Puts a page's title and description in `<head>`, and, after an in-app
/// navigation, drops the metadata publish wrote for the page first loaded
/// (Open Graph, canonical address, JSON-LD: what crawlers and link previews
/// read from each page's own HTML), moves focus to the page's `h1` and
/// announces its title.
pub fn page_ready(title: &str, description: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    doc.set_title(title);
    if let Some(el) = head_el(&doc, "meta[name=description]", "meta", &[("name", "description")]) {
        let _ = el.set_attribute("content", description);
    }
    let navigated = crate::router::take_navigated();
    if navigated {
        while let Ok(Some(el)) = doc.query_selector("meta[property^='og:'],link[rel=canonical],script[type='application/ld+json']") {
            el.remove();
        }
    }
    let take_over = Closure::once_into_js(super::takeover::take_over);
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(take_over.unchecked_ref());
    }
    if navigated {
        let title = title.to_owned();
        let cb = Closure::once_into_js(move || {
            let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
            if let Some(h1) = doc.query_selector("main h1").ok().flatten().and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = h1.focus();
            }
            if let Some(live) = doc.get_element_by_id("route-announcer") {
                live.set_text_content(Some(&title));
            }
        });
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(cb.unchecked_ref());
        }
    }
}

