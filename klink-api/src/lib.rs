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
/// see the guide [Extending the SDK in your own crate](https://github.com/klink-rs/klink-rs/blob/main/docs/extending.md)
/// (feature `extend`).
#[cfg(feature = "extend")]
pub use klink_api_macros::extend;
pub use raw::{RAW_OPERATION, RawRequest};
pub use redact::Redactor;
/// The HTTP method of a [`Client::raw`] call.
pub use reqwest::Method;
pub use retry::RetryPolicy;
pub use timestamp::{ParseTimestampError, Timestamp};

/// The Markdown guides' examples, compiled as doctests: one item per file,
/// so that a failure names the guide. `tests/tests/markdown.rs` checks that
/// every guide with a Rust block is here.
#[cfg(doctest)]
mod guide_doctests {
    #[doc = include_str!("../../README.md")]
    pub struct Readme;
    #[doc = include_str!("../../CONTRIBUTING.md")]
    pub struct Contributing;
    #[doc = include_str!("../../docs/calls.md")]
    pub struct Calls;
    #[doc = include_str!("../../docs/capture-and-learning.md")]
    pub struct CaptureAndLearning;
    #[doc = include_str!("../../docs/cli.md")]
    pub struct Cli;
    #[doc = include_str!("../../docs/extending.md")]
    pub struct Extending;
    #[doc = include_str!("../../docs/production.md")]
    pub struct Production;
    #[doc = include_str!("../../docs/testing.md")]
    pub struct Testing;
    #[doc = include_str!("../../docs/webhooks.md")]
    pub struct Webhooks;
}
