//! `Client::raw` end to end: a path the spec does not describe goes through
//! the same hooks as a generated call (token, user agent, retries by
//! method, timeout, tracing) and fails with the same typed errors.

use std::time::Duration;

use klink_api::{Client, Error, Method, RetryPolicy};
use klink_tests::{Action, ScriptedServer};
use serde::Deserialize;
use serde_json::{Value, json};

const TOKEN: &str = "kpt_raw_0123456789abcdef";

/// Retries that do not wait long.
fn fast_retries() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(3)
        .initial_backoff(Duration::from_millis(10))
        .max_backoff(Duration::from_millis(50))
}

fn client(url: &str, retry: RetryPolicy) -> Client {
    Client::builder()
        .base_url(url)
        .token(TOKEN)
        .timeout(Duration::from_secs(5))
        .retry(retry)
        .build()
        .unwrap()
}

/// A tag as a caller might model the unpublished Tag → Listing.
#[derive(Debug, Deserialize, PartialEq)]
struct Tag {
    id: String,
    name: String,
}

#[derive(Debug, Deserialize)]
struct Tags {
    data: Vec<Tag>,
}

const TAGS: &str = r#"{"data":[{"id":"4d45ba6c-728e-4ca8-91cb-91bac1572622","name":"platinum"}]}"#;

#[tokio::test]
async fn a_raw_get_carries_the_clients_headers_and_decodes_the_answer() {
    let server = ScriptedServer::start([Action::json(200, TAGS)]).await;
    let tags = client(&server.url(), RetryPolicy::disabled())
        .raw(Method::GET, "/api/v1/tags")
        .query(&[("page", "1"), ("keyword", "plat inum")])
        .header("x-client-timezone", "Asia/Singapore")
        .send::<Tags>()
        .await
        .unwrap();
    assert_eq!(tags.status(), 200);
    assert_eq!(tags.data[0].name, "platinum");

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let sent = &requests[0];
    assert_eq!(sent.method, "GET");
    assert_eq!(sent.path, "/api/v1/tags?page=1&keyword=plat+inum");
    for (header, value) in [
        ("authorization", format!("Bearer {TOKEN}").as_str()),
        ("user-agent", klink_api::DEFAULT_USER_AGENT),
        ("api-version", "1"),
        ("accept", "application/json"),
        ("x-client-timezone", "Asia/Singapore"),
    ] {
        assert_eq!(sent.header(header), Some(value), "{header}");
    }
    assert!(sent.body.is_empty());
}

#[tokio::test]
async fn a_raw_put_sends_its_json_body() {
    let server = ScriptedServer::start([Action::response(204, "text/plain", &[], "")]).await;
    let body = json!({"status": "resolved", "note": "done"});
    let answer = client(&server.url(), RetryPolicy::disabled())
        .raw(Method::PUT, "/api/v1/tickets/38838/status")
        .json(&body)
        .send_empty()
        .await
        .unwrap();
    assert_eq!(answer.status(), 204);
    let sent = &server.requests()[0];
    assert_eq!(sent.method, "PUT");
    assert_eq!(sent.path, "/api/v1/tickets/38838/status");
    assert_eq!(sent.header("content-type"), Some("application/json"));
    assert_eq!(sent.header("accept"), Some("*/*"), "reqwest's default");
    assert_eq!(sent.json(), body);
}

#[tokio::test]
async fn a_429_is_retried_then_the_call_succeeds() {
    let limited = Action::response(429, "application/json", &[("retry-after", "0")], "{}");
    let server = ScriptedServer::start([limited, Action::json(200, TAGS)]).await;
    let tags = client(&server.url(), fast_retries())
        .raw(Method::GET, "/api/v1/tags")
        .send::<Tags>()
        .await
        .unwrap();
    assert_eq!(tags.data.len(), 1);
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert!(requests.iter().all(|r| r.path == "/api/v1/tags"));
}

