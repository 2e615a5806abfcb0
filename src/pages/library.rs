use crate::{SiteLoader, site_name};
use crate::components::load_error_view::show_error;
use crate::components::slot::Slot;
use crate::content::pieces::{Ask, Found};
use crate::content::{library, listing, seo};
use crate::router::{query as param, set_query as set_param};
use crate::content::markup::Markup;
use crate::web::{self, LoadError};
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
            (Some(site_result), 1) => {
                let (total, topics) = state.with_untracked(|s| match s {
                    Some(Ok(f)) => (f.total, f.topics.clone()),
                    _ => (0, Vec::new()),
                });
                let locale = site_result.as_ref().map(|s| s.locale.clone()).unwrap_or_else(|_| crate::content::DEFAULT_LOCALE.into());
                let name = site_result.as_ref().map(|s| s.name.clone()).unwrap_or_else(|_| "Medical answers".into());
                web::page_ready(&name, seo::LIBRARY_DESCRIPTION);
                // What the count and the list say for the latest listing.
                let shown = move || {
                    state.with(|s| {
                        let page = page.get_untracked();
                        let l = match s {
                            Some(Ok(l)) => l,
                            Some(Err(e)) => return ("Search could not finish".to_owned(), listing::search_problem(&e.to_string())),
                            None => return (String::new(), Markup::default()),
                        };
                        let count = library::count_text(l.matched, total, page);
                        if total == 0 {
                            return (count, listing::empty_library());
                        }
                        if l.matched == 0 {
                            return (count, listing::no_matches(&query.get_untracked()));
                        }
                        let base = web::base_path();
                        let mut html = listing::cards(&l.cards, &base, &|d| web::format_date(d, &locale));
                        let href = |n: usize| format!("{base}{}", crate::query::set_param(&web::search(), "page", &if n > 1 { n.to_string() } else { String::new() }));
                        html.append(listing::pager(page, library::page_count(l.matched), &href));
                        (count, html)
                    })
                };
                // The page is markup (as publish writes it); then the count
                // and the list follow each listing, and the box the query.
                let (count, list) = untrack(&shown);
                slot.show_html(&listing::library_frame(&name, &listing::topic_choices(&topics, total, &topic.get_untracked()), &count, &list));
                let host = slot.host;
                Effect::new(move |first: Option<()>| {
                    // The first run only subscribes: the frame has just been set from it.
                    if first.is_none() {
                        return state.track();
                    }
                    let (count, list) = shown();
                    let Some(host) = host.get_untracked() else { return };
                    if let Ok(Some(c)) = host.query_selector(".finder__count") {
                        c.set_text_content(Some(&count));
                    }
                    if let Ok(Some(l)) = host.query_selector(".library__list") {
                        web::set_markup(&l, &list);
                    }
                });
                Effect::new(move || {
                    let q = query.get();
                    if let Some(input) = host.get_untracked().and_then(|h| h.query_selector("#library-search").ok().flatten()) {
                        if js_sys::Reflect::get(&input, &"value".into()).ok().and_then(|v| v.as_string()).as_deref() != Some(q.as_str()) {
                            let _ = js_sys::Reflect::set(&input, &"value".into(), &q.into());
                        }
                    }
                });
            }
            _ => slot.show_html(&listing::library_skeleton()),
        }
    });
    // One listener each for typing, choosing a topic, and the list's
    // buttons ("Clear search", "Try again"), on the page's element.
    let typed = move |ev: leptos::ev::Event| {
        if web::target_closest(&ev, "#library-search").is_some() {
            set_query(event_target_value(&ev));
        }
    };
    let chose = move |ev: leptos::ev::Event| {
        if web::target_closest(&ev, "input[name=topic]").is_some() {
            set_topic(event_target_value(&ev));
        }
    };
    let clear = move |ev: leptos::ev::MouseEvent| {
        if web::target_closest(&ev, ".library__retry").is_some() {
            page.update(|_| {});
        }
        if let Some(button) = web::target_closest(&ev, ".library__clear") {
            set_query(String::new());
            set_topic(String::new());
            // "All topics" shows chosen. (Not a click: this listener hears
            // clicks on the whole page, and must not hear its own.)
            let all = button.closest(".library").ok().flatten().and_then(|p| p.query_selector("input[name=topic][value='']").ok().flatten());
            if let Some(all) = all {
                let _ = js_sys::Reflect::set(&all, &"checked".into(), &true.into());
            }
        }
    };
    view! { <div class="page library" node_ref=slot.host on:input=typed on:change=chose on:click=clear></div> }
}
