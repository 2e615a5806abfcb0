//! What follows an article, for clinicians and students: "Cite this
//! answer" and related answers, as markup (escaped, like `chrome.rs`).
//!
//! Publish renders all of it ([`after_article`]) into each article's page
//! and into `search/extras/<slug>.html`, which the app reads beside the
//! article, so an article page never downloads the library and the app
//! carries neither the related answers' choice nor the citation styles.
//! Links are relative to the page's `<base>`, so the same file serves a
//! site at any path.
//!
//! The citations name the address with the audience shown and the day the
//! reader looks, which only the browser knows: publish writes them into a
//! `<template>` with tokens, and the app writes the disclosure's body from
//! it when the reader opens it (or prints), through [`fill_citations`].

use super::citation::{self, Accessed, Cited};
use super::date::Date;
use super::html::escaped;
use super::markup::Markup;
use super::model::IndexEntry;
use super::search;

/// How many related answers are worked out from topics.
pub const MAX_RELATED: usize = 5;

/// The related answers of `article` in the library `index` (newest first):
/// the article's own `related` list, in its order; or else up to
/// [`MAX_RELATED`] articles sharing its topics, most shared first, then
/// newest. Never the article itself.
pub fn related<'a>(slug: &str, topics: &[String], own: &[String], index: &'a [IndexEntry]) -> Vec<&'a IndexEntry> {
    if !own.is_empty() {
        return own.iter().filter(|s| **s != slug).filter_map(|s| index.iter().find(|e| *e.slug == **s)).collect();
    }
    // Topics compare folded (case and accents), each counted once.
    let distinct = |ts: &[String]| {
        let mut out: Vec<String> = ts.iter().map(|t| search::fold(t)).collect();
        out.sort();
        out.dedup();
        out
    };
    let mine = distinct(topics);
    let mut scored: Vec<(usize, &IndexEntry)> = index
        .iter()
        .filter(|e| *e.slug != *slug)
        .map(|e| (distinct(&e.topics).iter().filter(|t| mine.contains(t)).count(), e))
        .filter(|(shared, _)| *shared > 0)
        .collect();
    // Stable: entries that share as many topics stay newest first.
    scored.sort_by(|a, b| b.0.cmp(&a.0));
    scored.into_iter().take(MAX_RELATED).map(|(_, e)| e).collect()
}

