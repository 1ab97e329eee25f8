//! The rules about operations: their ids (which become method names),
//! their path parameters (which build the URL), and the one vendor
//! extension, `x-klink-path`.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use crate::error::Error;
use crate::pointer::{each_operation, invalid, operation_pointer, resolve_ref};

/// The vendor extension that marks an operation whose path the docs do not
/// publish (the spec gives the path its resource's published paths make
/// plain).
pub(crate) const PATH_EXTENSION: &str = "x-klink-path";

/// The extension's one value: the path is not published.
pub(crate) const UNCONFIRMED: &str = "unconfirmed";

/// Every operation has a unique, snake_case `operationId`: it becomes the
/// client method's name.
pub(crate) fn operation_ids(path: &Path, raw: &Value) -> Result<(), Error> {
    let mut seen: HashMap<&str, String> = HashMap::new();
    for (route, method, operation) in each_operation(raw) {
        let pointer = operation_pointer(route, method);
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
        let pointer = operation_pointer(route, method);
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
        let path_parameters: Vec<&Value> = [item_parameters, Some(operation)]
            .into_iter()
            .flatten()
            .filter_map(|node| node.get("parameters").and_then(Value::as_array))
            .flatten()
            .map(|parameter| resolve_ref(raw, parameter).unwrap_or(parameter))
            .filter(|parameter| parameter.get("in").and_then(Value::as_str) == Some("path"))
            .collect();
        if let Some(optional) = path_parameters
            .iter()
            .find(|parameter| parameter.get("required") != Some(&Value::Bool(true)))
        {
            let name = optional.get("name").and_then(Value::as_str).unwrap_or("?");
            return fail(format!("path parameter `{name}` must be `required: true`"));
        }
        let declared: Vec<&str> = path_parameters
            .iter()
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

/// `x-klink-path`, where present, is `unconfirmed`: progenitor ignores
/// vendor extensions, so a misspelt value would silently drop the note the
/// mark puts in the method's docs.
pub(crate) fn extensions(path: &Path, raw: &Value) -> Result<(), Error> {
    for (route, method, operation) in each_operation(raw) {
        match operation.get(PATH_EXTENSION) {
            None => {}
            Some(Value::String(value)) if value == UNCONFIRMED => {}
            Some(other) => {
                let pointer = format!("{}/{PATH_EXTENSION}", operation_pointer(route, method));
                let message = format!(
                    "unknown {PATH_EXTENSION} value {other}: the only value is \"{UNCONFIRMED}\""
                );
                return Err(invalid(path, raw, pointer, message));
            }
        }
    }
    Ok(())
}

fn is_snake_case(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
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
      responses:
        "200": {{description: ok}}
    delete:
      operationId: delete_thing
      {extension}
      responses:
        "2XX": {{description: ok}}
"#
        )
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
            let error = crate::spec::load_str("inline.yaml", &spec(extension)).unwrap_err();
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
