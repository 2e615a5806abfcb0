//! Finding articles in the library: as-you-type filtering and relevance
//! ranking over question, summary and topics, ignoring case and accents,
//! tolerant of word forms and small typos.

use super::model::IndexEntry;

/// Lower-cases and strips accents from Latin letters ("Fièvre" → "fievre").
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        for l in c.to_lowercase() {
            out.push(strip_accent(l));
        }
    }
    out
}

fn strip_accent(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ţ' | 'ť' | 'ŧ' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        other => other,
    }
}

/// The folded words of `s` (letters and digits; everything else separates).
pub fn words(s: &str) -> Vec<String> {
    fold(s).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// Everything searchable about an entry, folded.
fn haystack(e: &IndexEntry) -> String {
    fold(&format!("{} {} {}", e.question, e.summary, e.topics.join(" ")))
}

/// True when every word of `query` starts a word somewhere in the entry's
/// question, summary or topics (so results narrow as the reader types).
pub fn filter_matches(e: &IndexEntry, query: &str) -> bool {
    let hay = words(&haystack(e));
    words(query).iter().all(|q| hay.iter().any(|w| w.starts_with(q.as_str())))
}

const STOP: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "if", "in", "is",
    "it", "my", "of", "on", "or", "should", "the", "to", "what", "when", "which", "who", "why", "with", "you", "your",
];

/// A crude English stem: enough to match "injections" with "injection" and
/// "treated" with "treatment".
pub fn stem(w: &str) -> &str {
    for suffix in ["ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s"] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.chars().count() >= 3 {
                return base;
            }
        }
    }
    w
}

/// True when `a` and `b` are at most one edit apart (insert, delete,
/// substitute or swap two neighbours).
fn near(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let p = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if p == la && p == lb {
        return true;
    }
    let rest = |i: usize, j: usize| a.get(i..) == b.get(j..);
    rest(p + 1, p + 1)
        || rest(p + 1, p)
        || rest(p, p + 1)
        || (p + 1 < la && p + 1 < lb && a[p] == b[p + 1] && a[p + 1] == b[p] && rest(p + 2, p + 2))
}

/// A prepared entry: its words by field, stemmed, for fast ranking.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub slug: String,
    question: Vec<String>,
    summary: Vec<String>,
    topics: Vec<String>,
}

/// Prepares entries once (when the index loads), not per keystroke.
pub fn prepare(entries: &[IndexEntry]) -> Vec<Prepared> {
    let stems = |s: &str| words(s).iter().map(|w| stem(w).to_owned()).collect::<Vec<_>>();
    entries
        .iter()
        .map(|e| Prepared {
            slug: e.slug.clone(),
            question: stems(&e.question),
            summary: stems(&e.summary),
            topics: stems(&e.topics.join(" ")),
        })
        .collect()
}

/// How well one query word matches one field's words: exact stem 1.0, a
/// prefix of a longer word 0.7 (the reader is still typing), one typo 0.6.
fn word_score(q: &str, field: &[String]) -> f32 {
    let mut best = 0.0f32;
    for w in field {
        let s = if w == q {
            1.0
        } else if q.len() >= 3 && w.starts_with(q) {
            0.7
        } else if q.len() >= 5 && near(q, w) {
            0.6
        } else {
            0.0
        };
        if s > best {
            best = s;
            if best == 1.0 {
                break;
            }
        }
    }
    best
}

/// The query's meaningful words, stemmed.
pub fn query_terms(query: &str) -> Vec<String> {
    let all = words(query);
    let meaningful: Vec<&String> = all.iter().filter(|w| !STOP.contains(&w.as_str())).collect();
    let chosen = if meaningful.is_empty() { all.iter().collect() } else { meaningful };
    chosen.into_iter().map(|w| stem(w).to_owned()).collect()
}

/// The indexes of up to `limit` entries that best match `query`, best first,
/// leaving out `exclude` (the article being read). Ties keep library order.
pub fn rank(prepared: &[Prepared], query: &str, exclude: Option<&str>, limit: usize) -> Vec<usize> {
    let terms = query_terms(query);
    if terms.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(f32, usize)> = prepared
        .iter()
        .enumerate()
        .filter(|(_, p)| Some(p.slug.as_str()) != exclude)
        .filter_map(|(i, p)| {
            let mut total = 0.0;
            let mut hits = 0;
            for t in &terms {
                let s = 3.0 * word_score(t, &p.question) + 2.0 * word_score(t, &p.topics) + word_score(t, &p.summary);
                if s > 0.0 {
                    hits += 1;
                    total += s;
                }
            }
            // Entries matching more of the question's words rank first.
            (hits > 0).then_some((total * hits as f32 / terms.len() as f32, i))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(limit).map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Date, Status};

    fn entry(slug: &str, q: &str, summary: &str, topics: &[&str]) -> IndexEntry {
        IndexEntry {
            slug: slug.into(),
            question: q.into(),
            summary: summary.into(),
            topics: topics.iter().map(|t| t.to_string()).collect(),
            status: Status::Approved,
            updated: Date::parse("2025-01-01").unwrap(),
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
    fn near_is_one_edit() {
        assert!(near("therapy", "theraphy"));
        assert!(near("therapy", "therpy"));
        assert!(near("therapy", "thearpy"));
        assert!(!near("therapy", "thrpy"));
    }

    #[test]
    fn ranks_by_relevance_with_typos_and_word_forms() {
        let entries = vec![
            entry("a", "How is asthma treated in children?", "Inhalers.", &["respiratory"]),
            entry("b", "Is Spinraza a gene therapy?", "Nusinersen injections", &["neurology"]),
            entry("c", "What are the side effects of gene therapy?", "Liver injury.", &["genetics"]),
        ];
        let p = prepare(&entries);
        assert_eq!(rank(&p, "gene theraphy side effects", None, 5), vec![2, 1]);
        assert_eq!(rank(&p, "injection", None, 5), vec![1]);
        assert_eq!(rank(&p, "asthma treatment", None, 5), vec![0]);
        assert_eq!(rank(&p, "gene therapy", Some("c"), 5), vec![1]);
        assert!(rank(&p, "  ", None, 5).is_empty());
    }
}
