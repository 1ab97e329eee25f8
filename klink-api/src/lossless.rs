//! What the generated `Deserialize` impls of the types with an `extra` map
//! share (`codegen/src/lossless.rs` emits them).
//!
//! serde's `#[serde(flatten)]` would keep the undeclared keys too, but it
//! buffers the whole object into serde's private `Content` tree and reads
//! it a second time, so a typed decode cost what decoding into
//! `serde_json::Value` costs. The generated impls read the object once:
//! each key is matched against the declared ones as it is read, a declared
//! key's value is decoded straight into its field, and any other key goes
//! into `extra` with its value.
//!
//! They accept what the derived impls accept: keys in any order, unknown
//! keys, `null` for an `Option`; a declared key given twice, a missing
//! required key or a value of the wrong type is an error, which names the
//! key (`at `data.createdAt`: invalid type: ...`).

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

/// A key of an object being decoded: one of the type's declared keys (by
/// its position in the type's table) or another key, kept for `extra`.
pub enum Key {
    /// The declared key at this index.
    Declared(u16),
    /// An undeclared key.
    Undeclared(String),
}

/// Reads a key and matches it with `declared` (a generated `match` of the
/// JSON key to its field index) without allocating for declared keys.
pub struct KeySeed<F>(pub F);

impl<'de, F: Fn(&str) -> Option<u16>> DeserializeSeed<'de> for KeySeed<F> {
    type Value = Key;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, F: Fn(&str) -> Option<u16>> Visitor<'de> for KeySeed<F> {
    type Value = Key;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an object key")
    }

    #[inline]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(match (self.0)(key) {
            Some(index) => Key::Declared(index),
            None => Key::Undeclared(key.to_owned()),
        })
    }

    // A key handed over as an owned `String` (`serde_json::from_value`)
    // moves into `extra` without a copy.
    #[inline]
    fn visit_string<E: de::Error>(self, key: String) -> Result<Key, E> {
        Ok(match (self.0)(&key) {
            Some(index) => Key::Declared(index),
            None => Key::Undeclared(key),
        })
    }
}

/// Decodes the value of the declared key `key` into `slot`; a second value
/// for the same key is an error, as with the derived impls.
#[inline]
pub fn value<'de, A, T>(
    map: &mut A,
    slot: &mut Option<T>,
    key: &'static str,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: de::Deserialize<'de>,
{
    if slot.is_some() {
        return Err(de::Error::duplicate_field(key));
    }
    *slot = Some(map.next_value().map_err(|error| at_key(error, key))?);
    Ok(())
}

/// The value of a required key, or the error naming it.
#[inline]
pub fn required<T, E: de::Error>(slot: Option<T>, key: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(key))
}

/// `error`, prefixed with the key whose value it is about. Nested objects
/// join their keys into a path: `at `data.createdAt`: ...`. serde_json
/// reads the ` at line L column C` that ends the message back as the
/// error's position, so the position is kept.
#[cold]
fn at_key<E: de::Error>(error: E, key: &str) -> E {
    let message = error.to_string();
    match message.strip_prefix("at `") {
        Some(rest) => E::custom(format_args!("at `{key}.{rest}")),
        None => E::custom(format_args!("at `{key}`: {message}")),
    }
}
