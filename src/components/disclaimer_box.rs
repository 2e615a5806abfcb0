use crate::content::Disclaimer;
use leptos::prelude::*;

/// The disclaimer that applies to what the reader is reading.
#[component]
pub fn DisclaimerBox(
    /// Its title and text.
    disclaimer: Disclaimer,
) -> impl IntoView {
    view! {
        <aside class="disclaimer" aria-labelledby="disclaimer-heading">
            <h2 id="disclaimer-heading" class="disclaimer__title">{disclaimer.title}</h2>
            <p>{disclaimer.text}</p>
        </aside>
    }
}
