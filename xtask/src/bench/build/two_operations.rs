//! The two-operation extension the extension variants build: the
//! operations of docs/extending.md (`list_tags`, `list_channels`), cut out
//! of `tests/extend/klink-extra.yaml`, and made self-contained for
//! progenitor's `generate_api!`.
//!
//! `extend!` reads the cut extension as it is: its `$ref`s to the base
//! spec's components (`#/components/parameters/Page`, `schemas/Tag`)
//! resolve against the base. progenitor knows no base, so its copy is the
//! extension as klink-codegen loads it for `extend!` (the base's
//! components merged in, examples inlined by the bundler), keeping only
//! the components the two operations reach.

use std::collections::{BTreeSet, VecDeque};
use std::path::Path;

use codegen::{METHODS, unescape_token};
use serde_json::{Map, Value};

/// The extension the variants start from, relative to the repository.
pub const EXTENSION: &str = "tests/extend/klink-extra.yaml";

/// The operations they keep: the two of docs/extending.md (the issue's
/// "two-operation extension").
pub const OPERATIONS: [&str; 2] = ["list_tags", "list_channels"];

/// `extension` with only `operations`: every other operation goes (a path
/// left without one goes too), and so does each of its own components
/// that no kept operation reaches. References to components it does not
/// define (the base's) stay as they are. Fails when an operation is not
/// in it.
pub fn cut(extension: &Value, operations: &[&str]) -> Result<Value, String> {
    let mut document = extension.clone();
    let mut found = BTreeSet::new();
    if let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) {
        paths.retain(|_, item| {
            let Some(item) = item.as_object_mut() else {
                return false;
            };
            item.retain(|key, operation| {
                if !METHODS.contains(&key.as_str()) {
                    return true;
                }
                let id = operation.get("operationId").and_then(Value::as_str);
                match id.filter(|id| operations.contains(id)) {
                    Some(id) => found.insert(id.to_owned()),
                    None => false,
                }
            });
            item.keys().any(|key| METHODS.contains(&key.as_str()))
        });
    }
    let missing: Vec<&str> = operations
        .iter()
        .copied()
        .filter(|id| !found.contains(*id))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "the extension has no operation {}",
            missing.join(", ")
        ));
    }
    keep_reached_components(&mut document);
    Ok(document)
}

/// The extension at `path` (already cut) as one self-contained document:
/// loaded and checked the way `extend!` loads it against `base` (the
/// bundled base spec), its examples inlined, and of the base's components
/// only those its operations reach.
pub fn self_contained(path: &Path, base: &Value) -> Result<Value, String> {
    let extension =
        codegen::load_extension(path, base).map_err(|e| format!("{}: {e}", path.display()))?;
    let bundle = codegen::bundle(&extension.spec).map_err(|e| e.to_string())?;
    let mut document: Value = serde_json::from_str(&bundle.contents)
        .map_err(|e| format!("the bundled extension: {e}"))?;
    keep_reached_components(&mut document);
    Ok(document)
}

/// The files `document` refers to with `externalValue` (its example
/// files), relative to it, in order.
pub fn external_files(document: &Value) -> Vec<String> {
    let mut files = BTreeSet::new();
    walk(document, &mut |key, value| {
        if key == "externalValue"
            && let Some(file) = value.as_str()
        {
            files.insert(file.to_owned());
        }
    });
    files.into_iter().collect()
}

/// Drops every component that nothing outside `components` reaches,
/// through `$ref` chains or by a security requirement's name.
fn keep_reached_components(document: &mut Value) {
    let Some(object) = document.as_object() else {
        return;
    };
    let components = object
        .get("components")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut queue: VecDeque<(String, String)> = VecDeque::new();
    for (key, value) in object {
        if key != "components" {
            queue.extend(references(value));
            if key == "security" || key == "paths" {
                queue.extend(security_schemes(key, value));
            }
        }
    }
    let mut reached = BTreeSet::new();
    while let Some((kind, name)) = queue.pop_front() {
        let Some(node) = components.get(&kind).and_then(|map| map.get(&name)) else {
            // Not defined here: the base's (in a cut extension).
            continue;
        };
        if reached.insert((kind.clone(), name.clone())) {
            queue.extend(references(node));
        }
    }
    let Some(components) = document
        .get_mut("components")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    for (kind, map) in components.iter_mut() {
        if let Some(map) = map.as_object_mut() {
            map.retain(|name, _| reached.contains(&(kind.clone(), name.clone())));
        }
    }
    components.retain(|_, map| map.as_object().is_none_or(|map| !map.is_empty()));
    if components.is_empty()
        && let Some(object) = document.as_object_mut()
    {
        object.remove("components");
    }
}

/// The components `node` refers to: `(kind, name)` of each
/// `#/components/<kind>/<name>` `$ref` in it.
fn references(node: &Value) -> Vec<(String, String)> {
    let mut found = Vec::new();
    walk(node, &mut |key, value| {
        if key == "$ref"
            && let Some(target) = value.as_str().and_then(|r| r.strip_prefix("#/components/"))
            && let Some((kind, name)) = target.split_once('/')
        {
            found.push((unescape_token(kind), unescape_token(name)));
        }
    });
    found
}

/// The security schemes a document's `security` (or its operations')
/// names: requirements name schemes by key, not by `$ref`.
fn security_schemes(key: &str, value: &Value) -> Vec<(String, String)> {
    let requirements: Vec<&Value> = match key {
        "security" => vec![value],
        _ => value
            .as_object()
            .into_iter()
            .flat_map(Map::values)
            .filter_map(Value::as_object)
            .flat_map(|item| item.values())
            .filter_map(|operation| operation.get("security"))
            .collect(),
    };
    requirements
        .into_iter()
        .filter_map(Value::as_array)
        .flatten()
        .filter_map(Value::as_object)
        .flat_map(Map::keys)
        .map(|name| ("securitySchemes".to_owned(), name.clone()))
        .collect()
}

