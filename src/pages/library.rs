use crate::{SiteLoader, site_name};
use crate::components::load_error_view::show_error;
use crate::components::slot::Slot;
use crate::content::{chrome, order, search, seo};
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
    let set_query = move |q: String| {
        set_param("q", &crate::query::encode(&q));
        query.set(q);
    };
    let set_topic = move |t: String| {
        set_param("topic", &crate::query::encode(&t));
        topic.set(t);
    };

    let name = move || site.get().and_then(|s| s.ok()).map(|s| s.name.clone());
    Effect::new(move || {
        if let (Some(name), Some(Ok(_))) = (name(), index.get()) {
            web::page_ready(&seo::page_meta(&name, None, "Doctor-reviewed answers to clinical questions."));
        }
    });

    let slot = Slot::new();
    slot.fill_with(move |slot| {
        match (site.get(), index.get()) {
            (_, Some(Err(error))) => show_error(slot, &error, site_name(site), Box::new(move || index.reload())),
            (Some(site_result), Some(Ok(index))) => slot.show(move || {
                let locale = site_result.as_ref().map(|s| s.locale.clone()).unwrap_or_else(|_| crate::content::DEFAULT_LOCALE.into());
                let name = site_result.as_ref().map(|s| s.name.clone()).unwrap_or_else(|_| "Medical answers".into());
                // Each topic once (ignoring case and accents), in folded order.
                let mut topics: Vec<(String, String)> =
                    index.articles.iter().flat_map(|e| e.topics.iter().map(|t| (search::fold(t), t.clone()))).collect();
                order::sort_by(&mut topics, |a, b| a.0.cmp(&b.0));
                topics.dedup_by(|a, b| a.0 == b.0);
                let entries = index.articles.clone();
                // Each entry's words, folded once rather than on every keystroke.
                let entry_words: Vec<Vec<String>> = entries.iter().map(search::entry_words).collect();
                let visible = Memo::new(move |_| {
                    let (q, t) = (search::query_words(&query.get()), topic.get());
                    let folded = search::fold(&t);
                    entries
                        .iter()
                        .zip(&entry_words)
                        .filter(|(e, _)| t.is_empty() || e.topics.iter().any(|x| search::fold(x) == folded))
                        .filter(|(_, w)| search::words_match(w, &q))
                        .map(|(e, _)| e.clone())
                        .collect::<Vec<_>>()
                });
                let total = index.articles.len();
                let count_text = move || {
                    let n = visible.with(|v| v.len());
                    match n {
                        0 if total == 0 => "No articles yet".to_owned(),
                        0 => "No articles match".to_owned(),
                        1 if total == 1 => "1 article".to_owned(),
                        n if n == total => format!("{n} articles"),
                        n => format!("Showing {n} of {total} articles"),
                    }
                };
                // Plain markup: the radios keep their own state; one listener
                // on the group hears every change.
                let topic_choices = crate::content::chrome::topic_choices(&topics, &topic.get_untracked());
                // Replaced whole as the reader types. "Clear search" is
                // handled by the one listener on the list.
                let list = Slot::new();
                list.fill_with(move |list| {
                    let items = visible.get();
                    if total == 0 {
                        list.show_html(&chrome::empty_library());
                    } else if items.is_empty() {
                        list.show_html(&chrome::no_matches(&query.get()));
                    } else {
                        list.show_html(&chrome::cards(&items, &web::base_path(), &|d| web::format_date(d, &locale)));
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
            _ => slot.show_html(&chrome::library_skeleton()),
        }
    });
    view! { <div class="page library" node_ref=slot.host></div> }
}
