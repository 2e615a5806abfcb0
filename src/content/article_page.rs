//! An article as markup: its header (question, short answer, review
//! details), the audience picker and one body per version. Publish writes
//! it into the article's page and the app sets the same markup, so the two
//! are the same DOM by construction; the app then only shows, hides and
//! fills versions as the reader chooses an audience.
//!
//! Every version has an answer and a body element marked with its audience
//! (`data-audience`); only the version shown is rendered, the others are
//! empty and `hidden` until the reader first chooses them.

use super::html::{Renderer, escaped, id_prefix};
use super::markup::Markup;
use super::model::{Article, Site};
use super::{Date, audience, chrome};

/// The audience id of the version a reader who wants `wanted` sees.
pub fn shown(site: &Site, article: &Article, wanted: &str) -> String {
    audience::choose(article, site, wanted).map(|s| s.audience_id.to_owned()).unwrap_or_default()
}

/// The sentence under the picker when the article has no version for
/// `wanted` (plain text, not escaped).
pub fn fallback_note(site: &Site, article: &Article, wanted: &str) -> Option<String> {
    let shown = audience::choose(article, site, wanted)?;
    shown.fell_back.then(|| {
        let label = |id: &str| site.audience(id).map_or_else(|| id.to_owned(), |a| a.label.clone());
        format!("This article has no version for “{}” yet, so you are reading the version for “{}”.", label(wanted), label(shown.audience_id))
    })
}

/// The version for audience `id`: its short answer and its body (sections,
/// references, disclaimer), numbered as one. `here` is the page's address
/// (in-page links), `base` the site's base path.
pub fn version(site: &Site, article: &Article, id: &str, here: &str, base: &str) -> (Markup, Markup) {
    let Some((id, version)) = article.versions.iter().find(|(v, _)| v == id) else {
        return (Markup::new(String::new()), Markup::new(String::new()));
    };
    let ids = id_prefix(id);
    let mut r = Renderer::new(&article.references, here, base, &ids);
    r.answer(&version.answer);
    let answer = r.take();
    r.body(&version.sections);
    // Every citation has been numbered by now: the back-links are known.
    if !article.references.is_empty() {
        r.references("References");
    }
    let shown = audience::Shown { audience_id: id, version, fell_back: false };
    let reader = site.audience(id).unwrap_or(&site.audiences[0]);
    if let Some(d) = audience::disclaimer(site, &shown, reader) {
        r.disclaimer(d);
    }
    (answer, r.take())
}

/// What goes inside the article's `<article>` element for a reader who
/// wants the audience `wanted`. `date` writes a date in the site's locale.
pub fn inner(site: &Site, article: &Article, wanted: &str, here: &str, base: &str, date: &dyn Fn(Date) -> String) -> Markup {
    let shown_id = shown(site, article, wanted);
    let (mut answers, mut bodies) = (String::new(), String::new());
    for (id, _) in article.versions.iter() {
        let audience = escaped(id);
        let (answer, body, hidden) = if **id == *shown_id {
            let (a, b) = version(site, article, id, here, base);
            (a, b, "")
        } else {
            (Markup::new(String::new()), Markup::new(String::new()), " hidden=\"\"")
        };
        answers.push_str(&format!("<div class=\"answer__version\" data-audience=\"{audience}\"{hidden}>{}</div>", &*answer));
        bodies.push_str(&format!("<div class=\"article__version\" data-audience=\"{audience}\"{hidden}>{}</div>", &*body));
    }
    let policy = site.editorial_policy.as_ref().map(|p| format!("{base}pages/{p}"));
    let meta = chrome::article_meta(&site.board, &article.review, article.updated, policy.as_deref(), date);
    Markup::new(format!(
        concat!(
            r#"<header class="article__header"><h1 class="article__title" id="article-title" tabindex="-1">{question}</h1>"#,
            r#"<div class="answer"><p class="answer__label">Short answer</p><div>{answers}</div></div>"#,
            r#"<div class="article__meta">{meta}</div></header>"#,
            r#"<section class="picker" id="audience-picker" aria-label="Personalize this article"><fieldset class="picker__set">"#,
            r#"<legend class="picker__legend">Which best describes you?</legend>"#,
            r#"<p class="picker__why">We ask so we can explain things in words that suit you. Your choice is kept on this device only.</p>"#,
            r#"<div class="picker__choices">{choices}</div></fieldset><p class="picker__fallback" role="status">{fallback}</p></section>"#,
            "{bodies}"
        ),
        question = escaped(&article.question),
        answers = answers,
        meta = &*meta,
        choices = &*chrome::audience_choices(&site.audiences, wanted),
        fallback = escaped(&fallback_note(site, article, wanted).unwrap_or_default()),
        bodies = bodies,
    ))
}
