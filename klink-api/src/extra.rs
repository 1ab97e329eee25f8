//! [`Extra`]: the keys of an object that the spec does not declare, kept
//! as the JSON the server sent and read as a map when first asked.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::OnceLock;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, Serializer};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

/// The keys of an object that the spec does not declare, with their
/// values: nothing K-LINK sends is lost, even where the docs are silent.
///
/// Decoding keeps them as the JSON text the server sent (one buffer per
/// object, no allocation per key), and the first read turns them into a
/// [`serde_json::Map`]: `Extra` dereferences to that map, so
/// `message.extra.get("readAt")`, `extra["color"]`, `extra.iter()` and
/// `extra.insert(..)` work as on a map. Most responses' undeclared keys are
/// never read, and then they cost one copy of their text.
///
/// A value that `serde_json::Value` cannot hold (a number beyond `f64`'s
/// range, nesting deeper than serde_json's limit) does not fail the call:
/// the map shows that one value as a string of its JSON text.
///
/// ```
/// use klink_api::Extra;
///
/// let mut extra: Extra = serde_json::from_str(r#"{"readAt": null, "label": "vip"}"#)?;
/// assert_eq!(extra["label"], "vip");
/// extra.insert("seen".into(), true.into());
/// assert_eq!(serde_json::to_string(&extra)?, r#"{"label":"vip","readAt":null,"seen":true}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Default)]
pub struct Extra {
    /// The members as one JSON object's text, in the order received; empty
    /// when there are none or once the map has been borrowed mutably.
    raw: String,
    /// The members as a map: parsed from `raw` on first read, and the only
    /// copy once `raw` is empty.
    // Boxed: most are never read, and the struct stays small.
    map: OnceLock<Box<Map<String, Value>>>,
}

impl Extra {
    /// No keys.
    pub fn new() -> Self {
        Self::default()
    }

    /// The members as the JSON text of one object, as the server sent
    /// them (keys in arrival order), while they have not been changed
    /// through the map; `None` after a change, or when there are none.
    pub fn raw_json(&self) -> Option<&str> {
        (!self.raw.is_empty()).then_some(self.raw.as_str())
    }

    /// The members as a map, taken out.
    pub fn into_map(mut self) -> Map<String, Value> {
        std::mem::take(&mut *self)
    }

    /// Takes an object's text built by `undeclared::Undeclared` (empty for none).
    pub(crate) fn from_raw(raw: String) -> Self {
        Self {
            raw,
            map: OnceLock::new(),
        }
    }
}

impl Deref for Extra {
    type Target = Map<String, Value>;

    fn deref(&self) -> &Map<String, Value> {
        self.map.get_or_init(|| Box::new(parse(&self.raw)))
    }
}

impl DerefMut for Extra {
    fn deref_mut(&mut self) -> &mut Map<String, Value> {
        if self.map.get().is_none() {
            let map = Box::new(parse(&self.raw));
            let _ = self.map.set(map);
        }
        // The map is the only copy from now on.
        self.raw = String::new();
        self.map.get_mut().expect("set above")
    }
}

/// The members' map from an object's text that `Undeclared` wrote, so
/// valid JSON; a value `Value` cannot hold becomes the string of its text.
fn parse(raw: &str) -> Map<String, Value> {
    if raw.is_empty() {
        return Map::new();
    }
    if let Ok(map) = serde_json::from_str(raw) {
        return map;
    }
    let members: Vec<(String, Box<RawValue>)> = match serde_json::from_str::<RawMembers>(raw) {
        Ok(RawMembers(members)) => members,
        Err(_) => return Map::new(),
    };
    members
        .into_iter()
        .map(|(key, value)| {
            let value = serde_json::from_str(value.get())
                .unwrap_or_else(|_| Value::String(value.get().to_owned()));
            (key, value)
        })
        .collect()
}

/// An object's members with their values as raw text, in order.
struct RawMembers(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for RawMembers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = RawMembers;
            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawMembers, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry()? {
                    members.push(member);
                }
                Ok(RawMembers(members))
            }
        }
        deserializer.deserialize_map(Members)
    }
}

impl Clone for Extra {
    fn clone(&self) -> Self {
        Self {
            raw: self.raw.clone(),
            map: self.map.clone(),
        }
    }
}

