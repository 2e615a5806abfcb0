//! The router in the browser: the current route as a `Memo<Route>`, set by
//! in-app links, back and forward, and `navigate`.

use super::Route;
use crate::web::{base_path, jump_to, pathname, search, target_closest};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The router's state: shared by copy, like any Leptos signal.
#[derive(Clone, Copy)]
pub struct Router {
    /// The path inside the app ("", "articles/x").
    path: RwSignal<String>,
    /// Counts links followed, so following a link always opens the page
    /// afresh, even when only its query differs.
    visit: RwSignal<u32>,
    /// The page the address leads to.
    pub route: Memo<Route>,
}

thread_local! {
    static ROUTER: std::cell::Cell<Option<Router>> = const { std::cell::Cell::new(None) };
}

impl Router {
    /// Starts routing: reads the address and listens for in-app link
    /// clicks and for back and forward. Call once, in the App.
    pub fn start() -> Router {
        normalise_path();
        let path = RwSignal::new(app_path());
        let visit = RwSignal::new(0u32);
        let route = Memo::new(move |_| path.with(|p| Route::from_path(p)));
        let router = Router { path, visit, route };
        ROUTER.with(|r| r.set(Some(router)));
        crate::web::on_window("click", move |ev| {
            if follow_link(&ev) {
                router.arrive();
            }
        });
        crate::web::on_window("popstate", move |_| {
            let now = app_path();
            if path.get_untracked() != now {
                path.set(now);
            } else if route.get_untracked() == Route::Library {
                // Back or forward between library pages (`?page=`): the
                // library reads its address again.
                visit.update(|v| *v = v.wrapping_add(1));
            }
        });
        // Every change after the first page: the new page takes focus and
        // is announced once it has rendered.
        Effect::new(move |previous: Option<()>| {
            path.track();
            visit.track();
            if previous.is_some() {
                mark_navigated();
            }
        });
        router
    }

    /// Subscribes to every link followed (not only route changes).
    pub fn track_visits(&self) {
        self.visit.track();
    }

    /// After the address changed in the app: updates the route.
    fn arrive(&self) {
        self.path.set(app_path());
        self.visit.update(|v| *v = v.wrapping_add(1));
    }
}

/// Goes to `path` inside the app ("articles/x?audience=patient"), as
/// following a link would: a new history entry, the top of the page.
pub fn navigate(path: &str) {
    push(&format!("{}{}", base_path(), path.trim_start_matches('/')));
    if let Some(router) = ROUTER.with(|r| r.get()) {
        router.arrive();
    }
}

/// Records `url` as a new history entry and goes to the top of the page.
fn push(url: &str) {
    let Some(w) = web_sys::window() else { return };
    if let Ok(h) = w.history() {
        let _ = h.push_state_with_url(&JsValue::NULL, "", Some(url));
    }
    w.scroll_to_with_x_and_y(0.0, 0.0);
}

/// The value of the query parameter `name` in the address, if present.
pub fn query(name: &str) -> Option<String> {
    crate::query::get_param(&search(), name)
}

/// Sets each query parameter `(name, value)` (values already encoded) in
/// the address, or removes it when its value is empty, in one step and
/// without a new history entry.
pub fn set_query(pairs: &[(&str, &str)]) {
    let search = pairs.iter().fold(search(), |s, (name, value)| crate::query::set_param(&s, name, value));
    crate::web::replace_search(&search);
}

/// An address whose path starts with `//` (or has `//` inside) would make
/// in-page links point at another host: such a path is rewritten with
/// single slashes, in place, before routing.
fn normalise_path() {
    let path = pathname();
    if !path.contains("//") {
        return;
    }
    let mut clean = String::with_capacity(path.len());
    for c in path.chars() {
        if !(c == '/' && clean.ends_with('/')) {
            clean.push(c);
        }
    }
    crate::web::replace_address(&clean, &search());
}

thread_local! {
    /// Set when the router moved to a new page in the app (not on first load).
    static NAVIGATED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Notes that an in-app navigation happened: the next page to be ready
/// takes focus and is announced.
fn mark_navigated() {
    NAVIGATED.with(|n| n.set(true));
}

/// True once after an in-app navigation: the page that is ready then takes
/// focus and is announced.
pub fn take_navigated() -> bool {
    NAVIGATED.with(|n| n.replace(false))
}

/// The address's path below the app's base (`""`, `"articles/x"`), or a
/// path no page matches when the address is outside the app.
pub fn app_path() -> String {
    let path = pathname();
    match super::within_base(&path, &base_path()) {
        Some(rest) => rest.to_owned(),
        None => format!("\u{0}{path}"),
    }
}

/// For a click on a link to another page of the app: keeps the page,
/// records the new address in the history, scrolls to the top and returns
/// true. Anything else (other sites, new tabs, downloads, modified clicks,
/// links within the page) is left to the browser.
fn follow_link(ev: &web_sys::Event) -> bool {
    let Some(ev) = ev.dyn_ref::<web_sys::MouseEvent>() else { return false };
    if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.ctrl_key() || ev.shift_key() || ev.alt_key() {
        return false;
    }
    let Some(w) = web_sys::window() else { return false };
    let link = target_closest(ev, "a[href]").and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(a) = link else { return false };
    let here = w.location();
    let leaves = a.origin() != here.origin().unwrap_or_default()
        || a.has_attribute("download")
        || a.get_attribute("target").is_some_and(|t| !t.is_empty() && t != "_self")
        || a.get_attribute("rel").is_some_and(|r| r.split_ascii_whitespace().any(|r| r == "external"));
    let path = a.pathname();
    if leaves || super::within_base(&path, &base_path()).is_none() {
        return false;
    }
    let (search, hash) = (a.search(), a.hash());
    if !hash.is_empty() && path == pathname() {
        // A link within this page (a citation, a back-link): made when the
        // query was different (before an audience switch), it must not
        // reload the page or change the query.
        if search != self::search() {
            ev.prevent_default();
            jump_to(hash.trim_start_matches('#'));
        }
        return false;
    }
    ev.prevent_default();
    push(&format!("{path}{search}{hash}"));
    true
}
