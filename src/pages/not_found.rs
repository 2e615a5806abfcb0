use crate::web;
use leptos::prelude::*;

/// Any address the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    web::set_title("Page not found");
    view! {
        <div class="page problem">
            <h1 class="problem__title" tabindex="-1">"We couldn't find that page"</h1>
            <p class="problem__detail">"The address may be mistyped, or the page may have moved."</p>
            <p class="problem__actions"><a class="button" href=web::href("")>"Go to the library"</a></p>
        </div>
    }
}
