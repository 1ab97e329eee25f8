//! What the evidence supports, as spec edits: optional properties for the
//! extra keys of schemas that declare properties; for declared properties
//! whose captured values contradict their type, the change that decodes
//! every sample (`widening`); schemas for untyped bodies (`bodies`);
//! optional query parameters for undocumented query keys; dropping
//! `x-klink-path: unconfirmed` where the path was answered 2xx. The spec's own example files are evidence too: a
//! null in one makes a learned property nullable, and a proposal one
//! contradicts is held as a conflict naming both. Everything else is
//! reported only.

use std::collections::BTreeMap;

use codegen::field_name;
use serde_json::Value;

use super::analysis::{Analysis, Example};
use super::bodies::{self, Untyped};
use super::shape::{Kind, Shape, key_looks_like_data};
use super::typing;
use super::walk::OwnerStats;
use super::widening::{self, Retype};

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
        match widening::retype(raw, at, shape, &analysis.examples) {
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
    #[test]
    fn labels() {
        assert_eq!(label("#/components/schemas/Contact"), "Contact");
        assert_eq!(
            label("#/components/schemas/Ticket/properties/tags/items"),
            "Ticket.tags[]"
        );
    }
}
