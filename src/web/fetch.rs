//! Fetching content files: time-outs, retries and what went wrong.

use super::address::base_path;
use crate::content::{self, ParseError};
use std::fmt;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The largest content file the app reads (a library index of about 20,000
/// answers fits).
pub const MAX_CONTENT_BYTES: usize = 8 << 20;

/// Why a response's body was not taken.
pub enum BodyError {
    /// Longer than the cap (by its declared length, before reading; or once read).
    TooLarge,
    /// Reading it failed (the connection, or the deadline).
    Failed,
}

/// A response's body as text, at most `cap` bytes.
pub async fn text_within(response: &gloo_net::http::Response, cap: usize) -> Result<String, BodyError> {
    let declared: Option<usize> = response.headers().get("content-length").and_then(|n| n.trim().parse().ok());
    if declared.is_some_and(|n| n > cap) {
        return Err(BodyError::TooLarge);
    }
    let text = response.text().await.map_err(|_| BodyError::Failed)?;
    if text.len() > cap {
        return Err(BodyError::TooLarge);
    }
    Ok(text)
}

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
    /// Larger than [`MAX_CONTENT_BYTES`]: not read, so a phone is not frozen.
    TooLarge { file: String },
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
            LoadError::TooLarge { .. } => "This content is too large to show",
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
            LoadError::TooLarge { file } => write!(f, "{file} is larger than {} MB, the most this site reads.", MAX_CONTENT_BYTES >> 20),
            LoadError::Content { file, error } => write!(f, "{file} can't be read: {error}."),
        }
    }
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

/// Fetches `content/<file>` (or `search/…`, a piece of the library) and parses it with `parse`. Network failures and
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

/// The text of a content file: read once per visit (coming back to a page
/// reads memory, and the host's caches see plain addresses), retried with
/// backoff after network and server errors. (Not generic, so there is one
/// copy of it in the wasm.)
pub async fn load_text(file: &str) -> Result<String, LoadError> {
    if let Some(text) = READ.with(|r| r.borrow().iter().find(|(f, _)| f == file).map(|(_, t)| t.clone())) {
        return Ok(text);
    }
    let mut attempt = 0;
    loop {
        match fetch_text(file).await {
            Ok(text) => {
                READ.with(|r| r.borrow_mut().push((file.to_owned(), text.clone())));
                return Ok(text);
            }
            Err(LoadError::Network { .. } | LoadError::Server { .. }) if attempt < RETRY_BACKOFF_MS.len() => {
                sleep(RETRY_BACKOFF_MS[attempt]).await;
                attempt += 1;
            }
            other => return other,
        }
    }
}

/// The texts of `files`, fetched at the same time (each read once per
/// visit, like [`load_text`], and a file already on its way is not asked
/// for again); `None` for a file the site does not have. The first other
/// failure is the result. (Through `Promise.all` rather than a Rust join:
/// the same, for a fraction of the wasm.)
pub async fn load_texts(files: &[String]) -> Result<Vec<Option<String>>, LoadError> {
    let promises: js_sys::Array = files.iter().map(|f| JsValue::from(text_promise(f))).collect();
    match wasm_bindgen_futures::JsFuture::from(js_sys::Promise::all(&promises)).await {
        Ok(all) => Ok(js_sys::Array::from(&all).iter().map(|v| v.as_string()).collect()),
        Err(_) => Err(FAILED.with(|m| m.borrow().clone()).unwrap_or(LoadError::Network { file: String::new() })),
    }
}

/// A promise of `file`'s text (`null` when the site has no such file),
/// asked for now, shared by everyone who asks while it is on its way; when
/// it fails, the reason is the latest in `FAILED`.
pub fn text_promise(file: &str) -> js_sys::Promise {
    if let Some(p) = IN_FLIGHT.with(|m| m.borrow().iter().find(|(f, _)| f == file).map(|(_, p)| p.clone())) {
        return p;
    }
    let f = file.to_owned();
    let promise = wasm_bindgen_futures::future_to_promise(async move {
        let result = load_text(&f).await;
        IN_FLIGHT.with(|m| m.borrow_mut().retain(|(x, _)| *x != f));
        match result {
            Ok(t) => Ok(JsValue::from_str(&t)),
            Err(LoadError::NotFound { .. }) => Ok(JsValue::NULL),
            Err(e) => {
                FAILED.with(|m| *m.borrow_mut() = Some(e));
                Err(JsValue::NULL)
            }
        }
    });
    IN_FLIGHT.with(|m| m.borrow_mut().push((file.to_owned(), promise.clone())));
    promise
}

thread_local! {
    /// Files on their way, and the promise of each.
    static IN_FLIGHT: std::cell::RefCell<Vec<(String, js_sys::Promise)>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Why the latest failed load failed.
    static FAILED: std::cell::RefCell<Option<LoadError>> = const { std::cell::RefCell::new(None) };
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
    /// The content files read on this visit, and their text.
    static READ: std::cell::RefCell<Vec<(String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
    /// How many times each content file has been requested on this page.
    static REQUESTS: std::cell::RefCell<Vec<(String, u32)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The address of a content file. The first request may be answered by the
/// page's `<link rel=preload>`; later ones (only ever a retry or a "Try
/// again" after a failure: what was read is kept) carry `?r=N` so a stalled
/// or failed response is never reused. Static hosts ignore the query.
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
    // The library's search pieces sit beside content/ (see content::pieces).
    let folder = if file.starts_with("search/") { "" } else { "content/" };
    let base = format!("{}{folder}{file}", base_path());
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
    text_within(&request, MAX_CONTENT_BYTES).await.map_err(|e| match e {
        BodyError::TooLarge => LoadError::TooLarge { file: file.to_owned() },
        BodyError::Failed => failed(&deadline),
    })
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

/// Loads and parses `site.json`.
pub async fn load_site() -> Result<content::Site, LoadError> {
    load("site.json".into(), content::parse_site).await
}

