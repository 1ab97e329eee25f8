//! A broken spec gets an error naming the file, the operation and the place.
//! (That generation then leaves every generated file alone is tested in
//! `generation.rs`.)

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

#[test]
fn nullable_without_a_type_is_rejected() {
    let error = load_error("nullable-without-type.yaml");
    assert_message(
        &error,
        "nullable-without-type.yaml",
        &[
            "#/components/schemas/Thing/properties/extra/nullable",
            "`nullable` without a sibling `type`",
        ],
    );
}

#[test]
fn nullable_on_an_all_of_wrapper_is_rejected_with_the_fix() {
    let error = load_error("nullable-ref.yaml");
    assert_message(
        &error,
        "nullable-ref.yaml",
        &[
            "GET /api/v1/things (list_things)",
            "#/paths/~1api~1v1~1things/get/responses/200/content/application~1json/schema/properties/upload/nullable",
            "beside `allOf`",
            "oneOf: [{$ref: ...}, {enum: [null]}]",
        ],
    );
}

#[test]
fn an_example_that_does_not_match_its_schema_names_every_problem() {
    let error = load_error("example-mismatch.yaml");
    assert_message(
        &error,
        "example-mismatch.yaml",
        &[
            "POST /api/v1/things (create_thing)",
            "#/paths/~1api~1v1~1things/post/requestBody/content/application~1json/examples/docs/externalValue",
            "example examples/thing.json does not match its schema (2 error(s))",
            "\"name\" is a required property",
            "at \"/size\"",
        ],
    );
}

#[test]
fn the_spec_as_it_was_fails_the_nullable_rules() {
    // The two errors Redocly found in the spec before the rules existed.
    let text = std::fs::read_to_string(real_spec()).unwrap();
    let old_upload = text.replace(
        "          oneOf:\n            - $ref: \"#/components/schemas/Upload\"\n            - enum: [null]",
        "          allOf:\n            - $ref: \"#/components/schemas/Upload\"\n          nullable: true",
    );
    assert_ne!(text, old_upload, "the mutation must change the spec");
    let error = codegen::load_str(real_spec(), &old_upload).expect_err("allOf + nullable");
    assert_message(
        &error,
        "klink.yaml",
        &["/properties/upload/nullable", "beside `allOf`"],
    );
}

/// Every fixture's message, for review: what a maintainer sees when the
/// spec is broken that way.
#[test]
fn error_messages_of_the_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("broken-specs");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".yaml"))
        .collect();
    names.sort();
    assert!(names.len() >= 9, "the corpus lost fixtures: {names:?}");
    let prefix = format!("{}/", dir.display());
    let listing: String = names
        .iter()
        .map(|name| {
            let message = load_error(name)
                .to_string()
                .replace(&prefix, "tests/broken-specs/");
            format!("{name}\n    {message}\n\n")
        })
        .collect();
    insta::assert_snapshot!("broken_spec_messages", listing);
}
