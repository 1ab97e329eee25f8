//! The spec as one self-contained JSON file for other tools.
//!
//! The hand-written spec keeps each example payload in a file of its own
//! (`externalValue`), which keeps them diffable and lets the tests load
//! them; but Prism, Redoc and most other tools ignore `externalValue`. The
//! bundle inlines every example file as `value`, so those tools see the
//! docs' examples.

use serde_json::Value;

use crate::error::Error;
use crate::spec::Spec;
use crate::spec::parse::parse_json;

/// Where the bundle is written, relative to the workspace root.
pub const BUNDLE_PATH: &str = "openapi/dist/klink.json";

/// Where the base spec `klink_api_extend::extend!` checks extensions
/// against is written: the bundle, compact, inside the macro's crate, so
/// that the published crate (which cannot include files outside its
/// directory) carries it.
pub const EXTEND_BASE_SPEC_PATH: &str = "klink-api-extend/base-spec.json";

/// The bundled spec: the document as JSON with every example file inlined.
pub(crate) fn bundled(spec: &Spec) -> Result<Value, Error> {
    let mut document = spec.raw.clone();
    for example in spec.example_files() {
        let text = std::fs::read_to_string(&example.file).map_err(|source| Error::Io {
            path: example.file.clone(),
            source,
        })?;
        let value: Value = parse_json(&example.file, &text)?;
        let node = document
            .pointer_mut(&example.pointer[1..])
            .and_then(Value::as_object_mut)
            .expect("example pointers come from walking this document");
        node.remove("externalValue");
        node.insert("value".to_owned(), value);
    }
    Ok(document)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundle_inlines_every_example_and_keeps_the_rest() {
        let spec = crate::load(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../openapi/klink.yaml"
        ))
        .unwrap();
        let bundled: Value = serde_json::from_str(&crate::bundle(&spec).unwrap().contents).unwrap();
        let examples = spec.example_files();
        assert!(!examples.is_empty());
        for example in &examples {
            let node = bundled.pointer(&example.pointer[1..]).unwrap();
            assert!(node.get("externalValue").is_none(), "{}", example.pointer);
            let on_disk: Value =
                serde_json::from_str(&std::fs::read_to_string(&example.file).unwrap()).unwrap();
            assert_eq!(node["value"], on_disk, "{}", example.pointer);
        }
        // Apart from the examples, the bundle is the spec itself.
        let mut unbundled = bundled.clone();
        for example in &examples {
            let node = unbundled.pointer_mut(&example.pointer[1..]).unwrap();
            let file = spec
                .raw
                .pointer(&format!("{}/externalValue", &example.pointer[1..]))
                .unwrap();
            node.as_object_mut().unwrap().remove("value");
            node.as_object_mut()
                .unwrap()
                .insert("externalValue".into(), file.clone());
        }
        assert_eq!(unbundled, spec.raw);
    }
}
