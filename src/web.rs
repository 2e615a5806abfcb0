//! The thin layer that touches the browser: fetching content, storage,
//! the address bar, dates, scrolling. Nothing here panics on outside data.

use crate::content::{self, Date, ParseError};
use std::fmt;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// How long a content fetch may take before we call it a time-out.
const FETCH_TIMEOUT_MS: i32 = 15_000;

/// Why a content file could not be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The address names something that cannot be a slug: nothing was fetched.
    BadAddress,
    /// 404, or the host answered with its HTML page instead of the file.
    NotFound { file: String },
    /// Any other non-2xx status.
    Server { file: String, status: u16 },
    /// The request never got an answer.
    Network { file: String },
    TimedOut { file: String },
    /// The file arrived but cannot be read.
    Content { file: String, error: ParseError },
}

impl LoadError {
    /// True when trying again may help.
    pub fn retryable(&self) -> bool {
        matches!(self, LoadError::Network { .. } | LoadError::TimedOut { .. } | LoadError::Server { .. })
    }

    /// A short headline for the reader.
    pub fn title(&self) -> &'static str {
        match self {
            LoadError::BadAddress | LoadError::NotFound { .. } => "We couldn't find that page",
            LoadError::Server { .. } => "The server had a problem",
            LoadError::Network { .. } => "We couldn't reach the server",
            LoadError::TimedOut { .. } => "The server took too long to answer",
            LoadError::Content { error: ParseError::Format(_), .. } => "This content needs a newer version of the site",
            LoadError::Content { .. } => "This content could not be displayed",
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LoadError::BadAddress => f.write_str("This address doesn't name an article. Check the link, or browse the library."),
            LoadError::NotFound { file } => write!(f, "There is no content at {file}. It may have been moved or unpublished."),
            LoadError::Server { file, status } => write!(f, "Loading {file} failed with status {status}. Please try again in a moment."),
            LoadError::Network { file } => write!(f, "Loading {file} failed. Check your connection and try again."),
            LoadError::TimedOut { file } => write!(f, "Loading {file} took longer than {} seconds.", FETCH_TIMEOUT_MS / 1000),
            LoadError::Content { file, error } => write!(f, "{file} can't be read: {error}."),
        }
    }
}

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

/// Waits `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Pauses before each retry of a failed content fetch.
const RETRY_BACKOFF_MS: [i32; 2] = [400, 1200];

/// Fetches `content/<file>` and parses it with `parse`. Network failures and
/// server errors are retried twice, with a growing pause, before giving up.
pub async fn load<T>(file: String, parse: fn(&str) -> Result<T, ParseError>) -> Result<T, LoadError> {
    let text = load_text(&file).await?;
    match parse(&text) {
        Ok(v) => Ok(v),
        // A host that rewrites unknown paths answers with its index.html.
        Err(ParseError::Html) => Err(LoadError::NotFound { file }),
        Err(error) => Err(LoadError::Content { file, error }),
    }
}

/// Loads `content/<folder>/<slug>.json` for a slug taken from the address,
/// which is checked first: anything that is not a slug is a bad address and
/// is never fetched.
pub async fn load_named<T>(folder: &str, slug: &str, parse: fn(&str) -> Result<T, ParseError>) -> Result<T, LoadError> {
    if !content::is_slug(slug) {
        return Err(LoadError::BadAddress);
    }
    load(format!("{folder}/{slug}.json"), parse).await
}

/// The text of a content file, retried with backoff after network and
/// server errors. (Not generic, so there is one copy of it in the wasm.)
async fn load_text(file: &str) -> Result<String, LoadError> {
    let mut attempt = 0;
    loop {
        match fetch_text(file).await {
            Err(LoadError::Network { .. } | LoadError::Server { .. }) if attempt < RETRY_BACKOFF_MS.len() => {
                sleep(RETRY_BACKOFF_MS[attempt]).await;
                attempt += 1;
            }
            other => return other,
        }
    }
}

/// An abort signal that fires after a time limit (or when cancelled), and
/// remembers which of the two happened. Clones share the same clock.
#[derive(Clone)]
pub struct Deadline {
    controller: Option<web_sys::AbortController>,
    expired: std::rc::Rc<std::cell::Cell<bool>>,
    _timer: std::rc::Rc<Option<Timer>>,
}

