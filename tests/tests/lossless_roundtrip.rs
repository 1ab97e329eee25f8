//! Every type that keeps undeclared keys in `extra` decodes and encodes
//! back to the same JSON, for random objects built from its schema: the
//! declared keys (required ones always, optional ones sometimes, with
//! values of their schema, nested objects built the same way), random
//! undeclared keys with nested JSON values, all in random order.
//!
//! The types come from the generated code (every struct with a flattened
//! `extra` map) and their schemas from the spec, so a new type with
//! `extra` is tested as soon as it is listed in `round_trips!` below, and
//! fails `every_type_with_extra_is_covered` until it is.
//!
//! What is not kept is known and expected: an optional key given as
//! `null` decodes to `None`, and an optional array given as `[]` to an
//! empty `Vec`; both are written back without the key. Everything else
//! comes back.
//!
//! The same objects with one optional field's value replaced by a value of
//! another JSON type (what a spec the docs got wrong meets) decode as the
//! SDK decodes a response: the field gives the value up to `extra`, and
//! the object still encodes back to what was sent.

use std::collections::BTreeSet;
use std::path::Path;

use klink_api::types;
use proptest::prelude::*;
use proptest::strategy::BoxedStrategy;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{Map, Value};

/// Cases per type; seeded, so a run is reproducible.
const CASES: u32 = 32;
/// How deep optional nested objects go.
const MAX_DEPTH: u32 = 3;

/// Decodes `text` as the named type and encodes it again.
macro_rules! round_trips {
    ($($name:ident),* $(,)?) => {
        const COVERED: &[&str] = &[$(stringify!($name)),*];

        /// Decodes `text` as the SDK decodes a body, and encodes it again;
        /// with whether a strict decode took it, and what `extra` holds
        /// under `key`.
        fn tolerant_round_trip(
            name: &str,
            text: &str,
            key: &str,
        ) -> Result<(Value, bool, Option<Value>), String> {
            match name {
                $(stringify!($name) => {
                    let strict = serde_json::from_str::<types::$name>(text).is_ok();
                    let typed: types::$name = klink_api::__private::decode_body(text.as_bytes())
                        .map_err(|e| format!("decode: {e}"))?;
                    let kept = typed.extra.get(key).cloned();
                    let encoded = serde_json::to_value(&typed).map_err(|e| format!("encode: {e}"))?;
                    Ok((encoded, strict, kept))
                })*
                _ => Err(format!("{name} is not in round_trips!")),
            }
        }

        fn round_trip(name: &str, text: &str) -> Result<Value, String> {
            match name {
                $(stringify!($name) => {
                    let typed: types::$name =
                        serde_json::from_str(text).map_err(|e| format!("decode: {e}"))?;
                    serde_json::to_value(&typed).map_err(|e| format!("encode: {e}"))
                })*
                _ => Err(format!("{name} is not in round_trips!")),
            }
        }
    };
}

round_trips!(
    AgentActivity,
    AgentActivityPage,
    Category,
    CategoryList,
    Comment,
    CommentPage,
    Company,
    Contact,
    ContactEnvelope,
    ContactField,
    ContactFieldOption,
    ContactFieldPage,
    ContactPage,
    CreateCommentRequest,
    CreateMediaFileRequest,
    CreateTicketRequest,
    CxLog,
    CxLogAgent,
    CxLogContact,
    CxLogPage,
    CxLogResponse,
    ErrorEnvelope,
    MediaFile,
    MediaFileEnvelope,
    MediaFolder,
    MediaFolderEnvelope,
    Mention,
    Message,
    PlatformContact,
    PresenceStatus,
    SendMessageRequest,
    Tag,
    Ticket,
    TicketAssignee,
    TicketCreated,
    TicketPage,
    UpdateContactTagsRequest,
    WebhookContact,
    WebhookContactEmail,
);

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn spec() -> Value {
    codegen::load(root().join("openapi/klink.yaml"))
        .unwrap()
        .raw
}

