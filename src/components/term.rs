use leptos::prelude::*;

/// A term whose plain-language definition shows on hover, focus or tap, and
/// is read by screen readers as the term's description (behaviour in `tips`).
#[component]
pub fn Term(
    /// The term as written in the text.
    text: AnyView,
    /// Its definition.
    def: String,
    /// A unique id for the definition.
    id: String,
) -> impl IntoView {
    let def_id = id.clone();
    view! {
        <span class="tip term">
            <button type="button" class="term__word" aria-describedby=def_id aria-expanded="false">
                {text}
            </button>
            <span role="tooltip" id=id class="tip__box">
                {def}
            </span>
        </span>
    }
}
