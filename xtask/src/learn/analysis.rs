//! Every captured exchange, sorted: to another host (counted), to an
//! operation of the spec (its bodies validated and walked), or to a path
//! the spec does not have (grouped into a candidate operation).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use codegen::{SchemaValidators, escape_token, operation_pointer, resolve_ref_at};
use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;

use super::candidates::{self, Candidate};
use super::har::{Capture, Exchange};
use super::route::{self, Base, Router};
use super::shape::{Shape, json_type, key_looks_like_data};
use super::walk::{self, Found};

/// What was seen for one operation of the spec.
#[derive(Debug, Default)]
pub struct OperationFindings {
    /// Exchanges routed to it.
    pub entries: u64,
    /// Answers by status.
    pub statuses: BTreeMap<u16, u64>,
    /// Request and documented-response bodies, by place (`request`, `response 200`).
    pub places: BTreeMap<String, Place>,
    /// Bodies of statuses the operation does not document.
    pub undocumented: BTreeMap<u16, Shape>,
    /// Query keys the operation does not document: the types of their
    /// values (never the values), one sample per request.
    pub query: BTreeMap<String, Shape>,
}

impl OperationFindings {
    /// Answers with a 2xx status.
    pub fn successes(&self) -> u64 {
        self.statuses
            .iter()
            .filter(|(status, _)| (200..300).contains(*status))
            .map(|(_, n)| n)
            .sum()
    }
}

/// The bodies seen at one place of an operation, against its schema.
#[derive(Debug, Default)]
pub struct Place {
    /// JSON pointer of the schema.
    pub schema: String,
    /// Bodies checked.
    pub bodies: u64,
    /// (instance path, problem) → bodies that had it.
    pub problems: BTreeMap<(String, String), u64>,
    /// Extra keys and date-time-like strings.
    pub found: Found,
    /// When the spec leaves this body untyped: what is needed to type it.
    pub loose: Option<Loose>,
}

/// Bodies the spec leaves untyped (`LooseObject`, `Unpublished`, a
/// response without `content`), kept so that a schema can be proposed.
#[derive(Debug, Default)]
pub struct Loose {
    /// The node that holds (or would hold) `content`: a `requestBody` or a
    /// response, inside the operation.
    pub holder: String,
    /// Its JSON media type; `None` when it has no `content`.
    pub media: Option<String>,
    /// The loose component it refers to, if it refers to one.
    pub current: Option<String>,
    /// The bodies' merged shape.
    pub shape: Shape,
    /// A few bodies, to judge whether an existing component fits them;
    /// never reported.
    pub samples: Vec<Value>,
}

/// Bodies kept per untyped place to match components against.
const LOOSE_SAMPLES: usize = 20;

/// What one of the spec's example files shows, walked like a captured body.
#[derive(Debug)]
pub struct Example {
    /// The file as the spec names it (`examples/contacts.get.response.200.prefix.json`).
    pub file: String,
    /// Extra keys, declared properties' types, strings.
    pub found: Found,
}

/// Counts over every file.
#[derive(Debug, Default)]
pub struct Counts {
    /// Files read.
    pub files: usize,
    /// Entries with a response.
    pub exchanges: u64,
    /// Routed to an operation.
    pub matched: u64,
    /// To the API's host but no operation.
    pub unmatched: u64,
    /// To other hosts: skipped.
    pub foreign: u64,
    /// Skipped: no response.
    pub without_response: u64,
    /// Bodies skipped: not JSON.
    pub non_json_bodies: u64,
    /// Bodies skipped: bad base64.
    pub undecodable_bodies: u64,
}

/// Everything learned from the captures.
pub struct Analysis<'s> {
    raw: &'s Value,
    router: Router,
    bases: Vec<Base>,
    validators: SchemaValidators,
    cache: HashMap<String, Option<jsonschema::Validator>>,
    keep_values: bool,
    /// Per operation (index into [`Analysis::operations`]).
    pub findings: BTreeMap<usize, OperationFindings>,
    /// Candidate operations, by (method, path template).
    pub candidates: BTreeMap<(String, String), Candidate>,
    /// Counts.
    pub counts: Counts,
    /// The spec's example files: evidence beside the captures.
    pub examples: Vec<Example>,
}

impl<'s> Analysis<'s> {
    /// An empty analysis against the spec document `raw`.
    pub fn new(raw: &'s Value, bases: Vec<Base>, keep_values: bool) -> Self {
        Self {
            raw,
            router: Router::new(raw),
            bases,
            validators: SchemaValidators::new(raw),
            cache: HashMap::new(),
            keep_values,
            findings: BTreeMap::new(),
            candidates: BTreeMap::new(),
            counts: Counts::default(),
            examples: Vec::new(),
        }
    }

