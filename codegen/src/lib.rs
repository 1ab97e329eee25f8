//! Generation of the klink-api client, the `klink` CLI and the
//! `klink-mock` mock server from `openapi/klink.yaml`.
//!
//! # Module map
//!
//! The crate is a pipeline; its modules follow the data, in stages, and
//! each imports only from its own stage or earlier ones (a test checks
//! there is no circle). Every module, by stage:
//!
//! | stage | module | holds |
//! |---|---|---|
//! | 0 | `error` | [`Error`]: every failure, naming file, operation and JSON pointer |
//! | 0 | `pointer` | JSON pointers; the walks over the raw spec (every node, every operation, `$ref` chains); errors that point at a node |
//! | 0 | `syntax` | reading generated Rust: type names as written, serde renames, module contents |
//! | 0 | `items` | generated Rust as a stream of items, never one syntax tree |
//! | 1 | `spec` | [`Spec`], [`load`]: reading a spec and holding it to every rule |
//! | 1 | `spec::parse` | YAML or JSON text to a document, with depth limits; the typed document |
//! | 1 | `spec::check` | every rule, run in order by `check::all`: `refs`, `operations` (with `x-klink-path`), `schemas`, `examples` (the files), `example_schemas` (against their schemas, feature `examples`: `SchemaValidators`) |
//! | 1 | `spec::extension` | [`Extension`], [`load_extension`]: a user's extension spec merged with the base's components and checked against the base |
//! | 2 | `model` | what follows from a loaded spec: `naming` (progenitor's names), `paginated` (which operations page, where their items are) |
//! | 3 | `progenitor` | the project's [`settings`] and the one way progenitor is run |
//! | 4 | `emit` | the products as code, one folder or file each; what they share (parsing, naming the SDK from outside it) |
//! | 4 | `emit::client` | the client: progenitor's, then `passes::Passes` applies, item by item, `extra_default`, `streams`, `lossless`, `messages`, `call_errors`, `requests` (the order, and which orders matter, in its docs) |
//! | 4 | `emit::cli` | the `klink` CLI, with `errors` (its callbacks take `klink_api::Error`; `NOT_IDEMPOTENT`) and `json_body` (`--json-body` optional where flags build the body) |
//! | 4 | `emit::mock` | the `klink-mock` mock server |
//! | 4 | `emit::bundle` | the spec as one JSON file, examples inlined |
//! | 4 | `emit::extension` | what `extend!` expands to ([`extension_tokens`]), with `relocate` (into the user's crate, through `klink_api::__private`) |
//! | 5 | `print` | code to checked-in text: `format` (prettyplease, item by item, split files), `docs` (`/// ` lines), `readable` (`prelude` names where `names` shows no module or item hides them; field `shorthand`), `file` (the files with their header) |
//! | 6 | `report` | [`api_surface`], [`mock_surface`]: the review snapshots |
//! | 7 | this file | [`outputs`]: every product from one spec |
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
//! one generation cannot reject for a rule's sake. [`generate`] is
//! progenitor with the project's [`settings`], then codegen's passes over
//! its output (among them a `stream()` for every paginated list operation,
//! whose rule is in `src/model/paginated.rs`), formatted with prettyplease
//! and written as a person would (`Option<String>`, `Self { client }`).
//! The client is never one syntax tree: each item is parsed, rewritten by
//! every pass and printed before the next is parsed (`items`).
//! Every generation setting lives in this crate, so the generated code
//! depends on the spec and this crate only.
//!
//! ```no_run
//! let spec = codegen::load("openapi/klink.yaml")?;
//! for file in codegen::generate(&spec)? {
//!     println!("{}: {} lines", file.path, file.contents.lines().count());
//! }
//! # Ok::<(), codegen::Error>(())
//! ```

#![warn(missing_docs)]

mod emit;
mod error;
mod items;
mod model;
mod pointer;
mod print;
mod progenitor;
mod report;
mod spec;
mod syntax;

pub use emit::bundle::{BUNDLE_PATH, EXTEND_BASE_SPEC_PATH};
pub use emit::cli::CLI_PATH;
pub use emit::client::CLIENT_DIR;
pub use emit::extension::extension_tokens;
pub use emit::mock::MOCK_PATH;
pub use error::Error;
// One idea of the spec: `cargo xtask learn` reads it with these, as
// generation does.
pub use model::naming::{field_name, type_name};
pub use pointer::{
    METHODS, each_operation, escape as escape_token, operation_pointer, resolve_ref,
    resolve_ref_at, unescape as unescape_token,
};
pub use print::file::{GENERATED_HEADER, Output};
pub use progenitor::{UNCONFIRMED_NOTE, settings};
pub use report::api::api_surface;
pub use report::mock::mock_surface;
#[cfg(feature = "examples")]
pub use spec::check::example_schemas::SchemaValidators;
pub use spec::extension::{Extension, load_extension, load_extension_str};
pub use spec::{ExampleFile, Spec, load, load_str};

/// The spec's path relative to the workspace root.
pub const SPEC_PATH: &str = "openapi/klink.yaml";

/// Every file `cargo xtask generate` writes from one loaded spec: the
/// client's files, the bundle (and its compact copy in the `extend!` macro's crate,
/// [`EXTEND_BASE_SPEC_PATH`]), the CLI and the mock.
///
/// The client is about two thirds of the work; the other products are
/// made on a second thread meanwhile. The files and errors are the same
/// as one after the other: the client's error first when both fail.
pub fn outputs(spec: &Spec) -> Result<Vec<Output>, Error> {
    let (client, others) = std::thread::scope(|scope| {
        let others = scope.spawn(|| -> Result<Vec<Output>, Error> {
            let bundled = emit::bundle::bundled(spec)?;
            Ok(vec![
                Output {
                    path: EXTEND_BASE_SPEC_PATH.to_owned(),
                    contents: bundled.to_string(),
                },
                print::file::json_file(BUNDLE_PATH, &bundled),
                cli(spec)?,
                mock(spec)?,
            ])
        });
        let client = generate(spec);
        let others = others
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (client, others)
    });
    let mut outputs = client?;
    outputs.extend(others?);
    Ok(outputs)
}

/// Generates the client for a loaded spec: `mod.rs` (the `Client` and its
/// methods), then `types/builder.rs`, `types.rs` and `builder.rs`,
/// formatted and headed.
pub fn generate(spec: &Spec) -> Result<Vec<Output>, Error> {
    let tokens = emit::client::progenitor_client(spec)?;
    // Printing writes prelude names short where no module's own names hide
    // them, so it reads each module's names before the first item.
    let declared = print::names::Declared::of(&tokens);
    let split = &emit::client::CLIENT_SPLIT;
    print::file::split_files(spec, CLIENT_DIR, split, declared, |sink| {
        emit::client::write_client(spec, tokens, sink)
    })
}

/// The bundled spec ([`BUNDLE_PATH`]): the document as JSON with every
/// example file inlined, for tools that ignore `externalValue`.
pub fn bundle(spec: &Spec) -> Result<Output, Error> {
    Ok(print::file::json_file(
        BUNDLE_PATH,
        &emit::bundle::bundled(spec)?,
    ))
}

/// Generates the CLI ([`CLI_PATH`]) for a loaded spec.
pub fn cli(spec: &Spec) -> Result<Output, Error> {
    print::file::rust_file(spec, CLI_PATH, emit::cli::cli(spec)?)
}

/// Generates the mock ([`MOCK_PATH`]) for a loaded spec.
pub fn mock(spec: &Spec) -> Result<Output, Error> {
    print::file::rust_file(spec, MOCK_PATH, emit::mock::mock(spec)?)
}
