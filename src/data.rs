//! The app's content, as loaders: what each page reads, fetched through
//! `web::fetch` and checked by the content model. Pages render; this loads.

use crate::content::pieces::{Ask, Found, Next, Plan};
use crate::content::{Article, Page, ParseError, Problem, parse_article, parse_page};
use crate::loader::Loader;
use crate::web::{self, LoadError};
use std::sync::Arc;

/// `site.json`'s loader.
pub type SiteLoader = Loader<Result<Arc<crate::content::Site>, LoadError>>;

/// Starts loading `site.json`.
pub fn site() -> SiteLoader {
    Loader::new(|| async { web::load_site().await.map(Arc::new) })
}

/// An article, and what publish wrote to follow it (`content::extras`).
pub type Loaded = (Arc<Article>, Option<String>);

/// Starts loading the article named by `slug` (from the address, not yet
/// checked), and beside it what follows it, which publish wrote
/// (`search/extras/<slug>.html`: its citations and related answers; none
/// when it can't be read, and the page then goes without). An article whose
/// own slug differs is refused.
pub fn article(slug: String) -> Loader<Result<Loaded, LoadError>> {
    Loader::new(move || {
        let slug = slug.clone();
        async move {
            let after = crate::content::is_slug(&slug).then(|| web::text_promise(&format!("search/extras/{slug}.html")));
            let article = web::load_named("articles", &slug, parse_article).await?;
            if article.slug != *slug {
                let problem = Problem { path: "slug".into(), message: format!("\"{}\" does not match the address", article.slug) };
                return Err(LoadError::Content { file: format!("articles/{slug}.json"), error: ParseError::Invalid(vec![problem]) });
            }
            let after = match after {
                Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.ok().and_then(|t| t.as_string()),
                None => None,
            };
            Ok((Arc::new(article), after))
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

/// Answers `ask` from the library's pieces (`content::pieces`): the plan
/// says which files it needs, a step at a time; they are fetched together
/// and read once per visit.
pub async fn find(ask: Ask) -> Result<Found, LoadError> {
    let (mut plan, mut next) = Plan::new(ask);
    loop {
        match next {
            Next::Done(found) => return Ok(found),
            Next::Fetch(files) => next = plan.feed(web::load_texts(&files).await?),
        }
    }
}
