//! progenitor, run the one way this project runs it: with the project's
//! [`settings`], on the spec as progenitor should see it, its panics and
//! errors turned into errors that name the spec.
//!
//! progenitor reads what it puts in rustdoc straight from the spec, so two
//! things are rewritten on the copy it gets:
//! - the `x-klink-path: unconfirmed` mark, which progenitor ignores,
//!   becomes a sentence of the operation's description ([`UNCONFIRMED_NOTE`]),
//!   so a user sees it where they make the call;
//! - `info.description`, which progenitor makes the `Client`'s rustdoc, is
//!   the spec's note to its maintainers; the client gets [`CLIENT_DOCS`].

use std::panic::{AssertUnwindSafe, catch_unwind};

use openapiv3::{Operation, ReferenceOr};
use progenitor_impl::{
    GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl,
};
use quote::quote;
use serde_json::Value;

use crate::error::Error;
use crate::spec::Spec;
use crate::spec::check::operations::{PATH_EXTENSION, UNCONFIRMED};

/// The line added to the rustdoc of every operation marked unconfirmed.
pub const UNCONFIRMED_NOTE: &str =
    "The K-LINK docs do not publish this path; it follows the resource's REST pattern.";

/// The rustdoc of the generated `Client` (progenitor puts "Client for
/// `<title>`" before it and "Version: `<version>`" after it).
pub(crate) const CLIENT_DOCS: &str = "\
Every operation of the K-LINK API is a method of this client, named after
its `operationId`: it returns a builder whose setters take the parameters
and body, and whose `send()` makes the call (with the retry policy, the
token and tracing of the client's configuration). Paginated list
operations add `stream()`, which walks every page.

Build a client with [`Client::builder`] or [`Client::from_env`]
(`KLINK_API_TOKEN`, `KLINK_BASE_URL`).";

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

/// Runs one of progenitor's generators (client, CLI, mock) with
/// `settings` (the project's, [`settings`]; an extension's add type
/// replacements to them) on the spec as progenitor should see it (with
/// the unconfirmed-path notes), turning its panics and errors into errors
/// that name the spec.
pub(crate) fn run_generator_with(
    settings: &GenerationSettings,
    spec: &Spec,
    generate: impl FnOnce(&mut Generator, &Spec) -> progenitor_impl::Result<proc_macro2::TokenStream>,
) -> Result<proc_macro2::TokenStream, Error> {
    let mut generator = Generator::new(settings);
    let spec = &as_progenitor_sees_it(spec);
    // progenitor panics on some malformed inputs that validation does not
    // foresee; turn that into an error that names the spec.
    catch_unwind(AssertUnwindSafe(|| generate(&mut generator, spec)))
        .map_err(|panic| {
            let message = format!("progenitor panicked: {}", panic_message(&panic));
            Error::generator(&spec.path, None, message)
        })?
        .map_err(|e| Error::generator(&spec.path, None, e.to_string()))
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> &str {
    panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("(no message)")
}

/// The spec progenitor should see: `spec`, with [`UNCONFIRMED_NOTE`]
/// appended to the description of each operation marked unconfirmed and
/// [`CLIENT_DOCS`] as `info.description`. The checks have made sure the
/// mark has no other value.
fn as_progenitor_sees_it(spec: &Spec) -> Spec {
    let mut annotated = spec.clone();
    annotated.openapi.info.description = Some(CLIENT_DOCS.to_owned());
    for item in annotated.openapi.paths.paths.values_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.options,
            &mut item.head,
            &mut item.patch,
            &mut item.trace,
        ];
        for operation in operations.into_iter().flatten() {
            if operation.extensions.get(PATH_EXTENSION)
                == Some(&Value::String(UNCONFIRMED.to_owned()))
            {
                add_note(operation);
            }
        }
    }
    annotated
}

fn add_note(operation: &mut Operation) {
    operation.description = Some(match operation.description.take() {
        Some(text) if !text.trim().is_empty() => {
            format!("{}\n\n{UNCONFIRMED_NOTE}", text.trim_end())
        }
        _ => UNCONFIRMED_NOTE.to_owned(),
    });
}

// The test reads the printed client.
#[cfg(test)]
#[cfg(feature = "files")]
mod tests {
    use super::*;

    fn spec(extension: &str) -> String {
        format!(
            r#"
openapi: 3.0.3
info: {{title: t, version: "1"}}
paths:
  /things/{{id}}:
    parameters:
      - {{name: id, in: path, required: true, schema: {{type: string}}}}
    get:
      operationId: get_thing
      description: Published.
      responses:
        "200": {{description: ok}}
    delete:
      operationId: delete_thing
      {extension}
      responses:
        "2XX": {{description: ok}}
    patch:
      operationId: update_thing
      description: |
        Changes a thing.
      x-klink-path: unconfirmed
      responses:
        "2XX": {{description: ok}}
"#
        )
    }

    /// The generated text between the previous `pub fn` and `pub fn name(`:
    /// the method's docs and attributes.
    fn docs_of<'a>(code: &'a str, name: &str) -> &'a str {
        let at = code
            .find(&format!("pub fn {name}(&self)"))
            .unwrap_or_else(|| panic!("no method {name}"));
        let start = code[..at].rfind("pub fn ").unwrap_or(0);
        &code[start..at]
    }

    #[test]
    fn the_mark_becomes_a_line_of_the_methods_docs() {
        let spec = crate::load_str("inline.yaml", &spec("x-klink-path: unconfirmed")).unwrap();
        // The client's methods are in the first file, `mod.rs`.
        let code = crate::generate(&spec).unwrap().remove(0).contents;
        let docs = docs_of(&code, "update_thing");
        assert!(docs.contains("Changes a thing."), "{docs}");
        assert!(docs.contains(UNCONFIRMED_NOTE), "{docs}");
        // Without a description of its own, the note is the description.
        assert!(docs_of(&code, "delete_thing").contains(UNCONFIRMED_NOTE));
        assert!(!docs_of(&code, "get_thing").contains(UNCONFIRMED_NOTE));
        assert_eq!(code.matches(UNCONFIRMED_NOTE).count(), 2, "{code}");
    }
}
