//! Generation of the klink-api client, the `klink` CLI and the
//! `klink-mock` mock server from `openapi/klink.yaml`.
//!
//! # Module map
//!
//! The crate is a pipeline; its modules follow the data, in stages, and
//! each imports only from its own stage or earlier ones (a test checks
//! there is no circle). Every module, by stage (those marked *files*
//! exist only with feature `files`, on by default):
//!
//! | stage | module | holds |
//! |---|---|---|
//! | 0 | `error` | [`Error`]: every failure, naming file, operation and JSON pointer |
//! | 0 | `pointer` | JSON pointers; the walks over the raw spec (every node, every operation, `$ref` chains); errors that point at a node |
//! | 0 | `syntax` | reading generated Rust: type names as written, serde renames, module contents |
//! | 0 | `items` | generated Rust as a stream of items, never one syntax tree; `feed` (*files*), a parsed file fed as a stream |
//! | 1 | `spec` | [`Spec`], [`load`]: reading a spec and holding it to every rule |
//! | 1 | `spec::parse` | YAML or JSON text to a document, with depth limits; the typed document |
//! | 1 | `spec::check` | every rule, run in order by `check::all`: `refs`, `operations` (with `x-klink-path`), `schemas`, `examples` (the files), `example_schemas` (against their schemas, feature `examples`: `SchemaValidators`) |
//! | 1 | `spec::extension` | [`Extension`], [`load_extension`]: a user's extension spec merged with the base's components and checked against the base |
//! | 2 | `model` | what follows from a loaded spec: `naming` (progenitor's names), `paginated` (which operations page, where their items are) |
//! | 3 | `progenitor` | the project's [`settings`] and the one way progenitor is run |
//! | 4 | `emit` | the products as code, one folder or file each |
//! | 4 | `emit::client` | the client: progenitor's, then `passes::Passes` applies, item by item, `extra_default`, `streams`, `lossless`, `messages`, `call_errors`, `requests` (the order, and which orders matter, in its docs) |
//! | 4 | `emit::cli` (*files*) | the `klink` CLI, with `errors` (its callbacks take `klink_api::Error`; `NOT_IDEMPOTENT`) and `json_body` (`--json-body` optional where flags build the body) |
//! | 4 | `emit::mock` (*files*) | the `klink-mock` mock server |
//! | 4 | `emit::outside` (*files*) | what the CLI, the mock and the reports share: parsing a generator's tokens, naming the SDK from outside it |
//! | 4 | `emit::bundle` (*files*) | the spec as one JSON file, examples inlined |
//! | 4 | `emit::extension` | what `extend!` expands to ([`extension_tokens`]), with `relocate` (into the user's crate, through `klink_api::__private`) |
//! | 5 | `print` (*files*) | code to checked-in text: `format` (prettyplease, item by item, split files), `docs` (`/// ` lines), `readable` (`prelude` names where `names` shows no module or item hides them; field `shorthand`), `file` (the files with their header) |
//! | 6 | `report` (*files*) | `api_surface`, `mock_surface`: the review snapshots |
//! | 7 | `files` (*files*) | `outputs`, `generate`, `cli`, `mock`, `bundle`: every product as the files `cargo xtask generate` writes |
//! | 7 | this file | the public API: re-exports, [`SPEC_PATH`] |
//!
//! # Feature `files`
//!
//! `klink_api_extend::extend!` runs stages 0 to 4 up to `emit::extension`
//! and hands the compiler tokens: it prints nothing and writes no file.
//! Everything else, the printer (and `prettyplease` with it), the CLI,
//! the mock, the bundle and the reports, is behind feature `files`, which
//! klink-api-extend turns off, so a user's build compiles none of it.
//! The gates are on whole modules (here, in `emit` and in `items`); the
//! only others are on two helpers only the gated code calls:
//! `model::naming::command_name` (the CLI's) and `syntax::find_module`
//! (the reports', and tests').
//!
//! What tools read the raw spec with is public, so that they read it as
//! generation does (`cargo xtask learn` does): JSON-pointer tokens
//! ([`escape_token`], [`unescape_token`]), the walk over the operations
//! ([`each_operation`], [`operation_pointer`]), `$ref` resolution
//! ([`resolve_ref`], [`resolve_ref_at`]) and naming ([`field_name`],
//! [`type_name`]).
//!
//! [`load`] parses the spec and checks every rule, with errors that name
//! the file, the operation and the JSON pointer; a [`Spec`] it returns is
//! one generation cannot reject for a rule's sake. `generate` (feature
//! `files`) is progenitor with the project's [`settings`], then codegen's
//! passes over
//! its output (among them a `stream()` for every paginated list operation,
//! whose rule is in `src/model/paginated.rs`), formatted with prettyplease
//! and written as a person would (`Option<String>`, `Self { client }`).
//! The client is never one syntax tree: each item is parsed, rewritten by
//! every pass and printed before the next is parsed (`items`).
//! Every generation setting lives in this crate, so the generated code
//! depends on the spec and this crate only.
//!
//! ```no_run
//! # #[cfg(feature = "files")] {
//! let spec = codegen::load("openapi/klink.yaml")?;
//! for file in codegen::generate(&spec)? {
//!     println!("{}: {} lines", file.path, file.contents.lines().count());
//! }
//! # }
//! # Ok::<(), codegen::Error>(())
//! ```

#![warn(missing_docs)]

mod emit;
mod error;
#[cfg(feature = "files")]
mod files;
mod items;
mod model;
mod pointer;
#[cfg(feature = "files")]
mod print;
mod progenitor;
#[cfg(feature = "files")]
mod report;
mod spec;
mod syntax;

pub use emit::client::CLIENT_DIR;
pub use emit::extension::extension_tokens;
pub use error::Error;
// What only the checked-in files need (feature `files`), in one place.
#[cfg(feature = "files")]
pub use self::{
    emit::bundle::{BUNDLE_PATH, EXTEND_BASE_SPEC_PATH},
    emit::cli::CLI_PATH,
    emit::mock::MOCK_PATH,
    files::{bundle, cli, generate, mock, outputs},
    print::file::{GENERATED_HEADER, Output},
    report::{api::api_surface, mock::mock_surface},
};
// One idea of the spec: `cargo xtask learn` reads it with these, as
// generation does.
pub use model::naming::{field_name, type_name};
pub use pointer::{
    METHODS, each_operation, escape as escape_token, operation_pointer, resolve_ref,
    resolve_ref_at, unescape as unescape_token,
};
pub use progenitor::{UNCONFIRMED_NOTE, settings};
#[cfg(feature = "examples")]
pub use spec::check::example_schemas::SchemaValidators;
pub use spec::extension::{Extension, load_extension, load_extension_str};
pub use spec::{ExampleFile, Spec, load, load_str};

/// The spec's path relative to the workspace root.
pub const SPEC_PATH: &str = "openapi/klink.yaml";
