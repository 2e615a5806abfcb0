use crate::content::{chrome, seo};
use crate::web::{self, markup_of};
use leptos::prelude::*;

/// Any address the app does not know.
#[component]
pub fn NotFound(
    /// The site's name, for the page title, when `site.json` has loaded.
    site_name: Option<String>,
) -> impl IntoView {
    web::page_ready(&seo::page_meta("Page not found", site_name.as_deref(), "There is no page at this address."));
    let html = chrome::not_found(&web::href(""));
    view! { <div class="page problem" use:markup_of=html></div> }
}
