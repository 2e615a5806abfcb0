use super::slot::Slot;
use crate::content::pieces::Ask;
use crate::content::{IndexEntry, Reply, chrome, html};
use crate::web::{self, AskError, Deadline, Store};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

use crate::content::question::{self, MAX_QUESTION};

/// How many related articles to suggest.
const SUGGESTIONS: usize = 5;

/// Where the follow-up box is.
#[derive(Clone)]
enum Phase {
    Idle,
    /// The reader pressed Ask with nothing typed, or too much: why not sent.
    Refused(String),
    Sending,
    Answered { question: String, reply: Arc<Reply> },
    Failed(AskError),
    /// No answer service: nothing was sent; library matches for this question.
    NoService,
}

/// "Have a follow-up question?": related articles as the reader types; on
/// Ask, the site's answer service when it has one, else the library. The
/// draft is kept per article for this tab only, until an answer arrives.
#[component]
pub fn FollowUp(
    /// The article being read (its slug).
    article: String,
    /// The reader's audience id, sent with the question.
    audience: RwSignal<String>,
    /// The answer service, when the site has one.
    endpoint: Option<String>,
    /// An example question for this article, shown as the box's placeholder.
    example: Option<String>,
) -> impl IntoView {
    let key = format!("followup-draft:{article}");
    let draft = RwSignal::new(web::stored(Store::Session, &key).unwrap_or_default());
    let phase = RwSignal::new(Phase::Idle);
    let deadline = StoredValue::new_local(None::<Deadline>);

    // Articles that may already answer the draft, from the library's pieces
    // (`data::find`: nothing is fetched while the draft is empty); the latest
    // draft's answer wins. (Suggestions are a help: a failure shows none.)
    let picks = RwSignal::new(Vec::<IndexEntry>::new());
    let latest = StoredValue::new(0u32);
    {
        let article = article.clone();
        Effect::new(move || {
            let question = draft.with(|d| question::within_limit(d).to_owned());
            let ask = Ask::Suggest { question, exclude: article.clone(), limit: SUGGESTIONS };
            let Some(this) = latest.try_update_value(|n| {
                *n = n.wrapping_add(1);
                *n
            }) else {
                return;
            };
            spawn_local(async move {
                let found = crate::data::find(ask).await.map(|f| f.cards).unwrap_or_default();
                if latest.try_get_value() == Some(this) {
                    let _ = picks.try_set(found);
                }
            });
        });
    }

    let on_input = {
        let key = key.clone();
        move |ev| {
            let text = event_target_value(&ev);
            web::store(Store::Session, &key, &text);
            draft.set(text);
        }
    };

    let send = {
        let (key, article, endpoint) = (key.clone(), article.clone(), endpoint.clone());
        std::rc::Rc::new(move || {
            let question = draft.get_untracked().trim().to_owned();
            if let Some(why) = question::refusal(&question) {
                phase.set(Phase::Refused(why));
                return;
            }
            if matches!(phase.get_untracked(), Phase::Sending) {
                return;
            }
            let Some(endpoint) = endpoint.clone() else {
                phase.set(Phase::NoService);
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
        })
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
    suggestions.fill_with(move |slot| {
        picks.with(|p| slot.show_html(&chrome::suggestions(p, &web::base_path())));
    });

    // What the last Ask led to, replaced whole when that changes. Its "Try
    // again" button is handled by the one listener on the live region.
    let status = Slot::new();
    status.fill_with(move |status| {
        let html = match phase.get() {
            Phase::Idle | Phase::Sending => chrome::nothing(),
            Phase::Refused(why) => chrome::followup_note(&why),
            Phase::Failed(e) => chrome::followup_problem(&e.to_string()),
            Phase::NoService => picks.with(|p| chrome::no_service(p, &web::base_path())),
            Phase::Answered { question, reply } => html::reply(&question, &reply, &web::here(), &web::base_path()),
        };
        status.show_html(&html);
    });
    let retry = move |ev: leptos::ev::MouseEvent| {
        if web::target_closest(&ev, ".followup__retry").is_some() {
            send();
        }
    };

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
                    placeholder=example.map(|e| format!("For example: {e}")).unwrap_or_else(|| "Type your question in your own words".into())
                    prop:value=move || draft.get()
                    on:input=on_input
                    on:focus=move |_| {
                                }
                ></textarea>
                <div class="followup__row">
                    <span id="followup-count" class="followup__count">
                        {move || format!("{} of {MAX_QUESTION} characters", count())}
                    </span>
                    <span class="followup__buttons">
                        <button type="button" class="button button--quiet" hidden=move || !sending() on:click=move |_| {
                            deadline.with_value(|d| {
                                if let Some(d) = d {
                                    d.cancel();
                                }
                            });
                        }>"Cancel"</button>
                        <button type="submit" class="button" aria-disabled=move || sending().to_string() disabled=sending>
                            {move || if sending() { "Asking…" } else { "Ask" }}
                        </button>
                    </span>
                </div>
                <div node_ref=suggestions.host></div>
                <div class="followup__live" aria-live="polite" on:click=retry>
                    <p class="followup__progress" hidden=move || !sending()><span class="spinner" aria-hidden="true"></span>"Sending your question…"</p>
                    <div node_ref=status.host></div>
                </div>
            </form>
        </section>
    }
}
