//! What the evidence supports, as spec edits: optional properties for the
//! extra keys of schemas that declare properties; for declared properties
//! whose captured values contradict their type, the widening that decodes
//! every sample (`nullable`, or a `oneOf` of the types seen), and for
//! strings that are all timestamps, the `format` the runtime reads as
//! `klink_api::Timestamp`; dropping `x-klink-path: unconfirmed` where the
//! path was answered 2xx. The spec's own example files are evidence too: a
//! null in one makes a learned property nullable, and a proposal one
//! contradicts is held as a conflict naming both. Everything else is
//! reported only.

use std::collections::BTreeMap;

use codegen::{field_name, type_name};
use serde_json::Value;

use super::analysis::{Analysis, Example};
use super::bodies::{self, Untyped};
use super::shape::{Kind, Shape, key_looks_like_data};
use super::typing;
use super::walk::OwnerStats;

/// A property to add to an object schema.
#[derive(Debug, Clone)]
pub struct NewProperty {
    /// JSON pointer of the object schema.
    pub owner: String,
    /// The key.
    pub key: String,
    /// Its merged samples.
    pub shape: Shape,
    /// Objects of that schema seen (for "seen in X of Y").
    pub of: u64,
    /// An example file of the spec that shows the key as `null` when no
    /// capture did: the property is nullable because of it.
    pub null_in_example: Option<String>,
}

/// An unconfirmed path the captures confirm.
#[derive(Debug, Clone)]
pub struct Confirmed {
    /// The path template.
    pub route: String,
    /// Lower-case method.
    pub method: String,
    /// The `operationId`.
    pub id: String,
    /// 2xx answers seen.
    pub answers: u64,
}

/// An undocumented query key, to document as an optional parameter.
#[derive(Debug, Clone)]
pub struct QueryParameter {
    /// The path template.
    pub route: String,
    /// Lower-case method.
    pub method: String,
    /// The `operationId`.
    pub id: String,
    /// The key.
    pub key: String,
    /// Its values' JSON types, one sample per request that had it.
    pub shape: Shape,
    /// Requests to the operation.
    pub of: u64,
}

impl QueryParameter {
    /// The parameter's schema type: `integer` or `boolean` when every
    /// value read so, else `string` (what any query value is).
    pub fn schema_type(&self) -> &'static str {
        match self.shape.kind() {
            Kind::Integer => "integer",
            Kind::Boolean => "boolean",
            _ => "string",
        }
    }
}

/// How a declared property's schema changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// `nullable: true` beside its `type`.
    Nullable,
    /// Its `type` becomes a `oneOf` of these types (a `null` member too
    /// when `nullable`), which the generator makes a Rust enum.
    OneOf {
        /// The JSON types, the declared one first.
        types: Vec<&'static str>,
        /// Whether `null` was seen (or was allowed already).
        nullable: bool,
    },
    /// `format: <this>` beside `type: string`.
    Format(&'static str),
}

/// A change of a declared property's schema that decodes every sample.
#[derive(Debug, Clone)]
pub struct Retype {
    /// JSON pointer of the object schema.
    pub owner: String,
    /// The property's key.
    pub key: String,
    /// The change.
    pub change: Change,
    /// The field's Rust type before.
    pub rust_before: String,
    /// The field's Rust type after.
    pub rust_after: String,
    /// What was seen, e.g. `integer ×1, string ×1`.
    pub evidence: String,
}

impl Retype {
    /// Whether users' code may break: the field's Rust type changes.
    pub fn breaking(&self) -> bool {
        self.rust_before != self.rust_after
    }
}

/// One edit of the spec that `--apply` may write.
#[derive(Debug, Clone)]
pub enum Proposal {
    /// Add an optional property.
    Property(NewProperty),
    /// Change a declared property's schema.
    Retype(Retype),
    /// Drop a path's `x-klink-path: unconfirmed`.
    Confirm(Confirmed),
    /// Document an optional query parameter.
    Query(QueryParameter),
    /// Give an untyped body a schema (a breaking change: its Rust type
    /// changes).
    Body(Box<Untyped>),
}

