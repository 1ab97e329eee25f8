//! Capture end to end: real clients against the scripted loopback server,
//! capturing to real files, which are then read back as HAR 1.2.

// The example's `main` is not used here.
#[allow(dead_code)]
#[path = "../../klink-api/examples/capture.rs"]
mod capture_example;

use std::path::{Path, PathBuf};
use std::time::Duration;

use base64::Engine;
use futures_util::TryStreamExt;
use klink_api::types::SendMessageRequest;
use klink_api::{Client, ConfigError, Method, RetryPolicy};
use klink_tests::{Action, ScriptedServer, Traces, example, refused_url};
use serde_json::{Value, json};

const TOKEN: &str = "kpt_live_0a1b2c3d4e5f60718293a4b5c6d7e8f9";

fn scratch() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("capture.har");
    (dir, path)
}

fn builder(server: &ScriptedServer, path: &Path) -> klink_api::ClientBuilder {
    Client::builder()
        .base_url(server.url())
        .token(TOKEN)
        .capture(path)
        .retry(quick_retries())
}

fn quick_retries() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(3)
        .initial_backoff(Duration::from_millis(1))
}

/// The file's entries, after checking that it is a HAR 1.2 document and
/// that each entry has every field the format requires, of the right type.
fn entries(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap();
    let document: Value = serde_json::from_str(&text).expect("the capture is one JSON document");
    let log = &document["log"];
    assert_eq!(log["version"], "1.2");
    assert!(log["creator"]["name"].is_string() && log["creator"]["version"].is_string());
    let entries = log["entries"].as_array().expect("log.entries").clone();
    for entry in &entries {
        check_entry(entry);
    }
    entries
}

/// The fields HAR 1.2 requires of an entry.
fn check_entry(entry: &Value) {
    let started = entry["startedDateTime"].as_str().expect("startedDateTime");
    assert!(
        chrono_like(started),
        "startedDateTime is ISO 8601: {started}"
    );
    assert!(entry["time"].is_number());
    assert!(entry["cache"].is_object());
    for timing in ["send", "wait", "receive"] {
        assert!(entry["timings"][timing].is_number(), "timings.{timing}");
    }
    let request = &entry["request"];
    for (key, is) in [
        ("method", Value::is_string as fn(&Value) -> bool),
        ("url", Value::is_string),
        ("httpVersion", Value::is_string),
        ("cookies", Value::is_array),
        ("headers", Value::is_array),
        ("queryString", Value::is_array),
        ("headersSize", Value::is_i64),
        ("bodySize", Value::is_i64),
    ] {
        assert!(is(&request[key]), "request.{key} in {request}");
    }
    if let Some(post) = request.get("postData") {
        assert!(post["mimeType"].is_string() && post["text"].is_string());
    }
    let response = &entry["response"];
    for (key, is) in [
        ("status", Value::is_u64 as fn(&Value) -> bool),
        ("statusText", Value::is_string),
        ("httpVersion", Value::is_string),
        ("cookies", Value::is_array),
        ("headers", Value::is_array),
        ("content", Value::is_object),
        ("redirectURL", Value::is_string),
        ("headersSize", Value::is_i64),
        ("bodySize", Value::is_i64),
    ] {
        assert!(is(&response[key]), "response.{key} in {response}");
    }
    assert!(response["content"]["size"].is_u64() && response["content"]["mimeType"].is_string());
}

fn chrono_like(text: &str) -> bool {
    text.len() >= 20 && text.as_bytes()[4] == b'-' && text.contains('T') && text.ends_with('Z')
}

fn header<'a>(message: &'a Value, name: &str) -> Option<&'a str> {
    message["headers"].as_array()?.iter().find(|h| {
        h["name"]
            .as_str()
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
    })?["value"]
        .as_str()
}

