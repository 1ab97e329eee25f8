//! Extension specs: a user's own spec of operations the base spec lacks,
//! read and checked against the base, for `klink_api_extend::extend!` (crate
//! `klink-api-extend`) to generate into the user's crate (`emit::extension`).
//!
//! An extension is a complete OpenAPI 3.0 document. Before the usual
//! checks run, every component of the base spec that the extension does
//! not define itself is copied into it, so `$ref`s to base schemas (and
//! parameters, responses, ...) resolve and examples are validated against
//! them. The copied schemas are not generated again: progenitor replaces
//! each by the base's type, `klink_api::types::Name`. An operationId or a
//! method and path the base already has is an error, and so is a schema
//! feature whose code would need a crate klink-api does not provide.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::error::Error;
use crate::pointer::{each_operation, escape, invalid};
use crate::spec::Spec;

/// An extension spec that parsed and passed the checks, merged with the
/// base's components.
#[derive(Debug, Clone)]
pub struct Extension {
    /// The extension with the base's components it does not define.
    pub spec: Spec,
    /// The base schemas copied in, which become `klink_api::types::Name`.
    pub reused: Vec<String>,
}

impl Extension {
    /// The files the generated code depends on: the spec, then its example
    /// files. A build tool reruns the generation when one changes.
    pub fn files(&self) -> Vec<PathBuf> {
        let mut files = vec![self.spec.path.clone()];
        files.extend(self.spec.example_files().into_iter().map(|e| e.file));
        files
    }
}

/// Reads, parses and checks the extension at `path` against `base`, the
/// base spec as JSON (its bundle).
pub fn load_extension(path: impl AsRef<Path>, base: &Value) -> Result<Extension, Error> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })?;
    load_extension_str(path, &text, base)
}

/// [`load_extension`] for text that claims to come from `path`.
pub fn load_extension_str(
    path: impl AsRef<Path>,
    text: &str,
    base: &Value,
) -> Result<Extension, Error> {
    let path = path.as_ref();
    let mut raw = super::parse::document(path, text)?;
    not_in_base(path, &raw, base)?;
    let reused = merge_components(&mut raw, base);
    // `api-version` is the K-LINK API's version, not the extension's.
    if let (Some(info), Some(version)) = (
        raw.get_mut("info").and_then(Value::as_object_mut),
        base.pointer("/info/version"),
    ) {
        info.insert("version".into(), version.clone());
    }
    let openapi = super::check::all(path, &raw)?;
    let spec = Spec {
        path: path.to_owned(),
        raw,
        openapi,
    };
    supported_schemas(&spec)?;
    Ok(Extension { spec, reused })
}

/// An operation the base already has (by operationId, or by method and
/// path) would be a second method for one call: an error.
fn not_in_base(path: &Path, raw: &Value, base: &Value) -> Result<(), Error> {
    let base_ids: Vec<(&str, String)> = each_operation(base)
        .filter_map(|(route, method, operation)| {
            let id = operation.get("operationId")?.as_str()?;
            Some((id, format!("{} {route}", method.to_uppercase())))
        })
        .collect();
    for (route, method, operation) in each_operation(raw) {
        let pointer = format!("#/paths/{}/{method}", escape(route));
        let fail = |pointer: String, message: String| Err(invalid(path, raw, pointer, message));
        if base.pointer(&pointer[1..]).is_some() {
            return fail(
                pointer,
                format!(
                    "the base spec already has {} {route}: call it on klink_api::Client",
                    method.to_uppercase()
                ),
            );
        }
        let id = operation.get("operationId").and_then(Value::as_str);
        if let Some((id, base_operation)) = base_ids.iter().find(|(base, _)| Some(*base) == id) {
            return fail(
                format!("{pointer}/operationId"),
                format!("the base spec already has operationId \"{id}\" ({base_operation})"),
            );
        }
    }
    Ok(())
}

/// Copies every base component the extension does not define into it;
/// returns the names of the copied schemas.
fn merge_components(raw: &mut Value, base: &Value) -> Vec<String> {
    let mut reused = Vec::new();
    let Some(base_components) = base.get("components").and_then(Value::as_object) else {
        return reused;
    };
    let Some(document) = raw.as_object_mut() else {
        // Not a document at all: the checks say so.
        return reused;
    };
    let components = document
        .entry("components")
        .or_insert_with(|| Value::Object(Map::new()));
    let Some(components) = components.as_object_mut() else {
        return reused;
    };
    for (kind, base_map) in base_components {
        let Some(base_map) = base_map.as_object() else {
            continue;
        };
        let map = components
            .entry(kind.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        let Some(map) = map.as_object_mut() else {
            continue;
        };
        for (name, node) in base_map {
            if !map.contains_key(name) {
                map.insert(name.clone(), node.clone());
                if kind == "schemas" {
                    reused.push(name.clone());
                }
            }
        }
    }
    reused
}

/// Schema features whose generated code would need a crate klink-api does
/// not provide: `pattern` (typify validates it with `regress`) and
/// `format: uuid` (`uuid::Uuid`).
fn supported_schemas(spec: &Spec) -> Result<(), Error> {
    super::check::schemas::each_schema(&spec.raw, &mut |pointer, schema| {
        let problem = if schema.get("pattern").is_some() {
            Some((
                "pattern",
                "`pattern` is not supported in an extension; describe the pattern in `description`",
            ))
        } else if schema.get("format").and_then(Value::as_str) == Some("uuid") {
            Some((
                "format",
                "`format: uuid` is not supported in an extension; use a plain `type: string`",
            ))
        } else {
            None
        };
        match problem {
            Some((keyword, message)) => Err(invalid(
                &spec.path,
                &spec.raw,
                format!("#{pointer}/{keyword}"),
                message.to_owned(),
            )),
            None => Ok(()),
        }
    })
}

/// A base spec and an extension of it, for this module's tests and
/// `emit::extension`'s.
#[cfg(test)]
pub(crate) mod fixtures {
    use serde_json::Value;

    pub(crate) fn base() -> Value {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../openapi/dist/klink.json"
        ))
        .unwrap();
        serde_json::from_str(&text).unwrap()
    }

    pub(crate) fn extension(schemas: &str) -> String {
        format!(
            r###"
openapi: 3.0.3
info: {{title: extra, version: "7"}}
paths:
  /api/v1/tags:
    get:
      operationId: list_tags
      parameters:
        - $ref: "#/components/parameters/Page"
        - $ref: "#/components/parameters/PageSize"
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  page: {{type: integer}}
                  data:
                    type: array
                    items:
                      $ref: "#/components/schemas/Tag"
{schemas}"###
        )
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::{base, extension};
    use super::*;

    #[test]
    fn an_extension_is_checked_like_the_base_spec() {
        let broken = extension("").replace("list_tags", "ListTags");
        let error = load_extension_str("extra.yaml", &broken, &base()).unwrap_err();
        assert!(error.to_string().contains("must be snake_case"), "{error}");
    }
}
