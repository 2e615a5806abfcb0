//! The HTML document around a prerendered page, made from the build's app
//! shell (`app.html`: Trunk's `index.html` after the post-build step).
//!
//! A prerendered page puts the page in `#app` (marked `data-prerendered`),
//! its metadata in `<head>`, and starts the app only after the first paint:
//! the app's module and wasm are named in `<meta name=app-module|app-wasm>`
//! (with their integrity hashes) instead of being loaded at once; `boot.js`
//! (deferred, so it never delays the first paint) reads them.
//! The shell is our own build's output, so its shape is known: anything
//! missing is an error naming what, never a page written wrong.

use crate::content::html::escaped;
use crate::content::seo::Meta;

/// The app shell, ready to wrap pages.
pub struct Shell {
    /// Everything before `#app`, with the app's loading replaced (see above).
    head: String,
    /// Everything after `#app`.
    tail: String,
    /// The site's base path ("/" or "/sub/path/").
    pub base: String,
}

fn cut<'a>(text: &'a str, from: &str, to: &str) -> Option<(&'a str, &'a str, &'a str)> {
    let start = text.find(from)?;
    let end = start + text[start..].find(to)? + to.len();
    Some((&text[..start], &text[start..end], &text[end..]))
}

/// `text` without the first element that starts with `open` and ends with `close`.
fn without(text: &str, open: &str, close: &str) -> Option<String> {
    let (before, _, after) = cut(text, open, close)?;
    Some(format!("{before}{after}"))
}

/// The whole tag (`<…>`) around the first `needle` in `text`.
fn tag_with<'a>(text: &'a str, needle: &str) -> Option<&'a str> {
    let at = text.find(needle)?;
    let start = text[..at + 1].rfind('<')?;
    let end = at + text[at..].find('>')? + 1;
    Some(&text[start..end])
}

/// The value of `attr="…"` in `tag`.
fn attr<'a>(tag: &'a str, attr: &str) -> Option<&'a str> {
    let key = format!(" {attr}=\"");
    let start = tag.find(&key)? + key.len();
    Some(&tag[start..start + tag[start..].find('"')?])
}

impl Shell {
    /// Reads the shell `app` (its text). Fails with what is missing when the
    /// shell is not a release build's.
    pub fn new(app: &str) -> Result<Shell, String> {
        let missing = |what: &str| format!("app.html: {what} not found (is it a release build's app.html?)");
        let base = tag_with(app, "<base href=").and_then(|t| attr(t, "href")).ok_or_else(|| missing("<base href>"))?.to_owned();
        let mut doc = without(app, "<script type=\"module\">", "</script>").ok_or_else(|| missing("Trunk's loader script"))?;
        if !doc.contains("<script src=\"boot.js\" defer></script>") {
            return Err(missing("the deferred boot.js script"));
        }
        let mut names = String::new();
        for (needle, name) in [("rel=\"modulepreload\"", "app-module"), (".wasm\"", "app-wasm")] {
            let tag = tag_with(&doc, needle).ok_or_else(|| missing(name))?.to_owned();
            let (Some(href), Some(sri)) = (attr(&tag, "href"), attr(&tag, "integrity")) else {
                return Err(missing(&format!("{name}'s address and integrity hash")));
            };
            names.push_str(&format!("<meta name=\"{name}\" content=\"{href}\" data-integrity=\"{sri}\">"));
            doc = doc.replacen(&tag, "", 1);
        }
        // Content is fetched by the app after the first paint.
        while let Some(tag) = tag_with(&doc, "<link rel=\"preload\" href=\"content/").map(str::to_owned) {
            doc = doc.replacen(&tag, "", 1);
        }
        if !doc.contains("script-src 'self'") {
            return Err(missing("the Content-Security-Policy <meta>"));
        }
        doc = doc.replacen("</head>", &format!("{names}</head>"), 1);
        let (head, _, tail) = cut(&doc, "<div id=\"app\">", "<div id=\"crash\"").ok_or_else(|| missing("<div id=\"app\">"))?;
        Ok(Shell { head: head.to_owned(), tail: format!("<div id=\"crash\"{tail}"), base })
    }

    /// A whole document: `app_html` in `#app`, `meta` in `<head>`.
    /// `canonical` is the page's absolute address, when the site's is known.
    pub fn page(&self, meta: &Meta, canonical: Option<&str>, app_html: &str) -> String {
        let mut head = String::new();
        for (key, name, value) in [
            ("property", "og:title", meta.og_title.as_str()),
            ("property", "og:description", meta.description.as_str()),
            ("property", "og:type", meta.og_type),
        ] {
            head.push_str(&format!("<meta {key}=\"{name}\" content=\"{}\">", escaped(value)));
        }
        if let Some(url) = canonical {
            head.push_str(&format!("<link rel=\"canonical\" href=\"{0}\"><meta property=\"og:url\" content=\"{0}\">", escaped(url)));
        }
        if let Some(json) = &meta.json_ld {
            // `json` has `<` escaped: it cannot end the script element.
            head.push_str(&format!("<script type=\"application/ld+json\">{json}</script>"));
        }
        let mut top = self.head.clone();
        if let Some((before, _, after)) = cut(&top, "<title>", "</title>") {
            top = format!("{before}<title>{}</title>{after}", escaped(&meta.title));
        }
        if let Some((before, _, after)) = cut(&top, "<meta name=\"description\" content=\"", ">") {
            top = format!("{before}<meta name=\"description\" content=\"{}\">{after}", escaped(&meta.description));
        }
        top = top.replacen("<meta name=\"app-module\"", &format!("{head}<meta name=\"app-module\""), 1);
        format!("{top}<div id=\"app\" data-prerendered=\"\">{app_html}</div>\n    {}", self.tail)
    }
}
