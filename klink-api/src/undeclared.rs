//! The undeclared members of an object being decoded: each key that is
//! not one of the type's fields is written, with its value's JSON text as
//! serde_json read it, to one buffer that becomes the object's [`Extra`]
//! (no allocation per key). The one-pass decode of the generated types
//! (`lossless`) reads keys through here, and so does `Extra`'s own
//! `Deserialize`.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::{Map, Value};

use crate::extra::Extra;
use crate::spare;

/// A key of an object being decoded: one of the type's declared keys (by
/// its position in the type's table), or another key, already written to
/// the [`Undeclared`] members (its value must follow, by
/// [`Undeclared::value`]).
pub enum Key {
    /// The declared key at this index.
    Declared(u16),
    /// An undeclared key.
    Undeclared,
}

/// Reads a key and matches it with `declared` (a generated `match` of the
/// JSON key to its field index) without allocating; any other key is
/// written to the undeclared members.
pub struct KeySeed<'a, F> {
    declared: F,
    undeclared: &'a mut Undeclared,
}

impl<'de, F: Fn(&str) -> Option<u16>> DeserializeSeed<'de> for KeySeed<'_, F> {
    type Value = Key;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, F: Fn(&str) -> Option<u16>> Visitor<'de> for KeySeed<'_, F> {
    type Value = Key;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an object key")
    }

    #[inline]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(match (self.declared)(key) {
            Some(index) => Key::Declared(index),
            None => {
                self.undeclared.key(key);
                Key::Undeclared
            }
        })
    }
}

/// The undeclared members of an object being decoded, written as JSON
/// text as they are read: `{"key":value,...`, closed by [`finish`].
///
/// The text is written to a buffer the thread reuses (nested objects take
/// one each) and copied once, at its final size, into the [`Extra`]: a
/// buffer of its own would grow by reallocating, three or four times for
/// an object with a score of undeclared keys.
///
/// [`finish`]: Undeclared::finish
#[derive(Default)]
pub struct Undeclared(String);

thread_local! {
    static SPARE_BUFFERS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

impl Undeclared {
    /// At most this many buffers are kept per thread (one per level of
    /// nesting being decoded at once)...
    const KEPT: usize = 16;
    /// ...and none that grew past this many bytes, so that one large
    /// object does not stay in memory.
    const MAX_BYTES: usize = 16 * 1024;
    /// A new buffer's size: most objects' undeclared members fit.
    const FIRST_BYTES: usize = 1024;

    /// The seed that reads the next key: a declared one (by `declared`, a
    /// generated `match` of the JSON key to its field index), or another
    /// one, written here.
    #[inline]
    pub fn key_seed<F: Fn(&str) -> Option<u16>>(&mut self, declared: F) -> KeySeed<'_, F> {
        KeySeed {
            declared,
            undeclared: self,
        }
    }

    /// Writes a whole member: `key` and its value's JSON text.
    pub(crate) fn member(&mut self, key: &str, text: &str) {
        self.key(key);
        self.0.push_str(text);
    }

    /// Writes `"key":` (the value must follow, by [`Undeclared::value`]).
    fn key(&mut self, key: &str) {
        let buffer = &mut self.0;
        if buffer.is_empty() {
            if buffer.capacity() == 0 {
                *buffer = spare::take(&SPARE_BUFFERS)
                    .unwrap_or_else(|| String::with_capacity(Self::FIRST_BYTES));
            }
            buffer.push('{');
        } else {
            buffer.push(',');
        }
        if needs_escaping(key.as_bytes()) {
            buffer.push_str(&Value::from(key).to_string());
            buffer.push(':');
        } else {
            buffer.reserve(key.len() + 3);
            buffer.push('"');
            buffer.push_str(key);
            buffer.push_str("\":");
        }
    }

    /// The seed that writes the value of the key just written.
    #[inline]
    pub fn value(&mut self) -> RawSeed<'_> {
        RawSeed(&mut self.0)
    }

    /// The members as an [`Extra`].
    #[inline]
    pub fn finish(mut self) -> Extra {
        if self.0.is_empty() {
            return Extra::from_raw(String::new());
        }
        self.0.push('}');
        Extra::from_raw(String::from(self.0.as_str()))
    }
}

impl Drop for Undeclared {
    /// Empties the buffer and keeps it for the thread's next object, unless
    /// the thread keeps enough already or it is large.
    fn drop(&mut self) {
        let mut buffer = std::mem::take(&mut self.0);
        if buffer.capacity() == 0 || buffer.capacity() > Self::MAX_BYTES {
            return;
        }
        buffer.clear();
        spare::give_back(&SPARE_BUFFERS, buffer, Self::KEPT);
    }
}

