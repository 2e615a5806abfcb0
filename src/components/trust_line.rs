use crate::content::Board;
use leptos::prelude::*;

/// The review board's name and what it does.
#[component]
pub fn TrustLine(
    /// The board from `site.json`.
    board: Board,
) -> impl IntoView {
    view! {
        <p class="trust">
            <span class="trust__icon" aria-hidden="true"></span>
            <strong class="trust__name">{board.name}</strong>
            <span class="trust__statement">{board.statement}</span>
        </p>
    }
}
