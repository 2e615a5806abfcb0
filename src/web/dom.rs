//! Small DOM helpers: listeners, clicks, scrolling, media queries.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

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

/// Resolves once the next frame has been painted: work after it no longer
/// delays what the reader's last input shows.
pub async fn after_paint() {
    // A frame's callbacks run just before its paint; a task queued from
    // there runs after it.
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    crate::web::sleep(0).await;
}

/// True when a click came from a finger or pen (a tap): what the click
/// itself says, or, where a click does not say (a keyboard, engines whose
/// clicks are plain mouse events), whether the device cannot hover. Asking
/// the event first matters where both exist: a laptop with a touch screen,
/// or a headless browser that reports no hover at all.
pub fn is_tap(ev: &web_sys::MouseEvent) -> bool {
    match ev.dyn_ref::<web_sys::PointerEvent>().map(|p| p.pointer_type()) {
        Some(kind) if !kind.is_empty() => kind != "mouse",
        _ => cannot_hover(),
    }
}

/// True on devices whose main pointer cannot hover (touch screens).
fn cannot_hover() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(hover: none)").ok().flatten())
        .is_some_and(|m| m.matches())
}

