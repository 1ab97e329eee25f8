//! Where the schemas of a spec are, and the rules each one must follow so
//! that progenitor and JSON Schema validators read it the same way.

use std::path::Path;

use serde_json::Value;

use crate::error::Error;
use crate::pointer::{each_operation, escape, invalid, operation_pointer, walk};

/// Keywords whose value is one subschema.
const ONE_SUBSCHEMA: [&str; 3] = ["items", "not", "additionalProperties"];
/// Keywords whose value is a list of subschemas.
const SUBSCHEMA_LISTS: [&str; 3] = ["allOf", "oneOf", "anyOf"];

/// Visits every schema object of the document (component schemas and the
/// schemas of parameters, bodies, responses and headers, and all their
/// subschemas) with its JSON pointer, until `visit` returns an error.
pub(crate) fn each_schema<E>(
    raw: &Value,
    visit: &mut dyn FnMut(&str, &Value) -> Result<(), E>,
) -> Result<(), E> {
    let mut roots: Vec<(String, &Value)> = Vec::new();
    if let Some(schemas) = raw.pointer("/components/schemas") {
        for (name, schema) in children(schemas) {
            roots.push((format!("/components/schemas/{name}"), schema));
        }
    }
    // Objects that may hold a `schema` directly or in `content`/`headers`.
    let mut holders: Vec<(String, &Value)> = Vec::new();
    for kind in ["parameters", "requestBodies", "responses", "headers"] {
        if let Some(map) = raw.pointer(&format!("/components/{kind}")) {
            for (name, holder) in children(map) {
                holders.push((format!("/components/{kind}/{name}"), holder));
            }
        }
    }
    for (route, item) in raw.get("paths").map(children).unwrap_or_default() {
        push_parameters(&mut holders, &format!("/paths/{route}"), item);
    }
    for (route, method, operation) in each_operation(raw) {
        let at = operation_pointer(route, method)[1..].to_owned();
        push_parameters(&mut holders, &at, operation);
        if let Some(body) = operation.get("requestBody") {
            holders.push((format!("{at}/requestBody"), body));
        }
        for (status, response) in operation.get("responses").map(children).unwrap_or_default() {
            holders.push((format!("{at}/responses/{status}"), response));
        }
    }
    for (at, holder) in holders {
        if let Some(schema) = holder.get("schema") {
            roots.push((format!("{at}/schema"), schema));
        }
        for (media, content) in holder.get("content").map(children).unwrap_or_default() {
            if let Some(schema) = content.get("schema") {
                roots.push((format!("{at}/content/{media}/schema"), schema));
            }
        }
        for (name, header) in holder.get("headers").map(children).unwrap_or_default() {
            if let Some(schema) = header.get("schema") {
                roots.push((format!("{at}/headers/{name}/schema"), schema));
            }
        }
    }
    for (pointer, schema) in roots {
        walk_schema(&mut pointer.clone(), schema, visit)?;
    }
    Ok(())
}

/// The entries of an object node, with escaped keys.
fn children(node: &Value) -> Vec<(String, &Value)> {
    node.as_object()
        .into_iter()
        .flatten()
        .map(|(key, value)| (escape(key), value))
        .collect()
}

fn push_parameters<'a>(holders: &mut Vec<(String, &'a Value)>, at: &str, node: &'a Value) {
    if let Some(Value::Array(parameters)) = node.get("parameters") {
        for (i, parameter) in parameters.iter().enumerate() {
            holders.push((format!("{at}/parameters/{i}"), parameter));
        }
    }
}

fn walk_schema<E>(
    pointer: &mut String,
    schema: &Value,
    visit: &mut dyn FnMut(&str, &Value) -> Result<(), E>,
) -> Result<(), E> {
    if !schema.is_object() {
        return Ok(());
    }
    visit(pointer, schema)?;
    let mut descend = |pointer: &mut String, suffix: String, child: &Value| {
        let len = pointer.len();
        pointer.push_str(&suffix);
        let result = walk_schema(pointer, child, visit);
        pointer.truncate(len);
        result
    };
    if let Some(Value::Object(properties)) = schema.get("properties") {
        for (name, child) in properties {
            descend(pointer, format!("/properties/{}", escape(name)), child)?;
        }
    }
    for keyword in ONE_SUBSCHEMA {
        if let Some(child) = schema.get(keyword) {
            descend(pointer, format!("/{keyword}"), child)?;
        }
    }
    for keyword in SUBSCHEMA_LISTS {
        if let Some(Value::Array(children)) = schema.get(keyword) {
            for (i, child) in children.iter().enumerate() {
                descend(pointer, format!("/{keyword}/{i}"), child)?;
            }
        }
    }
    Ok(())
}

