//! `cargo run --release --bin publish -- <content folder> <output folder>`:
//! checks the content folder against the whole contract, generates
//! `index.json`, and writes the contract's files into `<output>/content/`.
//! Lists every problem and exits 1 (writing nothing) if there is any.
//! Without an output folder it writes into `$TRUNK_STAGING_DIR`, which is
//! how Trunk's build runs it. `ALLOWED_ORIGINS` (origins separated by spaces)
//! names where the site's services may send.

use medanswers::content::origin::parse_allowed;
use medanswers::publish::publish;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = args.get(1).cloned().or_else(|| std::env::var("TRUNK_STAGING_DIR").ok());
    let (Some(src), Some(out)) = (args.first(), out) else {
        eprintln!("usage: cargo run --release --bin publish -- <content folder> <output folder>   (for example public/content dist)");
        return ExitCode::from(2);
    };
    let allowed = match parse_allowed(&std::env::var("ALLOWED_ORIGINS").unwrap_or_default()) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("publish: {e}");
            return ExitCode::from(1);
        }
    };
    let started = Instant::now();
    match publish(&PathBuf::from(src), &PathBuf::from(&out), &allowed) {
        Ok(report) => {
            for w in &report.warnings {
                println!("{w}");
            }
            println!(
                "publish: {src} → {out}/content: {} article(s); {} file(s) written, {} unchanged, {} removed; {} warning(s); {} ms",
                report.articles,
                report.written.len(),
                report.unchanged,
                report.removed.len(),
                report.warnings.len(),
                started.elapsed().as_millis()
            );
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
