use crate::content::seo;
use crate::web::{self, LoadError};
use leptos::prelude::*;

/// A failed load, in words, with a way back to the library and, when it may
/// help, a "Try again".
#[component]
pub fn LoadErrorView(
    /// What went wrong.
    error: LoadError,
    /// The site's name, for the page title, when `site.json` has loaded.
    site_name: Option<String>,
    /// Called by "Try again" (for errors where trying again may help).
    retry: Box<dyn Fn()>,
) -> impl IntoView {
    web::page_ready(&seo::page_meta(error.title(), site_name.as_deref(), &error.to_string()));
    let retry = error.retryable().then(|| {
        view! { <button type="button" class="button" on:click=move |_| retry()>"Try again"</button> }
    });
    view! {
        <div class="problem" role="alert">
            <h1 class="problem__title" tabindex="-1">{error.title()}</h1>
            <p class="problem__detail">{error.to_string()}</p>
            <p class="problem__actions">
                {retry}
                <a class="button button--quiet" href=web::href("")>"Go to the library"</a>
            </p>
        </div>
    }
}
