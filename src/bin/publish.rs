//! The publishing command. `cargo run --release --bin publish -- …`
//!
//!   <content folder> <output folder>   check everything, compile Markdown,
//!                                      generate index.json, write the
//!                                      contract's files into <output>/content/
//!   new <slug> [content folder]        start an article: articles/<slug>.md
//!   export <content folder> [to]       write JSON articles and pages as Markdown
//!   pieces <index.json> <to>           write only the library's search pieces
//!                                      for an index (entries that break the
//!                                      contract are named and left out)
//!
//! Publishing lists every problem and exits 1 (writing nothing) if there is
//! any; warnings never change the exit status. Without an output folder it
//! writes into `$TRUNK_STAGING_DIR` (how Trunk's build runs it).
//! `ALLOWED_ORIGINS` (origins separated by spaces) names where the site's
//! services may send.

use medanswers::content::model::{Article, Page, Site};
use medanswers::content::origin::parse_allowed;
use medanswers::content::parse::read_file;
use medanswers::content::files;
use medanswers::markdown::export;
use medanswers::publish::{pages, publish_site, skeleton};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: cargo run --release --bin publish -- <content folder> <output folder>
       cargo run --release --bin publish -- new <slug> [content folder]
       cargo run --release --bin publish -- export <content folder> [output folder]
       cargo run --release --bin publish -- pieces <index.json> <output folder> [site.json]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("new") => new_article(args.get(1), args.get(2).map_or("public/content", String::as_str)),
        Some("pieces") => match (args.get(1), args.get(2)) {
            (Some(index), Some(out)) => write_pieces(Path::new(index), Path::new(out), args.get(3).map(Path::new)),
            _ => usage(),
        },
        Some("export") => match args.get(1) {
            Some(src) => export_folder(Path::new(src), Path::new(args.get(2).unwrap_or(src))),
            None => usage(),
        },
        // Into a folder named here, what is made is remembered beside it
        // (Trunk's staging folder is new on every build: nothing to remember).
        Some(src) => match (args.get(1), std::env::var("TRUNK_STAGING_DIR")) {
            (Some(out), _) => run(src, out, true),
            (None, Ok(out)) => run(src, &out, false),
            (None, Err(_)) => usage(),
        },
        None => usage(),
    }
}

