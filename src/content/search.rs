//! Finding articles in the library: as-you-type filtering and relevance
//! ranking over question, summary and topics, ignoring case and accents,
//! tolerant of word forms and small typos.

use super::model::IndexEntry;
use super::table::StrTable;

pub use super::fold::fold;
use super::fold::is_word_char;

/// The most words of a query that are searched for: a long `?q=` or a
/// pasted paragraph must not freeze the page.
pub const MAX_QUERY_WORDS: usize = 32;

/// The folded words of a query, at most [`MAX_QUERY_WORDS`] of them.
pub fn query_words(q: &str) -> Vec<String> {
    let mut w = words(q.get(..q.floor_char_boundary(4096)).unwrap_or(q));
    w.truncate(MAX_QUERY_WORDS);
    w
}

/// The folded words of `s` (letters and digits; everything else separates).
pub fn words(s: &str) -> Vec<String> {
    fold(s).split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// The folded words of everything searchable about an entry: question,
/// summary and topics. Worth keeping while the reader types.
pub fn entry_words(e: &IndexEntry) -> Vec<String> {
    words(&format!("{} {} {}", e.question, e.summary, e.topics.join(" ")))
}

/// True when every query word (from [`words`]) starts one of an entry's
/// words (from [`entry_words`]), so results narrow as the reader types.
pub fn words_match(entry: &[String], query: &[String]) -> bool {
    query.iter().all(|q| entry.iter().any(|w| w.starts_with(q.as_str())))
}

/// [`words_match`] for one entry and one query, from scratch.
pub fn filter_matches(e: &IndexEntry, query: &str) -> bool {
    words_match(&entry_words(e), &query_words(query))
}

const STOP: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "if", "in", "is",
    "it", "my", "of", "on", "or", "should", "the", "to", "what", "when", "which", "who", "why", "with", "you", "your",
];

/// A crude English stem: enough to match "injections" with "injection" and
/// "treated" with "treatment".
pub fn stem(w: &str) -> &str {
    for suffix in ["ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s"] {
        if let Some(base) = w.strip_suffix(suffix)
            && base.chars().count() >= 3 {
                return base;
            }
    }
    w
}

/// True when `a` and `b` are at most one edit apart (insert, delete,
/// substitute or swap two neighbours). Works on bytes: folded words are
/// nearly always ASCII, and for the rest it is merely a little stricter.
fn near(a: &[u8], b: &[u8]) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if p == la && p == lb {
        return true;
    }
    let rest = |i: usize, j: usize| a.get(i..) == b.get(j..);
    rest(p + 1, p + 1)
        || rest(p + 1, p)
        || rest(p, p + 1)
        || (p + 1 < la && p + 1 < lb && a[p] == b[p + 1] && a[p + 1] == b[p] && rest(p + 2, p + 2))
}

/// Which part of an entry a word came from, and what a match there is worth.
const FIELDS: [f32; 3] = [3.0, 2.0, 1.0]; // question, topics, summary

/// The library prepared for ranking: every distinct stemmed word once, with
/// the entries and fields it occurs in, sorted and bucketed by first byte.
/// Built once when the index loads; each keystroke then scans only the words
/// that share the query word's first letter (typos are assumed to spare the
/// first letter, as most spelling tools assume), not every entry.
#[derive(Debug, Clone, Default)]
pub struct Library {
    slugs: Vec<String>,
    vocab: Vec<String>,
    /// For each vocabulary word: (entry, field) pairs.
    postings: Vec<Vec<(u32, u8)>>,
    /// `vocab[starts[b]..starts[b + 1]]` are the words starting with byte `b`.
    starts: Vec<u32>,
}

/// Word → vocabulary index while the library is built (a `StrTable`:
/// std's `HashMap` with SipHash cost about 3 KB of wasm here).
#[derive(Default)]
struct WordIds(StrTable);

