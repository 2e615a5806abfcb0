use crate::SiteResource;
use crate::components::load_error_view::LoadErrorView;
use crate::content::parse_index;
use crate::web;
use leptos::prelude::*;

/// `/`: every published article, most recently updated first.
#[component]
pub fn LibraryPage() -> impl IntoView {
    let site = expect_context::<SiteResource>().0;
    let index = LocalResource::new(|| web::load("index.json".into(), parse_index));
    let list = move || match (site.get(), index.get()) {
        (_, Some(Err(error))) => view! { <LoadErrorView error=error retry=Callback::new(move |_| index.refetch()) /> }.into_any(),
        (Some(site), Some(Ok(mut index))) => {
            let locale = site.as_ref().map(|s| s.locale.clone()).unwrap_or_else(|_| "en-US".into());
            let name = site.as_ref().map(|s| s.name.clone()).unwrap_or_else(|_| "Medical answers".into());
            web::set_title(&name);
            index.articles.sort_by(|a, b| b.updated.cmp(&a.updated));
            let items = index
                .articles
                .into_iter()
                .map(|e| {
                    let status_class = format!("badge badge--{}", e.status.as_str());
                    view! {
                        <li class="card">
                            <h2 class="card__title"><a href=web::href(&format!("articles/{}", e.slug))>{e.question}</a></h2>
                            <p class="card__summary">{e.summary}</p>
                            <p class="card__meta">
                                <span class=status_class>{e.status.label()}</span>
                                " · Updated "
                                <time datetime=e.updated.to_string()>{web::format_date(e.updated, &locale)}</time>
                                " · "{e.topics.join(", ")}
                            </p>
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            view! {
                <h1 class="library__title" tabindex="-1">{name}</h1>
                <p class="library__intro">"Answers to clinical questions, written for patients, clinicians and students, and checked by doctors."</p>
                <ul class="cards">{items}</ul>
            }
            .into_any()
        }
        _ => view! { <div class="skeleton" aria-busy="true"><div class="skeleton__line skeleton__line--title"></div><div class="skeleton__block"></div><div class="skeleton__block"></div></div> }.into_any(),
    };
    view! { <div class="page library">{list}</div> }
}
