//! Walks one captured body beside its OpenAPI schema and records what the
//! validator cannot say: which keys fell into `additionalProperties` (and
//! in which schema), with the shape of their values, and which strings
//! look like date-times where the schema has no `format`.

use std::collections::BTreeMap;

use codegen::{escape_token, resolve_ref, resolve_ref_at};
use serde_json::Value;

use super::shape::{Shape, looks_like_date_time};

/// Instances nested deeper than this are not walked further.
const MAX_DEPTH: usize = 64;

/// The extra keys seen in the objects one schema described.
#[derive(Debug, Clone, Default)]
pub struct OwnerStats {
    /// Objects this schema described.
    pub objects: u64,
    /// Keys it does not declare, with the shape of their values.
    pub extras: BTreeMap<String, Shape>,
}

impl OwnerStats {
    /// Adds another body's counts.
    pub fn merge(&mut self, other: &OwnerStats) {
        self.objects += other.objects;
        for (key, shape) in &other.extras {
            self.extras.entry(key.clone()).or_default().merge(shape);
        }
    }
}

/// What the walk found in the bodies of one place (a request, or one
/// status's responses), keyed by the JSON pointer of the schema involved.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// Per object schema, its extra keys.
    pub owners: BTreeMap<String, OwnerStats>,
    /// Per `type: string` schema without `format`: (date-time-like strings, strings).
    pub date_times: BTreeMap<String, (u64, u64)>,
    /// Per declared property (`.../properties/<key>`), the JSON types of
    /// its values: what a widening or a format is judged on.
    pub declared: BTreeMap<String, Shape>,
}

/// Walks `value` against the schema at `pointer` of the spec `raw`.
pub fn walk(raw: &Value, pointer: &str, value: &Value, found: &mut Found, keep_values: bool) {
    Walker {
        raw,
        found,
        keep_values,
    }
    .visit(pointer.to_owned(), value, 0);
}

struct Walker<'a, 'f> {
    raw: &'a Value,
    found: &'f mut Found,
    keep_values: bool,
}

impl<'a> Walker<'a, '_> {
    fn visit(&mut self, pointer: String, value: &Value, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        let Some((pointer, schema)) = resolve_ref_at(self.raw, &pointer) else {
            return;
        };
        if let Some(Value::Array(all)) = schema.get("allOf") {
            for i in 0..all.len() {
                self.visit(format!("{pointer}/allOf/{i}"), value, depth + 1);
            }
        }
        for keyword in ["oneOf", "anyOf"] {
            if let Some(i) = self.choice(schema, keyword, value) {
                self.visit(format!("{pointer}/{keyword}/{i}"), value, depth + 1);
            }
        }
        match value {
            Value::Object(map) if describes_objects(schema) => {
                self.object(&pointer, schema, map, depth)
            }
            Value::Array(items) if schema.get("items").is_some() => {
                for item in items {
                    self.visit(format!("{pointer}/items"), item, depth + 1);
                }
            }
            Value::String(s)
                if schema.get("type").and_then(Value::as_str) == Some("string")
                    && schema.get("format").is_none() =>
            {
                let counts = self.found.date_times.entry(pointer).or_default();
                counts.0 += u64::from(looks_like_date_time(s));
                counts.1 += 1;
            }
            _ => {}
        }
    }

    fn object(
        &mut self,
        pointer: &str,
        schema: &'a Value,
        map: &serde_json::Map<String, Value>,
        depth: usize,
    ) {
        let properties = schema.get("properties").and_then(Value::as_object);
        // A non-empty `additionalProperties` schema is a typed map: its
        // keys are data, not fields.
        let map_values = schema
            .get("additionalProperties")
            .filter(|a| a.as_object().is_some_and(|a| !a.is_empty()));
        let mut extras = Vec::new();
        for (key, child) in map {
            if properties.is_some_and(|p| p.contains_key(key)) {
                let at = format!("{pointer}/properties/{}", escape_token(key));
                self.found
                    .declared
                    .entry(at.clone())
                    .or_default()
                    .add_type(child);
                self.visit(at, child, depth + 1);
            } else if map_values.is_some() {
                self.visit(format!("{pointer}/additionalProperties"), child, depth + 1);
            } else if schema.get("additionalProperties") != Some(&Value::Bool(false)) {
                extras.push((key, child));
            }
        }
        if map_values.is_some() {
            return;
        }
        let owner = self.found.owners.entry(pointer.to_owned()).or_default();
        owner.objects += 1;
        for (key, child) in extras {
            owner
                .extras
                .entry(key.clone())
                .or_default()
                .add(child, self.keep_values);
        }
    }

    /// The `oneOf`/`anyOf` member to follow: the first whose type fits the
    /// value (the spec writes nullable references as `oneOf: [$ref, {enum: [null]}]`).
    fn choice(&self, schema: &Value, keyword: &str, value: &Value) -> Option<usize> {
        let members = schema.get(keyword)?.as_array()?;
        members.iter().position(|member| {
            resolve_ref(self.raw, member).is_some_and(|member| fits(member, value))
        })
    }
}

/// Whether a schema is about objects (so the keys of an object value are
/// checked against it).
fn describes_objects(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("object")
        || schema.get("properties").is_some()
        || schema.get("additionalProperties").is_some()
        || schema.as_object().is_some_and(|s| {
            // No `type` and nothing else that constrains: any JSON
            // (`Unpublished`); its keys are reported as extras too.
            !s.keys().any(|k| {
                matches!(
                    k.as_str(),
                    "type" | "$ref" | "oneOf" | "anyOf" | "allOf" | "enum"
                )
            })
        })
}

fn fits(schema: &Value, value: &Value) -> bool {
    if let Some(Value::Array(values)) = schema.get("enum") {
        return values
            .iter()
            .any(|v| super::shape::json_type(v) == super::shape::json_type(value))
            || (value.is_null() && values.contains(&Value::Null));
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("object") => value.is_object(),
        Some("array") => value.is_array(),
        Some("string") => value.is_string(),
        Some("integer" | "number") => value.is_number(),
        Some("boolean") => value.is_boolean(),
        _ => describes_objects(schema) && value.is_object() || schema.get("type").is_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Value {
        json!({"components": {"schemas": {
            "Env": {"type": "object", "properties": {"data": {"$ref": "#/components/schemas/C"}}},
            "C": {"type": "object", "additionalProperties": {}, "properties": {
                "id": {"type": "string"},
                "at": {"type": "string"},
                "a": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"enum": [null]}]},
                "m": {"type": "object", "additionalProperties": {"type": "string"}},
            }},
            "A": {"type": "object", "properties": {"id": {"type": "string"}}},
        }}})
    }

    #[test]
    fn extras_are_recorded_in_the_schema_that_absorbed_them() {
        let raw = spec();
        let mut found = Found::default();
        let body = json!({"data": {"id": "x", "at": "2026-01-01T00:00:00Z", "new": 1,
            "a": {"id": "y", "deep": true}, "m": {"k": "v"}}});
        walk(&raw, "#/components/schemas/Env", &body, &mut found, false);
        let c = &found.owners["#/components/schemas/C"];
        assert_eq!(c.objects, 1);
        assert_eq!(c.extras.keys().collect::<Vec<_>>(), ["new"]);
        assert!(
            found.owners["#/components/schemas/A"]
                .extras
                .contains_key("deep")
        );
        assert!(
            !found
                .owners
                .contains_key("#/components/schemas/C/properties/m")
        );
        assert_eq!(
            found.date_times["#/components/schemas/C/properties/at"],
            (1, 1)
        );
    }
}
