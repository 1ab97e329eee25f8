//! A broken spec gets an error naming the file, the operation and the place,
//! and generation leaves the old generated file byte-identical.

use std::path::{Path, PathBuf};

use codegen::Error;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("broken-specs")
        .join(name)
}

fn real_spec() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/klink.yaml")
}

fn load_error(name: &str) -> Error {
    codegen::load(fixture(name)).expect_err("a broken spec must not load")
}

/// The error's text names the fixture file and contains every `part`.
fn assert_message(error: &Error, name: &str, parts: &[&str]) {
    let message = error.to_string();
    assert!(message.contains(name), "{message:?} does not name {name}");
    for part in parts {
        assert!(message.contains(part), "{message:?} lacks {part:?}");
    }
}

#[test]
fn yaml_syntax_error_gives_line_and_column() {
    let error = load_error("yaml-syntax.yaml");
    let Error::Syntax { line, column, .. } = &error else {
        panic!("expected a syntax error, got {error:?}");
    };
    assert_eq!((*line, *column), (7, 18), "{error}");
    assert_message(&error, "yaml-syntax.yaml:7:18", &["syntax error"]);
}

#[test]
fn dangling_ref_names_operation_and_pointer() {
    let error = load_error("dangling-ref.yaml");
    assert!(matches!(error, Error::Invalid { .. }), "{error:?}");
    assert_message(
        &error,
        "dangling-ref.yaml",
        &[
            "POST /api/v1/things (create_thing)",
            "#/paths/~1api~1v1~1things/post/requestBody/content/application~1json/schema/$ref",
            "dangling $ref \"#/components/schemas/Thing\"",
        ],
    );
}

#[test]
fn missing_operation_id_names_the_operation() {
    let error = load_error("missing-operation-id.yaml");
    assert_message(
        &error,
        "missing-operation-id.yaml",
        &[
            "GET /api/v1/things",
            "#/paths/~1api~1v1~1things/get",
            "missing operationId",
        ],
    );
}

#[test]
fn duplicate_operation_id_names_both_operations() {
    let error = load_error("duplicate-operation-id.yaml");
    assert_message(
        &error,
        "duplicate-operation-id.yaml",
        &[
            "GET /api/v1/things/{id}",
            "#/paths/~1api~1v1~1things~1{id}/get",
            "duplicate operationId \"things\" (also used by GET /api/v1/things)",
        ],
    );
}

#[test]
fn example_that_is_not_json_names_file_and_position() {
    let error = load_error("bad-example.yaml");
    assert_message(
        &error,
        "bad-example.yaml",
        &[
            "POST /api/v1/things (create_thing)",
            "#/paths/~1api~1v1~1things/post/requestBody/content/application~1json/examples/docs/externalValue",
            "examples/not-json.json is not valid JSON",
            "line 4 column 1",
        ],
    );
}

#[test]
fn wrong_shape_names_the_pointer() {
    let error = load_error("not-openapi.yaml");
    assert_message(
        &error,
        "not-openapi.yaml",
        &[
            "GET /api/v1/things (list_things)",
            "#/paths/~1api~1v1~1things/get/responses/200/content/application~1json/schema:",
            "expected a sequence",
            "not a valid OpenAPI 3.0 document",
        ],
    );
}

#[test]
fn dangling_ref_in_the_real_spec_names_it() {
    let text = std::fs::read_to_string(real_spec()).unwrap();
    let broken = text.replacen(
        "#/components/schemas/MessageEnvelope",
        "#/components/schemas/MessageEnvelop",
        1,
    );
    assert_ne!(text, broken, "the mutation must change the spec");
    let error = codegen::load_str("openapi/klink.yaml", &broken).expect_err("dangling ref");
    assert_message(
        &error,
        "openapi/klink.yaml",
        &[
            "POST /api/v1/messages/send (send_message)",
            "#/paths/~1api~1v1~1messages~1send/post/responses/200/content/application~1json/schema/$ref",
            "#/components/schemas/MessageEnvelop\"",
        ],
    );
}

/// Copies the real spec and its examples into a temporary workspace.
fn scratch_workspace() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let openapi = dir.path().join("openapi");
    std::fs::create_dir_all(openapi.join("examples")).unwrap();
    let source = real_spec();
    std::fs::copy(&source, openapi.join("klink.yaml")).unwrap();
    for entry in std::fs::read_dir(source.parent().unwrap().join("examples")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(
            entry.path(),
            openapi.join("examples").join(entry.file_name()),
        )
        .unwrap();
    }
    let target = dir.path().join("generated.rs");
    (dir, openapi.join("klink.yaml"), target)
}

#[test]
fn generation_on_a_broken_spec_leaves_the_file_byte_identical() {
    let (_dir, spec, target) = scratch_workspace();
    let old = b"// the previous generated code\n".to_vec();
    std::fs::write(&target, &old).unwrap();
    for name in [
        "yaml-syntax.yaml",
        "dangling-ref.yaml",
        "missing-operation-id.yaml",
        "duplicate-operation-id.yaml",
        "not-openapi.yaml",
    ] {
        std::fs::copy(fixture(name), &spec).unwrap();
        let error = xtask::generated_file::generate(&spec, &target).expect_err(name);
        assert!(error.to_string().contains("klink.yaml"), "{error}");
        assert_eq!(
            std::fs::read(&target).unwrap(),
            old,
            "{name} touched the file"
        );
    }
    let leftovers: Vec<_> = std::fs::read_dir(target.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|name| name.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn generation_writes_once_then_leaves_an_unchanged_file_alone() {
    let (_dir, spec, target) = scratch_workspace();
    let first = xtask::generated_file::generate(&spec, &target).unwrap();
    assert!(matches!(first, xtask::generated_file::Outcome::Written { lines } if lines > 100));
    let written = std::fs::metadata(&target).unwrap().modified().unwrap();
    let second = xtask::generated_file::generate(&spec, &target).unwrap();
    assert_eq!(second, xtask::generated_file::Outcome::Unchanged);
    assert_eq!(
        std::fs::metadata(&target).unwrap().modified().unwrap(),
        written
    );
    xtask::generated_file::check(&spec, &target).unwrap();
}

#[test]
fn check_names_the_stale_file_after_a_spec_change() {
    let (_dir, spec, target) = scratch_workspace();
    xtask::generated_file::generate(&spec, &target).unwrap();
    let text = std::fs::read_to_string(&spec).unwrap();
    std::fs::write(&spec, text.replacen("label:", "labels:", 1)).unwrap();
    let error = xtask::generated_file::check(&spec, &target).expect_err("stale");
    assert!(
        error.to_string().contains("generated.rs is stale"),
        "{error}"
    );
}
