//! Contradictions resolved: a declared property whose captured values
//! its type does not hold gets the change that decodes every sample
//! (`nullable` for a `null`, a `oneOf` of the scalar types seen), and a
//! `type: string` whose strings are all timestamps gets the `format` the
//! runtime reads as `klink_api::Timestamp`, unless one of the spec's
//! examples shows a string that is not one. Each names the field's Rust
//! type before and after, which says whether it is breaking.

use codegen::type_name;
use serde_json::Value;

use super::analysis::Example;
use super::shape::Shape;

/// How a declared property's schema changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// `nullable: true` beside its `type`.
    Nullable,
    /// Its `type` becomes a `oneOf` of these types (a `null` member too
    /// when `nullable`), which the generator makes a Rust enum.
    OneOf {
        /// The JSON types, the declared one first.
        types: Vec<&'static str>,
        /// Whether `null` was seen (or was allowed already).
        nullable: bool,
    },
    /// `format: <this>` beside `type: string`.
    Format(&'static str),
}

/// A change of a declared property's schema that decodes every sample.
#[derive(Debug, Clone)]
pub struct Retype {
    /// JSON pointer of the object schema.
    pub owner: String,
    /// The property's key.
    pub key: String,
    /// The change.
    pub change: Change,
    /// The field's Rust type before.
    pub rust_before: String,
    /// The field's Rust type after.
    pub rust_after: String,
    /// What was seen, e.g. `integer ×1, string ×1`.
    pub evidence: String,
}

impl Retype {
    /// Whether users' code may break: the field's Rust type changes.
    pub fn breaking(&self) -> bool {
        self.rust_before != self.rust_after
    }
}

/// The JSON types a declared `type` holds.
fn holds(declared: &str, json_type: &str) -> bool {
    declared == json_type || (declared == "number" && json_type == "integer")
}