/// The structs of the generated types with a `#[serde(flatten)]` map.
fn types_with_extra() -> BTreeSet<String> {
    let source = std::fs::read_to_string(root().join("klink-api/src/generated/types.rs")).unwrap();
    let mut found = BTreeSet::new();
    let mut current: Option<&str> = None;
    for line in source.lines() {
        if let Some(rest) = line.strip_prefix("pub struct ") {
            current = rest.strip_suffix(" {");
        } else if line == "}" {
            current = None;
        } else if line.trim() == "#[serde(flatten)]"
            && let Some(name) = current
        {
            found.insert(name.to_owned());
        }
    }
    found
}

#[test]
fn every_type_with_extra_is_covered() {
    let found = types_with_extra();
    assert!(found.len() >= 30, "the scan found only {found:?}");
    let covered: BTreeSet<String> = COVERED.iter().map(|name| name.to_string()).collect();
    let missing: Vec<_> = found.difference(&covered).collect();
    assert!(missing.is_empty(), "add to round_trips!: {missing:?}");
    let stale: Vec<_> = covered.difference(&found).collect();
    assert!(stale.is_empty(), "no `extra` any more: {stale:?}");
}

#[test]
fn random_objects_of_every_type_with_extra_round_trip() {
    let spec = spec();
    let found = types_with_extra();
    for (i, name) in found.iter().enumerate() {
        let schema = spec
            .pointer(&format!("/components/schemas/{name}"))
            .unwrap_or_else(|| panic!("{name} is not a component schema of the spec"));
        let strategy = object(&spec, schema, 0);
        seeded_runner(0, i)
            .run(&strategy, |(json, expected)| {
                let text = json.text();
                let encoded = round_trip(name, &text).map_err(TestCaseError::fail)?;
                prop_assert_eq!(encoded, expected, "{} from {}", name, text);
                Ok(())
            })
            .unwrap_or_else(|failure| panic!("{name}: {failure}"));
    }
}

/// A runner of `CASES` cases for the `i`th type, seeded with `fill` and
/// `i`: every run is the same.
fn seeded_runner(fill: u8, i: usize) -> TestRunner {
    let mut seed = [fill; 32];
    seed[0] = u8::try_from(i).unwrap();
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed);
    let config = Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, rng)
}

/// Any optional field of any type with `extra`, given a value of another
/// JSON type than its schema's, decodes; the value is kept in `extra` when
/// the field cannot take it, and the object encodes back to what was sent.
#[test]
fn a_wrong_optional_value_is_kept_in_extra_and_written_back() {
    let spec = spec();
    for (i, name) in types_with_extra().iter().enumerate() {
        let schema = resolve(
            &spec,
            spec.pointer(&format!("/components/schemas/{name}"))
                .unwrap(),
        );
        let optional = optional_properties(&spec, schema);
        if optional.is_empty() {
            continue;
        }
        let strategy = (
            object(&spec, schema, 0),
            prop::sample::select(optional),
            prop::sample::select(other_values()),
        )
            .prop_filter("a value of another type", |(_, (_, kinds), other)| {
                !kinds.contains(&kind(other))
            });
        seeded_runner(1, i)
            .run(&strategy, |((json, expected), (key, _), other)| {
                let Json::Object(mut entries) = json else {
                    unreachable!("objects are built as objects")
                };
                entries.retain(|(k, _)| *k != key);
                entries.push((key.clone(), Json::Leaf(other.clone())));
                let text = Json::Object(entries).text();
                let mut expected = expected;
                expected[&key] = other.clone();
                let (encoded, strict, kept) =
                    tolerant_round_trip(name, &text, &key).map_err(TestCaseError::fail)?;
                prop_assert_eq!(&encoded, &expected, "{} from {}", name, text);
                if !strict {
                    prop_assert_eq!(kept.as_ref(), Some(&other), "{} from {}", name, text);
                }
                Ok(())
            })
            .unwrap_or_else(|failure| panic!("{name}: {failure}"));
    }
}