fn contacts_page(page: u64, ids: std::ops::Range<u64>, last_page: u64) -> String {
    let data: Vec<Value> = ids
        .map(|i| json!({"id": format!("c{i}"), "name": format!("Customer {i}"), "notes": "unseen"}))
        .collect();
    json!({"total": 5, "page": page, "pageSize": 2, "lastPage": last_page, "data": data})
        .to_string()
}

#[tokio::test]
async fn a_retried_call_records_every_attempt() {
    let (_dir, path) = scratch();
    let server = ScriptedServer::start([
        Action::response(
            503,
            "application/json",
            &[("retry-after", "0")],
            r#"{"message":"busy"}"#,
        ),
        Action::json(200, &contacts_page(1, 0..1, 1)),
    ])
    .await;
    let client = builder(&server, &path).build().unwrap();
    let page = client.list_contacts().keyword("kyaw").send().await.unwrap();
    assert_eq!(page.data.len(), 1, "the call got its answer back whole");
    assert_eq!(page.data[0].extra["notes"], "unseen");

    let entries = entries(&path);
    assert_eq!(entries.len(), 2, "{entries:#?}");
    let statuses: Vec<_> = entries
        .iter()
        .map(|e| e["response"]["status"].clone())
        .collect();
    assert_eq!(statuses, [503, 200]);
    let attempts: Vec<_> = entries.iter().map(|e| e["_klinkAttempt"].clone()).collect();
    assert_eq!(attempts, [1, 2]);
    for entry in &entries {
        assert_eq!(entry["_klinkOperation"], "list_contacts");
        assert_eq!(entry["request"]["method"], "GET");
        assert!(
            entry["request"]["url"]
                .as_str()
                .unwrap()
                .ends_with("/api/v1/contacts?keyword=kyaw")
        );
        assert_eq!(
            entry["request"]["queryString"],
            json!([{"name": "keyword", "value": "kyaw"}])
        );
    }
    assert_eq!(
        entries[0]["response"]["content"]["text"],
        r#"{"message":"busy"}"#
    );
    assert_eq!(header(&entries[0]["response"], "retry-after"), Some("0"));
    let answer: Value =
        serde_json::from_str(entries[1]["response"]["content"]["text"].as_str().unwrap()).unwrap();
    assert_eq!(answer["data"][0]["notes"], "unseen");
}

#[tokio::test]
async fn a_stream_records_every_page() {
    let (_dir, path) = scratch();
    let server = ScriptedServer::start([
        Action::json(200, &contacts_page(1, 0..2, 3)),
        Action::json(200, &contacts_page(2, 2..4, 3)),
        Action::json(200, &contacts_page(3, 4..5, 3)),
    ])
    .await;
    let client = builder(&server, &path).build().unwrap();
    let contacts: Vec<_> = client
        .list_contacts()
        .page_size(2)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(contacts.len(), 5);

    let entries = entries(&path);
    let pages: Vec<_> = entries
        .iter()
        .map(|e| e["request"]["queryString"][0].clone())
        .collect();
    assert_eq!(
        pages,
        [1, 2, 3].map(|page| json!({"name": "page", "value": page.to_string()}))
    );
    assert!(entries.iter().all(|e| e["response"]["status"] == 200));
}