impl WordIds {
    /// The index of `word` in `vocab`, adding it at the end if it is new.
    fn id(&mut self, vocab: &mut Vec<String>, word: &str) -> usize {
        match self.0.find(vocab, &String::as_str, word) {
            Some(k) => k,
            None => {
                vocab.push(word.to_owned());
                self.0.add_last(vocab, &String::as_str);
                vocab.len() - 1
            }
        }
    }
}

impl Library {
    /// Prepares `entries` (in library order).
    pub fn new(entries: &[IndexEntry]) -> Library {
        let mut lib = Library { slugs: entries.iter().map(|e| e.slug.to_string()).collect(), ..Library::default() };
        let mut ids = WordIds::default();
        for (i, e) in entries.iter().enumerate() {
            let topics = e.topics.join(" ");
            for (field, text) in [&e.question, &topics, &e.summary].into_iter().enumerate() {
                for w in words(text) {
                    let k = ids.id(&mut lib.vocab, stem(&w));
                    if k == lib.postings.len() {
                        lib.postings.push(Vec::new());
                    }
                    let posting = (i as u32, field as u8);
                    if lib.postings[k].last() != Some(&posting) {
                        lib.postings[k].push(posting);
                    }
                }
            }
        }
        let order = super::order::positions(lib.vocab.len(), &|a, b| lib.vocab[a].cmp(&lib.vocab[b]));
        let mut postings = std::mem::take(&mut lib.postings);
        lib.postings = order.iter().map(|&i| std::mem::take(&mut postings[i])).collect();
        let mut vocab = std::mem::take(&mut lib.vocab);
        lib.vocab = order.iter().map(|&i| std::mem::take(&mut vocab[i])).collect();
        lib.starts = (0..=256u32)
            .map(|b| lib.vocab.partition_point(|w| u32::from(w.as_bytes().first().copied().unwrap_or(0)) < b) as u32)
            .collect();
        lib
    }

    /// The vocabulary indexes of words starting with `first`.
    fn bucket(&self, first: u8) -> std::ops::Range<usize> {
        let b = usize::from(first);
        self.starts.get(b).copied().unwrap_or(0) as usize..self.starts.get(b + 1).copied().unwrap_or(0) as usize
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.slugs.len()
    }

    /// True when the library has no entries.
    pub fn is_empty(&self) -> bool {
        self.slugs.is_empty()
    }

    /// The indexes of up to `limit` entries that best match `query`, best
    /// first, leaving out `exclude` (the article being read). Ties keep
    /// library order. Entries matching more of the query's words come first.
    pub fn rank(&self, query: &str, exclude: Option<&str>, limit: usize) -> Vec<usize> {
        let terms = query_terms(query);
        if terms.is_empty() || self.is_empty() {
            return Vec::new();
        }
        let n = self.slugs.len();
        let mut total = vec![0f32; n];
        let mut hits = vec![0u16; n];
        let mut best = vec![[0f32; 3]; n];
        let mut touched: Vec<u32> = Vec::new();
        for t in &terms {
            let tb = t.as_bytes();
            let Some(&first) = tb.first() else { continue };
            for k in self.bucket(first) {
                let s = word_score(tb, self.vocab[k].as_bytes());
                if s == 0.0 {
                    continue;
                }
                for &(e, f) in &self.postings[k] {
                    let row = &mut best[e as usize];
                    if *row == [0.0; 3] {
                        touched.push(e);
                    }
                    let slot = &mut row[f as usize];
                    if s > *slot {
                        *slot = s;
                    }
                }
            }
            for &e in &touched {
                let b = &mut best[e as usize];
                total[e as usize] += b.iter().zip(FIELDS).map(|(s, w)| s * w).sum::<f32>();
                hits[e as usize] = hits[e as usize].saturating_add(1);
                *b = [0.0; 3];
            }
            touched.clear();
        }
        // The best `limit`, kept in order while scanning: higher score first,
        // then library order.
        let mut top: Vec<(f32, usize)> = Vec::with_capacity(limit + 1);
        for i in (0..n).filter(|&i| hits[i] > 0 && Some(self.slugs[i].as_str()) != exclude) {
            let score = total[i] * f32::from(hits[i]) / terms.len() as f32;
            // Most entries score no better than the last of a full list.
            if top.len() == limit && top.last().is_some_and(|&(s, _)| score <= s) {
                continue;
            }
            let at = top.iter().position(|&(s, _)| score > s).unwrap_or(top.len());
            if at < limit {
                top.insert(at, (score, i));
                top.truncate(limit);
            }
        }
        top.into_iter().map(|(_, i)| i).collect()
    }
}

