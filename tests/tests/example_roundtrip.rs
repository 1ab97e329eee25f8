//! Every example payload of the spec decodes into its generated type and
//! encodes back to the same JSON: no field is lost, renamed or reformatted.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use klink_api::types;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn spec() -> codegen::Spec {
    codegen::load(Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/klink.yaml")).unwrap()
}

/// Decodes `file` as `T`, encodes it again and compares the two as JSON
/// values; returns the decoded value for further checks.
fn round_trip<T: DeserializeOwned + Serialize>(file: &Path) -> T {
    let text = std::fs::read_to_string(file).unwrap();
    let original: Value = serde_json::from_str(&text).unwrap();
    let typed: T = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} does not decode: {e}", file.display()));
    let encoded = serde_json::to_value(&typed).unwrap();
    assert_eq!(
        encoded,
        original,
        "{} changed in a round trip",
        file.display()
    );
    typed
}

/// The Rust type of each example file, by file name, and a few values the
/// decoded example must hold. A new example in the spec fails
/// `every_example_round_trips` until it is listed here.
fn check(file: &Path) -> bool {
    let Some(name) = file.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    match name {
        "message.send.request.json" => {
            let request: types::SendMessageRequest = round_trip(file);
            assert_eq!(request.message_type, "text");
        }
        "message.send.response.200.json" => {
            let envelope: types::MessageEnvelope = round_trip(file);
            assert_eq!(envelope.status, 200);
            let upload = envelope.data.upload.expect("the example has an upload");
            assert_eq!(upload.file_size, Some(70));
            assert_eq!(
                envelope.data.created_at.to_string(),
                "2026-02-20T11:46:31.61603869Z"
            );
            // Keys shown only as null are kept, null, in `extra`.
            assert_eq!(envelope.data.extra["readAt"], Value::Null);
            assert_eq!(envelope.data.extra.len(), 20);
        }
        "message.send.response.200.prefix.json" => {
            let envelope: types::MessageEnvelope = round_trip(file);
            assert_eq!(envelope.data.partition_key, "2026_01");
            assert_eq!(
                envelope.data.updated_at.to_string(),
                "2026-01-08T16:34:34.542193005Z"
            );
            assert!(envelope.data.upload.is_none() && envelope.data.extra.is_empty());
        }
        "contacts.list.response.200.prefix.json" => {
            let page: types::ContactPage = round_trip(file);
            assert_eq!(
                (page.total, page.page, page.page_size),
                (Some(65), Some(1), None)
            );
        }
        "contacts.list.response.200.guide.prefix.json" => {
            let page: types::ContactPage = round_trip(file);
            assert_eq!(page.last_page, Some(7));
            let ids: Vec<_> = page.data.iter().map(|c| c.id.as_deref().unwrap()).collect();
            assert_eq!(
                ids,
                ["WAz8eIbvDR60rouK", "hSIhXBhNe8X1d8Et", "fbwYwpi9C2ybt6Yb"]
            );
        }
        "contacts.get.response.200.prefix.json" => {
            let envelope: types::ContactEnvelope = round_trip(file);
            assert_eq!(envelope.status.as_deref(), Some("success"));
            let contact = envelope.data.unwrap();
            assert_eq!(contact.tags[0].name.as_deref(), Some("platinum"));
            assert_eq!(contact.extra["address"], Value::Null);
            assert!(contact.company.unwrap().name.is_none(), "cut off");
        }
        "contacts.fields.response.200.prefix.json" => {
            let page: types::ContactFieldPage = round_trip(file);
            let field = &page.data[0];
            assert_eq!(field.system_name.as_deref(), Some("channel"));
            assert_eq!(field.type_.as_deref(), Some("select"));
            assert_eq!(field.options[1].value.as_deref(), Some("G-Mail"));
            assert_eq!(field.options[1].is_default, None, "cut off");
        }
        "contacts.update-tags.request.json" => {
            let request: types::UpdateContactTagsRequest = round_trip(file);
            assert_eq!(request.action_type, "MERGE");
            assert_eq!(request.tags, ["vip", "new"]);
        }
        "contacts.update-tags.response.200.json" => {
            let envelope: types::ContactTagsEnvelope = round_trip(file);
            assert_eq!(envelope.status, "success");
            assert_eq!(envelope.data, Value::Null);
        }
        "tickets.list.response.200.prefix.json" => {
            let page: types::TicketPage = round_trip(file);
            let ticket = &page.data[0];
            assert_eq!(ticket.ticket_number, Some(38838));
            assert_eq!(
                ticket.created_at.as_deref(),
                Some("string"),
                "a placeholder"
            );
            assert_eq!(
                ticket.assignee.as_ref().unwrap().id.as_deref(),
                Some("string")
            );
            assert_eq!(ticket.extra["deletedAt"], Value::Null);
        }
        "tickets.create.request.json" => {
            let request: types::CreateTicketRequest = round_trip(file);
            assert_eq!(
                request.contact_id.as_deref(),
                Some("51f5f68f-6a63-4c2e-8a68-53d268d93ae1")
            );
            assert_eq!(request.custom_fields["cf_date"], "2025-10-23");
        }
        "tickets.create.response.201.prefix.json" => {
            let created: types::TicketCreated = round_trip(file);
            assert_eq!(created.success, Some(true));
            assert!(created.data.unwrap().is_empty());
        }
        "categories.list.response.200.prefix.json" => {
            let list: types::CategoryList = round_trip(file);
            assert_eq!(list.data.len(), 2);
            assert_eq!(list.data[0].value.as_deref(), Some(""));
            assert_eq!(list.data[1].value.as_deref(), Some("testing four"));
            assert_eq!(
                list.data[1].updated_at.unwrap().to_string(),
                "2026-01-08T04:43:02.292Z"
            );
            assert_eq!(
                list.data[0].extra["childCategoryList"],
                serde_json::json!([])
            );
            assert_eq!(list.total, None);
        }
        "cx-logs.list.response.200.prefix.json" => {
            let response: types::CxLogResponse = round_trip(file);
            let log = &response.cx_logs.unwrap().data[0];
            assert_eq!(
                log.started_date.unwrap().to_string(),
                "2026-03-30 08:30:00.000+00"
            );
            assert_eq!(log.closed_at.unwrap().to_string(), "2026-03-30 09:15:20+00");
            assert!(log.started_date < log.closed_at);
            assert_eq!(log.extra["caseId"], 12540);
            assert_eq!(log.handled_time, Some(2720));
            let contact = log.contact.as_ref().unwrap();
            assert_eq!(contact.platform_contacts[0].social_platform_id, log.uid);
            let agent = log.first_assignee.as_ref().unwrap();
            assert_eq!(agent.extra["deletedaAt"], Value::Null);
            assert!(agent.created_at.is_none(), "cut off");
        }
        "cx-logs.list.response.200.earlier.prefix.json" => {
            let response: types::CxLogResponse = round_trip(file);
            assert_eq!(response.request_id.as_deref(), Some(""));
            let log = &response.cx_logs.unwrap().data[0];
            assert_eq!(log.extra["caseId"], Value::Null);
            assert_eq!(log.entity_name.as_deref(), Some(""));
        }
        "agent-activity.list.response.200.prefix.json" => {
            let page: types::AgentActivityPage = round_trip(file);
            let status = page.data[0].previous_presence_status.as_ref().unwrap();
            assert_eq!(status.emoji.as_deref(), Some("🟢"));
            assert_eq!(status.system_name.as_deref(), Some("available"));
        }
        "comments.create.request.prefix.json" => {
            let request: types::CreateCommentRequest = round_trip(file);
            assert_eq!(request.mentions[0].index, Some(0));
            assert_eq!(request.mentions[0].user_id, None, "cut off");
        }
        "comments.list.response.200.prefix.json" => {
            let page: types::CommentPage = round_trip(file);
            assert_eq!(page.data[0].type_.as_deref(), Some("comment"));
            assert_eq!(page.data[0].room_id.as_deref(), Some("room-uuid-abc"));
        }
        "media-manager.get-folder.response.200.prefix.json" => {
            let envelope: types::MediaFolderEnvelope = round_trip(file);
            assert_eq!(envelope.data.unwrap().name.as_deref(), Some("testing"));
        }
        "media-manager.get-file.response.200.prefix.json" => {
            let envelope: types::MediaFileEnvelope = round_trip(file);
            let file = envelope.data.unwrap();
            assert_eq!(
                file.id.as_deref(),
                Some("a11ff961-cf00-4f9f-bb7b-c2c04a274605")
            );
            assert_eq!(file.upload_id, None, "cut off");
        }
        "media-manager.create-file.request.prefix.json" => {
            let request: types::CreateMediaFileRequest = round_trip(file);
            assert_eq!(request.data, None, "cut off inside its only value");
        }
        // Webhooks (issue #10): everything but the `.000000Z` timestamps
        // round-trips exactly here; the whole files in
        // tests/webhooks.rs `webhook_examples_round_trip_exactly`.
        "webhooks.envelope.request.json" => {
            let text = std::fs::read_to_string(file).unwrap();
            let envelope: types::WebhookEnvelope = serde_json::from_str(&text).unwrap();
            assert_eq!(envelope.event, "event.type");
            assert_eq!(envelope.data, serde_json::json!({}));
        }
        "webhooks.contact_create.request.prefix.json" => {
            let text = std::fs::read_to_string(file).unwrap();
            let original: Value = serde_json::from_str(&text).unwrap();
            let hook: types::WebhookContactCreate = serde_json::from_str(&text).unwrap();
            assert_eq!(serde_json::to_value(&hook.data).unwrap(), original["data"]);
            assert_eq!(hook.event, "contact.create");
            assert_eq!(hook.data.contact_emails[0].is_primary, Some(true));
        }
        _ => return false,
    }
    true
}

