//! Writes the library in pieces (`content::pieces`) into a build's
//! `search/` folder: the catalog, the card files, each topic's list, the
//! word files and what follows each article (`extras/<slug>.html`: its
//! citations and related answers; see `content::extras`). Only files whose bytes
//! changed are written; files no longer made are removed.

use super::cache::Cache;
use super::output::Written;
use crate::content::model::{Index, IndexEntry};
use crate::content::pieces;
use crate::content::write::ToJson;
use crate::content::{extras, library, search};
use std::collections::BTreeMap;
use std::path::Path;

/// What everything that follows an article is written from (its citations
/// and related answers: [`after_text`]), as a fingerprint: publish writes
/// it again only when this changed.
pub fn after_key(cache: &Cache, site_name: &str, e: &IndexEntry, related: &[IndexEntry]) -> u64 {
    let updated = e.updated.to_string();
    let mut parts: Vec<&str> = vec![site_name, &e.question, &e.slug, &updated];
    for r in related {
        parts.extend([&*r.slug, &*r.question, r.status.as_str()]);
    }
    cache.fingerprint(&parts)
}

/// What follows the article `e` (`content::extras::after_article`).
pub fn after_text(site_name: &str, e: &IndexEntry, related: &[IndexEntry]) -> String {
    extras::after_article(site_name, &e.question, &e.slug, e.updated, related).to_string()
}

/// Every piece for `index` (newest first) but what follows each article,
/// as `(path in the build, text)`.
pub fn pieces(index: &Index) -> Vec<(String, String)> {
    let entries = &index.articles;
    let mut out = Vec::new();
    let topics = library::topics(entries);
    out.push(("search/catalog.txt".to_owned(), pieces::catalog_text(entries.len(), &topics)));
    for (n, chunk) in entries.chunks(pieces::CHUNK).enumerate() {
        let cards = Index { articles: chunk.to_vec() };
        out.push((format!("search/cards/{n}.json"), cards.to_json().to_text()));
    }
    for (t, (folded, _, _)) in topics.iter().enumerate() {
        let docs: Vec<(usize, u8)> = entries.iter().enumerate().filter(|(_, e)| library::has_topic(e, folded)).map(|(p, _)| (p, 0)).collect();
        out.push((format!("search/topics/{t}.txt"), pieces::encode(&docs)));
    }
    // Each folded word, with the positions of its articles and where.
    let mut words: BTreeMap<String, Vec<(usize, u8)>> = BTreeMap::new();
    for (pos, e) in entries.iter().enumerate() {
        let mut mine: BTreeMap<String, u8> = BTreeMap::new();
        for (field, text) in fields(e) {
            for w in search::words(&text) {
                *mine.entry(w).or_default() |= field;
            }
        }
        for (w, f) in mine {
            words.entry(w).or_default().push((pos, f));
        }
    }
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    for (word, docs) in words {
        let file = files.entry(pieces::word_file(&word)).or_default();
        if !file.is_empty() {
            file.push('\n');
        }
        file.push_str(&format!("{word}\t{}", pieces::encode(&docs)));
    }
    out.extend(files);
    out
}

/// Each entry's related answers, as [`extras::related`] defines them;
/// `own` holds the articles that name theirs. The topic lists are made
/// once, and each article counts shared topics over its own topics' lists
/// only, so a library of 100,000 is not compared pair by pair.
pub fn related_lists(entries: &[IndexEntry], own: &[(String, Vec<String>)]) -> Vec<(String, Vec<IndexEntry>)> {
    let topics = library::topics(entries);
    let folded: Vec<&str> = topics.iter().map(|t| t.0.as_str()).collect();
    let mut by_topic: Vec<Vec<usize>> = vec![Vec::new(); folded.len()];
    let mut mine: Vec<Vec<usize>> = Vec::with_capacity(entries.len());
    for (pos, e) in entries.iter().enumerate() {
        let mut ts: Vec<usize> = e.topics.iter().filter_map(|t| folded.binary_search(&search::fold(t).as_str()).ok()).collect();
        ts.sort_unstable();
        ts.dedup();
        for &t in &ts {
            by_topic[t].push(pos);
        }
        mine.push(ts);
    }
    // Articles with the same topics have the same ranking (less
    // themselves): it is worked out once per set of topics, one more deep.
    let mut count = vec![0u8; entries.len()];
    let mut rankings: std::collections::HashMap<&[usize], Vec<usize>> = std::collections::HashMap::new();
    let mut out = Vec::with_capacity(entries.len());
    for (pos, e) in entries.iter().enumerate() {
        if let Some((_, list)) = own.iter().find(|(s, _)| *s == *e.slug) {
            let related = extras::related(&e.slug, &e.topics, list, entries);
            out.push((e.slug.to_string(), related.into_iter().cloned().collect()));
            continue;
        }
        let ranking = rankings.entry(mine[pos].as_slice()).or_insert_with(|| {
            let mut touched = Vec::new();
            for &t in &mine[pos] {
                for &p in &by_topic[t] {
                    if count[p] == 0 {
                        touched.push(p);
                    }
                    count[p] = count[p].saturating_add(1);
                }
            }
            // The best few, most shared first, then newest (lower positions).
            let mut best: Vec<usize> = Vec::new();
            for &p in &touched {
                let beats = |q: &usize| (count[p], std::cmp::Reverse(p)) > (count[*q], std::cmp::Reverse(*q));
                let at = best.iter().position(beats).unwrap_or(best.len());
                if at <= extras::MAX_RELATED {
                    best.insert(at, p);
                    best.truncate(extras::MAX_RELATED + 1);
                }
            }
            for p in touched {
                count[p] = 0;
            }
            best
        });
        let best = ranking.iter().filter(|&&p| p != pos).take(extras::MAX_RELATED);
        out.push((e.slug.to_string(), best.map(|&p| entries[p].clone()).collect()));
    }
    out
}

/// The searchable text of an entry, by field.
fn fields(e: &IndexEntry) -> [(u8, String); 3] {
    [(pieces::QUESTION, e.question.clone()), (pieces::TOPICS, e.topics.join(" ")), (pieces::SUMMARY, e.summary.clone())]
}

/// Writes the pieces for `index` into `out/search/`, and what follows each
/// article (`related`: its related answers; `site_name` for the citations)
/// into `out/search/extras/<slug>.html`, which is written only when what it
/// is made from changed since the last publish (`cache`; the fingerprints
/// join `fingerprints`).
pub fn write(
    out: &Path,
    index: &Index,
    related: &[(String, Vec<IndexEntry>)],
    site_name: &str,
    cache: &Cache,
    fingerprints: &mut Vec<(String, u64)>,
) -> Result<Written, String> {
    let mut done = Written::default();
    for (rel, text) in pieces(index) {
        done.put(out, rel, &text)?;
    }
    for (e, (_, r)) in index.articles.iter().zip(related) {
        let rel = format!("search/extras/{}.html", e.slug);
        if !cache.unchanged(out, &rel, after_key(cache, site_name, e, r), &mut done, fingerprints) {
            done.put(out, rel, &after_text(site_name, e, r))?;
        }
    }
    for dir in ["search/cards", "search/topics", "search/words", "search/extras"] {
        let Ok(files) = std::fs::read_dir(out.join(dir)) else { continue };
        for f in files.flatten() {
            done.remove_unless_kept(out, format!("{dir}/{}", f.file_name().to_string_lossy()));
        }
    }
    Ok(done)
}
