use super::citation::Citation;
use super::render_cx::RenderCx;
use super::term::Term;
use crate::content::{Inline, Span};
use leptos::prelude::*;

/// Inline text: strings, emphasis, links, terms and citations. Text is always
/// text. A function, not a component: spans nest, and the view type must not.
pub fn render_inline(spans: &Inline, cx: &RenderCx) -> AnyView {
    spans.iter().map(|s| render_span(s, cx)).collect::<Vec<_>>().into_any()
}

/// `<tag>` around `children`. Every plain wrapper (strong, em, p, li, h2…)
/// shares this one view type, so the wasm carries its code once.
pub fn wrap(tag: &'static str, children: AnyView) -> AnyView {
    leptos::html::custom(tag).child(children).into_any()
}

fn render_span(span: &Span, cx: &RenderCx) -> AnyView {
    match span {
        Span::Text(t) => t.clone().into_any(),
        Span::Strong(i) => wrap("strong", render_inline(i, cx)),
        Span::Em(i) => wrap("em", render_inline(i, cx)),
        Span::Cite(ns) => view! { <Citation numbers=ns.clone() cx=cx.clone() /> }.into_any(),
        Span::Term { text, def } => view! { <Term text=render_inline(text, cx) def=def.clone() id=cx.next_term_id() /> }.into_any(),
        Span::Link { text, href: Some(url), .. } => {
            let inner = render_inline(text, cx);
            if url.is_site_relative() {
                let href = format!("{}{}", cx.base, url.as_str().trim_start_matches('/'));
                view! { <a href=href>{inner}</a> }.into_any()
            } else if url.as_str().to_ascii_lowercase().starts_with("mailto:") {
                view! { <a href=url.as_str().to_owned()>{inner}</a> }.into_any()
            } else {
                view! {
                    <a href=url.as_str().to_owned() target="_blank" rel="noopener noreferrer external">
                        {inner}<span class="visually-hidden">" (opens in a new tab)"</span>
                    </a>
                }
                .into_any()
            }
        }
        // A scheme the contract does not allow: the words stay, the link goes.
        Span::Link { text, href: None, .. } => view! { <span class="link-refused">{render_inline(text, cx)}</span> }.into_any(),
    }
}
