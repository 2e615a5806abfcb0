//! Placeholders shown while content loads (plain markup, replaced whole).

/// Grey placeholders the size of an article, so nothing jumps when it
/// arrives. Plain markup: it never changes, and is replaced whole.
pub const ARTICLE_SKELETON: &str = concat!(
    r#"<div class="skeleton" aria-busy="true" aria-label="Loading the article">"#,
    r#"<span class="visually-hidden" role="status">Loading…</span>"#,
    r#"<div class="skeleton__line skeleton__line--title"></div>"#,
    r#"<div class="skeleton__block skeleton__block--answer"></div>"#,
    r#"<div class="skeleton__line"></div>"#,
    r#"<div class="skeleton__block skeleton__block--steps"></div>"#,
    r#"<div class="skeleton__line skeleton__line--short"></div>"#,
    r#"<div class="skeleton__block skeleton__block--picker"></div>"#,
    r#"<div class="skeleton__line"></div>"#,
    r#"<div class="skeleton__line"></div>"#,
    r#"<div class="skeleton__line skeleton__line--short"></div>"#,
    "</div>"
);

/// The library's placeholder while its index loads.
pub const LIBRARY_SKELETON: &str = concat!(
    r#"<div class="skeleton" aria-busy="true">"#,
    r#"<span class="visually-hidden" role="status">Loading…</span>"#,
    r#"<div class="skeleton__line skeleton__line--title"></div>"#,
    r#"<div class="skeleton__block"></div>"#,
    r#"<div class="skeleton__block"></div>"#,
    "</div>"
);
