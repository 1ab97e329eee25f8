//! `stream()` of the list operations against the scripted loopback server:
//! where it stops, what it asks for, and how it ends on a bad server.

use std::time::Duration;

use futures_util::{StreamExt, TryStreamExt};
use klink_api::{Client, Error, RetryPolicy};
use klink_tests::{Action, RecordedRequest, ScriptedServer};
use serde_json::{Value, json};

/// Bounds every walk: a stream that does not end fails the test instead of
/// hanging it. Generous, since it never decides a pass.
const BOUND: Duration = Duration::from_secs(30);

fn client(url: &str) -> Client {
    client_retrying(url, RetryPolicy::default())
}

fn client_retrying(url: &str, retry: RetryPolicy) -> Client {
    Client::builder()
        .base_url(url)
        .token("kpt_pagination_0123456789abcdef")
        .timeout(Duration::from_secs(10))
        .retry(retry)
        .build()
        .unwrap()
}

fn contact_id(i: u64) -> String {
    format!("c786bb40-a58e-4d60-afe6-{i:012}")
}

/// Contacts `range` as the docs' Detail example shapes them.
fn contacts(range: std::ops::Range<u64>) -> Vec<Value> {
    range
        .map(|i| {
            json!({
                "id": contact_id(i),
                "name": format!("Kyaw {i}"),
                "address": null,
                "channel": null,
                "notes": null,
                "tags": [{"id": "2ee98c63-24b2-49ed-a867-e20b0f83c7e0", "name": "platinum"}],
            })
        })
        .collect()
}

/// A `200` with the list envelope `{total, page, pageSize, lastPage, data}`.
fn page(data: Vec<Value>, page: u64, page_size: u64, total: u64, last_page: u64) -> Action {
    let body = json!({
        "total": total,
        "page": page,
        "pageSize": page_size,
        "lastPage": last_page,
        "data": data,
    });
    Action::json(200, &body.to_string())
}

