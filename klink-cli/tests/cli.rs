//! `klink` as a process against the scripted loopback server: what it
//! sends, what it prints on stdout and stderr, and how it exits.

mod common;

use std::path::PathBuf;

use common::klink;
use klink_tests::{Action, ScriptedServer, example, refused_url};
use serde_json::Value;

const TOKEN: &str = "kpt_cli_test_token";

fn example_path(name: &str) -> String {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "..",
        "openapi",
        "examples",
        name,
    ]
    .iter()
    .collect();
    path.to_str().unwrap().to_owned()
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text:?}"))
}

/// The server's one request, checked for what every call carries.
fn only_request(server: &ScriptedServer) -> klink_tests::RecordedRequest {
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "{requests:?}");
    let request = requests.into_iter().next().unwrap();
    assert_eq!(
        request.header("authorization"),
        Some("Bearer kpt_cli_test_token")
    );
    request
}

#[tokio::test(flavor = "multi_thread")]
async fn send_message_from_flags_sends_the_docs_request_and_prints_the_docs_response() {
    let response = example("message.send.response.200.json");
    let server = ScriptedServer::start([Action::json(200, &response)]).await;
    let url = server.url();
    let run = klink(
        &[
            "send-message",
            "--base-url",
            &url,
            "--contact-id",
            "81d8f399-e4d3-4fd4-a8ec-61bb3c3dc8c4",
            "--message-type",
            "text",
            "--message",
            "It is your message.",
            "--created-at",
            "2026-01-08T16:03:39.923Z",
        ],
        Some(TOKEN),
        "",
    )
    .await;
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stderr, "");
    let request = only_request(&server);
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("POST", "/api/v1/messages/send")
    );
    assert_eq!(request.json(), json(&example("message.send.request.json")));
    // Piped: the whole body compact, on one line.
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert_eq!(json(&run.stdout), json(&response));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_body_can_come_from_a_file_or_stdin() {
    let request_example = example("message.send.request.json");
    let response = example("message.send.response.200.json");
    let server = ScriptedServer::start([Action::json(200, &response)]).await;
    let url = server.url();
    let file = example_path("message.send.request.json");
    let from_file = klink(
        &["send-message", "--json-body", &file, "--base-url", &url],
        Some(TOKEN),
        "",
    )
    .await;
    let from_stdin = klink(
        &["--base-url", &url, "send-message", "--json-body", "-"],
        Some(TOKEN),
        &request_example,
    )
    .await;
    for run in [&from_file, &from_stdin] {
        assert_eq!(run.code, 0, "{run:?}");
        assert_eq!(json(&run.stdout), json(&response));
    }
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for request in requests {
        assert_eq!(request.json(), json(&request_example));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_400_exits_4_with_the_message_on_stderr_and_nothing_on_stdout() {
    let server = ScriptedServer::start([Action::json(
        400,
        r#"{"status": 400, "message": "contactId must be a UUID"}"#,
    )])
    .await;
    let url = server.url();
    let run = klink(
        &[
            "send-message",
            "--base-url",
            &url,
            "--contact-id",
            "nope",
            "--message-type",
            "text",
        ],
        Some(TOKEN),
        "",
    )
    .await;
    assert_eq!(run.code, 4, "{run:?}");
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "klink: K-LINK API error 400 Bad Request: contactId must be a UUID\n"
    );
    only_request(&server);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_500_exits_5() {
    let server = ScriptedServer::start([Action::response(
        500,
        "text/html",
        &[],
        "<html>upstream broke</html>",
    )])
    .await;
    let url = server.url();
    let run = klink(
        &[
            "send-message",
            "--base-url",
            &url,
            "--contact-id",
            "c",
            "--message-type",
            "text",
        ],
        Some(TOKEN),
        "",
    )
    .await;
    assert_eq!(run.code, 5, "{run:?}");
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.starts_with("klink: K-LINK API error 500"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("upstream broke"), "{}", run.stderr);
    assert!(
        run.stderr
            .trim_end()
            .ends_with("(the request may have been processed; check before resending)"),
        "a failed POST that may have taken effect says so: {}",
        run.stderr
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_connection_exits_5() {
    let url = refused_url().await;
    let run = klink(
        &[
            "send-message",
            "--base-url",
            &url,
            "--contact-id",
            "c",
            "--message-type",
            "text",
        ],
        Some(TOKEN),
        "",
    )
    .await;
    assert_eq!(run.code, 5, "{run:?}");
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.starts_with("klink: transport error"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(
        !run.stderr.contains("may have been processed"),
        "a refused connection sent nothing: {}",
        run.stderr
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn without_a_token_it_exits_3_with_one_clear_line_and_sends_nothing() {
    let server = ScriptedServer::start([Action::json(200, "{}")]).await;
    let url = server.url();
    for token in [None, Some(""), Some("   ")] {
        let run = klink(
            &[
                "send-message",
                "--base-url",
                &url,
                "--contact-id",
                "c",
                "--message-type",
                "text",
            ],
            token,
            "",
        )
        .await;
        assert_eq!(run.code, 3, "{token:?}: {run:?}");
        assert_eq!(run.stdout, "");
        assert!(
            run.stderr.starts_with("klink: KLINK_API_TOKEN is not set"),
            "{}",
            run.stderr
        );
        assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    }
    assert!(server.requests().is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn an_invalid_base_url_exits_3() {
    let run = klink(
        &[
            "send-message",
            "--base-url",
            "ftp://example.com",
            "--contact-id",
            "c",
            "--message-type",
            "text",
        ],
        Some(TOKEN),
        "",
    )
    .await;
    assert_eq!(run.code, 3, "{run:?}");
    assert!(
        run.stderr
            .contains("invalid base URL \"ftp://example.com\""),
        "{}",
        run.stderr
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn usage_errors_exit_2() {
    let missing_argument =
        klink(&["send-message", "--message-type", "text"], Some(TOKEN), "").await;
    let unknown_command = klink(&["send-messages"], Some(TOKEN), "").await;
    let missing_file = klink(
        &["send-message", "--json-body", "/nonexistent/body.json"],
        Some(TOKEN),
        "",
    )
    .await;
    let not_json = klink(
        &["send-message", "--json-body", "-"],
        Some(TOKEN),
        "{not json",
    )
    .await;
    let body_and_field = klink(
        &["send-message", "--json-body", "-", "--message", "hi"],
        Some(TOKEN),
        "{}",
    )
    .await;
    for run in [
        &missing_argument,
        &unknown_command,
        &missing_file,
        &not_json,
        &body_and_field,
    ] {
        assert_eq!(run.code, 2, "{run:?}");
        assert_eq!(run.stdout, "");
    }
    assert!(
        missing_argument.stderr.contains("--contact-id"),
        "{}",
        missing_argument.stderr
    );
    assert!(
        unknown_command.stderr.contains("send-message"),
        "{}",
        unknown_command.stderr
    );
    assert!(
        missing_file
            .stderr
            .starts_with("klink: failed to read /nonexistent/body.json"),
        "{}",
        missing_file.stderr
    );
    assert!(
        not_json.stderr.starts_with("klink: failed to parse"),
        "{}",
        not_json.stderr
    );
    assert!(
        body_and_field.stderr.contains("cannot be used with"),
        "{}",
        body_and_field.stderr
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_token_echoed_by_a_hostile_server_is_never_printed() {
    // Not `kpt_`-shaped, so only klink's own redaction can catch it.
    let token = "hostile-echo-9f3a";
    let echo = format!(
        r#"{{"status": 400, "message": "bad token {token}", "{token}": "Bearer {token}"}}"#
    );
    let page = format!("<html>token {token} rejected</html>");
    let success = example("message.send.response.200.json")
        .replace("Message sent successfully", &format!("sent with {token}"));
    let server = ScriptedServer::start([
        Action::json(200, &success),
        Action::json(400, &echo),
        Action::response(500, "text/html", &[("x-echo", token)], &page),
        Action::response(200, "application/json", &[], &format!("not json {token}")),
    ])
    .await;
    let url = server.url();
    let args = [
        "send-message",
        "--base-url",
        &url,
        "--contact-id",
        "c",
        "--message-type",
        "text",
    ];
    let mut codes = Vec::new();
    for _ in 0..4 {
        let run = klink(&args, Some(token), "").await;
        assert!(!run.stdout.contains(token), "{run:?}");
        assert!(!run.stderr.contains(token), "{run:?}");
        codes.push(run.code);
        if run.code == 0 {
            assert_eq!(json(&run.stdout)["message"], "sent with ***");
        }
    }
    assert_eq!(codes, [0, 4, 5, 5]);
    // The token did travel, to the server only.
    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    for request in requests {
        assert_eq!(
            request.header("authorization"),
            Some(format!("Bearer {token}").as_str())
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn help_needs_no_token_and_says_why_there_is_no_token_flag() {
    let run = klink(&["--help"], None, "").await;
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains("There is\n  no --token flag"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("  4  the API rejected the request (4xx)"),
        "{}",
        run.stdout
    );
    let run = klink(&["send-message", "--token", "kpt_x"], None, "").await;
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("unexpected argument '--token'"),
        "{}",
        run.stderr
    );
}

/// One page of contacts `first..end`, with the counters of a walk over
/// `total` contacts in pages of `page_size`.
fn contacts_page(first: u64, end: u64, page: u64, page_size: u64, total: u64) -> Action {
    let data: Vec<Value> = (first..end)
        .map(|i| serde_json::json!({"id": format!("contact-{i}"), "name": format!("Kyaw {i}")}))
        .collect();
    let body = serde_json::json!({
        "total": total,
        "page": page,
        "pageSize": page_size,
        "lastPage": total.div_ceil(page_size),
        "data": data,
    });
    Action::json(200, &body.to_string())
}

#[tokio::test(flavor = "multi_thread")]
async fn all_prints_every_item_of_three_pages_once_one_per_line() {
    let server = ScriptedServer::start([
        contacts_page(0, 2, 1, 2, 5),
        contacts_page(2, 4, 2, 2, 5),
        contacts_page(4, 5, 3, 2, 5),
    ])
    .await;
    let url = server.url();
    let run = klink(
        &[
            "list-contacts",
            "--base-url",
            &url,
            "--keyword",
            "kyaw",
            "--page-size",
            "2",
            "--all",
        ],
        Some(TOKEN),
        "",
    )
    .await;
    assert_eq!(run.code, 0, "{run:?}");
    let ids: Vec<Value> = run
        .stdout
        .lines()
        .map(|line| json(line)["id"].clone())
        .collect();
    let expected: Vec<Value> = (0..5)
        .map(|i| Value::from(format!("contact-{i}")))
        .collect();
    assert_eq!(ids, expected, "{}", run.stdout);
    let asked: Vec<String> = server
        .requests()
        .into_iter()
        .map(|request| request.path)
        .collect();
    assert_eq!(
        asked,
        [1, 2, 3].map(|page| format!("/api/v1/contacts?keyword=kyaw&page={page}&pageSize=2"))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn all_prints_the_items_before_a_failed_page_then_exits_5() {
    let server = ScriptedServer::start([
        contacts_page(0, 2, 1, 2, 6),
        Action::json(500, r#"{"message": "page two broke"}"#),
    ])
    .await;
    let url = server.url();
    let run = klink(
        &[
            "list-contacts",
            "--base-url",
            &url,
            "--page-size",
            "2",
            "--all",
        ],
        Some(TOKEN),
        "",
    )
    .await;
    assert_eq!(run.code, 5, "{run:?}");
    assert_eq!(run.stdout.lines().count(), 2, "{}", run.stdout);
    assert!(run.stderr.contains("page two broke"), "{}", run.stderr);
}

#[tokio::test(flavor = "multi_thread")]
async fn without_all_a_list_prints_the_one_page_it_got() {
    let page = example("contacts.list.response.200.guide.prefix.json");
    let server = ScriptedServer::start([Action::json(200, &page)]).await;
    let url = server.url();
    let run = klink(
        &["list-contacts", "--base-url", &url, "--keyword", "kyaw"],
        Some(TOKEN),
        "",
    )
    .await;
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(json(&run.stdout), json(&page));
    let request = only_request(&server);
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("GET", "/api/v1/contacts?keyword=kyaw")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn get_contact_takes_the_id_and_prints_the_contact() {
    let contact = example("contacts.get.response.200.prefix.json");
    let server = ScriptedServer::start([Action::json(200, &contact)]).await;
    let url = server.url();
    let id = "c786bb40-a58e-4d60-afe6-061e2b819811";
    let run = klink(
        &["get-contact", "--base-url", &url, "--id", id],
        Some(TOKEN),
        "",
    )
    .await;
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(json(&run.stdout), json(&contact));
    let request = only_request(&server);
    assert_eq!(request.path, format!("/api/v1/contacts/{id}"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_404_of_an_operation_without_a_documented_error_body_exits_4() {
    let server =
        ScriptedServer::start([Action::json(404, r#"{"message": "no such contact"}"#)]).await;
    let url = server.url();
    let run = klink(
        &["get-contact", "--base-url", &url, "--id", "missing"],
        Some(TOKEN),
        "",
    )
    .await;
    assert_eq!(run.code, 4, "{run:?}");
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "klink: K-LINK API error 404 Not Found: no such contact\n"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn only_paginated_commands_have_all() {
    let run = klink(&["get-contact", "--id", "x", "--all"], Some(TOKEN), "").await;
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("unexpected argument '--all'"),
        "{}",
        run.stderr
    );
}

/// A fresh path under the system's temporary directory.
fn scratch_file(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("klink-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    path
}

#[tokio::test(flavor = "multi_thread")]
async fn capture_records_every_page_of_every_run_without_the_token() {
    let page = |page: u64, ids: &[&str]| {
        let data: Vec<Value> = ids.iter().map(|id| serde_json::json!({"id": id})).collect();
        serde_json::json!({"total": 3, "page": page, "pageSize": 2, "lastPage": 2, "data": data})
            .to_string()
    };
    let server = ScriptedServer::start([
        Action::json(200, &page(1, &["c1", "c2"])),
        Action::json(200, &page(2, &["c3"])),
        Action::json(200, &page(1, &["c1", "c2"])),
        Action::json(200, &page(2, &["c3"])),
    ])
    .await;
    let url = server.url();
    let path = scratch_file("pages.har");
    let capture = path.to_str().unwrap();
    for _ in 0..2 {
        let run = klink(
            &[
                "list-contacts",
                "--all",
                "--page-size",
                "2",
                "--base-url",
                &url,
                "--capture",
                capture,
            ],
            Some(TOKEN),
            "",
        )
        .await;
        assert_eq!(run.code, 0, "{run:?}");
        assert_eq!(run.stdout.lines().count(), 3, "{run:?}");
    }
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains(TOKEN), "{text}");
    let har = json(&text);
    let urls: Vec<&str> = har["log"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["request"]["url"].as_str().unwrap())
        .collect();
    assert_eq!(
        urls.len(),
        4,
        "two pages a run, two runs in one file: {urls:?}"
    );
    assert!(
        urls[1].ends_with("/api/v1/contacts?page=2&pageSize=2"),
        "{urls:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_capture_file_that_cannot_be_opened_is_a_configuration_error() {
    let run = klink(
        &["list-categories", "--capture", "/nonexistent/dir/x.har"],
        Some(TOKEN),
        "",
    )
    .await;
    assert_eq!(run.code, 3, "{run:?}");
    assert!(
        run.stderr
            .contains("cannot capture to /nonexistent/dir/x.har"),
        "{run:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn flags_alone_build_a_body_whose_required_fields_they_cover() {
    let server = ScriptedServer::start([Action::json(201, r#"{"success":true,"data":{}}"#)]).await;
    let url = server.url();
    let run = klink(
        &[
            "create-ticket",
            "--base-url",
            &url,
            "--title",
            "Cannot log in",
        ],
        Some(TOKEN),
        "",
    )
    .await;
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        only_request(&server).json(),
        serde_json::json!({"title": "Cannot log in"})
    );
}
