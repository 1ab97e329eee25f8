//! `klink_api_extend::extend!`: typed calls for K-LINK operations the SDK
//! lacks, generated at compile time from an OpenAPI 3.0 file of your own,
//! with klink-api's runtime (token, retries, `klink_api::Error`,
//! `stream()`, ...). The guide [Extending the SDK in your own
//! crate][guide] shows a whole example.
//!
//! # Depend on both crates
//!
//! ```toml
//! [dependencies]
//! klink-api = "0.1"
//! klink-api-extend = "0.1"
//! ```
//!
//! The macro's expansion names `::klink_api::...` paths, which resolve
//! through your crate's own dependency on klink-api; this crate does not
//! depend on klink-api.
//!
//! **Why two crates:** the macro runs klink-api's code generator
//! (`klink-codegen`: spec loading, checks, progenitor), a large build. As
//! a dependency of klink-api it would have to be built before klink-api
//! could start compiling; as a crate of its own, cargo builds klink-api
//! and the generator side by side, and a build without extensions never
//! builds the generator at all.
//!
//! **Versions:** use the klink-api-extend release of the same version as
//! your klink-api (0.1.x with 0.1.x, the same x). The macro embeds its
//! version's base spec (what `$ref`s to the SDK's schemas and the
//! duplicate-operation check are judged against) and expands to calls
//! into klink-api's hidden `__private` module, which follows the generator
//! rather than semver. A mismatch shows as compile errors at the
//! `extend!` call naming a `klink_api::__private` or `klink_api::types`
//! item that does not exist or has another signature: align the two
//! versions.
//!
//! # Features
//!
//! - `examples` (off by default): validates the extension's examples
//!   against their schemas at compile time, as klink-api's own spec's are.
//!   Its JSON Schema validator (`jsonschema`, with about 40 crates of its
//!   own) about doubles what `extend!` adds to a cold build, hence off by
//!   default. Without it, example files must still exist and hold JSON.
//!
//! [guide]: https://github.com/klink-rs/klink-rs/blob/main/docs/extending.md

use proc_macro::TokenStream;

mod base_dir;
mod extend;
mod location;

/// Expands to the typed client of the OpenAPI 3.0 file at the given path,
/// relative to the calling crate's `Cargo.toml`: `Client` (built from a
/// `klink_api::Client` with `From`), one builder method per operation like
/// the SDK's, and `pub mod types` with the file's own schemas. A `$ref` to
/// a schema the file does not define but the SDK's spec does is the SDK's
/// type (`klink_api::types::Tag`).
///
/// A broken file is a compile error naming the file, the operation, the
/// JSON pointer and, where known, the line and column. An operation the SDK
/// already has (same `operationId`, or same method and path) is an error.
///
/// With the guide's `klink-extra.yaml` beside your `Cargo.toml`:
///
/// ```no_run
/// use futures_util::TryStreamExt;
///
/// mod extra {
///     klink_api_extend::extend!("klink-extra.yaml");
/// }
///
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// let base = klink_api::Client::from_env()?;
/// // Same connection pool, base URL, token and settings as `base`.
/// let extra = extra::Client::from(&base);
/// let tags: Vec<klink_api::types::Tag> = extra.list_tags().stream().try_collect().await?;
/// # Ok(())
/// # }
/// ```
#[proc_macro]
pub fn extend(input: TokenStream) -> TokenStream {
    extend::extend(input)
}

/// The guide's examples, compiled as doctests (its `klink-extra.yaml` is
/// this crate's, kept equal to the guide's by a unit test).
/// `tests/tests/markdown.rs` checks that every guide is included somewhere.
#[cfg(doctest)]
mod guide_doctests {
    #[doc = include_str!("../../docs/extending.md")]
    pub struct Extending;
}