    /// Walks the spec's example files against the schemas beside them, so
    /// that what the docs show counts as evidence (a file that does not
    /// read is the spec check's business, and skipped here).
    pub fn add_examples(&mut self, files: &[codegen::ExampleFile]) {
        for example in files {
            let Some(holder) = example
                .pointer
                .rfind("/examples/")
                .map(|at| &example.pointer[..at])
            else {
                continue;
            };
            let name = self
                .raw
                .pointer(&format!("{}/externalValue", &example.pointer[1..]))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            let value = std::fs::read_to_string(&example.file)
                .ok()
                .and_then(|text| serde_json::from_str::<Value>(&text).ok());
            let Some(value) = value else {
                continue;
            };
            let mut found = Found::default();
            walk::walk(
                self.raw,
                &format!("{holder}/schema"),
                &value,
                &mut found,
                false,
            );
            self.examples.push(Example { file: name, found });
        }
    }

    /// The spec's operations.
    pub fn operations(&self) -> &[route::Operation] {
        &self.router.operations
    }

    /// Adds one file's exchanges.
    pub fn add_capture(&mut self, capture: &Capture) {
        self.counts.files += 1;
        self.counts.without_response += capture.without_response as u64;
        self.counts.non_json_bodies += capture.non_json_bodies as u64;
        self.counts.undecodable_bodies += capture.undecodable_bodies as u64;
        for exchange in &capture.exchanges {
            self.add(exchange);
        }
    }

    fn add(&mut self, exchange: &Exchange) {
        self.counts.exchanges += 1;
        let Some(path) = route::api_path(&exchange.url, &self.bases) else {
            self.counts.foreign += 1;
            return;
        };
        let Some(index) = self.router.route(&exchange.method, &path) else {
            self.counts.unmatched += 1;
            let (template, params) = candidates::template(&path);
            let key = (exchange.method.clone(), template);
            let candidate = self.candidates.entry(key).or_default();
            candidate.params = params;
            candidate.add(exchange, self.keep_values);
            return;
        };
        self.counts.matched += 1;
        let operation = &self.router.operations[index];
        let at = operation_pointer(&operation.route, &operation.method.to_ascii_lowercase());
        let findings = self.findings.entry(index).or_default();
        findings.entries += 1;
        *findings.statuses.entry(exchange.status).or_default() += 1;
        for (key, ty) in &exchange.query {
            if !operation.query.contains(key) && !key_looks_like_data(key) {
                let shape = findings.query.entry(key.clone()).or_default();
                shape.add_type(&match *ty {
                    "integer" => Value::from(0),
                    "boolean" => Value::Bool(false),
                    _ => Value::String(String::new()),
                });
            }
        }
        if let Some(body) = &exchange.request {
            let holder = format!("{at}/requestBody");
            if let Some(schema) = body_schema(self.raw, &holder) {
                self.check("request".to_owned(), index, schema.clone(), body);
                self.keep_loose("request".to_owned(), index, &holder, Some(schema), body);
            }
        }
        let Some(key) = response_key(self.raw, &at, exchange.status) else {
            let findings = self.findings.entry(index).or_default();
            let shape = findings.undocumented.entry(exchange.status).or_default();
            if let Some(body) = &exchange.response {
                shape.add(body, self.keep_values);
            }
            return;
        };
        let holder = format!("{at}/responses/{}", escape_token(&key));
        if let Some(body) = &exchange.response {
            let place = format!("response {}", exchange.status);
            match body_schema(self.raw, &holder) {
                Some(schema) => {
                    self.check(place.clone(), index, schema.clone(), body);
                    self.keep_loose(place, index, &holder, Some(schema), body);
                }
                None => self.keep_loose(place, index, &holder, None, body),
            }
        }
    }

    /// Keeps a body whose schema (at `schema`; `None`: the holder has no
    /// `content`) is loose, and whose holder is the operation's own (a
    /// shared one in `components` is not retyped for one operation).
    fn keep_loose(
        &mut self,
        place: String,
        index: usize,
        holder: &str,
        schema: Option<String>,
        body: &Value,
    ) {
        let Some((holder, node)) = resolve_ref_at(self.raw, holder) else {
            return;
        };
        if !holder.starts_with("#/paths/") || !body.is_object() {
            return;
        }
        let media = match &schema {
            Some(schema) if !is_loose(self.raw, schema) => return,
            Some(_) => json_media(node).map(str::to_owned),
            None if node.get("content").is_some() => return,
            None => None,
        };
        let current = schema.filter(|s| s.starts_with("#/components/schemas/"));
        let findings = self.findings.entry(index).or_default();
        let place = findings.places.entry(place).or_default();
        let loose = place.loose.get_or_insert_with(|| Loose {
            holder,
            media,
            current,
            ..Loose::default()
        });
        loose.shape.add(body, false);
        if loose.samples.len() < LOOSE_SAMPLES {
            loose.samples.push(body.clone());
        }
    }

