//! klink-api's procedural macros, used through klink-api's re-exports:
//!
//! - `#[derive(klink_api::Deserialize)]`: the one-pass decode of a struct
//!   that keeps the keys it does not declare in a `#[serde(flatten)]`
//!   field of type `klink_api::Extra` (the `deserialize` module). Every
//!   generated type with an `extra` field uses it, and so can hand-written
//!   types. It needs only `syn` and `quote`.
//! - `klink_api::extend!` (feature `extend`): typed calls from a spec of
//!   your own (the `extend` module); the guide [Extending the SDK in your
//!   own crate][guide] shows a whole example. It runs the whole code
//!   generator, so it is behind a feature: the derive alone never builds it.
//!
//! [guide]: https://github.com/klink-rs/klink-rs/blob/main/docs/extending.md

use proc_macro::TokenStream;

#[cfg(feature = "extend")]
mod base_dir;
mod deserialize;
#[cfg(feature = "extend")]
mod extend;
#[cfg(feature = "extend")]
mod location;

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

/// Expands to the typed client of the OpenAPI 3.0 file at the given path,
/// relative to the calling crate's `Cargo.toml`: `Client` (built from a
/// `klink_api::Client` with `From`), its `builder` module and `pub mod
/// types`. A broken file is a compile error naming the file, the operation,
/// the JSON pointer and, where known, the line and column.
///
/// ```ignore
/// mod extra {
///     klink_api::extend!("klink-extra.yaml");
/// }
/// let extra = extra::Client::from(&base);
/// ```
#[cfg(feature = "extend")]
#[proc_macro]
pub fn extend(input: TokenStream) -> TokenStream {
    extend::extend(input)
}
