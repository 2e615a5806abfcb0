use leptos::prelude::*;

/// Grey placeholders the size of an article, so nothing jumps when it arrives.
#[component]
pub fn ArticleSkeleton() -> impl IntoView {
    view! {
        <div class="skeleton" aria-busy="true" aria-label="Loading the article">
            <span class="visually-hidden" role="status">"Loading…"</span>
            <div class="skeleton__line skeleton__line--title"></div>
            <div class="skeleton__block skeleton__block--answer"></div>
            <div class="skeleton__line"></div>
            <div class="skeleton__block skeleton__block--steps"></div>
            <div class="skeleton__line skeleton__line--short"></div>
            <div class="skeleton__block skeleton__block--picker"></div>
            <div class="skeleton__line"></div>
            <div class="skeleton__line"></div>
            <div class="skeleton__line skeleton__line--short"></div>
        </div>
    }
}
