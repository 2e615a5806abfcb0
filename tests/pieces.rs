//! The library in pieces finds what searching the whole index finds: the
//! pieces publish writes, read through `content::pieces::Plan` a file at a
//! time, against the in-memory filter and ranking over every entry.

use medanswers::content::model::{Index, IndexEntry, Slug, Status};
use medanswers::content::pieces::{Ask, Found, Next, Plan};
use medanswers::content::search::{self, Library};
use medanswers::content::{Date, library};
use medanswers::sample::Lcg;
use std::collections::HashMap;

fn generated(n: usize) -> Index {
    let mut rng = Lcg(7);
    let articles = (0..n)
        .map(|i| IndexEntry {
            slug: Slug::try_from(format!("article-{i}").as_str()).unwrap(),
            question: format!("{}?", rng.words(6)),
            summary: rng.sentence(),
            topics: vec![rng.topic().to_owned(), rng.topic().to_owned()],
            status: Status::Approved,
            updated: Date::parse("2025-01-01").unwrap(),
            note: None,
        })
        .collect();
    Index { articles }
}

/// Runs a plan against the files publish wrote, counting the files read.
fn run(files: &HashMap<String, String>, ask: Ask) -> (Found, usize) {
    let (mut plan, mut next) = Plan::new(ask);
    let mut read = 0;
    loop {
        match next {
            Next::Done(found) => return (found, read),
            Next::Fetch(names) => {
                read += names.len();
                next = plan.feed(names.iter().map(|n| files.get(n).cloned()).collect());
            }
        }
    }
}

fn slugs(cards: &[IndexEntry]) -> Vec<String> {
    cards.iter().map(|c| c.slug.to_string()).collect()
}

#[test]
fn listing_in_pieces_matches_filtering_the_whole_index() {
    let index = generated(600);
    let files: HashMap<String, String> = medanswers::publish::search::pieces(&index).into_iter().collect();
    let words: Vec<Vec<String>> = index.articles.iter().map(search::entry_words).collect();
    let some_word = |i: usize| search::words(&index.articles[i].question)[0].clone();
    let queries = vec![String::new(), some_word(3), format!("{} {}", some_word(10), &some_word(11)[..3]), "zzzzqx".to_owned()];
    for q in &queries {
        for topic in ["", "Neurology", "no such topic"] {
            for page in [1, 2, 13] {
                let (found, read) = run(&files, Ask::Listing { query: q.clone(), topic: topic.into(), page });
                let all = library::matching(&index.articles, &words, q, topic);
                let range = library::page_range(all.len(), page);
                let want: Vec<IndexEntry> = all[range].iter().map(|&i| index.articles[i].clone()).collect();
                assert_eq!(found.matched, all.len(), "query {q:?}, topic {topic:?}");
                assert_eq!(slugs(&found.cards), slugs(&want), "query {q:?}, topic {topic:?}, page {page}");
                assert_eq!(found.total, 600);
                assert!(read <= 2 + q.split(' ').count() + 50 / medanswers::content::pieces::CHUNK + 50, "{read} files");
            }
        }
    }
    let (first, read) = run(&files, Ask::Listing { query: String::new(), topic: String::new(), page: 1 });
    assert_eq!(read, 3, "the first page: the catalog and two card files");
    assert_eq!(first.topics, library::topics(&index.articles));
}

#[test]
fn suggestions_in_pieces_rank_like_the_whole_index() {
    let index = generated(600);
    let files: HashMap<String, String> = medanswers::publish::search::pieces(&index).into_iter().collect();
    let lib = Library::new(&index.articles);
    let q = |i: usize| index.articles[i].question.clone();
    // Typos after the third letter; word forms; a question that is all stop words.
    let typo = |text: String| {
        let long = text.split(' ').find(|w| w.len() >= 6).unwrap_or("missing").to_owned();
        let mut wrong = long.clone();
        wrong.insert(4, wrong.as_bytes()[4] as char);
        text.replacen(&long, &wrong, 1)
    };
    let questions = vec![q(5), q(77), format!("{} treatment", q(9)), typo(q(120)), typo(q(121)), "what is it".to_owned()];
    for question in &questions {
        for exclude in ["", "article-5"] {
            let (found, _) = run(&files, Ask::Suggest { question: question.clone(), exclude: exclude.into(), limit: 3 });
            let want: Vec<String> = lib.rank(question, Some(exclude), 3).into_iter().map(|i| index.articles[i].slug.to_string()).collect();
            assert_eq!(slugs(&found.cards), want, "{question:?} without {exclude:?}");
        }
    }
}

#[test]
fn two_letter_words_match_whole_words_and_one_letter_words_wait() {
    let mut index = generated(3);
    index.articles[0].question = "Is MS a nerve disease?".into();
    index.articles[1].question = "Msg headaches?".into();
    let files: HashMap<String, String> = medanswers::publish::search::pieces(&index).into_iter().collect();
    let (found, _) = run(&files, Ask::Listing { query: "ms".into(), topic: String::new(), page: 1 });
    assert_eq!(slugs(&found.cards), ["article-0"]);
    let (found, _) = run(&files, Ask::Listing { query: "m".into(), topic: String::new(), page: 1 });
    assert_eq!(found.matched, 3, "one letter is not looked up yet");
}

#[test]
fn related_answers_worked_out_at_publish_match_their_definition() {
    // Topics in any case and order; some articles name their own.
    let mut index = generated(600);
    for (i, e) in index.articles.iter_mut().enumerate() {
        if i % 7 == 0 {
            e.topics.reverse();
            e.topics[0] = e.topics[0].to_uppercase();
        }
        if i % 11 == 0 {
            e.topics.clear();
        }
    }
    let own = vec![("article-3".to_owned(), vec!["article-9".to_owned(), "nowhere".to_owned(), "article-3".to_owned(), "article-1".to_owned()])];
    let lists = medanswers::publish::search::related_lists(&index.articles, &own);
    assert_eq!(lists.len(), index.articles.len());
    for (e, (slug, list)) in index.articles.iter().zip(&lists) {
        assert_eq!(*slug, *e.slug);
        let mine = own.iter().find(|(s, _)| *s == *e.slug).map_or(&[][..], |(_, l)| l.as_slice());
        let want = medanswers::content::extras::related(&e.slug, &e.topics, mine, &index.articles);
        assert_eq!(slugs(list), want.iter().map(|w| w.slug.to_string()).collect::<Vec<_>>(), "{slug}");
    }
    assert_eq!(slugs(&lists[3].1), ["article-9", "article-1"], "its own list, in order, known slugs only");
    assert!(lists[11].1.is_empty(), "no topics, no related answers");
    assert!(lists.iter().filter(|(_, l)| l.len() == 5).count() > 500, "most articles get five");
}
