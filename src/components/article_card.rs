use super::status_badge::StatusBadge;
use crate::content::IndexEntry;
use crate::web;
use leptos::prelude::*;

/// One article in the library: question, summary, topics, status, date.
#[component]
pub fn ArticleCard(
    /// The library entry.
    entry: IndexEntry,
    /// The locale dates are written in.
    locale: String,
) -> impl IntoView {
    let topics = entry.topics.iter().map(|t| view! { <li class="topic">{t.clone()}</li> }).collect::<Vec<_>>();
    view! {
        <li class="card">
            <h2 class="card__title">
                <a href=web::href(&format!("articles/{}", entry.slug))>{entry.question}</a>
            </h2>
            <p class="card__summary">{entry.summary}</p>
            <div class="card__meta">
                <StatusBadge status=entry.status />
                <span class="card__date">
                    "Updated "<time datetime=entry.updated.to_string()>{web::format_date(entry.updated, &locale)}</time>
                </span>
            </div>
            <ul class="topics" aria-label="Topics">{topics}</ul>
        </li>
    }
}
