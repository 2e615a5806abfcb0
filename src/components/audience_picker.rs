use crate::content::Audience;
use leptos::prelude::*;

/// "Which best describes you?": one radio per audience.
#[component]
pub fn AudiencePicker(
    /// The site's audiences, in order.
    audiences: Vec<Audience>,
    /// The reader's audience id.
    selected: Signal<String>,
    /// Called with the new id when the reader chooses.
    on_choose: Callback<String>,
    /// Called on pointer-down and key-down in the group, just before a choice.
    before_choose: Callback<()>,
    /// A sentence for when the article has no version for the reader's audience.
    fallback_note: Signal<Option<String>>,
) -> impl IntoView {
    let choices = audiences
        .into_iter()
        .map(|a| {
            let id = a.id.clone();
            let input_id = format!("audience-{}", a.id);
            let desc_id = format!("audience-{}-desc", a.id);
            let is_checked = {
                let id = id.clone();
                move || selected.get() == id
            };
            let checked_class = is_checked.clone();
            let desc = a.description.clone().map(|d| view! { <span class="choice__desc" id=desc_id.clone()>{d}</span> });
            view! {
                <label class="choice" class:is-checked=checked_class>
                    <input
                        type="radio"
                        name="audience"
                        id=input_id
                        value=id.clone()
                        prop:checked=is_checked
                        aria-describedby=a.description.is_some().then_some(desc_id.clone())
                        on:change=move |_| on_choose.run(id.clone())
                    />
                    <span class="choice__text">
                        <span class="choice__label">{a.label}</span>
                        {desc}
                    </span>
                </label>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <section class="picker" id="audience-picker" aria-label="Personalize this article">
            <fieldset
                class="picker__set"
                on:pointerdown=move |_| before_choose.run(())
                on:keydown=move |_| before_choose.run(())
            >
                <legend class="picker__legend">"Which best describes you?"</legend>
                <p class="picker__why">
                    "We ask so we can explain things in words that suit you. Your choice is kept on this device only."
                </p>
                <div class="picker__choices">{choices}</div>
            </fieldset>
            <p class="picker__fallback" role="status">
                {move || fallback_note.get()}
            </p>
        </section>
    }
}
