//! Generated text for the benchmarks and tests (`gen-library` writes a
//! library of it; `tests/pieces.rs` searches one): the same on every run, mostly common medical
//! words with made-up ones (drug names, conditions) mixed in, so that the
//! vocabulary grows with the library as a real one does. Not used by the app.

/// The topics generated articles are filed under.
pub const TOPICS: &[&str] = &["neurology", "cardiology", "pediatrics", "oncology", "infectious diseases", "endocrinology", "dermatology", "psychiatry"];

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

const SYLLABLES: &[&str] = &["ba", "cor", "di", "fen", "ga", "li", "mab", "ne", "pro", "ra", "sol", "ti", "vax", "xa", "zo", "mil", "tor", "cin", "pra", "lol"];

/// A pseudo-random sequence (a 64-bit linear congruential generator): the
/// same seed gives the same text on every run and machine.
pub struct Lcg(pub u64);

impl Lcg {
    /// The next number below `n`.
    pub fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }

    /// `n` words: seven in ten common, the rest made up of 2–4 syllables.
    pub fn words(&mut self, n: usize) -> String {
        (0..n)
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

    /// A sentence of 8–17 words, capitalised, with a full stop.
    pub fn sentence(&mut self) -> String {
        let n = 8 + self.next(10);
        let s = self.words(n);
        let mut c = s.chars();
        c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str() + ".").unwrap_or_default()
    }

    /// One of the topics.
    pub fn topic(&mut self) -> &'static str {
        TOPICS[self.next(TOPICS.len())]
    }
}
