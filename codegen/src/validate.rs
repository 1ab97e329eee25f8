//! Checks that run on the raw document before progenitor sees it, so that a
//! broken spec gets an error naming the place instead of a panic or a vague
//! message from deep inside the generator.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::Error;
use crate::load::escape;

pub(crate) const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Every internal `$ref` must point at an existing node; external ones are
/// not supported (the spec is one file).
pub(crate) fn references(path: &Path, raw: &Value) -> Result<(), Error> {
    let mut result = Ok(());
    walk(raw, &mut String::new(), &mut |pointer, node| {
        let Some(Value::String(target)) = node.get("$ref") else {
            return true;
        };
        let message = match target.strip_prefix('#') {
            Some(fragment) if raw.pointer(fragment).is_some() => return true,
            Some(_) => format!("dangling $ref \"{target}\": the document has no such node"),
            None => {
                format!("external $ref \"{target}\" is not supported: keep the spec in one file")
            }
        };
        result = Err(invalid(path, raw, format!("#{pointer}/$ref"), message));
        false
    });
    result
}

/// Every operation has a unique, snake_case `operationId`: it becomes the
/// client method's name.
pub(crate) fn operations(path: &Path, raw: &Value) -> Result<(), Error> {
    let mut seen: HashMap<&str, String> = HashMap::new();
    for (route, method, operation) in each_operation(raw) {
        let pointer = format!("#/paths/{}/{method}", escape(route));
        let name = format!("{} {route}", method.to_uppercase());
        let operation_error = |message: String| Error::Invalid {
            path: path.to_owned(),
            operation: Some(name.clone()),
            pointer: pointer.clone(),
            message,
        };
        let id = match operation.get("operationId") {
            Some(Value::String(id)) => id.as_str(),
            Some(_) => return Err(operation_error("operationId is not a string".into())),
            None => return Err(operation_error("missing operationId".into())),
        };
        if !is_snake_case(id) {
            return Err(operation_error(format!(
                "operationId \"{id}\" must be snake_case (it becomes the client method's name)"
            )));
        }
        if let Some(first) = seen.insert(id, name.clone()) {
            return Err(operation_error(format!(
                "duplicate operationId \"{id}\" (also used by {first})"
            )));
        }
    }
    Ok(())
}

/// Every `{name}` of a route has an `in: path` parameter, once, and every
/// `in: path` parameter appears in the route: progenitor builds the URL
/// from both and fails without naming the operation when they disagree.
pub(crate) fn path_parameters(path: &Path, raw: &Value) -> Result<(), Error> {
    for (route, method, operation) in each_operation(raw) {
        let pointer = format!("#/paths/{}/{method}", escape(route));
        let fail = |message: String| Err(invalid(path, raw, pointer.clone(), message));
        let mut in_route: Vec<&str> = Vec::new();
        for name in route
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}'))
            .map(|(name, _)| name)
        {
            if in_route.contains(&name) {
                return fail(format!("the route names {{{name}}} twice"));
            }
            in_route.push(name);
        }
        let item_parameters = raw.get("paths").and_then(|paths| paths.get(route));
        let declared: Vec<&str> = [item_parameters, Some(operation)]
            .into_iter()
            .flatten()
            .filter_map(|node| node.get("parameters").and_then(Value::as_array))
            .flatten()
            .map(|parameter| resolve(raw, parameter))
            .filter(|parameter| parameter.get("in").and_then(Value::as_str) == Some("path"))
            .filter_map(|parameter| parameter.get("name").and_then(Value::as_str))
            .collect();
        if let Some(name) = in_route.iter().find(|name| !declared.contains(name)) {
            return fail(format!(
                "the route names {{{name}}} but no `in: path` parameter `{name}` is declared"
            ));
        }
        if let Some(name) = declared.iter().find(|name| !in_route.contains(name)) {
            return fail(format!(
                "parameter `{name}` is `in: path` but the route has no {{{name}}}"
            ));
        }
    }
    Ok(())
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

/// The node a local `$ref` points at, or the node itself.
fn resolve<'a>(raw: &'a Value, node: &'a Value) -> &'a Value {
    node.get("$ref")
        .and_then(Value::as_str)
        .and_then(|target| target.strip_prefix('#'))
        .and_then(|fragment| raw.pointer(fragment))
        .unwrap_or(node)
}

