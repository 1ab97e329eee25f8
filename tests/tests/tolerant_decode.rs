//! Responses that contradict the spec, over loopback: a value of the wrong
//! type in an optional field does not fail the call (the field is empty,
//! the value kept in `extra`, one warning per type and key), while a
//! required field that does not fit still fails, naming its whole path.
//! Also `#[derive(klink_api::Deserialize)]` on hand-written types, where
//! the paths have indices.

use klink_api::{Client, Error, Extra};
use klink_tests::{Action, ScriptedServer, Traces, example};
use serde_json::{Value, json};

fn client(url: &str) -> Client {
    Client::builder()
        .base_url(url)
        .token("kpt_tolerant_0123456789abcdef")
        .build()
        .unwrap()
}

/// The docs' ticket listing, with three tickets where the docs show one:
/// the docs' own, and two that contradict the spec the way real traffic
/// does (a ticket number as a string, a priority as a number, `null` for
/// the tags array, a key never shown), inside an envelope with a key the
/// docs never show.
fn contradicting_ticket_page() -> Value {
    let mut page: Value = serde_json::from_str(&example("tickets.list.response.200.prefix.json"))
        .expect("the docs' example is JSON");
    let docs_ticket = page["data"][0].clone();
    let mut second = docs_ticket.clone();
    second["ticketNumber"] = json!("51002");
    second["priority"] = json!(3);
    second["tags"] = Value::Null;
    second["slaBreached"] = json!(false);
    let mut third = docs_ticket.clone();
    third["ticketNumber"] = json!("51003");
    page["data"] = json!([docs_ticket, second, third]);
    page["requestId"] = json!("req-1");
    page
}

#[tokio::test(flavor = "current_thread")]
async fn a_list_with_wrong_optional_values_is_decoded_and_the_values_kept() {
    let sent = contradicting_ticket_page();
    let server = ScriptedServer::start([Action::json(200, &sent.to_string())]).await;
    let (traces, _guard) = Traces::capture(tracing::Level::WARN);

    let page = client(&server.url())
        .list_tickets()
        .send()
        .await
        .expect("wrong optional values do not fail the call")
        .into_inner();

    assert_eq!(page.data.len(), 3, "no ticket is lost");
    assert_eq!(page.data[0].ticket_number, Some(38838));
    let second = &page.data[1];
    assert_eq!(second.ticket_number, None);
    assert_eq!(second.extra["ticketNumber"], "51002");
    assert_eq!(second.priority, None);
    assert_eq!(second.extra["priority"], 3);
    assert!(second.tags.is_empty());
    assert_eq!(second.extra["tags"], Value::Null);
    assert_eq!(second.extra["slaBreached"], false);
    assert_eq!(page.data[2].extra["ticketNumber"], "51003");
    assert_eq!(page.extra["requestId"], "req-1");

    // Written back, each ticket is what the server sent.
    for (ticket, sent) in page.data.iter().zip(sent["data"].as_array().unwrap()) {
        assert_eq!(&serde_json::to_value(ticket).unwrap(), sent);
    }

    // One warning per type and key, however many tickets carry it; the
    // kind of value is named, never the value.
    let text = traces.text();
    let warnings: Vec<&str> = text.lines().filter(|l| l.contains("WARN")).collect();
    let about = |key: &str| {
        warnings
            .iter()
            .filter(|line| line.contains(&format!("key=\"{key}\"")))
            .count()
    };
    assert_eq!(about("ticketNumber"), 1, "{text}");
    assert_eq!(about("priority"), 1, "{text}");
    assert_eq!(about("tags"), 1, "{text}");
    let ticket_number = warnings
        .iter()
        .find(|line| line.contains("key=\"ticketNumber\""))
        .unwrap();
    assert!(ticket_number.contains("type=\"Ticket\""), "{ticket_number}");
    assert!(
        ticket_number.contains("expected=\"Option<i64>\""),
        "{ticket_number}"
    );
    assert!(
        ticket_number.contains("came=\"a string\""),
        "{ticket_number}"
    );
    assert!(!text.contains("51002"), "values are not logged: {text}");
}

