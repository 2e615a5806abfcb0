use super::block_list::render_blocks;
use super::inline_text::wrap;
use super::render_cx::RenderCx;
use crate::content::Section;
use leptos::prelude::*;

/// A section with its heading (`h2`, nested `h3`, …) and subsections. A
/// function, not a component: sections nest.
pub fn render_section(section: &Section, level: u8, cx: &RenderCx) -> AnyView {
    let tag = match level {
        0..=2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };
    let h = wrap(tag, section.heading.clone().into_any());
    let body = render_blocks(&section.blocks, cx);
    let subs = section.sections.iter().map(|s| render_section(s, level.saturating_add(1), cx)).collect::<Vec<_>>();
    view! { <section class="section">{h}{body}{subs}</section> }.into_any()
}
