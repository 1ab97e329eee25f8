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

/// The Rust type of each example file, by file name. A new example in the
/// spec fails `every_example_has_a_round_trip` until it is listed here.
fn check(file: &Path) -> bool {
    match file.file_name().and_then(|n| n.to_str()) {
        Some("message.send.request.json") => {
            let request: types::SendMessageRequest = round_trip(file);
            assert_eq!(request.message_type, "text");
        }
        Some("message.send.response.200.json") => {
            let envelope: types::MessageEnvelope = round_trip(file);
            assert_eq!(envelope.status, 200);
            let upload = envelope.data.upload.expect("the example has an upload");
            assert_eq!(upload.file_size, Some(70));
            assert_eq!(
                envelope.data.created_at.to_string(),
                "2026-02-20T11:46:31.61603869Z"
            );
        }
        // Webhooks (issue #10): everything but the `.000000Z` timestamps
        // round-trips exactly here; the whole files in
        // tests/webhooks.rs `webhook_examples_round_trip_exactly`.
        Some("webhooks.envelope.request.json") => {
            let text = std::fs::read_to_string(file).unwrap();
            let envelope: types::WebhookEnvelope = serde_json::from_str(&text).unwrap();
            assert_eq!(envelope.event, "event.type");
            assert_eq!(envelope.data, serde_json::json!({}));
        }
        Some("webhooks.contact_create.request.prefix.json") => {
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
fn a_message_without_optional_keys_still_decodes() {
    // The required keys only; defaults fill the rest.
    let minimal = serde_json::json!({
        "id": "0b01ac59-81b4-436f-9b36-8ad40e0761f7",
        "createdAt": "2026-02-20T11:46:31Z",
        "updatedAt": "2026-02-20T11:46:31Z",
        "deletedAt": null, "readAt": null, "replyPlatformMessageId": null,
        "replyReaction": null, "linkMessageId": null, "linkMessagePartitionKey": null,
        "template": null, "actorId": null, "actor": null, "senderId": null,
        "workflowRule": null, "assigneeId": null, "assignee": null,
        "repliedMessage": null, "editedMessageId": null,
        "editedMessagePartitionKey": null, "editedMessage": null, "editedAt": null,
        "contactId": null, "receiverMetadata": null, "attachments": null,
        "direction": "incoming", "type": "sticker"
    });
    let message: types::Message = serde_json::from_value(minimal).unwrap();
    assert_eq!(message.direction, "incoming");
    assert_eq!(message.type_, "sticker");
    assert_eq!(message.message, "");
    assert!(message.upload.is_none());
}