#[test]
fn every_example_round_trips() {
    let files = spec().example_files();
    assert!(!files.is_empty(), "the spec has examples");
    for example in files {
        assert!(
            check(&example.file),
            "{} ({} at {}) has no round-trip check",
            example.file.display(),
            example.operation_id,
            example.pointer
        );
    }
}

#[test]
fn every_example_file_is_referenced_by_the_spec() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/examples");
    let on_disk: BTreeSet<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into())
        .collect();
    let referenced: BTreeSet<PathBuf> = spec()
        .example_files()
        .into_iter()
        .map(|example| example.file.file_name().unwrap().into())
        .collect();
    assert_eq!(on_disk, referenced);
}

#[test]
fn a_message_with_only_the_required_keys_decodes() {
    let minimal = serde_json::json!({
        "id": "0b01ac59-81b4-436f-9b36-8ad40e0761f7",
        "createdAt": "2026-02-20T11:46:31Z",
        "updatedAt": "2026-02-20T11:46:31Z",
        "deletedAt": null,
        "clientRequestId": "",
        "partition_key": "2026_02",
        "direction": "incoming",
        "type": "sticker"
    });
    let message: types::Message = serde_json::from_value(minimal.clone()).unwrap();
    assert_eq!(message.direction.as_deref(), Some("incoming"));
    assert_eq!(message.type_.as_deref(), Some("sticker"));
    assert_eq!(message.message, None);
    assert!(message.upload.is_none());
    assert_eq!(serde_json::to_value(&message).unwrap(), minimal);
    let without_id = serde_json::json!({"createdAt": "2026-02-20T11:46:31Z"});
    assert!(serde_json::from_value::<types::Message>(without_id).is_err());
}

#[test]
fn unpublished_keys_survive_a_round_trip() {
    // Keys after the docs' cut arrive in `extra` and go back out unchanged.
    let contact = serde_json::json!({
        "id": "c786bb40-a58e-4d60-afe6-061e2b819811",
        "address": "12 Main Road",
        "contactEmails": [{"email": "frank@example.com", "isPrimary": true}],
        "createdAt": "2026-01-15T10:00:00.000Z"
    });
    let typed: types::Contact = serde_json::from_value(contact.clone()).unwrap();
    assert_eq!(typed.extra["address"], "12 Main Road");
    assert_eq!(typed.extra.len(), 3);
    assert_eq!(serde_json::to_value(&typed).unwrap(), contact);
}
