use std::panic::{AssertUnwindSafe, catch_unwind};

use progenitor_impl::{
    GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl,
};
use quote::quote;

use crate::{Error, Spec};

/// The first lines of the generated file.
pub const GENERATED_HEADER: &str = "\
// @generated from openapi/klink.yaml by `cargo xtask generate`.
// Do not edit by hand: change the spec or the codegen crate and regenerate.
";

/// The project's progenitor settings; the one place they are chosen.
///
/// - Builder interface: calls read `client.send_message().body(..).send()`,
///   and adding an optional parameter to the spec does not break callers.
/// - Merged tags: every operation is an inherent method of `Client`, so users
///   need no trait imports; operation ids are unique across the API anyway.
/// - Hooks are expected: `klink-api` implements `ClientHooks` by hand (auth,
///   retries, tracing) over the inner type `crate::config::ClientConfig`, and
///   forgetting it is a compile error rather than a silent no-op.
/// - `format: date-time` (RFC 3339) and `format: klink-timestamp` (CxLog's
///   `2026-03-30 08:30:00.000+00`) become `crate::Timestamp`, which writes
///   each value back exactly as it was read, so payloads round-trip unchanged.
pub fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        .with_inner_type(quote! { crate::config::ClientConfig })
        .with_derive("PartialEq")
        .with_conversion(
            date_time_schema("date-time"),
            "crate::Timestamp",
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        )
        .with_conversion(
            date_time_schema("klink-timestamp"),
            "crate::Timestamp",
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    settings
}

fn date_time_schema(format: &str) -> schemars::schema::SchemaObject {
    schemars::schema::SchemaObject {
        instance_type: Some(schemars::schema::InstanceType::String.into()),
        format: Some(format.to_owned()),
        ..Default::default()
    }
}

/// One file of generated output, with its path relative to the workspace root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Where it belongs, relative to the workspace root (`/`-separated).
    pub path: String,
    /// Its whole text.
    pub contents: String,
}

/// Where the generated client lives, relative to the workspace root: a
/// module directory whose `mod.rs` holds the client and which has one file
/// per large submodule.
pub const CLIENT_DIR: &str = "klink-api/src/generated";

/// The client's submodules printed into files of their own: the operation
/// builders, the types, and typify's builders for the types (the bulk of
/// the code, which a reader of the types rarely needs).
const CLIENT_SPLIT: [&str; 3] = ["types", "types::builder", "builder"];

/// Generates the client for a loaded spec: `mod.rs` (the `Client` and its
/// methods), then `types/builder.rs`, `types.rs` and `builder.rs`,
/// formatted and headed.
pub fn generate(spec: &Spec) -> Result<Vec<Output>, Error> {
    let tokens = client_tokens(spec)?;
    let tokens = crate::docs::one_line_per_doc_line(tokens);
    let style = crate::format::Style {
        split: &CLIENT_SPLIT,
        spaced: true,
    };
    let formatted = crate::format::format(tokens, style).map_err(|e| Error::Format {
        path: spec.path.clone(),
        message: e.to_string(),
    })?;
    let file = |name: &str, body: &str| Output {
        path: format!("{CLIENT_DIR}/{name}"),
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

/// progenitor's token stream for the client, with its panics and errors
/// turned into errors that name the spec.
pub(crate) fn client_tokens(spec: &Spec) -> Result<proc_macro2::TokenStream, Error> {
    let tokens = run_generator(spec, |generator, spec| {
        generator.generate_tokens(&spec.openapi)
    })?;
    let tokens = crate::extra_default::empty_extra(tokens).map_err(|e| Error::Generator {
        path: spec.path.clone(),
        operation: None,
        message: format!("progenitor's output does not parse: {e}"),
    })?;
    crate::pagination::add_streams(spec, tokens)
}

/// Runs one of progenitor's generators (client, CLI, mock) with the
/// project's [`settings`] on the spec as progenitor should see it (with
/// the unconfirmed-path notes), turning its panics and errors into errors
/// that name the spec.
pub(crate) fn run_generator(
    spec: &Spec,
    generate: impl FnOnce(&mut Generator, &Spec) -> progenitor_impl::Result<proc_macro2::TokenStream>,
) -> Result<proc_macro2::TokenStream, Error> {
    let mut generator = Generator::new(&settings());
    let spec = &crate::unconfirmed::annotated(spec)?;
    // progenitor panics on some malformed inputs that validation does not
    // foresee; turn that into an error that names the spec.
    catch_unwind(AssertUnwindSafe(|| generate(&mut generator, spec)))
        .map_err(|panic| Error::Generator {
            path: spec.path.clone(),
            operation: None,
            message: format!("progenitor panicked: {}", panic_message(&panic)),
        })?
        .map_err(|e| Error::Generator {
            path: spec.path.clone(),
            operation: None,
            message: e.to_string(),
        })
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> &str {
    panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("(no message)")
}
