use crate::content::Reference;
use crate::content::cite::{backlink_label, cite_id, ref_id};
use leptos::prelude::*;

/// The numbered references, each with links out and back-links to every
/// place it is cited in the version being read.
#[component]
pub fn ReferenceList(
    /// The article's references, in order.
    refs: Vec<Reference>,
    /// How often each reference is cited in the version shown.
    counts: Vec<usize>,
    /// The page's path and query, for in-page links.
    here: String,
    /// Put in front of ids, for a second list on the same page.
    #[prop(optional, into)]
    id_prefix: String,
    /// The list's heading.
    #[prop(default = "References")]
    heading: &'static str,
) -> impl IntoView {
    let entries = refs
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let n = i as u32 + 1;
            let count = counts.get(i).copied().unwrap_or(0);
            let back = (count > 0).then(|| {
                let links = (0..count)
                    .map(|k| {
                        let label = if count == 1 { "^".to_owned() } else { backlink_label(k) };
                        let aria = format!("Back to citation {}{}", n, if count == 1 { String::new() } else { backlink_label(k) });
                        // An in-page link: the router keeps it in the page even
                        // after the query has changed (see `web::follow_link`).
                        let href = format!("{here}#{id_prefix}{}", cite_id(n, k));
                        view! {
                            <a class="refs__back" href=href target="_self" aria-label=aria>
                                {label}
                            </a>
                        }
                    })
                    .collect::<Vec<_>>();
                view! { <span class="refs__backs">{(count > 1).then_some("^ ")}{links}" "</span> }
            });
            let kind = r.kind.map(|k| view! { <span class=format!("badge badge--{}", k.as_str())>{k.label()}</span> });
            let doi = r.doi_url().map(|u| {
                let label = format!("doi:{}", r.doi.clone().unwrap_or_default());
                view! { <a href=u target="_blank" rel="noopener noreferrer external">{label}</a> }
            });
            let pubmed = r.pubmed_url().map(|u| view! { <a href=u target="_blank" rel="noopener noreferrer external">"PubMed"</a> });
            let web = r.url.as_ref().map(|u| {
                view! { <a href=u.as_str().to_owned() target="_blank" rel="noopener noreferrer external">"Source"</a> }
            });
            let authors = r.authors.as_deref().map(|a| {
                let a = format!("{}. ", a.trim_end_matches('.'));
                view! { <span class="refs__authors">{a}</span> }
            });
            let title = format!("{}.", r.title.trim_end_matches('.'));
            let source = match (r.source.clone(), r.year) {
                (Some(s), Some(y)) => Some(format!(" {s}, {y}.")),
                (Some(s), None) => Some(format!(" {s}.")),
                (None, Some(y)) => Some(format!(" {y}.")),
                (None, None) => None,
            };
            view! {
                <li id=format!("{id_prefix}{}", ref_id(n)) tabindex="-1">
                    {back}
                    {authors}
                    <cite class="refs__title">{title}</cite>
                    {source}
                    " "
                    {kind}
                    <span class="refs__links">{doi}{pubmed}{web}</span>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <section class="refs" aria-labelledby=format!("{id_prefix}references-heading")>
            <h2 id=format!("{id_prefix}references-heading")>{heading}</h2>
            <ol class="refs__list">{entries}</ol>
        </section>
    }
}
