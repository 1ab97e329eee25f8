//! Reading the spec: parse it ([`parse`]), then hold it to every rule
//! ([`check`]). A [`Spec`] exists only once both passed, so whatever
//! generation does with it cannot fail for a rule's sake. An extension
//! spec is read the same way, merged with the base and checked against it
//! ([`extension`]).

pub(crate) mod check;
pub(crate) mod extension;
pub(crate) mod parse;

use std::path::{Path, PathBuf};

use openapiv3::OpenAPI;
use serde_json::Value;

pub use self::check::examples::ExampleFile;
use crate::error::Error;

/// A spec that parsed and passed validation.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Where the spec was read from; relative paths in it (example files)
    /// resolve against its directory.
    pub path: PathBuf,
    /// The document as plain JSON, used for validation and error locations.
    pub raw: Value,
    /// The typed document progenitor consumes.
    pub openapi: OpenAPI,
}

/// Reads, parses (YAML, or JSON for a `.json` file) and validates a spec.
pub fn load(path: impl AsRef<Path>) -> Result<Spec, Error> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })?;
    load_str(path, &text)
}

/// Parses and validates spec text that claims to come from `path` (which
/// names it in errors, picks the syntax by extension and anchors relative
/// example paths).
pub fn load_str(path: impl AsRef<Path>, text: &str) -> Result<Spec, Error> {
    let path = path.as_ref().to_owned();
    let raw = parse::document(&path, text)?;
    let openapi = check::all(&path, &raw)?;
    Ok(Spec { path, raw, openapi })
}

impl Spec {
    /// The example payload files the spec refers to, in document order.
    pub fn example_files(&self) -> Vec<ExampleFile> {
        check::examples::example_files(&self.path, &self.raw)
    }
}
