use super::article_dates::ArticleDates;
use super::audience_picker::AudiencePicker;
use super::disclaimer_box::DisclaimerBox;
use super::inline_text::render_inline;
use super::reference_list::ReferenceList;
use super::render_cx::RenderCx;
use super::review_caution::ReviewCaution;
use super::review_stepper::ReviewStepper;
use super::section_view::render_section;
use super::trust_line::TrustLine;
use crate::content::{Article, Site, Status, audience, cite, seo};
use crate::query::{get_param, set_param};
use crate::web;
use leptos::prelude::*;
use std::sync::Arc;

/// Where the reader's audience is remembered.
const AUDIENCE_KEY: &str = "audience";

/// A loaded article in the reader's audience, which they can change in place.
#[component]
pub fn ArticleView(
    /// The site (audiences, board, locale).
    site: Arc<Site>,
    /// The article.
    article: Arc<Article>,
    /// The reader's audience id; set here from the address, storage or the
    /// site's default, and changed by the picker.
    selected: RwSignal<String>,
) -> impl IntoView {
    let from_address = get_param(&web::search(), "audience");
    let from_storage = web::stored(web::Store::Local, AUDIENCE_KEY);
    let initial = audience::resolve(&site, from_address.as_deref(), from_storage.as_deref()).id.clone();
    selected.set(initial);
    {
        let (site, article) = (site.clone(), article.clone());
        Effect::new(move || {
            let wanted = selected.get();
            let label = site.audience(&wanted).map_or(wanted.clone(), |a| a.label.clone());
            let canonical = format!("{}{}", web::origin(), web::pathname());
            web::page_ready(&seo::article_meta(&article, &site, &canonical, &label));
        });
    }

    let choose = Callback::new(move |id: String| {
        if selected.get_untracked() == id {
            return;
        }
        let top = web::top_of("audience-picker");
        web::replace_search(&set_param(&web::search(), "audience", &id));
        web::store(web::Store::Local, AUDIENCE_KEY, &id);
        selected.set(id);
        if let Some(top) = top {
            web::keep_in_place("audience-picker", top);
        }
    });

    let refs = Arc::new(article.references.clone());
    let base = web::base_path();
    let here = move || format!("{}{}", web::pathname(), web::search());

    let fallback_note = {
        let (site, article) = (site.clone(), article.clone());
        Signal::derive(move || {
            let wanted = selected.get();
            let shown = audience::choose(&article, &site, &wanted)?;
            shown.fell_back.then(|| {
                let label = |id: &str| site.audience(id).map_or_else(|| id.to_owned(), |a| a.label.clone());
                format!(
                    "This article has no version for “{}” yet, so you are reading the version for “{}”.",
                    label(&wanted),
                    label(shown.audience_id)
                )
            })
        })
    };

    let answer = {
        let (site, article, refs, base) = (site.clone(), article.clone(), refs.clone(), base.clone());
        move || {
            let wanted = selected.get();
            audience::choose(&article, &site, &wanted).map(|shown| {
                let cx = RenderCx::new(refs.clone(), here(), base.clone(), "answer-");
                render_inline(&shown.version.answer, &cx)
            })
        }
    };

    let body = {
        let (site, article) = (site.clone(), article.clone());
        move || {
            let wanted = selected.get();
            let reader = site.audience(&wanted).unwrap_or(&site.audiences[0]);
            let shown = audience::choose(&article, &site, &wanted)?;
            let cx = RenderCx::new(refs.clone(), here(), base.clone(), "").skip(&shown.version.answer);
            let sections = shown.version.sections.iter().map(|s| render_section(s, 2, &cx)).collect::<Vec<_>>();
            let counts = cite::occurrences(shown.version, article.references.len());
            let references = (!article.references.is_empty())
                .then(|| view! { <ReferenceList refs=article.references.clone() counts=counts here=here() /> });
            let disclaimer = audience::disclaimer(&site, &shown, reader).cloned().map(|d| view! { <DisclaimerBox disclaimer=d /> });
            Some(view! {
                <div class="article__body">{sections}</div>
                {references}
                {disclaimer}
            })
        }
    };

    let policy_href = site.editorial_policy.as_ref().map(|p| web::href(&format!("pages/{p}")));
    let pending = article.review.status != Status::Approved;
    view! {
        <article class="article" aria-labelledby="article-title">
            <header class="article__header">
                <h1 id="article-title" class="article__title" tabindex="-1">{article.question.clone()}</h1>
                <div class="answer">
                    <p class="answer__label">"Short answer"</p>
                    <p class="answer__text">{answer}</p>
                </div>
                <TrustLine board=site.board.clone() />
                {pending.then(|| view! { <ReviewCaution /> })}
                <ReviewStepper review=article.review.clone() locale=site.locale.clone() />
                <ArticleDates
                    updated=article.updated
                    next_review=article.review.next_review
                    locale=site.locale.clone()
                    policy_href=policy_href
                />
            </header>
            <AudiencePicker
                audiences=site.audiences.clone()
                selected=selected.into()
                on_choose=choose
                fallback_note=fallback_note
            />
            {body}
        </article>
    }
}
