//! Typing untyped bodies: a request or response the spec leaves loose
//! (`LooseObject`, `Unpublished`, a response without `content`) gets a
//! schema from its captured bodies: an existing component when every body
//! fits it (valid against it, every top-level key declared, and more keys
//! typed than left over), else a new component named after the operation.

use std::collections::BTreeMap;

use codegen::{SchemaValidators, escape_token, type_name};
use serde_json::Value;

use super::analysis::{Analysis, Loose};
use super::shape::{Kind, Shape};
use super::walk::{self, Found};

/// What an untyped body becomes.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// An existing component, by name.
    Existing(String),
    /// A new component, by name, with the bodies' shape.
    New(String, Shape),
}

impl Target {
    /// The component's name.
    pub fn name(&self) -> &str {
        match self {
            Target::Existing(name) | Target::New(name, _) => name,
        }
    }
}

/// One untyped body of one operation, every capture of it merged.
#[derive(Debug, Clone)]
pub struct Untyped {
    /// The operation's path template.
    pub route: String,
    /// Its lower-case method.
    pub method: String,
    /// Its `operationId`.
    pub id: String,
    /// `request` or `response` (every status answered through the holder).
    pub role: &'static str,
    /// The node that holds (or will hold) `content`.
    pub holder: String,
    /// Its JSON media type; `None` when it has no `content` yet.
    pub media: Option<String>,
    /// The loose component it refers to now.
    pub current: Option<String>,
    /// The bodies' merged shape.
    pub shape: Shape,
    /// What it becomes.
    pub target: Target,
}

/// The untyped object bodies seen, each with what it should become, in
/// operation order.
pub fn untyped(raw: &Value, analysis: &Analysis<'_>) -> Vec<Untyped> {
    // Every status answered through one holder (`2XX`) is one body.
    let mut by_holder: BTreeMap<(usize, String), (&'static str, Loose)> = BTreeMap::new();
    for (index, findings) in &analysis.findings {
        for (place, found) in &findings.places {
            let Some(loose) = &found.loose else {
                continue;
            };
            let role = if place == "request" {
                "request"
            } else {
                "response"
            };
            let (_, merged) = by_holder
                .entry((*index, loose.holder.clone()))
                .or_insert_with(|| {
                    (
                        role,
                        Loose {
                            holder: loose.holder.clone(),
                            media: loose.media.clone(),
                            current: loose.current.clone(),
                            ..Loose::default()
                        },
                    )
                });
            merged.shape.merge(&loose.shape);
            merged.samples.extend(loose.samples.iter().cloned());
        }
    }
    if by_holder.is_empty() {
        return Vec::new();
    }
    let components = Components::new(raw);
    let mut taken: Vec<String> = Vec::new();
    by_holder
        .into_iter()
        .filter(|(_, (_, loose))| loose.shape.kind() == Kind::Object)
        .map(|((operation, holder), (role, loose))| {
            let operation = &analysis.operations()[operation];
            let target = match components.fitting(&loose.samples) {
                Some(name) => Target::Existing(name),
                None => {
                    let base = type_name(&format!("{}_{role}", operation.id));
                    let name = new_name(raw, &base, &taken);
                    taken.push(name.clone());
                    Target::New(name, loose.shape.clone())
                }
            };
            Untyped {
                route: operation.route.clone(),
                method: operation.method.to_ascii_lowercase(),
                id: operation.id.clone(),
                role,
                holder,
                media: loose.media,
                current: loose.current,
                shape: loose.shape,
                target,
            }
        })
        .collect()
}

impl Untyped {
    /// The Rust type of the body now: the loose component's, or `()`.
    pub fn rust_before(&self) -> String {
        self.current
            .as_deref()
            .and_then(|c| c.rsplit('/').next())
            .map_or("()".to_owned(), type_name)
    }

    /// The Rust type of the body once typed.
    pub fn rust_after(&self) -> String {
        type_name(self.target.name())
    }
}

/// `base`, or `base2`, `base3`... when a component (or another new one)
/// has the name.
fn new_name(raw: &Value, base: &str, taken: &[String]) -> String {
    let schemas = raw.pointer("/components/schemas");
    let free = |name: &str| {
        schemas.and_then(|s| s.get(name)).is_none() && !taken.iter().any(|t| t == name)
    };
    (1..)
        .map(|n| match n {
            1 => base.to_owned(),
            n => format!("{base}{n}"),
        })
        .find(|name| free(name))
        .expect("some name is free")
}

/// The component schemas that declare properties, with validators.
struct Components<'r> {
    raw: &'r Value,
    candidates: Vec<(String, jsonschema::Validator)>,
}

