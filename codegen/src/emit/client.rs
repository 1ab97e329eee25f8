//! The client (`klink-api/src/generated/`): progenitor's client, then the
//! project's passes over it, in the order [`passes`] applies them.

use proc_macro2::TokenStream;

use crate::emit::{call_errors, extra_default, lossless, messages, requests, streams};
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

/// The client's tokens: progenitor's, with every pass applied.
pub(crate) fn client(spec: &Spec) -> Result<TokenStream, Error> {
    client_with(spec, &crate::progenitor::settings())
}

/// [`client`] with other settings (an extension's, which replace the base
/// spec's schemas by klink-api's types): progenitor, then the same passes.
pub(crate) fn client_with(
    spec: &Spec,
    settings: &progenitor_impl::GenerationSettings,
) -> Result<TokenStream, Error> {
    let tokens = run_generator_with(settings, spec, |generator, spec| {
        generator.generate_tokens(&spec.openapi)
    })?;
    passes(spec, tokens)
}

/// Every pass over progenitor's client, in order; a new pass goes here.
/// Each takes the whole token stream and returns it rewritten.
fn passes(spec: &Spec, tokens: TokenStream) -> Result<TokenStream, Error> {
    // typify's builders start a type's `extra` map empty, not unset.
    let tokens = extra_default::empty_extra(tokens).map_err(|e| Error::format(&spec.path, &e))?;
    // `stream()` for the paginated operations, appended to `mod builder`.
    let tokens = streams::add_streams(spec, tokens)?;
    // Types with an `extra` map decode in one pass, without serde's
    // flatten buffering.
    let tokens = lossless::one_pass_decoding(spec, tokens)?;
    // Conversion-failure messages name types as a user writes them.
    let tokens = messages::readable_type_names(tokens);
    // Every `send()` fails with `klink_api::Error`; progenitor's
    // constructors leave the public API.
    let tokens = call_errors::unify(tokens).map_err(|e| Error::format(&spec.path, &e))?;
    // URLs from the base parsed once, success bodies decoded by klink-api.
    requests::through_runtime(tokens).map_err(|e| Error::format(&spec.path, &e))
}
