//! What the `send_message` tests share: a client with a test token
//! against a loopback URL, quick retries, the docs' request and response.

use std::time::Duration;

use klink_api::types::SendMessageRequest;
use klink_api::{Client, Error, RetryPolicy};
use klink_tests::{Action, example};

pub const TOKEN: &str = "kpt_resilience_0123456789abcdef";

/// The docs' 200 answer to `send_message`.
pub fn ok() -> Action {
    Action::json(200, &example("message.send.response.200.json"))
}

/// A client of `url` with the test token, `retry` and a request timeout.
pub fn client_timing_out(url: &str, retry: RetryPolicy, timeout: Duration) -> Client {
    Client::builder()
        .base_url(url)
        .token(TOKEN)
        .timeout(timeout)
        .retry(retry)
        .build()
        .unwrap()
}

/// Retries without waiting long, so the tests stay quick.
pub fn fast_retries(attempts: u32) -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(attempts)
        .initial_backoff(Duration::from_millis(10))
        .max_backoff(Duration::from_millis(50))
}

/// Sends the docs' request example.
pub async fn send(client: &Client) -> Result<klink_api::types::MessageEnvelope, Error> {
    let body: SendMessageRequest =
        serde_json::from_str(&example("message.send.request.json")).unwrap();
    Ok(client.send_message().body(body).send().await?.into_inner())
}
