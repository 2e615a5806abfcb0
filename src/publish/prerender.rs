//! Every route's page as HTML, written at publish without a browser: what
//! goes inside `#app` for the library's first page, an article, a plain
//! page and the not-found page.
//!
//! The content comes from the same pure renderers the app uses
//! (`content::html`, `chrome`, `listing`, `library`, and for an article's
//! header, picker and versions `article_page`, which the app sets as it
//! is); the frame around it mirrors the app's other views (`src/app.rs`,
//! `src/pages/`, `src/components/`) element for element. What must stay true: for every route, this HTML and
//! the app's DOM are the same, so the app takes over without a shift.
//! `tests/e2e/prerender.test.mjs` compares the two on every route.

use crate::content::html::{Renderer, escaped};
use crate::content::model::{Article, IndexEntry, Page, Site};
use crate::content::question::MAX_QUESTION;
use crate::content::{Date, article_page, audience, chrome, extras, library, listing, seo};

/// A date as the page shows it. The app asks the browser's Intl; here it is
/// written in English (as the app does where Intl is missing).
pub fn date_text(locale: &str) -> impl Fn(Date) -> String + '_ {
    move |d: Date| d.long_en(locale)
}

/// The app's frame around a page: skip link, announcer, header, `<main>`, footer.
pub fn frame(site_name: &str, base: &str, page: &str) -> String {
    format!(
        concat!(
            r##"<a class="skip-link" href="#main">Skip to content</a>"##,
            r#"<div class="visually-hidden" id="route-announcer" aria-live="polite" aria-atomic="true"></div>"#,
            r#"<header class="site-header"><div class="site-header__inner"><a class="site-header__name" href="{base}"><span class="site-header__logo" aria-hidden="true"></span>{name}</a></div></header>"#,
            r#"<main class="main" id="main" tabindex="-1"><div>{page}</div></main>"#,
            r#"<footer class="site-footer"><p>This site is for information. It does not replace advice from your own doctor. In an emergency, call your local emergency number.</p></footer>"#
        ),
        base = escaped(base),
        name = escaped(site_name),
        page = page
    )
}

/// `/articles/<slug>` for a reader who arrives without a chosen audience:
/// the site's default audience (or the version shown instead, with its note).
/// At the article's end, `after`: what publish wrote to follow it
/// (`content::extras::after_article`), and "Was this helpful?" when the site
/// takes votes; then the follow-up box.
pub fn article(site: &Site, article: &Article, after: &str, base: &str) -> String {
    let here = format!("{base}articles/{}", article.slug);
    let wanted = audience::resolve(site, None, None).id.to_string();
    let inner = article_page::inner(site, article, &wanted, &here, base, &date_text(&site.locale));
    let placeholder = article.example_question.as_deref().map_or_else(|| "Type your question in your own words".to_owned(), |e| format!("For example: {e}"));
    format!(
        concat!(
            r#"<div class="page page--article"><article class="article" aria-labelledby="article-title">{inner}{after}{feedback}</article>"#,
            r#"<section class="followup" aria-labelledby="followup-heading"><h2 class="followup__title" id="followup-heading">Have a follow-up question?</h2>"#,
            r#"<p class="followup__intro">Ask about anything in this article that is still unclear to you.</p>"#,
            r#"<form class="followup__form" novalidate=""><label class="followup__label" for="followup-question">Your follow-up question</label>"#,
            r#"<textarea class="followup__input" id="followup-question" rows="3" maxlength="{max}" aria-describedby="followup-count" placeholder="{placeholder}"></textarea>"#,
            r#"<div class="followup__row"><span class="followup__count" id="followup-count">0 of {max} characters</span>"#,
            r#"<span class="followup__buttons"><button class="button button--quiet" type="button" hidden="">Cancel</button><button class="button" type="submit" aria-disabled="false">Ask</button></span></div>"#,
            r#"<div></div><div class="followup__live" aria-live="polite"><p class="followup__progress" hidden=""><span class="spinner" aria-hidden="true"></span>Sending your question…</p><div></div></div></form></section></div>"#
        ),
        inner = &*inner,
        after = after,
        feedback = site.feedback.as_ref().map(|f| extras::feedback_box(&article.slug, &f.endpoint, false).to_string()).unwrap_or_default(),
        max = MAX_QUESTION,
        placeholder = escaped(&placeholder),
    )
}

/// `/pages/<slug>`: a plain page.
pub fn plain_page(site: &Site, page: &Page, base: &str) -> String {
    let here = format!("{base}pages/{}", page.slug);
    let mut body = Renderer::new(&[], &here, base, "");
    body.sections(&page.sections);
    let dates = chrome::dates(page.updated, None, None, &date_text(&site.locale));
    format!(
        r#"<div class="page"><article class="article plain" aria-labelledby="page-title"><h1 class="article__title" id="page-title" tabindex="-1">{}</h1><div class="dates">{}</div><div class="article__body">{}</div></article></div>"#,
        escaped(&page.title),
        dates,
        body.take()
    )
}

/// Any other address.
pub fn not_found(base: &str) -> String {
    format!(r#"<div class="page problem">{}</div>"#, chrome::not_found(base))
}

/// `/`: the library's first page, newest first, no query, all topics.
pub fn library_page(site: &Site, entries: &[IndexEntry], base: &str) -> String {
    let total = entries.len();
    let topics = library::topics(entries);
    let list = if total == 0 {
        listing::empty_library()
    } else {
        let mut html = listing::cards(&entries[library::page_range(total, 1)], base, &date_text(&site.locale));
        html.append(listing::pager(1, library::page_count(total), &|n| format!("{base}?page={n}")));
        html
    };
    let frame = listing::library_frame(&site.name, &listing::topic_choices(&topics, total, ""), &library::count_text(total, total, 1), &list);
    format!(r#"<div class="page library">{}</div>"#, &*frame)
}

/// The `<head>` metadata of the library page.
pub fn library_meta(site: &Site) -> seo::Meta {
    seo::page_meta(&site.name, None, seo::LIBRARY_DESCRIPTION)
}

/// The `<head>` metadata of a plain page.
pub fn page_meta(site: &Site, page: &Page) -> seo::Meta {
    let description = seo::first_paragraph(&page.sections).unwrap_or_else(|| page.title.clone());
    seo::page_meta(&page.title, Some(&site.name), &description)
}

/// The `<head>` metadata of the not-found page: as the app writes it on a
/// first visit, before it has read the site's name.
pub fn not_found_meta() -> seo::Meta {
    seo::page_meta(seo::NOT_FOUND_TITLE, None, seo::NOT_FOUND_DESCRIPTION)
}