impl Deadline {
    /// Starts the clock.
    pub fn new(ms: i32) -> Deadline {
        let controller = web_sys::AbortController::new().ok();
        let expired = std::rc::Rc::new(std::cell::Cell::new(false));
        let timer = controller.as_ref().and_then(|c| {
            let (c, flag) = (c.clone(), expired.clone());
            // Handed to JS for good: if the timer were cleared with a wrong
            // id, a late call must still find a live function.
            let cb = Closure::once_into_js(move || {
                flag.set(true);
                c.abort();
            });
            let id = web_sys::window()?.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), ms).ok()?;
            Some(Timer { id })
        });
        Deadline { controller, expired, _timer: std::rc::Rc::new(timer) }
    }

    /// The signal to hand to a request.
    pub fn signal(&self) -> Option<web_sys::AbortSignal> {
        self.controller.as_ref().map(|c| c.signal())
    }

    /// Aborts now (the reader cancelled).
    pub fn cancel(&self) {
        if let Some(c) = &self.controller {
            c.abort();
        }
    }

    /// True when the time ran out (as opposed to a cancel or a network failure).
    pub fn expired(&self) -> bool {
        self.expired.get()
    }
}

thread_local! {
    /// How many times each content file has been requested on this page.
    static REQUESTS: std::cell::RefCell<Vec<(String, u32)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The address of a content file. The first request may be answered by the
/// page's `<link rel=preload>`; later ones (a retry, a "Try again", coming
/// back to the article) carry `?r=N` so a stalled or failed preload is
/// never reused. Static hosts ignore the query.
fn content_url(file: &str) -> String {
    let n = REQUESTS.with(|r| {
        let mut r = r.borrow_mut();
        match r.iter_mut().find(|(f, _)| f == file) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                r.push((file.to_owned(), 0));
                0
            }
        }
    });
    let base = format!("{}content/{file}", base_path());
    if n == 0 { base } else { format!("{base}?r={n}") }
}

async fn fetch_text(file: &str) -> Result<String, LoadError> {
    let url = content_url(file);
    let deadline = Deadline::new(FETCH_TIMEOUT_MS);
    let failed = |deadline: &Deadline| {
        if deadline.expired() {
            LoadError::TimedOut { file: file.to_owned() }
        } else {
            LoadError::Network { file: file.to_owned() }
        }
    };
    let request = gloo_net::http::Request::get(&url)
        .abort_signal(deadline.signal().as_ref())
        .send()
        .await
        .map_err(|_| failed(&deadline))?;
    let status = request.status();
    if status == 404 || status == 410 {
        return Err(LoadError::NotFound { file: file.to_owned() });
    }
    if !request.ok() {
        return Err(LoadError::Server { file: file.to_owned(), status });
    }
    request.text().await.map_err(|_| failed(&deadline))
}

/// Clears its time-out when dropped.
struct Timer {
    id: i32,
}

impl Drop for Timer {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_timeout_with_handle(self.id);
        }
    }
}

/// How long the answer service may take.
pub const ASK_TIMEOUT_MS: i32 = 30_000;

/// Why a follow-up question got no answer.
#[derive(Debug, Clone, PartialEq)]
pub enum AskError {
    /// The service answered with a status other than 200.
    Status(u16),
    /// The reply was not JSON, or not an answer or acknowledgement.
    Unreadable,
    TimedOut,
    Network,
    /// The reader pressed Cancel.
    Cancelled,
}

impl fmt::Display for AskError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AskError::Status(s) if *s >= 500 => write!(f, "The answer service is having trouble right now (error {s}). Your question is still here; please try again in a moment."),
            AskError::Status(s) => write!(f, "The answer service could not take this question (error {s}). Your question is still here; you can try again."),
            AskError::Unreadable => f.write_str("The answer service sent a reply we could not read. Your question is still here; you can try again."),
            AskError::TimedOut => write!(f, "No answer arrived within {} seconds. Your question is still here; you can try again.", ASK_TIMEOUT_MS / 1000),
            AskError::Network => f.write_str("We could not reach the answer service. Check your connection; your question is still here."),
            AskError::Cancelled => f.write_str("You cancelled the question. It is still here if you want to ask again."),
        }
    }
}

/// Sends a follow-up question to the answer service.
pub async fn ask(endpoint: &str, question: &str, article: &str, audience: &str, deadline: &Deadline) -> Result<content::Reply, AskError> {
    let url = if endpoint.starts_with('/') { href(endpoint) } else { endpoint.to_owned() };
    // The contract's request body.
    let field = |k: &str, v: &str| (k.to_owned(), content::Json::Str(v.to_owned()));
    let body = content::Json::Object(vec![field("question", question), field("article", article), field("audience", audience)]).to_text();
    let failed = |d: &Deadline, cancelled: bool| {
        if d.expired() {
            AskError::TimedOut
        } else if cancelled {
            AskError::Cancelled
        } else {
            AskError::Network
        }
    };
    let is_aborted = || deadline.signal().is_some_and(|s| s.aborted());
    let request = gloo_net::http::Request::post(&url)
        .header("Content-Type", "application/json")
        .abort_signal(deadline.signal().as_ref())
        .body(body)
        .map_err(|_| AskError::Network)?;
    let response = request.send().await.map_err(|_| failed(deadline, is_aborted()))?;
    if response.status() != 200 {
        return Err(AskError::Status(response.status()));
    }
    let text = response.text().await.map_err(|_| failed(deadline, is_aborted()))?;
    content::parse_reply(&text).map_err(|_| AskError::Unreadable)
}

