//! What search engines and link previews see: titles, descriptions and
//! schema.org JSON-LD, built from content (pure).

use super::model::{Article, Site, Status};
use serde_json::{Map, Value};

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

/// "<title> — <site name>", or just the site name.
pub fn title(page: &str, site: Option<&str>) -> String {
    match site.filter(|s| !s.is_empty()) {
        Some(s) if !page.is_empty() && page != s => format!("{page} — {s}"),
        Some(s) => s.to_owned(),
        None => page.to_owned(),
    }
}

fn s(v: &str) -> Value {
    Value::String(v.to_owned())
}

/// The metadata of an article page. `canonical` is its absolute address
/// without a query string; `audience` is the label of the version shown.
pub fn article_meta(article: &Article, site: &Site, canonical: &str, audience: &str) -> Meta {
    let mut ld = Map::new();
    ld.insert("@context".into(), s("https://schema.org"));
    ld.insert("@type".into(), s("MedicalWebPage"));
    ld.insert("name".into(), s(&article.question));
    ld.insert("headline".into(), s(&article.question));
    ld.insert("description".into(), s(&article.summary));
    ld.insert("url".into(), s(canonical));
    ld.insert("inLanguage".into(), s(&site.locale));
    ld.insert("dateModified".into(), s(&article.updated.to_string()));
    if article.review.status == Status::Approved {
        if let Some(d) = article.review.date_of(Status::Approved) {
            ld.insert("lastReviewed".into(), s(&d.to_string()));
        }
        let reviewers: Vec<Value> = article
            .review
            .reviewers
            .iter()
            .map(|r| {
                let mut p = Map::new();
                p.insert("@type".into(), s("Person"));
                p.insert("name".into(), s(&r.name));
                if let Some(c) = &r.credentials {
                    p.insert("honorificSuffix".into(), s(c));
                }
                if let Some(role) = &r.role {
                    p.insert("jobTitle".into(), s(role));
                }
                Value::Object(p)
            })
            .collect();
        if !reviewers.is_empty() {
            ld.insert("reviewedBy".into(), Value::Array(reviewers));
        }
    }
    let mut aud = Map::new();
    aud.insert("@type".into(), s("MedicalAudience"));
    aud.insert("audienceType".into(), s(audience));
    ld.insert("audience".into(), Value::Object(aud));
    if !article.topics.is_empty() {
        ld.insert("keywords".into(), s(&article.topics.join(", ")));
    }
    let mut publisher = Map::new();
    publisher.insert("@type".into(), s("Organization"));
    publisher.insert("name".into(), s(&site.name));
    ld.insert("publisher".into(), Value::Object(publisher));
    let citations: Vec<Value> = article
        .references
        .iter()
        .map(|r| {
            let mut c = Map::new();
            c.insert("@type".into(), s("CreativeWork"));
            c.insert("name".into(), s(&r.title));
            if let Some(a) = &r.authors {
                c.insert("author".into(), s(a));
            }
            if let Some(src) = &r.source {
                c.insert("isPartOf".into(), s(src));
            }
            if let Some(y) = r.year {
                c.insert("datePublished".into(), s(&y.to_string()));
            }
            let url = r.doi_url().or_else(|| r.pubmed_url()).or_else(|| r.url.as_ref().map(|u| u.as_str().to_owned()));
            if let Some(u) = url {
                c.insert("url".into(), s(&u));
            }
            Value::Object(c)
        })
        .collect();
    if !citations.is_empty() {
        ld.insert("citation".into(), Value::Array(citations));
    }
    Meta {
        title: title(&article.question, Some(&site.name)),
        description: article.summary.clone(),
        og_title: article.question.clone(),
        og_type: "article",
        json_ld: Some(script_safe(&Value::Object(ld).to_string())),
    }
}

/// JSON that is safe inside a `<script>` element even when written into
/// HTML: `<` only appears inside strings, where `\u003c` means the same.
pub fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
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
