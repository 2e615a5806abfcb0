//! Writing generated files into a build: only those whose bytes changed are
//! written, and what was written, left or removed is counted.

use std::collections::HashSet;
use std::path::Path;

/// What writing a set of generated files did.
#[derive(Debug, Default)]
pub struct Written {
    /// Files written because they are new or changed (relative to the build).
    pub written: Vec<String>,
    /// Files left as they were (same bytes).
    pub unchanged: usize,
    /// Files removed because nothing makes them any more.
    pub removed: Vec<String>,
    /// Every file made this time (written or not).
    pub kept: HashSet<String>,
}

impl Written {
    /// Writes `text` to `out/rel` unless the file holds these bytes already.
    pub fn put(&mut self, out: &Path, rel: String, text: &str) -> Result<(), String> {
        let path = out.join(&rel);
        if std::fs::read(&path).is_ok_and(|old| old == text.as_bytes()) {
            self.unchanged += 1;
        } else {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: can't create ({e})", dir.display()))?;
            }
            std::fs::write(&path, text).map_err(|e| format!("{}: can't write ({e})", path.display()))?;
            self.written.push(rel.clone());
        }
        self.kept.insert(rel);
        Ok(())
    }

    /// Counts `rel` as made this time, unchanged, without writing it.
    pub fn keep(&mut self, rel: String) {
        self.unchanged += 1;
        self.kept.insert(rel);
    }

    /// Removes `rel` (under `out`) unless it was made this time.
    pub fn remove_unless_kept(&mut self, out: &Path, rel: String) {
        if !self.kept.contains(&rel) && std::fs::remove_file(out.join(&rel)).is_ok() {
            self.removed.push(rel);
        }
    }
}
