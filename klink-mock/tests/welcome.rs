// tests/welcome.rs in a crate that uses klink-api, with dev-dependencies
// on klink-mock, serde_json and tokio (features "macros", "rt-multi-thread").

use klink_api::Client;
use klink_api::types::{MessageEnvelope, SendMessageRequest};
use klink_mock::{MockServer, MockServerExt};
use serde_json::json;

/// The code under test (in your crate): greets a new contact and returns
/// the id of the stored message.
async fn welcome(client: &Client, contact_id: &str) -> Result<String, klink_api::Error> {
    let sent = client
        .send_message()
        .body(SendMessageRequest {
            contact_id: contact_id.to_owned(),
            message_type: "text".to_owned(),
            message: Some("Welcome aboard!".to_owned()),
            created_at: None,
            extra: Default::default(),
        })
        .send()
        .await?;
    Ok(sent.into_inner().data.id)
}

/// What K-LINK answers: the stored message.
fn stored_message() -> MessageEnvelope {
    serde_json::from_value(json!({
        "status": 200,
        "message": "Message sent successfully",
        "data": {
            "id": "0b01ac59-81b4-436f-9b36-8ad40e0761f7",
            "createdAt": "2026-02-20T11:46:31.616Z",
            "updatedAt": "2026-02-20T11:46:31.616Z",
            "deletedAt": null,
            "clientRequestId": "",
            "partition_key": "2026_02",
            "message": "Welcome aboard!",
            "type": "text",
            "direction": "outgoing"
        }
    }))
    .expect("a valid MessageEnvelope")
}

#[tokio::test]
async fn welcome_sends_one_text_message_and_returns_its_id() {
    let server = MockServer::start_async().await;
    let expected = SendMessageRequest {
        contact_id: "81d8f399-e4d3-4fd4-a8ec-61bb3c3dc8c4".to_owned(),
        message_type: "text".to_owned(),
        message: Some("Welcome aboard!".to_owned()),
        created_at: None,
        extra: Default::default(),
    };
    let mock = server.send_message(|when, then| {
        when.body(&expected);
        then.ok(&stored_message());
    });
    let client = Client::builder()
        .base_url(server.base_url())
        .token("kpt_test")
        .build()
        .unwrap();

    let id = welcome(&client, "81d8f399-e4d3-4fd4-a8ec-61bb3c3dc8c4")
        .await
        .unwrap();

    assert_eq!(id, "0b01ac59-81b4-436f-9b36-8ad40e0761f7");
    // The mock saw exactly one request with exactly that body.
    mock.assert_async().await;
}
