//! Where the schemas of a spec are, and the rules each one must follow so
//! that progenitor and JSON Schema validators read it the same way.

use std::path::Path;

use serde_json::Value;

use crate::Error;
use crate::load::escape;
use crate::validate::{METHODS, invalid};

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
        let at = format!("/paths/{route}");
        push_parameters(&mut holders, &at, item);
        for method in METHODS {
            let Some(operation) = item.get(method) else {
                continue;
            };
            let at = format!("{at}/{method}");
            push_parameters(&mut holders, &at, operation);
            if let Some(body) = operation.get("requestBody") {
                holders.push((format!("{at}/requestBody"), body));
            }
            for (status, response) in operation.get("responses").map(children).unwrap_or_default() {
                holders.push((format!("{at}/responses/{status}"), response));
            }
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

/// `nullable` means something only beside a `type` (OpenAPI 3.0.3), and a
/// JSON Schema validator ignores it on a `$ref` or composition wrapper
/// while progenitor reads it as `Option`: the tools would disagree.
pub(crate) fn nullable_rules(path: &Path, raw: &Value) -> Result<(), Error> {
    each_schema(raw, &mut |pointer, schema| {
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
    })
}
