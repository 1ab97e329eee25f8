//! `extend!`: typed calls, from a spec of your own, for K-LINK operations
//! klink-api does not have.
//!
//! The extension goes through the base client's pipeline (crate
//! `klink-codegen`): the same loading and checks (examples against their
//! schemas with feature `examples`), the same progenitor settings and
//! post-processing, and then relocation into the calling crate. The base spec it is checked against is embedded:
//! `base-spec.json`, the bundle `cargo xtask generate` writes beside this
//! crate's `Cargo.toml`.

use proc_macro::TokenStream;
use quote::quote;
use syn::LitStr;

use crate::{base_dir, location};

/// The base spec (klink-api's), as one line of JSON.
const BASE_SPEC: &str = include_str!("../base-spec.json");

/// The macro: the path literal, expanded or turned into a compile error.
pub(crate) fn extend(input: TokenStream) -> TokenStream {
    let literal = match syn::parse::<LitStr>(input) {
        Ok(literal) => literal,
        Err(error) => {
            let message = format!(
                "{error}: klink_api_extend::extend! takes the path of an OpenAPI file, relative to the crate's Cargo.toml, as a string literal"
            );
            return syn::Error::new(error.span(), message)
                .to_compile_error()
                .into();
        }
    };
    match expand(&literal.value()) {
        Ok(tokens) => tokens.into(),
        Err(message) => syn::Error::new(literal.span(), message)
            .to_compile_error()
            .into(),
    }
}

/// The expansion for the spec at `relative`, or the error message.
fn expand(relative: &str) -> Result<proc_macro2::TokenStream, String> {
    let dir = base_dir::of_call(relative);
    let path = dir.join(relative);
    let base: serde_json::Value = serde_json::from_str(BASE_SPEC)
        .map_err(|e| format!("klink-api-extend's embedded base spec is not JSON: {e}"))?;
    let shown = |error: codegen::Error| location::describe(&error, &dir);
    let extension = codegen::load_extension(&path, &base).map_err(shown)?;
    let client = codegen::extension_tokens(&extension).map_err(shown)?;
    // Reading each file in the expansion makes cargo rerun the macro when
    // one changes (as progenitor's own macro does).
    let files = extension.files();
    let files = files.iter().map(|file| file.display().to_string());
    Ok(quote! {
        #client
        const _: &[&[u8]] = &[#(include_bytes!(#files)),*];
    })
}
