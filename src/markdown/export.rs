//! Writes content as Markdown with TOML front matter: what `publish
//! --export` gives editors for existing JSON. Compiling what this writes
//! gives back the same content (tested on the contract's examples and on
//! generated content).

use crate::content::model::{Article, Block, Disclaimer, Inline, Page, Reference, Section, Site, Span};
use crate::content::write::ToJson;
use crate::content::json::Json;

/// TOML basic string.
fn toml_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn toml_value(v: &Json) -> String {
    match v {
        Json::Str(s) => toml_str(s),
        Json::Int(n) => n.to_string(),
        Json::Array(items) => format!("[{}]", items.iter().map(toml_value).collect::<Vec<_>>().join(", ")),
        other => other.to_text(),
    }
}

/// `key = value` lines for an object's fields, skipping `skip`. Dates are
/// written bare, as TOML dates.
fn fields(out: &mut String, v: &Json, skip: &[&str]) {
    let Json::Object(entries) = v else { return };
    for (k, val) in entries.iter().filter(|(k, _)| !skip.contains(&k.as_str())) {
        let date_key = matches!(k.as_str(), "updated" | "date" | "next_review");
        let value = match val {
            Json::Str(s) if date_key && crate::content::Date::parse(s).is_ok() => s.clone(),
            other => toml_value(other),
        };
        out.push_str(&format!("{k} = {value}\n"));
    }
}

/// Short keys for references: the first author's surname and the year
/// (`finkel2017`), made unique.
pub fn reference_keys(refs: &[Reference]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for (i, r) in refs.iter().enumerate() {
        let name: String = r.authors.as_deref().unwrap_or(&r.title).chars().take_while(|c| c.is_alphanumeric()).filter(char::is_ascii_alphanumeric).collect();
        let mut key = format!("{}{}", name.to_ascii_lowercase(), r.year.map(|y| y.to_string()).unwrap_or_default());
        if !key.bytes().any(|b| b.is_ascii_alphabetic()) {
            key = format!("ref{}{key}", i + 1);
        }
        let mut unique = key.clone();
        let mut n = 2;
        while keys.contains(&unique) {
            unique = format!("{key}-{n}");
            n += 1;
        }
        keys.push(unique);
    }
    keys
}

/// An article as Markdown. Citations of numbers with no reference can't be
/// written by key: they are an error.
pub fn article(a: &Article) -> Result<String, String> {
    let json = a.to_json();
    let keys = reference_keys(&a.references);
    let mut out = String::from("+++\n");
    fields(&mut out, &json, &["format", "review", "versions", "references"]);
    out.push_str("\n[review]\n");
    let review = json.get("review").cloned().unwrap_or(Json::Null);
    fields(&mut out, &review, &["history", "reviewers"]);
    for (table, key) in [("review.history", "history"), ("review.reviewers", "reviewers")] {
        if let Some(Json::Array(items)) = review.get(key) {
            for item in items {
                out.push_str(&format!("\n[[{table}]]\n"));
                fields(&mut out, item, &[]);
            }
        }
    }
    for (id, v) in a.versions.iter() {
        if let Some(Disclaimer { title, text }) = &v.disclaimer {
            out.push_str(&format!("\n[disclaimers.{id}]\ntitle = {}\ntext = {}\n", toml_str(title), toml_str(text)));
        }
    }
    for (r, key) in a.references.iter().zip(&keys) {
        out.push_str(&format!("\n[[references]]\nkey = {}\n", toml_str(key)));
        fields(&mut out, &r.to_json(), &[]);
    }
    out.push_str("+++\n");
    let w = Writer { keys: &keys };
    for (id, v) in a.versions.iter() {
        out.push_str(&format!("\n# {id}\n\n"));
        out.push_str(&w.block_inline(&v.answer)?);
        out.push('\n');
        w.sections(&mut out, &v.sections, 2)?;
    }
    Ok(out)
}

/// The site's settings as TOML (`site.toml`).
pub fn site(s: &Site) -> String {
    let json = s.to_json();
    let mut out = String::from("# The site's settings (compiled to site.json by publish).\n");
    fields(&mut out, &json, &["format", "board", "audiences", "ask", "feedback"]);
    for (table, key) in [("board", "board"), ("ask", "ask"), ("feedback", "feedback")] {
        if let Some(v) = json.get(key) {
            out.push_str(&format!("\n[{table}]\n"));
            fields(&mut out, v, &[]);
        }
    }
    if let Some(Json::Array(audiences)) = json.get("audiences") {
        for a in audiences {
            out.push_str("\n[[audiences]]\n");
            fields(&mut out, a, &["disclaimer"]);
            if let Some(d) = a.get("disclaimer") {
                out.push_str("[audiences.disclaimer]\n");
                fields(&mut out, d, &[]);
            }
        }
    }
    out
}

/// A plain page as Markdown.
pub fn page(p: &Page) -> Result<String, String> {
    let mut out = String::from("+++\n");
    fields(&mut out, &p.to_json(), &["format", "sections"]);
    out.push_str("+++\n");
    Writer { keys: &[] }.sections(&mut out, &p.sections, 2)?;
    Ok(out)
}

struct Writer<'a> {
    keys: &'a [String],
}

