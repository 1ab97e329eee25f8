//! Printing a generator's output into one readable file: the same `/// `
//! doc lines and spaced items as the client, under the generated header.

use proc_macro2::TokenStream;

use crate::{Error, GENERATED_HEADER, Output, Spec};

/// Formats `tokens` as the file at `path` (workspace-relative).
pub(crate) fn one_file(spec: &Spec, path: &str, tokens: TokenStream) -> Result<Output, Error> {
    let tokens = crate::docs::one_line_per_doc_line(tokens);
    let style = crate::format::Style {
        split: &[],
        spaced: true,
    };
    let formatted = crate::format::format(tokens, style).map_err(|e| format_error(spec, e))?;
    Ok(Output {
        path: path.to_owned(),
        contents: format!("{GENERATED_HEADER}\n{}", formatted.root),
    })
}

/// Parses a generator's tokens as a whole file, for the generators whose
/// output is rewritten or read before it is printed.
pub(crate) fn parse(spec: &Spec, tokens: TokenStream) -> Result<syn::File, Error> {
    syn::parse2(tokens).map_err(|e| format_error(spec, e))
}

fn format_error(spec: &Spec, error: syn::Error) -> Error {
    Error::Format {
        path: spec.path.clone(),
        message: error.to_string(),
    }
}