impl Proposal {
    /// Whether it needs `--allow-breaking`.
    pub fn breaking(&self) -> bool {
        match self {
            Proposal::Retype(retype) => retype.breaking(),
            Proposal::Body(_) => true,
            _ => false,
        }
    }
}

/// Every proposal, and what is reported but not proposed.
#[derive(Debug, Default)]
pub struct Proposals {
    /// The edits, in the order they are applied: properties, retypes
    /// (each by schema then key), then marks.
    pub list: Vec<Proposal>,
    /// (owner, key) → why the extra key is not proposed.
    pub held: BTreeMap<(String, String), String>,
    /// (owner, key) → why a declared property that needs a change gets
    /// none (a contradiction left to a person).
    pub unresolved: BTreeMap<(String, String), String>,
    /// (operationId, query key) → why the undocumented key is not proposed.
    pub held_query: BTreeMap<(String, String), String>,
}

impl Proposals {
    /// How many edits `--apply` would make (with `--allow-breaking`).
    pub fn edits(&self) -> usize {
        self.list.len()
    }

    /// The properties to add.
    pub fn properties(&self) -> impl Iterator<Item = &NewProperty> {
        self.list.iter().filter_map(|p| match p {
            Proposal::Property(new) => Some(new),
            _ => None,
        })
    }
}

/// Works out the proposals from everything seen.
pub fn propose(raw: &Value, analysis: &Analysis<'_>) -> Proposals {
    let mut owners: BTreeMap<String, OwnerStats> = BTreeMap::new();
    let mut declared: BTreeMap<String, Shape> = BTreeMap::new();
    for findings in analysis.findings.values() {
        for place in findings.places.values() {
            for (owner, stats) in &place.found.owners {
                owners.entry(owner.clone()).or_default().merge(stats);
            }
            for (at, shape) in &place.found.declared {
                declared.entry(at.clone()).or_default().merge(shape);
            }
        }
    }
    let mut proposals = Proposals::default();
    let mut properties = Vec::new();
    for (owner, stats) in &owners {
        propose_properties(
            raw,
            owner,
            stats,
            &analysis.examples,
            &mut properties,
            &mut proposals.held,
        );
    }
    proposals
        .list
        .extend(properties.into_iter().map(Proposal::Property));
    for (at, shape) in &declared {
        match retype(raw, at, shape, &analysis.examples) {
            Some(Ok(retype)) => proposals.list.push(Proposal::Retype(retype)),
            Some(Err((owner, key, reason))) => {
                proposals.unresolved.insert((owner, key), reason);
            }
            None => {}
        }
    }
    proposals.list.extend(
        bodies::untyped(raw, analysis)
            .into_iter()
            .map(|body| Proposal::Body(Box::new(body))),
    );
    for (index, findings) in &analysis.findings {
        let operation = &analysis.operations()[*index];
        let mut rust_names: BTreeMap<String, String> = operation
            .query
            .iter()
            .map(|name| (field_name(name), name.clone()))
            .collect();
        for (key, shape) in &findings.query {
            let rust_name = field_name(key);
            let lower = key.to_ascii_lowercase();
            let reason = if CREDENTIAL_WORDS.iter().any(|word| lower.contains(word)) {
                Some("not applied: the name suggests a credential".to_owned())
            } else if rust_name.is_empty() {
                Some("not applied: the key has no Rust name".to_owned())
            } else {
                rust_names.get(&rust_name).map(|other| {
                    format!("not applied: its Rust name `{rust_name}` is also `{other}`'s")
                })
            };
            if let Some(reason) = reason {
                proposals
                    .held_query
                    .insert((operation.id.clone(), key.clone()), reason);
                continue;
            }
            rust_names.insert(rust_name, key.clone());
            proposals.list.push(Proposal::Query(QueryParameter {
                route: operation.route.clone(),
                method: operation.method.to_ascii_lowercase(),
                id: operation.id.clone(),
                key: key.clone(),
                shape: shape.clone(),
                of: findings.entries,
            }));
        }
    }
    for (index, findings) in &analysis.findings {
        let operation = &analysis.operations()[*index];
        if operation.unconfirmed && findings.successes() > 0 {
            proposals.list.push(Proposal::Confirm(Confirmed {
                route: operation.route.clone(),
                method: operation.method.to_ascii_lowercase(),
                id: operation.id.clone(),
                answers: findings.successes(),
            }));
        }
    }
    proposals
}

