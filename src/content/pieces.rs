//! The library in pieces, so that neither the library page nor a search
//! downloads the whole index: written by `publish` into the build's
//! `search/` folder (generated from the content, like `index.json`), read by
//! the app through a [`Plan`]: pure steps that say which files they need
//! next and, given their text, what the page shows. Only fetching is left
//! to the browser layer.
//!
//! - `search/catalog.txt`: the number of articles, then one line per topic
//!   (in folded order): its count, a tab, its name;
//! - `search/cards/<n>.json`: the library's entries `n × CHUNK ..` in the
//!   index's order (newest first), as an `index.json` of [`CHUNK`] entries;
//! - `search/topics/<t>.txt`: the positions of the articles with topic `t`
//!   (its line in the catalog, from 0);
//! - `search/words/<key>.txt`: one line per word starting with `key` (its
//!   first three letters, folded, or the whole word when shorter; the file
//!   name is `key` in hex): the word, a tab, the positions of its articles
//!   with where it is ([`QUESTION`], [`TOPICS`], [`SUMMARY`]).
//!
//! A list of positions is base-36 numbers separated by spaces: each is the
//! gap from the position before, times 8, plus the field bits. A query word
//! of three letters or more matches every word it starts; one of two
//! letters matches that word exactly (two-letter prefixes would need dozens
//! of files); one-letter words are not looked up. Typos are looked for
//! after the first three letters (a word's file is named by them).

use super::model::{Index, IndexEntry};
use super::{library, search};

/// Entries per card file: a page of the library is two files, and a page of
/// search results reads at most one file per result.
pub const CHUNK: usize = 25;

/// Where a word is: the question, the topics, the summary.
pub const QUESTION: u8 = 1;
/// See [`QUESTION`].
pub const TOPICS: u8 = 2;
/// See [`QUESTION`].
pub const SUMMARY: u8 = 4;

/// `(position, fields)` pairs as a list of positions (see the module notes).
pub fn encode(items: &[(usize, u8)]) -> String {
    let mut out = String::new();
    let mut last = 0;
    for (i, &(pos, fields)) in items.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut n = (pos - if i == 0 { 0 } else { last }) * 8 + usize::from(fields & 7);
        last = pos;
        let start = out.len();
        loop {
            out.push(char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
            n /= 36;
            if n == 0 {
                break;
            }
        }
        // Digits were pushed least significant first.
        let digits: String = out[start..].chars().rev().collect();
        out.truncate(start);
        out.push_str(&digits);
    }
    out
}

/// The `(position, fields)` pairs of a list (unreadable parts are skipped).
pub fn decode(list: &str) -> Vec<(usize, u8)> {
    let mut pos = 0;
    let mut out = Vec::new();
    for n in list.split(' ').filter_map(|n| usize::from_str_radix(n, 36).ok()) {
        pos = if out.is_empty() { n / 8 } else { pos + n / 8 };
        out.push((pos, (n % 8) as u8));
    }
    out
}

/// The file a folded word's line is in.
pub fn word_file(word: &str) -> String {
    let key: String = word.chars().take(3).collect();
    let mut name = String::from("search/words/");
    for b in key.bytes() {
        for nibble in [b >> 4, b & 15] {
            name.push(char::from_digit(u32::from(nibble), 16).unwrap_or('0'));
        }
    }
    name.push_str(".txt");
    name
}

/// The catalog's text: the total, then each topic's count and name (tabs
/// and line breaks in a name become spaces).
pub fn catalog_text(total: usize, topics: &[(String, String, usize)]) -> String {
    let mut out = total.to_string();
    for (_, name, count) in topics {
        out.push_str(&format!("\n{count}\t{}", name.replace(['\t', '\n', '\r'], " ")));
    }
    out
}

/// The catalog: the total and each topic's `(folded, name, count)`.
pub fn read_catalog(text: &str) -> (usize, Vec<(String, String, usize)>) {
    let mut lines = text.lines();
    let total = lines.next().and_then(|l| l.trim().parse().ok()).unwrap_or(0);
    let topics = lines
        .filter_map(|l| {
            let (count, name) = l.split_once('\t')?;
            Some((search::fold(name), name.to_owned(), count.parse().ok()?))
        })
        .collect();
    (total, topics)
}

/// The words of a word file, each with its list of positions.
fn read_words(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.lines().filter_map(|l| l.split_once('\t'))
}

/// True when query word `q` finds `word` (see the module notes).
pub fn finds(q: &str, word: &str) -> bool {
    if q.chars().nth(2).is_some() { word.starts_with(q) } else { word == q }
}

/// What a reader asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Ask {
    /// A page of the library: every article matching the query's words (as
    /// the reader types) and the topic (as written; empty: all), newest first.
    Listing { query: String, topic: String, page: usize },
    /// The articles that best answer a question, best first, without `exclude`.
    Suggest { question: String, exclude: String, limit: usize },
}

/// What a plan found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found {
    /// How many articles match (for a listing).
    pub matched: usize,
    /// How many articles the library has (for a listing).
    pub total: usize,
    /// The library's topics as `(folded, name, count)` (for a listing).
    pub topics: Vec<(String, String, usize)>,
    /// The cards to show.
    pub cards: Vec<IndexEntry>,
}

