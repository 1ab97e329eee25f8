//! klink-mock the way a user's tests use it: `klink_api::Client` pointed
//! at the mock server, the SDK's own types on both sides.

use std::panic::{AssertUnwindSafe, catch_unwind};

use futures_util::TryStreamExt;
use klink_api::types::{
    ContactEnvelope, ContactPage, ErrorEnvelope, MessageEnvelope, SendMessageRequest,
};
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

#[tokio::test]
async fn list_contacts_is_matched_on_its_query() {
    let server = MockServer::start_async().await;
    let page: ContactPage = serde_json::from_str(include_str!(
        "../../openapi/examples/contacts.list.response.200.guide.prefix.json"
    ))
    .unwrap();
    let mock = server.list_contacts(|when, then| {
        when.keyword("kyaw").page(2).page_size(None);
        then.ok(&page);
    });
    let got = client(&server)
        .list_contacts()
        .keyword("kyaw")
        .page(2)
        .send()
        .await
        .unwrap();
    assert_eq!(got.into_inner(), page);
    mock.assert_async().await;
}

#[tokio::test]
async fn stream_walks_two_mocked_pages() {
    let server = MockServer::start_async().await;
    let page = |number: i64, ids: &[&str]| -> ContactPage {
        let data: Vec<serde_json::Value> =
            ids.iter().map(|id| serde_json::json!({"id": id})).collect();
        serde_json::from_value(serde_json::json!({
            "total": 3, "page": number, "pageSize": 2, "lastPage": 2, "data": data,
        }))
        .unwrap()
    };
    let first = server.list_contacts(|when, then| {
        when.page(1).page_size(2);
        then.ok(&page(1, &["a", "b"]));
    });
    let second = server.list_contacts(|when, then| {
        when.page(2).page_size(2);
        then.ok(&page(2, &["c"]));
    });
    let contacts: Vec<_> = client(&server)
        .list_contacts()
        .page_size(2)
        .stream()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = contacts
        .iter()
        .map(|contact| contact.id.as_deref())
        .collect();
    assert_eq!(ids, [Some("a"), Some("b"), Some("c")]);
    first.assert_async().await;
    second.assert_async().await;
}

#[tokio::test]
async fn get_contact_is_matched_on_its_id() {
    let server = MockServer::start_async().await;
    let contact: ContactEnvelope = serde_json::from_str(include_str!(
        "../../openapi/examples/contacts.get.response.200.prefix.json"
    ))
    .unwrap();
    let id = "c786bb40-a58e-4d60-afe6-061e2b819811";
    let mock = server.get_contact(|when, then| {
        when.id(id);
        then.ok(&contact);
    });
    let got = client(&server).get_contact().id(id).send().await.unwrap();
    assert_eq!(got.into_inner(), contact);
    mock.assert_async().await;
    // Another id does not match: httpmock answers 404.
    let other = client(&server)
        .get_contact()
        .id("someone-else")
        .send()
        .await;
    assert_eq!(other.unwrap_err().status().map(|s| s.as_u16()), Some(404));
}
