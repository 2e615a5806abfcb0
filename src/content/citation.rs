//! "Cite this answer": the article as a reference, in three styles and two
//! reference-manager formats. Each names the site as the author (a group
//! author) and the publisher, the question as the title, the updated date,
//! the address with the audience shown, and the date the reader accessed it.
//!
//! Publish writes the citations with tokens in place of the day and the
//! address, which only the reader's browser knows ([`Accessed::TOKENS`],
//! `content::extras`); `content::extras::fill_citations` puts them in.

use super::date::Date;

/// The day the reader accessed the article, in parts, from which each
/// style writes it: a real day, or the tokens publish writes in its place
/// (see [`Accessed::tokens`]).
pub struct Accessed {
    /// "2026".
    pub year: String,
    /// "11": the month, two digits.
    pub month: String,
    /// "November".
    pub month_name: String,
    /// "Nov".
    pub month_abbr: String,
    /// "27".
    pub day: String,
    /// "27" or "07": the day, two digits.
    pub day2: String,
}

impl Accessed {
    /// Each part's token, in field order; tokens pass percent-encoding
    /// unchanged, so a `data:` address carries them as they are.
    pub const TOKENS: [&'static str; 6] = ["~~Y~~", "~~MM~~", "~~MONTH~~", "~~MON~~", "~~D~~", "~~DD~~"];

    /// The day `d`.
    pub fn of(d: Date) -> Accessed {
        let two = |n: u8| if n < 10 { format!("0{n}") } else { n.to_string() };
        let name = d.month_name();
        Accessed { year: d.year.to_string(), month: two(d.month), month_name: name.to_owned(), month_abbr: name[..3].to_owned(), day: d.day.to_string(), day2: two(d.day) }
    }

    /// The tokens publish writes for each part.
    pub fn tokens() -> Accessed {
        let [year, month, month_name, month_abbr, day, day2] = Self::TOKENS.map(str::to_owned);
        Accessed { year, month, month_name, month_abbr, day, day2 }
    }

    /// The parts, in the order of [`Accessed::TOKENS`].
    pub fn parts(self) -> [String; 6] {
        [self.year, self.month, self.month_name, self.month_abbr, self.day, self.day2]
    }

    /// "November 27, 2026" (AMA, APA).
    fn long(&self) -> String {
        format!("{} {}, {}", self.month_name, self.day, self.year)
    }

    /// "2026 Nov 27" (Vancouver).
    fn nlm(&self) -> String {
        format!("{} {} {}", self.year, self.month_abbr, self.day)
    }

    /// "2026/11/27" (RIS).
    fn ymd(&self) -> String {
        format!("{}/{}/{}", self.year, self.month, self.day2)
    }

    /// "2026-11-27" (BibTeX).
    fn iso(&self) -> String {
        format!("{}-{}-{}", self.year, self.month, self.day2)
    }
}

/// "2025 Nov 19", as NLM writes dates.
fn nlm(d: Date) -> String {
    format!("{} {} {}", d.year, &d.month_name()[..3], d.day)
}

/// "2025/11/19", as RIS writes dates.
fn ymd(d: Date) -> String {
    format!("{:04}/{:02}/{:02}", d.year, d.month, d.day)
}

/// What a citation of one article needs.
pub struct Cited<'a> {
    /// The site's name: the group author and the publisher.
    pub site: &'a str,
    /// The question: the title.
    pub question: &'a str,
    pub slug: &'a str,
    pub updated: Date,
    /// The address, with `?audience=` for the version shown.
    pub url: &'a str,
    /// The day the reader looked at it (theirs, not publish's).
    pub accessed: &'a Accessed,
}

/// `text` with a full stop, unless it already ends in one, `?` or `!`.
fn sentence(text: &str) -> String {
    if text.ends_with(['.', '?', '!']) { text.to_owned() } else { format!("{text}.") }
}

/// AMA Manual of Style, 11th edition, 3.15.1 (websites): author; title of
/// the item; name of the website; "Updated" date; "Accessed" date; URL.
/// The site is both the group author and the website, as in AMA's own
/// examples for organizations.
pub fn ama(c: &Cited) -> String {
    format!(
        "{} {} {} Updated {}. Accessed {}. {}",
        sentence(c.site),
        sentence(c.question),
        sentence(c.site),
        c.updated.long_en("en-US"),
        c.accessed.long(),
        c.url
    )
}

/// NLM's Citing Medicine (the Vancouver style), 2nd edition, chapter 25B
/// (part of a homepage): homepage title and "[Internet]"; place (unknown
/// here) and publisher; the part's title; "[updated …; cited …]"; "Available
/// from:". Dates as "2025 Nov 19".
pub fn vancouver(c: &Cited) -> String {
    format!(
        "{} [Internet]. [place unknown]: {}; {}. {} [updated {}; cited {}]. Available from: {}",
        c.site.trim_end_matches('.'),
        c.site.trim_end_matches('.'),
        c.updated.year,
        sentence(c.question),
        nlm(c.updated),
        c.accessed.nlm(),
        c.url
    )
}

