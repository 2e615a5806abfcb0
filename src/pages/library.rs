use crate::{SiteLoader, site_name};
use crate::components::load_error_view::show_error;
use crate::components::slot::Slot;
use crate::content::pieces::{Ask, Found};
use crate::content::{library, listing, seo};
use crate::router::{query as param, set_query as set_param};
use crate::web::{self, LoadError, markup_of};
use leptos::prelude::*;

/// `/`: every published article, most recently updated first, a page at a
/// time, with a search box and topic filters. The query, topic and page
/// live in the address (`?q=`, `?topic=`, `?page=`). What a page shows is
/// read from the library's pieces (`data::find`), never the whole index.
#[component]
pub fn LibraryPage(
    /// `site.json`, loaded by the App.
    site: SiteLoader,
) -> impl IntoView {
    let query = RwSignal::new(param("q").unwrap_or_default());
    let topic = RwSignal::new(param("topic").unwrap_or_default());
    let page = RwSignal::new(library::page_number(param("page").as_deref()));
    // A new query or topic starts again at the first page.
    let choose = move |key: &str, value: String, into: RwSignal<String>| {
        set_param(&[(key, &crate::query::encode(&value)), ("page", "")]);
        page.set(1);
        into.set(value);
    };
    let set_query = move |q: String| choose("q", q, query);
    let set_topic = move |t: String| choose("topic", t, topic);

    // The latest listing or why it could not load, and whether the page is
    // built: 0 not yet, 1 built (from the first listing: the library's size
    // and topics), 2 the first listing failed. "Try again" notifies `page`
    // without changing it.
    let state = RwSignal::new(None::<Result<Found, LoadError>>);
    let ready = RwSignal::new(0u32);
    let latest = StoredValue::new(0u32);
    Effect::new(move || {
        let ask = Ask::Listing { query: query.get(), topic: topic.get(), page: page.get() };
        let Some(this) = latest.try_update_value(|n| {
            *n = n.wrapping_add(1);
            *n
        }) else {
            return;
        };
        leptos::task::spawn_local(async move {
            // After the first listing, a change (a keystroke) is painted
            // before the search runs, and a newer one makes it moot.
            if this > 1 {
                web::after_paint().await;
                if latest.try_get_value() != Some(this) {
                    return;
                }
            }
            let result = crate::data::find(ask).await;
            // Only the latest query's answer may show.
            if latest.try_get_value() != Some(this) {
                return;
            }
            let now = if result.is_ok() { 1 } else { 2 };
            let _ = state.try_set(Some(result));
            if ready.try_get_untracked() != Some(1) {
                let _ = ready.try_set(now);
            }
        });
    });

    let slot = Slot::new();
    slot.fill_with(move |slot| {
        match (site.get(), ready.get()) {
            (_, 2) => state.with_untracked(|s| {
                if let Some(Err(error)) = s {
                    let retry = Box::new(move || {
                        ready.set(0);
                        page.update(|_| {});
                    });
                    show_error(slot, error, site_name(site), retry);
                }
            }),
            (Some(site_result), 1) => slot.show(move || {
                let (total, topics) = state.with_untracked(|s| match s {
                    Some(Ok(f)) => (f.total, f.topics.clone()),
                    _ => (0, Vec::new()),
                });
                let locale = site_result.as_ref().map(|s| s.locale.clone()).unwrap_or_else(|_| crate::content::DEFAULT_LOCALE.into());
                let name = site_result.as_ref().map(|s| s.name.clone()).unwrap_or_else(|_| "Medical answers".into());
                web::page_ready(&name, seo::LIBRARY_DESCRIPTION);
                let count_text = move || {
                    state.with(|s| match s {
                        Some(Ok(l)) => library::count_text(l.matched, total, page.get_untracked()),
                        Some(Err(_)) => "Search could not finish".to_owned(),
                        None => String::new(),
                    })
                };
                // Plain markup: the radios keep their own state; one listener
                // on the group hears every change.
                let topic_choices = listing::topic_choices(&topics, total, &topic.get_untracked());
                // Replaced whole as the reader types. "Clear search" and "Try
                // again" are handled by the one listener on the list.
                let list = Slot::new();
                list.fill_with(move |list| {
                    let l = match state.get() {
                        Some(Ok(l)) => l,
                        Some(Err(e)) => return list.show_html(&listing::search_problem(&e.to_string())),
                        None => return,
                    };
                    let page = page.get_untracked();
                    if total == 0 {
                        list.show_html(&listing::empty_library());
                    } else if l.matched == 0 {
                        list.show_html(&listing::no_matches(&query.get_untracked()));
                    } else {
                        let base = web::base_path();
                        let mut html = listing::cards(&l.cards, &base, &|d| web::format_date(d, &locale));
                        let href = |n: usize| format!("{base}{}", crate::query::set_param(&web::search(), "page", &if n > 1 { n.to_string() } else { String::new() }));
                        html.append(listing::pager(page, library::page_count(l.matched), &href));
                        list.show_html(&html);
                    }
                });
                let clear = move |ev: leptos::ev::MouseEvent| {
                    if web::target_closest(&ev, ".library__retry").is_some() {
                        page.update(|_| {});
                    }
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
