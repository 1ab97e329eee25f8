//! Examples against their schemas (feature `examples`): every example
//! (inline or in a file) must be valid against the schema beside it,
//! checked by an independent JSON Schema validator (the `jsonschema`
//! crate), so the spec's examples and its schemas cannot drift apart
//! unnoticed.
//!
//! OpenAPI 3.0 schemas are a dialect of JSON Schema draft 4/5; before
//! validation they are turned into plain draft 4 as follows, and these are
//! the places where the two differ:
//! - `nullable: true` beside `type: T` becomes `type: [T, "null"]` (and adds
//!   `null` to an `enum`); JSON Schema has no `nullable`.
//! - `format` is not asserted: OpenAPI formats are open-ended annotations
//!   (the spec's timestamps are wider than RFC 3339's `date-time`).
//! - OpenAPI-only keywords (`discriminator`, `readOnly`, `writeOnly`, `xml`,
//!   `example`, `x-*`) are ignored, as any validator ignores unknown
//!   keywords; `readOnly`/`writeOnly` are therefore not enforced.
//! - `$ref` siblings are ignored by both.

use std::path::Path;

use serde_json::{Map, Value, json};

use crate::error::Error;
use crate::pointer::{escape, invalid, walk};

/// How many validation errors one message lists.
const SHOWN_ERRORS: usize = 3;

/// Builds validators for the schemas of one spec with the translation
/// above: what the example check uses, public so that other tools (`cargo
/// xtask learn`) judge payloads exactly as the examples are judged.
pub struct SchemaValidators {
    /// `{schemas: ..}`, every component schema translated once.
    components: Value,
}

impl SchemaValidators {
    /// Translates the component schemas of the spec document `raw`.
    pub fn new(raw: &Value) -> Self {
        let components = json!({
            "schemas": raw
                .pointer("/components/schemas")
                .map(json_schema)
                .unwrap_or_else(|| json!({})),
        });
        Self { components }
    }

    /// A draft 4 validator for one OpenAPI schema of the spec (its `$ref`s
    /// resolve against the spec's component schemas); formats are not
    /// asserted.
    pub fn validator(
        &self,
        schema: &Value,
    ) -> Result<jsonschema::Validator, jsonschema::ValidationError<'static>> {
        let root = json!({"allOf": [json_schema(schema)], "components": self.components});
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft4)
            .should_validate_formats(false)
            .build(&root)
    }
}

/// Every example (inline or in a file) is valid against the schema beside
/// it.
pub(crate) fn match_schemas(path: &Path, raw: &Value) -> Result<(), Error> {
    let validators = SchemaValidators::new(raw);
    let dir = path.parent().unwrap_or(Path::new(""));
    let mut result = Ok(());
    walk(raw, &mut String::new(), &mut |pointer, node| {
        let Some(schema) = node.get("schema") else {
            return true;
        };
        let examples = examples_of(node, pointer, dir);
        if examples.is_empty() {
            return true;
        }
        let validator = match validators.validator(schema) {
            Ok(validator) => validator,
            Err(e) => {
                let message = format!("schema is not valid JSON Schema: {e}");
                result = Err(invalid(path, raw, format!("#{pointer}/schema"), message));
                return false;
            }
        };
        for (at, source, value) in examples {
            let errors: Vec<String> = validator
                .iter_errors(&value)
                .map(|e| format!("at \"{}\": {}", e.instance_path(), e.masked()))
                .collect();
            if errors.is_empty() {
                continue;
            }
            let mut message = format!(
                "example {source} does not match its schema ({} error(s)): {}",
                errors.len(),
                errors[..errors.len().min(SHOWN_ERRORS)].join("; ")
            );
            if errors.len() > SHOWN_ERRORS {
                message.push_str("; ...");
            }
            result = Err(invalid(path, raw, at, message));
            return false;
        }
        true
    });
    result
}

/// `(pointer, description, value)` of each example beside a schema: the
/// entries of `examples` (inline `value` or `externalValue` file) and a
/// lone `example`. Unreadable files are reported by the file check first.
fn examples_of(node: &Value, pointer: &str, dir: &Path) -> Vec<(String, String, Value)> {
    let mut found = Vec::new();
    if let Some(value) = node.get("example") {
        found.push((
            format!("#{pointer}/example"),
            "`example`".to_owned(),
            value.clone(),
        ));
    }
    for (name, example) in node
        .get("examples")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let at = format!("#{pointer}/examples/{}", escape(name));
        if let Some(value) = example.get("value") {
            found.push((at, format!("\"{name}\""), value.clone()));
        } else if let Some(Value::String(file)) = example.get("externalValue") {
            let value = std::fs::read_to_string(dir.join(file))
                .ok()
                .and_then(|text| serde_json::from_str(&text).ok());
            if let Some(value) = value {
                found.push((format!("{at}/externalValue"), file.clone(), value));
            }
        }
    }
    found
}

/// An OpenAPI 3.0 schema (or a map of them) as JSON Schema draft 4: every
/// `nullable: true` beside a `type` widens the type (and enum) to null.
pub(crate) fn json_schema(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => {
            let mut out: Map<String, Value> = map
                .iter()
                .filter(|(key, _)| key.as_str() != "nullable")
                .map(|(key, value)| (key.clone(), json_schema(value)))
                .collect();
            if map.get("nullable") == Some(&Value::Bool(true)) {
                if let Some(Value::String(ty)) = map.get("type") {
                    out.insert("type".into(), json!([ty, "null"]));
                }
                if let Some(Value::Array(values)) = out.get_mut("enum")
                    && !values.contains(&Value::Null)
                {
                    values.push(Value::Null);
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(json_schema).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid(schema: Value, instance: Value) -> bool {
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft4)
            .build(&json_schema(&schema))
            .unwrap()
            .is_valid(&instance)
    }

    #[test]
    fn nullable_widens_type_and_enum() {
        let schema = json!({"type": "string", "nullable": true, "enum": ["a"]});
        assert!(valid(schema.clone(), json!(null)));
        assert!(valid(schema.clone(), json!("a")));
        assert!(!valid(schema, json!("b")));
        assert!(!valid(json!({"type": "string"}), json!(null)));
    }

    #[test]
    fn a_nullable_reference_written_as_one_of_accepts_null_and_the_object() {
        let root = json!({
            "components": {"schemas": {"Upload": {"type": "object", "required": ["fileUrl"]}}},
            "allOf": [{"oneOf": [{"$ref": "#/components/schemas/Upload"}, {"enum": [null]}]}]
        });
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft4)
            .build(&root)
            .unwrap();
        assert!(validator.is_valid(&json!(null)));
        assert!(validator.is_valid(&json!({"fileUrl": "x"})));
        assert!(!validator.is_valid(&json!({})));
        assert!(!validator.is_valid(&json!("x")));
    }
}
