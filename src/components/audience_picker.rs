use crate::content::Audience;
use crate::web::markup_of;
use leptos::prelude::*;

/// "Which best describes you?": one radio per audience. The radios are plain
/// markup (the reader's choice is the radios' own state; only this picker
/// changes it), and one listener on the group hears every change.
#[component]
pub fn AudiencePicker(
    /// The site's audiences, in order.
    audiences: Vec<Audience>,
    /// The reader's audience id when the picker appears.
    selected: String,
    /// Called with the new id when the reader chooses.
    on_choose: Box<dyn Fn(String)>,
    /// Called on pointer-down and key-down in the group, just before a choice.
    before_choose: std::rc::Rc<dyn Fn()>,
    /// A sentence for when the article has no version for the reader's audience.
    fallback_note: Memo<Option<String>>,
) -> impl IntoView {
    let choices = crate::content::chrome::audience_choices(&audiences, &selected);
    view! {
        <section class="picker" id="audience-picker" aria-label="Personalize this article">
            <fieldset
                class="picker__set"
                on:pointerdown={
                    let before_choose = before_choose.clone();
                    move |_| before_choose()
                }
                on:keydown=move |_| before_choose()
                on:change=move |ev| on_choose(event_target_value(&ev))
            >
                <legend class="picker__legend">"Which best describes you?"</legend>
                <p class="picker__why">
                    "We ask so we can explain things in words that suit you. Your choice is kept on this device only."
                </p>
                <div class="picker__choices" use:markup_of=choices></div>
            </fieldset>
            <p class="picker__fallback" role="status">
                {move || fallback_note.get()}
            </p>
        </section>
    }
}
