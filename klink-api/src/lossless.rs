//! The runtime of `#[derive(klink_api::Deserialize)]` (the derive itself is
//! in `klink-api-macros`): how each declared field is decoded, the errors
//! that name the key path, and the two passes klink-api decodes a body in.
//!
//! **Strict pass.** What serde's derive does: a value of the wrong type, a
//! declared key given twice or a missing required key is an error, named
//! by its key path (``at `data.createdAt`: invalid type: ...``). Every body
//! is decoded this way first, and almost every body succeeds; this pass
//! costs one thread-local read per object over the plain decode.
//!
//! **Tolerant pass.** The docs are cut-off examples, so the spec is wrong
//! in places, and one such place must not fail a whole call. When the
//! strict pass fails, [`decode_tolerant`] decodes the body again with
//! every field's value read as text first: an *optional* field (an
//! `Option`, or `#[serde(default)]`) whose value does not fit its type is
//! left empty and its value kept in the struct's `extra` under its JSON
//! key (so serializing gives back what the server sent), with a `tracing`
//! warning once per type and key. A required field that does not fit, or
//! a body whose top is not the declared shape, still fails, with the whole
//! path, indices included (``at `data[1].ticketNumber`: ...``).
//!
//! An error inside an optional field's value that comes from a *required*
//! field further down (a "hard" error) is not swallowed by the optional
//! field: it fails the call with its path, as the strict pass would.

use std::any::type_name;
use std::cell::Cell;
use std::collections::BTreeSet;
use std::sync::Mutex;

use serde::de::{self, DeserializeOwned, MapAccess};
use serde_json::value::RawValue;

use crate::undeclared::RawSeed;
pub use crate::undeclared::{Key, KeySeed, Undeclared};

thread_local! {
    /// Whether this thread is in [`decode_tolerant`].
    static TOLERANT: Cell<bool> = const { Cell::new(false) };
    /// Whether the error being returned comes from a required field: set
    /// where such an error is made, read where an optional field decides
    /// whether it may give its value up.
    static HARD: Cell<bool> = const { Cell::new(false) };
}

/// Whether the object being decoded is on the tolerant pass (read once per
/// object by the derived visitors).
#[inline]
pub fn tolerant() -> bool {
    TOLERANT.with(Cell::get)
}

/// Decodes the value of the declared key `key` into `slot`, strictly: a
/// value of the wrong type or a second value for the same key is an
/// error, as with serde's derive.
#[inline]
fn value<'de, A, T>(map: &mut A, slot: &mut Option<T>, key: &'static str) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: de::Deserialize<'de>,
{
    if slot.is_some() {
        return Err(duplicate(key));
    }
    *slot = Some(map.next_value().map_err(|error| at_key(error, key))?);
    Ok(())
}

/// Decodes the value of the required field `key` into `slot`: strictly,
/// or, on the tolerant pass, from its text, so that an error names the
/// path inside it.
#[inline(always)]
pub fn required_value<'de, A, T>(
    map: &mut A,
    slot: &mut Option<T>,
    key: &'static str,
    tolerant: bool,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: DeserializeOwned,
{
    if tolerant {
        tolerant_value(map, slot, key, None)
    } else {
        value(map, slot, key)
    }
}

/// Decodes the value of the optional field `key` into `slot`: strictly,
/// or, on the tolerant pass, giving a value that does not fit up to
/// `undeclared`, with `owner` (the struct's name) named in the warning.
#[inline(always)]
pub fn optional_value<'de, A, T>(
    map: &mut A,
    slot: &mut Option<T>,
    key: &'static str,
    tolerant: bool,
    undeclared: &mut Undeclared,
    owner: &'static str,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: DeserializeOwned,
{
    if tolerant {
        tolerant_value(map, slot, key, Some(Keep { undeclared, owner }))
    } else {
        value(map, slot, key)
    }
}