impl fmt::Debug for Extra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl PartialEq for Extra {
    fn eq(&self, other: &Self) -> bool {
        if !self.raw.is_empty() && self.raw == other.raw {
            return true;
        }
        **self == **other
    }
}

impl Eq for Extra {}

impl From<Map<String, Value>> for Extra {
    fn from(map: Map<String, Value>) -> Self {
        Self {
            raw: String::new(),
            map: OnceLock::from(Box::new(map)),
        }
    }
}

impl From<Extra> for Map<String, Value> {
    fn from(extra: Extra) -> Self {
        extra.into_map()
    }
}

impl FromIterator<(String, Value)> for Extra {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Self {
        Map::from_iter(iter).into()
    }
}

impl<'a> IntoIterator for &'a Extra {
    type Item = (&'a String, &'a Value);
    type IntoIter = serde_json::map::Iter<'a>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// Written as the map: a `#[serde(flatten)]` field puts the members beside
/// the declared ones.
impl Serialize for Extra {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_kept_as_text_and_read_as_a_map() {
        let extra: Extra =
            serde_json::from_str(r#"{"b": [1, {"c": null}], "a\"q": "é\n", "n": 1.50}"#).unwrap();
        // The text as received, values untouched (`1.50` stays `1.50`).
        assert_eq!(
            extra.raw_json(),
            Some(r#"{"b":[1, {"c": null}],"a\"q":"é\n","n":1.50}"#)
        );
        assert_eq!(extra["a\"q"], "é\n");
        assert_eq!(extra["b"][1]["c"], Value::Null);
        assert_eq!(extra.len(), 3);
    }

    #[test]
    fn changing_the_map_drops_the_text() {
        let mut extra: Extra = serde_json::from_str(r#"{"a": 1}"#).unwrap();
        extra.insert("b".into(), 2.into());
        assert_eq!(extra.raw_json(), None);
        assert_eq!(
            serde_json::to_value(&extra).unwrap(),
            serde_json::json!({"a": 1, "b": 2})
        );
    }

    #[test]
    fn other_deserializers_take_the_decoding_path() {
        // `from_value` hands values over decoded (or as its own raw text).
        let value = serde_json::json!({"a": {"b": [true, 2, -3, 4.5, "x", null]}});
        let extra: Extra = serde_json::from_value(value.clone()).unwrap();
        assert_eq!(Value::Object(extra.into_map()), value);
        // serde's buffered `Content` (untagged enums, flatten) offers plain values.
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Either {
            Extra(Extra),
        }
        let Either::Extra(extra) = serde_json::from_value(value.clone()).unwrap();
        assert_eq!(Value::Object(extra.into_map()), value);
    }

    #[test]
    fn a_value_beyond_what_value_holds_reads_as_its_text() {
        let extra: Extra = serde_json::from_str(r#"{"big": 1e999, "ok": 1}"#).unwrap();
        assert_eq!(extra["big"], "1e999");
        assert_eq!(extra["ok"], 1);
    }

    #[test]
    fn generated_types_keep_the_servers_text() {
        // A value whose text `Value` would rewrite (`2.50`, the spaces)
        // proves that the generated impls take serde_json's raw text.
        let body = include_str!("../../openapi/examples/message.send.response.200.json")
            .replace(r#""readAt": null"#, r#""readAt": [1, 2.50]"#);
        let envelope: crate::types::MessageEnvelope =
            serde_json::from_slice(body.as_bytes()).unwrap();
        let raw = envelope.data.extra.raw_json().unwrap();
        assert!(
            raw.starts_with(r#"{"readAt":[1, 2.50],"replyPlatformMessageId":null,"#),
            "{raw}"
        );
        assert_eq!(envelope.data.extra.len(), 20);
    }

    #[test]
    fn equal_whatever_the_form() {
        let text: Extra = serde_json::from_str(r#"{"a": 1, "b": 2}"#).unwrap();
        let map: Extra = serde_json::from_value(serde_json::json!({"b": 2, "a": 1})).unwrap();
        assert_eq!(text, map);
        assert_ne!(text, Extra::new());
        assert!(Extra::new().is_empty());
    }
}
