//! The answer service's client: one follow-up question, sent and read.

use super::address::href;
use super::fetch::Deadline;
use crate::content;
use std::fmt;

/// The largest answer-service reply the app reads.
pub const MAX_REPLY_BYTES: usize = 1 << 20;

/// How long the answer service may take.
pub const ASK_TIMEOUT_MS: i32 = 30_000;

/// Why a follow-up question got no answer.
#[derive(Debug, Clone, PartialEq)]
pub enum AskError {
    /// The service answered with a status other than 200.
    Status(u16),
    /// The reply was not JSON, or not an answer or acknowledgement.
    Unreadable,
    /// The reply was larger than [`MAX_REPLY_BYTES`] (not read).
    TooLarge,
    TimedOut,
    Network,
    /// The reader pressed Cancel.
    Cancelled,
}

impl fmt::Display for AskError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AskError::Status(s) if *s >= 500 => write!(f, "The answer service is having trouble right now (error {s}). Your question is still here; please try again in a moment."),
            AskError::Status(s) => write!(f, "The answer service could not take this question (error {s}). Your question is still here; you can try again."),
            AskError::TooLarge => write!(f, "The answer service sent a reply larger than {} MB, which we did not read. Your question is still here; you can try again.", MAX_REPLY_BYTES >> 20),
            AskError::Unreadable => f.write_str("The answer service sent a reply we could not read. Your question is still here; you can try again."),
            AskError::TimedOut => write!(f, "No answer arrived within {} seconds. Your question is still here; you can try again.", ASK_TIMEOUT_MS / 1000),
            AskError::Network => f.write_str("We could not reach the answer service. Check your connection; your question is still here."),
            AskError::Cancelled => f.write_str("You cancelled the question. It is still here if you want to ask again."),
        }
    }
}

/// Sends a follow-up question to the answer service.
pub async fn ask(endpoint: &str, question: &str, article: &str, audience: &str, deadline: &Deadline) -> Result<content::Reply, AskError> {
    let url = if endpoint.starts_with('/') { href(endpoint) } else { endpoint.to_owned() };
    // The contract's request body.
    let field = |k: &str, v: &str| (k.to_owned(), content::Json::Str(v.to_owned()));
    let body = content::Json::Object(vec![field("question", question), field("article", article), field("audience", audience)]).to_text();
    let failed = |d: &Deadline, cancelled: bool| {
        if d.expired() {
            AskError::TimedOut
        } else if cancelled {
            AskError::Cancelled
        } else {
            AskError::Network
        }
    };
    let is_aborted = || deadline.signal().is_some_and(|s| s.aborted());
    let request = gloo_net::http::Request::post(&url)
        .header("Content-Type", "application/json")
        .abort_signal(deadline.signal().as_ref())
        .body(body)
        .map_err(|_| AskError::Network)?;
    let response = request.send().await.map_err(|_| failed(deadline, is_aborted()))?;
    if response.status() != 200 {
        return Err(AskError::Status(response.status()));
    }
    let text = super::fetch::text_within(&response, MAX_REPLY_BYTES).await.map_err(|e| match e {
        super::fetch::BodyError::TooLarge => AskError::TooLarge,
        super::fetch::BodyError::Failed => failed(deadline, is_aborted()),
    })?;
    content::parse_reply(&text).map_err(|_| AskError::Unreadable)
}

