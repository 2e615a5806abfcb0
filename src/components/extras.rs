//! "Cite this answer" at an article's end: its markup comes from
//! `content::extras` (publish wrote it; the app sets it with the page);
//! these handlers, called by the one click listener on `<main>` (as
//! `tips.rs` is) and once before printing, serve it. What they need is in
//! the markup (`data-slug`, the citations' template) and in the page (the
//! audience radio that is checked).

use crate::content::{Date, extras};
use crate::web;
use leptos::task::spawn_local;

/// Clicks in `<main>`: opening "Cite this answer", and a Copy button.
pub fn on_click(ev: &web_sys::Event) {
    if let Some(details) = web::target_closest(ev, ".citing__summary").and_then(|s| s.parent_element()) {
        write_citations(&details);
    } else if let Some(button) = web::target_closest(ev, ".citing__copy") {
        copy(&button);
    }
}

/// Before printing: the citations are written and their disclosure open,
/// so the printed page carries them.
pub fn before_print() {
    if let Some(details) = document_query("details.citing") {
        write_citations(&details);
        let _ = details.set_attribute("open", "");
    }
}

fn document_query(selector: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.query_selector(selector).ok().flatten()
}

/// The audience of the version the reader is reading (its picker's radio).
fn audience() -> String {
    document_query("input[name=audience]:checked").and_then(|r| r.get_attribute("value")).unwrap_or_default()
}

/// Writes the citations into the disclosure, from the template publish
/// wrote, for the audience shown and today: the address and the day
/// accessed are the reader's.
fn write_citations(details: &web_sys::Element) {
    let slug = details.get_attribute("data-slug").unwrap_or_default();
    let (Ok(Some(template)), Ok(Some(body))) = (details.query_selector("template"), details.query_selector(".citing__body")) else { return };
    let now = js_sys::Date::new_0();
    let today = Date { year: now.get_full_year() as u16, month: now.get_month() as u8 + 1, day: now.get_date() as u8 };
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let url = format!("{origin}{}articles/{slug}?audience={}", web::base_path(), crate::query::encode(&audience()));
    web::set_markup(&body, &extras::fill_citations(&template.inner_html(), &url, today));
}

/// Copies the citation a Copy button belongs to, and says so politely.
fn copy(button: &web_sys::Element) {
    let text = button.previous_element_sibling().and_then(|p| p.text_content()).unwrap_or_default();
    let name = button.parent_element().and_then(|s| s.query_selector(".citing__name").ok().flatten()).and_then(|n| n.text_content()).unwrap_or_default();
    let said = button.closest(".citing__body").ok().flatten().and_then(|b| b.query_selector(".citing__said").ok().flatten());
    spawn_local(async move {
        let copied = match web_sys::window() {
            Some(w) => wasm_bindgen_futures::JsFuture::from(w.navigator().clipboard().write_text(&text)).await.is_ok(),
            None => false,
        };
        let message = if copied {
            format!("{name} citation copied.")
        } else {
            "This browser did not let us copy. Select the citation and copy it yourself.".to_owned()
        };
        if let Some(said) = said {
            said.set_text_content(Some(&message));
        }
    });
}
