//! JSON → Markdown → JSON gives the same content, on generated articles
//! and pages full of characters Markdown would otherwise read as syntax.

use medanswers::content::model::*;
use medanswers::content::write::ToJson;
use medanswers::markdown::{compile_article, compile_page, export, render_all};
use proptest::prelude::*;

/// Words an editor might write, many of them Markdown syntax on their own.
const WORDS: &[&str] = &[
    "the", "dose", "SMN2", "is", "a*b", "[x]", "#1", "1.", "2)", "<b>", "&amp;", "under_score", "back\\slash", "é", "🙂", "-dash",
    "+plus", "=eq", ">quote", "`tick`", "~tilde", "{brace}", "|pipe|", "!bang", "http://x.example", "@at", "50%", "(paren)", "“quoted”",
    "term:", "* star", "1. one", "# hash", "trailing#", "$5", "a\u{a0}b",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..6).prop_map(|w| w.join(" "))
}

fn url() -> impl Strategy<Value = SafeUrl> {
    prop::sample::select(&["https://example.org/a_(b)", "http://x.example/?q=1&r=2", "mailto:a@b.example", "/pages/editorial-policy", "https://doi.org/10.1/x<y>"][..])
        .prop_map(|u| SafeUrl::new(u).unwrap())
}

/// Inline text: starts with text, spans separated by spaces (as people write).
fn inline(refs: usize) -> impl Strategy<Value = Inline> {
    let span = prop_oneof![
        text().prop_map(|t| Span::Strong(vec![Span::Text(t)])),
        text().prop_map(|t| Span::Em(vec![Span::Text(t)])),
        prop::collection::vec(1u32..=(refs as u32 + 2), 1..3).prop_map(Span::Cite),
        (text(), url()).prop_map(|(t, u)| Span::Link { text: vec![Span::Text(t)], href: Some(u) }),
        (text(), text()).prop_map(|(t, d)| Span::Term { text: vec![Span::Text(t)], def: d }),
    ];
    (text(), prop::collection::vec((span, prop::option::of(text())), 0..3)).prop_map(|(first, rest)| {
        let mut out = vec![Span::Text(first)];
        for (s, after) in rest {
            match out.last_mut() {
                Some(Span::Text(t)) => t.push(' '),
                _ => out.push(Span::Text(" ".into())),
            }
            out.push(s);
            if let Some(a) = after {
                out.push(Span::Text(format!(" {a}")));
            }
        }
        out
    })
}

fn block(refs: usize) -> impl Strategy<Value = Block> {
    let simple = prop_oneof![
        inline(refs).prop_map(Block::P),
        prop::collection::vec(inline(refs), 1..3).prop_map(Block::Ul),
        prop::collection::vec(inline(refs), 1..3).prop_map(Block::Ol),
        inline(refs).prop_map(Block::Quote),
    ];
    prop_oneof![
        3 => simple.clone(),
        1 => (prop::sample::select(Tone::ALL), prop::option::of(text()), prop::collection::vec(simple, 1..3))
            .prop_map(|(tone, title, blocks)| Block::Note(Note { tone, title, blocks })),
    ]
}

fn section(refs: usize, depth: u32) -> BoxedStrategy<Section> {
    let subs = if depth == 0 { Just(Vec::new()).boxed() } else { prop::collection::vec(section(refs, depth - 1), 0..2).boxed() };
    (text(), prop::collection::vec(block(refs), 0..3), subs).prop_map(|(heading, blocks, sections)| Section { heading, blocks, sections }).boxed()
}

fn date() -> impl Strategy<Value = Date> {
    (2000u16..2030, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::parse(&format!("{y:04}-{m:02}-{d:02}")).unwrap())
}

fn article() -> impl Strategy<Value = Article> {
    let refs = prop::collection::vec(
        (text(), prop::option::of(text()), prop::option::of(1900i64..2030), prop::option::of(prop::sample::select(EvidenceKind::ALL))),
        0..3,
    )
    .prop_map(|rs| {
        rs.into_iter()
            .map(|(title, authors, year, kind)| Reference { title, authors, year: year.map(Year), kind, ..Reference::default() })
            .collect::<Vec<_>>()
    });
    let ids = prop::sample::subsequence(vec!["patient", "clinician", "student"], 1..=3);
    (refs, ids, text(), text(), date(), prop::sample::select(Status::ALL), prop::collection::vec((date(), prop::option::of(text())), 0..3), prop::option::of(text()))
        .prop_flat_map(|(references, ids, question, summary, updated, status, mut history, disclaimer)| {
            let n = references.len();
            let versions = ids
                .into_iter()
                .map(move |id| {
                    (inline(n), prop::collection::vec(section(n, 1), 0..3)).prop_map(move |(answer, sections)| {
                        (Slug::try_from(id).unwrap(), Version { answer, sections, disclaimer: None })
                    })
                })
                .collect::<Vec<_>>();
            history.sort_by_key(|(d, _)| *d);
            let history: Vec<HistoryEntry> = history
                .into_iter()
                .map(|(date, note)| HistoryEntry { status, date, note: note.and_then(|n| Short::try_from(n.as_str()).ok()) })
                .collect();
            (versions, Just((references, question, summary, updated, status, history, disclaimer)))
        })
        .prop_map(|(mut versions, (references, question, summary, updated, status, history, disclaimer))| {
            if let (Some(title), Some(v)) = (disclaimer, versions.first_mut()) {
                v.1.disclaimer = Some(Disclaimer { title: title.clone(), text: title });
            }
            Article {
                slug: Slug::try_from("generated").unwrap(),
                question,
                summary,
                topics: vec!["neurology".into()],
                updated,
                review: Review { status, history, reviewers: Vec::new(), next_review: None },
                versions: Versions(versions),
                references,
                example_question: None,
                related: Vec::new(),
            }
        })
}

fn same(a: &medanswers::content::Json, b: &medanswers::content::Json) -> bool {
    let a: serde_json::Value = serde_json::from_str(&a.to_text()).unwrap();
    let b: serde_json::Value = serde_json::from_str(&b.to_text()).unwrap();
    a == b
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn articles_round_trip(a in article()) {
        let md = export::article(&a).unwrap();
        let audiences = vec!["patient".to_owned(), "clinician".to_owned(), "student".to_owned()];
        let back = compile_article(&md, &audiences).map_err(|d| render_all(&d, "x.md", &md).join("\n") + "\n" + &md);
        let back = match back { Ok(b) => b, Err(e) => return Err(TestCaseError::fail(e)) };
        prop_assert!(same(&a.to_json(), &back.value.to_json()), "{}\n{}\n{}", md, a.to_json().to_text(), back.value.to_json().to_text());
    }

    #[test]
    fn pages_round_trip(title in text(), sections in prop::collection::vec(section(0, 1), 0..3)) {
        let page = Page { slug: Slug::try_from("p").unwrap(), title, updated: None, sections };
        let md = export::page(&page).unwrap();
        let back = compile_page(&md).map_err(|d| render_all(&d, "x.md", &md).join("\n") + "\n" + &md);
        let back = match back { Ok(b) => b, Err(e) => return Err(TestCaseError::fail(e)) };
        prop_assert!(same(&page.to_json(), &back.value.to_json()), "{}", md);
    }
}
