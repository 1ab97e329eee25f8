//! What the evidence supports, as spec edits: optional properties for the
//! extra keys of schemas that declare properties, and dropping
//! `x-klink-path: unconfirmed` where the path was answered 2xx. Everything
//! else is reported only.

use std::collections::BTreeMap;

use codegen::field_name;
use serde_json::Value;

use super::analysis::Analysis;
use super::shape::Shape;
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

/// Every proposal, and the extra keys that are reported but not proposed.
#[derive(Debug, Default)]
pub struct Proposals {
    /// Properties to add, by owner then key.
    pub properties: Vec<NewProperty>,
    /// (owner, key) → why it is not proposed.
    pub held: BTreeMap<(String, String), String>,
    /// Marks to drop.
    pub confirmed: Vec<Confirmed>,
}

impl Proposals {
    /// How many edits `--apply` would make.
    pub fn edits(&self) -> usize {
        self.properties.len() + self.confirmed.len()
    }
}

/// Works out the proposals from everything seen.
pub fn propose(raw: &Value, analysis: &Analysis<'_>) -> Proposals {
    let mut owners: BTreeMap<String, OwnerStats> = BTreeMap::new();
    for findings in analysis.findings.values() {
        for place in findings.places.values() {
            for (owner, stats) in &place.found.owners {
                owners.entry(owner.clone()).or_default().merge(stats);
            }
        }
    }
    let mut proposals = Proposals::default();
    for (owner, stats) in &owners {
        propose_properties(raw, owner, stats, &mut proposals);
    }
    for (index, findings) in &analysis.findings {
        let operation = &analysis.operations()[*index];
        if operation.unconfirmed && findings.successes() > 0 {
            proposals.confirmed.push(Confirmed {
                route: operation.route.clone(),
                method: operation.method.to_ascii_lowercase(),
                id: operation.id.clone(),
                answers: findings.successes(),
            });
        }
    }
    proposals
}

fn propose_properties(raw: &Value, owner: &str, stats: &OwnerStats, into: &mut Proposals) {
    let declared = raw
        .pointer(&owner[1..])
        .and_then(|schema| schema.get("properties"))
        .and_then(Value::as_object);
    let Some(declared) = declared else {
        for key in stats.extras.keys() {
            into.held.insert(
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
        let hold = |reason: String| (owner.to_owned(), key.clone(), reason);
        let rust_name = field_name(key);
        let held = if let Some(reason) = typing::untyped_reason(shape) {
            Some(hold(format!("not applied: {reason}")))
        } else if rust_name.is_empty() {
            Some(hold("not applied: the key has no Rust name".to_owned()))
        } else {
            rust_names.get(&rust_name).map(|other| {
                hold(format!(
                    "not applied: its Rust name `{rust_name}` is also `{other}`'s"
                ))
            })
        };
        if let Some((owner, key, reason)) = held {
            into.held.insert((owner, key), reason);
            continue;
        }
        rust_names.insert(rust_name, key.clone());
        into.properties.push(NewProperty {
            owner: owner.to_owned(),
            key: key.clone(),
            shape: shape.clone(),
            of: stats.objects,
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