/// The keys an object schema lists as `required`.
fn required_keys(schema: &Value) -> BTreeSet<&str> {
    schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

/// The optional properties of an object schema, each with the JSON kinds
/// its field takes (`null` where it is an `Option`, so `null` is never a
/// value of another type for it).
fn optional_properties(spec: &Value, schema: &Value) -> Vec<(String, Vec<&'static str>)> {
    let required = required_keys(schema);
    let properties = schema.get("properties").and_then(Value::as_object);
    properties
        .into_iter()
        .flatten()
        .filter(|(key, _)| !required.contains(key.as_str()))
        .map(|(key, property)| {
            let mut kinds = kinds_of(spec, property);
            if !is_collection(property) {
                kinds.push("null");
            }
            (key.clone(), kinds)
        })
        .collect()
}

/// The JSON kinds a property's schema takes; every kind for a schema that
/// names none (free-form `Value`).
fn kinds_of(spec: &Value, schema: &Value) -> Vec<&'static str> {
    if let Some(alternatives) = schema.get("oneOf").and_then(Value::as_array) {
        return alternatives
            .iter()
            .flat_map(|a| kinds_of(spec, a))
            .collect();
    }
    let schema = resolve(spec, schema);
    let mut kinds = match schema.get("type").and_then(Value::as_str) {
        Some("string") => vec!["string"],
        Some("integer") => vec!["integer"],
        Some("number") => vec!["integer", "number"],
        Some("boolean") => vec!["boolean"],
        Some("array") => vec!["array"],
        Some("object") => vec!["object"],
        _ if schema.get("enum").is_some() => vec!["string"],
        _ => vec![
            "string", "integer", "number", "boolean", "array", "object", "null",
        ],
    };
    if schema.get("nullable") == Some(&Value::Bool(true)) {
        kinds.push("null");
    }
    kinds
}

