//! `send_message` end to end against a loopback HTTP server.

use klink_api::types::SendMessageRequest;
use klink_api::{Client, Error};
use klink_tests::{Action, ScriptedServer, refused_url};

const TOKEN: &str = "kpt_test_0123456789abcdef";

fn example(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../openapi/examples")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

fn request() -> SendMessageRequest {
    serde_json::from_str(&example("message.send.request.json")).unwrap()
}

fn client(url: &str) -> Client {
    Client::new_with_token(url, TOKEN).unwrap()
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
    assert_eq!(response.data.type_, "image");

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
async fn a_json_400_is_the_typed_error_envelope() {
    let body = r#"{"status":400,"message":"contactId is required","code":"VALIDATION"}"#;
    let server = ScriptedServer::start([Action::json(400, body)]).await;
    let error = client(&server.url())
        .send_message()
        .body(request())
        .send()
        .await
        .unwrap_err();
    let Error::ErrorResponse(envelope) = error else {
        panic!("expected the 400 envelope, got {error:?}");
    };
    assert_eq!(envelope.status(), 400);
    assert_eq!(envelope.message.as_deref(), Some("contactId is required"));
    assert_eq!(envelope.extra["code"], "VALIDATION");
}

#[tokio::test]
async fn a_400_without_json_is_still_a_typed_error() {
    let server =
        ScriptedServer::start([Action::response(400, "text/plain", &[], "bad request")]).await;
    let error = client(&server.url())
        .send_message()
        .body(request())
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::InvalidResponsePayload(ref body, _) if body.as_ref() == b"bad request"),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_500_html_page_is_an_error() {
    let page = "<html><body><h1>500 Internal Server Error</h1></body></html>";
    let server = ScriptedServer::start([Action::response(500, "text/html", &[], page)]).await;
    let error = client(&server.url())
        .send_message()
        .body(request())
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500), "{error:?}");
    assert!(matches!(error, Error::UnexpectedResponse(_)), "{error:?}");
}

#[tokio::test]
async fn malformed_json_in_a_200_is_an_error() {
    let server = ScriptedServer::start([Action::json(200, r#"{"status":200,"message":"#)]).await;
    let error = client(&server.url())
        .send_message()
        .body(request())
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::InvalidResponsePayload(..)),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_refused_connection_is_an_error() {
    let error = client(&refused_url().await)
        .send_message()
        .body(request())
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::CommunicationError(ref e) if e.is_connect()),
        "{error:?}"
    );
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
