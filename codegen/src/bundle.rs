//! The spec as one self-contained JSON file for other tools.
//!
//! The hand-written spec keeps each example payload in a file of its own
//! (`externalValue`), which keeps them diffable and lets the tests load
//! them; but Prism, Redoc and most other tools ignore `externalValue`. The
//! bundle inlines every example file as `value`, so those tools see the
//! docs' examples.

use serde_json::Value;

use crate::{Error, Output, Spec};

/// Where the bundle is written, relative to the workspace root.
pub const BUNDLE_PATH: &str = "openapi/dist/klink.json";

/// The bundled spec: the document as JSON with every example file inlined.
pub fn bundle(spec: &Spec) -> Result<Output, Error> {
    let mut document = spec.raw.clone();
    for example in spec.example_files() {
        let text = std::fs::read_to_string(&example.file).map_err(|source| Error::Io {
            path: example.file.clone(),
            source,
        })?;
        let value: Value = crate::load::parse_json(&example.file, &text)?;
        let node = document
            .pointer_mut(&example.pointer[1..])
            .and_then(Value::as_object_mut)
            .expect("example pointers come from walking this document");
        node.remove("externalValue");
        node.insert("value".to_owned(), value);
    }
    let mut contents = serde_json::to_string_pretty(&document).expect("JSON values always print");
    contents.push('\n');
    Ok(Output {
        path: BUNDLE_PATH.to_owned(),
        contents,
    })
}

/// Where the base spec `klink_api::extend!` checks extensions against is
/// written: the bundle, compact, inside the macro crate, so that the
/// published crate (which cannot include files outside its directory)
/// carries it.
pub const MACROS_BASE_SPEC_PATH: &str = "klink-api-macros/base-spec.json";

/// The bundle as the macro crate embeds it: one line of JSON.
fn macros_base_spec(bundle: &Output) -> Output {
    let document: Value =
        serde_json::from_str(&bundle.contents).expect("the bundle was printed from JSON");
    Output {
        path: MACROS_BASE_SPEC_PATH.to_owned(),
        contents: document.to_string(),
    }
}

/// Every file `cargo xtask generate` writes from one loaded spec: the
/// client's files, the bundle (and its copy in the macro crate), the CLI
/// and the mock.
pub fn outputs(spec: &Spec) -> Result<Vec<Output>, Error> {
    let mut outputs = crate::generate(spec)?;
    let bundle = bundle(spec)?;
    outputs.push(macros_base_spec(&bundle));
    outputs.push(bundle);
    outputs.push(crate::cli(spec)?);
    outputs.push(crate::mock(spec)?);
    Ok(outputs)
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
        let bundled: Value = serde_json::from_str(&bundle(&spec).unwrap().contents).unwrap();
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
