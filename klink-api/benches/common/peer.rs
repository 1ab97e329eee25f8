//! The peer: the client openapi-generator's `rust` generator (reqwest
//! library) makes from the same spec. `cargo xtask bench --peer` generates
//! it under `target/` as the crate `klink_peer` and builds this module with
//! `--cfg klink_peer`; its code is never committed.
//!
//! It is used as its README says, with one addition: the spec does not
//! declare `accept` and progenitor's `api-version` header, so its reqwest
//! client adds them to every request, as a team using it would.

use klink_peer::apis::configuration::Configuration;
use klink_peer::apis::message_api;
use klink_peer::models::{MessageEnvelope, SendMessageRequest};
use reqwest::header::{ACCEPT, HeaderMap, HeaderValue};

use super::{DEFAULT_USER_AGENT, TOKEN, http_client};

/// The peer's configuration, pointed at the benchmark server.
pub struct Peer {
    configuration: Configuration,
}

impl Peer {
    /// A client for the server at `base`.
    pub fn new(base: &str) -> Self {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        headers.insert("api-version", HeaderValue::from_static("1"));
        Self {
            configuration: Configuration {
                base_path: base.to_owned(),
                user_agent: Some(DEFAULT_USER_AGENT.to_owned()),
                client: http_client(headers),
                bearer_access_token: Some(TOKEN.to_owned()),
                ..Configuration::default()
            },
        }
    }

    /// One `send_message` call.
    pub async fn call(&self) -> MessageEnvelope {
        message_api::send_message(&self.configuration, message())
            .await
            .unwrap()
    }
}

/// The same message as the other variants send, in the peer's type.
fn message() -> SendMessageRequest {
    SendMessageRequest {
        contact_id: "81d8f399-e4d3-4fd4-a8ec-61bb3c3dc8c4".to_owned(),
        message_type: "text".to_owned(),
        message: Some("It is your message.".to_owned()),
        created_at: Some("2026-01-08T16:03:39.923Z".parse().unwrap()),
    }
}
