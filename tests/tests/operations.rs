//! Every operation of the spec, called end to end against the loopback
//! server: the server checks what arrived (method, path and query, headers,
//! body) and the client decodes the documented response (or its published
//! prefix).

use std::collections::BTreeSet;
use std::future::Future;
use std::path::Path;
use std::pin::Pin;

use klink_api::{Client, Error, RetryPolicy, types};
use klink_tests::{Action, ScriptedServer, example};
use serde_json::{Value, json};

const TOKEN: &str = "kpt_operations_0123456789abcdef";

/// Makes the call and checks the decoded response.
type Call = fn(Client) -> Pin<Box<dyn Future<Output = Result<(), Error>> + Send>>;

/// One operation's exchange.
struct Case {
    operation: &'static str,
    /// The server's answer: status and body.
    answer: (u16, Body),
    method: &'static str,
    /// Path and query string as the server must receive them.
    target: &'static str,
    /// Headers the call must carry besides the ones every call carries.
    headers: &'static [(&'static str, &'static str)],
    /// The JSON body the server must receive, if any.
    body: Option<Body>,
    call: Call,
}

#[derive(Clone, Copy)]
enum Body {
    /// A file of `openapi/examples/`.
    Example(&'static str),
    /// Literal text.
    Text(&'static str),
}

impl Body {
    fn text(self) -> String {
        match self {
            Self::Example(name) => example(name),
            Self::Text(text) => text.to_owned(),
        }
    }

    fn json(self) -> Value {
        serde_json::from_str(&self.text()).unwrap()
    }
}

use Body::{Example, Text};

/// A request body from an example file.
fn from_example<T: serde::de::DeserializeOwned>(name: &str) -> T {
    serde_json::from_str(&example(name)).unwrap()
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> T {
    serde_json::from_str(text).unwrap()
}

const NEW_CONTACT: &str = r#"{"name":"Frank McCallister","cf_customer_id":"C-1001"}"#;
const COMMENT: &str = r#"{"text":"Hey {0}, can you review this?","mentions":[{"index":0,"userId":"123e4567-e89b-12d3-a456-426614174000"}]}"#;
const PNG: &str = r#"{"data":"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="}"#;
const CREATED: &str = r#"{"id":"019b6670-b4e9-71d5-ab51-b047253619b8","created":true}"#;

fn cases() -> Vec<Case> {
    vec![
        Case {
            operation: "send_message",
            answer: (200, Example("message.send.response.200.json")),
            method: "POST",
            target: "/api/v1/messages/send",
            headers: &[],
            body: Some(Example("message.send.request.json")),
            call: |client| {
                Box::pin(async move {
                    let sent = client
                        .send_message()
                        .body(from_example::<types::SendMessageRequest>(
                            "message.send.request.json",
                        ))
                        .send()
                        .await?;
                    assert_eq!(sent.data.type_.as_deref(), Some("image"));
                    Ok(())
                })
            },
        },
        Case {
            operation: "list_contacts",
            answer: (200, Example("contacts.list.response.200.guide.prefix.json")),
            method: "GET",
            target: "/api/v1/contacts?keyword=Kyaw+Kyaw&page=2&pageSize=100",
            headers: &[],
            body: None,
            call: |client| {
                Box::pin(async move {
                    let page = client
                        .list_contacts()
                        .keyword("Kyaw Kyaw")
                        .page(2)
                        .page_size(100)
                        .send()
                        .await?;
                    assert_eq!(page.total, Some(65));
                    assert_eq!(page.data[2].id.as_deref(), Some("fbwYwpi9C2ybt6Yb"));
                    Ok(())
                })
            },
        },
        Case {
            operation: "create_contact",
            answer: (201, Text(CREATED)),
            method: "POST",
            target: "/api/v1/contacts",
            headers: &[],
            body: Some(Text(NEW_CONTACT)),
            call: |client| {
                Box::pin(async move {
                    let created = client
                        .create_contact()
                        .body(from_json::<types::LooseObject>(NEW_CONTACT))
                        .send()
                        .await?;
                    assert_eq!(created.0["created"], true);
                    Ok(())
                })
            },
        },
        Case {
            operation: "list_contact_fields",
            answer: (200, Example("contacts.fields.response.200.prefix.json")),
            method: "GET",
            target: "/api/v1/contacts/fields",
            headers: &[],
            body: None,
            call: |client| {
                Box::pin(async move {
                    let page = client.list_contact_fields().send().await?;
                    assert_eq!(page.data[0].display_name.as_deref(), Some("Channel"));
                    assert_eq!(page.data[0].options.len(), 2);
                    Ok(())
                })
            },
        },
        Case {
            operation: "get_contact",
            answer: (200, Example("contacts.get.response.200.prefix.json")),
            method: "GET",
            target: "/api/v1/contacts/c786bb40-a58e-4d60-afe6-061e2b819811",
            headers: &[],
            body: None,
            call: |client| {
                Box::pin(async move {
                    let envelope = client
                        .get_contact()
                        .id("c786bb40-a58e-4d60-afe6-061e2b819811")
                        .send()
                        .await?;
                    let contact = envelope.into_inner().data.unwrap();
                    assert_eq!(contact.name.as_deref(), Some("FrankMcCallister"));
                    assert_eq!(contact.extra["channel"], Value::Null);
                    Ok(())
                })
            },
        },
        Case {
            operation: "update_contact",
            answer: (200, Text(CREATED)),
            method: "PATCH",
            target: "/api/v1/contacts/c786bb40-a58e-4d60-afe6-061e2b819811",
            headers: &[],
            body: Some(Text(NEW_CONTACT)),
            call: |client| {
                Box::pin(async move {
                    client
                        .update_contact()
                        .id("c786bb40-a58e-4d60-afe6-061e2b819811")
                        .body(from_json::<types::LooseObject>(NEW_CONTACT))
                        .send()
                        .await?;
                    Ok(())
                })
            },
        },
        Case {
            operation: "delete_contact",
            answer: (204, Text("")),
            method: "DELETE",
            target: "/api/v1/contacts/c786bb40-a58e-4d60-afe6-061e2b819811",
            headers: &[],
            body: None,
            call: |client| {
                Box::pin(async move {
                    let deleted = client
                        .delete_contact()
                        .id("c786bb40-a58e-4d60-afe6-061e2b819811")
                        .send()
                        .await?;
                    assert_eq!(deleted.status(), 204);
                    Ok(())
                })
            },
        },
        Case {
            operation: "update_contact_tags",
            answer: (200, Example("contacts.update-tags.response.200.json")),
            method: "PATCH",
            target: "/api/v1/contacts/c786bb40-a58e-4d60-afe6-061e2b819811/tags",
            headers: &[],
            body: Some(Example("contacts.update-tags.request.json")),
            call: |client| {
                Box::pin(async move {
                    let updated = client
                        .update_contact_tags()
                        .id("c786bb40-a58e-4d60-afe6-061e2b819811")
                        .body(from_example::<types::UpdateContactTagsRequest>(
                            "contacts.update-tags.request.json",
                        ))
                        .send()
                        .await?;
                    assert_eq!(updated.message, "Contact tags updated successfully");
                    Ok(())
                })
            },
        },
        Case {
            operation: "list_tickets",
            answer: (200, Example("tickets.list.response.200.prefix.json")),
            method: "GET",
            target: "/api/v1/tickets?page=1&pageSize=10",
            headers: &[],
            body: None,
            call: |client| {
                Box::pin(async move {
                    let page = client.list_tickets().page(1).page_size(10).send().await?;
                    assert_eq!(page.data[0].ticket_number, Some(38838));
                    Ok(())
                })
            },
        },
        Case {
            operation: "create_ticket",
            answer: (201, Example("tickets.create.response.201.prefix.json")),
            method: "POST",
            target: "/api/v1/tickets",
            headers: &[],
            body: Some(Example("tickets.create.request.json")),
            call: |client| {
                Box::pin(async move {
                    let created = client
                        .create_ticket()
                        .body(from_example::<types::CreateTicketRequest>(
                            "tickets.create.request.json",
                        ))
                        .send()
                        .await?;
                    assert_eq!(created.status(), 201);
                    assert_eq!(created.success, Some(true));
                    Ok(())
                })
            },
        },
        Case {
            operation: "update_ticket",
            answer: (200, Text(CREATED)),
            method: "PATCH",
            target: "/api/v1/tickets/38838",
            headers: &[],
            body: Some(Text(r#"{"priority":"low"}"#)),
            call: |client| {
                Box::pin(async move {
                    client
                        .update_ticket()
                        .id("38838")
                        .body(from_json::<types::LooseObject>(r#"{"priority":"low"}"#))
                        .send()
                        .await?;
                    Ok(())
                })
            },
        },
        Case {
            operation: "list_categories",
            answer: (200, Example("categories.list.response.200.prefix.json")),
            method: "GET",
            target: "/api/v1/categories",
            headers: &[],
            body: None,
            call: |client| {
                Box::pin(async move {
                    let list = client.list_categories().send().await?;
                    assert_eq!(list.data[1].value.as_deref(), Some("testing four"));
                    Ok(())
                })
            },
        },
        Case {
            operation: "list_cx_logs",
            answer: (200, Example("cx-logs.list.response.200.prefix.json")),
            method: "GET",
            // The range's spaces, slashes and colons are encoded.
            target: "/api/v1/cx-logs?page=1&pageSize=50&selectedDate=2025%2F04%2F01+00%3A00%3A00-2025%2F04%2F25+23%3A59%3A00",
            headers: &[("x-client-timezone", "Asia/Singapore")],
            body: None,
            call: |client| {
                Box::pin(async move {
                    let response = client
                        .list_cx_logs()
                        .selected_date("2025/04/01 00:00:00-2025/04/25 23:59:00")
                        .x_client_timezone("Asia/Singapore")
                        .page(1)
                        .page_size(50)
                        .send()
                        .await?;
                    let log = &response.into_inner().cx_logs.unwrap().data[0];
                    assert_eq!(
                        log.started_date.unwrap().to_string(),
                        "2026-03-30 08:30:00.000+00"
                    );
                    Ok(())
                })
            },
        },
        Case {
            operation: "list_agent_activities",
            answer: (200, Example("agent-activity.list.response.200.prefix.json")),
            method: "GET",
            target: "/api/v1/user-presence-status-log?page=3",
            headers: &[],
            body: None,
            call: |client| {
                Box::pin(async move {
                    let page = client.list_agent_activities().page(3).send().await?;
                    let status = page.data[0].previous_presence_status.as_ref().unwrap();
                    assert_eq!(status.emoji.as_deref(), Some("🟢"));
                    Ok(())
                })
            },
        },
        Case {
            operation: "create_room_comment",
            answer: (
                201,
                Text(r#"{"requestId":"r-1","data":{"id":"comment-uuid-003"}}"#),
            ),
            method: "POST",
            // Path parameters are percent-encoded.
            target: "/api/v1/comments/rooms/room%20uuid%2Fabc",
            headers: &[],
            body: Some(Text(COMMENT)),
            call: |client| {
                Box::pin(async move {
                    let created = client
                        .create_room_comment()
                        .room_id("room uuid/abc")
                        .body(from_json::<types::CreateCommentRequest>(COMMENT))
                        .send()
                        .await?;
                    assert_eq!(created.0["data"]["id"], "comment-uuid-003");
                    Ok(())
                })
            },
        },
        Case {
            operation: "list_room_comments",
            answer: (200, Example("comments.list.response.200.prefix.json")),
            method: "GET",
            target: "/api/v1/comments/rooms/room-uuid-abc?page=1&pageSize=20",
            headers: &[],
            body: None,
            call: |client| {
                Box::pin(async move {
                    let page = client
                        .list_room_comments()
                        .room_id("room-uuid-abc")
                        .page(1)
                        .page_size(20)
                        .send()
                        .await?;
                    assert_eq!(
                        page.data[0].text.as_deref(),
                        Some("The issue has been resolved.")
                    );
                    Ok(())
                })
            },
        },
        Case {
            operation: "list_media_folders",
            answer: (200, Text(r#"{"data":[{"id":"f1","name":"testing"}]}"#)),
            method: "GET",
            target: "/api/v1/media-manager/folders",
            headers: &[],
            body: None,
            call: |client| {
                Box::pin(async move {
                    let folders = client.list_media_folders().send().await?;
                    assert_eq!(folders.0["data"][0]["name"], "testing");
                    Ok(())
                })
            },
        },
        Case {
            operation: "create_media_folder",
            answer: (201, Text(CREATED)),
            method: "POST",
            target: "/api/v1/media-manager/folders",
            headers: &[],
            body: Some(Text(r#"{"name":"invoices"}"#)),
            call: |client| {
                Box::pin(async move {
                    client
                        .create_media_folder()
                        .body(from_json::<types::LooseObject>(r#"{"name":"invoices"}"#))
                        .send()
                        .await?;
                    Ok(())
                })
            },
        },
        Case {
            operation: "get_media_folder",
            answer: (
                200,
                Example("media-manager.get-folder.response.200.prefix.json"),
            ),
            method: "GET",
            target: "/api/v1/media-manager/folders/019b666f-5b1e-738e-b88f-6e08c466a4f7",
            headers: &[],
            body: None,
            call: |client| {
                Box::pin(async move {
                    let folder = client
                        .get_media_folder()
                        .folder_id("019b666f-5b1e-738e-b88f-6e08c466a4f7")
                        .send()
                        .await?;
                    assert_eq!(
                        folder.into_inner().data.unwrap().name.as_deref(),
                        Some("testing")
                    );
                    Ok(())
                })
            },
        },
        Case {
            operation: "update_media_folder",
            answer: (200, Text(CREATED)),
            method: "PATCH",
            target: "/api/v1/media-manager/folders/019b666f-5b1e-738e-b88f-6e08c466a4f7",
            headers: &[],
            body: Some(Text(r#"{"name":"archive"}"#)),
            call: |client| {
                Box::pin(async move {
                    client
                        .update_media_folder()
                        .folder_id("019b666f-5b1e-738e-b88f-6e08c466a4f7")
                        .body(from_json::<types::LooseObject>(r#"{"name":"archive"}"#))
                        .send()
                        .await?;
                    Ok(())
                })
            },
        },
        Case {
            operation: "delete_media_folder",
            answer: (200, Text(r#"{"status":"deleted"}"#)),
            method: "DELETE",
            target: "/api/v1/media-manager/folders/019b666f-5b1e-738e-b88f-6e08c466a4f7",
            headers: &[],
            body: None,
            call: |client| {
                Box::pin(async move {
                    // A body, if any, is not read.
                    let deleted = client
                        .delete_media_folder()
                        .folder_id("019b666f-5b1e-738e-b88f-6e08c466a4f7")
                        .send()
                        .await?;
                    assert_eq!(deleted.status(), 200);
                    Ok(())
                })
            },
        },
        Case {
            operation: "list_media_files",
            answer: (
                200,
                Text(r#"[{"id":"a11ff961-cf00-4f9f-bb7b-c2c04a274605"}]"#),
            ),
            method: "GET",
            target: "/api/v1/media-manager/files",
            headers: &[],
            body: None,
            call: |client| {
                Box::pin(async move {
                    let files = client.list_media_files().send().await?;
                    assert!(files.0.is_array());
                    Ok(())
                })
            },
        },
        Case {
            operation: "create_media_file",
            answer: (200, Text(CREATED)),
            method: "POST",
            target: "/api/v1/media-manager/files",
            headers: &[],
            body: Some(Text(PNG)),
            call: |client| {
                Box::pin(async move {
                    let stored = client
                        .create_media_file()
                        .body(from_json::<types::CreateMediaFileRequest>(PNG))
                        .send()
                        .await?;
                    assert_eq!(stored.status(), 200);
                    Ok(())
                })
            },
        },
        Case {
            operation: "get_media_file",
            answer: (
                200,
                Example("media-manager.get-file.response.200.prefix.json"),
            ),
            method: "GET",
            target: "/api/v1/media-manager/files/a11ff961-cf00-4f9f-bb7b-c2c04a274605",
            headers: &[],
            body: None,
            call: |client| {
                Box::pin(async move {
                    let file = client
                        .get_media_file()
                        .file_id("a11ff961-cf00-4f9f-bb7b-c2c04a274605")
                        .send()
                        .await?;
                    let data = file.into_inner().data.unwrap();
                    assert_eq!(
                        data.id.as_deref(),
                        Some("a11ff961-cf00-4f9f-bb7b-c2c04a274605")
                    );
                    Ok(())
                })
            },
        },
        Case {
            operation: "update_media_file",
            answer: (200, Text(CREATED)),
            method: "PATCH",
            target: "/api/v1/media-manager/files/a11ff961-cf00-4f9f-bb7b-c2c04a274605",
            headers: &[],
            body: Some(Text(r#"{"name":"red-pixel.png"}"#)),
            call: |client| {
                Box::pin(async move {
                    client
                        .update_media_file()
                        .file_id("a11ff961-cf00-4f9f-bb7b-c2c04a274605")
                        .body(from_json::<types::LooseObject>(
                            r#"{"name":"red-pixel.png"}"#,
                        ))
                        .send()
                        .await?;
                    Ok(())
                })
            },
        },
        Case {
            operation: "delete_media_file",
            answer: (204, Text("")),
            method: "DELETE",
            target: "/api/v1/media-manager/files/a11ff961-cf00-4f9f-bb7b-c2c04a274605",
            headers: &[],
            body: None,
            call: |client| {
                Box::pin(async move {
                    client
                        .delete_media_file()
                        .file_id("a11ff961-cf00-4f9f-bb7b-c2c04a274605")
                        .send()
                        .await?;
                    Ok(())
                })
            },
        },
    ]
}

fn client(url: &str) -> Client {
    Client::builder()
        .base_url(url)
        .token(TOKEN)
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap()
}

#[tokio::test]
async fn every_operation_sends_what_the_docs_show_and_decodes_the_answer() {
    for case in cases() {
        let name = case.operation;
        let (status, answer) = case.answer;
        let server = ScriptedServer::start([Action::json(status, &answer.text())]).await;
        (case.call)(client(&server.url()))
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));

        let requests = server.requests();
        assert_eq!(requests.len(), 1, "{name}");
        let sent = &requests[0];
        assert_eq!(sent.method, case.method, "{name}");
        assert_eq!(sent.path, case.target, "{name}");
        let bearer = format!("Bearer {TOKEN}");
        let mut expected = vec![
            ("authorization", bearer.as_str()),
            ("user-agent", klink_api::DEFAULT_USER_AGENT),
            ("api-version", "1"),
        ];
        expected.extend_from_slice(case.headers);
        for (header, value) in expected {
            assert_eq!(sent.header(header), Some(value), "{name}: {header}");
        }
        match case.body {
            Some(body) => {
                assert_eq!(
                    sent.header("content-type"),
                    Some("application/json"),
                    "{name}"
                );
                assert_eq!(sent.json(), body.json(), "{name}");
            }
            None => {
                assert!(sent.body.is_empty(), "{name} sent a body");
                assert_eq!(sent.header("content-type"), None, "{name}");
            }
        }
    }
}

fn spec() -> codegen::Spec {
    codegen::load(Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/klink.yaml")).unwrap()
}

/// Every operation of the spec, with whether it is marked unconfirmed.
fn spec_operations() -> Vec<(String, bool)> {
    let spec = spec();
    let mut found = Vec::new();
    for item in spec.raw["paths"].as_object().unwrap().values() {
        for (method, operation) in item.as_object().unwrap() {
            if method == "parameters" {
                continue;
            }
            let id = operation["operationId"].as_str().unwrap().to_owned();
            let mark = operation.get("x-klink-path");
            assert!(
                mark.is_none() || mark == Some(&json!("unconfirmed")),
                "{id}"
            );
            found.push((id, mark.is_some()));
        }
    }
    found
}

#[test]
fn every_operation_of_the_spec_has_a_case() {
    let in_spec: BTreeSet<String> = spec_operations().into_iter().map(|(id, _)| id).collect();
    let cases: Vec<&str> = cases().iter().map(|case| case.operation).collect();
    let tested: BTreeSet<String> = cases.iter().map(|id| id.to_string()).collect();
    assert_eq!(tested.len(), cases.len(), "an operation is listed twice");
    assert_eq!(in_spec, tested);
    assert_eq!(in_spec.len(), 26);
}

/// The generated method's docs: the text between the previous `pub fn`
/// and its own.
fn method_docs<'a>(code: &'a str, operation: &str) -> &'a str {
    let at = code
        .find(&format!("pub fn {operation}(&self)"))
        .unwrap_or_else(|| panic!("no method {operation}"));
    let start = code[..at].rfind("pub fn ").unwrap_or(0);
    &code[start..at]
}

#[test]
fn unconfirmed_paths_say_so_in_the_methods_docs() {
    let generated = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../klink-api/src/generated/mod.rs"),
    )
    .unwrap();
    let operations = spec_operations();
    for (operation, unconfirmed) in &operations {
        let docs = method_docs(&generated, operation);
        assert_eq!(
            docs.contains(codegen::UNCONFIRMED_NOTE),
            *unconfirmed,
            "{operation}: {docs}"
        );
    }
    let unconfirmed = operations.iter().filter(|(_, marked)| *marked).count();
    assert_eq!(unconfirmed, 11);
}

#[tokio::test]
async fn an_error_status_of_an_operation_without_documented_errors_is_an_api_error() {
    let server = ScriptedServer::start([Action::json(
        404,
        r#"{"statusCode":404,"message":"Contact not found"}"#,
    )])
    .await;
    let result = client(&server.url())
        .get_contact()
        .id("missing")
        .send()
        .await;
    let error = result.unwrap_err();
    let Error::Api(api) = &error else {
        panic!("expected an API error, got {error:?}");
    };
    assert_eq!(api.status(), 404);
    assert_eq!(api.message(), Some("Contact not found"));
    assert_eq!(api.envelope().unwrap().extra["statusCode"], 404);
    assert_eq!(api.attempts(), Some(1));
}

#[tokio::test]
async fn a_required_header_parameter_left_out_is_an_invalid_request() {
    let server = ScriptedServer::start([Action::json(200, "{}")]).await;
    let result = client(&server.url())
        .list_cx_logs()
        .selected_date("2025/04/01 00:00:00-2025/04/25 23:59:00")
        .send()
        .await;
    let error = result.unwrap_err();
    assert!(
        matches!(error, Error::InvalidRequest(ref message) if message.contains("x_client_timezone")),
        "{error:?}"
    );
    assert!(server.requests().is_empty());
}
