#![doc = include_str!("../README.md")]
//!
//! Receiving K-LINK's webhooks (signature checks, typed events, an axum
//! extractor) is the [`webhooks`] module (feature `webhooks`, on by default;
//! the extractor needs feature `axum`).
#![warn(missing_docs)]
// docs.rs (`--cfg docsrs`, nightly): label each item with the features it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

// The modules, by role. The roles are not layers (the request path builds
// the generated `Client` and reads its error types), but no module reaches
// back to itself through its imports: `tests/tests/module_graph.rs`.
//
// | role | modules |
// |---|---|
// | support for the generated types | `timestamp` ([`Timestamp`]), `extra` ([`Extra`]), `undeclared` (an object's undeclared keys as they are read), `lossless` (the runtime of `#[derive(Deserialize)]`: strict and tolerant passes), `item_id`, `spare` (per-thread buffers) |
// | the request path | `base_url`, `config` (the client's settings), `client_builder`, `tls`, `urls`, `auth`, `redact`, `capture`, `replay`, `retry`, `hooks` (what runs around every call), `call`, `decode`, `error_body`, `error` |
// | what users call | `generated` (the client and its types, made by `cargo xtask generate`), `pagination`, `raw`, `webhooks`, and the re-exports below; `__private` is what generated and extension code reaches |

// Support for the generated types.
mod extra;
mod item_id;
mod lossless;
mod spare;
mod timestamp;
mod undeclared;

// The request path.
mod auth;
mod base_url;
mod call;
pub mod capture;
mod client_builder;
mod config;
mod decode;
mod error;
mod error_body;
mod hooks;
mod redact;
mod replay;
pub mod retry;
mod tls;
mod urls;

// What users call.
// Generated: lints are for hand-written code; the prelude it emits is unused here.
#[allow(missing_docs, unused_imports, clippy::all, clippy::pedantic)]
#[rustfmt::skip]
mod generated;
#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
pub mod pagination;
mod raw;
#[cfg(feature = "webhooks")]
pub mod webhooks;

// `#[derive(Deserialize)]` expands to paths under `::klink_api`, which must
// resolve here too, where the generated types use it.
extern crate self as klink_api;

pub use auth::Token;
pub use capture::{CAPTURE_VAR, DEFAULT_CAPTURE_BODY_LIMIT};
pub use client_builder::ClientBuilder;
pub use config::{
    BASE_URL_VAR, ConfigError, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT,
    DEFAULT_USER_AGENT, TOKEN_VAR,
};
pub use error::{ApiError, Error};
pub use extra::Extra;
pub use generated::{Client, ResponseValue, builder, types};
/// Derives `serde::Deserialize` for a struct that keeps the keys it does
/// not declare: every generated type with an `extra` field uses it, and so
/// can your own types.
///
/// The object is read once: each key is matched against the declared
/// fields as it is read, a declared key's value is decoded straight into
/// its field, and every other key is written, with its value's JSON text
/// as the server sent it, into the one field marked `#[serde(flatten)]`,
/// which must be an [`Extra`]. serde's own derive with a flattened map
/// buffers the whole object and reads it twice, which costs what decoding
/// into `serde_json::Value` costs.
///
/// ```
/// use klink_api::Extra;
///
/// #[derive(Debug, serde::Serialize, klink_api::Deserialize)]
/// struct Note {
///     #[serde(rename = "createdAt")]
///     created_at: String,
///     #[serde(skip_serializing_if = "Option::is_none")]
///     color: Option<String>,
///     #[serde(default, skip_serializing_if = "Vec::is_empty")]
///     tags: Vec<String>,
///     #[serde(flatten)]
///     extra: Extra,
/// }
///
/// let note: Note = serde_json::from_str(r#"{"createdAt": "today", "pinned": true}"#)?;
/// assert_eq!(note.extra["pinned"], true);
/// assert_eq!(note.color, None);
/// assert_eq!(serde_json::to_string(&note)?, r#"{"createdAt":"today","pinned":true}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// It accepts what serde's derive accepts: keys in any order, `null` or no
/// key for an `Option` field, no key for a `#[serde(default)]` field. A
/// declared key given twice, a missing required key or a value of the
/// wrong type is an error that names the key path (``at `data.createdAt`:
/// ...``). Where klink-api decodes a response or a webhook event, it gives
/// optional fields more room: a body that fails to decode is decoded
/// again, and an optional field whose value does not fit its type is left
/// empty, its value kept in `extra` under its key (serializing gives back
/// what the server sent), with a `tracing` warning once per type and key.
/// A required field that does not fit still fails, with the whole path
/// (``at `data[1].ticketNumber`: ...``).
///
/// Field attributes: `rename`, `default`, `default = "path"`, `flatten`
/// (the `Extra` field), and the serialization-only ones, which it leaves to
/// `Serialize`. Any other serde attribute is a compile error rather than a
/// silent difference from serde's derive. Fields must be owned types
/// (`DeserializeOwned`), and the struct must have named fields and no
/// generic parameters.
pub use klink_api_macros::Deserialize;
pub use raw::{RAW_OPERATION, RawRequest};
pub use redact::Redactor;
/// The HTTP method of a [`Client::raw`] call.
pub use reqwest::Method;
pub use retry::RetryPolicy;
pub use timestamp::{ParseTimestampError, Timestamp};

/// The Markdown guides' examples, compiled as doctests: one item per file,
/// so that a failure names the guide. `tests/tests/markdown.rs` checks that
/// every guide is here or, for `docs/extending.md` (whose examples need
/// `extend!`), in klink-api-extend's `guide_doctests`.
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
    #[doc = include_str!("../../docs/production.md")]
    pub struct Production;
    #[doc = include_str!("../../docs/testing.md")]
    pub struct Testing;
    #[doc = include_str!("../../docs/webhooks.md")]
    pub struct Webhooks;
}