/// The JSON types seen (not `null`), with their counts.
fn types_seen(shape: &Shape) -> Vec<(&'static str, u64)> {
    [
        ("boolean", shape.booleans),
        ("integer", shape.integers),
        ("number", shape.numbers),
        ("string", shape.strings),
        ("array", shape.arrays),
        ("object", shape.objects),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .collect()
}

/// The Rust type progenitor gives a scalar schema.
fn rust_scalar(json_type: &str, format: Option<&str>) -> String {
    match (json_type, format) {
        ("string", Some("date-time" | "klink-timestamp")) => "klink_api::Timestamp".to_owned(),
        ("string", _) => "String".to_owned(),
        ("integer", _) => "i64".to_owned(),
        ("number", _) => "f64".to_owned(),
        ("boolean", _) => "bool".to_owned(),
        ("array", _) => "Vec<_>".to_owned(),
        (other, _) => other.to_owned(),
    }
}

/// The field's Rust type: `T`, or `Option<T>` for a field that is
/// optional or nullable, except that an array that is not nullable is a
/// `Vec` either way (empty when absent).
fn field_type(inner: String, required: bool, nullable: bool) -> String {
    if (required || inner.starts_with("Vec<")) && !nullable {
        inner
    } else {
        format!("Option<{inner}>")
    }
}

/// `(owner, key, reason)` of a contradiction that is reported, not resolved.
type Held = (String, String, String);

/// The change a declared property at `at` needs to decode every captured
/// value, if any; `Err` when one is needed but cannot be made.
pub fn retype(
    raw: &Value,
    at: &str,
    seen: &Shape,
    examples: &[Example],
) -> Option<Result<Retype, Held>> {
    let (owner, key) = at.rsplit_once("/properties/")?;
    let key = codegen::unescape_token(key);
    let node = raw.pointer(&at[1..])?;
    let declared: &'static str = match node.get("type").and_then(Value::as_str)? {
        "string" => "string",
        "integer" => "integer",
        "number" => "number",
        "boolean" => "boolean",
        "array" => "array",
        "object" => "object",
        _ => return None,
    };
    if ["$ref", "oneOf", "anyOf", "allOf"]
        .iter()
        .any(|k| node.get(*k).is_some())
    {
        return None;
    }
    let nullable = node.get("nullable") == Some(&Value::Bool(true));
    let format = node.get("format").and_then(Value::as_str);
    let required = raw
        .pointer(&format!("{}/required", &owner[1..]))
        .and_then(Value::as_array)
        .is_some_and(|r| r.iter().any(|k| k.as_str() == Some(key.as_str())));
    let hold = |reason: String| Some(Err((owner.to_owned(), key.clone(), reason)));
    let others: Vec<&'static str> = types_seen(seen)
        .into_iter()
        .map(|(ty, _)| ty)
        .filter(|ty| !holds(declared, ty))
        .collect();
    let needs_null = seen.nulls > 0 && !nullable;
    // typify names a property's own type (an inline object, a oneOf's
    // enum) after the schema and the key.
    let own_type = owner
        .strip_prefix("#/components/schemas/")
        .filter(|name| !name.contains('/'))
        .map(|name| format!("{}{}", type_name(name), type_name(&key)));
    let declared_rust = match (declared, &own_type) {
        ("object", Some(name)) => name.clone(),
        _ => rust_scalar(declared, format),
    };
    let before = field_type(declared_rust.clone(), required, nullable);
    let change = if !others.is_empty() {
        let mut types = vec![declared];
        types.extend(others.iter().copied());
        let scalar = |ty: &&str| matches!(*ty, "string" | "integer" | "number" | "boolean");
        if !types.iter().all(scalar) || (types.contains(&"integer") && types.contains(&"number")) {
            return hold(format!(
                "not applied: {} where the schema says {declared}; only scalar types are widened",
                seen.type_counts()
            ));
        }
        Change::OneOf {
            types,
            nullable: nullable || needs_null,
        }
    } else if needs_null {
        Change::Nullable
    } else if declared == "string" && format.is_none() {
        let wanted = seen.timestamp_format()?;
        for example in examples {
            if let Some(shown) = example.found.declared.get(at)
                && shown.strings > 0
                && shown.timestamp_format().is_none()
            {
                return hold(format!(
                    "not applied: conflict: the captures' {} strings are all timestamps (`format: {wanted}`), the spec's example {} shows one that is not",
                    seen.strings, example.file
                ));
            }
        }
        Change::Format(wanted)
    } else {
        return None;
    };
    let after = match &change {
        Change::Nullable => field_type(declared_rust, required, true),
        Change::OneOf { types, nullable } => {
            // The variants are named after the types.
            let members: Vec<String> = types
                .iter()
                .map(|ty| format!("{}({})", type_name(ty), rust_scalar(ty, None)))
                .collect();
            let name = own_type.unwrap_or_else(|| "an enum".to_owned());
            field_type(
                format!("{name} {{ {} }}", members.join(", ")),
                required,
                *nullable,
            )
        }
        Change::Format(wanted) => {
            field_type(rust_scalar(declared, Some(wanted)), required, nullable)
        }
    };
    Some(Ok(Retype {
        owner: owner.to_owned(),
        key,
        change,
        rust_before: before,
        rust_after: after,
        evidence: seen.type_counts(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn seen(values: &[Value]) -> Shape {
        let mut shape = Shape::default();
        for value in values {
            shape.add_type(value);
        }
        shape
    }

    #[test]
    fn each_contradiction_gets_the_change_that_decodes_every_sample() {
        let raw = json!({"components": {"schemas": {"T": {
            "type": "object",
            "required": ["n"],
            "properties": {
                "n": {"type": "integer"},
                "s": {"type": "string"},
                "o": {"type": "object", "properties": {}},
                "x": {"$ref": "#/components/schemas/T"},
            },
        }}}});
        let at = |key: &str| format!("#/components/schemas/T/properties/{key}");
        let change = |key: &str, values: &[Value]| {
            retype(&raw, &at(key), &seen(values), &[]).map(|r| {
                r.map(|r| {
                    (
                        r.change.clone(),
                        r.rust_before.clone(),
                        r.rust_after.clone(),
                        r.breaking(),
                    )
                })
            })
        };
        assert_eq!(
            change("n", &[json!(1), json!("2")]),
            Some(Ok((
                Change::OneOf {
                    types: vec!["integer", "string"],
                    nullable: false
                },
                "i64".to_owned(),
                "TN { Integer(i64), String(String) }".to_owned(),
                true
            )))
        );
        // Optional, so already an Option: nullable changes no Rust type.
        assert_eq!(
            change("s", &[json!(null)]),
            Some(Ok((
                Change::Nullable,
                "Option<String>".into(),
                "Option<String>".into(),
                false
            )))
        );
        assert_eq!(
            change("n", &[json!(null)]).unwrap().unwrap().2,
            "Option<i64>",
            "a required field that is null becomes an Option"
        );
        assert_eq!(
            change("s", &[json!("2026-03-30 08:30:00+00")])
                .unwrap()
                .unwrap()
                .0,
            Change::Format("klink-timestamp")
        );
        assert_eq!(
            change("o", &[json!(null)]).unwrap().unwrap().2,
            "Option<TO>"
        );
        // Not scalar: reported, not resolved; a reference: left alone.
        assert!(matches!(change("o", &[json!([])]), Some(Err(_))));
        assert_eq!(change("x", &[json!(1)]), None);
        // Values that fit: nothing.
        assert_eq!(change("n", &[json!(3)]), None);
        assert_eq!(change("s", &[json!("hello")]), None);
    }
}
