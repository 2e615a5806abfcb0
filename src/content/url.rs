//! Links from content: only the schemes the contract allows become links.

/// A URL that is safe to put in an `href`: `https:`, `http:`, `mailto:`, or a
/// site-relative path starting with a single `/`. The only way to get one is
/// [`SafeUrl::new`], so code that renders links cannot forget the check.
/// (`Default`, an empty URL, stands only for one that could not be read.)
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SafeUrl(String);

impl SafeUrl {
    /// Admits `raw` when it uses an allowed scheme; `None` otherwise.
    pub fn new(raw: &str) -> Option<SafeUrl> {
        // Browsers drop tabs and newlines inside URLs and treat `\` like `/`,
        // so "/\t/evil.example" would become protocol-relative: refuse any
        // whitespace or control character outright.
        if raw.is_empty() || raw.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return None;
        }
        let lower = raw.get(..8).unwrap_or(raw).to_ascii_lowercase();
        let scheme_ok = ["https://", "http://", "mailto:"].iter().any(|p| lower.starts_with(p));
        let relative_ok = raw.starts_with('/') && !raw.starts_with("//") && !raw.starts_with("/\\");
        (scheme_ok || relative_ok).then(|| SafeUrl(raw.to_owned()))
    }

    /// The URL as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True for a path on this site (it needs the site's base path in front).
    pub fn is_site_relative(&self) -> bool {
        self.0.starts_with('/')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_only_the_contract_schemes() {
        for ok in ["https://doi.org/10.1/x", "HTTP://a.example", "mailto:a@b.example", "/pages/editorial-policy"] {
            assert!(SafeUrl::new(ok).is_some(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>", " https://a.example",
            "//evil.example", "/\\evil.example", "/\t/evil.example", "java\tscript:x", "vbscript:x",
            "ftp://a.example", "relative/path", "#top", "",
        ] {
            assert!(SafeUrl::new(bad).is_none(), "{bad:?}");
        }
    }
}