#[tokio::test]
async fn a_502_is_retried_for_a_get_but_not_for_a_post() {
    let gateway = Action::response(502, "text/html", &[], "<h1>502</h1>");

    let server = ScriptedServer::start([gateway.clone(), Action::json(200, TAGS)]).await;
    client(&server.url(), fast_retries())
        .raw(Method::GET, "/api/v1/tags")
        .send::<Value>()
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 2, "a GET is safe to repeat");

    let server = ScriptedServer::start([gateway, Action::json(200, "{}")]).await;
    let error = client(&server.url(), fast_retries())
        .raw(Method::POST, "/api/v1/channels")
        .json(&json!({"name": "web chat"}))
        .send::<Value>()
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(server.requests().len(), 1, "a POST may have been processed");
}

#[tokio::test]
async fn a_404_is_a_typed_api_error() {
    let server = ScriptedServer::start([Action::json(
        404,
        r#"{"statusCode":404,"message":"Cannot GET /api/v1/tags"}"#,
    )])
    .await;
    let error = client(&server.url(), fast_retries())
        .raw(Method::GET, "/api/v1/tags")
        .send::<Value>()
        .await
        .unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected an API error, got {error:?}");
    };
    assert_eq!(api.status(), 404);
    assert_eq!(api.message(), Some("Cannot GET /api/v1/tags"));
    assert_eq!(api.envelope().unwrap().extra["statusCode"], 404);
    assert_eq!(api.attempts(), Some(1), "a 404 is not retried");
    assert!(!error.is_retryable());
    assert_eq!(
        error.to_string(),
        "K-LINK API error 404 Not Found: Cannot GET /api/v1/tags"
    );
}

#[tokio::test]
async fn an_answer_that_is_not_the_expected_json_is_a_decode_error() {
    let server = ScriptedServer::start([Action::json(200, r#"{"data":"not a list"}"#)]).await;
    let error = client(&server.url(), RetryPolicy::disabled())
        .raw(Method::GET, "/api/v1/tags")
        .send::<Tags>()
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Decode { ref snippet, .. } if snippet == r#"{"data":"not a list"}"#),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_stalled_server_is_a_timeout() {
    let server = ScriptedServer::start([Action::Stall(Duration::from_secs(3))]).await;
    let client = Client::builder()
        .base_url(server.url())
        .token(TOKEN)
        .timeout(Duration::from_millis(200))
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap();
    let error = client
        .raw(Method::GET, "/api/v1/tags")
        .send::<Value>()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
}

#[tokio::test]
async fn requests_that_cannot_be_built_are_invalid_and_never_sent() {
    let server = ScriptedServer::start([Action::json(200, "{}")]).await;
    let client = client(&server.url(), RetryPolicy::disabled());

    let error = client
        .raw(Method::GET, "api/v1/tags")
        .send::<Value>()
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::InvalidRequest(ref m) if m.contains("must start with `/`")),
        "{error:?}"
    );

    // A query must be a sequence of pairs or a map, not a bare string.
    let error = client
        .raw(Method::GET, "/api/v1/tags")
        .query("page=1")
        .send::<Value>()
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::InvalidRequest(ref m) if m.starts_with("builder error: ")),
        "{error:?}"
    );

    let error = client
        .raw(Method::GET, "/api/v1/tags")
        .header("bad header", "x")
        .send_empty()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn a_path_cannot_leave_the_base_urls_host() {
    let server = ScriptedServer::start([Action::json(200, "{}")]).await;
    client(&server.url(), RetryPolicy::disabled())
        .raw(Method::GET, "//evil.example/steal")
        .send::<Value>()
        .await
        .unwrap();
    assert_eq!(server.requests()[0].path, "//evil.example/steal");
}

#[tokio::test]
async fn the_token_and_user_agent_cannot_be_replaced() {
    let server = ScriptedServer::start([Action::json(200, "{}")]).await;
    client(&server.url(), RetryPolicy::disabled())
        .raw(Method::GET, "/api/v1/tags")
        .header("authorization", "Bearer someone-else")
        .header("user-agent", "spoof")
        .send::<Value>()
        .await
        .unwrap();
    let sent = &server.requests()[0];
    assert_eq!(
        sent.header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(
        sent.header("user-agent"),
        Some(klink_api::DEFAULT_USER_AGENT)
    );
}
