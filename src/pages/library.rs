use crate::{SiteLoader, site_name};
use crate::components::load_error_view::show_error;
use crate::components::slot::Slot;
use crate::content::{library, listing, seo};
use crate::router::{query as param, set_query as set_param};
use crate::web::{self, markup_of};
use crate::loader::Loader;
use leptos::prelude::*;

/// `/`: every published article, most recently updated first, with a
/// search box and topic filters. The query lives in the address (`?q=`).
#[component]
pub fn LibraryPage(
    /// `site.json`, loaded by the App.
    site: SiteLoader,
) -> impl IntoView {
    let index = Loader::new(crate::data::index);
    let query = RwSignal::new(param("q").unwrap_or_default());
    let topic = RwSignal::new(param("topic").unwrap_or_default());
    let page = RwSignal::new(library::page_number(param("page").as_deref()));
    // A new query or topic starts again at the first page.
    let set_query = move |q: String| {
        set_param("q", &crate::query::encode(&q));
        set_param("page", "");
        page.set(1);
        query.set(q);
    };
    let set_topic = move |t: String| {
        set_param("topic", &crate::query::encode(&t));
        set_param("page", "");
        page.set(1);
        topic.set(t);
    };

    let name = move || site.get().and_then(|s| s.ok()).map(|s| s.name.clone());
    Effect::new(move || {
        if let (Some(name), Some(Ok(_))) = (name(), index.get()) {
            web::page_ready(&name, seo::LIBRARY_DESCRIPTION);
        }
    });

    let slot = Slot::new();
    slot.fill_with(move |slot| {
        match (site.get(), index.get()) {
            (_, Some(Err(error))) => show_error(slot, &error, site_name(site), Box::new(move || index.reload())),
            (Some(site_result), Some(Ok(index))) => slot.show(move || {
                let locale = site_result.as_ref().map(|s| s.locale.clone()).unwrap_or_else(|_| crate::content::DEFAULT_LOCALE.into());
                let name = site_result.as_ref().map(|s| s.name.clone()).unwrap_or_else(|_| "Medical answers".into());
                let topics = library::topics(&index.articles);
                let entries = index.articles.clone();
                // Each entry's words, folded once rather than on every keystroke.
                let entry_words: Vec<Vec<String>> = entries.iter().map(crate::content::search::entry_words).collect();
                let total = entries.len();
                let visible = {
                    let entries = entries.clone();
                    Memo::new(move |_| library::matching(&entries, &entry_words, &query.get(), &topic.get()))
                };
                let count_text = move || visible.with(|v| library::count_text(v.len(), total, page.get()));
                // Plain markup: the radios keep their own state; one listener
                // on the group hears every change.
                let topic_choices = listing::topic_choices(&topics, total, &topic.get_untracked());
                // Replaced whole as the reader types. "Clear search" is
                // handled by the one listener on the list.
                let list = Slot::new();
                list.fill_with(move |list| {
                    let (matched, page) = (visible.get(), page.get());
                    if total == 0 {
                        list.show_html(&listing::empty_library());
                    } else if matched.is_empty() {
                        list.show_html(&listing::no_matches(&query.get()));
                    } else {
                        let shown: Vec<_> = matched[library::page_range(matched.len(), page)].iter().map(|&i| entries[i].clone()).collect();
                        let base = web::base_path();
                        let mut html = listing::cards(&shown, &base, &|d| web::format_date(d, &locale));
                        let href = |n: usize| format!("{base}{}", crate::query::set_param(&web::search(), "page", &if n > 1 { n.to_string() } else { String::new() }));
                        html.append(listing::pager(page, library::page_count(matched.len()), &href));
                        list.show_html(&html);
                    }
                });
                let clear = move |ev: leptos::ev::MouseEvent| {
                    if web::target_closest(&ev, ".library__clear").is_some() {
                        set_query(String::new());
                        // "All topics", as if the reader chose it.
                        web::click("input[name=topic][value='']");
                    }
                };
                view! {
                    <h1 class="library__title" tabindex="-1">{name}</h1>
                    <p class="library__intro">
                        "Answers to clinical questions, written for patients, clinicians and students, and checked by doctors."
                    </p>
                    <div class="finder" role="search">
                        <label class="finder__label" for="library-search">"Search articles"</label>
                        <input
                            id="library-search"
                            class="finder__input"
                            type="search"
                            autocomplete="off"
                            placeholder="For example: gene therapy"
                            prop:value=move || query.get()
                            on:input=move |ev| set_query(event_target_value(&ev))
                        />
                        <fieldset
                            class="finder__topics"
                            use:markup_of=topic_choices
                            on:change=move |ev| set_topic(event_target_value(&ev))
                        ></fieldset>
                    </div>
                    <p class="finder__count" role="status">{count_text}</p>
                    <div node_ref=list.host on:click=clear></div>
                }
            }),
            _ => slot.show_html(&listing::library_skeleton()),
        }
    });
    view! { <div class="page library" node_ref=slot.host></div> }
}
