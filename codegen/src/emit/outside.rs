//! What the products that live outside klink-api (the CLI, the mock) and
//! the reports read share: parsing a generator's tokens, and naming the
//! SDK from outside it.

use proc_macro2::{TokenStream, TokenTree};
use quote::quote;

use crate::error::Error;
use crate::spec::Spec;

/// Parses a generator's tokens as a whole file, for the products whose
/// output is rewritten or read before it is printed.
pub(crate) fn parse(spec: &Spec, tokens: TokenStream) -> Result<syn::File, Error> {
    syn::parse2(tokens).map_err(|e| Error::format(&spec.path, &e))
}

/// progenitor's CLI and mock live outside klink-api but name the SDK's
/// types as they are named inside it (`crate::Timestamp`, from the
/// settings): every `crate::` path, in macro arguments too, becomes
/// `::klink_api::`, so the crates holding them need no alias.
pub(crate) fn in_sdk(tokens: TokenStream) -> TokenStream {
    let mut out = Vec::new();
    let mut trees = tokens.into_iter().peekable();
    while let Some(tree) = trees.next() {
        match tree {
            TokenTree::Ident(ident)
                if ident == "crate"
                    && matches!(trees.peek(), Some(TokenTree::Punct(p)) if p.as_char() == ':') =>
            {
                out.extend(quote!(::klink_api));
            }
            TokenTree::Group(group) => {
                let mut rewritten =
                    proc_macro2::Group::new(group.delimiter(), in_sdk(group.stream()));
                rewritten.set_span(group.span());
                out.push(TokenTree::Group(rewritten));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_paths_name_the_sdk_in_code_and_in_macro_arguments() {
        let tokens = quote! {
            pub(crate) fn f(t: crate::Timestamp) {
                let _ = value_parser!(crate::Timestamp);
            }
        };
        let rewritten = in_sdk(tokens).to_string();
        assert_eq!(rewritten.matches(":: klink_api :: Timestamp").count(), 2);
        assert!(rewritten.contains("pub (crate)"), "{rewritten}");
    }
}
