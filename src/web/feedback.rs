//! "Was this helpful?" votes, sent to the site's feedback endpoint as the
//! contract says: a JSON body, and any 2xx is taken.

use super::address::href;
use super::fetch::Deadline;

/// How long the feedback endpoint may take.
const FEEDBACK_TIMEOUT_MS: i32 = 15_000;

/// Sends one vote (`body`, the contract's JSON) to `endpoint` (an https:
/// URL or a path on the site). On failure, what the reader is told.
pub async fn send_feedback(endpoint: &str, body: String) -> Result<(), String> {
    let url = if endpoint.starts_with('/') { href(endpoint) } else { endpoint.to_owned() };
    let deadline = Deadline::new(FEEDBACK_TIMEOUT_MS);
    let request = gloo_net::http::Request::post(&url).header("Content-Type", "application/json").abort_signal(deadline.signal().as_ref()).body(body);
    let why = match request {
        Ok(r) => match r.send().await {
            Ok(response) if response.ok() => return Ok(()),
            Ok(response) => format!("the site answered with error {}", response.status()),
            Err(_) if deadline.expired() => "the site took too long to answer".to_owned(),
            Err(_) => "we could not reach the site".to_owned(),
        },
        Err(_) => "we could not reach the site".to_owned(),
    };
    Err(format!("Your feedback was not sent: {why}. Your choice and your words are still here; please try again."))
}
