use std::path::{Path, PathBuf};

use openapiv3::OpenAPI;
use serde_json::Value;

use crate::Error;
use crate::validate;

/// A spec that parsed and passed validation.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Where the spec was read from; relative paths in it (example files)
    /// resolve against its directory.
    pub path: PathBuf,
    /// The document as plain JSON, used for validation and error locations.
    pub raw: Value,
    /// The typed document progenitor consumes.
    pub openapi: OpenAPI,
}

/// Reads, parses (YAML, or JSON for a `.json` file) and validates a spec.
pub fn load(path: impl AsRef<Path>) -> Result<Spec, Error> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })?;
    load_str(path, &text)
}

/// Parses and validates spec text that claims to come from `path` (which
/// names it in errors, picks the syntax by extension and anchors relative
/// example paths).
pub fn load_str(path: impl AsRef<Path>, text: &str) -> Result<Spec, Error> {
    let path = path.as_ref().to_owned();
    let raw = if path.extension().is_some_and(|ext| ext == "json") {
        parse_json(&path, text)?
    } else {
        parse_yaml(&path, text)?
    };
    validate::references(&path, &raw)?;
    validate::operations(&path, &raw)?;
    validate::examples(&path, &raw)?;
    crate::schemas::nullable_rules(&path, &raw)?;
    crate::example_schemas::examples_match_schemas(&path, &raw)?;
    let openapi = typed(&path, &raw)?;
    Ok(Spec { path, raw, openapi })
}

pub(crate) fn parse_json(path: &Path, text: &str) -> Result<Value, Error> {
    serde_json::from_str(text).map_err(|e| Error::Syntax {
        path: path.to_owned(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })
}

fn parse_yaml(path: &Path, text: &str) -> Result<Value, Error> {
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
fn typed(path: &Path, raw: &Value) -> Result<OpenAPI, Error> {
    serde_path_to_error::deserialize(raw).map_err(|e| {
        let (pointer, message) = narrow(raw)
            .unwrap_or_else(|| (pointer_from_serde_path(e.path()), e.inner().to_string()));
        Error::Invalid {
            path: path.to_owned(),
            operation: validate::operation_at(raw, &pointer),
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
    let paths = raw
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten();
    let operations = paths.flat_map(|(route, item)| {
        item.as_object()
            .into_iter()
            .flatten()
            .filter(|(method, _)| validate::METHODS.contains(&method.as_str()))
            .map(move |(method, operation)| {
                (format!("#/paths/{}/{method}", escape(route)), operation)
            })
    });
    let schemas = raw
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten();
    // Inline schemas first: they are the most specific place to point at.
    let mut inline = None;
    validate::walk(raw, &mut String::new(), &mut |pointer, node| {
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

/// Escapes one JSON pointer reference token (RFC 6901).
pub(crate) fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

impl Spec {
    /// The example payload files the spec refers to, in document order.
    pub fn example_files(&self) -> Vec<validate::ExampleFile> {
        validate::example_files(&self.path, &self.raw)
    }
}
