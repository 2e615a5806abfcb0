//! Benchmark helper (not a test): writes a realistic generated library of
//! `n` articles as Markdown, with the shipped site settings and policy, so
//! publishing can be timed at scale.
//!
//!   cargo run --release --bin gen-library -- <n> <folder>
//!
//! Each article has three audience versions (a short answer and three
//! sections of paragraphs, a list and a note), three references cited by
//! key, a review history with notes, and two of eight topics. Deterministic.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use medanswers::sample::Lcg;

fn article(i: usize, r: &mut Lcg) -> String {
    let day = 1 + r.next(28);
    let month = 1 + r.next(12);
    let (t1, t2) = (r.topic(), r.topic());
    let mut out = String::new();
    let _ = write!(
        out,
        "+++\nslug = \"article-{i}\"\nquestion = \"{}?\"\nsummary = \"{}\"\ntopics = [\"{t1}\", \"{t2}\"]\nupdated = 2025-{month:02}-{day:02}\n\n[review]\nstatus = \"{}\"\n\n[[review.history]]\nstatus = \"submitted\"\ndate = 2025-{month:02}-{day:02}\nnote = \"{}\"\n",
        r.words(8),
        r.sentence(),
        ["submitted", "under_review", "approved"][r.next(3)],
        r.sentence()
    );
    for k in 0..3 {
        let _ = write!(out, "\n[[references]]\nkey = \"ref{k}\"\ntitle = \"{}\"\nauthors = \"Author A, Author B\"\nyear = {}\nkind = \"trial\"\n", r.sentence(), 2000 + r.next(25));
    }
    out.push_str("+++\n");
    for audience in ["patient", "clinician", "student"] {
        let _ = write!(out, "\n# {audience}\n\n{} [@ref0]\n", r.sentence());
        for s in 0..3 {
            let _ = write!(out, "\n## {}\n\n{} {} [@ref{}]\n\n- {}\n- {}\n", r.words(4), r.sentence(), r.sentence(), s, r.sentence(), r.sentence());
            if s == 1 {
                let _ = write!(out, "\n> [!WARNING]\n> **{}**\n>\n> {}\n", r.words(3), r.sentence());
            }
        }
    }
    out
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (args.first().and_then(|n| n.parse::<usize>().ok()), args.get(1)) else {
        eprintln!("usage: cargo run --release --bin gen-library -- <number of articles> <folder>");
        return ExitCode::from(2);
    };
    let dir = Path::new(dir);
    let mut r = Lcg(7);
    let write = |p: &Path, text: &str| std::fs::create_dir_all(p.parent().unwrap_or(dir)).and_then(|_| std::fs::write(p, text));
    let copy = |name: &str| std::fs::read_to_string(Path::new("public/content").join(name)).and_then(|t| write(&dir.join(name), &t));
    if let Err(e) = copy("site.json").and_then(|_| copy("pages/editorial-policy.md")) {
        eprintln!("gen-library: can't copy the shipped site settings ({e}); run it from the project folder");
        return ExitCode::from(1);
    }
    for i in 0..n {
        if let Err(e) = write(&dir.join(format!("articles/article-{i}.md")), &article(i, &mut r)) {
            eprintln!("gen-library: {e}");
            return ExitCode::from(1);
        }
    }
    println!("gen-library: {n} articles in {}", dir.display());
    ExitCode::SUCCESS
}
