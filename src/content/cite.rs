//! Citation bookkeeping: ids for citations and references, and back-link
//! labels.
//!
//! The renderer numbers each citation of reference `n` as it meets it in
//! document order; its counts then tell the references list where to link back.

/// The id of the `k`-th (0-based) citation of reference `n`.
pub fn cite_id(n: u32, k: usize) -> String {
    format!("cite-{n}-{}", k + 1)
}

/// The id of reference `n`'s entry in the list.
pub fn ref_id(n: u32) -> String {
    format!("ref-{n}")
}

/// Letters for back-links: a, b, …, z, aa, ab, …
pub fn backlink_label(k: usize) -> String {
    let letters = b"abcdefghijklmnopqrstuvwxyz";
    if k < 26 {
        (letters[k] as char).to_string()
    } else {
        format!("{}{}", backlink_label(k / 26 - 1), letters[k % 26] as char)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(backlink_label(0), "a");
        assert_eq!(backlink_label(25), "z");
        assert_eq!(backlink_label(26), "aa");
    }
}
