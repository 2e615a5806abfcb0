use super::audience_picker::AudiencePicker;
use super::slot::Slot;
use crate::content::html::{Renderer, id_prefix};
use crate::content::{Article, Site, audience, seo};
use crate::web::{self, markup_of};
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
    let from_address = crate::router::query("audience");
    let from_storage = web::stored(web::Store::Local, AUDIENCE_KEY);
    let initial = audience::resolve(&site, from_address.as_deref(), from_storage.as_deref()).id.to_string();
    selected.set(initial);
    web::page_ready(&seo::title(&article.question, Some(&site.name)), &article.summary);

    // Where the picker was on screen just before the reader chose, noted on
    // pointer-down or key-down (while layout is still clean, so it is free).
    let picker_top = StoredValue::new(None::<f64>);
    let note_position = move || picker_top.set_value(web::top_of("audience-picker"));
    let choose = move |id: String| {
        if selected.get_untracked() == id {
            return;
        }
        let top = picker_top.try_update_value(|t| t.take()).flatten().or_else(|| web::top_of("audience-picker"));
        crate::router::set_query(&[("audience", &id)]);
        web::store(web::Store::Local, AUDIENCE_KEY, &id);
        selected.set(id);
        if let Some(top) = top {
            web::keep_in_place("audience-picker", top);
        }
    };

    let base = web::base_path();
    let here = web::here();

    // The version on screen. Each version is rendered the first time it is
    // shown and then kept, hidden while another is shown: switching back and
    // forth only flips `hidden`, and the reader's place and focus survive.
    let shown = {
        let (site, article) = (site.clone(), article.clone());
        Memo::new(move |_| audience::choose(&article, &site, &selected.get()).map(|s| s.audience_id.to_owned()).unwrap_or_default())
    };

    let fallback_note = {
        let (site, article) = (site.clone(), article.clone());
        Memo::new(move |_| {
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

    let mut answers = Vec::new();
    let mut bodies = Vec::new();
    for (id, version) in article.versions.iter() {
        let ids = id_prefix(id);
        let is_shown = {
            let id = id.clone();
            move || shown.with(|s| *s == *id)
        };
        // Latches to true the first time this version is shown.
        let seen = Memo::new({
            let is_shown = is_shown.clone();
            move |before: Option<&bool>| before.copied().unwrap_or(false) || is_shown()
        });
        let hidden = {
            let is_shown = is_shown.clone();
            move || !is_shown()
        };
        // Rendered the first time the version is shown, then kept.
        let answer = Slot::new();
        let body = Slot::new();
        {
            let (version, base, here, ids, site, article, id) =
                (version.clone(), base.clone(), here.clone(), ids.clone(), site.clone(), article.clone(), id.clone());
            body.fill_with(move |body| {
                if !seen.get() || !answer.ready() {
                    return;
                }
                // One numbering for the short answer and then the body.
                let mut r = Renderer::new(&article.references, &here, &base, &ids);
                r.answer(&version.answer);
                answer.show_html(&r.take());
                r.body(&version.sections);
                // Every citation has been numbered by now: the back-links are known.
                if !article.references.is_empty() {
                    r.references("References");
                }
                let shown = audience::Shown { audience_id: &id, version: &version, fell_back: false };
                let reader = site.audience(&id).unwrap_or(&site.audiences[0]);
                if let Some(d) = audience::disclaimer(&site, &shown, reader) {
                    r.disclaimer(d);
                }
                body.show_html(&r.take());
            });
        }
        answers.push(view! { <div class="answer__version" hidden=hidden.clone() node_ref=answer.host></div> });
        bodies.push(view! { <div class="article__version" data-audience=id.to_string() hidden=hidden node_ref=body.host></div> });
    }

    let policy_href = site.editorial_policy.as_ref().map(|p| web::href(&format!("pages/{p}")));
    let meta = crate::content::chrome::article_meta(&site.board, &article.review, article.updated, policy_href.as_deref(), &|d| web::format_date(d, &site.locale));
    view! {
        <article class="article" aria-labelledby="article-title">
            <header class="article__header">
                <h1 id="article-title" class="article__title" tabindex="-1">{article.question.clone()}</h1>
                <div class="answer">
                    <p class="answer__label">"Short answer"</p>
                    <div>{answers}</div>
                </div>
                <div class="article__meta" use:markup_of=meta></div>
            </header>
            <AudiencePicker
                audiences=site.audiences.clone()
                selected=selected.get_untracked()
                on_choose=Box::new(choose)
                before_choose=std::rc::Rc::new(note_position)
                fallback_note=fallback_note
            />
            {bodies}
        </article>
    }
}