/// The next step of a plan.
#[derive(Debug, Clone, PartialEq)]
pub enum Next {
    /// Fetch these files and give their texts (`None`: no such file) to [`Plan::feed`].
    Fetch(Vec<String>),
    /// Finished.
    Done(Found),
}

/// An answer to an [`Ask`], worked out a step at a time (see the module notes).
#[derive(Debug, Clone)]
pub struct Plan {
    /// A listing's topic (folded) and page.
    topic: String,
    page: usize,
    /// A suggestion's article to leave out and how many to give; `None` for a listing.
    suggest: Option<(String, usize)>,
    /// The words looked up: the query's (listing) or its stemmed terms (suggest).
    words: Vec<String>,
    found: Found,
    /// The positions matched so far, best or newest first.
    positions: Option<Vec<usize>>,
    /// Which files were asked for last.
    asked: Vec<String>,
    /// The card files asked for, by number.
    chunks: Vec<usize>,
    stage: u8,
}

impl Plan {
    /// A plan for `ask`, and the files it needs first.
    pub fn new(ask: Ask) -> (Plan, Next) {
        let words: Vec<String> = match &ask {
            Ask::Listing { query, .. } => search::query_words(query).into_iter().filter(|w| w.chars().nth(1).is_some()).collect(),
            Ask::Suggest { question, .. } => search::query_terms(question),
        };
        let mut files: Vec<String> = words.iter().map(|w| word_file(w)).collect();
        let (topic, page, suggest) = match ask {
            Ask::Listing { topic, page, .. } => {
                files.insert(0, "search/catalog.txt".to_owned());
                (search::fold(&topic), page, None)
            }
            Ask::Suggest { exclude, limit, .. } => (String::new(), 1, Some((exclude, limit))),
        };
        let mut plan = Plan { topic, page, suggest, words, found: Found::default(), positions: None, asked: Vec::new(), chunks: Vec::new(), stage: 0 };
        let next = if files.is_empty() { Next::Done(Found::default()) } else { plan.fetch(files) };
        (plan, next)
    }

    fn fetch(&mut self, files: Vec<String>) -> Next {
        self.asked = files.clone();
        Next::Fetch(files)
    }

    /// The texts of the files asked for, in order; the next step.
    pub fn feed(&mut self, texts: Vec<Option<String>>) -> Next {
        let text = |name: &str| self.asked.iter().position(|f| f == name).and_then(|i| texts.get(i).cloned().flatten()).unwrap_or_default();
        self.stage += 1;
        let page = self.page;
        match (self.stage, self.suggest.clone()) {
            (1, None) => {
                (self.found.total, self.found.topics) = read_catalog(&text("search/catalog.txt"));
                if !self.words.is_empty() {
                    let files: Vec<String> = self.words.iter().map(|w| text(&word_file(w))).collect();
                    self.positions = Some(matching(&self.words, &files));
                }
                let folded = &self.topic;
                match self.found.topics.iter().position(|t| t.0 == *folded) {
                    Some(t) if !folded.is_empty() => self.fetch(vec![format!("search/topics/{t}.txt")]),
                    None if !folded.is_empty() => self.cards(Some(Vec::new()), page),
                    _ => self.cards(None, page),
                }
            }
            (2, None) => {
                let of_topic: Vec<usize> = decode(&texts.first().cloned().flatten().unwrap_or_default()).into_iter().map(|(p, _)| p).collect();
                self.cards(Some(of_topic), page)
            }
            (1, Some((_, limit))) => {
                let files: Vec<String> = self.words.iter().map(|w| text(&word_file(w))).collect();
                let best = rank(&self.words, &files, limit + 1);
                self.positions = Some(best.clone());
                self.stage = 2;
                self.fetch_cards(&best)
            }
            (_, suggest) => self.done(texts, suggest),
        }
    }

    /// With the topic's positions (if a topic was chosen), the cards to fetch.
    fn cards(&mut self, of_topic: Option<Vec<usize>>, page: usize) -> Next {
        let all = match (self.positions.take(), of_topic) {
            (None, None) => (0..self.found.total).collect(),
            (Some(f), None) => f,
            (None, Some(t)) => t,
            (Some(f), Some(t)) => f.into_iter().filter(|p| t.binary_search(p).is_ok()).collect(),
        };
        self.found.matched = all.len();
        let shown = all[library::page_range(all.len(), page)].to_vec();
        self.positions = Some(shown.clone());
        self.stage = 2;
        self.fetch_cards(&shown)
    }

    fn fetch_cards(&mut self, positions: &[usize]) -> Next {
        let mut chunks: Vec<usize> = Vec::new();
        for c in positions.iter().map(|p| p / CHUNK) {
            if !chunks.contains(&c) {
                chunks.push(c);
            }
        }
        if chunks.is_empty() {
            return Next::Done(std::mem::take(&mut self.found));
        }
        let files = chunks.iter().map(|c| format!("search/cards/{c}.json")).collect();
        self.chunks = chunks;
        self.fetch(files)
    }

