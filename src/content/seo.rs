//! What search engines and link previews see: titles, descriptions and
//! schema.org JSON-LD, built from content (pure).

use super::model::{Article, Site, Status};
use super::json::Json;

/// The `<head>` a page should have.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// `document.title`: "<question or page title> — <site name>".
    pub title: String,
    /// `meta name=description`, also Open Graph's description.
    pub description: String,
    /// Open Graph's title (the page's own title, without the site name).
    pub og_title: String,
    /// "article" or "website".
    pub og_type: &'static str,
    /// JSON-LD for the page, when it has some.
    pub json_ld: Option<String>,
}

/// The library's description.
pub const LIBRARY_DESCRIPTION: &str = "Doctor-reviewed answers to clinical questions.";
/// The not-found page's title and description.
pub const NOT_FOUND_TITLE: &str = "Page not found";
/// See [`NOT_FOUND_TITLE`].
pub const NOT_FOUND_DESCRIPTION: &str = "There is no page at this address.";

/// "<title> — <site name>", or just the site name.
pub fn title(page: &str, site: Option<&str>) -> String {
    match site.filter(|s| !s.is_empty()) {
        Some(s) if !page.is_empty() && page != s => format!("{page} — {s}"),
        Some(s) => s.to_owned(),
        None => page.to_owned(),
    }
}

fn s(v: &str) -> Json {
    Json::Str(v.to_owned())
}

/// An object with `@type` first, then the entries that are present.
fn typed(kind: &str, entries: Vec<(&str, Option<Json>)>) -> Json {
    let mut out = vec![("@type".to_owned(), s(kind))];
    out.extend(entries.into_iter().filter_map(|(k, v)| Some((k.to_owned(), v?))));
    Json::Object(out)
}

/// The metadata of an article page. `canonical` is its absolute address
/// without a query string; `audience` is the label of the version shown.
pub fn article_meta(article: &Article, site: &Site, canonical: &str, audience: &str) -> Meta {
    let approved = article.review.status == Status::Approved;
    let reviewers: Vec<Json> = article
        .review
        .reviewers
        .iter()
        .map(|r| {
            typed(
                "Person",
                vec![
                    ("name", Some(s(&r.name))),
                    ("honorificSuffix", r.credentials.as_deref().map(s)),
                    ("jobTitle", r.role.as_deref().map(s)),
                ],
            )
        })
        .collect();
    let citations: Vec<Json> = article
        .references
        .iter()
        .map(|r| {
            let url = r.doi_url().or_else(|| r.pubmed_url()).or_else(|| r.url.as_ref().map(|u| u.as_str().to_owned()));
            typed(
                "CreativeWork",
                vec![
                    ("name", Some(s(&r.title))),
                    ("author", r.authors.as_deref().map(s)),
                    ("isPartOf", r.source.as_deref().map(s)),
                    ("datePublished", r.year.map(|y| s(&y.to_string()))),
                    ("url", url.as_deref().map(s)),
                ],
            )
        })
        .collect();
    let mut ld = vec![("@context".to_owned(), s("https://schema.org"))];
    if let Json::Object(rest) = typed(
        "MedicalWebPage",
        vec![
            ("name", Some(s(&article.question))),
            ("headline", Some(s(&article.question))),
            ("description", Some(s(&article.summary))),
            ("url", Some(s(canonical))),
            ("inLanguage", Some(s(&site.locale))),
            ("dateModified", Some(s(&article.updated.to_string()))),
            ("lastReviewed", article.review.date_of(Status::Approved).filter(|_| approved).map(|d| s(&d.to_string()))),
            ("reviewedBy", (approved && !reviewers.is_empty()).then_some(Json::Array(reviewers))),
            ("audience", Some(typed("MedicalAudience", vec![("audienceType", Some(s(audience)))]))),
            ("keywords", (!article.topics.is_empty()).then(|| s(&article.topics.join(", ")))),
            ("publisher", Some(typed("Organization", vec![("name", Some(s(&site.name)))]))),
            ("citation", (!citations.is_empty()).then_some(Json::Array(citations))),
            // What changed at the latest review step (schema.org: a
            // CorrectionComment in `correction`).
            ("correction", article.review.latest_note().map(|h| {
                typed("CorrectionComment", vec![("text", h.note.as_deref().map(s)), ("datePublished", Some(s(&h.date.to_string())))])
            })),
        ],
    ) {
        ld.extend(rest);
    }
    Meta {
        title: title(&article.question, Some(&site.name)),
        description: article.summary.clone(),
        og_title: article.question.clone(),
        og_type: "article",
        // `to_text` escapes `<`: safe inside a `<script>` element.
        json_ld: Some(Json::Object(ld).to_text()),
    }
}

/// The metadata of any other page.
pub fn page_meta(page_title: &str, site_name: Option<&str>, description: &str) -> Meta {
    Meta {
        title: title(page_title, site_name),
        description: description.to_owned(),
        og_title: page_title.to_owned(),
        og_type: "website",
        json_ld: None,
    }
}

/// The plain text of inline content (for descriptions).
pub fn plain_text(inline: &super::model::Inline) -> String {
    use super::model::Span;
    inline
        .iter()
        .map(|s| match s {
            Span::Text(t) => t.clone(),
            Span::Strong(i) | Span::Em(i) | Span::Link { text: i, .. } | Span::Term { text: i, .. } => plain_text(i),
            Span::Cite(_) => String::new(),
        })
        .collect()
}

/// The first paragraph of some sections, shortened to about 160 characters,
/// for a page's description.
pub fn first_paragraph(sections: &[super::model::Section]) -> Option<String> {
    use super::model::Block;
    let text = sections.iter().find_map(|s| {
        s.blocks.iter().find_map(|b| match b {
            Block::P(i) => Some(plain_text(i)),
            _ => None,
        })
    })?;
    if text.chars().count() <= 160 {
        return Some(text);
    }
    let cut: String = text.chars().take(157).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a).to_owned();
    Some(cut + "…")
}
