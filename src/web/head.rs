//! A page's metadata in `<head>`, and the moment a page is ready.

use crate::content;
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

/// Puts a page's metadata in `<head>`, and, after an in-app navigation,
/// moves focus to the page's `h1` and announces its title.
pub fn page_ready(meta: &content::seo::Meta) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    doc.set_title(&meta.title);
    let here = doc.location().and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)));
    let set = |selector: &str, tag: &str, key: (&str, &str), attr: &str, value: &str| {
        if let Some(el) = head_el(&doc, selector, tag, &[key]) {
            let _ = el.set_attribute(attr, value);
        }
    };
    set("meta[name=description]", "meta", ("name", "description"), "content", &meta.description);
    set("meta[property='og:title']", "meta", ("property", "og:title"), "content", &meta.og_title);
    set("meta[property='og:description']", "meta", ("property", "og:description"), "content", &meta.description);
    set("meta[property='og:type']", "meta", ("property", "og:type"), "content", meta.og_type);
    if let Some(url) = &here {
        set("link[rel=canonical]", "link", ("rel", "canonical"), "href", url);
        set("meta[property='og:url']", "meta", ("property", "og:url"), "content", url);
    }
    let existing = doc.query_selector("script[type='application/ld+json']").ok().flatten();
    match (&meta.json_ld, existing) {
        (Some(json), Some(el)) => super::markup::set_json_ld(&el, json),
        (Some(json), None) => {
            if let Some(el) = head_el(&doc, "script[type='application/ld+json']", "script", &[("type", "application/ld+json")]) {
                super::markup::set_json_ld(&el, json);
            }
        }
        (None, Some(el)) => el.remove(),
        (None, None) => {}
    }
    let take_over = Closure::once_into_js(super::takeover::take_over);
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(take_over.unchecked_ref());
    }
    if crate::router::take_navigated() {
        let title = meta.title.clone();
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

