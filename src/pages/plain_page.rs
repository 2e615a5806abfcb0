use crate::{SiteLoader, site_name};
use crate::components::load_error_view::show_error;
use crate::components::slot::Slot;
use crate::content::html::Renderer;
use crate::content::seo;
use crate::web::{self, markup_of};
use leptos::prelude::*;

/// `/pages/<slug>`: a plain page such as the editorial policy.
#[component]
pub fn PlainPage(
    /// The slug from the address, not yet checked.
    slug: String,
    /// `site.json`, loaded by the App.
    site: SiteLoader,
) -> impl IntoView {
    let page = crate::data::page(slug);
    let slot = Slot::new();
    slot.fill_with(move |slot| {
        match (site.get(), page.get()) {
            (_, Some(Err(error))) => show_error(slot, &error, site_name(site), Box::new(move || page.reload())),
            (Some(site), Some(Ok(page))) => slot.show(move || {
                let locale = site.as_ref().map(|s| s.locale.clone()).unwrap_or_else(|_| crate::content::DEFAULT_LOCALE.into());
                let name = site.as_ref().map(|s| s.name.clone()).unwrap_or_default();
                let description = seo::first_paragraph(&page.sections).unwrap_or_else(|| page.title.clone());
                web::page_ready(&seo::title(&page.title, Some(&name)), &description);
                let (here, base) = (web::here(), web::base_path());
                let mut body = Renderer::new(&[], &here, &base, "");
                body.sections(&page.sections);
                let body = body.take();
                let dates = crate::content::chrome::dates(page.updated, None, None, &|d| web::format_date(d, &locale));
                view! {
                    <article class="article plain" aria-labelledby="page-title">
                        <h1 id="page-title" class="article__title" tabindex="-1">{page.title.clone()}</h1>
                        <div class="dates" use:markup_of=dates></div>
                        <div class="article__body" use:markup_of=body></div>
                    </article>
                }
            }),
            _ => slot.show_html(&crate::content::chrome::article_skeleton()),
        }
    });
    view! { <div class="page" node_ref=slot.host></div> }
}
