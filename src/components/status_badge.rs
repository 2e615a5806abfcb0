use crate::content::Status;
use leptos::prelude::*;

/// An article's review status in the same words and colours as the stepper.
#[component]
pub fn StatusBadge(
    /// The status to show.
    status: Status,
) -> impl IntoView {
    view! {
        <span class=format!("status status--{}", status.as_str())>
            <span class="status__dot" aria-hidden="true"></span>
            {status.label()}
        </span>
    }
}