#[tokio::test]
async fn secrets_are_masked_before_they_reach_the_disk() {
    let (_dir, path) = scratch();
    // A server that echoes the token in a header and in its body, and sets
    // a session cookie.
    let echo = format!(r#"{{"data":{{"youSent":"Bearer {TOKEN}"}}}}"#);
    let server = ScriptedServer::start([Action::response(
        200,
        "application/json",
        &[
            ("set-cookie", "sid=cookie-value-1; Path=/; HttpOnly"),
            ("x-echo", &format!("token was {TOKEN}")),
        ],
        &echo,
    )])
    .await;
    let client = builder(&server, &path).build().unwrap();
    let answer = client
        .raw(
            Method::GET,
            "/api/v1/tags?access_token=query-secret-2&keyword=kyaw",
        )
        .query(&[("apiKey", "query-secret-3"), ("page", "1")])
        .header("x-api-key", "header-secret-4")
        .header("cookie", "session=cookie-value-5; theme=dark")
        .header("x-client-timezone", "Asia/Yangon")
        .send::<Value>()
        .await
        .unwrap();
    assert_eq!(
        answer.into_inner()["data"]["youSent"],
        format!("Bearer {TOKEN}"),
        "the call itself gets the body unmasked"
    );

    let text = std::fs::read_to_string(&path).unwrap();
    for secret in [
        TOKEN,
        &TOKEN[4..20],
        "query-secret-2",
        "query-secret-3",
        "header-secret-4",
        "cookie-value-1",
        "cookie-value-5",
    ] {
        assert!(!text.contains(secret), "{secret} reached the file:\n{text}");
    }
    let entries = entries(&path);
    let request = &entries[0]["request"];
    assert_eq!(header(request, "authorization"), Some("***"));
    assert_eq!(header(request, "x-api-key"), Some("***"));
    assert_eq!(header(request, "cookie"), Some("***"));
    assert_eq!(
        header(request, "x-client-timezone"),
        Some("Asia/Yangon"),
        "others stay"
    );
    assert_eq!(
        request["cookies"],
        json!([{"name": "session", "value": "***"}, {"name": "theme", "value": "***"}])
    );
    let url = request["url"].as_str().unwrap();
    assert!(
        url.ends_with("?access_token=***&keyword=kyaw&apiKey=***&page=1"),
        "{url}"
    );
    let response = &entries[0]["response"];
    assert_eq!(
        response["cookies"],
        json!([{"name": "sid", "value": "***"}])
    );
    assert_eq!(header(response, "x-echo"), Some("token was ***"));
    assert_eq!(
        response["content"]["text"],
        r#"{"data":{"youSent":"Bearer ***"}}"#
    );
}

/// The token as a server might echo it back: percent-encoded (all, some,
/// lower-case hex), JSON-escaped (all, some, mixed with percent escapes),
/// base64-encoded whole (standard with padding, URL-safe without, with
/// PHP's `\/`).
fn encoded_echoes() -> Vec<String> {
    use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};

    let spelled = |encoded: &dyn Fn(usize) -> bool, escape: &dyn Fn(u8) -> String| {
        klink_tests::spelled(TOKEN, encoded, escape)
    };
    vec![
        spelled(&|i| i == 3, &|b| format!("%{b:02X}")),
        spelled(&|_| true, &|b| format!("%{b:02x}")),
        spelled(&|i| i % 3 == 1, &|b| format!("%{b:02X}")),
        spelled(&|i| i == 3 || i == 8, &|b| format!("\\u{b:04x}")),
        spelled(&|_| true, &|b| format!("\\u{b:04X}")),
        spelled(&|i| i % 2 == 0, &|b| {
            if i32::from(b) % 3 == 0 {
                format!("%{b:02X}")
            } else {
                format!("\\u{b:04x}")
            }
        }),
        STANDARD.encode(TOKEN),
        URL_SAFE_NO_PAD.encode(TOKEN),
        STANDARD.encode(TOKEN).replace('/', "\\/"),
    ]
}

