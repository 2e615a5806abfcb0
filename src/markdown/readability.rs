//! The readability report: each article version's Flesch–Kincaid grade
//! level, printed by `publish`, with a warning when a version for lay
//! readers reads above grade 8 (the level the AMA and NIH recommend for
//! patient materials).
//!
//! Grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59.
//! A word is a run of letters (with ' or - inside); numbers are not words.
//! A sentence ends at `.`, `!` or `?` followed by a space or the end, and at
//! the end of every paragraph, list item, quote and heading-free block.
//! Syllables: groups of vowels (a e i o u y) in a word, less one for a
//! silent final `e` (not after a consonant + `l`: "table" keeps it), at
//! least one per word. Headings, reference lists and definitions are not
//! counted. Abbreviations such as "e.g." count as sentence ends, which
//! lowers the grade slightly.

use crate::content::model::{Article, Block, Inline, Section, Span};

/// One version's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub file: String,
    pub audience: String,
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

impl Report {
    /// The Flesch–Kincaid grade level.
    pub fn grade(&self) -> f64 {
        if self.words == 0 || self.sentences == 0 {
            return 0.0;
        }
        0.39 * (self.words as f64 / self.sentences as f64) + 11.8 * (self.syllables as f64 / self.words as f64) - 15.59
    }
}

/// The report for each version of an article.
pub fn article(file: &str, a: &Article) -> Vec<Report> {
    a.versions
        .iter()
        .map(|(id, v)| {
            let mut text = Vec::new();
            text.push(plain(&v.answer));
            sections(&v.sections, &mut text);
            let mut r = Report { file: file.to_owned(), audience: id.to_string(), words: 0, sentences: 0, syllables: 0 };
            for block in &text {
                count(block, &mut r);
            }
            r
        })
        .collect()
}

fn sections(sections: &[Section], out: &mut Vec<String>) {
    for s in sections {
        blocks(&s.blocks, out);
        self::sections(&s.sections, out);
    }
}

fn blocks(blocks: &[Block], out: &mut Vec<String>) {
    for b in blocks {
        match b {
            Block::P(t) | Block::Quote(t) => out.push(plain(t)),
            Block::Ul(items) | Block::Ol(items) => out.extend(items.iter().map(plain)),
            Block::Note(n) => self::blocks(&n.blocks, out),
        }
    }
}

fn plain(t: &Inline) -> String {
    let mut out = String::new();
    for s in t {
        match s {
            Span::Text(x) => out.push_str(x),
            Span::Strong(x) | Span::Em(x) | Span::Link { text: x, .. } | Span::Term { text: x, .. } => out.push_str(&plain(x)),
            Span::Cite(_) => {}
        }
    }
    out
}

/// Adds one block's words, sentences and syllables.
fn count(text: &str, r: &mut Report) {
    let mut words_in_sentence = 0;
    let chars: Vec<char> = text.chars().collect();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let inner = (c == '\'' || c == '’' || c == '-') && !word.is_empty() && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
        if c.is_alphabetic() || inner {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            r.words += 1;
            r.syllables += syllables(&word);
            words_in_sentence += 1;
            word.clear();
        }
        let ends = matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        if ends && words_in_sentence > 0 {
            r.sentences += 1;
            words_in_sentence = 0;
        }
    }
    if !word.is_empty() {
        r.words += 1;
        r.syllables += syllables(&word);
        words_in_sentence += 1;
    }
    if words_in_sentence > 0 {
        r.sentences += 1;
    }
}

/// Syllables in a word (see the module's rule).
pub fn syllables(word: &str) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    let vowel = |c: char| "aeiouy".contains(c);
    let mut groups = 0;
    let mut prev = false;
    for &c in &w {
        let v = vowel(c);
        if v && !prev {
            groups += 1;
        }
        prev = v;
    }
    let n = w.len();
    let silent_e = n > 2 && w[n - 1] == 'e' && !vowel(w[n - 2]) && !(w[n - 2] == 'l' && !vowel(w[n - 3]));
    if silent_e && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_follow_the_rule() {
        for (w, n) in [("cat", 1), ("table", 2), ("make", 1), ("medicine", 3), ("the", 1), ("gene", 1), ("therapy", 3), ("oligonucleotide", 6), ("a", 1)] {
            assert_eq!(syllables(w), n, "{w}");
        }
    }

    #[test]
    fn grade_of_plain_and_dense_text() {
        let mut easy = Report { file: String::new(), audience: String::new(), words: 0, sentences: 0, syllables: 0 };
        count("The cat sat on the mat. It was a big cat.", &mut easy);
        assert_eq!((easy.words, easy.sentences), (11, 2));
        assert!(easy.grade() < 2.0, "{}", easy.grade());
        let mut hard = easy.clone();
        hard.words = 0;
        hard.sentences = 0;
        hard.syllables = 0;
        count("Nusinersen modulates pre-messenger ribonucleic acid splicing, increasing production of functional survival motor neuron protein in patients with spinal muscular atrophy.", &mut hard);
        assert!(hard.grade() > 12.0, "{}", hard.grade());
    }
}
