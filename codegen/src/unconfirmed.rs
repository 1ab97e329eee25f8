//! The `x-klink-path` vendor extension.
//!
//! The docs name some operations (with their method) without publishing
//! their path; the spec gives them the path their resource's published
//! paths make plain and marks them `x-klink-path: unconfirmed`. progenitor
//! ignores vendor extensions, so before it runs the mark is turned into a
//! sentence of the operation's description, which becomes the generated
//! method's rustdoc: a user sees it where they make the call.

use openapiv3::{Operation, ReferenceOr};
use serde_json::Value;

use crate::load::escape;
use crate::{Error, Spec};

/// The vendor extension on an operation.
pub(crate) const EXTENSION: &str = "x-klink-path";

/// Its one value: the path is not published.
pub(crate) const UNCONFIRMED: &str = "unconfirmed";

/// The line added to the rustdoc of every operation marked unconfirmed.
pub const UNCONFIRMED_NOTE: &str =
    "The K-LINK docs do not publish this path; it follows the resource's REST pattern.";

/// The spec progenitor should see: `spec`, with [`UNCONFIRMED_NOTE`]
/// appended to the description of each operation marked unconfirmed. Any
/// other value of the extension is an error naming the operation.
pub(crate) fn annotated(spec: &Spec) -> Result<Spec, Error> {
    let mut annotated = spec.clone();
    for (route, item) in annotated.openapi.paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        let operations = [
            ("get", &mut item.get),
            ("put", &mut item.put),
            ("post", &mut item.post),
            ("delete", &mut item.delete),
            ("options", &mut item.options),
            ("head", &mut item.head),
            ("patch", &mut item.patch),
            ("trace", &mut item.trace),
        ];
        for (method, operation) in operations {
            let Some(operation) = operation else {
                continue;
            };
            match operation.extensions.get(EXTENSION) {
                None => {}
                Some(Value::String(value)) if value == UNCONFIRMED => add_note(operation),
                Some(other) => {
                    let pointer = format!("#/paths/{}/{method}/{EXTENSION}", escape(route));
                    return Err(Error::Invalid {
                        path: spec.path.clone(),
                        operation: crate::validate::operation_at(&spec.raw, &pointer),
                        pointer,
                        message: format!(
                            "unknown {EXTENSION} value {other}: the only value is \"{UNCONFIRMED}\""
                        ),
                    });
                }
            }
        }
    }
    Ok(annotated)
}

fn add_note(operation: &mut Operation) {
    operation.description = Some(match operation.description.take() {
        Some(text) if !text.trim().is_empty() => {
            format!("{}\n\n{UNCONFIRMED_NOTE}", text.trim_end())
        }
        _ => UNCONFIRMED_NOTE.to_owned(),
    });
}

#[cfg(test)]
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

    #[test]
    fn an_unknown_value_is_an_error_naming_the_operation() {
        for (extension, shown) in [
            ("x-klink-path: maybe", "\"maybe\""),
            ("x-klink-path: true", "true"),
            (
                "x-klink-path: {status: unconfirmed}",
                "{\"status\":\"unconfirmed\"}",
            ),
        ] {
            let spec = crate::load_str("inline.yaml", &spec(extension)).unwrap();
            let error = crate::generate(&spec).unwrap_err();
            let Error::Invalid {
                operation,
                pointer,
                message,
                ..
            } = &error
            else {
                panic!("{extension}: expected an invalid-spec error, got {error:?}");
            };
            assert_eq!(
                operation.as_deref(),
                Some("DELETE /things/{id} (delete_thing)")
            );
            assert_eq!(pointer, "#/paths/~1things~1{id}/delete/x-klink-path");
            assert_eq!(
                message,
                &format!("unknown x-klink-path value {shown}: the only value is \"unconfirmed\"")
            );
            assert!(
                error
                    .to_string()
                    .starts_with("inline.yaml: DELETE /things/{id} (delete_thing): #/paths/"),
                "{error}"
            );
        }
    }
}
