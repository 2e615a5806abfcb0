//! The library page's markup: topic chips with their counts, cards, the
//! pager, and what shows when nothing does. Pure and escaped like `chrome.rs`.

use super::chrome::{article_link, element, time};
use super::date::Date;
use super::html::{escape, escaped};
use super::markup::Markup;
use super::model::IndexEntry;

/// The library's topic filter: its legend and one radio chip per topic,
/// each with how many articles have it (`(folded, as written, count)`, from
/// [`super::library::topics`]), "All topics" (`total`) first; the radio
/// whose topic folds like `selected` is checked.
pub fn topic_choices(topics: &[(String, String, usize)], total: usize, selected: &str) -> Markup {
    let selected = super::fold::fold(selected);
    let mut out = String::from("<legend class=\"finder__legend\">Topic</legend>");
    let all = (String::new(), String::new(), total);
    for (folded, topic, count) in std::iter::once(&all).chain(topics) {
        let checked = if *folded == selected { " checked" } else { "" };
        let label = if topic.is_empty() { "All topics".to_owned() } else { escaped(topic) };
        out.push_str(&format!(
            "<label class=\"chip\"><input type=\"radio\" name=\"topic\" value=\"{}\"{checked}><span>{label} <span class=\"chip__count\">{}</span></span></label>",
            escaped(topic),
            super::library::thousands(*count)
        ));
    }
    Markup::new(out)
}

/// A search or listing that could not load: what went wrong and "Try
/// again" (the query the reader typed stays in the box).
pub fn search_problem(detail: &str) -> Markup {
    Markup::new(format!(
        "<div class=\"empty\" role=\"alert\"><p class=\"empty__title\">The search could not finish.</p><p>{}</p><button type=\"button\" class=\"button library__retry\">Try again</button></div>",
        escaped(detail)
    ))
}

/// Links to the library's other pages when there is more than one:
/// "Previous page", "Page 2 of 9", "Next page". `href(n)` is page `n`'s address.
pub fn pager(page: usize, pages: usize, href: &dyn Fn(usize) -> String) -> Markup {
    if pages <= 1 {
        return Markup::default();
    }
    let page = page.clamp(1, pages);
    let mut out = String::from("<nav class=\"pager\" aria-label=\"Library pages\">");
    if page > 1 {
        element(&mut out, "<a class=\"pager__link\" rel=\"prev\" href=\"", &href(page - 1), "\">Previous page</a>");
    }
    out.push_str(&format!("<span class=\"pager__where\">Page {} of {}</span>", page, super::library::thousands(pages)));
    if page < pages {
        element(&mut out, "<a class=\"pager__link\" rel=\"next\" href=\"", &href(page + 1), "\">Next page</a>");
    }
    out.push_str("</nav>");
    Markup::new(out)
}

/// The library's cards: question (a link), summary, review status in the
/// stepper's words, date (written by `date`, which knows the locale) and
/// topics.
pub fn cards(entries: &[IndexEntry], base: &str, date: &dyn Fn(Date) -> String) -> Markup {
    let mut out = String::from("<ul class=\"cards\">");
    for e in entries {
        out.push_str("<li class=\"card\"><h2 class=\"card__title\">");
        article_link(&mut out, e, base);
        out.push_str("</h2><p class=\"card__summary\">");
        escape(&mut out, &e.summary);
        out.push_str(&format!(
            "</p><div class=\"card__meta\"><span class=\"status status--{}\"><span class=\"status__dot\" aria-hidden=\"true\"></span>{}</span><span class=\"card__date\">Updated ",
            e.status.as_str(),
            e.status.label(),
        ));
        time(&mut out, "", e.updated, date);
        out.push_str("</span></div>");
        if let Some(note) = &e.note {
            element(&mut out, "<p class=\"card__note\">What changed: ", note, "</p>");
        }
        out.push_str("<ul class=\"topics\" aria-label=\"Topics\">");
        for t in &e.topics {
            element(&mut out, "<li class=\"topic\">", t, "</li>");
        }
        out.push_str("</ul></li>");
    }
    out.push_str("</ul>");
    Markup::new(out)
}

/// The library's placeholder while its index loads.
pub fn library_skeleton() -> Markup {
    Markup::fixed(concat!(
        r#"<div class="skeleton" aria-busy="true">"#,
        r#"<span class="visually-hidden" role="status">Loading…</span>"#,
        r#"<div class="skeleton__line skeleton__line--title"></div>"#,
        r#"<div class="skeleton__block"></div>"#,
        r#"<div class="skeleton__block"></div>"#,
        "</div>"
    ))
}

