#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

// Generated: lints are for hand-written code; progenitor's mock has no docs
// on its methods (the operation's own docs are on `klink_api::Client`).
#[allow(missing_docs, clippy::all, clippy::pedantic)]
#[rustfmt::skip]
mod generated_mock;

pub use generated_mock::{MockServerExt, operations};
/// The httpmock crate this mock is built on, for its `Mock` and matchers.
pub use httpmock;
/// The mock server; `MockServerExt` adds a method per operation to it.
pub use httpmock::MockServer;
