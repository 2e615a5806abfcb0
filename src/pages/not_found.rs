use crate::content::{chrome, seo};
use crate::web::{self, markup_of};
use leptos::prelude::*;

/// Any address the app does not know.
#[component]
pub fn NotFound(
    /// The site's name, for the page title, when `site.json` has loaded.
    site_name: Option<String>,
) -> impl IntoView {
    web::page_ready(&seo::title(seo::NOT_FOUND_TITLE, site_name.as_deref()), seo::NOT_FOUND_DESCRIPTION);
    let html = chrome::not_found(&web::href(""));
    view! { <div class="page problem" use:markup_of=html></div> }
}
