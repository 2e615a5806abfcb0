//! `publish new <slug>`: a new article to fill in, in Markdown, with every
//! required field, one version per audience, and comments saying what goes
//! where.

use crate::content::model::Site;

/// The Markdown of a new article `slug` for `site`, dated `today`.
pub fn article(slug: &str, site: &Site, today: &str) -> String {
    let mut out = format!(
        r#"+++
# Everything between the +++ lines is settings, in TOML. Lines starting with # are comments.
slug = "{slug}"          # the file name without .md, and the article's address: /articles/{slug}
question = ""            # the question, as a reader would ask it: the page's title
summary = ""             # one or two sentences: shown on the library card and to search engines
topics = []              # for example ["neurology", "vaccines"]: the library's topic filter
updated = {today}        # the date of the last change that matters to readers (YYYY-MM-DD)
# example_question = ""  # optional: an example for the follow-up box, e.g. "how often is it given?"
# related = []           # optional: slugs of related answers, in order; without it they come from shared topics

[review]
status = "submitted"     # submitted, under_review or approved
# next_review = 2027-01-01   # optional: when the article is due to be checked again

[[review.history]]       # one block per step, oldest first
status = "submitted"
date = {today}
note = "First draft."    # optional: what changed at this step (at most 300 characters)

# [[review.reviewers]]   # shown once the article is approved
# name = "A. Reviewer"
# credentials = "MD"
# role = "Pediatric neurology"

# One block per reference; cite it in the text with [@key], e.g. [@smith2024].
[[references]]
key = "smith2024"
title = ""
# authors = "Smith A, Jones B"
# source = "N Engl J Med"
# year = 2024
# doi = "10.1056/..."
# pmid = "12345678"
# url = "https://..."
# kind = "trial"         # guideline, systematic_review, trial, observational, review, label or other
+++
"#
    );
    for a in &site.audiences {
        out.push_str(&format!(
            r#"
# {id}

The short answer for {label}: one paragraph, the bottom line first.[@smith2024]

## A section heading

A paragraph. **Bold**, *italic*, [a link](https://example.org), a [term](term: "what the term means, shown when a reader taps it").

- A bulleted list item
- Another item

> [!WARNING]
> **An optional title**
>
> A boxed note: [!NOTE] for information, [!WARNING] for caution, [!CAUTION] for danger.
"#,
            id = a.id,
            label = a.label.to_lowercase()
        ));
    }
    out
}
