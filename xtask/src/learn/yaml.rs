//! Learned shapes written as OpenAPI schema YAML, in the spec's own style
//! (block mappings, two-space indents). Only key names, types and counts
//! are written, never a captured value.

use std::fmt::Write as _;

use super::shape::{Kind, Shape, key_looks_like_data};
use super::typing::{typed, untyped_reason};

/// A mapping key as YAML: plain when it is a simple name, else a JSON
/// (double-quoted YAML) string.
pub fn key(name: &str) -> String {
    let plain = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '/')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-/{}.".contains(c))
        && !matches!(
            name.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
        );
    if plain {
        name.to_owned()
    } else {
        serde_json::to_string(name).expect("a string serializes")
    }
}

/// The description of a learned property.
pub fn learned_description(shape: &Shape, of: u64) -> String {
    let mut text = format!(
        "Learned from captured traffic (seen in {} of {of} samples",
        shape.seen
    );
    if shape.nulls > 0 {
        let _ = write!(text, ", null in {}", shape.nulls);
    }
    text.push(')');
    if shape.kind() == Kind::String && shape.all_date_times() && shape.timestamp_format().is_none()
    {
        text.push_str("; every value looked like a date-time, format not asserted");
    }
    text.push('.');
    text
}

/// One property: its key line, then its schema one level deeper.
pub fn property(name: &str, shape: &Shape, of: u64, indent: usize, out: &mut String) {
    property_with_example(name, shape, of, None, indent, out);
}

/// One property, nullable also when only the spec's example file
/// `null_in_example` showed it `null` (its description says so).
pub fn property_with_example(
    name: &str,
    shape: &Shape,
    of: u64,
    null_in_example: Option<&str>,
    indent: usize,
    out: &mut String,
) {
    let pad = " ".repeat(indent);
    let _ = writeln!(out, "{pad}{}:", key(name));
    body(shape, Some((of, null_in_example)), indent + 2, out);
}

/// An optional query parameter as a list item at `indent`: its name, its
/// schema type, and in how many of how many requests it was sent.
pub fn query_parameter(
    name: &str,
    schema_type: &str,
    (sent, of): (u64, u64),
    indent: usize,
    out: &mut String,
) {
    let pad = " ".repeat(indent);
    let _ = writeln!(out, "{pad}- name: {}", key(name));
    let _ = writeln!(out, "{pad}  in: query");
    let _ = writeln!(out, "{pad}  required: false");
    let _ = writeln!(
        out,
        "{pad}  description: Learned from captured traffic (sent in {sent} of {of} requests); not in the docs."
    );
    let _ = writeln!(out, "{pad}  schema:");
    let _ = writeln!(out, "{pad}    type: {schema_type}");
}

/// A schema for a shape (the keywords, at `indent`).
pub fn schema(shape: &Shape, indent: usize, out: &mut String) {
    body(shape, None, indent, out);
}

/// `of`: the samples the description counts, and the example file that
/// showed the property `null` when no capture did.
fn body(shape: &Shape, of: Option<(u64, Option<&str>)>, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    if !typed(shape) {
        let reason = untyped_reason(shape).unwrap_or_default();
        let _ = writeln!(
            out,
            "{pad}description: Learned from captured traffic, {reason}."
        );
        return;
    }
    let kind = shape.kind();
    let _ = writeln!(out, "{pad}type: {}", kind.name());
    // A new property is no breaking change, so its timestamps are typed
    // at once (`klink_api::Timestamp`).
    if kind == Kind::String
        && let Some(format) = shape.timestamp_format()
    {
        let _ = writeln!(out, "{pad}format: {format}");
    }
    let null_in_example = of.and_then(|(_, example)| example);
    if shape.nullable() || null_in_example.is_some() {
        let _ = writeln!(out, "{pad}nullable: true");
    }
    if let Some((of, _)) = of {
        let mut description = learned_description(shape, of);
        if let Some(file) = null_in_example {
            description.pop();
            let _ = write!(description, "; null in the spec's example {file}.");
        }
        let _ = writeln!(out, "{pad}description: {description}");
    }
    match kind {
        Kind::Array => {
            let _ = writeln!(out, "{pad}items:");
            let items = shape.items.as_deref().expect("typed arrays have items");
            body(items, None, indent + 2, out);
        }
        Kind::Object => {
            let _ = writeln!(out, "{pad}additionalProperties: {{}}");
            let known: Vec<_> = shape
                .properties
                .iter()
                .filter(|(key, s)| typed(s) && !key_looks_like_data(key))
                .collect();
            if !known.is_empty() {
                let _ = writeln!(out, "{pad}properties:");
                for (name, child) in known {
                    property(name, child, shape.objects, indent + 2, out);
                }
            }
        }
        _ => {}
    }
}

/// `1 body`, `2 bodies`.
pub fn plural(n: u64, noun: &str) -> String {
    match (n, noun.strip_suffix('y')) {
        (1, _) => format!("1 {noun}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        _ => format!("{n} {noun}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_learned_object_property() {
        let mut shape = Shape::default();
        shape.add(&json!({"city": "x", "zip": 1, "odd": null}), false);
        shape.add(&json!({"city": "y", "zip": 2.5}), false);
        let mut out = String::new();
        property("address", &shape, 3, 8, &mut out);
        assert_eq!(
            out,
            "        address:
          type: object
          description: Learned from captured traffic (seen in 2 of 3 samples).
          additionalProperties: {}
          properties:
            city:
              type: string
              description: Learned from captured traffic (seen in 2 of 2 samples).
            zip:
              type: number
              description: Learned from captured traffic (seen in 2 of 2 samples).
"
        );
    }

    #[test]
    fn odd_keys_are_quoted() {
        assert_eq!(key("name"), "name");
        assert_eq!(key("no"), "\"no\"");
        assert_eq!(key("a: b"), "\"a: b\"");
        assert_eq!(key("@type"), "\"@type\"");
    }
}
