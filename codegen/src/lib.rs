//! Generation of the klink-api client, the `klink` CLI and the
//! `klink-mock` mock server from `openapi/klink.yaml`.
//!
//! The pipeline is [`load`] (parse and validate the spec, with errors that
//! name the file, the operation and the JSON pointer) followed by
//! [`generate`] (progenitor with the project's [`settings`], formatted with
//! prettyplease). Every generation setting lives in this crate, so the
//! generated code depends on the spec and this crate only.
//!
//! Beyond progenitor's output, every paginated list operation (a `GET` with
//! `page`/`pageSize` query parameters answering a list envelope
//! `{data: [..], total, page, pageSize, lastPage}`, at the top of the
//! response or under one of its properties) gets a `stream()` on its
//! builder that walks all pages through `klink_api::pagination`; the rule
//! is in `src/pagination.rs`.
//!
//! ```no_run
//! let spec = codegen::load("openapi/klink.yaml")?;
//! for file in codegen::generate(&spec)? {
//!     println!("{}: {} lines", file.path, file.contents.lines().count());
//! }
//! # Ok::<(), codegen::Error>(())
//! ```

#![warn(missing_docs)]

mod bundle;
mod cli;
mod docs;
mod error;
mod example_schemas;
mod format;
mod generate;
mod load;
mod mock;
mod one_file;
mod pagination;
mod schemas;
mod surface;
mod unconfirmed;
mod validate;

pub use bundle::{BUNDLE_PATH, bundle, outputs};
pub use cli::{CLI_PATH, cli};
pub use error::Error;
pub use example_schemas::SchemaValidators;
pub use generate::{CLIENT_DIR, GENERATED_HEADER, Output, generate, settings};
pub use load::{Spec, load, load_str};
pub use mock::{MOCK_PATH, mock, mock_surface};
pub use surface::api_surface;
pub use unconfirmed::UNCONFIRMED_NOTE;
pub use validate::ExampleFile;

/// The spec's path relative to the workspace root.
pub const SPEC_PATH: &str = "openapi/klink.yaml";