    /// The cards from their files, in the order matched.
    fn done(&mut self, texts: Vec<Option<String>>, suggest: Option<(String, usize)>) -> Next {
        let files: Vec<Index> = texts.iter().map(|t| t.as_deref().and_then(|t| super::parse::read_file::<Index>(t).result().ok()).unwrap_or_default()).collect();
        let mut cards: Vec<IndexEntry> = self
            .positions
            .take()
            .unwrap_or_default()
            .iter()
            .filter_map(|p| {
                let at = self.chunks.iter().position(|c| *c == p / CHUNK)?;
                files.get(at)?.articles.get(p % CHUNK).cloned()
            })
            .collect();
        if let Some((exclude, limit)) = suggest {
            cards.retain(|c| *c.slug != *exclude);
            cards.truncate(limit);
        }
        self.found.cards = cards;
        Next::Done(std::mem::take(&mut self.found))
    }
}

/// The positions of the articles that have every query word (see
/// [`finds`]), in order; `files` are the texts of each word's file.
fn matching(words: &[String], files: &[String]) -> Vec<usize> {
    let tally = tally(words, files, &|q, w| if finds(q, w) { 1.0 } else { 0.0 });
    tally.iter().enumerate().filter(|(_, t)| usize::from(t.1) == words.len()).map(|(p, _)| p).collect()
}

/// The positions of up to `limit` articles that best match the stemmed
/// `terms`, best first (ties: newest first). A term scores an article by
/// its best match in each field (exact, the start of a longer word, or one
/// typo away: `search::word_score`), weighted question 3, topics 2,
/// summary 1; the sum is scaled by the share of the terms the article
/// matches. (`search::Library::rank` over the whole index, which the tests
/// hold this to.)
fn rank(terms: &[String], files: &[String], limit: usize) -> Vec<usize> {
    let tally = tally(terms, files, &|t, w| search::word_score(t.as_bytes(), search::stem(w).as_bytes()));
    // The best `limit`, kept in order while scanning (earlier wins a tie).
    let mut top: Vec<(f32, usize)> = Vec::new();
    for (p, &(s, hits)) in tally.iter().enumerate().filter(|(_, t)| t.1 > 0) {
        let score = s * f32::from(hits) / terms.len() as f32;
        let at = top.iter().position(|&(x, _)| score > x).unwrap_or(top.len());
        if at < limit {
            top.insert(at, (score, p));
            top.truncate(limit);
        }
    }
    top.into_iter().map(|(_, p)| p).collect()
}

/// Per position: the weighted score of the query's words and how many of
/// them it has. Each word counts its best match (`score(query word, word)`,
/// 0 for none) in each field, weighted question 3, topics 2, summary 1.
fn tally(words: &[String], files: &[String], score: &dyn Fn(&str, &str) -> f32) -> Vec<(f32, u16)> {
    let mut total: Vec<(f32, u16)> = Vec::new();
    for (q, file) in words.iter().zip(files) {
        // Per position: this word's best match in each field.
        let mut best: Vec<[f32; 3]> = Vec::new();
        for (word, list) in read_words(file) {
            let s = score(q, word);
            if s == 0.0 {
                continue;
            }
            for (p, fields) in decode(list) {
                if best.len() <= p {
                    best.resize(p + 1, [0.0; 3]);
                }
                for (f, slot) in best[p].iter_mut().enumerate() {
                    if fields >> f & 1 == 1 && s > *slot {
                        *slot = s;
                    }
                }
            }
        }
        if total.len() < best.len() {
            total.resize(best.len(), (0.0, 0));
        }
        for (p, row) in best.iter().enumerate().filter(|(_, r)| **r != [0.0; 3]) {
            total[p].0 += row[0] * 3.0 + row[1] * 2.0 + row[2];
            total[p].1 += 1;
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_of_positions_round_trip() {
        let items = vec![(0, QUESTION), (3, QUESTION | SUMMARY), (40, TOPICS), (100_000, 7)];
        assert_eq!(decode(&encode(&items)), items);
        assert_eq!(decode(""), []);
        assert_eq!(decode("zz !! 8").len(), 2, "unreadable parts are skipped");
    }

    #[test]
    fn files_are_named_by_the_first_three_letters() {
        assert_eq!(word_file("insulin"), "search/words/696e73.txt");
        assert_eq!(word_file("ms"), "search/words/6d73.txt");
        assert_eq!(word_file("é"), "search/words/c3a9.txt");
        assert!(finds("fev", "fever") && !finds("fe", "fever") && finds("fe", "fe"));
    }

    #[test]
    fn the_catalog_round_trips() {
        let topics = vec![("neurologie".to_owned(), "Neurologie".to_owned(), 3), ("a b".to_owned(), "A\tB".to_owned(), 1)];
        let (total, read) = read_catalog(&catalog_text(10_000, &topics));
        assert_eq!(total, 10_000);
        assert_eq!(read[0], topics[0]);
        assert_eq!(read[1], ("a b".to_owned(), "A B".to_owned(), 1), "a tab in a name becomes a space");
    }
}
