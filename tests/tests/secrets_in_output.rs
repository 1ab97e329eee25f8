//! The token kept out of every printout: `Debug` of the client, every
//! error's `Display` and `Debug`, and TRACE-level traces (hyper's included),
//! even when the server echoes the token back.
//!
//! A test binary of its own: tracing decides whether a callsite is enabled
//! from the first thread that reaches it, so a test without a subscriber
//! running in parallel (in a shared binary) could switch this test's span
//! off and make it flaky.

use std::time::Duration;

use klink_api::{Client, Error, RetryPolicy};
use klink_tests::{Action, ScriptedServer, Traces, refused_url};

mod send_client;

use send_client::{TOKEN, client_timing_out, fast_retries, ok, send};

// A current-thread runtime keeps every task on the thread whose default
// subscriber captures the output.
#[tokio::test(flavor = "current_thread")]
async fn the_token_never_shows_in_debug_output_errors_or_traces() {
    let (captured, _guard) = Traces::capture(tracing::Level::TRACE);

    // A server or proxy that echoes credentials back.
    let echoing = format!(r#"{{"message":"bad token Bearer {TOKEN}","detail":["{TOKEN}"]}}"#);
    let server = ScriptedServer::start([
        Action::response(429, "application/json", &[("retry-after", "0")], "{}"),
        ok(),
        Action::json(400, &echoing),
        Action::response(
            502,
            "text/html",
            &[],
            &format!("<p>Authorization: Bearer {TOKEN}</p>"),
        ),
        Action::json(200, &format!("{{\"echo\":\"{TOKEN}\"")),
        Action::Stall(Duration::from_secs(2)),
    ])
    .await;
    let client = client_timing_out(&server.url(), fast_retries(2), Duration::from_millis(300));

    send(&client).await.unwrap();
    let mut errors = Vec::new();
    for _ in 0..4 {
        errors.push(send(&client).await.unwrap_err());
    }
    errors.push(send(&client_for(&refused_url().await)).await.unwrap_err());
    errors.push(Error::from(
        Client::builder().token("kpt_\n").build().unwrap_err(),
    ));

    let mut printed = format!("{client:?}\n");
    for error in &errors {
        printed.push_str(&format!("{error}\n{error:?}\n"));
    }
    assert!(!printed.contains(TOKEN), "the token leaked:\n{printed}");
    assert!(printed.contains("Bearer ***"), "{printed}");

    let traces = captured.text();
    assert!(
        !traces.contains(TOKEN),
        "the token leaked into traces:\n{traces}"
    );
    let first_call = captured.finished_call();
    for field in [
        "operation=\"send_message\"",
        "method=POST",
        "status=200",
        "attempts=2",
        "latency_ms=",
    ] {
        assert!(
            first_call.contains(field),
            "{field} missing from {first_call}"
        );
    }
    assert!(traces.contains("retrying"), "{traces}");
}

fn client_for(url: &str) -> Client {
    client_timing_out(url, RetryPolicy::disabled(), Duration::from_secs(5))
}
