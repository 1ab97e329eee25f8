//! Every rule a spec must follow before generation, each in the module of
//! what it is about, run in one place ([`all`]) so that a loaded spec is
//! one generation cannot reject for a rule's sake. A broken spec gets an
//! error naming the place instead of a panic or a vague message from deep
//! inside progenitor.

#[cfg(feature = "examples")]
pub(crate) mod example_schemas;
pub(crate) mod examples;
pub(crate) mod operations;
pub(crate) mod refs;
pub(crate) mod schemas;

use std::path::Path;

use openapiv3::OpenAPI;
use serde_json::Value;

use crate::error::Error;
use crate::spec::parse;

/// Runs every rule on the raw document, in order, and returns the typed
/// document.
///
/// References, operation ids and example files first; then the document's
/// shape, so that the later rules point at the one schema that is wrong
/// rather than at what refers to it.
pub(crate) fn all(path: &Path, raw: &Value) -> Result<OpenAPI, Error> {
    refs::references(path, raw)?;
    operations::operation_ids(path, raw)?;
    operations::extensions(path, raw)?;
    examples::files(path, raw)?;
    let openapi = parse::typed(path, raw)?;
    operations::path_parameters(path, raw)?;
    schemas::content_has_schemas(path, raw)?;
    schemas::schema_rules(path, raw)?;
    #[cfg(feature = "examples")]
    example_schemas::match_schemas(path, raw)?;
    Ok(openapi)
}
