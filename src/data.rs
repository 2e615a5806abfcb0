//! The app's content, as loaders: what each page reads, fetched through
//! `web::fetch` and checked by the content model. Pages render; this loads.

use crate::content::parse::parse_library;
use crate::content::{Article, Index, Page, ParseError, Problem, order, parse_article, parse_page};
use crate::loader::Loader;
use crate::web::{self, LoadError};
use std::sync::Arc;

/// `site.json`'s loader.
pub type SiteLoader = Loader<Result<Arc<crate::content::Site>, LoadError>>;

/// Starts loading `site.json`.
pub fn site() -> SiteLoader {
    Loader::new(|| async { web::load_site().await.map(Arc::new) })
}

/// Starts loading the article named by `slug` (from the address, not yet
/// checked); an article whose own slug differs is refused.
pub fn article(slug: String) -> Loader<Result<Arc<Article>, LoadError>> {
    Loader::new(move || {
        let slug = slug.clone();
        async move {
            let article = web::load_named("articles", &slug, parse_article).await?;
            if article.slug != *slug {
                let problem = Problem { path: "slug".into(), message: format!("\"{}\" does not match the address", article.slug) };
                return Err(LoadError::Content { file: format!("articles/{slug}.json"), error: ParseError::Invalid(vec![problem]) });
            }
            Ok(Arc::new(article))
        }
    })
}

/// Starts loading the plain page named by `slug` (from the address).
pub fn page(slug: String) -> Loader<Result<Page, LoadError>> {
    Loader::new(move || {
        let slug = slug.clone();
        async move { web::load_named("pages", &slug, parse_page).await }
    })
}

/// Loads `index.json`, newest first (entries that break the contract are
/// left out; the rest of the library shows).
pub async fn index() -> Result<Index, LoadError> {
    web::load("index.json".into(), parse_library).await.map(|mut i: Index| {
        order::sort_by(&mut i.articles, |a, b| b.updated.cmp(&a.updated));
        i
    })
}
