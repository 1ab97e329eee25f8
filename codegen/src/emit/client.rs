//! The client (`klink-api/src/generated/`): progenitor's client, then the
//! project's passes over it, in the order [`passes`] applies them.

use crate::emit::{call_errors, extra_default, lossless, messages, parse, requests, streams};
use crate::error::Error;
use crate::progenitor::run_generator_with;
use crate::spec::Spec;

/// Where the generated client lives, relative to the workspace root: a
/// module directory whose `mod.rs` holds the client and which has one file
/// per large submodule.
pub const CLIENT_DIR: &str = "klink-api/src/generated";

/// The client's submodules printed into files of their own: the operation
/// builders, the types, and typify's builders for the types (the bulk of
/// the code, which a reader of the types rarely needs).
pub(crate) const CLIENT_SPLIT: [&str; 3] = ["types", "types::builder", "builder"];

/// The client: progenitor's, with every pass applied.
pub(crate) fn client(spec: &Spec) -> Result<syn::File, Error> {
    client_with(spec, &crate::progenitor::settings())
}

/// [`client`] with other settings (an extension's, which replace the base
/// spec's schemas by klink-api's types): progenitor, then the same passes.
pub(crate) fn client_with(
    spec: &Spec,
    settings: &progenitor_impl::GenerationSettings,
) -> Result<syn::File, Error> {
    let tokens = run_generator_with(settings, spec, |generator, spec| {
        generator.generate_tokens(&spec.openapi)
    })?;
    // Parsed once: every pass rewrites the same syntax tree, which is then
    // printed (parsing and re-quoting per pass was most of generation).
    let mut file = parse(spec, tokens)?;
    passes(spec, &mut file)?;
    Ok(file)
}

/// Every pass over progenitor's client, in order; a new pass goes here.
/// Each rewrites the whole file in place.
fn passes(spec: &Spec, file: &mut syn::File) -> Result<(), Error> {
    // typify's builders start a type's `extra` map empty, not unset.
    extra_default::empty_extra(file);
    // `stream()` for the paginated operations, appended to `mod builder`.
    streams::add_streams(spec, file)?;
    // Types with an `extra` map decode in one pass, without serde's
    // flatten buffering.
    lossless::one_pass_decoding(spec, file)?;
    // Conversion-failure messages name types as a user writes them.
    messages::readable_type_names(file);
    // Every `send()` fails with `klink_api::Error`; progenitor's
    // constructors leave the public API.
    call_errors::unify(file);
    // URLs from the base parsed once, success bodies decoded by klink-api.
    requests::through_runtime(file);
    Ok(())
}
