//! Reading and writing one parameter of a URL query string (pure).

/// The value of `key` in `search` ("?a=1&b=2" or "a=1"), percent-decoding
/// only what an id can hold.
pub fn get_param(search: &str, key: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.replace('+', " ").replace("%2D", "-").replace("%2d", "-"))
}

/// `search` with `key` set to `value` (an id: no escaping needed), keeping
/// every other parameter in place. Returns "?…".
pub fn set_param(search: &str, key: &str, value: &str) -> String {
    let mut found = false;
    let mut parts: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter_map(|p| {
            let k = p.split_once('=').map_or(p, |(k, _)| k);
            if k != key {
                Some(p.to_owned())
            } else if !found {
                found = true;
                Some(format!("{key}={value}"))
            } else {
                None
            }
        })
        .collect();
    if !found {
        parts.push(format!("{key}={value}"));
    }
    format!("?{}", parts.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes() {
        assert_eq!(get_param("?audience=clinician", "audience").as_deref(), Some("clinician"));
        assert_eq!(get_param("?x=1&audience=student", "audience").as_deref(), Some("student"));
        assert_eq!(get_param("", "audience"), None);
        assert_eq!(set_param("", "audience", "patient"), "?audience=patient");
        assert_eq!(set_param("?x=1&audience=a&y=2", "audience", "b"), "?x=1&audience=b&y=2");
        assert_eq!(set_param("?audience=a&audience=c", "audience", "b"), "?audience=b");
    }
}
