use crate::content::markup::Markup;
use crate::content::{Article, Site, article_page, audience, seo};
use crate::web::{self, markup_of};
use leptos::prelude::*;
use std::sync::Arc;

/// Where the reader's audience is remembered.
const AUDIENCE_KEY: &str = "audience";

/// A loaded article in the reader's audience, which they can change in place
/// with the picker ("Which best describes you?").
///
/// The article is the markup publish writes into its page
/// (`content::article_page`), set once. Each version is rendered the first
/// time it is shown and then kept, hidden while another is shown: switching
/// back and forth only flips `hidden`, and the reader's place and focus
/// survive. One listener on the article hears the picker's radios.
#[component]
pub fn ArticleView(
    /// The site (audiences, board, locale).
    site: Arc<Site>,
    /// The article.
    article: Arc<Article>,
    /// The reader's audience id; set here from the address, storage or the
    /// site's default, and changed by the picker.
    selected: RwSignal<String>,
    /// What follows the versions inside the article: citations and related
    /// answers (`content::extras`).
    after: Markup,
) -> impl IntoView {
    let from_address = crate::router::query("audience");
    let from_storage = web::stored(web::Store::Local, AUDIENCE_KEY);
    let initial = audience::resolve(&site, from_address.as_deref(), from_storage.as_deref()).id.to_string();
    web::page_ready(&seo::title(&article.question, Some(&site.name)), &article.summary);
    let (base, here) = (web::base_path(), web::here());
    let mut inner = article_page::inner(&site, &article, &initial, &here, &base, &|d| web::format_date(d, &site.locale));
    inner.append(after);
    selected.set(initial);

    // Where the picker was on screen just before the reader chose, noted on
    // pointer-down or key-down (while layout is still clean, so it is free).
    let picker_top = StoredValue::new(None::<f64>);
    let note_position = move |ev: web_sys::Event| {
        if web::target_closest(&ev, ".picker__set").is_some() {
            picker_top.set_value(web::top_of("audience-picker"));
        }
    };
    let choose = move |ev: web_sys::Event| {
        let (Some(radio), Some(root)) = (web::target_closest(&ev, "input[name=audience]"), web::target_closest(&ev, "article")) else { return };
        let Some(id) = radio.get_attribute("value").filter(|id| selected.get_untracked() != *id) else { return };
        let top = picker_top.try_update_value(|t| t.take()).flatten().or_else(|| web::top_of("audience-picker"));
        crate::router::set_query(&[("audience", &id)]);
        web::store(web::Store::Local, AUDIENCE_KEY, &id);
        show(&root, &site, &article, &id, &here, &base);
        selected.set(id);
        if let Some(top) = top {
            web::keep_in_place("audience-picker", top);
        }
    };
    view! {
        <article
            class="article"
            aria-labelledby="article-title"
            use:markup_of=inner
            on:pointerdown=move |ev| note_position(ev.into())
            on:keydown=move |ev| note_position(ev.into())
            on:change=choose
        ></article>
    }
}

/// Shows the version for a reader who wants `wanted` in the article `root`
/// (rendering it the first time), hides the others, and says so when the
/// article has no version for `wanted`.
fn show(root: &web_sys::Element, site: &Site, article: &Article, wanted: &str, here: &str, base: &str) {
    let shown = article_page::shown(site, article, wanted);
    let mut rendered = None;
    for first in [".answer__version", ".article__version"] {
        let mut el = root.query_selector(first).ok().flatten();
        // The versions are siblings; what follows them is not a version.
        while let Some(e) = el {
            let Some(audience) = e.get_attribute("data-audience") else { break };
            let this = audience == shown;
            if this && e.first_child().is_none() {
                let (answer, body) = rendered.get_or_insert_with(|| article_page::version(site, article, &shown, here, base));
                web::set_markup(&e, if first == ".answer__version" { answer } else { body });
            }
            let _ = if this { e.remove_attribute("hidden") } else { e.set_attribute("hidden", "") };
            el = e.next_element_sibling();
        }
    }
    if let Some(note) = root.query_selector(".picker__fallback").ok().flatten() {
        note.set_text_content(Some(&article_page::fallback_note(site, article, wanted).unwrap_or_default()));
    }
}
