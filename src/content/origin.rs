//! Origins the app may send readers' questions and votes to: a deployment
//! setting (`ALLOWED_ORIGINS`), never taken from content alone. Checked
//! strictly, as an origin also goes into the Content-Security-Policy.

/// The `https://host[:port]` origin at the start of `url`, if `url` is an
/// `https:` URL whose host is plain (letters, digits, `-` and `.`) and whose
/// port, if any, is digits.
pub fn https_origin(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host, port) = match rest[..end].split_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (&rest[..end], None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|l| !l.is_empty() && l.len() <= 63 && !l.starts_with('-') && !l.ends_with('-'))
        && host.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.');
    let port_ok = port.is_none_or(|p| (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    (host_ok && port_ok).then(|| &url[..8 + end])
}

/// True when `path` (after the origin, or a site-relative path) holds only
/// characters that are plain in a URL: no quotes, spaces, angle brackets,
/// backslashes or control characters.
pub fn plain_path(path: &str) -> bool {
    path.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~/%!$&()*+,;=:@?#".contains(&b))
}

/// Reads the `ALLOWED_ORIGINS` setting: origins separated by spaces or
/// commas, each exactly `https://host[:port]`. Anything else is refused
/// with the offending item.
pub fn parse_allowed(setting: &str) -> Result<Vec<String>, String> {
    setting
        .split([' ', ',', '\n', '\t'])
        .filter(|s| !s.is_empty())
        .map(|item| match https_origin(item) {
            Some(o) if o.len() == item.len() => Ok(o.to_owned()),
            _ => Err(format!("ALLOWED_ORIGINS: \"{item}\" is not an origin of the form https://host or https://host:port")),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_strict() {
        assert_eq!(https_origin("https://answers.example.org/v1/ask"), Some("https://answers.example.org"));
        assert_eq!(https_origin("https://a.example:8443"), Some("https://a.example:8443"));
        for bad in ["https://answers.example\"/ask", "http://a.example", "https://A.example", "https://a..example", "https://a.example:x/", "https://", "https://a b"] {
            assert!(https_origin(bad).is_none_or(|o| o.len() < bad.len() && !plain_path(&bad[o.len()..])), "{bad}");
        }
        assert_eq!(parse_allowed("https://a.example, https://b.example:444"), Ok(vec!["https://a.example".into(), "https://b.example:444".into()]));
        assert!(parse_allowed("https://a.example/path").is_err());
        assert!(parse_allowed("https://a.example\"").is_err());
        assert_eq!(parse_allowed(""), Ok(vec![]));
    }
}