/// How well one query word matches one word: exact 1.0, a prefix of a
/// longer word 0.7 (the reader is still typing), one typo away 0.6.
pub fn word_score(q: &[u8], w: &[u8]) -> f32 {
    if w == q {
        1.0
    } else if q.len() >= 3 && w.starts_with(q) {
        0.7
    } else if q.len() >= 5 && near(q, w) {
        0.6
    } else {
        0.0
    }
}

/// The query's meaningful words, stemmed.
pub fn query_terms(query: &str) -> Vec<String> {
    let all = query_words(query);
    let meaningful: Vec<&String> = all.iter().filter(|w| !STOP.contains(&w.as_str())).collect();
    let chosen = if meaningful.is_empty() { all.iter().collect() } else { meaningful };
    chosen.into_iter().map(|w| stem(w).to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Date, Slug, Status};

    fn entry(slug: &str, q: &str, summary: &str, topics: &[&str]) -> IndexEntry {
        IndexEntry {
            slug: Slug::try_from(slug).unwrap(),
            question: q.into(),
            summary: summary.into(),
            topics: topics.iter().map(|t| t.to_string()).collect(),
            status: Status::Approved,
            updated: Date::parse("2025-01-01").unwrap(),
            note: None,
        }
    }

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Fièvre CHEZ l'Enfant — Ærø"), "fievre chez l'enfant — æro");
    }

    #[test]
    fn filter_is_prefix_per_word() {
        let e = entry("x", "Is Spinraza a gene therapy?", "Nusinersen is an ASO", &["Neurology"]);
        assert!(filter_matches(&e, "spin"));
        assert!(filter_matches(&e, "NEURO gene"));
        assert!(filter_matches(&e, "nusinérsen"));
        assert!(!filter_matches(&e, "asthma"));
        assert!(filter_matches(&e, ""));
    }

    #[test]
    fn word_ids_are_stable_and_unique_through_growth() {
        let (mut ids, mut vocab) = (WordIds::default(), Vec::new());
        let words: Vec<String> = (0..5000).map(|i| format!("w{}", i % 1700)).collect();
        for w in &words {
            let k = ids.id(&mut vocab, w);
            assert_eq!(&vocab[k], w);
        }
        assert_eq!(vocab.len(), 1700);
        assert_eq!(ids.id(&mut vocab, "w5"), 5);
    }

    #[test]
    fn near_is_one_edit() {
        assert!(near(b"therapy", b"theraphy"));
        assert!(near(b"therapy", b"therpy"));
        assert!(near(b"therapy", b"thearpy"));
        assert!(!near(b"therapy", b"thrpy"));
    }

    #[test]
    fn ranks_by_relevance_with_typos_and_word_forms() {
        let entries = vec![
            entry("a", "How is asthma treated in children?", "Inhalers.", &["respiratory"]),
            entry("b", "Is Spinraza a gene therapy?", "Nusinersen injections", &["neurology"]),
            entry("c", "What are the side effects of gene therapy?", "Liver injury.", &["genetics"]),
        ];
        let lib = Library::new(&entries);
        assert_eq!(lib.rank("gene theraphy side effects", None, 5), vec![2, 1]);
        assert_eq!(lib.rank("injection", None, 5), vec![1]);
        assert_eq!(lib.rank("asthma treatment", None, 5), vec![0]);
        assert_eq!(lib.rank("gene therapy", Some("c"), 5), vec![1]);
        assert_eq!(lib.rank("gene therapy", None, 1), vec![2], "topics count too");
        assert!(lib.rank("  ", None, 5).is_empty());
    }
}
