use super::render_cx::RenderCx;
use leptos::prelude::*;

/// Citation numbers: each a link to its reference, with a preview of the
/// reference on hover, keyboard focus, or a first tap on touch screens
/// (behaviour in `tips`).
#[component]
pub fn Citation(
    /// 1-based reference numbers, as written.
    numbers: Vec<u32>,
    /// Numbering and references for this version.
    cx: RenderCx,
) -> impl IntoView {
    let last = numbers.len().saturating_sub(1);
    let items = numbers
        .into_iter()
        .enumerate()
        .map(|(i, n)| {
            let sep = (i < last).then_some(", ");
            let one = match (cx.next_cite_id(n), cx.refs.get((n as usize).wrapping_sub(1))) {
                (Some(id), Some(reference)) => {
                    let preview = reference.one_line();
                    view! { <CiteLink n=n id=id href=cx.anchor(&cx.ref_id(n)) preview=preview /> }.into_any()
                }
                _ => view! {
                    <span class="cite__missing" title="This reference is missing">
                        {n.to_string()}"?"
                        <span class="visually-hidden">" (reference "{n.to_string()}" is missing)"</span>
                    </span>
                }
                .into_any(),
            };
            view! { {one}{sep} }
        })
        .collect::<Vec<_>>();
    view! { <sup class="cite">"["{items}"]"</sup> }
}

/// One citation link and its preview.
#[component]
fn CiteLink(
    /// The reference number.
    n: u32,
    /// This citation's own id, for back-links from the reference.
    id: String,
    /// Where the reference is on this page.
    href: String,
    /// The reference in one line.
    preview: String,
) -> impl IntoView {
    let preview_id = format!("{id}-preview");
    view! {
        <span class="tip">
            <a
                id=id
                href=href
                target="_self"
                class="cite__link"
                aria-label=format!("Reference {n}")
                aria-describedby=preview_id.clone()
            >
                {n.to_string()}
            </a>
            <span role="tooltip" id=preview_id class="tip__box">
                {preview}
            </span>
        </span>
    }
}
