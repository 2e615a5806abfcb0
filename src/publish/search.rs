//! Writes the library in pieces (`content::pieces`) into a build's
//! `search/` folder: the catalog, the card files, each topic's list and the
//! word files. Only files whose bytes changed are written; files no longer
//! made are removed.

use super::output::Written;
use crate::content::model::{Index, IndexEntry};
use crate::content::pieces;
use crate::content::write::ToJson;
use crate::content::{library, search};
use std::collections::BTreeMap;
use std::path::Path;

/// Every piece for `index` (newest first), as `(path in the build, text)`.
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

/// The searchable text of an entry, by field.
fn fields(e: &IndexEntry) -> [(u8, String); 3] {
    [(pieces::QUESTION, e.question.clone()), (pieces::TOPICS, e.topics.join(" ")), (pieces::SUMMARY, e.summary.clone())]
}

/// Writes the pieces for `index` into `out/search/`.
pub fn write(out: &Path, index: &Index) -> Result<Written, String> {
    let mut done = Written::default();
    for (rel, text) in pieces(index) {
        done.put(out, rel, &text)?;
    }
    for dir in ["search/cards", "search/topics", "search/words"] {
        let Ok(files) = std::fs::read_dir(out.join(dir)) else { continue };
        for f in files.flatten() {
            done.remove_unless_kept(out, format!("{dir}/{}", f.file_name().to_string_lossy()));
        }
    }
    Ok(done)
}
