//! Benchmark (not a test): how long ranking one follow-up query takes over
//! generated libraries of 100, 1,000 and 10,000 entries, and how big
//! `index.json` gets per entry. Runs natively (`cargo run --release --bin
//! bench-rank`) and, built for wasm32, in the browser (see `.ci/bench`).

use medanswers::content::search::Library;
use medanswers::content::{Date, IndexEntry, Slug, Status};

const WORDS: &[&str] = &[
    "asthma", "inhaler", "child", "fever", "antibiotic", "dose", "injection", "vaccine", "booster", "tetanus", "diabetes",
    "insulin", "glucose", "pregnancy", "breastfeeding", "migraine", "headache", "statin", "cholesterol", "blood", "pressure",
    "kidney", "liver", "heart", "failure", "stroke", "warfarin", "bleeding", "platelet", "anemia", "iron", "thyroid", "hormone",
    "therapy", "gene", "muscle", "spinal", "atrophy", "nerve", "pain", "opioid", "allergy", "eczema", "psoriasis", "arthritis",
    "vitamin", "deficiency", "cancer", "screening", "chemotherapy", "radiation", "surgery", "recovery", "infection", "virus",
    "bacteria", "sepsis", "pneumonia", "cough", "sleep", "depression", "anxiety", "dementia", "memory", "seizure", "epilepsy",
    "newborn", "elderly", "safety", "risk", "benefit", "trial", "evidence", "guideline", "treatment", "symptom", "diagnosis",
    "monitoring", "side", "effect", "interaction", "alcohol", "smoking", "exercise", "diet", "weight", "obesity", "ulcer",
];
const TOPICS: &[&str] = &["neurology", "cardiology", "pediatrics", "oncology", "infectious diseases", "endocrinology", "dermatology", "psychiatry"];
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

/// A deterministic pseudo-random sequence (so every run ranks the same library).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }

    /// Mostly common medical words, with rarer made-up ones (drug names,
    /// conditions) so the vocabulary grows with the library as a real one does.
    fn sentence(&mut self, words: usize) -> String {
        const SYLLABLES: &[&str] = &["ba", "cor", "di", "fen", "ga", "li", "mab", "ne", "pro", "ra", "sol", "ti", "vax", "xa", "zo", "mil", "tor", "cin", "pra", "lol"];
        (0..words)
            .map(|_| {
                if self.next(10) < 7 {
                    WORDS[self.next(WORDS.len())].to_owned()
                } else {
                    (0..2 + self.next(3)).map(|_| SYLLABLES[self.next(SYLLABLES.len())]).collect()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn library(n: usize) -> Vec<IndexEntry> {
    let mut r = Lcg(42);
    (0..n)
        .map(|i| {
            let (q, s, t) = (7 + r.next(6), 18 + r.next(12), 1 + r.next(3));
            IndexEntry {
                slug: Slug::try_from(format!("article-{i}").as_str()).unwrap_or_default(),
                question: format!("{}?", r.sentence(q)),
                summary: format!("{}.", r.sentence(s)),
                topics: (0..t).map(|_| TOPICS[r.next(TOPICS.len())].to_owned()).collect(),
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
