//! Generated code and documents as the files that are checked in: `/// `
//! doc lines, spaced items, split-out modules, under the generated header.

use serde_json::Value;

use crate::error::Error;
use crate::items::feed::feed;
use crate::print::docs::OneLinePerDocLine;
use crate::print::format::{Printer, Style};
use crate::print::names::Declared;
use crate::print::readable::Readable;
use crate::spec::Spec;

/// The first lines of every generated Rust file.
pub const GENERATED_HEADER: &str = "\
// @generated from openapi/klink.yaml by `cargo xtask generate`.
// Do not edit by hand: change the spec or the codegen crate and regenerate.
";

/// One file of generated output, with its path relative to the workspace root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Where it belongs, relative to the workspace root (`/`-separated).
    pub path: String,
    /// Its whole text.
    pub contents: String,
}

/// Where generated code is printed, item by item: written as a person
/// would, its doc lines split.
pub(crate) type Sink<'a> = Readable<'a, OneLinePerDocLine<Printer<'a>>>;

/// A sink for code generated from `spec`, whose modules declare
/// `declared`, spaced, with the modules of `split` printed into files of
/// their own.
fn sink<'a>(spec: &'a Spec, declared: Declared, split: &'a [&'a str]) -> Sink<'a> {
    let style = Style {
        split,
        spaced: true,
    };
    let printer = OneLinePerDocLine(Printer::new(&spec.path, style));
    Readable::new(&spec.path, declared, printer)
}

/// Prints the items `write` streams as the directory `dir`: `mod.rs`, then
/// one file per module of `split` (`types::builder` -> `types/builder.rs`),
/// inner modules before the modules holding them. `declared` holds the
/// names each module declares (read off the tokens before they stream).
pub(crate) fn split_files(
    spec: &Spec,
    dir: &str,
    split: &[&str],
    declared: Declared,
    write: impl FnOnce(&mut Sink) -> Result<(), Error>,
) -> Result<Vec<Output>, Error> {
    let mut sink = sink(spec, declared, split);
    write(&mut sink)?;
    let formatted = sink.into_inner().0.finish();
    let file = |name: &str, body: &str| Output {
        path: format!("{dir}/{name}"),
        contents: format!("{GENERATED_HEADER}\n{body}"),
    };
    let mut outputs = vec![file("mod.rs", &formatted.root)];
    outputs.extend(
        formatted
            .modules
            .iter()
            .map(|(path, body)| file(&format!("{}.rs", path.replace("::", "/")), body)),
    );
    Ok(outputs)
}

/// Prints `code` as the one file at `path` (workspace-relative).
pub(crate) fn rust_file(spec: &Spec, path: &str, code: syn::File) -> Result<Output, Error> {
    let declared = Declared::of(&quote::ToTokens::to_token_stream(&code));
    let mut sink = sink(spec, declared, &[]);
    feed(code, &mut sink)?;
    Ok(Output {
        path: path.to_owned(),
        contents: format!("{GENERATED_HEADER}\n{}", sink.into_inner().0.finish().root),
    })
}

/// Prints a JSON document as the file at `path`, pretty, ending in a newline.
pub(crate) fn json_file(path: &str, document: &Value) -> Output {
    let mut contents = serde_json::to_string_pretty(document).expect("JSON values always print");
    contents.push('\n');
    Output {
        path: path.to_owned(),
        contents,
    }
}
