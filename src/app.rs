//! The app: its frame, its routes and how it starts.

use crate::components::{extras, load_error_view, slot::Slot, tips};
use crate::pages::{article::ArticlePage, library::LibraryPage, not_found::NotFound, plain_page::PlainPage};
use crate::router::{Route, Router};
use crate::web;
use leptos::prelude::*;

/// `site.json`, loaded once by the App and handed to every page. (A prop
/// rather than Leptos context: context's machinery cost 1.8 KB of wasm.)
pub use crate::data::SiteLoader;

/// The site's name, if `site.json` has loaded (without subscribing to it).
pub fn site_name(site: SiteLoader) -> Option<String> {
    site.get_untracked().and_then(|s| s.ok()).map(|s| s.name.clone())
}

/// The whole app: site frame and routes.
#[component]
pub fn App() -> impl IntoView {
    let site = crate::data::site();
    let router = Router::start();
    // The page, built afresh for every route and link followed (into a
    // `<div>` in `<main>`: one slot element type for the whole app).
    let page = Slot::new();
    page.fill_with(move |page| {
        router.track_visits();
        match router.route.get() {
            Route::Library => page.show(|| view! { <LibraryPage site=site /> }),
            Route::Article(slug) => page.show(|| view! { <ArticlePage slug=slug site=site /> }),
            Route::Page(slug) => page.show(|| view! { <PlainPage slug=slug site=site /> }),
            Route::NotFound => page.show(|| view! { <NotFound site_name=site_name(site) /> }),
        }
    });
    let name = move || site.get().and_then(|s| s.ok()).map(|s| s.name.clone());
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    view! {
        <>
            <a class="skip-link" href="#main" on:click=skip>"Skip to content"</a>
            <div id="route-announcer" class="visually-hidden" aria-live="polite" aria-atomic="true"></div>
            <header class="site-header">
                <div class="site-header__inner">
                    <a class="site-header__name" href=web::href("")>
                        <span class="site-header__logo" aria-hidden="true"></span>
                        {move || name().unwrap_or_else(|| "Medical answers".into())}
                    </a>
                </div>
            </header>
            <main
                id="main"
                class="main"
                tabindex="-1"
                on:click=on_main_click
                on:keydown=tips::on_keydown
                on:focusin=tips::on_focusin
                on:focusout=tips::on_focusout
                on:mouseover=tips::on_mouseover
            >
                <div node_ref=page.host></div>
            </main>
            <footer class="site-footer">
                <p>"This site is for information. It does not replace advice from your own doctor. In an emergency, call your local emergency number."</p>
            </footer>
        </>
    }
}

/// Clicks anywhere in `<main>`: "Try again" on a failed load, and tooltips.
fn on_main_click(ev: leptos::ev::MouseEvent) {
    load_error_view::on_click(&ev);
    extras::on_click(&ev);
    tips::on_click(ev);
}

/// Mounts the app into `#app` (or the body when the page has no such element).
pub fn mount() {
    web::install_panic_screen();
    web::markup::install();
    web::on_window("beforeprint", |_| extras::before_print());
    // Tells index.html's boot script that the app is running.
    let _ = document().document_element().map(|html| html.set_attribute("data-app-started", ""));
    #[cfg(feature = "panic-test")]
    if web::search().contains("panic-test") {
        // A test build only: proves a panic shows the crash screen.
        set_timeout(|| panic!("panic requested by the test build"), std::time::Duration::from_millis(300));
    }
    let root = document().get_element_by_id("app");
    match root.and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok()) {
        // A page rendered at build time: it stays on screen while the app
        // renders out of sight, and is swapped out in one frame when the
        // app's page is ready (see `web::page_ready`).
        Some(el) if el.has_attribute("data-prerendered") => match web::live_root_beside(&el) {
            Some(live) => leptos::mount::mount_to(live, App).forget(),
            None => leptos::mount::mount_to_body(App),
        },
        Some(el) => {
            el.set_text_content(None);
            leptos::mount::mount_to(el, App).forget();
        }
        None => leptos::mount::mount_to_body(App),
    }
}