/// A field's value on the tolerant pass, read as text and decoded from it:
/// into `slot`, or, for an optional field (`keep`) whose value does not fit,
/// into the undeclared members.
#[cold]
#[inline(never)]
fn tolerant_value<'de, A, T>(
    map: &mut A,
    slot: &mut Option<T>,
    key: &'static str,
    keep: Option<Keep<'_>>,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: DeserializeOwned,
{
    if slot.is_some() {
        return Err(duplicate(key));
    }
    let text = captured(map)?;
    *slot = field_from_text::<T>(&text, key, keep).map_err(de::Error::custom)?;
    Ok(())
}

/// Where an optional field gives up a value that does not fit.
struct Keep<'a> {
    undeclared: &'a mut Undeclared,
    /// The struct's name, for the warning.
    owner: &'static str,
}

/// A field's value decoded from its text on the tolerant pass: the value;
/// `None` when the field is optional (`keep`) and the value does not fit
/// (it is kept instead); or the error message, with the path. Generic
/// over the field's type only, and the rest is in [`settle`], so that the
/// code the tolerant pass adds per type stays small.
fn field_from_text<T: DeserializeOwned>(
    text: &str,
    key: &'static str,
    keep: Option<Keep<'_>>,
) -> Result<Option<T>, String> {
    let outer = HARD.with(|hard| hard.replace(false));
    let result = from_text::<T>(text);
    let hard = HARD.with(|hard| hard.replace(outer));
    match result {
        Ok(value) => Ok(Some(value)),
        Err(error) => settle(
            text,
            key,
            &error,
            hard,
            keep,
            &short_type_name::<T>(),
            &|prefix| from_text::<T>(prefix).is_ok(),
        )
        .map(|()| None),
    }
}

/// What a field's value that did not decode becomes: kept, with a
/// warning, in an optional field's struct (`Ok`), or the error message
/// with its path (`Err`) for a required field, or for an error that comes
/// from a required field further down ("hard").
#[cold]
fn settle(
    text: &str,
    key: &'static str,
    error: &serde_json::Error,
    hard: bool,
    keep: Option<Keep<'_>>,
    expected: &str,
    decodes: &dyn Fn(&str) -> bool,
) -> Result<(), String> {
    match keep {
        Some(keep) if !hard => {
            warn_once(keep.owner, key, expected, json_kind(text));
            keep.undeclared.member(key, text);
            Ok(())
        }
        _ => {
            HARD.with(|hard| hard.set(true));
            Err(failure(text, error, decodes).under(key))
        }
    }
}

/// The value of a required key, or the error naming it.
#[inline]
pub fn required<T, E: de::Error>(slot: Option<T>, key: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| {
        HARD.with(|hard| hard.set(true));
        E::missing_field(key)
    })
}

#[cold]
fn duplicate<E: de::Error>(key: &'static str) -> E {
    HARD.with(|hard| hard.set(true));
    E::duplicate_field(key)
}

/// Decodes `text`, a JSON body, on the tolerant pass (see the module
/// docs): what klink-api does after a strict decode fails with a data
/// error. Its error, when it fails too, names the whole path.
///
/// # Errors
///
/// serde_json's, when the body is not JSON, or a required field or the
/// top of the body does not fit `T`.
pub fn decode_tolerant<T: DeserializeOwned>(text: &str) -> serde_json::Result<T> {
    let _pass = TolerantPass::start();
    from_text::<T>(text).map_err(|error| {
        if !error.is_data() {
            return error;
        }
        let decodes = |prefix: &str| from_text::<T>(prefix).is_ok();
        let message = failure(text, &error, &decodes).under("");
        let (line, column) = (error.line(), error.column());
        de::Error::custom(format_args!("{message} at line {line} column {column}"))
    })
}

