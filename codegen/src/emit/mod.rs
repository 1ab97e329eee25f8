//! The products generated from a spec, each as code (or a document) not yet
//! printed, one module (or folder) per product: [`client`] (with every
//! pass over it) and [`extension`] (with relocation into the user's
//! crate), which `extend!` runs; with feature `files`, the products only
//! the checked-in files need: `cli` (with its error and JSON-body passes),
//! `mock` and `bundle`, and what the CLI and the mock share (`outside`:
//! parsing a generator's tokens, naming the SDK from outside it).

#[cfg(feature = "files")]
pub(crate) mod bundle;
#[cfg(feature = "files")]
pub(crate) mod cli;
pub(crate) mod client;
pub(crate) mod extension;
#[cfg(feature = "files")]
pub(crate) mod mock;
#[cfg(feature = "files")]
pub(crate) mod outside;