/// Query keys whose name suggests a credential are never proposed: a
/// token belongs in a header, not in the spec's parameters.
const CREDENTIAL_WORDS: [&str; 6] = ["token", "secret", "password", "auth", "key", "signature"];

/// The shape each example file shows for an extra key of `owner`.
fn example_extras<'e>(
    examples: &'e [Example],
    owner: &str,
    key: &str,
) -> impl Iterator<Item = (&'e str, &'e Shape)> {
    examples.iter().filter_map(move |example| {
        let shape = example.found.owners.get(owner)?.extras.get(key)?;
        Some((example.file.as_str(), shape))
    })
}

/// Whether two kinds describe values one typed schema holds.
fn compatible(a: Kind, b: Kind) -> bool {
    a == b
        || matches!(
            (a, b),
            (Kind::Integer, Kind::Number) | (Kind::Number, Kind::Integer)
        )
}

fn propose_properties(
    raw: &Value,
    owner: &str,
    stats: &OwnerStats,
    examples: &[Example],
    into: &mut Vec<NewProperty>,
    held: &mut BTreeMap<(String, String), String>,
) {
    let declared = raw
        .pointer(&owner[1..])
        .and_then(|schema| schema.get("properties"))
        .and_then(Value::as_object);
    let Some(declared) = declared else {
        for key in stats.extras.keys() {
            held.insert(
                (owner.to_owned(), key.clone()),
                "not applied: the schema declares no properties (any JSON, a shared loose object or a map)".to_owned(),
            );
        }
        return;
    };
    let mut rust_names: BTreeMap<String, String> = declared
        .keys()
        .map(|key| (field_name(key), key.clone()))
        .collect();
    for (key, shape) in &stats.extras {
        let rust_name = field_name(key);
        let mut null_in_example = None;
        let mut reason = typing::untyped_reason(shape).map(|r| format!("not applied: {r}"));
        if key_looks_like_data(key) {
            reason = Some("not applied: the key looks like data, not a name".to_owned());
        }
        if reason.is_none() {
            for (file, shown) in example_extras(examples, owner, key) {
                if shown.kind() != Kind::Unknown && !compatible(shown.kind(), shape.kind()) {
                    reason = Some(format!(
                        "not applied: conflict: the spec's example {file} shows {}, the captures show {}",
                        shown.describe(),
                        shape.describe()
                    ));
                    break;
                }
                if shown.nullable() && !shape.nullable() && null_in_example.is_none() {
                    null_in_example = Some(file.to_owned());
                }
            }
        }
        if reason.is_none() && rust_name.is_empty() {
            reason = Some("not applied: the key has no Rust name".to_owned());
        }
        if reason.is_none() {
            reason = rust_names.get(&rust_name).map(|other| {
                format!("not applied: its Rust name `{rust_name}` is also `{other}`'s")
            });
        }
        if let Some(reason) = reason {
            held.insert((owner.to_owned(), key.clone()), reason);
            continue;
        }
        rust_names.insert(rust_name, key.clone());
        into.push(NewProperty {
            owner: owner.to_owned(),
            key: key.clone(),
            shape: shape.clone(),
            of: stats.objects,
            null_in_example,
        });
    }
}

/// The JSON types a declared `type` holds.
fn holds(declared: &str, json_type: &str) -> bool {
    declared == json_type || (declared == "number" && json_type == "integer")
}

