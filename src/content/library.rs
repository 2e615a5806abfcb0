//! The library's listing: which entries a reader sees for a query, a topic
//! and a page number, the topics with their counts, and the sentence that
//! says how many match. Shared by the app and the pages written at publish,
//! so both show the same thing for the same address.

use super::model::IndexEntry;
use super::search;

/// At most this many cards on one page of the library: the page's DOM stays
/// small whatever the size of the library.
pub const PAGE_SIZE: usize = 50;

/// The page number in `?page=`: a whole number from 1; anything else is page 1.
pub fn page_number(param: Option<&str>) -> usize {
    param
        .and_then(|p| p.trim().parse::<usize>().ok())
        .filter(|&p| p >= 1)
        .unwrap_or(1)
}

/// How many pages `matched` entries fill (at least 1).
pub fn page_count(matched: usize) -> usize {
    matched.div_ceil(PAGE_SIZE).max(1)
}

/// The range of `matched` entries on page `page` (clamped to the last page).
pub fn page_range(matched: usize, page: usize) -> std::ops::Range<usize> {
    let page = page.clamp(1, page_count(matched));
    let start = (page - 1) * PAGE_SIZE;
    start.min(matched)..(start + PAGE_SIZE).min(matched)
}

/// Each topic once (ignoring case and accents) as `(folded, as first
/// written, how many entries have it)`, in folded order.
pub fn topics(entries: &[IndexEntry]) -> Vec<(String, String, usize)> {
    // (folded, entry, as written), each topic of each entry.
    let mut all: Vec<(String, usize, &String)> = entries
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.topics.iter().map(move |t| (search::fold(t), i, t)))
        .collect();
    super::order::sort_by(&mut all, |a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    all.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    let mut out: Vec<(String, String, usize)> = Vec::new();
    for (folded, _, written) in all {
        match out.last_mut() {
            Some(last) if last.0 == folded => last.2 += 1,
            _ => out.push((folded, written.clone(), 1)),
        }
    }
    out
}

/// True when `entry` has the topic `folded` (empty: every entry does).
pub fn has_topic(entry: &IndexEntry, folded: &str) -> bool {
    folded.is_empty() || entry.topics.iter().any(|t| search::fold(t) == folded)
}

/// The positions of the entries that match the query and the topic, in
/// the index's order. `words` are each entry's [`search::entry_words`].
pub fn matching(
    entries: &[IndexEntry],
    words: &[Vec<String>],
    query: &str,
    topic: &str,
) -> Vec<usize> {
    let (q, t) = (search::query_words(query), search::fold(topic));
    let hit = |(i, (e, w)): (usize, (&IndexEntry, &Vec<String>))| {
        (has_topic(e, &t) && search::words_match(w, &q)).then_some(i)
    };
    entries
        .iter()
        .zip(words)
        .enumerate()
        .filter_map(hit)
        .collect()
}

/// A number with thousands separated ("10,000").
pub fn thousands(n: usize) -> String {
    let mut out = n.to_string();
    let mut at = out.len();
    while at > 3 {
        at -= 3;
        out.insert(at, ',');
    }
    out
}

/// What the count line says: how many match out of how many, and which
/// ones this page shows when there is more than one page.
pub fn count_text(matched: usize, total: usize, page: usize) -> String {
    let r = page_range(matched, page);
    let (n, all) = (thousands, if matched == total { String::new() } else { format!(" of {}", thousands(total)) });
    match matched {
        0 if total == 0 => "No articles yet".to_owned(),
        0 => "No articles match".to_owned(),
        1 if total == 1 => "1 article".to_owned(),
        m if m <= PAGE_SIZE && m == total => format!("{} articles", n(m)),
        m if m <= PAGE_SIZE => format!("Showing {}{all} articles", n(m)),
        m => format!("Showing {}–{} of {}{} articles", n(r.start + 1), n(r.end), n(m), if all.is_empty() { "" } else { " matching" }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_clamped_and_counted() {
        assert_eq!(page_number(Some("3")), 3);
        for bad in ["0", "-1", "x", "", "99999999999999999999999"] {
            assert_eq!(page_number(Some(bad)), 1, "{bad}");
        }
        assert_eq!(page_count(0), 1);
        assert_eq!(page_count(50), 1);
        assert_eq!(page_count(51), 2);
        assert_eq!(page_range(120, 3), 100..120);
        assert_eq!(page_range(120, 9), 100..120);
        assert_eq!(page_range(0, 1), 0..0);
    }

    #[test]
    fn the_count_says_what_the_page_shows() {
        assert_eq!(count_text(0, 0, 1), "No articles yet");
        assert_eq!(count_text(0, 5, 1), "No articles match");
        assert_eq!(count_text(1, 1, 1), "1 article");
        assert_eq!(count_text(7, 7, 1), "7 articles");
        assert_eq!(count_text(3, 7, 1), "Showing 3 of 7 articles");
        assert_eq!(
            count_text(10_000, 10_000, 2),
            "Showing 51–100 of 10,000 articles"
        );
        assert_eq!(
            count_text(120, 10_000, 3),
            "Showing 101–120 of 120 matching articles"
        );
    }
}
