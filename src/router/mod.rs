//! The router: which page an address leads to. `Route::from_path` and
//! `within_base` are pure (std only, tested natively); in the browser,
//! `live` keeps the current route in a `Memo<Route>`, follows in-app links,
//! and offers `navigate(path)` and `query(name)`.

#[cfg(target_arch = "wasm32")]
mod live;
#[cfg(target_arch = "wasm32")]
pub use live::*;

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the library.
    Library,
    /// `/articles/<slug>`.
    Article(String),
    /// `/pages/<slug>`.
    Page(String),
    /// Anything else.
    NotFound,
}

impl Route {
    /// The page for `path`, the address's path with the site's base removed
    /// (`""`, `"articles/x"`; a trailing slash is allowed, as static hosts
    /// add one to folders). Slugs are checked by the pages, which say why an
    /// address is wrong.
    pub fn from_path(path: &str) -> Route {
        let path = path.trim_start_matches('/');
        let path = path.strip_suffix('/').unwrap_or(path);
        if path.is_empty() || path == "index.html" {
            return Route::Library;
        }
        match path.split_once('/') {
            Some(("articles", slug)) if !slug.is_empty() && !slug.contains('/') => Route::Article(slug.to_owned()),
            Some(("pages", slug)) if !slug.is_empty() && !slug.contains('/') => Route::Page(slug.to_owned()),
            _ => Route::NotFound,
        }
    }
}

/// The part of `pathname` inside the app hosted at `base` (which ends with
/// `/`), or `None` when the address is outside the app.
pub fn within_base<'a>(pathname: &'a str, base: &str) -> Option<&'a str> {
    match pathname.strip_prefix(base) {
        Some(rest) => Some(rest),
        None if pathname == base.trim_end_matches('/') => Some(""),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        assert_eq!(Route::from_path(""), Route::Library);
        assert_eq!(Route::from_path("/"), Route::Library);
        assert_eq!(Route::from_path("index.html"), Route::Library);
        assert_eq!(Route::from_path("articles/spinraza"), Route::Article("spinraza".into()));
        assert_eq!(Route::from_path("articles/spinraza/"), Route::Article("spinraza".into()));
        assert_eq!(Route::from_path("pages/editorial-policy"), Route::Page("editorial-policy".into()));
        assert_eq!(Route::from_path("articles/"), Route::NotFound);
        assert_eq!(Route::from_path("articles/a/b"), Route::NotFound);
        assert_eq!(Route::from_path("nowhere/at/all"), Route::NotFound);
        assert_eq!(Route::from_path("articles"), Route::NotFound);
    }

    #[test]
    fn base() {
        assert_eq!(within_base("/articles/x", "/"), Some("articles/x"));
        assert_eq!(within_base("/any/sub/path/articles/x", "/any/sub/path/"), Some("articles/x"));
        assert_eq!(within_base("/any/sub/path", "/any/sub/path/"), Some(""));
        assert_eq!(within_base("/elsewhere", "/any/sub/path/"), None);
    }
}
