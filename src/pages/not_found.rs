use crate::content::{html, seo};
use crate::web;
use leptos::prelude::*;

/// Any address the app does not know.
#[component]
pub fn NotFound(
    /// The site's name, for the page title, when `site.json` has loaded.
    site_name: Option<String>,
) -> impl IntoView {
    web::page_ready(&seo::page_meta("Page not found", site_name.as_deref(), "There is no page at this address."));
    let html = format!(
        r#"<h1 class="problem__title" tabindex="-1">We couldn't find that page</h1><p class="problem__detail">The address may be mistyped, or the page may have moved.</p><p class="problem__actions"><a class="button" href="{}">Go to the library</a></p>"#,
        html::escaped(&web::href(""))
    );
    view! { <div class="page problem" inner_html=html></div> }
}
