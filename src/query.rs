//! Reading and writing one parameter of a URL query string (pure).

/// The decoded value of `key` in `search` ("?a=1&b=2" or "a=1").
pub fn get_param(search: &str, key: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| decode(v))
}

/// Percent-decodes a query value (`+` is a space); invalid escapes stay as written.
pub fn decode(v: &str) -> String {
    let b = v.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                match (hex(b[i + 1]), hex(b[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes a query value: letters, digits and `-_.~` stay as they are.
pub fn encode(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// `search` with `key` set to `value` (already encoded), keeping every
/// other parameter in place; an empty `value` removes `key`. Returns "?…",
/// or "" when no parameter is left.
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
            } else if !found && !value.is_empty() {
                found = true;
                Some(format!("{key}={value}"))
            } else {
                None
            }
        })
        .collect();
    if !found && !value.is_empty() {
        parts.push(format!("{key}={value}"));
    }
    if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
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
        assert_eq!(get_param(&set_param("", "q", &encode("fièvre & co")), "q").as_deref(), Some("fièvre & co"));
        assert_eq!(set_param("?q=a&page=2", "page", ""), "?q=a");
        assert_eq!(set_param("?page=2", "page", ""), "");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
    }
}
