//! Which operations are paginated, and where their items are: the rule
//! `emit::client::streams` adds a `stream()` by.
//!
//! # Which operations are paginated
//!
//! Read from the spec, no annotation needed. An operation is paginated when
//!
//! 1. it is a `GET` with the query parameters `page` and `pageSize`, and
//! 2. its success response (`200`, else the first `2XX`, as JSON) is a
//!    **list envelope**, or has exactly one property that is one. A list
//!    envelope is an object with an array `data` and at least one of the
//!    counters `total`, `page`, `pageSize` and `lastPage`: the docs'
//!    `{total, page, pageSize, lastPage, data}`, and CX logs'
//!    `{requestId, cxLogs: {data, total, ...}}`.
//!
//! `$ref`s, `allOf` (properties merged) and nullable references
//! (`oneOf: [{$ref}, {enum: [null]}]`) are seen through. An operation whose
//! response is not a list envelope, or that lacks either parameter (so a
//! page could not be asked for), gets no `stream()`.
//!

use serde_json::{Map, Value};

use crate::pointer::{each_operation, resolve_ref};
use crate::spec::Spec;

/// The counters of a list envelope, by JSON key, with the name the walker's
/// `Page` gives each.
pub(crate) const COUNTERS: [(&str, &str); 4] = [
    ("page", "page"),
    ("pageSize", "page_size"),
    ("total", "total"),
    ("lastPage", "last_page"),
];

/// The query parameters that select a page.
const PAGE_PARAMETERS: [&str; 2] = ["page", "pageSize"];

/// A paginated operation, as the spec shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Paginated {
    /// Its `operationId`.
    pub operation_id: String,
    /// The response property that holds the envelope (`cxLogs`), or `None`
    /// when the response is the envelope.
    pub nested_under: Option<String>,
}

/// The paginated operations of `spec`, in the spec's order.
pub(crate) fn paginated_operations(spec: &Spec) -> Vec<Paginated> {
    let raw = &spec.raw;
    let mut found = Vec::new();
    for (route, method, operation) in each_operation(raw) {
        if method != "get" {
            continue;
        }
        let item = &raw["paths"][route];
        let Some(id) = operation.get("operationId").and_then(Value::as_str) else {
            continue;
        };
        if !has_page_parameters(raw, item, operation) {
            continue;
        }
        let Some(schema) = success_schema(raw, operation) else {
            continue;
        };
        if let Some(nested_under) = envelope_location(raw, schema) {
            found.push(Paginated {
                operation_id: id.to_owned(),
                nested_under,
            });
        }
    }
    found
}

/// Whether the operation (or its path item) declares `page` and `pageSize`
/// as query parameters.
fn has_page_parameters(raw: &Value, item: &Value, operation: &Value) -> bool {
    let query_names: Vec<&str> = [item, operation]
        .into_iter()
        .filter_map(|node| node.get("parameters").and_then(Value::as_array))
        .flatten()
        .filter_map(|parameter| resolve_through(raw, parameter))
        .filter(|parameter| parameter.get("in").and_then(Value::as_str) == Some("query"))
        .filter_map(|parameter| parameter.get("name").and_then(Value::as_str))
        .collect();
    PAGE_PARAMETERS
        .iter()
        .all(|name| query_names.contains(name))
}

/// The JSON schema of the `200` response, else of the first `2XX` one.
fn success_schema<'a>(raw: &'a Value, operation: &'a Value) -> Option<&'a Value> {
    let responses = operation.get("responses")?.as_object()?;
    let mut statuses: Vec<&String> = responses
        .keys()
        .filter(|status| status.starts_with('2'))
        .collect();
    statuses.sort_by_key(|status| (status.as_str() != "200", status.as_str()));
    let response = resolve_through(raw, responses.get(statuses.first()?.as_str())?)?;
    let content = response.get("content")?.as_object()?;
    let media = content.get("application/json").or_else(|| {
        content
            .iter()
            .find(|(k, _)| k.ends_with("json"))
            .map(|(_, v)| v)
    })?;
    resolve_through(raw, media.get("schema")?)
}

