//! The products generated from a spec, each as code (or a document) not yet
//! printed: the client with its passes, the CLI, the mock, the bundle.

pub(crate) mod bundle;
pub(crate) mod cli;
pub(crate) mod client;
pub(crate) mod messages;
pub(crate) mod mock;
pub(crate) mod streams;

use proc_macro2::TokenStream;

use crate::error::Error;
use crate::spec::Spec;

/// Parses a generator's tokens as a whole file, for the products whose
/// output is rewritten or read before it is printed.
pub(crate) fn parse(spec: &Spec, tokens: TokenStream) -> Result<syn::File, Error> {
    syn::parse2(tokens).map_err(|e| Error::format(&spec.path, &e))
}
