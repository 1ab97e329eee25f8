//! The production client against a misbehaving loopback server: retries,
//! timeouts and bad bodies. (The token kept out of every printout is
//! `secrets_in_output.rs`.)

use std::time::{Duration, Instant};

use klink_api::{Client, Error, RetryPolicy};
use klink_tests::{Action, ScriptedServer, example, refused_url};
use tokio::net::TcpListener;

mod send_client;

use send_client::{TOKEN, client_timing_out, fast_retries, ok, send};

fn client(url: &str, retry: RetryPolicy) -> Client {
    client_timing_out(url, retry, Duration::from_secs(5))
}

#[tokio::test]
async fn a_429_with_retry_after_is_retried_once_after_the_wait() {
    let limited = Action::response(429, "application/json", &[("retry-after", "1")], "{}");
    let server = ScriptedServer::start([limited, ok()]).await;
    let started = Instant::now();
    let sent = send(&client(&server.url(), RetryPolicy::default()))
        .await
        .unwrap();
    assert_eq!(sent.status, 200);
    assert_eq!(server.requests().len(), 2);
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "Retry-After honoured"
    );
}

#[tokio::test]
async fn a_503_with_retry_after_three_times_then_200_succeeds() {
    let unavailable = Action::response(503, "text/plain", &[("retry-after", "0")], "busy");
    let server =
        ScriptedServer::start([unavailable.clone(), unavailable.clone(), unavailable, ok()]).await;
    let sent = send(&client(&server.url(), fast_retries(4))).await.unwrap();
    assert_eq!(sent.data.id, "0b01ac59-81b4-436f-9b36-8ad40e0761f7");
    assert_eq!(server.requests().len(), 4);
}

#[tokio::test]
async fn a_503_forever_fails_after_the_bound_with_the_attempt_count() {
    let unavailable = Action::response(503, "text/html", &[("retry-after", "0")], "<h1>down</h1>");
    let server = ScriptedServer::start([unavailable]).await;
    let error = send(&client(&server.url(), fast_retries(3)))
        .await
        .unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected an API error, got {error:?}");
    };
    assert_eq!(api.status(), 503);
    assert_eq!(api.attempts(), Some(3));
    assert_eq!(api.retry_after(), Some(Duration::ZERO));
    assert_eq!(api.body_snippet(), Some("<h1>down</h1>"));
    assert_eq!(server.requests().len(), 3);
    assert!(error.is_retryable());
    assert!(error.to_string().contains("after 3 attempts"), "{error}");
}

#[tokio::test]
async fn a_post_is_not_retried_on_a_503_without_retry_after_or_a_502() {
    for status in [503, 502, 504, 408] {
        let page = "<html><body>Bad Gateway</body></html>";
        let server =
            ScriptedServer::start([Action::response(status, "text/html", &[], page), ok()]).await;
        let error = send(&client(&server.url(), fast_retries(5)))
            .await
            .unwrap_err();
        assert_eq!(
            error.status().map(|s| s.as_u16()),
            Some(status),
            "{error:?}"
        );
        assert_eq!(
            server.requests().len(),
            1,
            "POST {status} must not be repeated"
        );
    }
}

#[tokio::test]
async fn a_post_that_times_out_reaches_the_server_exactly_once() {
    let server = ScriptedServer::start([Action::Stall(Duration::from_secs(3)), ok()]).await;
    let client = client_timing_out(&server.url(), fast_retries(5), Duration::from_millis(300));
    let error = send(&client).await.unwrap_err();
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert_eq!(
        server.requests().len(),
        1,
        "a timed-out POST must not be repeated"
    );
}

#[tokio::test]
async fn the_timeout_applies_to_a_callers_own_http_client() {
    let server = ScriptedServer::start([Action::Stall(Duration::from_secs(3))]).await;
    let client = Client::builder()
        .base_url(server.url())
        .token(TOKEN)
        .http_client(reqwest::Client::new())
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let error = send(&client).await.unwrap_err();
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert_eq!(
        server.requests()[0].header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
}

#[tokio::test]
async fn a_post_whose_connection_drops_is_not_retried() {
    let server = ScriptedServer::start([Action::HangUp, ok()]).await;
    let error = send(&client(&server.url(), fast_retries(5)))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_refused_post_is_retried_until_the_server_is_up() {
    let url = refused_url().await;
    let addr = url.trim_start_matches("http://").to_owned();
    // The server comes up after the first attempts were refused.
    let late_server = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        ScriptedServer::serve(TcpListener::bind(addr).await.unwrap(), [ok()])
    });
    let retries = RetryPolicy::default()
        .max_attempts(20)
        .initial_backoff(Duration::from_millis(50))
        .max_backoff(Duration::from_millis(100));
    let sent = send(&client(&url, retries)).await.unwrap();
    assert_eq!(sent.status, 200);
    assert_eq!(late_server.await.unwrap().requests().len(), 1);
}

#[tokio::test]
async fn a_refused_post_gives_up_after_the_bound() {
    let error = send(&client(&refused_url().await, fast_retries(3)))
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Transport(ref e) if e.is_connect()),
        "{error:?}"
    );
}

#[tokio::test]
async fn bad_bodies_are_typed_errors_or_tolerated_never_panics() {
    let html_502 = Action::response(
        502,
        "text/html",
        &[],
        "<html><h1>502 Bad Gateway</h1></html>",
    );
    let mut unknown_values: serde_json::Value =
        serde_json::from_str(&example("message.send.response.200.json")).unwrap();
    unknown_values["data"]["direction"] = "sideways".into();
    unknown_values["data"]["type"] = "hologram".into();
    unknown_values["data"]["actorType"] = "martian".into();
    unknown_values["data"]["brandNewField"] = serde_json::json!({"a": 1});
    let mut null_status = unknown_values.clone();
    null_status["status"] = serde_json::Value::Null;

    let server = ScriptedServer::start([
        Action::json(200, "{not json"),
        html_502,
        Action::truncated_json(200, r#"{"status":200,"message":"Message sent"#),
        Action::json(200, &unknown_values.to_string()),
        Action::json(200, &null_status.to_string()),
    ])
    .await;
    let client = client(&server.url(), RetryPolicy::disabled());

    let malformed = send(&client).await.unwrap_err();
    assert!(
        matches!(malformed, Error::Decode { ref snippet, .. } if snippet == "{not json"),
        "{malformed:?}"
    );

    let gateway = send(&client).await.unwrap_err();
    assert_eq!(gateway.status().map(|s| s.as_u16()), Some(502));
    assert!(gateway.to_string().contains("502 Bad Gateway"), "{gateway}");

    let truncated = send(&client).await.unwrap_err();
    assert!(matches!(truncated, Error::Transport(_)), "{truncated:?}");

    let tolerated = send(&client).await.unwrap();
    assert_eq!(tolerated.data.direction.as_deref(), Some("sideways"));
    assert_eq!(tolerated.data.type_.as_deref(), Some("hologram"));
    assert_eq!(tolerated.data.actor_type.as_deref(), Some("martian"));

    let null = send(&client).await.unwrap_err();
    assert!(matches!(null, Error::Decode { .. }), "{null:?}");
    assert!(null.to_string().contains("invalid type: null"), "{null}");
}
