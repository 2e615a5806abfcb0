//! Checks that span files: what a single file's parse cannot know.

use super::cite;
use super::model::{Article, Index, Site};
use super::parse::Problem;

/// Problems in an article given the site it belongs to and its file's slug.
pub fn article(article: &Article, site: &Site, file_slug: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut push = |path: String, message: String| out.push(Problem { path, message });
    if article.slug != file_slug {
        push("slug".into(), format!("\"{}\" does not match the file name \"{file_slug}.json\"", article.slug));
    }
    for (id, version) in &article.versions {
        if site.audience(id).is_none() {
            push(format!("versions.{id}"), format!("\"{id}\" is not an audience in site.json"));
        }
        for n in cite::unresolved(version, article.references.len()) {
            push(
                format!("versions.{id}"),
                format!("cites reference {n}, but the article has {} reference(s)", article.references.len()),
            );
        }
    }
    out
}

/// Problems between the index and the articles it lists.
pub fn index(index: &Index, articles: &[Article]) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, e) in index.articles.iter().enumerate() {
        let path = format!("articles[{i}]");
        match articles.iter().find(|a| a.slug == e.slug) {
            None => out.push(Problem { path, message: format!("no article file articles/{}.json", e.slug) }),
            Some(a) => {
                let mut differs = |field: &str, same: bool| {
                    if !same {
                        out.push(Problem {
                            path: format!("{path}.{field}"),
                            message: format!("does not match articles/{}.json", a.slug),
                        });
                    }
                };
                differs("question", a.question == e.question);
                differs("status", a.review.status == e.status);
                differs("updated", a.updated == e.updated);
            }
        }
    }
    for a in articles {
        if !index.articles.iter().any(|e| e.slug == a.slug) {
            out.push(Problem { path: "articles".into(), message: format!("has no entry for articles/{}.json", a.slug) });
        }
    }
    out
}