/// Where the list envelope is: `Some(None)` for the schema itself,
/// `Some(Some(key))` for its one property `key` that is an envelope, `None`
/// when there is none (or more than one).
fn envelope_location(raw: &Value, schema: &Value) -> Option<Option<String>> {
    let properties = properties(raw, schema);
    if is_envelope(raw, &properties) {
        return Some(None);
    }
    let mut nested = properties.iter().filter(|(_, property)| {
        resolve_through(raw, property).is_some_and(|p| is_envelope(raw, &self::properties(raw, p)))
    });
    match (nested.next(), nested.next()) {
        (Some((key, _)), None) => Some(Some(key.clone())),
        _ => None,
    }
}

fn is_envelope(raw: &Value, properties: &Map<String, Value>) -> bool {
    let data_is_array = properties
        .get("data")
        .and_then(|data| resolve_through(raw, data))
        .is_some_and(|data| {
            data.get("type").and_then(Value::as_str) == Some("array") || data.get("items").is_some()
        });
    data_is_array
        && COUNTERS
            .iter()
            .any(|(key, _)| properties.contains_key(*key))
}

/// The properties of an object schema, `allOf` members merged.
fn properties(raw: &Value, schema: &Value) -> Map<String, Value> {
    let mut merged = Map::new();
    let Some(schema) = resolve_through(raw, schema) else {
        return merged;
    };
    for member in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        merged.extend(properties(raw, member));
    }
    if let Some(own) = schema.get("properties").and_then(Value::as_object) {
        merged.extend(own.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    merged
}

/// Follows local `$ref`s, and a nullable reference's `oneOf`/`anyOf` to its
/// one non-null alternative.
fn resolve_through<'a>(raw: &'a Value, node: &'a Value) -> Option<&'a Value> {
    let mut node = node;
    // A reference cycle cannot hold a list envelope; stop rather than spin.
    for _ in 0..32 {
        node = resolve_ref(raw, node)?;
        let alternatives = node
            .get("oneOf")
            .or_else(|| node.get("anyOf"))
            .and_then(Value::as_array);
        if let Some(alternatives) = alternatives {
            let mut non_null = alternatives.iter().filter(|a| !is_null_schema(a));
            if let (Some(only), None) = (non_null.next(), non_null.next()) {
                node = only;
                continue;
            }
        }
        return Some(node);
    }
    None
}

fn is_null_schema(schema: &Value) -> bool {
    schema.get("enum").and_then(Value::as_array) == Some(&vec![Value::Null])
        || schema.get("type").and_then(Value::as_str) == Some("null")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A spec with the given operations (YAML under `paths:`) and schemas
    /// (under `components.schemas:`).
    pub(crate) fn spec(paths: &str, schemas: &str) -> Spec {
        let indent = |text: &str, by: usize| {
            text.lines()
                .map(|line| format!("{}{line}\n", " ".repeat(by)))
                .collect::<String>()
        };
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: T, version: \"1\"}}\npaths:\n{}components:\n  parameters:\n    Page: {{name: page, in: query, schema: {{type: integer}}}}\n    PageSize: {{name: pageSize, in: query, schema: {{type: integer}}}}\n  schemas:\n{}    Thing:\n      type: object\n      required: [id]\n      properties:\n        id: {{type: string}}\n",
            indent(paths, 2),
            indent(schemas, 4)
        );
        crate::load_str("fixture.yaml", &text).unwrap_or_else(|e| panic!("{e}\n{text}"))
    }

    /// A `GET` at `route` with the given parameters answering `schema`.
    pub(crate) fn list(route: &str, id: &str, parameters: &str, schema: &str) -> String {
        format!(
            "{route}:\n  get:\n    operationId: {id}\n    parameters: [{parameters}]\n    responses:\n      \"200\":\n        description: ok\n        content:\n          application/json:\n            schema: {schema}\n"
        )
    }

    pub(crate) const ENVELOPE: &str = "ThingPage:\n  type: object\n  properties:\n    total: {type: integer}\n    page: {type: integer}\n    pageSize: {type: integer}\n    lastPage: {type: integer}\n    data: {type: array, items: {$ref: \"#/components/schemas/Thing\"}}\n";

    pub(crate) fn paged() -> String {
        "{$ref: \"#/components/parameters/Page\"}, {$ref: \"#/components/parameters/PageSize\"}"
            .to_owned()
    }

    fn ids(spec: &Spec) -> Vec<(String, Option<String>)> {
        paginated_operations(spec)
            .into_iter()
            .map(|p| (p.operation_id, p.nested_under))
            .collect()
    }

    #[test]
    fn a_flat_envelope_with_page_parameters_is_paginated() {
        let spec = spec(
            &list(
                "/things",
                "list_things",
                &paged(),
                "{$ref: \"#/components/schemas/ThingPage\"}",
            ),
            ENVELOPE,
        );
        assert_eq!(ids(&spec), [("list_things".to_owned(), None)]);
    }

    #[test]
    fn an_envelope_nested_under_one_property_is_found() {
        let schemas = format!(
            "{ENVELOPE}ThingResponse:\n  type: object\n  properties:\n    requestId: {{type: string}}\n    things:\n      oneOf: [{{$ref: \"#/components/schemas/ThingPage\"}}, {{enum: [null]}}]\n"
        );
        let spec = spec(
            &list(
                "/things",
                "list_things",
                &paged(),
                "{$ref: \"#/components/schemas/ThingResponse\"}",
            ),
            &schemas,
        );
        assert_eq!(
            ids(&spec),
            [("list_things".to_owned(), Some("things".to_owned()))]
        );
    }

    #[test]
    fn all_of_envelopes_and_path_level_parameters_count() {
        let schemas = "Counters:\n  type: object\n  properties:\n    total: {type: integer}\nThingPage:\n  allOf:\n    - $ref: \"#/components/schemas/Counters\"\n    - type: object\n      properties:\n        data: {type: array, items: {$ref: \"#/components/schemas/Thing\"}}\n";
        let paths = format!(
            "/things:\n  parameters: [{}]\n  get:\n    operationId: list_things\n    responses:\n      \"200\":\n        description: ok\n        content:\n          application/json:\n            schema: {{$ref: \"#/components/schemas/ThingPage\"}}\n",
            paged()
        );
        assert_eq!(
            ids(&spec(&paths, schemas)),
            [("list_things".to_owned(), None)]
        );
    }

    #[test]
    fn operations_that_cannot_page_or_do_not_answer_a_list_envelope_are_not_paginated() {
        let schemas = format!(
            "{ENVELOPE}DataOnly:\n  type: object\n  properties:\n    data: {{type: array, items: {{$ref: \"#/components/schemas/Thing\"}}}}\nTwoPages:\n  type: object\n  properties:\n    a: {{$ref: \"#/components/schemas/ThingPage\"}}\n    b: {{$ref: \"#/components/schemas/ThingPage\"}}\n"
        );
        let page_only = "{$ref: \"#/components/parameters/Page\"}";
        let paths = [
            list(
                "/a",
                "no_page_size",
                page_only,
                "{$ref: \"#/components/schemas/ThingPage\"}",
            ),
            list(
                "/b",
                "no_counters",
                &paged(),
                "{$ref: \"#/components/schemas/DataOnly\"}",
            ),
            list(
                "/c",
                "one_thing",
                &paged(),
                "{$ref: \"#/components/schemas/Thing\"}",
            ),
            list(
                "/d",
                "two_envelopes",
                &paged(),
                "{$ref: \"#/components/schemas/TwoPages\"}",
            ),
        ]
        .concat();
        assert!(ids(&spec(&paths, &schemas)).is_empty());
    }
}