/// [`decode_tolerant`] for a value already parsed (a webhook envelope's
/// `data`).
///
/// # Errors
///
/// serde_json's, when a required field or the top of the value does not
/// fit `T`, with its path.
#[cfg(feature = "webhooks")]
pub fn decode_value_tolerant<T: DeserializeOwned>(
    value: &serde_json::Value,
) -> serde_json::Result<T> {
    let _pass = TolerantPass::start();
    T::deserialize(value).map_err(|error| {
        // The index of a failing item, from the value's text: only on the
        // way to an error.
        let text = value.to_string();
        let decodes = |prefix: &str| from_text::<T>(prefix).is_ok();
        de::Error::custom(failure(&text, &error, &decodes).under(""))
    })
}

/// The tolerant mode of this thread while it lives (restored on drop, so a
/// panic or a nested decode leaves the thread as it was).
struct TolerantPass {
    was: bool,
}

impl TolerantPass {
    fn start() -> Self {
        HARD.with(|hard| hard.set(false));
        Self {
            was: TOLERANT.with(|tolerant| tolerant.replace(true)),
        }
    }
}

impl Drop for TolerantPass {
    fn drop(&mut self) {
        TOLERANT.with(|tolerant| tolerant.set(self.was));
    }
}

/// The next value's JSON text, as serde_json read it.
fn captured<'de, A: MapAccess<'de>>(map: &mut A) -> Result<String, A::Error> {
    let mut text = String::new();
    map.next_value_seed(RawSeed::new(&mut text))?;
    Ok(text)
}

/// Why a value's text did not decode: the path inside the value (the
/// index of the item that failed, for an array) and the message, without
/// serde_json's position (which would be a place in the value's text, not
/// in the body).
struct Failure {
    path: String,
    message: String,
}

impl Failure {
    /// The message for the value at `prefix` (a key, or nothing for the
    /// whole body): ``at `key[1].inner`: ...``, or the message alone when
    /// there is no path at all.
    fn under(&self, prefix: &str) -> String {
        let path = format!("{prefix}{}", self.path);
        if path.is_empty() {
            self.message.clone()
        } else {
            joined(&path, &self.message)
        }
    }
}

/// Decodes `text` with the deserializer a body is decoded with, so that it
/// costs no code of its own; the failure's path is found only when asked.
fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    serde_json::from_str(text)
}

/// `error`, from decoding `text`, with the index of the item that failed
/// when `text` is an array (`decodes` tells whether a text decodes).
#[cold]
fn failure(text: &str, error: &serde_json::Error, decodes: &dyn Fn(&str) -> bool) -> Failure {
    Failure {
        path: failing_item(text, decodes).map_or_else(String::new, |index| format!("[{index}]")),
        message: without_position(&error.to_string()).to_owned(),
    }
}

/// The index of the first item of the array `text` that does not decode:
/// the shortest prefix of the array that does not decode ends with it.
/// `None` when `text` is not an array. Only on the way to an error, so
/// decoding a few prefixes again costs nothing that matters; it spares
/// every type a second, path-tracking decoder in the crate's code.
fn failing_item(text: &str, decodes: &dyn Fn(&str) -> bool) -> Option<usize> {
    if !text.trim_start().starts_with('[') {
        return None;
    }
    let items: Vec<&RawValue> = serde_json::from_str(text).ok()?;
    let hard = HARD.with(Cell::get);
    let prefix_decodes = |len: usize| {
        let mut prefix = String::with_capacity(text.len());
        prefix.push('[');
        for (i, item) in items[..len].iter().enumerate() {
            if i > 0 {
                prefix.push(',');
            }
            prefix.push_str(item.get());
        }
        prefix.push(']');
        decodes(&prefix)
    };
    // `prefix_decodes(lo)` holds and `prefix_decodes(hi)` does not.
    let (mut lo, mut hi) = (0, items.len());
    let found = if prefix_decodes(hi) || !prefix_decodes(lo) {
        None
    } else {
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if prefix_decodes(mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Some(hi - 1)
    };
    HARD.with(|flag| flag.set(hard));
    found
}

/// `message` under `prefix` (a key path): a message that names a path
/// itself (`at `inner`: ...`) has it appended to `prefix`.
fn joined(prefix: &str, message: &str) -> String {
    if let Some(rest) = message.strip_prefix("at `")
        && let Some((inner, rest)) = rest.split_once("`: ")
    {
        let separator = if inner.starts_with('[') { "" } else { "." };
        return format!("at `{prefix}{separator}{inner}`: {rest}");
    }
    format!("at `{prefix}`: {message}")
}

/// serde_json's message without the ` at line L column C` it ends with.
fn without_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(at) if message[at..].contains(" column ") => &message[..at],
        _ => message,
    }
}

