use leptos::prelude::*;

/// The notice shown while an article is not yet approved.
#[component]
pub fn ReviewCaution() -> impl IntoView {
    view! {
        <div class="caution" role="note" aria-label="Review notice">
            <span class="caution__icon" aria-hidden="true">"!"</span>
            <p>
                <strong>"For education only. "</strong>
                "Our medical reviewers have not finished checking this article yet, so read it with care and talk to a clinician before acting on it."
            </p>
        </div>
    }
}
