//! Benchmark (not a test): how long ranking one follow-up query takes over
//! generated libraries of 100, 1,000 and 10,000 entries, and how big
//! `index.json` gets per entry. Runs natively (`cargo run --release --bin
//! bench-rank`) and, built for wasm32, in the browser (see `.ci/bench`).

use medanswers::content::search::Library;
use medanswers::content::{Date, IndexEntry, Slug, Status};
use medanswers::sample::Lcg;

const QUERIES: &[&str] = &[
    "is insulin safe in pregnancy",
    "child fever antibiotic dose",
    "side efects of statins",
    "gene therapy for spinal muscular atrophy",
    "how long does a tetanus booster last",
    "migraine",
    "warfarin bleeding risk with alcohol",
    "depresion and sleep",
];

fn library(n: usize) -> Vec<IndexEntry> {
    let mut r = Lcg(42);
    (0..n)
        .map(|i| {
            let (q, s, t) = (7 + r.next(6), 18 + r.next(12), 1 + r.next(3));
            IndexEntry {
                slug: Slug::try_from(format!("article-{i}").as_str()).unwrap_or_default(),
                question: format!("{}?", r.words(q)),
                summary: format!("{}.", r.words(s)),
                topics: (0..t).map(|_| r.topic().to_owned()).collect(),
                status: Status::Approved,
                updated: Date { year: 2025, month: 6, day: 1 },
                note: None,
            }
        })
        .collect()
}

/// `index.json` bytes for these entries.
fn index_json_bytes(entries: &[IndexEntry]) -> usize {
    let items: Vec<String> = entries
        .iter()
        .map(|e| {
            format!(
                r#"{{"slug":{:?},"question":{:?},"summary":{:?},"topics":{:?},"status":"approved","updated":"{}"}}"#,
                e.slug, e.question, e.summary, e.topics, e.updated
            )
        })
        .collect();
    format!(r#"{{"format":1,"articles":[{}]}}"#, items.join(",")).len()
}

#[cfg(not(target_arch = "wasm32"))]
fn now_ms() -> f64 {
    use std::sync::OnceLock;
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed().as_secs_f64() * 1000.0
}

#[cfg(target_arch = "wasm32")]
fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

fn report(line: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let (Some(body), Ok(p)) = (doc.body(), doc.create_element("pre")) {
                p.set_text_content(Some(line));
                let _ = body.append_child(&p);
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    println!("{line}");
}

fn main() {
    let runtime = if cfg!(target_arch = "wasm32") { "wasm (browser)" } else { "native" };
    for n in [100, 1_000, 10_000] {
        let entries = library(n);
        let t0 = now_ms();
        let lib = Library::new(&entries);
        let build = now_ms() - t0;
        // One query is one keystroke's work. Each sample is the mean of a
        // batch of 20 runs, because browsers coarsen performance.now() to 0.1 ms.
        const BATCH: usize = 20;
        let mut per_query = Vec::new();
        let mut found = 0;
        for _ in 0..5 {
            for q in QUERIES {
                let t = now_ms();
                for _ in 0..BATCH {
                    found += lib.rank(q, Some("article-0"), 5).len();
                }
                per_query.push((now_ms() - t) / BATCH as f64);
            }
        }
        per_query.sort_by(f64::total_cmp);
        let median = per_query[per_query.len() / 2];
        let p95 = per_query[per_query.len() * 95 / 100];
        let bytes = index_json_bytes(&entries);
        report(&format!(
            "rank {runtime:>14} | {n:>6} entries | median {median:>7.3} ms | p95 {p95:>7.3} ms | prepare {build:>7.1} ms | index.json {:>4} B/entry ({:.1} KB total) | {} results/query",
            bytes / n,
            bytes as f64 / 1024.0,
            found / (5 * BATCH * QUERIES.len())
        ));
    }
    report("done");
}
