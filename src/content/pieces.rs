//! The library in pieces, so that neither the library page nor a search
//! downloads the whole index: written by `publish` into the build's
//! `search/` folder (not content: generated from it, like `index.json`),
//! read by the app.
//!
//! - `search/catalog.json`: how many articles, and each topic with its count;
//! - `search/cards/<n>.json`: the library's entries `n × CHUNK ..` in the
//!   index's order (newest first): an `index.json` of [`CHUNK`] entries;
//! - `search/topics/<t>.json`: the positions of the articles that have
//!   topic `t` (its place in the catalog);
//! - `search/words/<key>.json`: every word that starts with `key` (its first
//!   three letters, folded, or the whole word when shorter; written in hex),
//!   each with the positions of the articles that have it and where
//!   ([`QUESTION`], [`TOPICS`], [`SUMMARY`]). A query word of three letters
//!   or more matches every word it starts; one of two letters matches that
//!   word exactly (two-letter prefixes would need dozens of files); a
//!   one-letter word is not looked up.
//!
//! A position list is written as text: base-36 numbers separated by
//! spaces, each the gap from the position before, times 8, plus the field
//! bits (0 in a topic's list).

use super::json::Json;
use super::read::{At, FromJson, Reader};
use super::search;

/// Entries per card file: a page of the library is two files, and a page of
/// search results touches at most one file per result.
pub const CHUNK: usize = 25;

/// A word is in the article's question.
pub const QUESTION: u8 = 1;
/// A word is in the article's topics.
pub const TOPICS: u8 = 2;
/// A word is in the article's summary.
pub const SUMMARY: u8 = 4;

/// Positions of articles, written as described above (no length limit of
/// ordinary text: a common word's list is long).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Postings(pub String);

impl FromJson for Postings {
    fn read(r: &mut Reader, v: &Json, at: &At) -> Self {
        Postings(super::read::string(r, v, at, "a list of positions").unwrap_or_default().to_owned())
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn schema(_: &mut super::schema::Defs) -> Json {
        super::schema::obj(vec![("type", Json::Str("string".into()))])
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl super::write::ToJson for Postings {
    fn to_json(&self) -> Json {
        Json::Str(self.0.clone())
    }
}

impl Postings {
    /// The list of `(position, fields)` pairs, in order.
    pub fn encode(items: &[(usize, u8)]) -> Postings {
        let mut out = String::new();
        let mut last = 0;
        for (i, &(pos, fields)) in items.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            let gap = if i == 0 { pos } else { pos - last };
            last = pos;
            base36(&mut out, gap * 8 + usize::from(fields & 7));
        }
        Postings(out)
    }

    /// The `(position, fields)` pairs (anything unreadable is skipped).
    pub fn decode(&self) -> Vec<(usize, u8)> {
        let mut pos = 0;
        let mut out = Vec::new();
        for (i, n) in self.0.split(' ').filter_map(|n| usize::from_str_radix(n, 36).ok()).enumerate() {
            pos = if i == 0 { n / 8 } else { pos + n / 8 };
            out.push((pos, (n % 8) as u8));
        }
        out
    }
}

fn base36(out: &mut String, mut n: usize) {
    let mut digits = Vec::new();
    loop {
        digits.push(char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.extend(digits.iter().rev());
}

/// The file a folded word's list is in: its first three letters, in hex.
pub fn word_file(word: &str) -> String {
    let key: String = word.chars().take(3).collect();
    let hex: String = key.bytes().map(|b| format!("{b:02x}")).collect();
    format!("search/words/{hex}.json")
}

/// The card file that holds position `pos`.
pub fn card_file(pos: usize) -> String {
    format!("search/cards/{}.json", pos / CHUNK)
}

crate::record! {
    /// What the library shows before any search (`search/catalog.json`).
    pub struct Catalog as file {
        /// How many articles the library has.
        total: req usize,
        /// Each topic once, in folded order, with its count.
        topics: list TopicCount,
    }
}

crate::record! {
    /// A topic and how many articles have it.
    pub struct TopicCount {
        name: req String,
        count: req usize,
    }
}

crate::record! {
    /// The positions of the articles with one topic (`search/topics/<t>.json`).
    pub struct TopicList as file {
        docs: req Postings,
    }
}

crate::record! {
    /// Words that start alike, each with its articles (`search/words/<key>.json`).
    pub struct WordFile as file {
        words: list WordPostings,
    }
}

crate::record! {
    /// One word and where it is.
    pub struct WordPostings {
        word: req String,
        docs: req Postings,
    }
}

impl super::parse::ContentFile for Catalog {
    fn rules(&self, _: &mut Reader) {}
}

impl super::parse::ContentFile for TopicList {
    fn rules(&self, _: &mut Reader) {}
}

impl super::parse::ContentFile for WordFile {
    fn rules(&self, _: &mut Reader) {}
}

/// The query words a search looks up: folded, at least two letters (a
/// one-letter word would need every file that starts with it).
pub fn lookup_words(query: &str) -> Vec<String> {
    search::query_words(query).into_iter().filter(|w| w.chars().count() >= 2).collect()
}

/// True when query word `q` finds `word` (see the module's notes).
pub fn finds(q: &str, word: &str) -> bool {
    if q.chars().nth(2).is_some() { word.starts_with(q) } else { word == q }
}

/// The positions of the articles that match every query word (see
/// [`finds`]), in order, given each word's file.
pub fn matching(words: &[String], files: &[&WordFile]) -> Vec<usize> {
    let mut result: Option<Vec<usize>> = None;
    for (q, file) in words.iter().zip(files) {
        let mut hits: Vec<usize> =
            file.words.iter().filter(|w| finds(q, &w.word)).flat_map(|w| w.docs.decode().into_iter().map(|(p, _)| p)).collect();
        hits.sort_unstable();
        hits.dedup();
        result = Some(match result {
            None => hits,
            Some(before) => before.into_iter().filter(|p| hits.binary_search(p).is_ok()).collect(),
        });
    }
    result.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_round_trip() {
        let items = vec![(0, 1), (3, 5), (40, 2), (100_000, 7)];
        let p = Postings::encode(&items);
        assert_eq!(p.decode(), items);
        assert_eq!(Postings("zz !! 8".into()).decode().len(), 2, "unreadable parts are skipped");
    }

    #[test]
    fn files_are_named_by_the_first_two_letters() {
        assert_eq!(word_file("insulin"), "search/words/696e73.json");
        assert_eq!(word_file("ms"), "search/words/6d73.json");
        assert_eq!(word_file("é"), "search/words/c3a9.json");
        assert_eq!(card_file(0), "search/cards/0.json");
        assert_eq!(card_file(51), "search/cards/2.json");
        assert_eq!(lookup_words("a Fièvre x do"), ["fievre", "do"]);
    }

    #[test]
    fn every_word_must_match() {
        let file = |words: &[(&str, &[usize])]| WordFile {
            words: words.iter().map(|(w, d)| WordPostings { word: (*w).into(), docs: Postings::encode(&d.iter().map(|&p| (p, 1)).collect::<Vec<_>>()) }).collect(),
        };
        let fe = file(&[("fever", &[1, 4]), ("fevers", &[7]), ("fe", &[2])]);
        let ch = file(&[("child", &[4, 7, 9])]);
        assert_eq!(matching(&["fev".into()], &[&fe]), [1, 4, 7]);
        assert_eq!(matching(&["fev".into(), "chi".into()], &[&fe, &ch]), [4, 7]);
        assert_eq!(matching(&["fe".into()], &[&fe]), [2], "two letters: that word only");
    }
}
