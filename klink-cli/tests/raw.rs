//! `klink raw` as a process against the scripted loopback server: the
//! request it sends (token, query, body), retries by method, what it
//! prints, its exit codes and the token's redaction.

mod common;

use common::{Run, klink};
use klink_tests::{Action, ScriptedServer};
use serde_json::{Value, json};

const TOKEN: &str = "kpt_cli_raw_token_0123456789";

/// Runs `klink raw args` with the token set and `stdin` as standard input.
async fn raw(args: &[&str], stdin: &str) -> Run {
    let args: Vec<&str> = std::iter::once("raw").chain(args.iter().copied()).collect();
    klink(&args, Some(TOKEN), stdin).await
}

fn limited() -> Action {
    Action::response(429, "application/json", &[("retry-after", "0")], "{}")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_get_with_query_is_retried_after_a_429_and_prints_the_body() {
    let body = json!({"data": [{"id": "t1", "name": "vip"}], "total": 1});
    let server = ScriptedServer::start([limited(), Action::json(200, &body.to_string())]).await;
    let url = server.url();

    let run = raw(
        &[
            "get",
            "/api/v1/tags",
            "--query",
            "page=2",
            "--query",
            "q=a b",
            "--base-url",
            &url,
        ],
        "",
    )
    .await;

    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stderr, "");
    let printed: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(printed, body);
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "the 429 was retried");
    for request in &requests {
        assert_eq!(request.method, "GET");
        assert_eq!(request.path, "/api/v1/tags?page=2&q=a+b");
        assert_eq!(
            request.header("authorization"),
            Some(format!("Bearer {TOKEN}").as_str())
        );
        assert_eq!(request.header("api-version"), Some("1"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_body_from_stdin_is_sent_and_an_empty_answer_prints_nothing() {
    let server = ScriptedServer::start([Action::response(204, "text/plain", &[], "")]).await;
    let url = server.url();

    let run = raw(
        &[
            "--base-url",
            &url,
            "PUT",
            "/api/v1/tickets/t1/status",
            "--json-body",
            "-",
        ],
        r#"{"status": "resolved"}"#,
    )
    .await;

    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "");
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].method, "PUT");
    assert_eq!(requests[0].json(), json!({"status": "resolved"}));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_post_answered_503_is_not_sent_again_and_exits_5() {
    let server = ScriptedServer::start([Action::json(503, r#"{"message": "down"}"#)]).await;
    let url = server.url();
    let body = tempfile_with(r#"{"name": "Line"}"#);

    let run = raw(
        &[
            "POST",
            "/api/v1/channels",
            "--json-body",
            body.to_str().unwrap(),
            "--base-url",
            &url,
        ],
        "",
    )
    .await;

    assert_eq!(run.code, 5, "{run:?}");
    assert!(run.stderr.starts_with("klink: "), "{}", run.stderr);
    assert!(run.stderr.contains("503"), "{}", run.stderr);
    assert!(
        run.stderr.contains("may have been processed"),
        "{}",
        run.stderr
    );
    assert_eq!(server.requests().len(), 1, "a POST is not retried on 503");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_4xx_exits_4_and_an_echoed_token_is_redacted() {
    let echo = json!({"message": format!("bad token {TOKEN}"), "token": TOKEN});
    let server = ScriptedServer::start([
        Action::json(200, &echo.to_string()),
        Action::json(404, &echo.to_string()),
    ])
    .await;
    let url = server.url();

    let ok = raw(&["GET", "/api/v1/echo", "--base-url", &url], "").await;
    let missing = raw(&["GET", "/api/v1/echo", "--base-url", &url], "").await;

    assert_eq!(ok.code, 0, "{ok:?}");
    assert_eq!(missing.code, 4, "{missing:?}");
    for run in [&ok, &missing] {
        assert!(!run.stdout.contains(TOKEN), "{run:?}");
        assert!(!run.stderr.contains(TOKEN), "{run:?}");
    }
    assert_eq!(
        serde_json::from_str::<Value>(&ok.stdout).unwrap()["token"],
        "***"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_input_is_a_usage_error() {
    let url = klink_tests::refused_url().await;
    let not_json = tempfile_with("{not json");
    for (args, expected) in [
        (vec!["GET", "no-slash"], "must start with `/`"),
        (vec!["GET", "/x", "--query", "page"], "is not KEY=VALUE"),
        (
            vec!["POST", "/x", "--json-body", not_json.to_str().unwrap()],
            "is not JSON",
        ),
        (
            vec!["GET", "/x", "--json-body", "/no/such/file"],
            "cannot read",
        ),
    ] {
        let mut args = args;
        args.extend(["--base-url", &url]);
        let run = raw(&args, "").await;
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stderr.contains(expected), "{args:?}: {}", run.stderr);
    }
}

/// A file holding `text`, removed when the test process ends (it lives
/// in the target directory's scratch space).
fn tempfile_with(text: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(format!(
        "klink-raw-{}-{}.json",
        std::process::id(),
        text.len()
    ));
    std::fs::write(&path, text).unwrap();
    path
}
