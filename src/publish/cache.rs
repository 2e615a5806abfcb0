//! What the last publish into an output made, kept beside it (for `dist`,
//! in `dist.publish-cache/`, never served), so that publishing again redoes
//! only what changed:
//!
//! - each Markdown source's compiled JSON, readability figures and source
//!   map, under a hash of its name, its text, the site's audiences and this
//!   publish binary;
//! - each page's fingerprint: a hash of everything the page is made from.
//!
//! The cache never changes what is published: a hit stands for exactly the
//! bytes the work would give, and anything missing or unreadable is a miss.
//! A new publish binary (any rebuild) misses everything once.

use super::output::Written;
use crate::markdown::SourceMap;
use crate::markdown::readability::Report;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

/// The first line of a cached source (the format's version).
const FORMAT: &str = "medanswers publish cache 1\n";

/// The cache beside one output folder.
pub struct Cache {
    /// `None`: a cache that remembers nothing.
    dir: Option<PathBuf>,
    /// Identifies this publish binary: its size and modification time.
    build: u64,
    /// Page (relative to the output) → fingerprint, from the last publish.
    pages: HashMap<String, u64>,
    /// The compiled sources this publish used or made (the rest are pruned).
    used: std::sync::Mutex<std::collections::HashSet<u64>>,
}

/// A compiled Markdown source, as cached.
pub struct Compiled {
    pub json: String,
    pub readability: Vec<Report>,
    pub map: SourceMap,
}

/// A hash of `parts`, in order.
pub fn hash(parts: &[&str]) -> u64 {
    let mut h = DefaultHasher::new();
    for p in parts {
        p.hash(&mut h);
    }
    h.finish()
}

impl Cache {
    /// A cache that remembers nothing (every lookup misses).
    pub fn none() -> Cache {
        Cache { dir: None, build: 0, pages: HashMap::new(), used: Default::default() }
    }

    /// The cache for `out` (empty when there is none yet).
    pub fn open(out: &Path) -> Cache {
        let name = out.file_name().map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
        let dir = out.with_file_name(format!("{name}.publish-cache"));
        let build = std::env::current_exe()
            .and_then(std::fs::metadata)
            .map(|m| hash(&[&format!("{} {:?}", m.len(), m.modified().ok())]))
            .unwrap_or(0);
        let pages = std::fs::read_to_string(dir.join("pages"))
            .map(|t| {
                t.lines()
                    .filter_map(|l| l.split_once('\t'))
                    .filter_map(|(fp, rel)| Some((rel.to_owned(), u64::from_str_radix(fp, 16).ok()?)))
                    .collect()
            })
            .unwrap_or_default();
        Cache { dir: Some(dir), build, pages, used: Default::default() }
    }

    /// The key of a Markdown source compiled for `audiences`.
    pub fn key(&self, file: &str, text: &str, audiences: &[String]) -> u64 {
        hash(&[&self.build.to_string(), file, text, &audiences.join(" ")])
    }

    /// A page's fingerprint from everything it is made from.
    pub fn fingerprint(&self, parts: &[&str]) -> u64 {
        let build = self.build.to_string();
        hash(&[&[build.as_str()], parts].concat())
    }

    /// The compiled source under `key`, if cached.
    pub fn compiled(&self, key: u64, file: &str) -> Option<Compiled> {
        self.mark(key);
        let text = std::fs::read_to_string(self.dir.as_ref()?.join("sources").join(format!("{key:016x}"))).ok()?;
        let (head, json) = text.strip_prefix(FORMAT)?.split_once("\n\n")?;
        let mut out = Compiled { json: json.to_owned(), readability: Vec::new(), map: SourceMap::default() };
        for line in head.lines().filter(|l| !l.is_empty()) {
            let mut f = line.split('\t');
            match f.next()? {
                "R" => out.readability.push(Report {
                    file: file.to_owned(),
                    audience: f.next()?.to_owned(),
                    words: f.next()?.parse().ok()?,
                    sentences: f.next()?.parse().ok()?,
                    syllables: f.next()?.parse().ok()?,
                }),
                "M" => {
                    let offset = f.next()?.parse().ok()?;
                    out.map.record(f.next()?, offset);
                }
                _ => return None,
            }
        }
        Some(out)
    }

    /// Keeps a compiled source under `key` (a failure to write is only a
    /// slower publish next time).
    pub fn store(&self, key: u64, c: &Compiled) {
        self.mark(key);
        let mut text = String::from(FORMAT);
        for r in &c.readability {
            text.push_str(&format!("R\t{}\t{}\t{}\t{}\n", r.audience, r.words, r.sentences, r.syllables));
        }
        for (path, offset) in c.map.places() {
            text.push_str(&format!("M\t{offset}\t{path}\n"));
        }
        text.push('\n');
        text.push_str(&c.json);
        let Some(dir) = &self.dir else { return };
        let dir = dir.join("sources");
        let _ = std::fs::create_dir_all(&dir).and_then(|_| std::fs::write(dir.join(format!("{key:016x}")), text));
    }

    fn mark(&self, key: u64) {
        if let Ok(mut used) = self.used.lock() {
            used.insert(key);
        }
    }

    /// Removes the compiled sources this publish did not use (an edited
    /// source's older versions, a removed source's), so the cache does not grow.
    pub fn prune(&self) {
        let (Some(dir), Ok(used)) = (&self.dir, self.used.lock()) else { return };
        let Ok(entries) = std::fs::read_dir(dir.join("sources")) else { return };
        for e in entries.flatten() {
            let key = e.file_name().to_str().and_then(|n| u64::from_str_radix(n, 16).ok());
            if key.is_none_or(|k| !used.contains(&k)) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }

    /// True when `rel` was made from the same things last time.
    pub fn page_unchanged(&self, rel: &str, fingerprint: u64) -> bool {
        self.pages.get(rel) == Some(&fingerprint)
    }

    /// Whether the file `rel` under `out`, made from what `fingerprint`
    /// sums up, is as the last publish left it: then `done` keeps it as it
    /// is. The fingerprint joins `made`, for [`Cache::save_pages`].
    pub fn unchanged(&self, out: &Path, rel: &str, fingerprint: u64, done: &mut Written, made: &mut Vec<(String, u64)>) -> bool {
        made.push((rel.to_owned(), fingerprint));
        let same = self.page_unchanged(rel, fingerprint) && out.join(rel).is_file();
        if same {
            done.keep(rel.to_owned());
        }
        same
    }

    /// Records the fingerprints of the pages this publish made.
    pub fn save_pages(&self, pages: &[(String, u64)]) {
        let Some(dir) = &self.dir else { return };
        let text: String = pages.iter().map(|(rel, fp)| format!("{fp:016x}\t{rel}\n")).collect();
        let _ = std::fs::create_dir_all(dir).and_then(|_| std::fs::write(dir.join("pages"), text));
    }
}
