//! JSON pointers (RFC 6901) into the raw spec, and the walks every later
//! module shares: over all object nodes ([`walk`]), over the operations
//! ([`each_operation`]), and through `$ref`s ([`resolve_ref`],
//! [`resolve_ref_at`]). Errors that point at a node are built here too
//! ([`invalid`]), so each names its operation the same way.
//!
//! The escaping, the operation walk and the `$ref` resolution are public
//! (re-exported from the crate root) so that `cargo xtask learn` reads the
//! spec exactly as generation does.

use std::path::Path;

use serde_json::Value;

use crate::error::Error;

/// The HTTP methods a path item may hold, in OpenAPI's order.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Escapes one JSON pointer reference token (RFC 6901).
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Undoes [`escape`].
pub fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
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

/// Every operation of the document as `(route, method, operation)`: routes
/// in document order, methods in [`METHODS`] order.
pub fn each_operation(raw: &Value) -> impl Iterator<Item = (&str, &str, &Value)> {
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

/// `#/paths/<route>/<method>`, the pointer of one operation.
pub fn operation_pointer(route: &str, method: &str) -> String {
    format!("#/paths/{}/{method}", escape(route))
}

/// A `$ref` chain longer than this is a cycle; resolution stops rather
/// than spin.
const MAX_REF_HOPS: usize = 32;

/// The node a local `$ref` chain ends at (`node` itself when it is no
/// reference); `None` for a dangling or external reference or a cycle.
pub fn resolve_ref<'a>(raw: &'a Value, node: &'a Value) -> Option<&'a Value> {
    let mut node = node;
    for _ in 0..MAX_REF_HOPS {
        let Some(target) = node.get("$ref").and_then(Value::as_str) else {
            return Some(node);
        };
        node = raw.pointer(target.strip_prefix('#')?)?;
    }
    None
}

/// Like [`resolve_ref`], starting from the node at `pointer` (`#/...`), and
/// also giving the pointer the chain ends at: what names the schema that
/// finally describes a value (`#/components/schemas/Contact`).
pub fn resolve_ref_at<'a>(raw: &'a Value, pointer: &str) -> Option<(String, &'a Value)> {
    let mut at = pointer.to_owned();
    let mut node = raw.pointer(pointer.strip_prefix('#')?)?;
    for _ in 0..MAX_REF_HOPS {
        let Some(target) = node.get("$ref").and_then(Value::as_str) else {
            return Some((at, node));
        };
        node = raw.pointer(target.strip_prefix('#')?)?;
        at = target.to_owned();
    }
    None
}

/// An [`Error::Invalid`] at `pointer`, naming the operation it is in.
pub(crate) fn invalid(path: &Path, raw: &Value, pointer: String, message: String) -> Error {
    Error::Invalid {
        path: path.to_owned(),
        operation: operation_at(raw, &pointer),
        pointer,
        message,
    }
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

/// The `operationId` of the operation `pointer` is in.
pub(crate) fn operation_id_at(raw: &Value, pointer: &str) -> Option<String> {
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
    let route = unescape(tokens.next()?);
    let method = tokens.next()?;
    METHODS
        .contains(&method)
        .then(|| (route, method.to_owned()))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn references_are_followed_to_the_end_of_the_chain() {
        let raw = json!({"components": {"schemas": {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"type": "string"},
            "Loop": {"$ref": "#/components/schemas/Loop"},
        }}});
        let a = json!({"$ref": "#/components/schemas/A"});
        assert_eq!(resolve_ref(&raw, &a), Some(&json!({"type": "string"})));
        assert_eq!(resolve_ref(&raw, &json!({"$ref": "#/nowhere"})), None);
        assert_eq!(
            resolve_ref(&raw, &raw["components"]["schemas"]["Loop"]),
            None
        );
        let plain = json!({"type": "integer"});
        assert_eq!(resolve_ref(&raw, &plain), Some(&plain));

        let (at, node) = resolve_ref_at(&raw, "#/components/schemas/A").unwrap();
        assert_eq!(at, "#/components/schemas/B");
        assert_eq!(node, &json!({"type": "string"}));
        assert_eq!(resolve_ref_at(&raw, "#/components/schemas/Loop"), None);
        assert_eq!(resolve_ref_at(&raw, "components/schemas/A"), None);
    }

    #[test]
    fn tokens_escape_and_unescape() {
        assert_eq!(escape("/a/{id}~x"), "~1a~1{id}~0x");
        assert_eq!(unescape("~1a~1{id}~0x"), "/a/{id}~x");
        // `~01` is `~` then `1`, not `/`.
        assert_eq!(unescape("~01"), "~1");
    }

    #[test]
    fn pointers_inside_operations_name_them() {
        let raw = json!({"paths": {"/a/{id}": {"get": {"operationId": "get_a"}}}});
        let pointer = format!("{}/responses", operation_pointer("/a/{id}", "get"));
        assert_eq!(
            operation_at(&raw, &pointer).as_deref(),
            Some("GET /a/{id} (get_a)")
        );
        assert_eq!(operation_at(&raw, "#/components/schemas/A"), None);
    }
}