/// The JSON types seen (not `null`), with their counts.
fn types_seen(shape: &Shape) -> Vec<(&'static str, u64)> {
    [
        ("boolean", shape.booleans),
        ("integer", shape.integers),
        ("number", shape.numbers),
        ("string", shape.strings),
        ("array", shape.arrays),
        ("object", shape.objects),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .collect()
}

/// The Rust type progenitor gives a scalar schema.
fn rust_scalar(json_type: &str, format: Option<&str>) -> String {
    match (json_type, format) {
        ("string", Some("date-time" | "klink-timestamp")) => "klink_api::Timestamp".to_owned(),
        ("string", _) => "String".to_owned(),
        ("integer", _) => "i64".to_owned(),
        ("number", _) => "f64".to_owned(),
        ("boolean", _) => "bool".to_owned(),
        ("array", _) => "Vec<_>".to_owned(),
        (other, _) => other.to_owned(),
    }
}

/// The field's Rust type: `T`, or `Option<T>` for a field that is
/// optional or nullable, except that an array that is not nullable is a
/// `Vec` either way (empty when absent).
fn field_type(inner: String, required: bool, nullable: bool) -> String {
    if (required || inner.starts_with("Vec<")) && !nullable {
        inner
    } else {
        format!("Option<{inner}>")
    }
}

/// `(owner, key, reason)` of a contradiction that is reported, not resolved.
type Held = (String, String, String);

/// The change a declared property at `at` needs to decode every captured
/// value, if any; `Err` when one is needed but cannot be made.
fn retype(
    raw: &Value,
    at: &str,
    seen: &Shape,
    examples: &[Example],
) -> Option<Result<Retype, Held>> {
    let (owner, key) = at.rsplit_once("/properties/")?;
    let key = codegen::unescape_token(key);
    let node = raw.pointer(&at[1..])?;
    let declared: &'static str = match node.get("type").and_then(Value::as_str)? {
        "string" => "string",
        "integer" => "integer",
        "number" => "number",
        "boolean" => "boolean",
        "array" => "array",
        "object" => "object",
        _ => return None,
    };
    if ["$ref", "oneOf", "anyOf", "allOf"]
        .iter()
        .any(|k| node.get(*k).is_some())
    {
        return None;
    }
    let nullable = node.get("nullable") == Some(&Value::Bool(true));
    let format = node.get("format").and_then(Value::as_str);
    let required = raw
        .pointer(&format!("{}/required", &owner[1..]))
        .and_then(Value::as_array)
        .is_some_and(|r| r.iter().any(|k| k.as_str() == Some(key.as_str())));
    let hold = |reason: String| Some(Err((owner.to_owned(), key.clone(), reason)));
    let others: Vec<&'static str> = types_seen(seen)
        .into_iter()
        .map(|(ty, _)| ty)
        .filter(|ty| !holds(declared, ty))
        .collect();
    let needs_null = seen.nulls > 0 && !nullable;
    // typify names a property's own type (an inline object, a oneOf's
    // enum) after the schema and the key.
    let own_type = owner
        .strip_prefix("#/components/schemas/")
        .filter(|name| !name.contains('/'))
        .map(|name| format!("{}{}", type_name(name), type_name(&key)));
    let declared_rust = match (declared, &own_type) {
        ("object", Some(name)) => name.clone(),
        _ => rust_scalar(declared, format),
    };
    let before = field_type(declared_rust.clone(), required, nullable);
    let change = if !others.is_empty() {
        let mut types = vec![declared];
        types.extend(others.iter().copied());
        let scalar = |ty: &&str| matches!(*ty, "string" | "integer" | "number" | "boolean");
        if !types.iter().all(scalar) || (types.contains(&"integer") && types.contains(&"number")) {
            return hold(format!(
                "not applied: {} where the schema says {declared}; only scalar types are widened",
                seen.type_counts()
            ));
        }
        Change::OneOf {
            types,
            nullable: nullable || needs_null,
        }
    } else if needs_null {
        Change::Nullable
    } else if declared == "string" && format.is_none() {
        let wanted = seen.timestamp_format()?;
        for example in examples {
            if let Some(shown) = example.found.declared.get(at)
                && shown.strings > 0
                && shown.timestamp_format().is_none()
            {
                return hold(format!(
                    "not applied: conflict: the captures' {} strings are all timestamps (`format: {wanted}`), the spec's example {} shows one that is not",
                    seen.strings, example.file
                ));
            }
        }
        Change::Format(wanted)
    } else {
        return None;
    };
    let after = match &change {
        Change::Nullable => field_type(declared_rust, required, true),
        Change::OneOf { types, nullable } => {
            // The variants are named after the types.
            let members: Vec<String> = types
                .iter()
                .map(|ty| format!("{}({})", type_name(ty), rust_scalar(ty, None)))
                .collect();
            let name = own_type.unwrap_or_else(|| "an enum".to_owned());
            field_type(
                format!("{name} {{ {} }}", members.join(", ")),
                required,
                *nullable,
            )
        }
        Change::Format(wanted) => {
            field_type(rust_scalar(declared, Some(wanted)), required, nullable)
        }
    };
    Some(Ok(Retype {
        owner: owner.to_owned(),
        key,
        change,
        rust_before: before,
        rust_after: after,
        evidence: seen.type_counts(),
    }))
}

