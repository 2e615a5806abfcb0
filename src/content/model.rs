//! The content model: every content type, declared once. Fields, types,
//! which fields are required, defaults and allowed words are all here; how
//! each is read from JSON and its JSON Schema follow from these declarations
//! (`read.rs`, `schema.rs`). Values with a shape of their own (slugs, dates,
//! DOIs, …) are checked on the way in by their types (`values.rs`).

pub use super::date::Date;
pub use super::url::SafeUrl;
pub use super::values::{Doi, Endpoint, Pmid, Short, Slug, Versions, Year};
use crate::{keywords, record};

/// The locale dates are written for when `site.json` names none.
pub const DEFAULT_LOCALE: &str = "en-US";

record! {
    /// The site: its name, audiences, review board and services (`site.json`).
    pub struct Site as file {
        /// The site's name, shown in the header and page titles.
        name: req String,
        /// BCP 47 locale for dates; default en-US.
        locale: or String = DEFAULT_LOCALE.to_owned(),
        board: req Board,
        /// The kinds of reader the site writes for; at least one, ids unique.
        audiences: req Vec<Audience>,
        /// One of the audience ids.
        default_audience: req Slug,
        /// A page under pages/.
        editorial_policy: opt Slug,
        /// The answer service for follow-up questions.
        ask: opt Service,
        /// Where "Was this helpful?" votes go; without it the question is not shown.
        feedback: opt Service,
        /// Audiences who are lay readers: publish warns when their versions
        /// read above grade 8 (Flesch–Kincaid).
        lay_audiences: list Slug,
    }
}

record! {
    /// The review board named in the trust line.
    pub struct Board {
        name: req String,
        statement: req String,
    }
}

record! {
    /// A kind of reader the site writes for.
    pub struct Audience {
        id: req Slug,
        label: req String,
        description: opt String,
        disclaimer: opt Disclaimer,
    }
}

record! {
    /// A titled disclaimer.
    pub struct Disclaimer {
        title: req String,
        text: req String,
    }
}

record! {
    /// A service the app sends to.
    pub struct Service {
        /// An https: URL or a path starting with /.
        endpoint: req Endpoint,
    }
}

keywords! {
    /// Where an article is in human review, in the order it goes through them.
    pub enum Status ("status") {
        Submitted = "submitted" / "Submitted",
        UnderReview = "under_review" / "Under review",
        Approved = "approved" / "Approved",
    }
}

record! {
    /// One answer to a clinical question (`articles/<slug>.json`).
    pub struct Article as file {
        /// Equals the file name without .json.
        slug: req Slug,
        question: req String,
        summary: req String,
        topics: list String,
        updated: req Date,
        review: req Review,
        /// Audience id (from site.json) → version, in file order.
        versions: req Versions,
        /// Numbered from 1 in this order.
        references: list Reference,
        /// A follow-up question a reader might ask, shown as an example in
        /// the follow-up box (at most 120 characters).
        example_question: opt Short<120>,
        /// Slugs of related answers, in the order to show them; each must be
        /// an article of the library. Without it, related answers are
        /// worked out from shared topics.
        related: publish Slug,
    }
}

record! {
    /// The review record of an article.
    pub struct Review {
        status: req Status,
        /// Oldest first.
        history: list HistoryEntry,
        reviewers: list Reviewer,
        /// The date by which the article is due to be checked again.
        next_review: opt Date,
    }
}

impl Review {
    /// The step at which the article reached `status` (latest entry wins).
    pub fn entry_of(&self, status: Status) -> Option<&HistoryEntry> {
        self.history.iter().rev().find(|h| h.status == status)
    }

    /// The date the article reached `status`, from its history.
    pub fn date_of(&self, status: Status) -> Option<Date> {
        self.entry_of(status).map(|h| h.date)
    }

    /// The latest step that says what changed, if any.
    pub fn latest_note(&self) -> Option<&HistoryEntry> {
        self.history.iter().rev().find(|h| h.note.is_some())
    }
}

record! {
    /// One step of review history.
    pub struct HistoryEntry {
        status: req Status,
        date: req Date,
        /// What changed at this step, in plain words (at most 300 characters).
        note: opt Short<300>,
    }
}

record! {
    /// A person who reviewed the article.
    pub struct Reviewer {
        name: req String,
        credentials: opt String,
        role: opt String,
    }
}

record! {
    /// One audience's version of an article.
    pub struct Version {
        /// The bottom line, shown first.
        answer: req Inline,
        sections: req Vec<Section>,
        /// Replaces the audience's disclaimer.
        disclaimer: opt Disclaimer,
    }
}

record! {
    /// A headed section with blocks and optional subsections.
    pub struct Section {
        heading: req String,
        blocks: req Vec<Block>,
        sections: list Section,
    }
}

/// A block of body content: an object with exactly one key (`inline.rs`).
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    P(Inline),
    Ul(Vec<Inline>),
    Ol(Vec<Inline>),
    Quote(Inline),
    Note(Note),
}

