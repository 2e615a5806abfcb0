//! Citation bookkeeping: ids for citations and references, back-link labels,
//! and a walk over the citation numbers in inline text.
//!
//! The renderer numbers each citation of reference `n` as it meets it in
//! document order; its counts then tell the references list where to link back.

use super::model::{Inline, Span};

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

/// Calls `f` for each citation number in `inline`, in document order.
pub fn walk_inline(inline: &Inline, f: &mut impl FnMut(u32)) {
    for span in inline {
        match span {
            Span::Text(_) => {}
            Span::Strong(i) | Span::Em(i) | Span::Link { text: i, .. } | Span::Term { text: i, .. } => walk_inline(i, f),
            Span::Cite(ns) => ns.iter().for_each(|n| f(*n)),
        }
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