/// `error`, prefixed with the key whose value it is about. Nested objects
/// join their keys into a path: ``at `data.createdAt`: ...``. serde_json
/// reads the ` at line L column C` that ends the message back as the
/// error's position, so the position is kept.
#[cold]
fn at_key<E: de::Error>(error: E, key: &str) -> E {
    E::custom(joined(key, &error.to_string()))
}

/// The (type, key) pairs warned about: once each per process, however many
/// items carry the same surprise.
static WARNED: Mutex<BTreeSet<(&str, &str)>> = Mutex::new(BTreeSet::new());

/// Warns, once per type and key, that a value was kept in `extra`. Names
/// the kind of value that came, never the value (it may be personal data).
#[cold]
fn warn_once(owner: &'static str, key: &'static str, expected: &str, came: &str) {
    let first = WARNED
        .lock()
        .map(|mut warned| warned.insert((owner, key)))
        .unwrap_or(true);
    if first {
        tracing::warn!(
            r#type = owner,
            key,
            expected,
            came,
            "a value of another type than the spec declares was kept in `extra`, its field left empty"
        );
    }
}

/// `T`'s name without module paths: `Option<Vec<String>>`.
fn short_type_name<T>() -> String {
    let full = type_name::<T>();
    let mut out = String::with_capacity(full.len());
    let mut path = String::new();
    for c in full.chars() {
        if c.is_alphanumeric() || c == '_' || c == ':' {
            path.push(c);
        } else {
            out.push_str(path.rsplit("::").next().unwrap_or_default());
            path.clear();
            out.push(c);
        }
    }
    out.push_str(path.rsplit("::").next().unwrap_or_default());
    out
}

/// The JSON kind of a value's text.
fn json_kind(text: &str) -> &'static str {
    match text.trim_start().as_bytes().first() {
        Some(b'"') => "a string",
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        Some(_) => "a number",
        None => "nothing",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_join_keys_and_indices() {
        assert_eq!(
            joined("data[1]", "at `ticketNumber`: invalid type"),
            "at `data[1].ticketNumber`: invalid type"
        );
        assert_eq!(joined("data", "at `[0].a`: x"), "at `data[0].a`: x");
        assert_eq!(
            joined("data", "missing field `id`"),
            "at `data`: missing field `id`"
        );
        assert_eq!(joined("[2]", "at `id`: x"), "at `[2].id`: x");
    }

    #[test]
    fn positions_are_taken_off_messages() {
        assert_eq!(
            without_position("invalid type: string \"1\", expected i64 at line 1 column 3"),
            "invalid type: string \"1\", expected i64"
        );
        assert_eq!(without_position("missing field `id`"), "missing field `id`");
    }

    #[test]
    fn type_names_lose_their_module_paths() {
        assert_eq!(short_type_name::<Option<i64>>(), "Option<i64>");
        assert_eq!(short_type_name::<Vec<String>>(), "Vec<String>");
        assert_eq!(
            short_type_name::<Option<Vec<crate::Timestamp>>>(),
            "Option<Vec<Timestamp>>"
        );
        assert_eq!(short_type_name::<(i64, &str)>(), "(i64, &str)");
    }

    #[test]
    fn kinds_of_values() {
        let kinds: Vec<&str> = ["\"x\"", "{}", " [1]", "true", "null", "-1.5"]
            .into_iter()
            .map(json_kind)
            .collect();
        assert_eq!(
            kinds,
            [
                "a string",
                "an object",
                "an array",
                "a boolean",
                "null",
                "a number"
            ]
        );
    }
}
