//! Rust SDK for the [K-LINK](https://klink.cloud) customer-support platform.
//!
//! The operations and types are generated from the project's OpenAPI spec
//! (`openapi/klink.yaml`) by progenitor; the hand-written modules beside
//! them add what a service needs to run the client: configuration,
//! credentials and timestamps that round-trip.
//!
//! ```no_run
//! use klink_api::{Client, types::SendMessageRequest};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::builder().token("kpt_...").build()?;
//! let sent = client
//!     .send_message()
//!     .body(SendMessageRequest {
//!         contact_id: "81d8f399-e4d3-4fd4-a8ec-61bb3c3dc8c4".into(),
//!         message_type: "text".into(),
//!         message: Some("It is your message.".into()),
//!         created_at: None,
//!     })
//!     .send()
//!     .await?;
//! println!("sent message {}", sent.data.id);
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]

mod auth;
mod config;
// Generated: lints are for hand-written code; the prelude it emits is unused here.
#[allow(missing_docs, unused_imports, clippy::all, clippy::pedantic)]
#[rustfmt::skip]
mod generated;
mod hooks;
mod timestamp;

pub use auth::Token;
pub use config::{
    ClientBuilder, ClientConfig, ConfigError, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_TIMEOUT, DEFAULT_USER_AGENT,
};
pub use generated::{Client, Error, ResponseValue, builder, types};
pub use timestamp::Timestamp;

/// The README's examples, compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
