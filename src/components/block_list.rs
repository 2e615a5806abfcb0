use super::inline_text::{render_inline, wrap};
use super::render_cx::RenderCx;
use crate::content::Block;
use leptos::prelude::*;

/// Body blocks: paragraphs, lists, quotations and notes. A function, not a
/// component: notes nest blocks.
pub fn render_blocks(blocks: &[Block], cx: &RenderCx) -> AnyView {
    blocks.iter().map(|b| render_block(b, cx)).collect::<Vec<_>>().into_any()
}

fn items(list: &[crate::content::Inline], cx: &RenderCx) -> Vec<AnyView> {
    list.iter().map(|i| wrap("li", render_inline(i, cx))).collect()
}

fn render_block(block: &Block, cx: &RenderCx) -> AnyView {
    match block {
        Block::P(i) => wrap("p", render_inline(i, cx)),
        Block::Quote(i) => wrap("blockquote", wrap("p", render_inline(i, cx))),
        Block::Ul(list) => wrap("ul", items(list, cx).into_any()),
        Block::Ol(list) => wrap("ol", items(list, cx).into_any()),
        Block::Note { tone, title, blocks } => {
            let class = format!("note note--{}", tone.as_str());
            let label = match title {
                Some(t) => format!("{}: {t}", tone.label()),
                None => tone.label().to_owned(),
            };
            view! {
                <aside class=class aria-label=label>
                    <p class="note__title">
                        <span class="note__icon" aria-hidden="true"></span>
                        {title.clone().unwrap_or_else(|| tone.label().to_owned())}
                    </p>
                    {render_blocks(blocks, cx)}
                </aside>
            }
            .into_any()
        }
    }
}