/// The schema rules, each of which keeps tools from disagreeing about the
/// spec or keeps progenitor from failing on it without saying where:
/// - `type` is one of OpenAPI 3.0's six, and an `array` has `items`;
/// - a `default` has the schema's `type`;
/// - a `$ref` points at a component schema;
/// - `format` sits beside a `type` it can refine (`integer` sizes,
///   `number` precisions, any `string` format);
/// - `nullable` only beside a `type`, never on a `$ref` or composition
///   wrapper (see [`nullable_rule`]).
pub(crate) fn schema_rules(path: &Path, raw: &Value) -> Result<(), Error> {
    each_schema(raw, &mut |pointer, schema| {
        let fail = |keyword: &str, message: String| {
            Err(invalid(path, raw, format!("#{pointer}/{keyword}"), message))
        };
        let ty = schema.get("type");
        match ty {
            None => {}
            Some(Value::String(ty)) if TYPES.contains(&ty.as_str()) => {}
            Some(other) => {
                return fail(
                    "type",
                    format!("`type` must be one of {TYPES:?}, not {other}"),
                );
            }
        }
        if ty == Some(&Value::from("array")) && schema.get("items").is_none() {
            return fail("type", "an `array` schema needs `items`".to_owned());
        }
        if let Some(format) = schema.get("format") {
            let fits = match (ty.and_then(Value::as_str), format.as_str()) {
                (Some("string"), Some(_)) => true,
                (Some("integer"), Some(format)) => INTEGER_FORMATS.contains(&format),
                (Some("number"), Some(format)) => NUMBER_FORMATS.contains(&format),
                _ => false,
            };
            if !fits {
                let ty = ty.map_or("no type".to_owned(), |ty| format!("type {ty}"));
                return fail(
                    "format",
                    format!(
                        "format {format} does not fit {ty} (integers: {INTEGER_FORMATS:?}; numbers: {NUMBER_FORMATS:?}; strings: any)"
                    ),
                );
            }
        }
        if let Some(Value::String(target)) = schema.get("$ref")
            && !target
                .strip_prefix("#/components/schemas/")
                .is_some_and(|name| !name.is_empty() && !name.contains('/'))
        {
            return fail(
                "$ref",
                format!(
                    "a schema's $ref must name a schema, #/components/schemas/Name, not {target:?}"
                ),
            );
        }
        if let (Some(default), Some(Value::String(ty))) = (schema.get("default"), ty)
            && !default_fits(
                default,
                ty,
                schema.get("nullable") == Some(&Value::Bool(true)),
            )
        {
            return fail("default", format!("default {default} is not of type {ty}"));
        }
        nullable_rule(path, raw, pointer, schema)
    })
}

/// Every request and response body entry has a `schema`: progenitor cannot
/// generate a body without one.
pub(crate) fn content_has_schemas(path: &Path, raw: &Value) -> Result<(), Error> {
    let mut result = Ok(());
    walk(raw, &mut String::new(), &mut |pointer, node| {
        let in_body = pointer.ends_with("/requestBody") || pointer.contains("/responses/");
        if !in_body || !(pointer.starts_with("/paths/") || pointer.starts_with("/components/")) {
            return true;
        }
        let Some(Value::Object(content)) = node.get("content") else {
            return true;
        };
        for (media, entry) in content {
            if entry.get("schema").is_none() {
                let at = format!("#{pointer}/content/{}", escape(media));
                let message = format!("`{media}` content has no `schema`");
                result = Err(invalid(path, raw, at, message));
                return false;
            }
        }
        true
    });
    result
}

/// Whether a `default` value has the schema's type (progenitor writes it
/// out as a Rust value of that type).
fn default_fits(default: &Value, ty: &str, nullable: bool) -> bool {
    match (ty, default) {
        (_, Value::Null) => nullable,
        ("string", Value::String(_))
        | ("boolean", Value::Bool(_))
        | ("array", Value::Array(_))
        | ("object", Value::Object(_)) => true,
        ("integer", Value::Number(n)) => n.is_i64() || n.is_u64(),
        ("number", Value::Number(_)) => true,
        _ => false,
    }
}

/// OpenAPI 3.0's schema types.
const TYPES: [&str; 6] = ["string", "number", "integer", "boolean", "array", "object"];
/// Integer formats progenitor maps to a Rust integer type.
const INTEGER_FORMATS: [&str; 8] = [
    "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
];
/// Number formats progenitor maps to a Rust float type.
const NUMBER_FORMATS: [&str; 2] = ["float", "double"];

/// `nullable` means something only beside a `type` (OpenAPI 3.0.3), and a
/// JSON Schema validator ignores it on a `$ref` or composition wrapper
/// while progenitor reads it as `Option`: the tools would disagree.
fn nullable_rule(path: &Path, raw: &Value, pointer: &str, schema: &Value) -> Result<(), Error> {
    {
        let Some(nullable) = schema.get("nullable") else {
            return Ok(());
        };
        let wrapper = ["$ref", "allOf", "oneOf", "anyOf"]
            .into_iter()
            .find(|keyword| schema.get(keyword).is_some());
        let message = match wrapper {
            Some(keyword) if nullable == &Value::Bool(true) => format!(
                "`nullable` beside `{keyword}` is ignored by JSON Schema validators \
                 while progenitor reads it as Option; write \
                 `oneOf: [{{$ref: ...}}, {{enum: [null]}}]` instead"
            ),
            _ if schema.get("type").is_none() => "`nullable` without a sibling `type` has no \
                 meaning in OpenAPI 3.0.3; add the `type`, or drop `nullable` (a schema \
                 without a `type` accepts null already)"
                .to_owned(),
            _ => return Ok(()),
        };
        Err(invalid(path, raw, format!("#{pointer}/nullable"), message))
    }
}