/// Calls `visit` with every key and value of every object in `node`.
fn walk(node: &Value, visit: &mut impl FnMut(&str, &Value)) {
    match node {
        Value::Object(map) => {
            for (key, value) in map {
                visit(key, value);
                walk(value, visit);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| walk(item, visit)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::super::prepare::accepted_by_progenitor;
    use super::*;

    fn repository() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    fn read_json(path: &Path) -> Value {
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn extension() -> Value {
        let text = std::fs::read_to_string(repository().join(EXTENSION)).unwrap();
        serde_yaml::from_str(&text).unwrap()
    }

    fn operation_ids(document: &Value) -> BTreeSet<String> {
        codegen::each_operation(document)
            .filter_map(|(_, _, operation)| operation["operationId"].as_str().map(str::to_owned))
            .collect()
    }

    fn names(document: &Value, kind: &str) -> BTreeSet<String> {
        document["components"][kind]
            .as_object()
            .map(|map| map.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// The cut extension written into a fresh directory with its example
    /// files, as `prepare` writes it; returns its path.
    fn written(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "xtask-two-operations-{name}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let cut = cut(&extension(), &OPERATIONS).unwrap();
        let path = dir.join("klink-extra.yaml");
        std::fs::write(&path, serde_yaml::to_string(&cut).unwrap()).unwrap();
        let from = repository().join("tests/extend");
        for file in external_files(&cut) {
            std::fs::create_dir_all(dir.join(&file).parent().unwrap()).unwrap();
            std::fs::copy(from.join(&file), dir.join(&file)).unwrap();
        }
        path
    }

    #[test]
    fn the_cut_keeps_the_two_operations_and_the_components_they_reach() {
        let original = extension();
        assert!(
            operation_ids(&original).len() > 2,
            "the fixture has an operation to cut"
        );
        let cut = cut(&original, &OPERATIONS).unwrap();
        assert_eq!(
            operation_ids(&cut),
            OPERATIONS.iter().map(|id| id.to_string()).collect()
        );
        // The path whose other operation was cut stays, with the kept one.
        assert!(cut.pointer("/paths/~1api~1v1~1channels/get").is_some());
        assert!(cut.pointer("/paths/~1api~1v1~1channels/post").is_none());
        // Its own schemas the two reach (Channel through ChannelList); the
        // base's stay references.
        assert_eq!(
            names(&cut, "schemas"),
            ["Channel", "ChannelList", "TagPage"]
                .map(str::to_owned)
                .into()
        );
        assert_eq!(
            cut.pointer("/paths/~1api~1v1~1tags/get/parameters/0/$ref"),
            Some(&Value::from("#/components/parameters/Page"))
        );
        assert_eq!(
            external_files(&cut),
            ["examples/tags.list.response.200.json"]
        );
    }

    #[test]
    fn an_unreached_own_component_is_cut_and_a_missing_operation_is_an_error() {
        let mut original = extension();
        original["components"]["schemas"]["Unused"] = serde_json::json!({"type": "string"});
        let one = cut(&original, &["list_tags"]).unwrap();
        // TagPage only: the channels' schemas and Unused are reached by none.
        assert_eq!(names(&one, "schemas"), ["TagPage".to_owned()].into());
        let error = cut(&original, &["list_tags", "list_tagz"]).unwrap_err();
        assert!(error.contains("list_tagz"), "{error}");
    }

    #[test]
    fn the_self_contained_spec_has_the_base_components_it_needs_and_no_others() {
        let base = read_json(&repository().join(codegen::BUNDLE_PATH));
        let spec = self_contained(&written("self-contained"), &base).unwrap();
        assert_eq!(
            operation_ids(&spec),
            OPERATIONS.iter().map(|id| id.to_string()).collect()
        );
        let schemas = names(&spec, "schemas");
        for name in ["TagPage", "ChannelList", "Channel", "Tag"] {
            assert!(schemas.contains(name), "{name} missing: {schemas:?}");
        }
        assert!(
            names(&spec, "parameters").is_superset(&["Page", "PageSize"].map(str::to_owned).into())
        );
        // Much less than the base: nothing unreached came along.
        assert!(
            schemas.len() < names(&base, "schemas").len() / 4,
            "{schemas:?}"
        );
        // Every reference resolves inside the document.
        for (kind, name) in references(&spec) {
            assert!(
                spec["components"][&kind].get(&name).is_some(),
                "dangling #/components/{kind}/{name}"
            );
        }
        // Examples are inlined: no file to carry along.
        assert!(external_files(&spec).is_empty());
        assert!(
            spec.pointer("/paths/~1api~1v1~1tags/get/responses/200/content/application~1json/examples/first/value")
                .is_some()
        );
    }

    #[test]
    fn progenitor_generates_a_client_from_the_self_contained_spec() {
        let base = read_json(&repository().join(codegen::BUNDLE_PATH));
        let spec = self_contained(&written("progenitor"), &base).unwrap();
        let code = accepted_by_progenitor(&spec).unwrap().to_string();
        assert!(code.contains("fn list_tags"), "{code}");
        assert!(code.contains("fn list_channels"), "{code}");
        // Only crates the progenitor hello crate depends on.
        for absent in ["uuid", "regress", "base64", "rand"] {
            assert!(!code.contains(&format!(":: {absent} ::")), "{absent}");
        }
    }
}
