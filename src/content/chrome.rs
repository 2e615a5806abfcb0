//! Page chrome as HTML text: the review details under an article's short
//! answer, a page's dates, library cards and article links, and the
//! audience and topic radios. Like `html.rs`, it escapes every piece of
//! content (through [`escape`]) and stays pure: dates come pre-written by
//! the caller, which knows the locale.

use super::date::Date;
use super::html::{escape, escaped};
use super::markup::Markup;
use super::model::{Audience, Board, IndexEntry, Review, Status};

/// Appends `text`, escaped, between `open` and `close` (an element's tags).
pub(super) fn element(out: &mut String, open: &str, text: &str, close: &str) {
    out.push_str(open);
    escape(out, text);
    out.push_str(close);
}

/// `<time>` for `d`, written by `date` (which knows the locale), with
/// `class` (`""` or ` class="…"`).
pub(super) fn time(out: &mut String, class: &str, d: Date, date: &dyn Fn(Date) -> String) {
    element(out, &format!("<time{class} datetime=\"{d}\">"), &date(d), "</time>");
}

/// The items of a page's dates: "Last updated", "Next review due" and the
/// link to the editorial policy, each when there is one.
pub fn dates(updated: Option<Date>, next_review: Option<Date>, policy_href: Option<&str>, date: &dyn Fn(Date) -> String) -> Markup {
    let mut out = String::new();
    for (label, d) in [("Last updated: ", updated), ("Next review due: ", next_review)] {
        if let Some(d) = d {
            out.push_str("<p class=\"dates__item\">");
            out.push_str(label);
            time(&mut out, "", d, date);
            out.push_str("</p>");
        }
    }
    if let Some(h) = policy_href {
        element(&mut out, "<a class=\"dates__policy\" href=\"", h, "\">View editorial policy</a>");
    }
    Markup::new(out)
}

/// A link to a library article: its question.
pub(super) fn article_link(out: &mut String, e: &IndexEntry, base: &str) {
    element(out, "<a href=\"", &format!("{base}articles/{}", e.slug), "\">");
    escape(out, &e.question);
    out.push_str("</a>");
}

