use crate::content::{Review, Status};
use crate::web;
use leptos::prelude::*;

/// The review status as an ordered list of steps, the current one marked
/// with `aria-current="step"`, dates on their steps, reviewers once approved.
#[component]
pub fn ReviewStepper(
    /// The article's review record.
    review: Review,
    /// The locale dates are written in.
    locale: String,
) -> impl IntoView {
    let current = review.status;
    let steps = Status::ALL
        .into_iter()
        .map(|step| {
            let state = if step < current {
                "done"
            } else if step == current {
                "current"
            } else {
                "todo"
            };
            let date = review.date_of(step).filter(|_| step <= current).map(|d| {
                let iso = d.to_string();
                view! { <time class="steps__date" datetime=iso>{web::format_date(d, &locale)}</time> }
            });
            let hidden = match state {
                "done" => " (done)",
                "current" => " (current step)",
                _ => " (not yet)",
            };
            view! {
                <li class=format!("steps__step steps__step--{state}") aria-current=(step == current).then_some("step")>
                    <span class="steps__dot" aria-hidden="true"></span>
                    <span class="steps__label">{step.label()}<span class="visually-hidden">{hidden}</span></span>
                    {date}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let reviewers = (current == Status::Approved && !review.reviewers.is_empty()).then(|| {
        let people = review
            .reviewers
            .iter()
            .map(|r| {
                let creds = r.credentials.clone().map(|c| format!(", {c}"));
                let role = r.role.clone().map(|role| view! { <span class="reviewers__role">{role}</span> });
                view! { <li><span class="reviewers__name">{r.name.clone()}{creds}</span>{role}</li> }
            })
            .collect::<Vec<_>>();
        view! {
            <div class="reviewers">
                <h3 class="reviewers__title">"Reviewed by"</h3>
                <ul class="reviewers__list">{people}</ul>
            </div>
        }
    });
    view! {
        <section class="review" aria-labelledby="review-heading">
            <h2 id="review-heading" class="review__title">"Article review status"</h2>
            <ol class="steps" aria-label="Article review status">{steps}</ol>
            {reviewers}
        </section>
    }
}
