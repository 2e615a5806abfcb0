//! Taking over from a page prerendered at build time, without a shift.

use wasm_bindgen::JsCast;

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
pub fn take_over() {
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

