//! Reading a content folder from disk (native tools only).

use std::path::{Path, PathBuf};

/// Every file under `root`, as (path relative to `root` with `/`, text),
/// sorted by path; and what could not be read, one line each.
pub fn collect(root: &Path) -> (Vec<(String, String)>, Vec<String>) {
    let (mut files, mut unreadable) = (Vec::new(), Vec::new());
    walk(root, root, &mut files, &mut unreadable);
    files.sort();
    (files, unreadable)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, String)>, unreadable: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        unreadable.push(format!("{}: can't open this folder", dir.display()));
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(root, &path, out, unreadable);
            continue;
        }
        let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => out.push((rel, text)),
                Err(_) => unreadable.push(format!("{rel}: is not UTF-8 text (only the contract's JSON files belong in a content folder)")),
            },
            Err(e) => unreadable.push(format!("{rel}: can't be read ({e})")),
        }
    }
}