/// The library's pieces for an index alone; `site` (default: `site.json`
/// beside the index) names the site in the citations.
fn write_pieces(index: &Path, out: &Path, site: Option<&Path>) -> ExitCode {
    let text = match std::fs::read_to_string(index) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("publish pieces: {}: can't read ({e})", index.display());
            return ExitCode::from(1);
        }
    };
    if let Some(medanswers::content::ParseError::Invalid(problems)) = read_file::<medanswers::content::model::Index>(&text).error {
        for p in problems {
            println!("publish pieces: {}: {}: {} (entry left out)", index.display(), p.path, p.message);
        }
    }
    let Ok(mut library) = medanswers::content::parse::parse_library(&text) else {
        eprintln!("publish pieces: {}: not a library index", index.display());
        return ExitCode::from(1);
    };
    medanswers::content::order::sort_by(&mut library.articles, |a, b| b.updated.cmp(&a.updated));
    // The site's name, for the citations.
    let site_name = std::fs::read_to_string(site.map_or_else(|| index.with_file_name("site.json"), Path::to_path_buf))
        .ok()
        .and_then(|t| medanswers::content::parse_site(&t).ok())
        .map(|s| s.name)
        .unwrap_or_default();
    let related = medanswers::publish::search::related_lists(&library.articles, &[]);
    match medanswers::publish::search::write(out, &library, &related, &site_name, &medanswers::publish::cache::Cache::none(), &mut Vec::new()) {
        Ok(w) => {
            println!("publish pieces: {} entries → {}/search: {} written, {} unchanged, {} removed", library.articles.len(), out.display(), w.written.len(), w.unchanged, w.removed.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("publish pieces: {e}");
            ExitCode::from(1)
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

fn run(src: &str, out: &str, remember: bool) -> ExitCode {
    let allowed = match parse_allowed(&std::env::var("ALLOWED_ORIGINS").unwrap_or_default()) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("publish: {e}");
            return ExitCode::from(1);
        }
    };
    let site_url = match pages::site_url(&std::env::var("SITE_URL").unwrap_or_default()) {
        Ok(u) => u,
        Err(e) => {
            eprintln!("publish: {e}");
            return ExitCode::from(1);
        }
    };
    let started = Instant::now();
    match publish_site(&PathBuf::from(src), &PathBuf::from(out), &allowed, site_url.as_deref(), remember) {
        Ok(report) => {
            if !report.readability.is_empty() {
                println!("readability (Flesch–Kincaid grade level):");
                for line in &report.readability {
                    println!("  {line}");
                }
            }
            for w in &report.warnings {
                println!("{w}");
            }
            println!(
                "publish: {src} → {out}/content: {} article(s); {} file(s) written, {} unchanged, {} removed; {} warning(s); {} ms",
                report.articles,
                report.content.written.len(),
                report.content.unchanged,
                report.content.removed.len(),
                report.warnings.len(),
                started.elapsed().as_millis()
            );
            if let Some(p) = &report.pages {
                println!(
                    "publish: pages in {out}: {} written, {} unchanged, {} removed (the library, every article and page, 404.html)",
                    p.written.len(),
                    p.unchanged,
                    p.removed.len()
                );
            }
            if let Some(p) = &report.search {
                println!("publish: search pieces in {out}/search: {} written, {} unchanged, {} removed", p.written.len(), p.unchanged, p.removed.len());
            }
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in &problems {
                println!("{p}");
            }
            let n = problems.len();
            println!("\npublish: refused: {n} problem{} in {src}; nothing was written", if n == 1 { "" } else { "s" });
            ExitCode::from(1)
        }
    }
}

fn new_article(slug: Option<&String>, folder: &str) -> ExitCode {
    let Some(slug) = slug.filter(|s| medanswers::content::is_slug(s)) else {
        eprintln!("publish new: give the new article's slug: 1–100 characters of a-z, 0-9 and -, e.g. `publish -- new tetanus-booster`");
        return ExitCode::from(2);
    };
    let site = std::fs::read_to_string(Path::new(folder).join("site.json")).ok().and_then(|t| read_file::<Site>(&t).result().ok());
    let Some(site) = site else {
        eprintln!("publish new: {folder}/site.json can't be read; run check-content on {folder} first");
        return ExitCode::from(1);
    };
    let path = Path::new(folder).join("articles").join(format!("{slug}.md"));
    if path.exists() || path.with_extension("json").exists() {
        eprintln!("publish new: articles/{slug} already exists in {folder}");
        return ExitCode::from(1);
    }
    let today = today();
    match std::fs::write(&path, skeleton::article(slug, &site, &today)) {
        Ok(()) => {
            println!("publish new: wrote {} with one version per audience; fill it in, then run the check:", path.display());
            println!("  cargo run --bin check-content -- {folder}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("publish new: can't write {} ({e})", path.display());
            ExitCode::from(1)
        }
    }
}

/// Today's date (UTC) as YYYY-MM-DD.
fn today() -> String {
    let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn export_folder(src: &Path, to: &Path) -> ExitCode {
    let (files, unreadable) = files::collect(src);
    let mut problems = unreadable;
    let mut written = 0;
    for (file, text) in &files {
        if file == "site.json" {
            let dest = to.join("site.toml");
            match read_file::<Site>(text).result() {
                Ok(_) if dest.exists() => problems.push(format!("{}: already exists; not overwritten", dest.display())),
                Ok(site) => match std::fs::write(&dest, export::site(&site)) {
                    Ok(()) => written += 1,
                    Err(e) => problems.push(format!("{}: can't write ({e})", dest.display())),
                },
                Err(e) => problems.push(format!("site.json: {e}")),
            }
            continue;
        }
        let Some(stem) = file.strip_suffix(".json") else { continue };
        let md = if file.starts_with("articles/") {
            read_file::<Article>(text).result().map_err(|e| e.to_string()).and_then(|a| export::article(&a))
        } else if file.starts_with("pages/") {
            read_file::<Page>(text).result().map_err(|e| e.to_string()).and_then(|p| export::page(&p))
        } else {
            continue;
        };
        let dest = to.join(format!("{stem}.md"));
        match md {
            Ok(_) if dest.exists() => problems.push(format!("{}: already exists; not overwritten", dest.display())),
            Ok(md) => {
                let ok = dest.parent().is_none_or(|d| std::fs::create_dir_all(d).is_ok()) && std::fs::write(&dest, md).is_ok();
                if ok { written += 1 } else { problems.push(format!("{}: can't write", dest.display())) }
            }
            Err(e) => problems.push(format!("{file}: {e}")),
        }
    }
    for p in &problems {
        println!("{p}");
    }
    println!("publish export: {written} file(s) written as Markdown under {}; {} problem(s)", to.display(), problems.len());
    if written > 0 && to == src {
        println!("each file now exists twice (.json beside .md or .toml): delete the .json files you will edit as Markdown or TOML");
    }
    if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}