/// One value of each JSON kind.
fn other_values() -> Vec<Value> {
    serde_json::from_str(r#"["51002", 3, 2.5, true, [1, "a"], {"k": {"n": null}}, null]"#).unwrap()
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Errors still name what is wrong, after a one-pass decode.
#[test]
fn a_missing_key_a_duplicate_key_and_a_wrong_type_are_errors_naming_the_key() {
    let message = r#"{"id":"m1","clientRequestId":"","createdAt":"2026-02-20T11:46:31Z",
        "updatedAt":"2026-02-20T11:46:31Z","deletedAt":null,"partition_key":"2026_02"}"#;
    let decode = |text: &str| serde_json::from_str::<types::Message>(text);
    assert!(decode(message).is_ok());

    let missing = decode(&message.replace(r#""id":"m1","#, "")).unwrap_err();
    assert!(
        missing.to_string().contains("missing field `id`"),
        "{missing}"
    );
    let duplicate = decode(&message.replace(r#""id":"m1","#, r#""id":"m1","id":"m2","#));
    let duplicate = duplicate.unwrap_err();
    assert!(
        duplicate.to_string().contains("duplicate field `id`"),
        "{duplicate}"
    );
    let wrong = decode(&message.replace(r#""id":"m1""#, r#""id":5"#)).unwrap_err();
    assert!(
        wrong
            .to_string()
            .starts_with("at `id`: invalid type: integer `5`"),
        "{wrong}"
    );
    // serde_json still knows where: the position survives the prefix.
    assert!(wrong.line() == 1 && wrong.column() > 0, "{wrong:?}");

    // Nested: the path of keys, from the page through a contact to its
    // company.
    let page = r#"{"total":1,"data":[{"id":"c1","company":{"id":5}}]}"#;
    let nested = serde_json::from_str::<types::ContactPage>(page).unwrap_err();
    assert!(
        nested
            .to_string()
            .starts_with("at `data.company.id`: invalid type: integer `5`"),
        "{nested}"
    );
    // Not an object at all.
    let array = decode("[1, 2]").unwrap_err();
    assert!(
        array.to_string().contains("expected struct Message"),
        "{array}"
    );
}

/// A JSON value whose objects keep their keys in the order generated.
#[derive(Clone, Debug)]
enum Json {
    Leaf(Value),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    fn text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Leaf(value) => out.push_str(&value.to_string()),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&Value::from(key.as_str()).to_string());
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// A generated value: what is sent, and what should come back.
type Case = (Json, Value);

fn leaf(value: Value) -> Case {
    (Json::Leaf(value.clone()), value)
}

/// An object of a schema with `properties`: its declared keys, random
/// undeclared ones, shuffled.
fn object(spec: &Value, schema: &Value, depth: u32) -> BoxedStrategy<Case> {
    let schema = resolve(spec, schema);
    let required = required_keys(schema);
    let properties = schema
        .get("properties")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let declared: BTreeSet<String> = properties.keys().cloned().collect();
    let mut entries: Vec<BoxedStrategy<Option<(String, Case, Dropped)>>> = Vec::new();
    for (key, property) in properties {
        let is_required = required.contains(key.as_str());
        let nested = is_object_ref(spec, &property);
        if !is_required && nested && depth >= MAX_DEPTH {
            continue;
        }
        // What an optional field writes back without its key.
        let dropped = Dropped {
            null: !is_required,
            empty: !is_required && is_collection(&property),
        };
        let value = value(spec, &property, depth + 1);
        let entry = value.prop_map(move |case| Some((key.clone(), case, dropped)));
        if is_required {
            entries.push(entry.boxed());
        } else {
            entries.push(prop_oneof![Just(None), entry].boxed());
        }
    }
    let undeclared = if schema.get("additionalProperties").is_some() {
        prop::collection::vec((key(), any_json()), 0..5).boxed()
    } else {
        Just(Vec::new()).boxed()
    };
    (entries, undeclared)
        .prop_flat_map(move |(entries, undeclared)| {
            let mut all: Vec<(String, Case, Dropped)> = entries.into_iter().flatten().collect();
            let mut seen = declared.clone();
            for (key, case) in undeclared {
                if seen.insert(key.clone()) {
                    all.push((key, case, Dropped::default()));
                }
            }
            Just(all).prop_shuffle()
        })
        .prop_map(|all| {
            let mut expected = Map::new();
            let mut sent = Vec::new();
            for (key, (json, value), dropped) in all {
                let dropped = match &value {
                    Value::Null => dropped.null,
                    Value::Array(items) => items.is_empty() && dropped.empty,
                    Value::Object(entries) => entries.is_empty() && dropped.empty,
                    _ => false,
                };
                if !dropped {
                    expected.insert(key.clone(), value);
                }
                sent.push((key, json));
            }
            (Json::Object(sent), Value::Object(expected))
        })
        .boxed()
}

/// Which values of a key are written back without it.
#[derive(Clone, Copy, Debug, Default)]
struct Dropped {
    /// `null` (an optional field: `None`).
    null: bool,
    /// `[]` or `{}` (an optional array or free-form object: an empty
    /// `Vec` or map, skipped when written).
    empty: bool,
}

/// A value of a property's schema.
fn value(spec: &Value, schema: &Value, depth: u32) -> BoxedStrategy<Case> {
    if let Some(alternatives) = schema.get("oneOf").and_then(Value::as_array) {
        let options: Vec<BoxedStrategy<Case>> = alternatives
            .iter()
            .map(|alternative| value(spec, alternative, depth))
            .collect();
        return proptest::strategy::Union::new(options).boxed();
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        return prop::sample::select(values.clone()).prop_map(leaf).boxed();
    }
    let schema = resolve(spec, schema);
    let plain = match schema.get("type").and_then(Value::as_str) {
        Some("string") => string(schema.get("format").and_then(Value::as_str)),
        Some("integer") => any::<i64>().prop_map(|n| leaf(n.into())).boxed(),
        Some("number") => (-1e6f64..1e6).prop_map(|n| leaf((n + 0.5).into())).boxed(),
        Some("boolean") => any::<bool>().prop_map(|b| leaf(b.into())).boxed(),
        Some("array") => {
            let items = value(spec, &schema["items"], depth);
            prop::collection::vec(items, 0..3)
                .prop_map(|items| {
                    let (sent, expected): (Vec<Json>, Vec<Value>) = items.into_iter().unzip();
                    (Json::Array(sent), Value::Array(expected))
                })
                .boxed()
        }
        Some("object") if schema.get("properties").is_some() => object(spec, schema, depth),
        Some("object") => prop::collection::btree_map(key(), any_json(), 0..4)
            .prop_map(|entries| {
                let expected = entries.iter().map(|(k, (_, v))| (k.clone(), v.clone()));
                let expected = Value::Object(expected.collect());
                (
                    Json::Object(entries.into_iter().map(|(k, (j, _))| (k, j)).collect()),
                    expected,
                )
            })
            .boxed(),
        _ => any_json(),
    };
    if schema.get("nullable") == Some(&Value::Bool(true)) {
        prop_oneof![Just(leaf(Value::Null)), plain].boxed()
    } else {
        plain
    }
}

/// Strings, timestamps in the layouts their format names.
fn string(format: Option<&str>) -> BoxedStrategy<Case> {
    let date = (
        1970u32..2100,
        1u32..13,
        1u32..29,
        0u32..24,
        0u32..60,
        0u32..60,
    );
    let fraction = prop_oneof![Just(String::new()), "\\.[0-9]{1,9}"];
    match format {
        Some("date-time") => {
            let offset = prop_oneof![Just("Z".to_owned()), "[+-](0[0-9]|1[0-3]):(00|30)"];
            (date, fraction, offset)
                .prop_map(|((y, mo, d, h, mi, s), fraction, offset)| {
                    leaf(
                        format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{fraction}{offset}")
                            .into(),
                    )
                })
                .boxed()
        }
        Some("klink-timestamp") => {
            let fraction = prop_oneof![Just(String::new()), "\\.[0-9]{3}"];
            (date, fraction, "[+-]0[0-9]")
                .prop_map(|((y, mo, d, h, mi, s), fraction, offset)| {
                    leaf(
                        format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}{fraction}{offset}")
                            .into(),
                    )
                })
                .boxed()
        }
        _ => "\\PC{0,12}".prop_map(|s| leaf(s.into())).boxed(),
    }
}

/// Object keys: plain ones and ones that need escapes in JSON.
fn key() -> BoxedStrategy<String> {
    prop_oneof![
        "[a-zA-Z_][a-zA-Z0-9_]{0,10}",
        "\\PC{1,6}",
        "[\"\\\\/\n]{1,3}"
    ]
    .boxed()
}

/// Any JSON value, nested up to three levels.
fn any_json() -> BoxedStrategy<Case> {
    let leaf_value = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e9f64..1e9).prop_map(Value::from),
        "\\PC{0,10}".prop_map(Value::from),
    ];
    leaf_value
        .prop_map(leaf)
        .prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(|items| {
                    let (sent, expected): (Vec<Json>, Vec<Value>) = items.into_iter().unzip();
                    (Json::Array(sent), Value::Array(expected))
                }),
                prop::collection::btree_map(key(), inner, 0..4).prop_map(|entries| {
                    let expected = entries.iter().map(|(k, (_, v))| (k.clone(), v.clone()));
                    let expected = Value::Object(expected.collect());
                    let sent = entries.into_iter().map(|(k, (j, _))| (k, j)).collect();
                    (Json::Object(sent), expected)
                }),
            ]
        })
        .boxed()
}

/// Follows a `$ref` to its component schema.
fn resolve<'a>(spec: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => spec
            .pointer(reference.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("dangling {reference}")),
        None => schema,
    }
}

/// Whether a property is (or may be) an object with declared properties,
/// which could nest without end.
fn is_object_ref(spec: &Value, schema: &Value) -> bool {
    let direct = resolve(spec, schema);
    let alternatives = schema.get("oneOf").and_then(Value::as_array);
    let items = direct.get("items").map(|items| resolve(spec, items));
    std::iter::once(direct)
        .chain(alternatives.into_iter().flatten().map(|a| resolve(spec, a)))
        .chain(items)
        .any(|s| s.get("properties").is_some())
}

/// Whether an optional property becomes a `Vec` or a map that is skipped
/// when empty (an inline array, or an inline object without declared
/// properties; a `$ref` to one becomes a named type inside an `Option`).
fn is_collection(schema: &Value) -> bool {
    let collection = match schema.get("type").and_then(Value::as_str) {
        Some("array") => true,
        Some("object") => schema.get("properties").is_none(),
        _ => false,
    };
    collection && schema.get("nullable") != Some(&Value::Bool(true))
}