/// Loads and parses `site.json`.
pub async fn load_site() -> Result<content::Site, LoadError> {
    load("site.json".into(), content::parse_site).await
}

/// Which browser storage: kept on this device, or only for this tab.
#[derive(Clone, Copy)]
pub enum Store {
    Local,
    Session,
}

fn storage(which: Store) -> Option<web_sys::Storage> {
    let w = web_sys::window()?;
    match which {
        Store::Local => w.local_storage(),
        Store::Session => w.session_storage(),
    }
    .ok()
    .flatten()
}

/// A remembered value; `None` when absent or storage is unavailable.
pub fn stored(which: Store, key: &str) -> Option<String> {
    storage(which)?.get_item(key).ok().flatten()
}

/// Remembers a value; silently forgets when storage is unavailable or full.
pub fn store(which: Store, key: &str, value: &str) {
    if let Some(s) = storage(which) {
        let _ = s.set_item(key, value);
    }
}

/// Forgets a value; does nothing when storage is unavailable.
pub fn forget(which: Store, key: &str) {
    if let Some(s) = storage(which) {
        let _ = s.remove_item(key);
    }
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

/// Replaces the query string without a reload or a new history entry.
pub fn replace_search(new_search: &str) {
    let Some(w) = web_sys::window() else { return };
    let hash = w.location().hash().unwrap_or_default();
    let url = format!("{}{new_search}{hash}", pathname());
    if let Ok(h) = w.history() {
        let state = h.state().unwrap_or(JsValue::NULL);
        let _ = h.replace_state_with_url(&state, "", Some(&url));
    }
}

/// A date written for `locale`, through the browser's Intl when it can.
pub fn format_date(date: Date, locale: &str) -> String {
    let js = js_sys::Date::new(&JsValue::from_str(&format!("{date}T00:00:00Z")));
    let opts = js_sys::Object::new();
    for (k, v) in [("timeZone", "UTC"), ("year", "numeric"), ("month", "long"), ("day", "numeric")] {
        let _ = js_sys::Reflect::set(&opts, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    let formatted: Option<String> = js_sys::Reflect::get(&js, &JsValue::from_str("toLocaleDateString"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call2(&js, &JsValue::from_str(locale), &opts).ok())
        .and_then(|s| s.as_string());
    formatted.filter(|s| !s.is_empty() && s != "Invalid Date").unwrap_or_else(|| date.long_en(locale))
}

/// Goes to the element `id` on this page, as a fragment link would, but
/// relative to the page's own address (a `<base>` would otherwise send
/// `#id` to the site root) and without leaving the current query string.
pub fn jump_to(id: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(id);
    }
}

/// Calls `f` for every `event` on the window, for as long as the page lives
/// (the app's own listeners; one closure type for all of them).
pub fn on_window(event: &str, f: impl FnMut(web_sys::Event) + 'static) {
    let f: Box<dyn FnMut(web_sys::Event)> = Box::new(f);
    let closure = Closure::wrap(f);
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    }
    closure.forget();
}

/// Clicks the element matching `selector`, as the reader would.
pub fn click(selector: &str) {
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(selector).ok().flatten());
    if let Some(el) = el.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        el.click();
    }
}

/// The element matching `selector` that `ev` happened on or inside, if any:
/// how delegated listeners find what was clicked, tapped or focused.
pub fn target_closest(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    ev.target()?.dyn_into::<web_sys::Element>().ok()?.closest(selector).ok()?
}

/// The distance from the viewport top to the element with `id`.
pub fn top_of(id: &str) -> Option<f64> {
    let el = web_sys::window()?.document()?.get_element_by_id(id)?;
    Some(el.get_bounding_client_rect().top())
}

/// After the next render, scrolls so the element `id` is back at `top`.
pub fn keep_in_place(id: &'static str, top: f64) {
    let Some(w) = web_sys::window() else { return };
    let cb = Closure::once_into_js(move || {
        if let (Some(now), Some(w)) = (top_of(id), web_sys::window()) {
            let delta = now - top;
            if delta.abs() > 0.5 {
                w.scroll_by_with_x_and_y(0.0, delta);
            }
        }
    });
    let _ = w.request_animation_frame(cb.unchecked_ref());
}

/// The site's origin ("https://example.org").
pub fn origin() -> String {
    web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
}

