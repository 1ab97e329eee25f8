//! The extension crate's calls against the scripted loopback server: they
//! run klink-api's runtime (token, user agent, `api-version`, retries by
//! method, errors), stream pages, reuse the base's types and keep unknown
//! keys.

use std::time::Duration;

use futures_util::TryStreamExt;
use klink_api::{Client, RetryPolicy};
use klink_extend_tests::extra;
use klink_tests::{Action, ScriptedServer};
use serde_json::json;

const TOKEN: &str = "kpt_extend_0123456789abcdef";

fn base(url: &str) -> Client {
    Client::builder()
        .base_url(url)
        .token(TOKEN)
        .user_agent("extend-test/1")
        .retry(
            RetryPolicy::default()
                .max_attempts(3)
                .initial_backoff(Duration::from_millis(10)),
        )
        .build()
        .unwrap()
}

fn limited() -> Action {
    Action::response(429, "application/json", &[("retry-after", "0")], "{}")
}

fn tag_page(page: u64, names: &[&str]) -> Action {
    let data: Vec<_> = names
        .iter()
        .map(|name| json!({"id": format!("id-{name}"), "name": name, "color": "gold"}))
        .collect();
    let body = json!({"total": 3, "page": page, "pageSize": 2, "lastPage": 2, "data": data});
    Action::json(200, &body.to_string())
}

#[tokio::test]
async fn a_list_streams_every_page_of_base_tags_after_a_429() {
    let server = ScriptedServer::start([
        limited(),
        tag_page(1, &["vip", "new"]),
        tag_page(2, &["old"]),
    ])
    .await;
    let extra = extra::Client::from(&base(&server.url()));

    // The items are the base spec's `Tag`: the extension did not generate
    // its own.
    let tags: Vec<klink_api::types::Tag> = extra
        .list_tags()
        .page_size(2)
        .stream()
        .try_collect()
        .await
        .unwrap();

    let names: Vec<_> = tags
        .iter()
        .map(|tag| tag.name.as_deref().unwrap())
        .collect();
    assert_eq!(names, ["vip", "new", "old"]);
    // `color` is in no schema: kept, not rejected.
    assert_eq!(tags[0].extra["color"], "gold");
    let requests = server.requests();
    let paths: Vec<_> = requests.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/api/v1/tags?page=1&pageSize=2",
            "/api/v1/tags?page=1&pageSize=2",
            "/api/v1/tags?page=2&pageSize=2"
        ]
    );
    for request in &requests {
        assert_eq!(
            request.header("authorization"),
            Some(format!("Bearer {TOKEN}").as_str())
        );
        assert_eq!(request.header("user-agent"), Some("extend-test/1"));
        // The base API's version, whatever the extension's `info` says.
        assert_eq!(request.header("api-version"), Some("1"));
    }
}

#[tokio::test]
async fn a_call_decodes_its_own_types_and_keeps_unknown_keys() {
    let body = json!({
        "data": [{"id": "ch1", "name": "Line", "createdAt": "2026-03-30T08:30:00.123Z", "kind": "line"}],
        "requestId": "r-1",
    });
    let server = ScriptedServer::start([Action::json(200, &body.to_string())]).await;
    let extra = extra::Client::from(base(&server.url()));

    let channels: extra::types::ChannelList =
        extra.list_channels().send().await.unwrap().into_inner();

    let channel = &channels.data[0];
    assert_eq!(channel.name.as_deref(), Some("Line"));
    let created: &klink_api::Timestamp = channel.created_at.as_ref().unwrap();
    assert_eq!(created.to_string(), "2026-03-30T08:30:00.123Z");
    assert_eq!(channel.extra["kind"], "line");
    assert_eq!(channels.extra["requestId"], "r-1");
    // Written back, the payload is what was read.
    assert_eq!(serde_json::to_value(&channels).unwrap(), body);
}

#[tokio::test]
async fn a_post_is_retried_on_429_and_an_error_status_is_a_klink_api_error() {
    let created = json!({"id": "ch2", "name": "Viber"});
    let server = ScriptedServer::start([
        limited(),
        Action::json(200, &created.to_string()),
        Action::json(404, r#"{"status": 404, "message": "no such channel"}"#),
    ])
    .await;
    let extra = extra::Client::from(&base(&server.url()));
    let body = extra::types::Channel {
        name: Some("Viber".into()),
        id: None,
        created_at: None,
        extra: Default::default(),
    };

    let channel = extra.create_channel().body(body).send().await.unwrap();
    assert_eq!(channel.id.as_deref(), Some("ch2"));
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "the 429 was retried once");
    assert_eq!(requests[1].method, "POST");
    assert_eq!(requests[1].json(), json!({"name": "Viber"}));

    // `send()` fails with klink-api's own error, as the base calls do.
    let error: klink_api::Error = extra.list_channels().send().await.unwrap_err();
    let klink_api::Error::Api(api) = &error else {
        panic!("expected an API error, got {error:?}");
    };
    assert_eq!(api.status(), 404);
    assert_eq!(api.message(), Some("no such channel"));
}