/// A library with no articles at all.
pub fn empty_library() -> Markup {
    Markup::fixed(
        "<div class=\"empty\"><p class=\"empty__title\">There are no answers here yet.</p><p>Our writers and reviewers are at work on the first ones: please come back soon.</p></div>",
    )
}

/// The library when nothing matches `query` (or the topic, when it is empty).
pub fn no_matches(query: &str) -> Markup {
    let what = if query.trim().is_empty() { "this topic".to_owned() } else { format!("“{}”", escaped(query.trim())) };
    Markup::new(format!(
        "<div class=\"empty\"><p class=\"empty__title\">No articles match {what}.</p><p>Try fewer or shorter words, check the spelling, or choose All topics.</p><button type=\"button\" class=\"button button--quiet library__clear\">Clear search</button></div>"
    ))
}

/// The library page inside its `<div class="page library">`: title, intro,
/// the search box (its value set by the app), the topic chips, the count
/// and the list. Publish writes it into `/`; the app sets the same and then
/// fills the count and the list as the reader searches.
pub fn library_frame(name: &str, topics: &Markup, count: &str, list: &Markup) -> Markup {
    Markup::new(format!(
        concat!(
            r#"<h1 class="library__title" tabindex="-1">{name}</h1>"#,
            r#"<p class="library__intro">Answers to clinical questions, written for patients, clinicians and students, and checked by doctors.</p>"#,
            r#"<div class="finder" role="search"><label class="finder__label" for="library-search">Search articles</label>"#,
            r#"<input class="finder__input" id="library-search" type="search" autocomplete="off" placeholder="For example: gene therapy">"#,
            r#"<fieldset class="finder__topics">{topics}</fieldset></div>"#,
            r#"<p class="finder__count" role="status">{count}</p><div class="library__list">{list}</div>"#
        ),
        name = escaped(name),
        topics = &**topics,
        count = escaped(count),
        list = &**list,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use super::super::chrome::article_links;
    use super::super::model::{Slug, Status};

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn library_markup_escapes_everything_from_content() {
        let entry = IndexEntry {
            slug: Slug::try_from("a-b").unwrap(),
            question: "<b>Why?</b>".into(),
            summary: "Fish & chips".into(),
            topics: vec!["\"Quotes\"".into()],
            status: Status::UnderReview,
            updated: date("2025-03-04"),
            note: None,
        };
        let cards = cards(std::slice::from_ref(&entry), "/sub/", &|d| format!("on {d}"));
        assert!(cards.contains("<a href=\"/sub/articles/a-b\">&lt;b&gt;Why?&lt;/b&gt;</a>"), "{cards}");
        assert!(cards.contains("Fish &amp; chips"));
        assert!(cards.contains("<li class=\"topic\">&quot;Quotes&quot;</li>"));
        assert!(cards.contains("status status--under_review"));
        assert!(cards.contains("<time datetime=\"2025-03-04\">on 2025-03-04</time>"));
        let links = article_links(&[entry], "/", Some("x"));
        assert!(links.starts_with("<ul aria-labelledby=\"x\"><li><a href=\"/articles/a-b\">&lt;b&gt;"), "{links}");
    }

    #[test]
    fn topic_radios_check_the_chosen_topic_ignoring_case_and_accents() {
        let topics = vec![("neurologie".to_owned(), "Neurologie".to_owned(), 3), ("genetics".to_owned(), "Genetics".to_owned(), 1)];
        let none = topic_choices(&topics, 4, "");
        assert!(none.contains("value=\"\" checked><span>All topics <span class=\"chip__count\">4</span>"), "{none}");
        let chosen = topic_choices(&topics, 4, "NEUROLOGIÉ");
        assert!(chosen.contains("value=\"Neurologie\" checked>"), "{chosen}");
        assert_eq!(chosen.matches(" checked").count(), 1);
    }

    #[test]
    fn the_pager_links_the_pages_around_this_one() {
        let href = |n: usize| format!("/?page={n}&q=a\"b");
        assert_eq!(&*pager(1, 1, &href), "");
        let first = pager(1, 3, &href);
        assert!(!first.contains("Previous") && first.contains("rel=\"next\" href=\"/?page=2&amp;q=a&quot;b\""), "{first}");
        let last = pager(9, 3, &href);
        assert!(last.contains("Page 3 of 3") && !last.contains("Next"), "{last}");
    }
}