/// "Related answers": a link to each, with its review status; nothing
/// when there are none.
pub fn related_list(entries: &[IndexEntry]) -> Markup {
    if entries.is_empty() {
        return Markup::default();
    }
    let mut out = String::from(r#"<section class="related" aria-labelledby="related-title"><h2 class="related__title" id="related-title">Related answers</h2><ul class="related__list">"#);
    for e in entries {
        out.push_str(&format!(
            r#"<li class="related__item"><a href="articles/{}">{}</a> <span class="status status--{}"><span class="status__dot" aria-hidden="true"></span>{}</span></li>"#,
            escaped(&e.slug),
            escaped(&e.question),
            e.status.as_str(),
            e.status.label()
        ));
    }
    out.push_str("</ul></section>");
    Markup::new(out)
}

/// What follows the article itself: "Cite this answer", closed, then the
/// related answers. `site_name`, `question`, `slug` and `updated` are what
/// the citations need.
pub fn after_article(site_name: &str, question: &str, slug: &str, updated: Date, related: &[IndexEntry]) -> Markup {
    let mut out = Markup::new(format!(
        r#"{}{}"><summary class="citing__summary">Cite this answer</summary><div class="citing__body"></div><template class="citing__template">{}</template></details>"#,
        FRAGMENT_START,
        escaped(slug),
        &*cite_body(site_name, question, slug, updated)
    ));
    out.append(related_list(related));
    out
}

/// The tokens publish writes for the citation's address: as text, and
/// percent-encoded in the downloads' `data:` addresses.
const URL_TOKENS: [&str; 2] = ["~~URL~~", "~~URL-ENCODED~~"];

/// The citations from the `<template>` publish wrote ([`after_article`]),
/// for the address `url` and the day `accessed`: each token replaced, in
/// one pass.
pub fn fill_citations(template: &str, url: &str, accessed: Date) -> Markup {
    let [year, month, name, abbr, day, day2] = Accessed::of(accessed).parts();
    let values = [year, month, name, abbr, day, day2, escaped(url), crate::query::encode(url)];
    let tokens = Accessed::TOKENS.iter().chain(URL_TOKENS.iter());
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(i) = rest.find('~') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        match tokens.clone().zip(values.iter()).find(|(t, _)| rest.starts_with(**t)) {
            Some((t, v)) => {
                out.push_str(v);
                rest = &rest[t.len()..];
            }
            None => {
                out.push('~');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Markup::new(out)
}

/// The fragment publish wrote for an article ([`after_article`]), as read
/// by the app from the site's own files; `None` for anything else, such as
/// the page a host sends for a file it does not have.
pub fn published(text: String) -> Option<Markup> {
    text.starts_with(FRAGMENT_START).then(|| Markup::new(text))
}

/// How every fragment [`after_article`] writes begins.
const FRAGMENT_START: &str = r#"<details class="citing" data-slug=""#;

/// The citation in AMA, Vancouver and APA styles, each with a Copy button,
/// and RIS and BibTeX downloads (made here, in the page), with tokens for
/// the day accessed and the address.
fn cite_body(site: &str, question: &str, slug: &str, updated: Date) -> Markup {
    let accessed = Accessed::tokens();
    let c = Cited { site, question, slug, updated, url: URL_TOKENS[0], accessed: &accessed };
    let (before, title, after) = citation::apa(&c);
    let apa = format!("{}<i>{}</i>{}", escaped(&before), escaped(&title), escaped(&after));
    let mut out = String::new();
    for (id, name, text) in [("ama", "AMA", escaped(&citation::ama(&c))), ("vancouver", "Vancouver", escaped(&citation::vancouver(&c))), ("apa", "APA", apa)] {
        out.push_str(&format!(
            r#"<div class="citing__style"><h3 class="citing__name">{name}</h3><p class="citing__text" id="cite-{id}">{text}</p><button type="button" class="button button--quiet citing__copy">Copy {name} citation</button></div>"#
        ));
    }
    // In the downloads the address is percent-encoded with the rest.
    let c = Cited { url: URL_TOKENS[1], ..c };
    let data = |kind: &str, text: &str| escaped(&format!("data:{kind};charset=utf-8,{}", crate::query::encode(text)));
    out.push_str(&format!(
        r#"<p class="citing__downloads">For a reference manager: <a href="{}" download="{}.ris">Download RIS</a> <a href="{}" download="{}.bib">Download BibTeX</a></p><p class="citing__said" role="status"></p>"#,
        data("application/x-research-info-systems", &citation::ris(&c)),
        escaped(slug),
        data("application/x-bibtex", &citation::bibtex(&c)),
        escaped(slug),
    ));
    Markup::new(out)
}

/// The longest reason a reader may give with a vote (the contract's).
pub const MAX_REASON: usize = 500;

/// "Was this helpful?" about the article `slug`, for the site's feedback
/// `endpoint`: Yes or No, an optional reason and Send; or, once this
/// browser has `voted`, thanks.
pub fn feedback_box(slug: &str, endpoint: &str, voted: bool) -> Markup {
    let inner = if voted {
        feedback_thanks()
    } else {
        Markup::new(format!(
            concat!(
                r#"<h2 class="feedback__title" id="feedback-title">Was this helpful?</h2>"#,
                r#"<fieldset class="feedback__choices"><legend class="visually-hidden">Was this answer helpful?</legend>"#,
                r#"<label class="choice"><input type="radio" name="helpful" value="yes"><span class="choice__label">Yes</span></label>"#,
                r#"<label class="choice"><input type="radio" name="helpful" value="no"><span class="choice__label">No</span></label></fieldset>"#,
                r#"<label class="feedback__label" for="feedback-reason">What could be better? (optional)</label>"#,
                r#"<textarea class="feedback__reason" id="feedback-reason" rows="2" maxlength="{max}" aria-describedby="feedback-limit"></textarea>"#,
                r#"<p class="feedback__row"><span class="feedback__limit" id="feedback-limit">At most {max} characters. Please leave out anything that could identify you.</span>"#,
                r#"<button class="button feedback__send" type="button">Send</button></p><p class="feedback__said" role="status"></p>"#
            ),
            max = MAX_REASON
        ))
    };
    Markup::new(format!(
        r#"<section class="feedback" aria-labelledby="feedback-title" data-article="{}" data-endpoint="{}">{}</section>"#,
        escaped(slug),
        escaped(endpoint),
        &*inner
    ))
}

/// Thanks for a vote, in place of the question (inside the box).
pub fn feedback_thanks() -> Markup {
    Markup::fixed(r#"<h2 class="feedback__title" id="feedback-title">Was this helpful?</h2><p class="feedback__thanks">Thank you for telling us. Our reviewers read every answer.</p>"#)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Date, Slug, Status};

    fn entry(slug: &str, topics: &[&str]) -> IndexEntry {
        IndexEntry {
            slug: Slug::try_from(slug).unwrap(),
            question: format!("{slug}?"),
            summary: "s".into(),
            topics: topics.iter().map(|t| t.to_string()).collect(),
            status: Status::Approved,
            updated: Date::parse("2025-01-01").unwrap(),
            note: None,
        }
    }

    #[test]
    fn related_answers_most_shared_topics_first_then_newest_and_the_list_overrides() {
        // Newest first, as the index is.
        let index = vec![entry("d", &["skin"]), entry("e", &["Lungs"]), entry("b", &["heart"]), entry("c", &["heart", "lungs"]), entry("a", &["heart", "lungs"])];
        let slugs = |v: Vec<&IndexEntry>| v.iter().map(|e| e.slug.to_string()).collect::<Vec<_>>();
        let topics = vec!["Heart".to_owned(), "lungs".to_owned()];
        assert_eq!(slugs(related("a", &topics, &[], &index)), ["c", "e", "b"], "two shared first, then newest; never itself; never none shared");
        let own = vec!["d".to_owned(), "zzz".to_owned(), "a".to_owned(), "b".to_owned()];
        assert_eq!(slugs(related("a", &topics, &own, &index)), ["d", "b"], "its own list, in order, known slugs only");
    }

    #[test]
    fn markup_escapes_content() {
        let mut e = entry("x", &[]);
        e.question = "<b>?".into();
        assert!(related_list(&[e]).contains("&lt;b&gt;?"));
        assert_eq!(&*related_list(&[]), "");
        let fragment = after_article("A & B", "Q<", "x", Date::parse("2025-01-02").unwrap(), &[]);
        assert!(fragment.contains("A &amp; B") && !fragment.contains("Q<"), "{fragment}");
        assert!(fragment.contains("href=\"data:application/x-research-info-systems;charset=utf-8,TY"), "{fragment}");
    }

    #[test]
    fn only_a_fragment_publish_wrote_is_taken() {
        let fragment = after_article("Site", "Why?", "x", Date::parse("2025-01-02").unwrap(), &[]);
        assert_eq!(published(fragment.to_string()), Some(fragment));
        assert_eq!(published("<!DOCTYPE html><html><script src=boot.js></script>".into()), None, "a host's page for a missing file");
    }

    #[test]
    fn the_citations_are_filled_in_for_the_reader() {
        let fragment = after_article("Site", "Why?", "x", Date::parse("2025-01-02").unwrap(), &[]);
        let template = fragment.split("<template class=\"citing__template\">").nth(1).and_then(|t| t.split("</template>").next()).unwrap();
        let filled = fill_citations(template, "https://e.org/articles/x?audience=clinician&a=1", Date::parse("2026-11-27").unwrap());
        assert!(!filled.contains("~~"), "every token filled: {filled}");
        assert!(filled.contains("Accessed November 27, 2026. https://e.org/articles/x?audience=clinician&amp;a=1"), "{filled}");
        assert!(filled.contains("cited 2026 Nov 27"));
        assert!(filled.contains("Y2%20%20-%202026%2F11%2F27"), "RIS, percent-encoded: {filled}");
        assert!(filled.contains("urldate%20%3D%20%7B2026-11-27%7D"), "BibTeX: {filled}");
        assert!(filled.contains("UR%20%20-%20https%3A%2F%2Fe.org%2Farticles%2Fx%3Faudience%3Dclinician%26a%3D1"), "{filled}");
    }
}
