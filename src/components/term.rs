use super::tip_state::TipState;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

/// A term whose plain-language definition shows on hover, focus or tap, and
/// is read by screen readers as the term's description.
#[component]
pub fn Term(
    /// The term as written in the text.
    text: AnyView,
    /// Its definition.
    def: String,
    /// A unique id for the definition.
    id: String,
) -> impl IntoView {
    let tip = TipState::new();
    let def_id = id.clone();
    let classes = tip.classes();
    view! {
        <span class=move || format!("{} term", classes()) on:mouseenter=move |_| tip.allow()>
            <button
                type="button"
                class="term__word"
                aria-describedby=def_id
                aria-expanded=move || tip.open.get().to_string()
                on:click=move |_| {
                    tip.allow();
                    tip.open.update(|o| *o = !*o)
                }
                on:focus=move |_| tip.allow()
                on:blur=move |_| tip.close()
                on:keydown=move |ev: KeyboardEvent| tip.on_key(&ev)
            >
                {text}
            </button>
            <span role="tooltip" id=id class="tip__box">
                {def}
            </span>
        </span>
    }
}