/// True on devices whose main pointer cannot hover (touch screens).
pub fn cannot_hover() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(hover: none)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Renames a prerendered `#app` to `#app-prerendered` and puts a hidden,
/// empty `#app` beside it for the live app.
pub fn live_root_beside(prerendered: &web_sys::HtmlElement) -> Option<web_sys::HtmlElement> {
    let doc = prerendered.owner_document()?;
    prerendered.set_id("app-prerendered");
    let live: web_sys::HtmlElement = doc.create_element("div").ok()?.dyn_into().ok()?;
    live.set_id("app");
    live.set_hidden(true);
    prerendered.parent_node()?.insert_before(&live, prerendered.next_sibling().as_ref()).ok()?;
    Some(live)
}

/// Once the live app has a page to show: carries over what the reader did on
/// the prerendered page (a typed question, a chosen audience), then swaps the
/// two in one frame, so nothing shifts. Marks `<html data-app-live>`.
fn take_over() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let html = doc.document_element();
    if let (Some(old), Some(live)) = (doc.get_element_by_id("app-prerendered"), doc.get_element_by_id("app")) {
        let typed = old
            .query_selector("textarea").ok().flatten()
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .filter(|t| Ok(t.value()) != t.default_value())
            .map(|t| t.value())
            .filter(|v| !v.trim().is_empty());
        let new_box = live.query_selector("textarea").ok().flatten().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
        if let (Some(text), Some(new_box)) = (typed, new_box) {
            if new_box.value().is_empty() {
                new_box.set_value(&text);
                if let Ok(ev) = web_sys::Event::new("input") {
                    let _ = new_box.dispatch_event(&ev);
                }
            }
        }
        let checked = |root: &web_sys::Element| {
            root.query_selector("input[type=radio][name=audience]:checked").ok().flatten().map(|r| r.id())
        };
        let (was, now) = (checked(&old), checked(&live));
        old.remove();
        let _ = live.remove_attribute("hidden");
        if let (Some(was), Some(now)) = (was, now) {
            if was != now {
                if let Some(radio) = live.query_selector(&format!("#{was}")).ok().flatten().and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
                    radio.click();
                }
            }
        }
    }
    if let Some(html) = html {
        let _ = html.set_attribute("data-app-live", "");
    }
}

/// Shows the crash screen from `index.html` when anything panics, and logs it.
pub fn install_panic_screen() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("The app stopped: {info}")));
        let doc = web_sys::window().and_then(|w| w.document());
        if let Some(doc) = doc {
            if let (Some(link), Some(here)) = (doc.get_element_by_id("crash-reload"), doc.url().ok()) {
                let _ = link.set_attribute("href", &here);
            }
            if let Some(crash) = doc.get_element_by_id("crash") {
                let _ = crash.remove_attribute("hidden");
            }
            for id in ["app", "app-prerendered"] {
                if let Some(app) = doc.get_element_by_id(id) {
                    let _ = app.set_attribute("hidden", "");
                }
            }
        }
    }));
}

thread_local! {
    /// Set when the router moved to a new page in the app (not on first load).
    static NAVIGATED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Notes that an in-app navigation happened: the next page to be ready
/// takes focus and is announced.
pub fn mark_navigated() {
    NAVIGATED.with(|n| n.set(true));
}

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
        (Some(json), Some(el)) => el.set_text_content(Some(json)),
        (Some(json), None) => {
            if let Some(el) = head_el(&doc, "script[type='application/ld+json']", "script", &[("type", "application/ld+json")]) {
                el.set_text_content(Some(json));
            }
        }
        (None, Some(el)) => el.remove(),
        (None, None) => {}
    }
    let take_over = Closure::once_into_js(take_over);
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(take_over.unchecked_ref());
    }
    if NAVIGATED.with(|n| n.replace(false)) {
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

/// The address's path below the app's base (`""`, `"articles/x"`), or a
/// path no page matches when the address is outside the app.
pub fn app_path() -> String {
    let path = pathname();
    match crate::route::within_base(&path, &base_path()) {
        Some(rest) => rest.to_owned(),
        None => format!("\u{0}{path}"),
    }
}

/// For a click on a link to another page of the app: keeps the page,
/// records the new address in the history, scrolls to the top and returns
/// true. Anything else (other sites, new tabs, downloads, modified clicks,
/// links within the page) is left to the browser.
pub fn follow_link(ev: &web_sys::Event) -> bool {
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
    if leaves || crate::route::within_base(&path, &base_path()).is_none() {
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
    if let Ok(h) = w.history() {
        let _ = h.push_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}{hash}")));
    }
    w.scroll_to_with_x_and_y(0.0, 0.0);
    true
}
