//! The content model: what the app renders, after the contract's checks.

use super::date::Date;
use super::url::SafeUrl;

/// `site.json`.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    pub name: String,
    pub locale: String,
    pub board: Board,
    pub audiences: Vec<Audience>,
    pub default_audience: String,
    pub editorial_policy: Option<String>,
    pub ask: Option<Ask>,
}

/// The review board named in the trust line.
#[derive(Debug, Clone, PartialEq)]
pub struct Board {
    pub name: String,
    pub statement: String,
}

/// A kind of reader the site writes for.
#[derive(Debug, Clone, PartialEq)]
pub struct Audience {
    pub id: String,
    pub label: String,
    pub description: Option<String>,
    pub disclaimer: Option<Disclaimer>,
}

/// A titled disclaimer.
#[derive(Debug, Clone, PartialEq)]
pub struct Disclaimer {
    pub title: String,
    pub text: String,
}

/// The optional answer service.
#[derive(Debug, Clone, PartialEq)]
pub struct Ask {
    pub endpoint: String,
}

/// Where an article is in human review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Submitted,
    UnderReview,
    Approved,
}

impl Status {
    /// Every status, in the order an article goes through them.
    pub const ALL: [Status; 3] = [Status::Submitted, Status::UnderReview, Status::Approved];

    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Submitted => "submitted",
            Status::UnderReview => "under_review",
            Status::Approved => "approved",
        }
    }

    /// The words a reader sees.
    pub fn label(self) -> &'static str {
        match self {
            Status::Submitted => "Submitted",
            Status::UnderReview => "Under review",
            Status::Approved => "Approved",
        }
    }

    /// Parses the contract's spelling.
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }
}

/// `articles/<slug>.json`.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub slug: String,
    pub question: String,
    pub summary: String,
    pub topics: Vec<String>,
    pub updated: Date,
    pub review: Review,
    /// Audience id and version, in file order.
    pub versions: Vec<(String, Version)>,
    pub references: Vec<Reference>,
}

/// The review record of an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    pub status: Status,
    pub history: Vec<HistoryEntry>,
    pub reviewers: Vec<Reviewer>,
    pub next_review: Option<Date>,
}

impl Review {
    /// The date the article reached `status`, from its history (latest entry wins).
    pub fn date_of(&self, status: Status) -> Option<Date> {
        self.history.iter().rev().find(|h| h.status == status).map(|h| h.date)
    }
}

/// One step of review history.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    pub status: Status,
    pub date: Date,
}

/// A person who reviewed the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Reviewer {
    pub name: String,
    pub credentials: Option<String>,
    pub role: Option<String>,
}

/// One audience's version of an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub answer: Inline,
    pub sections: Vec<Section>,
    pub disclaimer: Option<Disclaimer>,
}

/// A headed section with blocks and optional subsections.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
}

/// A block of body content.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    P(Inline),
    Ul(Vec<Inline>),
    Ol(Vec<Inline>),
    Quote(Inline),
    Note { tone: Tone, title: Option<String>, blocks: Vec<Block> },
}

/// How loud a note is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Warning,
    Danger,
}

impl Tone {
    /// The contract's spelling, also used as a CSS modifier.
    pub fn as_str(self) -> &'static str {
        match self {
            Tone::Info => "info",
            Tone::Warning => "warning",
            Tone::Danger => "danger",
        }
    }

    /// What a screen reader hears before the note's title.
    pub fn label(self) -> &'static str {
        match self {
            Tone::Info => "Note",
            Tone::Warning => "Caution",
            Tone::Danger => "Warning",
        }
    }
}

/// Inline text: a run of text and spans.
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
    Link { text: Inline, href: Option<SafeUrl>, raw_href: String },
    Term { text: Inline, def: String },
}

/// A cited work.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub title: String,
    pub authors: Option<String>,
    pub source: Option<String>,
    pub year: Option<i64>,
    pub doi: Option<String>,
    pub pmid: Option<String>,
    pub url: Option<SafeUrl>,
    pub kind: Option<EvidenceKind>,
}

/// The type of evidence a reference is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceKind {
    Guideline,
    SystematicReview,
    Trial,
    Observational,
    Review,
    Label,
    Other,
}

impl EvidenceKind {
    const ALL: [EvidenceKind; 7] = [
        EvidenceKind::Guideline,
        EvidenceKind::SystematicReview,
        EvidenceKind::Trial,
        EvidenceKind::Observational,
        EvidenceKind::Review,
        EvidenceKind::Label,
        EvidenceKind::Other,
    ];

    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::Guideline => "guideline",
            EvidenceKind::SystematicReview => "systematic_review",
            EvidenceKind::Trial => "trial",
            EvidenceKind::Observational => "observational",
            EvidenceKind::Review => "review",
            EvidenceKind::Label => "label",
            EvidenceKind::Other => "other",
        }
    }

    /// The words a reader sees.
    pub fn label(self) -> &'static str {
        match self {
            EvidenceKind::Guideline => "Guideline",
            EvidenceKind::SystematicReview => "Systematic review",
            EvidenceKind::Trial => "Clinical trial",
            EvidenceKind::Observational => "Observational study",
            EvidenceKind::Review => "Review",
            EvidenceKind::Label => "Prescribing information",
            EvidenceKind::Other => "Other source",
        }
    }

    /// Parses the contract's spelling.
    pub fn parse(s: &str) -> Option<EvidenceKind> {
        EvidenceKind::ALL.into_iter().find(|k| k.as_str() == s)
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

/// `pages/<slug>.json`.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub slug: String,
    pub title: String,
    pub updated: Option<Date>,
    pub sections: Vec<Section>,
}

/// `index.json`.
#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    pub articles: Vec<IndexEntry>,
}

/// One article in the library.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexEntry {
    pub slug: String,
    pub question: String,
    pub summary: String,
    pub topics: Vec<String>,
    pub status: Status,
    pub updated: Date,
}

/// What the answer service sent back for a follow-up question.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// An answer, with references of its own (its `cite` numbers refer to them).
    Answer { blocks: Vec<Block>, references: Vec<Reference> },
    /// The question will be answered later.
    Queued { message: String },
}
