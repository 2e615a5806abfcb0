//! The address bar: the site's base path, the current path and query.

use wasm_bindgen::prelude::*;

/// The site's base path, always ending in `/` ("/" at the domain root).
pub fn base_path() -> String {
    let from_base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("base[href]").ok().flatten())
        .and_then(|b| b.get_attribute("href"))
        .filter(|h| h.starts_with('/'));
    let mut base = from_base.unwrap_or_else(|| "/".to_owned());
    if !base.ends_with('/') {
        base.push('/');
    }
    base
}

/// An in-app address: `rel` ("articles/x") under the base path.
pub fn href(rel: &str) -> String {
    format!("{}{}", base_path(), rel.trim_start_matches('/'))
}

/// The address bar's query string ("?…" or "").
pub fn search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The address bar's path.
pub fn pathname() -> String {
    web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default()
}

/// The page's path and query: in-page links are written against it, so they
/// survive a `<base>` element and keep the reader's query.
pub fn here() -> String {
    format!("{}{}", pathname(), search())
}

/// Replaces the address's path and query (keeping its fragment) without a
/// reload or a new history entry.
pub fn replace_address(path: &str, search: &str) {
    let Some(w) = web_sys::window() else { return };
    let hash = w.location().hash().unwrap_or_default();
    if let Ok(h) = w.history() {
        let state = h.state().unwrap_or(JsValue::NULL);
        let _ = h.replace_state_with_url(&state, "", Some(&format!("{path}{search}{hash}")));
    }
}

/// Replaces the query string without a reload or a new history entry.
pub fn replace_search(new_search: &str) {
    replace_address(&pathname(), new_search);
}

