use super::block_list::render_blocks;
use super::render_cx::RenderCx;
use crate::content::Section;
use leptos::prelude::*;

/// A section with its heading (`h2`, nested `h3`, …) and subsections. A
/// function, not a component: sections nest.
pub fn render_section(section: &Section, level: u8, cx: &RenderCx) -> AnyView {
    let heading = section.heading.clone();
    let h = match level {
        0..=2 => view! { <h2>{heading}</h2> }.into_any(),
        3 => view! { <h3>{heading}</h3> }.into_any(),
        4 => view! { <h4>{heading}</h4> }.into_any(),
        5 => view! { <h5>{heading}</h5> }.into_any(),
        _ => view! { <h6>{heading}</h6> }.into_any(),
    };
    let body = render_blocks(&section.blocks, cx);
    let subs = section.sections.iter().map(|s| render_section(s, level.saturating_add(1), cx)).collect::<Vec<_>>();
    view! { <section class="section">{h}{body}{subs}</section> }.into_any()
}
