//! Citation bookkeeping: which references a version cites, and where.
//!
//! The renderer numbers each citation of reference `n` as it meets it in
//! document order (answer, then sections depth-first); [`occurrences`] walks the
//! same order so the references list can link back to every place.

use super::model::{Block, Inline, Section, Span, Version};

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

/// How many times each reference number is cited in `version`, in a vector
/// indexed by `n - 1` with `len` entries (numbers past `len` are ignored).
pub fn occurrences(version: &Version, len: usize) -> Vec<usize> {
    let mut counts = vec![0; len];
    let mut note = |n: u32| {
        if let Some(c) = counts.get_mut((n as usize).wrapping_sub(1)) {
            *c += 1;
        }
    };
    walk_inline(&version.answer, &mut note);
    for s in &version.sections {
        walk_section(s, &mut note);
    }
    counts
}

fn walk_section(s: &Section, f: &mut impl FnMut(u32)) {
    walk_blocks(&s.blocks, f);
    for sub in &s.sections {
        walk_section(sub, f);
    }
}

/// Calls `f` for each citation number in `blocks`, in document order.
pub fn walk_blocks(blocks: &[Block], f: &mut impl FnMut(u32)) {
    for b in blocks {
        match b {
            Block::P(i) | Block::Quote(i) => walk_inline(i, f),
            Block::Ul(items) | Block::Ol(items) => items.iter().for_each(|i| walk_inline(i, f)),
            Block::Note { blocks, .. } => walk_blocks(blocks, f),
        }
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
