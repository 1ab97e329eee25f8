//! The client (`klink-api/src/generated/`): progenitor's client, then the
//! project's passes over it, applied to each item as the client streams by
//! ([`passes::Passes`]).
//!
//! # The passes, in order
//!
//! For each item of progenitor's client:
//!
//! 0. [`body_builders`]: typify's builders (`types::builder`, and
//!    `builder()` in `types`) go, except those of request bodies, which
//!    the operation builders hold. The others were an eighth of
//!    klink-api's LLVM IR, compiled in every user's build and never called
//!    (users decode responses, they don't build them). Which builders stay
//!    is read off progenitor's tokens before the client streams, since the
//!    operation builders come last.
//! 1. [`extra_default`]: typify's builders start a type's `extra` map empty.
//! 2. [`streams`] records the structs of `types` and the paginated
//!    builders' `impl`s, as progenitor wrote them.
//! 3. [`lossless`]: a struct with an `extra` map derives klink-api's
//!    `Deserialize` instead of serde's, its `extra` a klink-api `Extra`; in
//!    `types::builder`, its builder takes klink-api's `Extra` too.
//! 4. Then, on that item and on every item the passes add (the `stream()`
//!    impls [`streams`] appends when `builder` closes): [`messages`] (conversion-failure messages name types as a
//!    user writes them), [`call_errors`] (one error type for every
//!    `send()`; progenitor's constructors leave the public API) and
//!    [`requests`] (URLs and success bodies through klink-api's runtime).
//!
//! # Which orders matter, and why
//!
//! - **Module order.** The passes rely on progenitor's: `types` with
//!   `types::builder` at its end, then `builder`. [`lossless`] rewrites a
//!   builder in `types::builder` only if it rewrote the struct before it,
//!   and [`streams`] builds `stream()` from the `types` structs it has
//!   seen when `builder` closes (it fails, naming the spec, if `types` was
//!   not seen; items are never held back to reorder them).
//! - **[`body_builders`] first.** It only drops items (builders and
//!   `builder()`s, never a `types` struct, which [`streams`] and
//!   [`lossless`] read), so the passes after it never see a dropped
//!   builder; [`lossless`] rewrites the builders that stay as before.
//! - **Passes that add items come before the per-item ones** (step 4), so
//!   an added item is rewritten like one of progenitor's: a `stream()`
//!   calls `send()` as [`call_errors`] left it.
//! - [`messages`], [`call_errors`] and [`requests`] touch disjoint code
//!   (string literals; `send()` signatures, error arms and constructors;
//!   URL `let`s and `from_response` calls), so their order among
//!   themselves does not matter; nor does [`extra_default`]'s (builders'
//!   `Default` impls) against the others.
//!
//! Printing comes after every pass (`crate::print`), and its own rewrites
//! (short prelude names, field shorthand) assume nothing about them.

pub(crate) mod body_builders;
pub(crate) mod call_errors;
pub(crate) mod extra_default;
pub(crate) mod lossless;
pub(crate) mod messages;
mod passes;
pub(crate) mod requests;
pub(crate) mod streams;

use proc_macro2::TokenStream;

use crate::error::Error;
use crate::items::{self, Collect, Items};
use crate::progenitor::run_generator_with;
use crate::spec::Spec;

use self::passes::Passes;

/// Where the generated client lives, relative to the workspace root: a
/// module directory whose `mod.rs` holds the client and which has one file
/// per large submodule.
pub const CLIENT_DIR: &str = "klink-api/src/generated";

/// The client: `tokens` (progenitor's, [`progenitor_client_with`]) with
/// every pass applied, streamed into `sink` item by item.
pub(crate) fn write_client(
    spec: &Spec,
    tokens: TokenStream,
    sink: &mut impl Items,
) -> Result<(), Error> {
    // Parsed, rewritten and handed on one item at a time: the client is
    // never one syntax tree, which at a thousand operations would not fit
    // in any cache.
    let body_builders = body_builders::BodyBuilders::named_in(&tokens);
    let mut passes = Passes::new(spec, body_builders, sink);
    items::parse(&spec.path, tokens, &mut passes)
}

/// The client as one syntax tree, with `settings` (the project's,
/// `progenitor::settings`, or an extension's, which replace the base
/// spec's schemas by klink-api's types): progenitor, then every pass.
pub(crate) fn client_with(
    spec: &Spec,
    settings: &progenitor_impl::GenerationSettings,
) -> Result<syn::File, Error> {
    let mut file = Collect::default();
    write_client(spec, progenitor_client_with(spec, settings)?, &mut file)?;
    Ok(file.into_file())
}

/// progenitor's client for `spec`, as tokens: what [`write_client`]
/// streams, and what the printer reads each module's names off before.
pub(crate) fn progenitor_client_with(
    spec: &Spec,
    settings: &progenitor_impl::GenerationSettings,
) -> Result<TokenStream, Error> {
    run_generator_with(settings, spec, |generator, spec| {
        generator.generate_tokens(&spec.openapi)
    })
}
