//! `$ref`s: local, and naming a component.

use std::path::Path;

use serde_json::Value;

use crate::error::Error;
use crate::pointer::{invalid, walk};

/// Every internal `$ref` must point at an existing node; external ones are
/// not supported (the spec is one file).
pub(crate) fn references(path: &Path, raw: &Value) -> Result<(), Error> {
    let mut result = Ok(());
    walk(raw, &mut String::new(), &mut |pointer, node| {
        let Some(Value::String(target)) = node.get("$ref") else {
            return true;
        };
        let message = match target.strip_prefix('#') {
            Some(fragment) if !names_a_component(fragment) => {
                format!("$ref \"{target}\" must name a component, #/components/<kind>/<Name>")
            }
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

/// `/components/<kind>/<name>`: what progenitor resolves a `$ref` to.
fn names_a_component(fragment: &str) -> bool {
    let mut tokens = fragment.split('/');
    matches!(
        (tokens.next(), tokens.next(), tokens.next(), tokens.next(), tokens.next()),
        (Some(""), Some("components"), Some(kind), Some(name), None) if !kind.is_empty() && !name.is_empty()
    )
}
