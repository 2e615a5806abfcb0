use crate::content::Disclaimer;
use leptos::prelude::*;

/// The disclaimer that applies to what the reader is reading.
#[component]
pub fn DisclaimerBox(
    /// Its title and text.
    disclaimer: Disclaimer,
    /// Put in front of ids, when several versions share the page.
    #[prop(optional, into)]
    id_prefix: String,
) -> impl IntoView {
    let heading = format!("{id_prefix}disclaimer-heading");
    let labelled_by = heading.clone();
    view! {
        <aside class="disclaimer" aria-labelledby=labelled_by>
            <h2 id=heading class="disclaimer__title">{disclaimer.title}</h2>
            <p>{disclaimer.text}</p>
        </aside>
    }
}