/// Whether `text` holds a byte a JSON string must escape (a control
/// character, `"` or `\`), eight bytes at a time: keys are short, and a
/// byte loop cost more than writing them.
#[inline]
fn needs_escaping(text: &[u8]) -> bool {
    const ONES: u64 = u64::MAX / 255;
    // Per byte, the high bit set where the byte is below 0x20, `"` or `\`
    // (the classic "has a zero byte" test: exact for whether any byte is).
    fn special(word: u64) -> u64 {
        let control = word.wrapping_sub(ONES * 0x20) & !word;
        let quote = word ^ (ONES * u64::from(b'"'));
        let quote = quote.wrapping_sub(ONES) & !quote;
        let backslash = word ^ (ONES * u64::from(b'\\'));
        let backslash = backslash.wrapping_sub(ONES) & !backslash;
        (control | quote | backslash) & (ONES << 7)
    }
    let mut chunks = text.chunks_exact(8);
    let mut found = 0;
    for chunk in &mut chunks {
        found |= special(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
    }
    let rest = chunks.remainder();
    let tail = if text.len() >= 8 {
        // The last eight bytes, overlapping the chunks already read.
        u64::from_le_bytes(text[text.len() - 8..].try_into().unwrap_or_default())
    } else {
        // The short text, padded with a byte that needs nothing; a loop,
        // not a call to `memcpy`.
        let mut tail = [b'a'; 8];
        for (slot, byte) in tail.iter_mut().zip(rest) {
            *slot = *byte;
        }
        u64::from_le_bytes(tail)
    };
    found |= special(tail);
    found != 0
}

/// serde_json's name for its raw value: asked for a newtype struct of this
/// name, its deserializer hands over the value's JSON text instead of
/// decoding it (feature `raw_value`). Other deserializers, or a serde_json
/// that stopped doing so, decode the value, and it is written back as JSON.
const RAW_VALUE: &str = "$serde_json::private::RawValue";

/// Appends one value, as JSON text, to the members being written.
pub struct RawSeed<'a>(&'a mut String);

impl<'de> de::DeserializeSeed<'de> for RawSeed<'_> {
    type Value = ();

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_newtype_struct(RAW_VALUE, self)
    }
}

impl<'a> RawSeed<'a> {
    /// The seed that appends the next value's text to `text`.
    pub(crate) fn new(text: &'a mut String) -> Self {
        Self(text)
    }

    fn write(self, value: &Value) {
        self.0.push_str(&value.to_string());
    }
}

impl<'de> Visitor<'de> for RawSeed<'_> {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any JSON value")
    }

    // serde_json: a one-entry map whose key is `RAW_VALUE` and whose value
    // is the text. Anything else is a map value of another deserializer.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let first: Option<String> = match map.next_key_seed(RawKey)? {
            None => None,
            Some(RawKeyOr::Raw) => return map.next_value_seed(RawText(self.0)),
            Some(RawKeyOr::Key(key)) => Some(key),
        };
        let mut object = Map::new();
        if let Some(key) = first {
            let value = map.next_value()?;
            object.insert(key, value);
            while let Some((key, value)) = map.next_entry()? {
                object.insert(key, value);
            }
        }
        self.write(&Value::Object(object));
        Ok(())
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let value = Value::deserialize(deserializer)?;
        self.write(&value);
        Ok(())
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.visit_newtype_struct(deserializer)
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.0.push_str("null");
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.visit_none()
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<(), E> {
        self.write(&Value::Bool(value));
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<(), E> {
        self.write(&Value::from(value));
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<(), E> {
        self.write(&Value::from(value));
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<(), E> {
        self.write(&Value::from(value));
        Ok(())
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<(), E> {
        self.write(&Value::from(value));
        Ok(())
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        self.write(&Value::Array(items));
        Ok(())
    }
}

/// The first key of a map handed to [`RawSeed`]: serde_json's raw-value
/// marker, or a real key.
enum RawKeyOr {
    Raw,
    Key(String),
}

struct RawKey;

impl<'de> de::DeserializeSeed<'de> for RawKey {
    type Value = RawKeyOr;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<RawKeyOr, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for RawKey {
    type Value = RawKeyOr;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an object key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<RawKeyOr, E> {
        Ok(if key == RAW_VALUE {
            RawKeyOr::Raw
        } else {
            RawKeyOr::Key(key.to_owned())
        })
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<RawKeyOr, E> {
        Ok(if key == RAW_VALUE {
            RawKeyOr::Raw
        } else {
            RawKeyOr::Key(key)
        })
    }
}

/// serde_json's raw text of one value, appended as it is.
struct RawText<'a>(&'a mut String);

impl<'de> de::DeserializeSeed<'de> for RawText<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for RawText<'_> {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a JSON value's text")
    }

    #[inline]
    fn visit_str<E: de::Error>(self, text: &str) -> Result<(), E> {
        self.0.push_str(text);
        Ok(())
    }
}

/// Read from a JSON object, keeping its text.
impl<'de> Deserialize<'de> for Extra {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Object;
        impl<'de> Visitor<'de> for Object {
            type Value = Extra;
            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Extra, A::Error> {
                let mut undeclared = Undeclared::default();
                while map.next_key_seed(undeclared.key_seed(none))?.is_some() {
                    map.next_value_seed(undeclared.value())?;
                }
                Ok(undeclared.finish())
            }
        }
        deserializer.deserialize_map(Object)
    }
}

/// No key is declared.
fn none(_: &str) -> Option<u16> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_escaping_finds_every_byte_json_escapes_wherever_it_is() {
        for len in 0..20 {
            for at in 0..len {
                for byte in 0..=255u8 {
                    let mut text = vec![b'k'; len];
                    text[at] = byte;
                    let expected = byte < 0x20 || byte == b'"' || byte == b'\\';
                    assert_eq!(
                        needs_escaping(&text),
                        expected,
                        "{byte:#x} at {at} of {len}"
                    );
                }
            }
            assert!(!needs_escaping(&vec![b'k'; len]));
        }
    }

    #[test]
    fn a_reused_buffer_starts_empty() {
        let mut first = Undeclared::default();
        first.key("a\"b");
        first.0.push('1');
        assert_eq!(first.finish().raw_json(), Some(r#"{"a\"b":1}"#));
        // The second object on this thread gets the first one's buffer back.
        let mut second = Undeclared::default();
        second.key("c");
        second.0.push_str("[]");
        assert_eq!(second.finish().raw_json(), Some(r#"{"c":[]}"#));
        assert_eq!(Undeclared::default().finish().raw_json(), None);
    }
}
