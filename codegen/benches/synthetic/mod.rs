//! The synthetic specs the generator benchmarks measure, and one run.
//!
//! Each synthetic operation is shaped like `send_message`: a JSON request
//! body and a 200 envelope around an object with strings, an integer, a
//! nullable timestamp and a nested object, each a named schema.

use std::path::Path;

use serde_json::{Map, Value, json};

/// A spec with `operations` operations and three schemas per operation.
pub fn synthetic_spec(operations: usize) -> String {
    let mut paths = Map::new();
    let mut schemas = Map::new();
    for i in 0..operations {
        paths.insert(
            format!("/api/v1/things{i}/send"),
            json!({
                "post": {
                    "operationId": format!("send_thing_{i}"),
                    "tags": ["thing"],
                    "summary": format!("Send thing {i}."),
                    "requestBody": {
                        "required": true,
                        "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/Thing{i}Request")}}}
                    },
                    "responses": {
                        "200": {
                            "description": "sent",
                            "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/Thing{i}Envelope")}}}
                        },
                        "400": {
                            "description": "rejected",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}}
                        }
                    }
                }
            }),
        );
        schemas.insert(
            format!("Thing{i}Request"),
            json!({
                "type": "object",
                "required": ["contactId", "kind"],
                "properties": {
                    "contactId": {"type": "string"},
                    "kind": {"type": "string"},
                    "text": {"type": "string"},
                    "createdAt": {"type": "string", "format": "date-time"}
                }
            }),
        );
        schemas.insert(
            format!("Thing{i}"),
            json!({
                "type": "object",
                "required": ["id", "createdAt", "deletedAt"],
                "properties": {
                    "id": {"type": "string"},
                    "createdAt": {"type": "string", "format": "date-time"},
                    "deletedAt": {"type": "string", "format": "date-time", "nullable": true},
                    "label": {"type": "string", "default": ""},
                    "size": {"type": "integer", "format": "int64"},
                    "room": {"type": "object", "additionalProperties": true, "nullable": true},
                    "owner": {
                        "type": "object",
                        "properties": {"name": {"type": "string"}, "email": {"type": "string"}}
                    }
                }
            }),
        );
        schemas.insert(
            format!("Thing{i}Envelope"),
            json!({
                "type": "object",
                "required": ["status", "message", "data"],
                "properties": {
                    "status": {"type": "integer"},
                    "message": {"type": "string"},
                    "data": {"$ref": format!("#/components/schemas/Thing{i}")}
                }
            }),
        );
    }
    schemas.insert(
        "ErrorEnvelope".into(),
        json!({"type": "object", "additionalProperties": {}, "properties": {"message": {"type": "string"}}}),
    );
    let spec = json!({
        "openapi": "3.0.3",
        "info": {"title": "synthetic", "version": "1"},
        "paths": Value::Object(paths),
        "components": {"schemas": Value::Object(schemas)}
    });
    serde_json::to_string_pretty(&spec).unwrap()
}

/// One full run, as `cargo xtask generate` does it: parse, validate,
/// generate, format, bundle.
pub fn run(path: &Path, text: &str) -> Vec<codegen::Output> {
    let spec = codegen::load_str(path, text).unwrap();
    codegen::outputs(&spec).unwrap()
}
