//! `cargo run --bin check-content -- <content folder>`: checks every file in
//! a content folder against the content contract, prints every problem with
//! its file and JSON path, and exits 1 if there is any (warnings never
//! change the exit status). Markdown articles and pages are compiled first
//! (problems in them come with line and column); a folder without
//! `index.json` is checked with the one `publish` would generate.

use medanswers::publish::{Prepared, prepare};
use std::path::Path;
use std::process::ExitCode;

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
    let had_index = root.join("index.json").is_file();
    let Prepared { files, problems, report, .. } = prepare(root, true, None);
    if !had_index {
        println!("index.json: not in the folder; publish generates it from the articles, and this check covers the generated one");
    }
    let warnings = report.warnings;
    for p in problems.iter().chain(&warnings) {
        println!("{p}");
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    if problems.is_empty() {
        let extra = if warnings.is_empty() { String::new() } else { format!(" ({}; warnings never block publishing)", plural(warnings.len(), "warning")) };
        println!("{folder}: {} files, no problems{extra}", files.len());
        return ExitCode::SUCCESS;
    }
    let extra = if warnings.is_empty() { String::new() } else { format!(" and {}", plural(warnings.len(), "warning")) };
    println!("\n{} in {folder}{extra}", plural(problems.len(), "problem"));
    ExitCode::from(1)
}
