//! klink-api's derive, used through klink-api's re-export:
//! `#[derive(klink_api::Deserialize)]`, the one-pass decode of a struct
//! that keeps the keys it does not declare in a `#[serde(flatten)]` field
//! of type `klink_api::Extra` (the `deserialize` module). Every generated
//! type with an `extra` field uses it, and so can hand-written types.
//!
//! klink-api always depends on this crate, so it needs only `syn` and
//! `quote`: `extend!`, which runs the code generator, is crate
//! klink-api-extend, which users depend on themselves, so that klink-api
//! never waits for the generator to build.

use proc_macro::TokenStream;

mod deserialize;

/// Derives `serde::Deserialize` for a struct that keeps the keys it does
/// not declare in its `#[serde(flatten)]` field of type `klink_api::Extra`,
/// reading the object once. Used through klink-api's re-export,
/// `klink_api::Deserialize`, whose docs say what it accepts.
#[proc_macro_derive(Deserialize, attributes(serde))]
pub fn derive_deserialize(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    deserialize::expand(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}