/// One example payload kept in its own file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFile {
    /// The operation it belongs to.
    pub operation_id: String,
    /// JSON pointer of the example object in the spec.
    pub pointer: String,
    /// The file, resolved against the spec's directory.
    pub file: PathBuf,
}

/// Every `externalValue` example file exists and holds valid JSON.
pub(crate) fn examples(path: &Path, raw: &Value) -> Result<(), Error> {
    for example in example_files(path, raw) {
        let value_pointer = format!("{}/externalValue", example.pointer);
        let problem = match std::fs::read_to_string(&example.file) {
            Err(e) => format!("cannot read example file {}: {e}", example.file.display()),
            Ok(text) => match serde_json::from_str::<Value>(&text) {
                Ok(_) => continue,
                Err(e) => format!(
                    "example file {} is not valid JSON: {e}",
                    example.file.display()
                ),
            },
        };
        return Err(invalid(path, raw, value_pointer, problem));
    }
    Ok(())
}

/// The example files the spec refers to (`examples.*.externalValue`).
pub(crate) fn example_files(path: &Path, raw: &Value) -> Vec<ExampleFile> {
    let dir = path.parent().unwrap_or(Path::new(""));
    let mut found = Vec::new();
    walk(raw, &mut String::new(), &mut |pointer, node| {
        let Some(Value::Object(examples)) = node.get("examples") else {
            return true;
        };
        for (name, example) in examples {
            if let Some(Value::String(file)) = example.get("externalValue") {
                let pointer = format!("#{pointer}/examples/{}", escape(name));
                found.push(ExampleFile {
                    operation_id: operation_id_at(raw, &pointer).unwrap_or_default(),
                    file: dir.join(file),
                    pointer,
                });
            }
        }
        true
    });
    found
}

/// `METHOD /path (operationId)` for a pointer inside an operation.
pub(crate) fn operation_at(raw: &Value, pointer: &str) -> Option<String> {
    let (route, method) = route_and_method(pointer)?;
    let id = operation_id_at(raw, pointer);
    Some(match id {
        Some(id) => format!("{} {route} ({id})", method.to_uppercase()),
        None => format!("{} {route}", method.to_uppercase()),
    })
}

fn operation_id_at(raw: &Value, pointer: &str) -> Option<String> {
    let (route, method) = route_and_method(pointer)?;
    raw.get("paths")?
        .get(&route)?
        .get(&method)?
        .get("operationId")?
        .as_str()
        .map(str::to_owned)
}

fn route_and_method(pointer: &str) -> Option<(String, String)> {
    let mut tokens = pointer.strip_prefix("#/paths/")?.split('/');
    let route = tokens.next()?.replace("~1", "/").replace("~0", "~");
    let method = tokens.next()?;
    METHODS
        .contains(&method)
        .then(|| (route, method.to_owned()))
}

fn each_operation(raw: &Value) -> impl Iterator<Item = (&str, &str, &Value)> {
    raw.get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .flat_map(|(route, item)| {
            METHODS.iter().filter_map(move |method| {
                item.get(*method)
                    .map(|operation| (route.as_str(), *method, operation))
            })
        })
}

pub(crate) fn invalid(path: &Path, raw: &Value, pointer: String, message: String) -> Error {
    Error::Invalid {
        path: path.to_owned(),
        operation: operation_at(raw, &pointer),
        pointer,
        message,
    }
}

fn is_snake_case(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Visits every object node with its JSON pointer (without the leading `#`)
/// until `visit` returns false.
pub(crate) fn walk(
    node: &Value,
    pointer: &mut String,
    visit: &mut dyn FnMut(&str, &Value) -> bool,
) -> bool {
    match node {
        Value::Object(map) => {
            if !visit(pointer, node) {
                return false;
            }
            for (key, child) in map {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&escape(key));
                let go_on = walk(child, pointer, visit);
                pointer.truncate(len);
                if !go_on {
                    return false;
                }
            }
            true
        }
        Value::Array(items) => items.iter().enumerate().all(|(i, child)| {
            let len = pointer.len();
            pointer.push_str(&format!("/{i}"));
            let go_on = walk(child, pointer, visit);
            pointer.truncate(len);
            go_on
        }),
        _ => true,
    }
}
