//! The contract's rules that span fields, run once over what was read.

use super::model::{Article, Block, Inline, Section, Site, Span};
use super::read::{At, Reader};

/// `site.json`: at least one audience, ids unique, the default declared.
pub fn site(site: &Site, r: &mut Reader) {
    let audiences = At::Root.key("audiences");
    let root = At::Root;
    if site.audiences.is_empty() {
        r.fail(&audiences, "needs at least one audience");
        return;
    }
    for (i, a) in site.audiences.iter().enumerate() {
        if !a.id.is_empty() && site.audiences[..i].iter().any(|b| b.id == a.id) {
            r.fail(&audiences.index(i).key("id"), format!("the id \"{}\" is used twice", a.id));
        }
    }
    for (i, id) in site.lay_audiences.iter().enumerate() {
        if site.audience(id).is_none() {
            r.fail(&At::Root.key("lay_audiences").index(i), format!("\"{id}\" is not one of the audiences"));
        }
    }
    let default = &site.default_audience;
    if !default.is_empty() && site.audience(default).is_none() {
        r.fail(&root.key("default_audience"), format!("\"{default}\" is not one of the audiences"));
    }
}

/// An article: history oldest first; every citation has its reference (a
/// note: the app marks it unresolved and still renders the article).
pub fn article(article: &Article, r: &mut Reader) {
    let root = At::Root;
    let review = root.key("review");
    let history = review.key("history");
    let h = &article.review.history;
    if let Some(i) = (1..h.len()).find(|&i| h[i].date < h[i - 1].date) {
        r.fail(&history.index(i).key("date"), "history must be oldest first");
    }
    let count = article.references.len();
    let versions = root.key("versions");
    for (id, version) in article.versions.iter() {
        let v = versions.key(id);
        cites_inline(&version.answer, &v.key("answer"), count, r);
        cites_sections(&version.sections, &v.key("sections"), count, r);
    }
}

fn cites_sections(sections: &[Section], at: &At, count: usize, r: &mut Reader) {
    for (i, s) in sections.iter().enumerate() {
        let here = at.index(i);
        cites_blocks(&s.blocks, &here.key("blocks"), count, r);
        cites_sections(&s.sections, &here.key("sections"), count, r);
    }
}

fn cites_blocks(blocks: &[Block], at: &At, count: usize, r: &mut Reader) {
    for (i, b) in blocks.iter().enumerate() {
        let here = at.index(i);
        match b {
            Block::P(t) => cites_inline(t, &here.key("p"), count, r),
            Block::Quote(t) => cites_inline(t, &here.key("quote"), count, r),
            Block::Ul(items) | Block::Ol(items) => {
                let key = here.key(if matches!(b, Block::Ul(_)) { "ul" } else { "ol" });
                for (j, item) in items.iter().enumerate() {
                    cites_inline(item, &key.index(j), count, r);
                }
            }
            Block::Note(n) => cites_blocks(&n.blocks, &here.key("note").key("blocks"), count, r),
        }
    }
}

fn cites_inline(inline: &Inline, at: &At, count: usize, r: &mut Reader) {
    for (i, span) in inline.iter().enumerate() {
        let here = at.index(i);
        match span {
            Span::Text(_) => {}
            Span::Strong(t) => cites_inline(t, &here.key("strong"), count, r),
            Span::Em(t) => cites_inline(t, &here.key("em"), count, r),
            Span::Link { text, .. } => cites_inline(text, &here.key("link"), count, r),
            Span::Term { text, .. } => cites_inline(text, &here.key("term"), count, r),
            Span::Cite(nums) => {
                for n in nums.iter().filter(|n| **n as usize > count) {
                    r.note(&here.key("cite"), || format!("cites reference {n}, but the article has {count} reference(s)"));
                }
            }
        }
    }
}
