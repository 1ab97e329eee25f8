//! klink-mock the way a user's tests use it: `klink_api::Client` pointed
//! at the mock server, the SDK's own types on both sides.

use std::panic::{AssertUnwindSafe, catch_unwind};

use klink_api::types::{ErrorEnvelope, MessageEnvelope, SendMessageRequest};
use klink_api::{Client, Error};
use klink_mock::{MockServer, MockServerExt};

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.base_url())
        .token("kpt_mock_test")
        .build()
        .unwrap()
}

fn docs_request() -> SendMessageRequest {
    serde_json::from_str(include_str!(
        "../../openapi/examples/message.send.request.json"
    ))
    .unwrap()
}

fn docs_response() -> MessageEnvelope {
    serde_json::from_str(include_str!(
        "../../openapi/examples/message.send.response.200.json"
    ))
    .unwrap()
}

#[tokio::test]
async fn send_message_gets_the_mocked_envelope_for_the_expected_body() {
    let server = MockServer::start_async().await;
    let mock = server.send_message(|when, then| {
        when.body(&docs_request());
        then.ok(&docs_response());
    });
    let sent = client(&server)
        .send_message()
        .body(docs_request())
        .send()
        .await
        .unwrap();
    assert_eq!(sent.into_inner(), docs_response());
    mock.assert_async().await;
}

#[tokio::test]
async fn a_mocked_400_reaches_the_caller_as_an_api_error() {
    let server = MockServer::start_async().await;
    let rejection: ErrorEnvelope = serde_json::from_value(serde_json::json!({
        "status": 400,
        "message": "contactId must be a UUID",
    }))
    .unwrap();
    let mock = server.send_message(|when, then| {
        when.body(&docs_request());
        then.bad_request(&rejection);
    });
    let error = client(&server)
        .send_message()
        .body(docs_request())
        .send()
        .await
        .map_err(Error::from)
        .unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected an API error, got {error:?}");
    };
    assert_eq!(api.status(), 400);
    assert_eq!(api.message(), Some("contactId must be a UUID"));
    mock.assert_async().await;
}

#[tokio::test]
async fn a_body_that_differs_fails_the_test_with_a_readable_message() {
    let server = MockServer::start_async().await;
    let mock = server.send_message(|when, then| {
        when.body(&docs_request());
        then.ok(&docs_response());
    });
    let mut wrong = docs_request();
    wrong.message = Some("It is a different message.".to_owned());
    // Nothing matches: httpmock answers 404, which the SDK reports.
    let error = client(&server)
        .send_message()
        .body(wrong)
        .send()
        .await
        .map_err(Error::from)
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404), "{error}");

    let failure =
        catch_unwind(AssertUnwindSafe(|| mock.assert())).expect_err("the mock must fail the test");
    let message = failure
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| failure.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_default();
    println!("{message}");
    for part in ["It is a different message.", "It is your message."] {
        assert!(message.contains(part), "{part:?} not in:\n{message}");
    }
}