/// A list of links to library articles, each its question; `base` is the
/// site's base path; `labelled_by` the id of the list's title, if any.
pub fn article_links(entries: &[IndexEntry], base: &str, labelled_by: Option<&str>) -> Markup {
    let mut out = match labelled_by {
        Some(id) => format!("<ul aria-labelledby=\"{}\">", escaped(id)),
        None => String::from("<ul>"),
    };
    for e in entries {
        out.push_str("<li>");
        article_link(&mut out, e, base);
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    Markup::new(out)
}

/// One labelled radio per audience for the picker, `selected` checked, each
/// described by its description when it has one.
pub fn audience_choices(audiences: &[Audience], selected: &str) -> Markup {
    let mut out = String::new();
    for a in audiences {
        let id = escaped(&a.id);
        let checked = if a.id == selected { " checked" } else { "" };
        let described = if a.description.is_some() { format!(" aria-describedby=\"audience_{id}_desc\"") } else { String::new() };
        out.push_str(&format!(
            "<label class=\"choice\"><input type=\"radio\" name=\"audience\" id=\"audience_{id}\" value=\"{id}\"{checked}{described}><span class=\"choice__text\"><span class=\"choice__label\">{}</span>",
            escaped(&a.label)
        ));
        if let Some(d) = &a.description {
            out.push_str(&format!("<span class=\"choice__desc\" id=\"audience_{id}_desc\">{}</span>", escaped(d)));
        }
        out.push_str("</span></label>");
    }
    Markup::new(out)
}

/// What an article says about itself under its short answer: the review
/// board, a caution while review is not finished, the review stepper (an
/// ordered list, the current step `aria-current="step"`, dates on the steps
/// reached, reviewers once approved), and the dates with the link to the
/// editorial policy (`policy_href`). `date` writes a date in the site's locale.
pub fn article_meta(board: &Board, review: &Review, updated: Date, policy_href: Option<&str>, date: &dyn Fn(Date) -> String) -> Markup {
    let mut out = String::from("<p class=\"trust\"><span class=\"trust__icon\" aria-hidden=\"true\"></span>");
    element(&mut out, "<strong class=\"trust__name\">", &board.name, "</strong>");
    element(&mut out, "<span class=\"trust__statement\">", &board.statement, "</span></p>");
    let current = review.status;
    if current != Status::Approved {
        out.push_str(
            "<div class=\"caution\" role=\"note\" aria-label=\"Review notice\"><span class=\"caution__icon\" aria-hidden=\"true\">!</span><p><strong>For education only. </strong>Our medical reviewers have not finished checking this article yet, so read it with care and talk to a clinician before acting on it.</p></div>",
        );
    }
    out.push_str("<section class=\"review\" aria-labelledby=\"review-heading\"><h2 id=\"review-heading\" class=\"review__title\">Article review status</h2><ol class=\"steps\" aria-label=\"Article review status\">");
    for &step in Status::ALL {
        let (state, said) = match step.cmp(&current) {
            std::cmp::Ordering::Less => ("done", " (done)"),
            std::cmp::Ordering::Equal => ("current", " (current step)"),
            std::cmp::Ordering::Greater => ("todo", " (not yet)"),
        };
        let aria = if step == current { " aria-current=\"step\"" } else { "" };
        out.push_str(&format!(
            "<li class=\"steps__step steps__step--{state}\"{aria}><span class=\"steps__dot\" aria-hidden=\"true\"></span><span class=\"steps__label\">{}<span class=\"visually-hidden\">{said}</span></span>",
            step.label()
        ));
        if let Some(entry) = review.entry_of(step).filter(|_| step <= current) {
            time(&mut out, " class=\"steps__date\"", entry.date, date);
            if let Some(note) = &entry.note {
                element(&mut out, "<span class=\"steps__note\">", note, "</span>");
            }
        }
        out.push_str("</li>");
    }
    out.push_str("</ol>");
    if current == Status::Approved && !review.reviewers.is_empty() {
        out.push_str("<div class=\"reviewers\"><h3 class=\"reviewers__title\">Reviewed by</h3><ul class=\"reviewers__list\">");
        for r in &review.reviewers {
            out.push_str("<li><span class=\"reviewers__name\">");
            escape(&mut out, &r.name);
            if let Some(c) = &r.credentials {
                escape(&mut out, &format!(", {c}"));
            }
            out.push_str("</span>");
            if let Some(role) = &r.role {
                element(&mut out, "<span class=\"reviewers__role\">", role, "</span>");
            }
            out.push_str("</li>");
        }
        out.push_str("</ul></div>");
    }
    out.push_str("</section><div class=\"dates\">");
    out.push_str(&dates(Some(updated), review.next_review, policy_href, date));
    out.push_str("</div>");
    Markup::new(out)
}

/// Grey placeholders the size of an article, so nothing jumps when it arrives.
pub fn article_skeleton() -> Markup {
    Markup::fixed(concat!(
        r#"<div class="skeleton" aria-busy="true" aria-label="Loading the article">"#,
        r#"<span class="visually-hidden" role="status">Loading…</span>"#,
        r#"<div class="skeleton__line skeleton__line--title"></div>"#,
        r#"<div class="skeleton__block skeleton__block--answer"></div>"#,
        r#"<div class="skeleton__line"></div>"#,
        r#"<div class="skeleton__block skeleton__block--steps"></div>"#,
        r#"<div class="skeleton__line skeleton__line--short"></div>"#,
        r#"<div class="skeleton__block skeleton__block--picker"></div>"#,
        r#"<div class="skeleton__line"></div>"#,
        r#"<div class="skeleton__line"></div>"#,
        r#"<div class="skeleton__line skeleton__line--short"></div>"#,
        "</div>"
    ))
}

/// Nothing at all (an empty slot).
pub fn nothing() -> Markup {
    Markup::default()
}

/// The not-found page's words, with a link to the library at `library`.
pub fn not_found(library: &str) -> Markup {
    Markup::new(format!(
        r#"<h1 class="problem__title" tabindex="-1">We couldn't find that page</h1><p class="problem__detail">The address may be mistyped, or the page may have moved.</p><p class="problem__actions"><a class="button" href="{}">Go to the library</a></p>"#,
        escaped(library)
    ))
}

/// Articles suggested while a follow-up question is typed (nothing when none).
pub fn suggestions(picks: &[IndexEntry], base: &str) -> Markup {
    if picks.is_empty() {
        return nothing();
    }
    Markup::new(format!(
        "<div class=\"followup__related\"><p class=\"followup__related-title\" id=\"followup-related\">Articles that may already answer this</p>{}</div>",
        &*article_links(picks, base, Some("followup-related"))
    ))
}

/// A short note under the follow-up box (why a question was not sent).
pub fn followup_note(text: &str) -> Markup {
    Markup::new(format!("<p class=\"followup__note\">{}</p>", escaped(text)))
}

/// What went wrong with a follow-up question, with "Try again".
pub fn followup_problem(text: &str) -> Markup {
    Markup::new(format!(
        "<div class=\"followup__problem\"><p>{}</p><button type=\"button\" class=\"button followup__retry\">Try again</button></div>",
        escaped(text)
    ))
}

/// A follow-up question on a site with no answer service: library matches.
pub fn no_service(picks: &[IndexEntry], base: &str) -> Markup {
    let list = if picks.is_empty() {
        "<p>We found no articles in our library that match your question. Try different words, or browse the library.</p>".to_owned()
    } else {
        format!("<p>These articles from our library may help:</p>{}", &*article_links(picks, base, None))
    };
    Markup::new(format!(
        "<div class=\"followup__noservice\"><p><strong>This site has no answer service, so your question was not sent anywhere.</strong></p>{list}</div>"
    ))
}

/// A page that could not be shown: what went wrong, a way back to the
/// library at `library`, and "Try again" when it may help.
pub fn load_error(title: &str, detail: &str, retry: bool, library: &str) -> Markup {
    let again = if retry { "<button type=\"button\" class=\"button problem__retry\">Try again</button>" } else { "" };
    Markup::new(format!(
        "<div class=\"problem\" role=\"alert\"><h1 class=\"problem__title\" tabindex=\"-1\">{}</h1><p class=\"problem__detail\">{}</p><p class=\"problem__actions\">{again}<a class=\"button button--quiet\" href=\"{}\">Go to the library</a></p></div>",
        escaped(title),
        escaped(detail),
        escaped(library)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Slug;

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn audience_radios_are_labelled_described_and_checked() {
        let a = |id: &str, description: Option<&str>| Audience {
            id: Slug::try_from(id).unwrap(),
            label: format!("<{id}>"),
            description: description.map(str::to_owned),
            disclaimer: None,
        };
        let html = audience_choices(&[a("patient", Some("You & yours")), a("clinician", None)], "clinician");
        assert!(html.contains("id=\"audience_patient\" value=\"patient\" aria-describedby=\"audience_patient_desc\">"), "{html}");
        assert!(html.contains("id=\"audience_clinician\" value=\"clinician\" checked>"), "{html}");
        assert!(html.contains("<span class=\"choice__label\">&lt;patient&gt;</span>"));
        assert!(html.contains("id=\"audience_patient_desc\">You &amp; yours</span>"));
    }

    #[test]
    fn review_details_follow_the_status() {
        let board = Board { name: "Board".into(), statement: "Checks & signs".into() };
        let review = |status| Review {
            status,
            history: vec![super::super::model::HistoryEntry { status: Status::Submitted, date: date("2025-01-02"), note: Some("First <draft>".try_into().unwrap()) }],
            reviewers: vec![super::super::model::Reviewer { name: "Dr A".into(), credentials: Some("MD".into()), role: None }],
            next_review: None,
        };
        let fmt = |d: Date| d.to_string();
        let pending = article_meta(&board, &review(Status::UnderReview), date("2025-02-01"), Some("/p"), &fmt);
        assert!(pending.contains("class=\"caution\""));
        assert!(pending.contains("steps__step--done\"><span class=\"steps__dot\""), "{pending}");
        assert!(pending.contains("steps__step--current\" aria-current=\"step\">"));
        assert!(!pending.contains("Reviewed by"), "reviewers only once approved");
        assert!(pending.contains("<span class=\"steps__note\">First &lt;draft&gt;</span>"), "what changed at a step, escaped");
        assert!(pending.contains("<a class=\"dates__policy\" href=\"/p\">"));
        let approved = article_meta(&board, &review(Status::Approved), date("2025-02-01"), None, &fmt);
        assert!(!approved.contains("class=\"caution\""));
        assert!(approved.contains("Dr A, MD"));
        assert_eq!(approved.matches("aria-current").count(), 1);
        assert!(approved.contains("Checks &amp; signs"));
    }
}