/// The query parameter `name` of a recorded request.
fn query(request: &RecordedRequest, name: &str) -> Option<String> {
    let (_, query) = request.path.split_once('?')?;
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// `(page, pageSize)` of every request the server got.
fn pages_asked(server: &ScriptedServer) -> Vec<(String, String)> {
    server
        .requests()
        .iter()
        .map(|r| {
            (
                query(r, "page").unwrap_or_default(),
                query(r, "pageSize").unwrap_or_default(),
            )
        })
        .collect()
}

fn asked(pairs: &[(u64, u64)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(page, size)| (page.to_string(), size.to_string()))
        .collect()
}

/// Every result of a stream, bounded by [`BOUND`].
async fn drain<S: futures_util::Stream + Unpin>(stream: S) -> Vec<S::Item> {
    tokio::time::timeout(BOUND, stream.collect())
        .await
        .expect("the stream ended")
}

fn ids(contacts: &[klink_api::types::Contact]) -> Vec<String> {
    contacts
        .iter()
        .map(|c| c.id.clone().unwrap_or_default())
        .collect()
}

#[tokio::test]
async fn no_items_is_one_request_and_an_empty_stream() {
    let server = ScriptedServer::start([page(vec![], 1, 100, 0, 0)]).await;
    let results = drain(client(&server.url()).list_contacts().stream()).await;
    assert!(results.is_empty(), "{results:?}");
    assert_eq!(pages_asked(&server), asked(&[(1, 100)]));
}

#[tokio::test]
async fn exactly_one_full_page_is_one_request() {
    let server = ScriptedServer::start([page(contacts(0..10), 1, 10, 10, 1)]).await;
    let all: Vec<_> = tokio::time::timeout(
        BOUND,
        client(&server.url())
            .list_contacts()
            .page_size(10)
            .stream()
            .try_collect::<Vec<_>>(),
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(ids(&all), (0..10).map(contact_id).collect::<Vec<_>>());
    assert_eq!(pages_asked(&server), asked(&[(1, 10)]));
}

#[tokio::test]
async fn twenty_five_items_in_pages_of_ten_are_three_requests_in_order() {
    let server = ScriptedServer::start([
        page(contacts(0..10), 1, 10, 25, 3),
        page(contacts(10..20), 2, 10, 25, 3),
        page(contacts(20..25), 3, 10, 25, 3),
    ])
    .await;
    let all: Vec<_> = tokio::time::timeout(
        BOUND,
        client(&server.url())
            .list_contacts()
            .keyword("kyaw")
            .page_size(10)
            .stream()
            .try_collect::<Vec<_>>(),
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(ids(&all), (0..25).map(contact_id).collect::<Vec<_>>());
    assert_eq!(pages_asked(&server), asked(&[(1, 10), (2, 10), (3, 10)]));
    for request in server.requests() {
        assert_eq!(request.method, "GET");
        assert!(
            request.path.starts_with("/api/v1/contacts?"),
            "{}",
            request.path
        );
        assert_eq!(query(&request, "keyword").as_deref(), Some("kyaw"));
    }
}

#[tokio::test]
async fn the_docs_inconsistent_counters_do_not_stop_the_walk_early() {
    // Ticket → Listing's example: full pages of 10, `lastPage: 1`, a larger
    // `total`. `page * pageSize < total` keeps the walk going to page 3.
    let server = ScriptedServer::start([
        page(contacts(0..10), 1, 10, 30, 1),
        page(contacts(10..20), 2, 10, 30, 1),
        page(contacts(20..30), 3, 10, 30, 1),
    ])
    .await;
    let all: Vec<_> = client(&server.url())
        .list_contacts()
        .page_size(10)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&all), (0..30).map(contact_id).collect::<Vec<_>>());
    assert_eq!(pages_asked(&server), asked(&[(1, 10), (2, 10), (3, 10)]));
}

#[tokio::test]
async fn a_server_that_ignores_page_ends_the_stream_with_an_error() {
    // The script's one action repeats: page 1 for every request.
    let server = ScriptedServer::start([page(contacts(0..10), 1, 10, 100, 10)]).await;
    let results = drain(client(&server.url()).list_contacts().page_size(10).stream()).await;
    assert_eq!(results.len(), 11, "page 1's items, then one error");
    let delivered: Vec<_> = results[..10]
        .iter()
        .map(|r| r.as_ref().unwrap().id.clone().unwrap())
        .collect();
    assert_eq!(delivered, (0..10).map(contact_id).collect::<Vec<_>>());
    let error = results[10].as_ref().unwrap_err();
    match error {
        Error::RepeatedPage { page, first_id } => {
            assert_eq!(*page, 2);
            assert_eq!(first_id.as_deref(), Some(contact_id(0).as_str()));
        }
        other => panic!("{other:?}"),
    }
    assert!(error.to_string().contains("page 2"), "{error}");
    assert!(!error.is_retryable());
    assert_eq!(pages_asked(&server), asked(&[(1, 10), (2, 10)]));
}

#[tokio::test]
async fn a_500_on_page_two_delivers_page_one_then_one_error() {
    let server = ScriptedServer::start([
        page(contacts(0..10), 1, 10, 25, 3),
        Action::json(500, r#"{"message":"internal"}"#),
        page(contacts(10..20), 2, 10, 25, 3),
    ])
    .await;
    let results = drain(client(&server.url()).list_contacts().page_size(10).stream()).await;
    assert_eq!(results.len(), 11, "{results:?}");
    assert!(results[..10].iter().all(Result::is_ok));
    assert_eq!(
        results[10]
            .as_ref()
            .unwrap_err()
            .status()
            .map(|s| s.as_u16()),
        Some(500)
    );
    // 500 is not a transient status: the policy does not retry it, and the
    // walk does not go on past the failed page.
    assert_eq!(pages_asked(&server), asked(&[(1, 10), (2, 10)]));
}

#[tokio::test]
async fn a_transient_failure_on_page_two_is_retried_before_the_error() {
    let unavailable = Action::response(503, "text/plain", &[("retry-after", "0")], "busy");
    let server = ScriptedServer::start([page(contacts(0..10), 1, 10, 25, 3), unavailable]).await;
    let retry = RetryPolicy::default()
        .max_attempts(3)
        .initial_backoff(Duration::from_millis(10))
        .max_backoff(Duration::from_millis(50));
    let client = client_retrying(&server.url(), retry);
    let results = drain(client.list_contacts().page_size(10).stream()).await;
    assert_eq!(results.len(), 11, "{results:?}");
    let Err(Error::Api(api)) = &results[10] else {
        panic!("{:?}", results[10]);
    };
    assert_eq!(api.status().as_u16(), 503);
    assert_eq!(api.attempts(), Some(3));
    assert_eq!(
        pages_asked(&server),
        asked(&[(1, 10), (2, 10), (2, 10), (2, 10)])
    );
}

#[tokio::test]
async fn cx_logs_walk_the_envelope_nested_under_cx_logs() {
    let log =
        |i: u64| json!({"id": format!("log-{i}"), "caseId": 12540 + i, "channel": "messenger"});
    let nested = |range: std::ops::Range<u64>, page: u64| {
        let body = json!({
            "requestId": "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
            "cxLogs": {
                "data": range.map(log).collect::<Vec<_>>(),
                "total": 15,
                "page": page,
                "pageSize": 10,
                "lastPage": 2,
            },
        });
        Action::json(200, &body.to_string())
    };
    let server = ScriptedServer::start([nested(0..10, 1), nested(10..15, 2)]).await;
    let logs: Vec<_> = client(&server.url())
        .list_cx_logs()
        .selected_date("2025/04/01 00:00:00-2025/04/25 23:59:00")
        .x_client_timezone("Asia/Singapore")
        .page_size(10)
        .stream()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = logs
        .iter()
        .map(|l| l.id.clone().unwrap_or_default())
        .collect();
    assert_eq!(ids, (0..15).map(|i| format!("log-{i}")).collect::<Vec<_>>());
    assert_eq!(pages_asked(&server), asked(&[(1, 10), (2, 10)]));
    for request in server.requests() {
        assert!(
            request.path.starts_with("/api/v1/cx-logs?"),
            "{}",
            request.path
        );
        assert!(
            query(&request, "selectedDate").is_some(),
            "{}",
            request.path
        );
        assert_eq!(request.header("x-client-timezone"), Some("Asia/Singapore"));
    }
}

#[tokio::test]
async fn a_page_size_above_one_hundred_is_sent_unchanged_and_the_servers_size_decides() {
    // The server caps pages at 100 and says so in `pageSize`.
    let server = ScriptedServer::start([
        page(contacts(0..100), 1, 100, 230, 3),
        page(contacts(100..200), 2, 100, 230, 3),
        page(contacts(200..230), 3, 100, 230, 3),
    ])
    .await;
    let all: Vec<_> = client(&server.url())
        .list_contacts()
        .page_size(250)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&all), (0..230).map(contact_id).collect::<Vec<_>>());
    assert_eq!(pages_asked(&server), asked(&[(1, 250), (2, 250), (3, 250)]));
}

#[tokio::test]
async fn take_fetches_only_the_pages_it_needs_and_page_sets_the_start() {
    let server = ScriptedServer::start([
        page(contacts(20..30), 3, 10, 100, 10),
        page(contacts(30..40), 4, 10, 100, 10),
        page(contacts(40..50), 5, 10, 100, 10),
    ])
    .await;
    let first: Vec<_> = client(&server.url())
        .list_contacts()
        .page(3)
        .page_size(10)
        .stream()
        .take(15)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&first), (20..35).map(contact_id).collect::<Vec<_>>());
    assert_eq!(pages_asked(&server), asked(&[(3, 10), (4, 10)]));
}

#[tokio::test]
async fn an_invalid_page_setting_is_one_error_and_no_request() {
    let server = ScriptedServer::start([page(vec![], 1, 100, 0, 0)]).await;
    let results = drain(client(&server.url()).list_contacts().page(-1).stream()).await;
    assert_eq!(results.len(), 1);
    assert!(
        matches!(&results[0], Err(Error::InvalidRequest(m)) if m.contains("`page`")),
        "{results:?}"
    );
    assert!(server.requests().is_empty());
}
