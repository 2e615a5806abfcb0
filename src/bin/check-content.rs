//! `cargo run --bin check-content -- <content folder>`: checks every file in
//! a content folder against the content contract, prints every problem with
//! its file and JSON path, and exits 1 if there is any.

use medanswers::content::check;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, String)>, unreadable: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        unreadable.push(format!("{}: can't open this folder", dir.display()));
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect(root, &path, out, unreadable);
            continue;
        }
        let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        if !rel.ends_with(".json") {
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => out.push((rel, text)),
                Err(_) => unreadable.push(format!("{rel}: is not UTF-8 text")),
            },
            Err(e) => unreadable.push(format!("{rel}: can't be read ({e})")),
        }
    }
}

fn main() -> ExitCode {
    let Some(folder) = std::env::args().nth(1) else {
        eprintln!("usage: cargo run --bin check-content -- <content folder>   (for example public/content)");
        return ExitCode::from(2);
    };
    let root = Path::new(&folder);
    if !root.is_dir() {
        eprintln!("{folder}: not a folder");
        return ExitCode::from(2);
    }
    let (mut files, mut problems) = (Vec::new(), Vec::new());
    collect(root, root, &mut files, &mut problems);
    let found = check::folder(&files);
    let warnings: Vec<String> = found.iter().filter(|p| p.warning).map(|p| p.to_string()).collect();
    problems.extend(found.iter().filter(|p| !p.warning).map(|p| p.to_string()));
    for p in problems.iter().chain(&warnings) {
        println!("{p}");
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    if problems.is_empty() {
        let extra = if warnings.is_empty() { String::new() } else { format!(" ({} that do not block publishing)", plural(warnings.len(), "warning")) };
        println!("{folder}: {} files, no problems{extra}", files.len());
        return ExitCode::SUCCESS;
    }
    let extra = if warnings.is_empty() { String::new() } else { format!(" and {}", plural(warnings.len(), "warning")) };
    println!("\n{} in {folder}{extra}", plural(problems.len(), "problem"));
    ExitCode::from(1)
}
