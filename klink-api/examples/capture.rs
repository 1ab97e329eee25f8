//! Captures a small session of SDK calls to a HAR file, against a loopback
//! server that plays a K-LINK whose payloads go beyond the docs:
//!
//! ```sh
//! cargo run -p klink-api --example capture -- session.har
//! ```
//!
//! The session: every page of `list_contacts` through `stream()` (contacts
//! with `email`, `phone`, `notes` and `createdAt`, which the spec leaves to
//! `extra`, `channel` a string where the docs' example shows `null`, an
//! envelope key the docs never show), a `send_message` whose answer has a
//! key the docs do not show, a raw `GET /api/v1/tags`, and a raw ticket
//! listing sorted by an undocumented query key whose second ticket has its
//! `ticketNumber` as a string and `tags: null`. The file is what
//! `ClientBuilder::capture` writes for any client, ready for `cargo xtask
//! learn` or any HAR viewer.

use std::path::Path;

use bytes::Bytes;
use futures_util::TryStreamExt;
use klink_api::types::SendMessageRequest;
use klink_api::{Client, Method};
use serde_json::{Value, json};

/// The token the session's client uses: it looks live, and the capture
/// must not contain it.
pub const TOKEN: &str = "kpt_live_5f1c0e9a7d3b4c2e8a6f0b1d9c7e5a3f";

/// How many contacts the server holds, served 2 a page (3 pages).
pub const CONTACTS: usize = 5;

/// Runs the session against a fresh loopback server, capturing to `path`;
/// returns the server's base URL (what `cargo xtask learn --base-url`
/// needs to know the capture's API).
pub async fn capture_session(path: &Path) -> Result<String, Box<dyn std::error::Error>> {
    let base_url = serve().await?;
    let client = Client::builder()
        .base_url(&base_url)
        .token(TOKEN)
        .capture(path)
        .build()?;
    let contacts: Vec<_> = client
        .list_contacts()
        .page_size(2)
        .stream()
        .try_collect()
        .await?;
    assert_eq!(contacts.len(), CONTACTS);
    client
        .send_message()
        .body(SendMessageRequest {
            contact_id: "81d8f399-e4d3-4fd4-a8ec-61bb3c3dc8c4".into(),
            message_type: "text".into(),
            message: Some("Your order has shipped.".into()),
            created_at: None,
            extra: Default::default(),
        })
        .send()
        .await?;
    client
        .raw(Method::GET, "/api/v1/tags")
        .send::<Value>()
        .await?;
    // Raw, because the typed call would refuse the string `ticketNumber`.
    client
        .raw(Method::GET, "/api/v1/tickets?sortBy=createdAt")
        .send::<Value>()
        .await?;
    Ok(base_url)
}

/// Starts the server on a free loopback port (the workspace's one loopback
/// test server); returns its base URL.
async fn serve() -> std::io::Result<String> {
    Ok(format!("http://{}", klink_tests::serve(answer)))
}

fn answer(request: http::Request<Bytes>) -> http::Response<Bytes> {
    let body = match (request.method().as_str(), request.uri().path()) {
        ("GET", "/api/v1/contacts") => contacts_page(query_number(&request, "page").unwrap_or(1)),
        ("POST", "/api/v1/messages/send") => {
            let mut sent: Value = serde_json::from_str(include_str!(
                "../../openapi/examples/message.send.response.200.json"
            ))
            .expect("the docs' example is JSON");
            sent["data"]["deliveryStatus"] = json!("queued");
            sent
        }
        ("GET", "/api/v1/tags") => {
            json!({"data": [{"id": "4d45ba6c-728e-4ca8-91cb-91bac1572622", "name": "vip"}]})
        }
        ("GET", "/api/v1/tickets") => tickets_page(),
        _ => {
            return http::Response::builder()
                .status(404)
                .body(Bytes::from_static(b"{\"message\":\"not found\"}"))
                .expect("a valid response");
        }
    };
    http::Response::builder()
        .header("content-type", "application/json")
        .body(Bytes::from(body.to_string()))
        .expect("a valid response")
}

fn query_number<B>(request: &http::Request<B>, name: &str) -> Option<usize> {
    request.uri().query()?.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then(|| value.parse().ok()).flatten()
    })
}

/// One page of 2 contacts, each with keys the spec does not declare.
fn contacts_page(page: usize) -> Value {
    let first = (page - 1) * 2;
    let data: Vec<Value> = (first..CONTACTS.min(first + 2))
        .map(|i| {
            json!({
                "id": format!("00000000-0000-4000-8000-{i:012}"),
                "name": format!("Customer {i}"),
                "address": null,
                "channel": "email",
                "notes": "prefers e-mail",
                "email": [{"email": format!("customer{i}@example.com"), "isPrimary": true}],
                "phone": [],
                "tags": [{"id": "4d45ba6c-728e-4ca8-91cb-91bac1572622", "name": "vip"}],
                "createdAt": format!("2026-11-{:02}T08:30:00.000Z", i + 1),
            })
        })
        .collect();
    json!({
        "total": CONTACTS,
        "page": page,
        "pageSize": 2,
        "lastPage": CONTACTS.div_ceil(2),
        "hasMore": page < CONTACTS.div_ceil(2),
        "data": data,
    })
}

/// The docs' ticket listing, its placeholder strings filled in, with a
/// second ticket as servers send it and the docs do not: `ticketNumber` a
/// string, `tags` null.
fn tickets_page() -> Value {
    let mut page: Value = serde_json::from_str(include_str!(
        "../../openapi/examples/tickets.list.response.200.prefix.json"
    ))
    .expect("the docs' example is JSON");
    let mut ticket = page["data"][0].take();
    ticket["createdAt"] = json!("2026-11-30T08:30:00Z");
    ticket["tags"] = json!(["vip"]);
    let mut second = ticket.clone();
    second["ticketNumber"] = json!("51002");
    second["tags"] = Value::Null;
    page["data"] = json!([ticket, second]);
    page
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args_os()
        .nth(1)
        .ok_or("usage: cargo run -p klink-api --example capture -- FILE.har")?;
    let base_url = capture_session(Path::new(&path)).await?;
    println!(
        "captured to {} (the API was {base_url}: `cargo xtask learn --base-url {base_url} {}`)",
        Path::new(&path).display(),
        Path::new(&path).display()
    );
    Ok(())
}
