//! Spec text to a JSON value: YAML or JSON, with the depth limits that keep
//! the parsers (and later progenitor) from exhausting the stack; and the
//! JSON value to openapiv3's typed document, with errors that point at the
//! node whose shape is wrong.

use std::path::Path;

use openapiv3::OpenAPI;
use serde_json::Value;

use crate::error::Error;
use crate::pointer::{each_operation, escape, operation_at, operation_pointer, walk};

/// The document in `text` as JSON: JSON for a `.json` path, else YAML;
/// refused when nested deeper than the generator can take.
pub(crate) fn document(path: &Path, text: &str) -> Result<Value, Error> {
    let raw = if path.extension().is_some_and(|ext| ext == "json") {
        parse_json(path, text)?
    } else {
        parse_yaml(path, text)?
    };
    check_depth(path, &raw)?;
    Ok(raw)
}

pub(crate) fn parse_json(path: &Path, text: &str) -> Result<Value, Error> {
    serde_json::from_str(text).map_err(|e| Error::Syntax {
        path: path.to_owned(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })
}

/// How deep flow collections (`[..]`, `{..}`) may nest in YAML: the
/// parser's own recursion limit.
const MAX_FLOW_DEPTH: usize = 128;

fn parse_yaml(path: &Path, text: &str) -> Result<Value, Error> {
    check_flow_depth(path, text)?;
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
        Error::Syntax {
            path: path.to_owned(),
            line,
            column,
            message: e.to_string(),
        }
    })?;
    yaml_to_json(path, yaml, &mut String::new())
}

/// How deep the document may nest. The real spec reaches 13; the OpenAPI
/// parser (serde's flattened, untagged structs) and progenitor use tens of
/// kilobytes of stack per level, so a spec nested about fifty schemas deep
/// overflowed a test thread's stack (found by the mutation test).
const MAX_DEPTH: usize = 32;

/// Rejects a document nested deeper than [`MAX_DEPTH`], naming the first
/// node past the limit.
fn check_depth(path: &Path, raw: &Value) -> Result<(), Error> {
    fn deepest(node: &Value, depth: usize, pointer: &mut String) -> bool {
        if depth > MAX_DEPTH {
            return true;
        }
        let children: Box<dyn Iterator<Item = (String, &Value)>> = match node {
            Value::Object(map) => Box::new(map.iter().map(|(k, v)| (escape(k), v))),
            Value::Array(items) => {
                Box::new(items.iter().enumerate().map(|(i, v)| (i.to_string(), v)))
            }
            _ => return false,
        };
        for (key, child) in children {
            let len = pointer.len();
            pointer.push('/');
            pointer.push_str(&key);
            if deepest(child, depth + 1, pointer) {
                return true;
            }
            pointer.truncate(len);
        }
        false
    }
    let mut pointer = String::new();
    if !deepest(raw, 0, &mut pointer) {
        return Ok(());
    }
    Err(Error::Invalid {
        path: path.to_owned(),
        operation: operation_at(raw, &format!("#{pointer}")),
        pointer: format!("#{pointer}"),
        message: format!(
            "nested deeper than {MAX_DEPTH} levels; flatten it with named schemas and $ref"
        ),
    })
}

/// Rejects flow collections nested deeper than the parser accepts, before
/// parsing: the YAML parser takes time quadratic in that depth to reach its
/// own limit (seconds for ten thousand `[`), found by the mutation test.
/// Quoted scalars (to the end of their line) and comments are skipped; brackets inside block scalars
/// count, which only matters past 128 of them.
fn check_flow_depth(path: &Path, text: &str) -> Result<(), Error> {
    let (mut depth, mut line, mut column) = (0usize, 1usize, 0usize);
    let mut quote: Option<char> = None;
    let mut comment = false;
    let mut previous = '\n';
    for c in text.chars() {
        column += 1;
        if c == '\n' {
            // An apostrophe in a plain scalar is not a quote: end at the line.
            (line, column, comment, quote) = (line + 1, 0, false, None);
        } else if comment {
        } else if let Some(open) = quote {
            if c == open {
                quote = None;
            }
        } else {
            match c {
                '\'' | '"' => quote = Some(c),
                '#' if previous.is_whitespace() => comment = true,
                '[' | '{' => depth += 1,
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth > MAX_FLOW_DEPTH {
                return Err(Error::Syntax {
                    path: path.to_owned(),
                    line,
                    column,
                    message: format!("flow collections nested deeper than {MAX_FLOW_DEPTH} levels"),
                });
            }
        }
        previous = c;
    }
    Ok(())
}

/// Converts YAML to JSON, turning scalar keys (`200:`) into strings as
/// OpenAPI expects, and rejecting what JSON cannot hold.
fn yaml_to_json(
    path: &Path,
    yaml: serde_yaml::Value,
    pointer: &mut String,
) -> Result<Value, Error> {
    use serde_yaml::Value as Y;
    let invalid = |pointer: &str, message: String| Error::Invalid {
        path: path.to_owned(),
        operation: None,
        pointer: format!("#{pointer}"),
        message,
    };
    Ok(match yaml {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            let json = if let Some(i) = n.as_i64() {
                Some(i.into())
            } else if let Some(u) = n.as_u64() {
                Some(u.into())
            } else {
                n.as_f64().and_then(serde_json::Number::from_f64)
            };
            Value::Number(
                json.ok_or_else(|| invalid(pointer, format!("number {n} has no JSON form")))?,
            )
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.into_iter().enumerate() {
                let len = pointer.len();
                pointer.push_str(&format!("/{i}"));
                out.push(yaml_to_json(path, item, pointer)?);
                pointer.truncate(len);
            }
            Value::Array(out)
        }
        Y::Mapping(map) => {
            let mut out = serde_json::Map::with_capacity(map.len());
            for (key, value) in map {
                let key = match key {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    other => {
                        return Err(invalid(
                            pointer,
                            format!("mapping key {other:?} is not a scalar"),
                        ));
                    }
                };
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&escape(&key));
                let value = yaml_to_json(path, value, pointer)?;
                pointer.truncate(len);
                out.insert(key, value);
            }
            Value::Object(out)
        }
        Y::Tagged(tagged) => yaml_to_json(path, tagged.value, pointer)?,
    })
}

