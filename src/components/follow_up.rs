use super::slot::Slot;
use crate::content::search::Library;
use crate::content::{IndexEntry, Reply, html, parse_index};
use crate::web::{self, AskError, Deadline, Store};
use leptos::ev::SubmitEvent;
use crate::loader::Loader;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Longest follow-up question accepted.
pub const MAX_QUESTION: usize = 1000;

/// How many related articles to suggest.
const SUGGESTIONS: usize = 5;

/// The library, prepared for ranking.
struct Related {
    library: Library,
    entries: Vec<IndexEntry>,
}

/// Where the follow-up box is.
#[derive(Clone)]
enum Phase {
    Idle,
    /// The reader pressed Ask with nothing typed.
    Empty,
    Sending,
    Answered { question: String, reply: Arc<Reply> },
    Failed(AskError),
    /// No answer service: nothing was sent; library matches for this question.
    NoService { question: String },
}

/// "Have a follow-up question?": related articles as the reader types; on
/// Ask, the site's answer service when it has one, else the library. The
/// draft is kept per article for this tab only, until an answer arrives.
#[component]
pub fn FollowUp(
    /// The article being read (its slug).
    article: String,
    /// The reader's audience id, sent with the question.
    audience: Signal<String>,
    /// The answer service, when the site has one.
    endpoint: Option<String>,
) -> impl IntoView {
    let key = format!("followup-draft:{article}");
    let draft = RwSignal::new(web::stored(Store::Session, &key).unwrap_or_default());
    let phase = RwSignal::new(Phase::Idle);
    let deadline = StoredValue::new_local(None::<Deadline>);

    // The library index is fetched once, the first time the reader uses the box.
    let related = Loader::idle(|| async {
        let index = web::load("index.json".into(), parse_index).await.ok()?;
        Some(Arc::new(Related { library: Library::new(&index.articles), entries: index.articles }))
    });
    let matches = {
        let article = article.clone();
        move |q: &str| -> Vec<IndexEntry> {
            match related.get() {
                Some(Some(r)) => r.library.rank(q, Some(&article), SUGGESTIONS).into_iter().map(|i| r.entries[i].clone()).collect(),
                _ => Vec::new(),
            }
        }
    };

    let on_input = {
        let key = key.clone();
        move |ev| {
            let text = event_target_value(&ev);
            web::store(Store::Session, &key, &text);
            draft.set(text);
            related.start_once();
        }
    };

    let send = {
        let (key, article, endpoint) = (key.clone(), article.clone(), endpoint.clone());
        move || {
            let question = draft.get_untracked().trim().to_owned();
            if question.is_empty() {
                phase.set(Phase::Empty);
                return;
            }
            if matches!(phase.get_untracked(), Phase::Sending) {
                return;
            }
            related.start_once();
            let Some(endpoint) = endpoint.clone() else {
                phase.set(Phase::NoService { question });
                return;
            };
            phase.set(Phase::Sending);
            let d = Deadline::new(web::ASK_TIMEOUT_MS);
            deadline.set_value(Some(d.clone()));
            let (key, article, audience) = (key.clone(), article.clone(), audience.get_untracked());
            spawn_local(async move {
                let result = web::ask(&endpoint, &question, &article, &audience, &d).await;
                deadline.set_value(None);
                match result {
                    Ok(reply) => {
                        web::forget(Store::Session, &key);
                        draft.set(String::new());
                        phase.set(Phase::Answered { question, reply: Arc::new(reply) });
                    }
                    Err(e) => phase.set(Phase::Failed(e)),
                }
            });
        }
    };
    let send_submit = send.clone();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        send_submit();
    };
    let sending = move || matches!(phase.get(), Phase::Sending);
    let count = move || draft.with(|d| d.chars().count());

    // Related articles as the reader types, replaced whole each time.
    let suggestions = Slot::new();
    {
        let matches = matches.clone();
        suggestions.fill_with(move |slot| {
            let picks = draft.with(|q| matches(q));
            if picks.is_empty() {
                slot.show(|| ());
                return;
            }
            let items = article_links(picks);
            slot.show(|| {
                view! {
                    <div class="followup__related">
                        <p class="followup__related-title" id="followup-related">"Articles that may already answer this"</p>
                        <ul aria-labelledby="followup-related">{items}</ul>
                    </div>
                }
            });
        });
    }

    // What the last Ask led to, replaced whole when that changes.
    let status = Slot::new();
    {
        let send = send.clone();
        status.fill_with(move |status| {
            match phase.get() {
                Phase::Idle | Phase::Sending => status.show(|| ()),
                Phase::Empty => status.show(|| view! { <p class="followup__note">"Type your question first, then press Ask."</p> }),
                Phase::Failed(e) => {
                    let send = send.clone();
                    status.show(move || {
                        view! {
                            <div class="followup__problem">
                                <p>{e.to_string()}</p>
                                <button type="button" class="button" on:click=move |_| send()>"Try again"</button>
                            </div>
                        }
                    })
                }
                Phase::NoService { question } => {
                    let picks = matches(&question);
                    let list = if picks.is_empty() {
                        view! { <p>"We found no articles in our library that match your question. Try different words, or browse the library."</p> }.into_any()
                    } else {
                        let items = article_links(picks);
                        view! { <p>"These articles from our library may help:"</p><ul>{items}</ul> }.into_any()
                    };
                    status.show(move || {
                        view! {
                            <div class="followup__noservice">
                                <p><strong>"This site has no answer service, so your question was not sent anywhere."</strong></p>
                                {list}
                            </div>
                        }
                    })
                }
                Phase::Answered { question, reply } => {
                    let here = format!("{}{}", web::pathname(), web::search());
                    status.show_html(&html::reply(&question, &reply, &here, &web::base_path()));
                }
            }
        });
    }

    view! {
        <section class="followup" aria-labelledby="followup-heading">
            <h2 id="followup-heading" class="followup__title">"Have a follow-up question?"</h2>
            <p class="followup__intro">"Ask about anything in this article that is still unclear to you."</p>
            <form class="followup__form" on:submit=submit novalidate>
                <label class="followup__label" for="followup-question">"Your follow-up question"</label>
                <textarea
                    id="followup-question"
                    class="followup__input"
                    rows="3"
                    maxlength=MAX_QUESTION.to_string()
                    aria-describedby="followup-count"
                    placeholder="For example: how often are the injections given?"
                    prop:value=move || draft.get()
                    on:input=on_input
                    on:focus=move |_| {
                        related.start_once();
                    }
                ></textarea>
                <div class="followup__row">
                    <span id="followup-count" class="followup__count">
                        {move || format!("{} of {MAX_QUESTION} characters", count())}
                    </span>
                    <span class="followup__buttons">
                        <Show when=sending>
                            <button type="button" class="button button--quiet" on:click=move |_| {
                                deadline.with_value(|d| {
                                    if let Some(d) = d {
                                        d.cancel();
                                    }
                                });
                            }>"Cancel"</button>
                        </Show>
                        <button type="submit" class="button" aria-disabled=move || sending().to_string() disabled=sending>
                            {move || if sending() { "Asking…" } else { "Ask" }}
                        </button>
                    </span>
                </div>
                <div node_ref=suggestions.host></div>
                <div class="followup__live" aria-live="polite">
                    <Show when=sending>
                        <p class="followup__progress"><span class="spinner" aria-hidden="true"></span>"Sending your question…"</p>
                    </Show>
                    <div node_ref=status.host></div>
                </div>
            </form>
        </section>
    }
}

/// List items linking to library articles.
fn article_links(picks: Vec<IndexEntry>) -> Vec<impl IntoView> {
    picks.into_iter().map(|e| view! { <li><a href=web::href(&format!("articles/{}", e.slug))>{e.question}</a></li> }).collect()
}
