//! Slugs: 1–100 characters of `a-z`, `0-9` and `-`.

/// True when `s` is a valid slug, so it is safe to use in a file path.
pub fn is_slug(s: &str) -> bool {
    (1..=100).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("spinraza-gene-therapy"));
        assert!(is_slug(&"a".repeat(100)));
        for bad in ["", "A", "a_b", "../x", "a/b", "é", &"a".repeat(101)] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
