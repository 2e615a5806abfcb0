//! A reader for doctor-reviewed answers to clinical questions.
//!
//! `content` is the pure model and contract; `web` is the thin browser
//! layer; `components` and `pages` render.

pub mod components;
pub mod content;
pub mod pages;
pub mod query;
pub mod web;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use pages::{article::ArticlePage, library::LibraryPage, not_found::NotFound, plain_page::PlainPage};
use std::sync::Arc;

/// `site.json`, loaded once for every page.
#[derive(Clone, Copy)]
pub struct SiteResource(pub LocalResource<Result<Arc<content::Site>, web::LoadError>>);

impl SiteResource {
    /// The site's name, if `site.json` has loaded, from the app's context
    /// (without subscribing to it).
    pub fn name_untracked() -> Option<String> {
        use_context::<SiteResource>().and_then(|s| s.0.get_untracked()).and_then(|s| s.ok()).map(|s| s.name.clone())
    }
}

/// The whole app: site frame and routes.
#[component]
pub fn App() -> impl IntoView {
    let site = LocalResource::new(|| async { web::load_site().await.map(Arc::new) });
    provide_context(SiteResource(site));
    let router_base = web::base_path().trim_end_matches('/').to_owned();
    let site_name = move || site.get().and_then(|s| s.ok()).map(|s| s.name.clone());
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
        <Router base=router_base>
            <NavigationWatcher />
            <a class="skip-link" href="#main" on:click=skip>"Skip to content"</a>
            <div id="route-announcer" class="visually-hidden" aria-live="polite" aria-atomic="true"></div>
            <header class="site-header">
                <div class="site-header__inner">
                    <a class="site-header__name" href=web::href("")>
                        <span class="site-header__logo" aria-hidden="true"></span>
                        {move || site_name().unwrap_or_else(|| "Medical answers".into())}
                    </a>
                </div>
            </header>
            <main id="main" class="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("/") view=LibraryPage />
                    <Route path=path!("/articles/:slug") view=ArticlePage />
                    <Route path=path!("/pages/:slug") view=PlainPage />
                </Routes>
            </main>
            <footer class="site-footer">
                <p>"This site is for information. It does not replace advice from your own doctor. In an emergency, call your local emergency number."</p>
            </footer>
        </Router>
    }
}

/// Notes each in-app navigation (not the first page), so the new page takes
/// focus and is announced once it has rendered.
#[component]
fn NavigationWatcher() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            web::mark_navigated();
        }
        path
    });
}

/// Mounts the app into `#app` (or the body when the page has no such element).
pub fn mount() {
    web::install_panic_screen();
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
            el.set_inner_html("");
            leptos::mount::mount_to(el, App).forget();
        }
        None => leptos::mount::mount_to_body(App),
    }
}
