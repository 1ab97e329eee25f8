#![doc = include_str!("../README.md")]
//!
//! Receiving K-LINK's webhooks (signature checks, typed events, an axum
//! extractor) is the [`webhooks`] module (feature `webhooks`, on by default;
//! the extractor needs feature `axum`).
#![warn(missing_docs)]
// docs.rs (`--cfg docsrs`, nightly): label each item with the features it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

mod auth;
mod call;
pub mod capture;
mod config;
mod decode;
mod error;
mod error_body;
mod extra;
// Generated: lints are for hand-written code; the prelude it emits is unused here.
#[allow(missing_docs, unused_imports, clippy::all, clippy::pedantic)]
#[rustfmt::skip]
mod generated;
#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
mod hooks;
mod item_id;
mod lossless;
pub mod pagination;
mod raw;
mod redact;
mod replay;
pub mod retry;
mod spare;
mod timestamp;
mod tls;
mod urls;
#[cfg(feature = "webhooks")]
pub mod webhooks;

pub use auth::Token;
pub use capture::{CAPTURE_VAR, DEFAULT_CAPTURE_BODY_LIMIT};
pub use config::{
    BASE_URL_VAR, ClientBuilder, ConfigError, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_TIMEOUT, DEFAULT_USER_AGENT, TOKEN_VAR,
};
pub use error::{ApiError, Error};
pub use extra::Extra;
pub use generated::{Client, ResponseValue, builder, types};
/// Typed calls for operations the SDK lacks, from your own OpenAPI file:
/// see the README's "Extending the SDK in your own crate" (feature `extend`).
#[cfg(feature = "extend")]
pub use klink_api_macros::extend;
pub use raw::{RAW_OPERATION, RawRequest};
pub use redact::Redactor;
/// The HTTP method of a [`Client::raw`] call.
pub use reqwest::Method;
pub use retry::RetryPolicy;
pub use timestamp::{ParseTimestampError, Timestamp};

/// The README's examples, compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