#[tokio::test]
async fn a_token_echoed_in_any_encoding_is_masked_in_the_file() {
    let (_dir, path) = scratch();
    let echoes = encoded_echoes();
    // A string one character away from the token stays as it came.
    let near_miss = format!("{}0", &TOKEN[..TOKEN.len() - 1]);
    assert_ne!(near_miss, TOKEN);
    let body = |echo: &str| {
        format!(
            r#"{{"status":true,"message":"Contact updated","data":{{"id":"a0cad4e8-c23b-426d-95fe-75d02325d943","name":"Mya","notes":"synced with {echo}","webhookUrl":"https:\/\/hooks.example.com\/klink?token={echo}&v=2","other":"{near_miss}"}}}}"#
        )
    };
    let mut script: Vec<Action> = echoes
        .iter()
        .map(|echo| {
            Action::response(
                200,
                "application/json",
                &[("location", &format!("/api/v1/contacts?token={echo}"))],
                &body(echo),
            )
        })
        .collect();
    // Not UTF-8: written to the file as base64, the token masked before.
    let mut binary = b"\xff\xfe binary ".to_vec();
    binary.extend_from_slice(echoes[1].as_bytes());
    let mut response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        binary.len()
    )
    .into_bytes();
    response.extend_from_slice(&binary);
    script.push(Action::Respond(response));
    let server = ScriptedServer::start(script).await;
    let client = builder(&server, &path).build().unwrap();
    for echo in &echoes {
        let answer = client
            .raw(Method::GET, "/api/v1/contacts/a0cad4e8")
            .send::<Value>()
            .await
            .unwrap();
        assert!(
            answer.into_inner()["data"]["notes"]
                .as_str()
                .is_some_and(|notes| !notes.contains("***")),
            "the call itself gets {echo} unmasked"
        );
    }
    let bytes = client
        .raw(Method::GET, "/api/v1/files/1")
        .send_bytes()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(bytes.as_ref(), binary.as_slice());

    let text = std::fs::read_to_string(&path).unwrap();
    let entries = entries(&path);
    assert_eq!(entries.len(), echoes.len() + 1);
    for (entry, echo) in entries.iter().zip(&echoes) {
        let response = &entry["response"];
        let content = response["content"]["text"].as_str().unwrap();
        assert_eq!(content, body(MASK), "{echo} masked, the rest as sent");
        assert_eq!(
            header(response, "location"),
            Some("/api/v1/contacts?token=***"),
            "{echo}"
        );
    }
    assert!(text.contains(&near_miss), "a near miss is kept");
    let binary_entry = &entries[echoes.len()]["response"]["content"];
    assert_eq!(binary_entry["encoding"], "base64");
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(binary_entry["text"].as_str().unwrap())
        .unwrap();
    assert_eq!(decoded, b"\xff\xfe binary ***");
    // Nowhere in the file in any of its encodings.
    for echo in &echoes {
        let escaped = serde_json::to_string(echo).unwrap();
        let escaped = escaped.trim_matches('"');
        assert!(!text.contains(escaped), "{echo} reached the file");
    }
    let without_near_misses = text.replace(&near_miss, "");
    assert!(!without_near_misses.contains(&TOKEN[4..20]), "{text}");
}

/// What the capture writes for a hidden value.
const MASK: &str = "***";

#[cfg(target_os = "linux")]
#[tokio::test(flavor = "current_thread")]
async fn a_failed_write_does_not_fail_the_call_and_warns_once() {
    let (logs, _guard) = Traces::capture(tracing::Level::WARN);
    let server = ScriptedServer::start([Action::json(
        200,
        &example("message.send.response.200.json"),
    )])
    .await;
    // Every write to /dev/full fails with "no space left on device".
    let client = builder(&server, Path::new("/dev/full")).build().unwrap();
    for _ in 0..3 {
        let sent = client
            .send_message()
            .body(
                serde_json::from_str::<SendMessageRequest>(&example("message.send.request.json"))
                    .unwrap(),
            )
            .send()
            .await
            .expect("the call succeeds although its capture cannot be written");
        assert_eq!(sent.status, 200);
    }
    assert_eq!(server.requests().len(), 3);
    let warnings = logs.text();
    assert_eq!(
        warnings.matches("cannot write the capture file").count(),
        1,
        "{warnings}"
    );
    assert!(!warnings.contains(TOKEN));
}

