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
    let open = RwSignal::new(false);
    let dismissed = RwSignal::new(false);
    let def_id = id.clone();
    view! {
        <span
            class="tip term"
            class:is-open=move || open.get()
            class:is-dismissed=move || dismissed.get()
            on:mouseenter=move |_| dismissed.set(false)
        >
            <button
                type="button"
                class="term__word"
                aria-describedby=def_id
                aria-expanded=move || open.get().to_string()
                on:click=move |_| {
                    dismissed.set(false);
                    open.update(|o| *o = !*o)
                }
                on:focus=move |_| dismissed.set(false)
                on:blur=move |_| open.set(false)
                on:keydown=move |ev: KeyboardEvent| {
                    if ev.key() == "Escape" {
                        open.set(false);
                        dismissed.set(true);
                    }
                }
            >
                {text}
            </button>
            <span role="tooltip" id=id class="tip__box">
                {def}
            </span>
        </span>
    }
}
