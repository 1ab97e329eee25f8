//! Generation of the klink-api client from `openapi/klink.yaml`.
//!
//! The pipeline is [`load`] (parse and validate the spec, with errors that
//! name the file, the operation and the JSON pointer) followed by
//! [`generate`] (progenitor with the project's [`settings`], formatted with
//! prettyplease). Every generation setting lives in this crate, so the
//! generated code depends on the spec and this crate only.
//!
//! ```no_run
//! let spec = codegen::load("openapi/klink.yaml")?;
//! let code: String = codegen::generate(&spec)?;
//! # Ok::<(), codegen::Error>(())
//! ```

#![warn(missing_docs)]

mod error;
mod format;
mod generate;
mod load;
mod unconfirmed;
mod validate;

pub use error::Error;
pub use generate::{GENERATED_HEADER, generate, settings};
pub use load::{Spec, load, load_str};
pub use unconfirmed::UNCONFIRMED_NOTE;
pub use validate::ExampleFile;

/// The spec's path relative to the workspace root.
pub const SPEC_PATH: &str = "openapi/klink.yaml";

/// The generated file's path relative to the workspace root.
pub const GENERATED_PATH: &str = "klink-api/src/generated.rs";
