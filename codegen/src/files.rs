//! The products as the files `cargo xtask generate` writes (feature
//! `files`): each product emitted, then printed with its header. `extend!`
//! never comes here: its client reaches the compiler as tokens.

use crate::emit;
use crate::emit::bundle::{BUNDLE_PATH, EXTEND_BASE_SPEC_PATH};
use crate::emit::cli::CLI_PATH;
use crate::emit::client::CLIENT_DIR;
use crate::emit::mock::MOCK_PATH;
use crate::error::Error;
use crate::print;
use crate::print::file::Output;
use crate::progenitor::settings;
use crate::spec::Spec;

/// The client's submodules printed into files of their own: the operation
/// builders, the types, and typify's builders for the types (the bulk of
/// the code, which a reader of the types rarely needs).
const CLIENT_SPLIT: [&str; 3] = ["types", "types::builder", "builder"];

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
    let tokens = emit::client::progenitor_client_with(spec, &settings())?;
    // Printing writes prelude names short where no module's own names hide
    // them, so it reads each module's names before the first item.
    let declared = print::names::Declared::of(&tokens);
    print::file::split_files(spec, CLIENT_DIR, &CLIENT_SPLIT, declared, |sink| {
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
