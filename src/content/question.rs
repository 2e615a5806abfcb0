//! The follow-up question a reader types. Its length limit is held here, in
//! code: the textarea's `maxlength` is only a hint that a restored draft or
//! a script can pass.

/// The longest follow-up question accepted, in characters.
pub const MAX_QUESTION: usize = 1000;

/// The part of `q` that is ranked against the library: its first
/// [`MAX_QUESTION`] characters.
pub fn within_limit(q: &str) -> &str {
    match q.char_indices().nth(MAX_QUESTION) {
        Some((i, _)) => &q[..i],
        None => q,
    }
}

/// Why `q` can't be sent, in words for the reader; `None` when it can.
pub fn refusal(q: &str) -> Option<String> {
    let n = q.trim().chars().count();
    if n == 0 {
        Some("Type your question first, then press Ask.".into())
    } else if n > MAX_QUESTION {
        Some(format!("Your question is {n} characters long; the limit is {MAX_QUESTION}. Please shorten it, then press Ask."))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_holds_in_code() {
        let long = "é".repeat(MAX_QUESTION + 500);
        assert_eq!(within_limit(&long).chars().count(), MAX_QUESTION);
        assert_eq!(within_limit("short"), "short");
        assert!(refusal(&long).is_some_and(|m| m.contains("1500 characters")));
        assert!(refusal("  ").is_some());
        assert_eq!(refusal("How often?"), None);
    }
}