impl Default for Block {
    fn default() -> Self {
        Block::P(Vec::new())
    }
}

record! {
    /// A boxed note inside the body.
    pub struct Note {
        tone: req Tone,
        title: opt String,
        blocks: req Vec<Block>,
    }
}

keywords! {
    /// How loud a note is; the spelling is also its CSS modifier, the label
    /// what a screen reader hears before the note's title.
    pub enum Tone ("tone") {
        Info = "info" / "Note",
        Warning = "warning" / "Caution",
        Danger = "danger" / "Warning",
    }
}

/// Inline text: a run of text and spans (`inline.rs`).
pub type Inline = Vec<Span>;

/// A piece of inline text.
#[derive(Debug, Clone, PartialEq)]
pub enum Span {
    Text(String),
    Strong(Inline),
    Em(Inline),
    /// 1-based reference numbers.
    Cite(Vec<u32>),
    /// `href` is `None` when the scheme is not allowed: shown as plain text.
    Link { text: Inline, href: Option<SafeUrl> },
    Term { text: Inline, def: String },
}

impl Default for Span {
    fn default() -> Self {
        Span::Text(String::new())
    }
}

record! {
    /// A cited work.
    pub struct Reference {
        title: req String,
        authors: opt String,
        source: opt String,
        year: opt Year,
        doi: opt Doi,
        pmid: opt Pmid,
        /// https:, http: or a path starting with /.
        url: opt SafeUrl,
        kind: opt EvidenceKind,
    }
}

keywords! {
    /// The type of evidence a reference is.
    pub enum EvidenceKind ("kind") {
        Guideline = "guideline" / "Guideline",
        SystematicReview = "systematic_review" / "Systematic review",
        Trial = "trial" / "Clinical trial",
        Observational = "observational" / "Observational study",
        Review = "review" / "Review",
        Label = "label" / "Prescribing information",
        Other = "other" / "Other source",
    }
}

impl Reference {
    /// `https://doi.org/<doi>` when a DOI is given.
    pub fn doi_url(&self) -> Option<String> {
        self.doi.as_ref().map(|d| format!("https://doi.org/{d}"))
    }

    /// The PubMed page when a PMID is given.
    pub fn pubmed_url(&self) -> Option<String> {
        self.pmid.as_ref().map(|p| format!("https://pubmed.ncbi.nlm.nih.gov/{p}/"))
    }

    /// A one-line description: authors, title, source, year.
    pub fn one_line(&self) -> String {
        let mut parts = Vec::new();
        if let Some(a) = &self.authors {
            parts.push(a.trim_end_matches('.').to_owned());
        }
        parts.push(self.title.trim_end_matches('.').to_owned());
        let src = match (&self.source, self.year) {
            (Some(s), Some(y)) => Some(format!("{s}, {y}")),
            (Some(s), None) => Some(s.clone()),
            (None, Some(y)) => Some(y.to_string()),
            (None, None) => None,
        };
        parts.extend(src);
        parts.join(". ") + "."
    }
}

record! {
    /// A plain page, such as the editorial policy (`pages/<slug>.json`).
    pub struct Page as file {
        /// Equals the file name without .json.
        slug: req Slug,
        title: req String,
        updated: opt Date,
        sections: req Vec<Section>,
    }
}

record! {
    /// The library: one entry per published article (`index.json`).
    pub struct Index as file {
        articles: req Vec<IndexEntry>,
    }
}

impl Index {
    /// The library's index, made from the articles: newest first, then by
    /// slug (what `publish` writes, so editors never type it).
    pub fn from_articles<'a>(articles: impl IntoIterator<Item = &'a Article>) -> Index {
        let mut entries: Vec<IndexEntry> = articles
            .into_iter()
            .map(|a| IndexEntry {
                slug: a.slug.clone(),
                question: a.question.clone(),
                summary: a.summary.clone(),
                topics: a.topics.clone(),
                status: a.review.status,
                updated: a.updated,
                note: a.review.latest_note().and_then(|h| h.note.clone()),
            })
            .collect();
        super::order::sort_by(&mut entries, |a, b| b.updated.cmp(&a.updated).then_with(|| a.slug.cmp(&b.slug)));
        Index { articles: entries }
    }
}

record! {
    /// One article in the library; it matches the article's file.
    pub struct IndexEntry {
        slug: req Slug,
        question: req String,
        summary: req String,
        topics: list String,
        status: req Status,
        updated: req Date,
        /// What changed at the latest review step that says (generated from
        /// the article's history).
        note: opt Short<300>,
    }
}

record! {
    /// An answer from the answer service; its `cite` numbers refer to its own references.
    pub struct Answer {
        answer: req Vec<Block>,
        references: list Reference,
    }
}

/// What the answer service sent back for a follow-up question.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// An answer, with references of its own (its `cite` numbers refer to them).
    Answer { blocks: Vec<Block>, references: Vec<Reference> },
    /// The question will be answered later.
    Queued { message: String },
}