#[tokio::test]
async fn long_bodies_are_truncated_with_a_note() {
    let (_dir, path) = scratch();
    let long_answer =
        json!({"status": 200, "message": "x".repeat(500), "data": {"id": "m1"}}).to_string();
    let server = ScriptedServer::start([Action::json(200, &long_answer)]).await;
    let client = builder(&server, &path)
        .capture_body_limit(64)
        .build()
        .unwrap();
    let response = client
        .raw(Method::POST, "/api/v1/messages/send")
        .json(&json!({"contactId": "c1", "messageType": "text", "message": "y".repeat(300)}))
        .send::<Value>()
        .await
        .unwrap();
    assert_eq!(
        response.into_inner()["message"].as_str().unwrap().len(),
        500,
        "the call gets the whole body"
    );

    let entries = entries(&path);
    let content = &entries[0]["response"]["content"];
    assert_eq!(content["size"], long_answer.len());
    assert_eq!(content["text"].as_str().unwrap(), &long_answer[..64]);
    let note = content["comment"].as_str().unwrap();
    assert!(
        note.contains("truncated") && note.contains(&format!("64 of {}", long_answer.len())),
        "{note}"
    );
    let post = &entries[0]["request"]["postData"];
    assert_eq!(post["text"].as_str().unwrap().len(), 64);
    assert!(post["comment"].as_str().unwrap().contains("truncated"));
    assert!(entries[0]["request"]["bodySize"].as_i64().unwrap() > 300);
}

#[tokio::test]
async fn an_attempt_without_an_answer_is_an_entry_with_status_0() {
    let (_dir, path) = scratch();
    let client = Client::builder()
        .base_url(refused_url().await)
        .token(TOKEN)
        .capture(&path)
        .retry(quick_retries().max_attempts(2))
        .build()
        .unwrap();
    let error = client.list_categories().send().await.unwrap_err();
    assert!(error.is_retryable());
    let entries = entries(&path);
    assert_eq!(entries.len(), 2, "both refused attempts: {entries:#?}");
    for entry in &entries {
        assert_eq!(entry["response"]["status"], 0);
        let error = entry["_error"].as_str().unwrap();
        assert!(error.starts_with("cannot connect"), "{error}");
        assert!(!error.contains("http://"), "no URL in {error}");
    }
}

#[tokio::test]
async fn clients_continue_one_capture_file_and_refuse_other_files() {
    let (dir, path) = scratch();
    let server = ScriptedServer::start([Action::json(200, r#"{"data":[]}"#)]).await;
    for _ in 0..2 {
        // A client per run, as the CLI makes one per command.
        let client = builder(&server, &path).build().unwrap();
        client
            .raw(Method::GET, "/api/v1/tags")
            .send::<Value>()
            .await
            .unwrap();
    }
    assert_eq!(entries(&path).len(), 2);

    let other = dir.path().join("notes.json");
    std::fs::write(&other, "{\"mine\": true}\n").unwrap();
    let error = builder(&server, &other).build().unwrap_err();
    assert!(matches!(error, ConfigError::Capture { .. }), "{error:?}");
    assert!(error.to_string().contains("notes.json"), "{error}");
    assert_eq!(
        std::fs::read_to_string(&other).unwrap(),
        "{\"mine\": true}\n"
    );
}

#[tokio::test]
async fn without_capture_nothing_is_written() {
    let (dir, _) = scratch();
    let server = ScriptedServer::start([Action::json(200, r#"{"data":[]}"#)]).await;
    let client = Client::builder()
        .base_url(server.url())
        .token(TOKEN)
        .build()
        .unwrap();
    client
        .raw(Method::GET, "/api/v1/tags")
        .send::<Value>()
        .await
        .unwrap();
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// The example other tools' tests start from (e.g. `cargo xtask learn`).
#[tokio::test]
async fn the_capture_example_records_its_session() {
    let (_dir, path) = scratch();
    capture_example::capture_session(&path).await.unwrap();
    let entries = entries(&path);
    let operations: Vec<_> = entries
        .iter()
        .map(|e| e["_klinkOperation"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        operations,
        [
            "list_contacts",
            "list_contacts",
            "list_contacts",
            "send_message",
            "raw",
            "raw"
        ]
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains(capture_example::TOKEN));
    assert!(text.contains("deliveryStatus"), "response bodies are kept");
}