/// A readable name for a schema pointer: `Contact`, `Contact.company`,
/// `Ticket.tags[]`, or the operation's inline schema.
pub fn label(pointer: &str) -> String {
    let inner = pointer
        .strip_prefix("#/components/schemas/")
        .map(str::to_owned)
        .unwrap_or_else(|| {
            let tokens: Vec<String> = pointer
                .trim_start_matches("#/")
                .split('/')
                .map(codegen::unescape_token)
                .collect();
            match tokens.iter().position(|t| t == "schema") {
                Some(i) => format!("(inline schema of {}){}", tokens[..i].join(" "), {
                    let rest = tokens[i + 1..].join("/");
                    if rest.is_empty() {
                        String::new()
                    } else {
                        format!("/{rest}")
                    }
                }),
                None => tokens.join("/"),
            }
        });
    inner
        .replace("/properties/", ".")
        .replace("/items", "[]")
        .replace("~1", "/")
        .replace("~0", "~")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn seen(values: &[Value]) -> Shape {
        let mut shape = Shape::default();
        for value in values {
            shape.add_type(value);
        }
        shape
    }

    #[test]
    fn each_contradiction_gets_the_change_that_decodes_every_sample() {
        let raw = json!({"components": {"schemas": {"T": {
            "type": "object",
            "required": ["n"],
            "properties": {
                "n": {"type": "integer"},
                "s": {"type": "string"},
                "o": {"type": "object", "properties": {}},
                "x": {"$ref": "#/components/schemas/T"},
            },
        }}}});
        let at = |key: &str| format!("#/components/schemas/T/properties/{key}");
        let change = |key: &str, values: &[Value]| {
            retype(&raw, &at(key), &seen(values), &[]).map(|r| {
                r.map(|r| {
                    (
                        r.change.clone(),
                        r.rust_before.clone(),
                        r.rust_after.clone(),
                        r.breaking(),
                    )
                })
            })
        };
        assert_eq!(
            change("n", &[json!(1), json!("2")]),
            Some(Ok((
                Change::OneOf {
                    types: vec!["integer", "string"],
                    nullable: false
                },
                "i64".to_owned(),
                "TN { Integer(i64), String(String) }".to_owned(),
                true
            )))
        );
        // Optional, so already an Option: nullable changes no Rust type.
        assert_eq!(
            change("s", &[json!(null)]),
            Some(Ok((
                Change::Nullable,
                "Option<String>".into(),
                "Option<String>".into(),
                false
            )))
        );
        assert_eq!(
            change("n", &[json!(null)]).unwrap().unwrap().2,
            "Option<i64>",
            "a required field that is null becomes an Option"
        );
        assert_eq!(
            change("s", &[json!("2026-03-30 08:30:00+00")])
                .unwrap()
                .unwrap()
                .0,
            Change::Format("klink-timestamp")
        );
        assert_eq!(
            change("o", &[json!(null)]).unwrap().unwrap().2,
            "Option<TO>"
        );
        // Not scalar: reported, not resolved; a reference: left alone.
        assert!(matches!(change("o", &[json!([])]), Some(Err(_))));
        assert_eq!(change("x", &[json!(1)]), None);
        // Values that fit: nothing.
        assert_eq!(change("n", &[json!(3)]), None);
        assert_eq!(change("s", &[json!("hello")]), None);
    }

    #[test]
    fn labels() {
        assert_eq!(label("#/components/schemas/Contact"), "Contact");
        assert_eq!(
            label("#/components/schemas/Ticket/properties/tags/items"),
            "Ticket.tags[]"
        );
    }
}