impl<'r> Components<'r> {
    fn new(raw: &'r Value) -> Self {
        let validators = SchemaValidators::new(raw);
        let schemas = raw
            .pointer("/components/schemas")
            .and_then(Value::as_object);
        let candidates = schemas
            .into_iter()
            .flatten()
            .filter(|(_, schema)| schema.get("properties").is_some())
            .filter_map(|(name, _)| {
                let reference = serde_json::json!({"$ref": pointer(name)});
                let validator = validators.validator(&reference).ok()?;
                Some((name.clone(), validator))
            })
            .collect();
        Self { raw, candidates }
    }

    /// The component every sample fits best, if one fits: valid against
    /// it, no top-level key undeclared, at least half of its top-level
    /// properties seen (two keys that some large schema also has are no
    /// evidence that the body is that schema), and more keys (at any
    /// depth) on declared properties than left to `additionalProperties`.
    fn fitting(&self, samples: &[Value]) -> Option<String> {
        let mut best: Option<(i64, &str)> = None;
        for (name, validator) in &self.candidates {
            let at = pointer(name);
            let declared = self
                .raw
                .pointer(&format!("{}/properties", &at[1..]))
                .and_then(Value::as_object);
            let seen = declared.map_or(0, |declared| {
                declared
                    .keys()
                    .filter(|key| samples.iter().any(|s| s.get(key.as_str()).is_some()))
                    .count()
            });
            if seen * 2 < declared.map_or(0, serde_json::Map::len) {
                continue;
            }
            let mut score = 0i64;
            let fits = samples.iter().all(|sample| {
                if !validator.is_valid(sample) {
                    return false;
                }
                let mut found = Found::default();
                walk::walk(self.raw, &at, sample, &mut found, false);
                if found.owners.get(&at).is_some_and(|o| !o.extras.is_empty()) {
                    return false;
                }
                let typed: u64 = found.declared.values().map(|s| s.seen).sum();
                let left: u64 = found
                    .owners
                    .values()
                    .flat_map(|o| o.extras.values())
                    .map(|s| s.seen)
                    .sum();
                score += typed as i64 - left as i64;
                true
            });
            if fits && score > 0 && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, name));
            }
        }
        best.map(|(_, name)| name.to_owned())
    }
}

fn pointer(name: &str) -> String {
    format!("#/components/schemas/{}", escape_token(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Value {
        json!({"components": {"schemas": {
            "Envelope": {"type": "object", "properties": {
                "status": {"type": "string"}, "data": {"$ref": "#/components/schemas/Item"}}},
            "Item": {"type": "object", "additionalProperties": {}, "properties": {
                "id": {"type": "string"}, "name": {"type": "string"}}},
            "Wide": {"type": "object", "properties": {
                "a": {}, "b": {}, "c": {}, "d": {}, "e": {}, "name": {"type": "string"}}},
            "Loose": {"type": "object", "additionalProperties": {}},
        }}})
    }

    #[test]
    fn a_component_fits_when_its_keys_are_the_bodies() {
        let raw = spec();
        let components = Components::new(&raw);
        let envelope = json!({"status": "ok", "data": {"id": "1", "name": "x", "more": 1}});
        assert_eq!(
            components
                .fitting(std::slice::from_ref(&envelope))
                .as_deref(),
            Some("Envelope")
        );
        // A key the component lacks at the top: no fit.
        let mut other = envelope;
        other["page"] = json!(1);
        assert_eq!(components.fitting(&[other]), None);
        // Two keys a wide schema also has are no evidence.
        assert_eq!(components.fitting(&[json!({"name": "x", "a": 1})]), None);
        // Of a type the component refuses: no fit.
        assert_eq!(components.fitting(&[json!({"status": 1})]), None);
    }

    #[test]
    fn new_names_do_not_clash() {
        let raw = spec();
        assert_eq!(new_name(&raw, "Item", &[]), "Item2");
        assert_eq!(new_name(&raw, "Fresh", &["Fresh".into()]), "Fresh2");
        assert_eq!(new_name(&raw, "Fresh", &[]), "Fresh");
    }
}
