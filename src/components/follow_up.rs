use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// Longest follow-up question accepted.
pub const MAX_QUESTION: usize = 1000;

/// "Have a follow-up question?": a labelled box and an Ask button. The
/// draft lives in the page, so switching audience never loses it.
#[component]
pub fn FollowUp(
    /// What the reader has typed.
    draft: RwSignal<String>,
) -> impl IntoView {
    let message = RwSignal::new(String::new());
    let count = move || draft.with(|d| d.chars().count());
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if draft.with(|d| d.trim().is_empty()) {
            message.set("Type your question first, then press Ask.".into());
        } else {
            message.set(
                "Follow-up answers are not available on this site yet, so your question was not sent anywhere. It stays in the box.".into(),
            );
        }
    };
    view! {
        <section class="followup" aria-labelledby="followup-heading">
            <h2 id="followup-heading" class="followup__title">"Have a follow-up question?"</h2>
            <p class="followup__intro">"Ask about anything in this article that is still unclear to you."</p>
            <form class="followup__form" on:submit=submit novalidate>
                <label class="followup__label" for="followup-question">"Your follow-up question"</label>
                <textarea
                    id="followup-question"
                    class="followup__input"
                    rows="3"
                    maxlength=MAX_QUESTION.to_string()
                    aria-describedby="followup-count"
                    placeholder="For example: how often are the injections given?"
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))
                ></textarea>
                <div class="followup__row">
                    <span id="followup-count" class="followup__count">
                        {move || format!("{} of {MAX_QUESTION} characters", count())}
                    </span>
                    <button type="submit" class="button">"Ask"</button>
                </div>
                <p class="followup__message" role="status">{move || message.get()}</p>
            </form>
        </section>
    }
}