    /// Validates one body with the example check's validator and walks it.
    fn check(&mut self, place: String, index: usize, schema: String, body: &Value) {
        let validators = &self.validators;
        let raw = self.raw;
        let validator = self.cache.entry(schema.clone()).or_insert_with(|| {
            let node = raw.pointer(schema.strip_prefix('#').unwrap_or(&schema))?;
            validators.validator(node).ok()
        });
        let problems: BTreeSet<(String, String)> = validator
            .iter()
            .flat_map(|v| v.iter_errors(body))
            .map(|error| {
                let path = normalize(&error.instance_path().to_string());
                (path, problem(&error))
            })
            .collect();
        let findings = self.findings.entry(index).or_default();
        let place = findings.places.entry(place).or_default();
        place.schema.clone_from(&schema);
        place.bodies += 1;
        for problem in problems {
            *place.problems.entry(problem).or_default() += 1;
        }
        walk::walk(self.raw, &schema, body, &mut place.found, self.keep_values);
    }
}

/// What is wrong, by JSON type and keyword, never by value.
fn problem(error: &jsonschema::ValidationError<'_>) -> String {
    let actual = json_type(error.instance());
    match error.kind() {
        ValidationErrorKind::Type { .. } if actual == "null" => {
            "null where the schema is not nullable".to_owned()
        }
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(ty) => ty.to_string(),
                TypeKind::Multiple(set) => set
                    .iter()
                    .map(|ty| ty.to_string())
                    .collect::<Vec<_>>()
                    .join(" or "),
            };
            format!("type mismatch: {actual} where the schema says {expected}")
        }
        ValidationErrorKind::Required { property } => {
            format!("required key {property} missing")
        }
        ValidationErrorKind::OneOfNotValid { .. } | ValidationErrorKind::AnyOf { .. } => {
            format!("type mismatch: {actual} fits none of the schema's choices")
        }
        _ => format!("{actual}: {}", error.masked()),
    }
}

/// `/data/3/x` → `/data/*/x`: one line per place, not per array item.
fn normalize(path: &str) -> String {
    let path = path
        .split('/')
        .map(|s| {
            if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
                "*"
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join("/");
    if path.is_empty() {
        "/".to_owned()
    } else {
        path
    }
}

/// The `responses` key that documents a status: the status itself, its
/// class (`2XX`), or `default`.
fn response_key(raw: &Value, operation: &str, status: u16) -> Option<String> {
    let responses = raw
        .pointer(&format!("{}/responses", &operation[1..]))?
        .as_object()?;
    let exact = status.to_string();
    let class = format!("{}XX", status / 100);
    [exact, class, "default".to_owned()]
        .into_iter()
        .find(|key| {
            responses.contains_key(key) || responses.contains_key(&key.to_ascii_lowercase())
        })
        .map(|key| {
            if responses.contains_key(&key) {
                key
            } else {
                key.to_ascii_lowercase()
            }
        })
}

/// Whether the schema at `pointer` says nothing of an object's keys: no
/// `properties`, not a typed map, not an array, a choice or an enum
/// (`LooseObject`, `Unpublished`).
pub fn is_loose(raw: &Value, pointer: &str) -> bool {
    let Some((_, node)) = resolve_ref_at(raw, pointer) else {
        return false;
    };
    let Some(schema) = node.as_object() else {
        return false;
    };
    let typed_map = schema
        .get("additionalProperties")
        .is_some_and(|a| a.as_object().is_some_and(|a| !a.is_empty()) || a == false);
    let object_or_any = schema
        .get("type")
        .is_none_or(|ty| ty.as_str() == Some("object"));
    object_or_any
        && !typed_map
        && !["properties", "items", "oneOf", "anyOf", "allOf", "enum"]
            .iter()
            .any(|k| schema.contains_key(*k))
}

/// The JSON media type of a `content` holder.
fn json_media(node: &Value) -> Option<&str> {
    let content = node.get("content")?.as_object()?;
    content
        .keys()
        .find(|media| media.as_str() == "application/json")
        .or_else(|| content.keys().find(|media| media.contains("json")))
        .map(String::as_str)
}

/// The pointer of the JSON schema of a request body or response (following
/// a `$ref` to `components`), if it has JSON content.
fn body_schema(raw: &Value, holder: &str) -> Option<String> {
    let (at, node) = resolve_ref_at(raw, holder)?;
    let content = node.get("content")?.as_object()?;
    let media = json_media(node)?;
    // A `$ref` is followed, so the report names the component (`ContactPage`).
    match content[media]
        .get("schema")?
        .get("$ref")
        .and_then(Value::as_str)
    {
        Some(target) => Some(target.to_owned()),
        None => Some(format!("{at}/content/{}/schema", escape_token(media))),
    }
}
