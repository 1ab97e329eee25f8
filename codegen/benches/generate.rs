//! How long generation takes for the real spec and for synthetic specs of
//! 10, 100 and 1,000 operations: it should grow linearly.
//!
//! Each synthetic operation is shaped like `send_message`: a JSON request
//! body and a 200 envelope around an object with strings, an integer, a
//! nullable timestamp and a nested object, each a named schema.

use std::hint::black_box;
use std::path::Path;

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use serde_json::{Map, Value, json};

/// A spec with `operations` operations and three schemas per operation.
fn synthetic_spec(operations: usize) -> String {
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
fn run(path: &Path, text: &str) -> Vec<codegen::Output> {
    let spec = codegen::load_str(path, text).unwrap();
    codegen::outputs(&spec).unwrap()
}

fn generate(c: &mut Criterion) {
    let mut group = c.benchmark_group("generate");
    // Runs take from milliseconds to seconds: few, flat samples.
    group.sample_size(10).sampling_mode(SamplingMode::Flat);

    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/klink.yaml");
    let text = std::fs::read_to_string(&real).unwrap();
    let operations = codegen::load(&real).unwrap().openapi.operations().count();
    group.throughput(Throughput::Elements(operations as u64));
    group.bench_function("klink.yaml", |b| b.iter(|| run(&real, black_box(&text))));

    // A 1,000-operation spec takes over ten seconds a run: `--full` only
    // (`cargo xtask bench --full` sets KLINK_BENCH_FULL).
    let sizes: &[usize] = match std::env::var_os("KLINK_BENCH_FULL") {
        Some(_) => &[10, 100, 1000],
        None => &[10, 100],
    };
    for &operations in sizes {
        let text = synthetic_spec(operations);
        let path = Path::new("synthetic.json");
        group.throughput(Throughput::Elements(operations as u64));
        group.bench_with_input(
            BenchmarkId::new("synthetic", operations),
            &text,
            |b, text| b.iter(|| run(path, black_box(text))),
        );
    }
    group.finish();
}

criterion_group!(benches, generate);
criterion_main!(benches);
