//! Example files: every `externalValue` example file exists and holds
//! JSON. Whether each example matches its schema is `example_schemas`'
//! (feature `examples`).

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::Error;
use crate::pointer::{escape, invalid, operation_id_at, walk};

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
pub(crate) fn files(path: &Path, raw: &Value) -> Result<(), Error> {
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
