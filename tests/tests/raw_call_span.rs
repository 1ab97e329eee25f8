//! A raw call's `klink.call` span. Alone in its test binary: while a single
//! scoped subscriber exists, tracing-core decides whether a callsite is
//! enabled from the thread that reaches it first, so a test running beside
//! this one on a thread without a subscriber could disable the span for it.

use std::time::Duration;

use klink_api::{Client, Method, RetryPolicy};
use klink_tests::{Action, ScriptedServer, Traces};
use serde_json::Value;

const TOKEN: &str = "kpt_raw_span_0123456789abcdef";

// A current-thread runtime keeps every task on the thread whose default
// subscriber captures the output.
#[tokio::test(flavor = "current_thread")]
async fn a_raw_call_runs_in_a_klink_call_span() {
    let (captured, _guard) = Traces::capture(tracing::Level::TRACE);

    let limited = Action::response(429, "application/json", &[("retry-after", "0")], "{}");
    let server = ScriptedServer::start([limited, Action::json(200, r#"{"data":[]}"#)]).await;
    let retries = RetryPolicy::default()
        .max_attempts(3)
        .initial_backoff(Duration::from_millis(10));
    let client = Client::builder()
        .base_url(server.url())
        .token(TOKEN)
        .retry(retries)
        .build()
        .unwrap();
    client
        .raw(Method::GET, "/api/v1/tags")
        .send::<Value>()
        .await
        .unwrap();

    let traces = captured.text();
    assert!(!traces.contains(TOKEN), "the token leaked:\n{traces}");
    let finished = captured.finished_call();
    for field in [
        "klink.call",
        "operation=\"raw\"",
        "method=GET",
        "status=200",
        "attempts=2",
    ] {
        assert!(finished.contains(field), "{field} missing from {finished}");
    }
    assert!(traces.contains("retrying"), "{traces}");
}
