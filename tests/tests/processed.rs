//! One error type from every generated call, and its answer to "may this
//! failed call have taken effect?", checked from outside klink-api against
//! the loopback server: no `map_err`, attempts known for every operation,
//! and a storm of sends in which no send said "not processed" and took
//! effect, none was duplicated and every success took effect exactly once.

use std::collections::HashMap;
use std::time::Duration;

use futures_util::StreamExt;
use klink_api::Error;
use klink_api::types::SendMessageRequest;
use klink_tests::{Action, ScriptedServer, example, refused_url};

mod send_client;

use send_client::{client_timing_out, fast_retries, ok, send};

#[tokio::test]
async fn a_generated_get_fails_with_the_one_error_and_says_whether_it_was_processed() {
    let unavailable = Action::response(503, "text/plain", &[], "busy");
    let server = ScriptedServer::start([unavailable]).await;
    let client = client_timing_out(&server.url(), fast_retries(3), Duration::from_secs(5));
    let result = client.list_categories().send().await;
    let Err(Error::Api(api)) = &result else {
        panic!("expected an API error, got {result:?}");
    };
    assert_eq!(api.status(), 503);
    assert_eq!(api.attempts(), Some(3));
    assert_eq!(api.body_snippet(), Some("busy"));
    assert_eq!(server.requests().len(), 3);
    assert!(result.unwrap_err().may_have_been_processed());

    let rejected = ScriptedServer::start([Action::json(400, r#"{"message": "no"}"#)]).await;
    let client = client_timing_out(&rejected.url(), fast_retries(3), Duration::from_secs(5));
    let error = client.list_categories().send().await.unwrap_err();
    assert!(matches!(&error, Error::Api(api) if api.status() == 400 && api.attempts() == Some(1)));
    assert!(!error.may_have_been_processed());

    let client = client_timing_out(
        &refused_url().await,
        fast_retries(2),
        Duration::from_secs(5),
    );
    let error = client.list_categories().send().await.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert!(!error.may_have_been_processed());
}

#[tokio::test]
async fn a_documented_error_body_is_decoded_with_the_attempt_count() {
    let server = ScriptedServer::start([Action::json(
        400,
        r#"{"status": 400, "message": "contactId must be a UUID"}"#,
    )])
    .await;
    let client = client_timing_out(&server.url(), fast_retries(3), Duration::from_secs(5));
    match send(&client).await {
        Err(Error::Api(api)) => {
            assert_eq!(api.message(), Some("contactId must be a UUID"));
            assert_eq!(api.attempts(), Some(1));
        }
        other => panic!("expected an API error, got {other:?}"),
    }
}

/// How many sends the storm makes, and how many at once.
const SENDS: usize = 3_000;
const CONCURRENT: usize = 64;

/// What the storm's server does on its `n`th connection, spread evenly
/// (a multiplicative hash of `n`) over every way a server or the network
/// fails.
fn storm_action(n: u64) -> Action {
    let later = [("retry-after", "0")];
    match n.wrapping_mul(2_654_435_761) % 100 {
        0..40 => ok(),
        40..46 => Action::response(429, "application/json", &later, "{}"),
        46..50 => Action::json(429, "{}"),
        50..56 => Action::response(503, "text/plain", &later, "busy"),
        56..60 => Action::response(503, "text/plain", &[], "busy"),
        60..66 => Action::json(500, r#"{"message": "broke after saving"}"#),
        66..72 => Action::json(400, r#"{"message": "rejected"}"#),
        72..78 => Action::ResetUnread,
        78..84 => Action::Reset,
        84..88 => Action::Stall(Duration::from_millis(400)),
        88..94 => Action::HangUp,
        _ => ok(),
    }
}

/// Whether the storm's server took the request into account: it answered
/// 200 or 500 (it saved, then failed), or it read the request and then
/// reset, stalled or hung up. 400, 429, 503 and an unread reset did not.
fn processed(action: &Action) -> bool {
    match action {
        Action::Respond(bytes) => {
            bytes.starts_with(b"HTTP/1.1 200") || bytes.starts_with(b"HTTP/1.1 500")
        }
        Action::Reset | Action::Stall(_) | Action::HangUp => true,
        Action::ResetUnread => false,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_a_storm_no_send_said_not_processed_and_took_effect() {
    let server = ScriptedServer::start_with(storm_action).await;
    let retry = fast_retries(3).max_retry_after(Duration::from_millis(10));
    let client = client_timing_out(&server.url(), retry, Duration::from_millis(200));
    let template: SendMessageRequest =
        serde_json::from_str(&example("message.send.request.json")).unwrap();
    let outcomes: Vec<(String, Result<(), Error>)> = futures_util::stream::iter(0..SENDS)
        .map(|i| {
            let mut body = template.clone();
            let id = format!("storm-{i}");
            body.message = Some(id.clone());
            let client = &client;
            async move {
                let result = client.send_message().body(body).send().await;
                (id, result.map(drop))
            }
        })
        .buffer_unordered(CONCURRENT)
        .collect()
        .await;

    let mut took_effect: HashMap<String, usize> = HashMap::new();
    for (request, action) in server.exchanges() {
        if processed(&action) {
            let id = request.json()["message"].as_str().unwrap().to_owned();
            *took_effect.entry(id).or_default() += 1;
        }
    }
    let (mut succeeded, mut unsent, mut unsure) = (0, 0, 0);
    for (id, result) in &outcomes {
        let effects = took_effect.get(id).copied().unwrap_or(0);
        assert!(effects <= 1, "{id} took effect {effects} times");
        match result {
            Ok(()) => {
                succeeded += 1;
                assert_eq!(effects, 1, "{id} succeeded");
            }
            Err(error) if !error.may_have_been_processed() => {
                unsent += 1;
                assert_eq!(effects, 0, "{id} said not processed: {error}");
            }
            Err(_) => unsure += 1,
        }
    }
    eprintln!("{succeeded} succeeded, {unsent} failed unsent, {unsure} failed maybe processed");
    // Every kind of outcome happened, so the checks above were exercised.
    assert_eq!(outcomes.len(), SENDS);
    assert!(
        succeeded > 0 && unsent > 0 && unsure > 0,
        "{succeeded} {unsent} {unsure}"
    );
}
