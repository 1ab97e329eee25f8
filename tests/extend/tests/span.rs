//! An extension call's `klink.call` span carries the extension's
//! operation id. Alone in its test binary, as `raw_call_span` is (a scoped
//! subscriber decides callsites from the first thread that reaches them).

use std::time::Duration;

use klink_api::{Client, RetryPolicy};
use klink_extend_tests::extra;
use klink_tests::{Action, ScriptedServer, Traces};

const TOKEN: &str = "kpt_extend_span_0123456789abcdef";

#[tokio::test(flavor = "current_thread")]
async fn an_extension_call_runs_in_a_klink_call_span_named_by_its_operation() {
    let (captured, _guard) = Traces::capture(tracing::Level::TRACE);
    let limited = Action::response(429, "application/json", &[("retry-after", "0")], "{}");
    let server = ScriptedServer::start([limited, Action::json(200, r#"{"data":[]}"#)]).await;
    let base = Client::builder()
        .base_url(server.url())
        .token(TOKEN)
        .retry(
            RetryPolicy::default()
                .max_attempts(3)
                .initial_backoff(Duration::from_millis(10)),
        )
        .build()
        .unwrap();

    extra::Client::from(&base)
        .list_channels()
        .send()
        .await
        .unwrap();

    let traces = captured.text();
    assert!(!traces.contains(TOKEN), "the token leaked:\n{traces}");
    let finished = captured.finished_call();
    for field in [
        "klink.call",
        "operation=\"list_channels\"",
        "method=GET",
        "status=200",
        "attempts=2",
    ] {
        assert!(finished.contains(field), "{field} missing from {finished}");
    }
}
