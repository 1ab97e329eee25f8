//! `send_message` end to end against a loopback HTTP server.

use klink_api::types::SendMessageRequest;
use klink_api::{Client, Error, RetryPolicy};
use klink_tests::{Action, ScriptedServer, example, refused_url};

const TOKEN: &str = "kpt_test_0123456789abcdef";

fn request() -> SendMessageRequest {
    serde_json::from_str(&example("message.send.request.json")).unwrap()
}

/// A client that makes one attempt per call: retries have their own tests.
fn client(url: &str) -> Client {
    Client::builder()
        .base_url(url)
        .token(TOKEN)
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap()
}

async fn send(
    client: &Client,
) -> Result<klink_api::ResponseValue<klink_api::types::MessageEnvelope>, Error> {
    client.send_message().body(request()).send().await
}

#[tokio::test]
async fn sends_the_request_and_parses_the_response() {
    let server = ScriptedServer::start([Action::json(
        200,
        &example("message.send.response.200.json"),
    )])
    .await;
    let response = client(&server.url())
        .send_message()
        .body(request())
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 200);
    assert_eq!(response.message, "Message sent successfully");
    assert_eq!(response.data.id, "0b01ac59-81b4-436f-9b36-8ad40e0761f7");
    assert_eq!(response.data.type_.as_deref(), Some("image"));

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let sent = &requests[0];
    assert_eq!(sent.method, "POST");
    assert_eq!(sent.path, "/api/v1/messages/send");
    assert_eq!(
        sent.header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(sent.header("content-type"), Some("application/json"));
    assert_eq!(
        sent.header("user-agent"),
        Some(klink_api::DEFAULT_USER_AGENT)
    );
    let expected: serde_json::Value =
        serde_json::from_str(&example("message.send.request.json")).unwrap();
    assert_eq!(sent.json(), expected);
}

#[tokio::test]
async fn a_trailing_slash_in_the_base_url_is_ignored() {
    let server = ScriptedServer::start([Action::json(
        200,
        &example("message.send.response.200.json"),
    )])
    .await;
    let url = format!("{}/", server.url());
    client(&url)
        .send_message()
        .body(request())
        .send()
        .await
        .unwrap();
    assert_eq!(server.requests()[0].path, "/api/v1/messages/send");
}

#[tokio::test]
async fn a_json_400_is_an_api_error_with_the_envelope() {
    let body = r#"{"status":400,"message":"contactId is required","code":"VALIDATION"}"#;
    let server = ScriptedServer::start([Action::json(400, body)]).await;
    let error = send(&client(&server.url())).await.unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected an API error, got {error:?}");
    };
    assert_eq!(api.status(), 400);
    assert_eq!(api.message(), Some("contactId is required"));
    assert_eq!(api.envelope().unwrap().extra["code"], "VALIDATION");
    assert!(!error.is_retryable());
    assert_eq!(
        error.to_string(),
        "K-LINK API error 400 Bad Request: contactId is required"
    );
}

#[tokio::test]
async fn a_400_without_json_is_an_api_error_with_a_snippet() {
    // The spec documents a JSON error body for this 400; one that is not
    // JSON still reports the status (a refusal: nothing was processed).
    let server =
        ScriptedServer::start([Action::response(400, "text/plain", &[], "bad request")]).await;
    let error = send(&client(&server.url())).await.unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected an API error, got {error:?}");
    };
    assert_eq!(api.status(), 400);
    assert!(api.envelope().is_none());
    assert_eq!(api.body_snippet(), Some("bad request"));
    assert_eq!(api.attempts(), Some(1));
    assert!(!error.may_have_been_processed());
}

#[tokio::test]
async fn a_500_html_page_is_an_api_error_with_a_snippet() {
    let page = "<html><body><h1>500 Internal Server Error</h1></body></html>";
    let server = ScriptedServer::start([Action::response(500, "text/html", &[], page)]).await;
    let error = send(&client(&server.url())).await.unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected an API error, got {error:?}");
    };
    assert_eq!(api.status(), 500);
    assert!(api.envelope().is_none());
    assert_eq!(api.body_snippet(), Some(page));
    assert_eq!(api.attempts(), Some(1));
}

#[tokio::test]
async fn malformed_json_in_a_200_is_a_decode_error() {
    let server = ScriptedServer::start([Action::json(200, r#"{"status":200,"message":"#)]).await;
    let error = send(&client(&server.url())).await.unwrap_err();
    assert!(
        matches!(error, Error::Decode { ref snippet, .. } if snippet == r#"{"status":200,"message":"#),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_refused_connection_is_a_transport_error() {
    let error = send(&client(&refused_url().await)).await.unwrap_err();
    assert!(
        matches!(error, Error::Transport(ref e) if e.is_connect()),
        "{error:?}"
    );
    assert!(error.is_retryable());
}

#[test]
fn the_token_never_shows_in_debug_output() {
    let client = client("http://127.0.0.1:9");
    let debug = format!("{client:?}");
    assert!(!debug.contains(TOKEN), "{debug}");
    assert!(debug.contains("Bearer ***"), "{debug}");
}

#[test]
fn bad_settings_are_config_errors() {
    use klink_api::ConfigError;
    assert!(matches!(
        Client::builder().build(),
        Err(ConfigError::MissingToken)
    ));
    assert!(matches!(
        Client::builder().token("  ").build(),
        Err(ConfigError::MissingToken)
    ));
    assert!(matches!(
        Client::builder().token("kpt_\n").build(),
        Err(ConfigError::InvalidToken)
    ));
    assert!(matches!(
        Client::new_with_token("ftp://example.com", TOKEN),
        Err(ConfigError::InvalidBaseUrl { .. })
    ));
    assert!(matches!(
        Client::new_with_token("not a url", TOKEN),
        Err(ConfigError::InvalidBaseUrl { .. })
    ));
    let default = Client::builder().token(TOKEN).build().unwrap();
    assert_eq!(default.base_url(), "https://apigw.klinkcx.com");
}
