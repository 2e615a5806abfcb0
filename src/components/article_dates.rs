use crate::content::Date;
use crate::web;
use leptos::prelude::*;

/// "Last updated", "Next review due" and the editorial policy link.
#[component]
pub fn ArticleDates(
    /// When the article last changed.
    updated: Date,
    /// When it is due to be checked again.
    next_review: Option<Date>,
    /// The locale dates are written in.
    locale: String,
    /// Where the editorial policy is, when the site has one.
    policy_href: Option<String>,
) -> impl IntoView {
    let next = next_review.map(|d| {
        view! {
            <p class="dates__item">
                "Next review due: "<time datetime=d.to_string()>{web::format_date(d, &locale)}</time>
            </p>
        }
    });
    let policy = policy_href.map(|h| view! { <a class="dates__policy" href=h>"View editorial policy"</a> });
    view! {
        <div class="dates">
            <p class="dates__item">
                "Last updated: "<time datetime=updated.to_string()>{web::format_date(updated, &locale)}</time>
            </p>
            {next}
            {policy}
        </div>
    }
}
