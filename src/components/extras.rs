//! "Cite this answer" and "Was this helpful?" at an article's end: their
//! markup comes from `content::extras` (set with the page); these handlers,
//! called by the one click listener on `<main>` (as `tips.rs` is) and once
//! before printing, serve them. What they need is in the markup (`data-*`,
//! the citations' template) and in the page (the audience radio that is
//! checked).

use crate::content::{Date, Json, extras};
use crate::web::{self, Store};
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// The key that remembers this browser's vote on `article`.
fn vote_key(article: &str) -> String {
    format!("feedback:{article}")
}

/// True once this browser has voted on `article`: one vote per article.
pub fn voted(article: &str) -> bool {
    web::stored(Store::Local, &vote_key(article)).is_some()
}

/// Clicks in `<main>`: opening "Cite this answer", a Copy button, Send.
pub fn on_click(ev: &web_sys::Event) {
    if let Some(details) = web::target_closest(ev, ".citing__summary").and_then(|s| s.parent_element()) {
        write_citations(&details);
    } else if let Some(button) = web::target_closest(ev, ".citing__copy") {
        copy(&button);
    } else if let Some(section) = web::target_closest(ev, ".feedback__send").and_then(|_| web::target_closest(ev, ".feedback")) {
        send(&section);
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

/// Sends the reader's vote; then thanks and remembers it; on failure, says
/// why and keeps what they chose and wrote.
fn send(section: &web_sys::Element) {
    let said = section.query_selector(".feedback__said").ok().flatten();
    let say = move |text: &str| {
        if let Some(s) = &said {
            s.set_text_content(Some(text));
        }
    };
    if section.has_attribute("aria-busy") {
        return;
    }
    let Some(helpful) = section.query_selector("input[name=helpful]:checked").ok().flatten().and_then(|r| r.get_attribute("value")) else {
        return say("Please choose Yes or No first.");
    };
    let reason = section
        .query_selector("textarea")
        .ok()
        .flatten()
        .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .map(|t| t.value().trim().chars().take(extras::MAX_REASON).collect::<String>())
        .unwrap_or_default();
    let attr = |name: &str| section.get_attribute(name).unwrap_or_default();
    let (article, endpoint) = (attr("data-article"), attr("data-endpoint"));
    let field = |k: &str, v: Json| (k.to_owned(), v);
    let mut body = vec![field("article", Json::Str(article.clone())), field("audience", Json::Str(audience())), field("helpful", Json::Bool(helpful == "yes"))];
    if !reason.is_empty() {
        body.push(field("reason", Json::Str(reason)));
    }
    let _ = section.set_attribute("aria-busy", "true");
    say("Sending…");
    let section = section.clone();
    spawn_local(async move {
        let sent = web::send_feedback(&endpoint, Json::Object(body).to_text()).await;
        let _ = section.remove_attribute("aria-busy");
        match sent {
            Ok(()) => {
                web::store(Store::Local, &vote_key(&article), &helpful);
                web::set_markup(&section, &extras::feedback_thanks());
            }
            Err(why) => say(&why),
        }
    });
}