impl Writer<'_> {
    fn sections(&self, out: &mut String, sections: &[Section], level: usize) -> Result<(), String> {
        for s in sections {
            out.push_str(&format!("\n{} {}\n", "#".repeat(level), escape(&s.heading, true)));
            for (b, alt) in s.blocks.iter().zip(alternate(&s.blocks)) {
                out.push('\n');
                out.push_str(&self.block(b, "", alt)?);
            }
            self.sections(out, &s.sections, level + 1)?;
        }
        Ok(())
    }

    /// A block, each line starting with `prefix` (`> ` inside notes); `alt`
    /// writes a list with the other marker, so that it does not run on from
    /// a list just before it.
    fn block(&self, b: &Block, prefix: &str, alt: bool) -> Result<String, String> {
        let (bullet, delim) = if alt { ("*", ")") } else { ("-", ".") };
        let lines = match b {
            Block::P(t) => vec![self.block_inline(t)?],
            Block::Quote(t) => vec![format!("> {}", self.block_inline(t)?)],
            Block::Ul(items) => items.iter().map(|i| Ok(format!("{bullet} {}", self.block_inline(i)?))).collect::<Result<_, String>>()?,
            Block::Ol(items) => items.iter().enumerate().map(|(n, i)| Ok(format!("{}{delim} {}", n + 1, self.block_inline(i)?))).collect::<Result<_, String>>()?,
            Block::Note(n) => {
                let marker = match n.tone.as_str() {
                    "warning" => "WARNING",
                    "danger" => "CAUTION",
                    _ => "NOTE",
                };
                let mut body = vec![format!("> [!{marker}]")];
                if let Some(t) = &n.title {
                    body.push(format!("> **{}**", escape(t, false)));
                }
                for (i, (inner, alt)) in n.blocks.iter().zip(alternate(&n.blocks)).enumerate() {
                    if i > 0 || n.title.is_some() {
                        body.push(">".into());
                    }
                    body.extend(self.block(inner, "> ", alt)?.lines().map(|l| l.trim_end().to_owned()));
                }
                body
            }
        };
        Ok(lines.iter().map(|l| format!("{prefix}{l}\n")).collect())
    }

    /// A block's inline text: it begins a line, and spaces at its ends
    /// would be dropped by Markdown.
    fn block_inline(&self, t: &Inline) -> Result<String, String> {
        self.inline(t, true)
    }

    /// Inline text on one line; `edges` when it is a whole block's text (its
    /// first piece begins a line, its end spaces need keeping).
    fn inline(&self, t: &Inline, edges: bool) -> Result<String, String> {
        let mut out = String::new();
        let last = t.len().saturating_sub(1);
        for (i, s) in t.iter().enumerate() {
            match s {
                Span::Text(text) => out.push_str(&escape_edges(text, edges && i == 0, edges && i == 0, edges && i == last)),
                Span::Strong(x) => out.push_str(&format!("**{}**", self.inline(x, false)?)),
                Span::Em(x) => out.push_str(&format!("*{}*", self.inline(x, false)?)),
                Span::Cite(nums) => {
                    // A number with no reference is written as a number, [@3].
                    let keys: Vec<String> = nums
                        .iter()
                        .map(|n| self.keys.get((*n as usize).wrapping_sub(1)).map_or_else(|| format!("@{n}"), |k| format!("@{k}")))
                        .collect();
                    out.push_str(&format!("[{}]", keys.join("; ")));
                }
                Span::Link { text, href } => {
                    let href = href.as_ref().ok_or("a link with a refused address can't be written as Markdown")?;
                    out.push_str(&format!("[{}]({})", self.inline(text, false)?, destination(href.as_str())));
                }
                Span::Term { text, def } => {
                    let def = def.replace('\\', "\\\\").replace('"', "\\\"").replace('&', "\\&").replace('\n', "&#10;");
                    out.push_str(&format!("[{}](term: \"{def}\")", self.inline(text, false)?));
                }
            }
        }
        Ok(out)
    }
}

/// For each block, whether its list marker must alternate: Markdown joins
/// two lists of the same kind that follow each other into one.
fn alternate(blocks: &[Block]) -> Vec<bool> {
    let mut out: Vec<bool> = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        let same = i > 0
            && matches!((&blocks[i - 1], b), (Block::Ul(_), Block::Ul(_)) | (Block::Ol(_), Block::Ol(_)));
        out.push(same && !out[i - 1]);
    }
    out
}

/// A link destination: plain when it is made of plain URL characters, else
/// in angle brackets.
fn destination(href: &str) -> String {
    if href.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~:/?#@!$&'*+,;=%".contains(&b)) {
        href.to_owned()
    } else {
        format!("<{}>", href.replace('\\', "\\\\").replace('<', "\\<").replace('>', "\\>"))
    }
}

/// Text that Markdown reads back as exactly this text (see [`escape_edges`]),
/// standing alone: a heading or a note's title.
pub fn escape(text: &str, line_start: bool) -> String {
    escape_edges(text, line_start, true, true)
}

/// Text that Markdown reads back as exactly this text: punctuation Markdown
/// could take as syntax is backslash-escaped; line breaks and tabs, and
/// spaces at a `first` or `last` end (which Markdown would drop), are
/// written as character references.
fn escape_edges(text: &str, line_start: bool, first: bool, last: bool) -> String {
    let mut out = String::new();
    let n = text.chars().count();
    for (i, c) in text.chars().enumerate() {
        match c {
            ' ' if (first && i == 0) || (last && i + 1 == n) => out.push_str("&#32;"),
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            '\r' => out.push_str("&#13;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '!' | '|' | '~' | '{' | '}' | '#' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '+' | '-' | '=' | '.' | ')' | ':' if line_start && starts_block(&out, c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// True when `c`, after `before` at the start of a line, could start a
/// list, a heading underline or a thematic break.
fn starts_block(before: &str, c: char) -> bool {
    match c {
        '+' | '-' | '=' => before.is_empty(),
        '.' | ')' => !before.is_empty() && before.len() <= 9 && before.bytes().all(|b| b.is_ascii_digit()),
        _ => false,
    }
}