/// APA 7th edition, 10.16 (webpage on a website): group author; date in
/// parentheses; title (in italics where shown); the site name is left out
/// when it is the author; "Retrieved" date for content that changes.
/// Returns the parts before the title, the title, and the parts after it.
pub fn apa(c: &Cited) -> (String, String, String) {
    let d = c.updated;
    (
        format!("{} ({}, {} {}). ", sentence(c.site), d.year, d.month_name(), d.day),
        sentence(c.question),
        format!(" Retrieved {}, from {}", c.accessed.long(), c.url),
    )
}

/// A RIS record (Research Information Systems tagged format, as read by
/// EndNote, Zotero and Mendeley): type ELEC (web page).
pub fn ris(c: &Cited) -> String {
    let one_line = |s: &str| s.replace(['\r', '\n'], " ");
    format!(
        "TY  - ELEC\r\nAU  - {}\r\nTI  - {}\r\nT2  - {}\r\nPB  - {}\r\nPY  - {}\r\nDA  - {}\r\nY2  - {}\r\nUR  - {}\r\nER  - \r\n",
        one_line(c.site),
        one_line(c.question),
        one_line(c.site),
        one_line(c.site),
        c.updated.year,
        ymd(c.updated),
        c.accessed.ymd(),
        c.url
    )
}

/// A BibTeX entry (`@misc`, which every BibTeX style reads; biblatex reads
/// `url` and `urldate`). The author is braced so it stays one name.
pub fn bibtex(c: &Cited) -> String {
    let esc = |s: &str| {
        let mut out = String::new();
        for ch in s.chars() {
            match ch {
                '\\' => out.push_str("\\textbackslash{}"),
                '{' | '}' | '&' | '%' | '$' | '#' | '_' => {
                    out.push('\\');
                    out.push(ch);
                }
                '~' => out.push_str("\\textasciitilde{}"),
                '^' => out.push_str("\\textasciicircum{}"),
                c => out.push(c),
            }
        }
        out
    };
    format!(
        "@misc{{{}-{},\n  author = {{{{{}}}}},\n  title = {{{{{}}}}},\n  year = {{{}}},\n  publisher = {{{}}},\n  url = {{{}}},\n  urldate = {{{}}},\n  note = {{Updated {}; accessed {}}}\n}}\n",
        c.slug,
        c.updated.year,
        esc(c.site),
        esc(c.question),
        c.updated.year,
        esc(c.site),
        c.url,
        c.accessed.iso(),
        c.updated,
        c.accessed.iso()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cited() -> Cited<'static> {
        Cited {
            site: "Clear Answers in Medicine",
            question: "Is Spinraza (nusinersen) considered a gene therapy?",
            slug: "spinraza-gene-therapy",
            updated: Date::parse("2025-11-19").unwrap(),
            url: "https://example.org/articles/spinraza-gene-therapy?audience=clinician",
            accessed: Box::leak(Box::new(Accessed::of(Date::parse("2026-11-27").unwrap()))),
        }
    }

    #[test]
    fn each_style() {
        let c = cited();
        assert_eq!(ama(&c), "Clear Answers in Medicine. Is Spinraza (nusinersen) considered a gene therapy? Clear Answers in Medicine. Updated November 19, 2025. Accessed November 27, 2026. https://example.org/articles/spinraza-gene-therapy?audience=clinician");
        assert_eq!(vancouver(&c), "Clear Answers in Medicine [Internet]. [place unknown]: Clear Answers in Medicine; 2025. Is Spinraza (nusinersen) considered a gene therapy? [updated 2025 Nov 19; cited 2026 Nov 27]. Available from: https://example.org/articles/spinraza-gene-therapy?audience=clinician");
        let (before, title, after) = apa(&c);
        assert_eq!(format!("{before}{title}{after}"), "Clear Answers in Medicine. (2025, November 19). Is Spinraza (nusinersen) considered a gene therapy? Retrieved November 27, 2026, from https://example.org/articles/spinraza-gene-therapy?audience=clinician");
        assert!(ris(&c).starts_with("TY  - ELEC\r\nAU  - Clear Answers in Medicine\r\nTI  - Is Spinraza"));
        assert!(ris(&c).contains("DA  - 2025/11/19\r\nY2  - 2026/11/27\r\nUR  - https://example.org/"));
        assert!(ris(&c).ends_with("ER  - \r\n"));
        let b = bibtex(&c);
        assert!(b.starts_with("@misc{spinraza-gene-therapy-2025,\n  author = {{Clear Answers in Medicine}},"), "{b}");
        assert!(b.contains("urldate = {2026-11-27}"));
        let odd = Cited { site: "A & B_{c}", question: "50% of cases?", ..cited() };
        assert!(bibtex(&odd).contains("author = {{A \\& B\\_\\{c\\}}}"), "{}", bibtex(&odd));
        assert!(bibtex(&odd).contains("title = {{50\\% of cases?}}"));
    }
}