/// Deserializes the typed document, reporting where the shape is wrong.
pub(crate) fn typed(path: &Path, raw: &Value) -> Result<OpenAPI, Error> {
    serde_path_to_error::deserialize(raw).map_err(|e| {
        let (pointer, message) = narrow(raw)
            .unwrap_or_else(|| (pointer_from_serde_path(e.path()), e.inner().to_string()));
        Error::Invalid {
            path: path.to_owned(),
            operation: operation_at(raw, &pointer),
            message: format!("not a valid OpenAPI 3.0 document: {message}"),
            pointer,
        }
    })
}

/// openapiv3 flattens maps (paths, schemas), which hides the error's path
/// from serde; deserializing the operations and schemas one at a time finds
/// the one that is wrong.
fn narrow(raw: &Value) -> Option<(String, String)> {
    use openapiv3::{Operation, ReferenceOr, Schema};
    fn attempt<T: serde::de::DeserializeOwned>(
        node: &Value,
        at: String,
    ) -> Option<(String, String)> {
        let error = serde_path_to_error::deserialize::<_, T>(node).err()?;
        let inner = pointer_from_serde_path(error.path());
        Some((format!("{at}{}", &inner[1..]), error.inner().to_string()))
    }
    let operations = each_operation(raw)
        .map(|(route, method, operation)| (operation_pointer(route, method), operation));
    let schemas = raw
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten();
    // Inline schemas first: they are the most specific place to point at.
    let mut inline = None;
    walk(raw, &mut String::new(), &mut |pointer, node| {
        inline = node.get("schema").and_then(|schema| {
            attempt::<ReferenceOr<Schema>>(schema, format!("#{pointer}/schema"))
        });
        inline.is_none()
    });
    inline.or_else(|| {
        schemas
            .filter_map(|(name, node)| {
                attempt::<ReferenceOr<Schema>>(
                    node,
                    format!("#/components/schemas/{}", escape(name)),
                )
            })
            .chain(operations.filter_map(|(at, node)| attempt::<Operation>(node, at)))
            .next()
    })
}

fn pointer_from_serde_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::from("#");
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
            Segment::Map { key } => {
                pointer.push('/');
                pointer.push_str(&escape(key));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    pointer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_flow_nesting_is_refused_before_parsing() {
        let deep = format!("a: {}{}\n", "[".repeat(20_000), "]".repeat(20_000));
        let error = parse_yaml(Path::new("spec.yaml"), &deep).unwrap_err();
        assert_eq!(
            error.to_string(),
            "spec.yaml:1:132: syntax error: flow collections nested deeper than 128 levels"
        );
    }

    #[test]
    fn brackets_in_quotes_and_comments_do_not_count() {
        let text = format!(
            "a: '{0}'\nb: \"{0}\" # {0}\nc: it's [[1]]\n",
            "[".repeat(200)
        );
        let value = parse_yaml(Path::new("spec.yaml"), &text).unwrap();
        assert_eq!(value["c"], "it's [[1]]");
    }

    #[test]
    fn a_document_nested_too_deep_is_refused_with_its_pointer() {
        let mut schema = serde_json::json!({"type": "string"});
        for _ in 0..40 {
            schema = serde_json::json!({"type": "array", "items": schema});
        }
        let raw = serde_json::json!({"components": {"schemas": {"Deep": schema}}});
        let error = check_depth(Path::new("spec.yaml"), &raw)
            .unwrap_err()
            .to_string();
        let pointer = format!(
            "#/components/schemas/Deep{}",
            "/items".repeat(MAX_DEPTH - 2)
        );
        assert!(
            error.starts_with(&format!(
                "spec.yaml: {pointer}: nested deeper than 32 levels"
            )),
            "{error}"
        );
    }
}