#[tokio::test]
async fn a_required_field_that_does_not_fit_still_fails_with_its_path() {
    let mut body: Value = serde_json::from_str(&example("message.send.response.200.json")).unwrap();
    body["data"]["createdAt"] = json!(1_771_588_000);
    let server = ScriptedServer::start([Action::json(200, &body.to_string())]).await;
    let request = serde_json::from_str(&example("message.send.request.json")).unwrap();

    let error = client(&server.url())
        .send_message()
        .body::<klink_api::types::SendMessageRequest>(request)
        .send()
        .await
        .unwrap_err();

    let Error::Decode { source, .. } = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    // `MessageEnvelope` (the docs show it whole, so it keeps no undeclared
    // keys) is serde's derive, which names no keys: the path starts at the
    // message, whose `createdAt` is required.
    assert!(
        source
            .to_string()
            .starts_with("at `createdAt`: invalid type: integer `1771588000`"),
        "{source}"
    );
    assert!(error.may_have_been_processed(), "the message may be sent");
}

/// A hand-written list whose items have a required `id`.
#[derive(Debug, serde::Serialize, klink_api::Deserialize)]
struct Page {
    data: Vec<Item>,
    #[serde(skip_serializing_if = "Option::is_none")]
    first: Option<Item>,
    #[serde(flatten)]
    extra: Extra,
}

#[derive(Debug, serde::Serialize, klink_api::Deserialize)]
struct Item {
    id: String,
    #[serde(rename = "n", skip_serializing_if = "Option::is_none")]
    number: Option<i64>,
    #[serde(default = "no_labels", skip_serializing_if = "Vec::is_empty")]
    labels: Vec<String>,
    #[serde(flatten)]
    extra: Extra,
}

fn no_labels() -> Vec<String> {
    Vec::new()
}

fn decode(body: &str) -> Result<Page, serde_json::Error> {
    klink_api::__private::decode_body(body.as_bytes())
}

#[test]
fn errors_name_the_index_of_the_item() {
    let error = decode(r#"{"data": [{"id": "a"}, {"id": 5, "n": "x"}]}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("at `data[1].id`: invalid type: integer `5`, expected a string"),
        "{error}"
    );
    let error = decode(r#"{"data": [{"id": "a"}, {"n": 1}]}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("at `data[1]`: missing field `id`"),
        "{error}"
    );
    // The top of the body is not the declared shape.
    let error = decode(r#"[{"id": "a"}]"#).unwrap_err();
    assert!(
        error.to_string().contains("expected struct Page"),
        "{error}"
    );
}

#[test]
fn a_required_field_missing_inside_an_optional_one_is_not_swallowed() {
    // `first` is optional, but its value is an item without the required
    // `id`: not "a value of another type", an item that is broken.
    let error = decode(r#"{"data": [], "first": {"n": 1}}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("at `first`: missing field `id`"),
        "{error}"
    );
    // A value of another type for the same optional field is given up.
    // (Logged to a subscriber of this test's own: the first test to reach
    // the warning's callsite decides its interest, and a callsite first
    // reached with no subscriber anywhere stays silent for the tests that
    // read the warnings.)
    let (_traces, _guard) = Traces::capture(tracing::Level::WARN);
    let page = decode(r#"{"data": [], "first": "none"}"#).unwrap();
    assert!(page.first.is_none());
    assert_eq!(page.extra["first"], "none");
}

#[test]
fn the_derive_keeps_undeclared_keys_and_reads_serde_attributes() {
    let page =
        decode(r#"{"data": [{"id": "a", "n": 2, "color": [1, 2.50]}], "total": 1}"#).unwrap();
    let item = &page.data[0];
    assert_eq!((item.id.as_str(), item.number), ("a", Some(2)));
    assert!(item.labels.is_empty());
    assert_eq!(item.extra.raw_json(), Some(r#"{"color":[1, 2.50]}"#));
    assert_eq!(page.extra["total"], 1);
    assert_eq!(
        serde_json::to_string(&page).unwrap(),
        r#"{"data":[{"id":"a","n":2,"color":[1,2.5]}],"total":1}"#
    );
    // The strict decode is serde's: a wrong optional value is an error
    // there, named by its key.
    let strict = serde_json::from_str::<Item>(r#"{"id": "a", "n": "x"}"#).unwrap_err();
    assert!(
        strict.to_string().starts_with("at `n`: invalid type"),
        "{strict}"
    );
    let duplicate = serde_json::from_str::<Item>(r#"{"id": "a", "id": "b"}"#).unwrap_err();
    assert!(
        duplicate.to_string().contains("duplicate field `id`"),
        "{duplicate}"
    );
}
