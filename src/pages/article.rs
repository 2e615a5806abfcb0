use crate::{SiteLoader, site_name};
use crate::components::article_view::ArticleView;
use crate::components::follow_up::FollowUp;
use crate::components::load_error_view::show_error;
use crate::components::slot::Slot;
use crate::content::extras;
use leptos::prelude::*;

/// `/articles/<slug>`: loads the article and shows it, or says why not.
#[component]
pub fn ArticlePage(
    /// The slug from the address, not yet checked.
    slug: String,
    /// `site.json`, loaded by the App.
    site: SiteLoader,
) -> impl IntoView {
    let article = crate::data::article(slug);
    // The reader's audience: set by the article view, read by the follow-up box.
    let audience = RwSignal::new(String::new());

    let slot = Slot::new();
    slot.fill_with(move |slot| {
        match (site.get(), article.get()) {
            (Some(Err(error)), _) => show_error(slot, &error, site_name(site), Box::new(move || site.reload())),
            (_, Some(Err(error))) => show_error(slot, &error, site_name(site), Box::new(move || article.reload())),
            (Some(Ok(site)), Some(Ok((article, after)))) => {
                let endpoint = site.ask.as_ref().map(|a| a.endpoint.to_string());
                let slug = article.slug.to_string();
                let example = article.example_question.as_deref().map(str::to_owned);
                // At the article's end: "Cite this answer" and related
                // answers, as publish wrote them; then "Was this helpful?"
                // when the site takes votes (thanks once this browser voted).
                let mut after = after.and_then(extras::published).unwrap_or_default();
                if let Some(f) = &site.feedback {
                    after.append(extras::feedback_box(&slug, &f.endpoint, crate::components::extras::voted(&slug)));
                }
                slot.show(move || {
                    view! {
                        <ArticleView site=site article=article selected=audience after=after />
                        <FollowUp article=slug audience=audience endpoint=endpoint example=example />
                    }
                })
            }
            _ => slot.show_html(&crate::content::chrome::article_skeleton()),
        }
    });
    view! { <div class="page page--article" node_ref=slot.host></div> }
}
