//! Rust SDK for the [K-LINK](https://klink.cloud) customer-support platform.
//!
//! The operations and types are generated from the project's OpenAPI spec
//! (`openapi/klink.yaml`) by progenitor into a module of their own; the
//! hand-written modules beside them make the client fit to run unattended:
//! configuration ([`ClientBuilder`], [`Client::from_env`]), a [`Token`] that
//! never shows in printouts, safe retries ([`RetryPolicy`], [`retry`]), one
//! [`Error`] type, a `tracing` span per call, and [`Timestamp`]s that
//! round-trip.
//!
//! ```no_run
//! use klink_api::{Client, Error, types::SendMessageRequest};
//!
//! # async fn run() -> Result<(), Error> {
//! let client = Client::from_env()?;
//! let sent = client
//!     .send_message()
//!     .body(SendMessageRequest {
//!         contact_id: "81d8f399-e4d3-4fd4-a8ec-61bb3c3dc8c4".into(),
//!         message_type: "text".into(),
//!         message: Some("It is your message.".into()),
//!         created_at: Some(klink_api::Timestamp::now()),
//!     })
//!     .send()
//!     .await?;
//! println!("sent message {} ({})", sent.data.id, sent.message);
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]

mod auth;
mod call;
mod config;
mod error;
// Generated: lints are for hand-written code; the prelude it emits is unused here.
#[allow(missing_docs, unused_imports, clippy::all, clippy::pedantic)]
#[rustfmt::skip]
mod generated;
mod hooks;
mod raw;
pub mod retry;
mod timestamp;

pub use auth::Token;
pub use config::{
    BASE_URL_VAR, ClientBuilder, ClientConfig, ConfigError, DEFAULT_BASE_URL,
    DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_USER_AGENT, TOKEN_VAR,
};
pub use error::{ApiError, CallError, Error};
pub use generated::{Client, ResponseValue, builder, types};
pub use raw::{RAW_OPERATION, RawRequest};
/// The HTTP method of a [`Client::raw`] call.
pub use reqwest::Method;
pub use retry::RetryPolicy;
pub use timestamp::{ParseTimestampError, Timestamp};

/// The README's examples, compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
