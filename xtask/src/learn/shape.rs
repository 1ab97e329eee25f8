//! The shape of the JSON values seen at one place: how many of each JSON
//! type, the keys of objects with how often each was present, and the
//! merged shape of array items. Values themselves are never kept, except a
//! few distinct scalars when the user asks for them (`--show-values`).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

/// At most this many distinct values are kept for `--show-values`.
const KEPT_VALUES: usize = 10;
/// Longer values are cut to this many characters for `--show-values`.
const VALUE_CHARS: usize = 40;

/// What the samples at one location looked like.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shape {
    /// Values seen here, `null` included.
    pub seen: u64,
    /// `null`s.
    pub nulls: u64,
    /// Booleans.
    pub booleans: u64,
    /// Numbers without a fractional part.
    pub integers: u64,
    /// Numbers with one.
    pub numbers: u64,
    /// Strings.
    pub strings: u64,
    /// Strings that look like RFC 3339 date-times.
    pub date_times: u64,
    /// Strings `klink_api::Timestamp` reads, by the `format` that says so.
    pub timestamps: BTreeMap<&'static str, u64>,
    /// Arrays.
    pub arrays: u64,
    /// The items of every array, merged.
    pub items: Option<Box<Shape>>,
    /// Objects.
    pub objects: u64,
    /// Each key of those objects; its `seen` is how many objects had it.
    pub properties: BTreeMap<String, Shape>,
    /// Distinct scalar values, only kept with `--show-values`.
    pub values: BTreeSet<String>,
}

/// The one JSON type the samples agree on, after merging.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Only `null` (or nothing) was seen: the type is unknown.
    Unknown,
    /// `boolean`.
    Boolean,
    /// `integer`.
    Integer,
    /// `number` (integers and fractions merged).
    Number,
    /// `string`.
    String,
    /// `array`.
    Array,
    /// `object`.
    Object,
    /// Two or more incompatible types (string and integer, ...).
    Conflict,
}

impl Shape {
    /// The shape of one value.
    pub fn of(value: &Value, keep_values: bool) -> Self {
        let mut shape = Self::default();
        shape.add(value, keep_values);
        shape
    }

    /// Adds one sample's JSON type only (not what an array or object
    /// holds): enough to judge it against a declared type.
    pub fn add_type(&mut self, value: &Value) {
        self.seen += 1;
        match value {
            Value::Null => self.nulls += 1,
            Value::Bool(_) => self.booleans += 1,
            Value::Number(n) if n.is_i64() || n.is_u64() => self.integers += 1,
            Value::Number(_) => self.numbers += 1,
            Value::String(s) => {
                self.strings += 1;
                if looks_like_date_time(s) {
                    self.date_times += 1;
                }
                if let Some(format) = timestamp_format(s) {
                    *self.timestamps.entry(format).or_default() += 1;
                }
            }
            Value::Array(_) => self.arrays += 1,
            Value::Object(_) => self.objects += 1,
        }
    }

    /// Adds one sample.
    pub fn add(&mut self, value: &Value, keep_values: bool) {
        match value {
            Value::Array(items) => {
                self.seen += 1;
                self.arrays += 1;
                let merged = self.items.get_or_insert_with(Default::default);
                for item in items {
                    merged.add(item, keep_values);
                }
            }
            Value::Object(map) => {
                self.seen += 1;
                self.objects += 1;
                for (key, child) in map {
                    self.properties
                        .entry(key.clone())
                        .or_default()
                        .add(child, keep_values);
                }
            }
            scalar => self.add_type(scalar),
        }
        if keep_values && !matches!(value, Value::Array(_) | Value::Object(_)) {
            self.keep(value);
        }
    }

    fn keep(&mut self, value: &Value) {
        if self.values.len() >= KEPT_VALUES {
            return;
        }
        let text = match value {
            Value::String(s) => format!("{:?}", s.chars().take(VALUE_CHARS).collect::<String>()),
            other => other.to_string(),
        };
        self.values.insert(text);
    }

    /// Merges another location's samples into this one.
    pub fn merge(&mut self, other: &Shape) {
        self.seen += other.seen;
        self.nulls += other.nulls;
        self.booleans += other.booleans;
        self.integers += other.integers;
        self.numbers += other.numbers;
        self.strings += other.strings;
        self.date_times += other.date_times;
        for (format, n) in &other.timestamps {
            *self.timestamps.entry(format).or_default() += n;
        }
        self.arrays += other.arrays;
        self.objects += other.objects;
        if let Some(items) = &other.items {
            self.items.get_or_insert_with(Default::default).merge(items);
        }
        for (key, child) in &other.properties {
            self.properties.entry(key.clone()).or_default().merge(child);
        }
        for value in &other.values {
            if self.values.len() < KEPT_VALUES {
                self.values.insert(value.clone());
            }
        }
    }

    /// The merged type: integer + number is number; any other mix is a
    /// conflict, reported and never resolved; `null` only makes it nullable.
    pub fn kind(&self) -> Kind {
        let numeric = self.integers + self.numbers > 0;
        let present = [
            self.booleans > 0,
            numeric,
            self.strings > 0,
            self.arrays > 0,
            self.objects > 0,
        ];
        match present.iter().filter(|p| **p).count() {
            0 => Kind::Unknown,
            1 if self.booleans > 0 => Kind::Boolean,
            1 if numeric && self.numbers > 0 => Kind::Number,
            1 if numeric => Kind::Integer,
            1 if self.strings > 0 => Kind::String,
            1 if self.arrays > 0 => Kind::Array,
            1 => Kind::Object,
            _ => Kind::Conflict,
        }
    }

    /// Whether `null` was seen beside another type.
    pub fn nullable(&self) -> bool {
        self.nulls > 0
    }

    /// Whether every string seen looks like a date-time.
    pub fn all_date_times(&self) -> bool {
        self.strings > 0 && self.date_times == self.strings
    }

    /// The `format` that makes every string seen a `klink_api::Timestamp`:
    /// `date-time` when all are RFC 3339, `klink-timestamp` when some are
    /// CxLog's layout; `None` when one is neither (or none was seen).
    pub fn timestamp_format(&self) -> Option<&'static str> {
        let rfc_3339 = self.timestamps.get("date-time").copied().unwrap_or(0);
        let cx_log = self.timestamps.get("klink-timestamp").copied().unwrap_or(0);
        match (self.strings, rfc_3339, cx_log) {
            (0, _, _) => None,
            (all, rfc, 0) if rfc == all => Some("date-time"),
            (all, rfc, cx) if rfc + cx == all => Some("klink-timestamp"),
            _ => None,
        }
    }

    /// The JSON types seen with their counts, e.g. `integer ×2, string ×1`.
    pub fn type_counts(&self) -> String {
        [
            ("boolean", self.booleans),
            ("integer", self.integers),
            ("number", self.numbers),
            ("string", self.strings),
            ("array", self.arrays),
            ("object", self.objects),
            ("null", self.nulls),
        ]
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(name, n)| format!("{name} ×{n}"))
        .collect::<Vec<_>>()
        .join(", ")
    }

    /// A one-line description: `string, nullable`, `array of object {a: string}`.
    pub fn describe(&self) -> String {
        let mut text = match self.kind() {
            Kind::Unknown => "only null (type unknown)".to_owned(),
            Kind::Conflict => format!("conflict: {} (not resolved)", self.type_counts()),
            Kind::Array => match self.items.as_deref() {
                Some(items) if items.seen > 0 => format!("array of {}", items.describe()),
                _ => "array, only seen empty (item type unknown)".to_owned(),
            },
            Kind::Object => {
                let mut keys: Vec<String> = self
                    .properties
                    .iter()
                    .filter(|(key, _)| !key_looks_like_data(key))
                    .map(|(key, child)| format!("{key}: {}", child.describe()))
                    .collect();
                let hidden = self.properties.len() - keys.len();
                if hidden > 0 {
                    keys.push(format!("{hidden} key(s) that look like data"));
                }
                format!("object {{{}}}", keys.join(", "))
            }
            kind => kind.name().to_owned(),
        };
        if self.kind() == Kind::String && self.all_date_times() {
            text.push_str(" (date-time-like)");
        }
        if self.nullable() && !matches!(self.kind(), Kind::Unknown | Kind::Conflict) {
            text.push_str(", nullable");
        }
        text
    }
}

impl Kind {
    /// The OpenAPI `type` name.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Unknown => "unknown",
            Kind::Boolean => "boolean",
            Kind::Integer => "integer",
            Kind::Number => "number",
            Kind::String => "string",
            Kind::Array => "array",
            Kind::Object => "object",
            Kind::Conflict => "conflict",
        }
    }
}

/// Whether an object key looks like captured data rather than a field's
/// name: an e-mail address, a number, a UUID or other hex id, or anything
/// longer than 64 characters (a map keyed by customers, say). Such keys
/// are never named in the report nor written into the spec.
pub fn key_looks_like_data(key: &str) -> bool {
    let hex_id = key.len() >= 16
        && key.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
        && key.chars().filter(char::is_ascii_digit).count() >= 4;
    key.find('@').is_some_and(|at| at > 0)
        || !key.chars().any(|c| c.is_ascii_alphabetic())
        || key.len() > 64
        || hex_id
}

/// The JSON type of a value, as JSON Schema names it.
pub fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// The `format` under which `klink_api::Timestamp` reads `s`, if it does:
/// `date-time` for RFC 3339 (`2026-03-30T08:30:00.123Z`, any offset),
/// `klink-timestamp` for CxLog's layout (`2026-03-30 08:30:00.000+00`).
/// Stricter than [`looks_like_date_time`]: seconds and an offset are
/// required, fractions stop at nine digits.
pub fn timestamp_format(s: &str) -> Option<&'static str> {
    let b = s.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b.get(range.clone())
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    let fixed = b.len() >= 20
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19);
    if !fixed {
        return None;
    }
    let mut rest = &s[19..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let n = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 9 {
            return None;
        }
        rest = &fraction[n..];
    }
    let offset_digits = |text: &str| text.bytes().all(|c| c.is_ascii_digit());
    match (b[10], rest.as_bytes()) {
        (b'T' | b't', [b'Z' | b'z']) => Some("date-time"),
        (b'T' | b't', [b'+' | b'-', h1, h2, b':', m1, m2])
            if offset_digits(&String::from_utf8_lossy(&[*h1, *h2, *m1, *m2])) =>
        {
            Some("date-time")
        }
        (b' ', [b'+' | b'-', h1, h2]) if h1.is_ascii_digit() && h2.is_ascii_digit() => {
            Some("klink-timestamp")
        }
        _ => None,
    }
}

/// `YYYY-MM-DD` then `T` or a space, `HH:MM`, optional seconds and
/// fraction, optional `Z` or offset: RFC 3339 and the near-misses APIs
/// send (CxLog's `2026-03-30 08:30:00.000+00`).
pub fn looks_like_date_time(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b.get(range.clone())
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    if !(b.len() >= 16
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && matches!(b[10], b'T' | b't' | b' ')
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16))
    {
        return false;
    }
    let mut rest = &s[16..];
    if let Some(seconds) = rest.strip_prefix(':') {
        let end = seconds.find(|c: char| !c.is_ascii_digit() && c != '.');
        let (time, tail) = seconds.split_at(end.unwrap_or(seconds.len()));
        if time.len() < 2 || !time[..2].bytes().all(|c| c.is_ascii_digit()) {
            return false;
        }
        rest = tail;
    }
    match rest.as_bytes().first() {
        None => true,
        Some(b'Z' | b'z') => rest.len() == 1,
        Some(b'+' | b'-') => {
            let offset = rest[1..].replace(':', "");
            matches!(offset.len(), 2 | 4) && offset.bytes().all(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn merged(values: &[Value]) -> Shape {
        let mut shape = Shape::default();
        for value in values {
            shape.add(value, false);
        }
        shape
    }

    #[test]
    fn integer_and_number_merge_to_number_and_null_makes_nullable() {
        let shape = merged(&[json!(1), json!(2.5), json!(null)]);
        assert_eq!(shape.kind(), Kind::Number);
        assert!(shape.nullable());
        assert_eq!(shape.describe(), "number, nullable");
    }

    #[test]
    fn string_and_integer_conflict() {
        let shape = merged(&[json!(1), json!("1")]);
        assert_eq!(shape.kind(), Kind::Conflict);
        assert_eq!(
            shape.describe(),
            "conflict: integer ×1, string ×1 (not resolved)"
        );
    }

    #[test]
    fn arrays_of_objects_merge_item_by_item_with_presence_counts() {
        let shape = merged(&[json!([{"a": 1}, {"a": 2, "b": "x"}]), json!([{"a": 3}])]);
        let items = shape.items.as_deref().unwrap();
        assert_eq!(items.objects, 3);
        assert_eq!(items.properties["a"].seen, 3);
        assert_eq!(items.properties["b"].seen, 1);
    }

    #[test]
    fn keys_that_are_data_are_not_named() {
        for data in [
            "jane@example.org",
            "51002",
            "3f2b1c9e-8d7a-4e6f-9b0c-1a2b3c4d5e6f",
            "0d6b3a522f1e4c7a",
        ] {
            assert!(key_looks_like_data(data), "{data}");
        }
        for name in ["isPrimary", "ticket_number", "@type", "v2", "deadbeef"] {
            assert!(!key_looks_like_data(name), "{name}");
        }
        let shape = Shape::of(&json!({"jane@example.org": 1, "name": "x"}), false);
        assert_eq!(
            shape.describe(),
            "object {name: string, 1 key(s) that look like data}"
        );
    }

    #[test]
    fn values_are_kept_only_when_asked() {
        assert!(Shape::of(&json!("secret"), false).values.is_empty());
        assert_eq!(Shape::of(&json!("v"), true).values.len(), 1);
    }

    #[test]
    fn timestamps_the_runtime_reads() {
        for (text, format) in [
            ("2026-03-30T08:30:00Z", Some("date-time")),
            ("2026-02-20T11:46:31.61603869Z", Some("date-time")),
            ("2026-02-20T13:46:31+02:00", Some("date-time")),
            ("2026-03-30 08:30:00.000+00", Some("klink-timestamp")),
            ("2026-03-30T08:30", None),
            ("2026-03-30T08:30:00", None),
            ("2026-03-30T08:30:00.1234567890Z", None),
            ("string", None),
        ] {
            assert_eq!(timestamp_format(text), format, "{text}");
        }
        let mut shape = Shape::default();
        shape.add(&json!("2026-03-30T08:30:00Z"), false);
        assert_eq!(shape.timestamp_format(), Some("date-time"));
        shape.add(&json!("2026-03-30 08:30:00+00"), false);
        assert_eq!(shape.timestamp_format(), Some("klink-timestamp"));
        shape.add(&json!("soon"), false);
        assert_eq!(shape.timestamp_format(), None);
    }

    #[test]
    fn date_times() {
        for yes in [
            "2026-03-30T08:30:00Z",
            "2026-03-30T08:30:00.123456+07:00",
            "2026-03-30 08:30:00.000+00",
            "2026-03-30T08:30",
        ] {
            assert!(looks_like_date_time(yes), "{yes}");
        }
        for no in [
            "2026-03-30",
            "hello",
            "2026-03-30T08:30:00Q",
            "12345678901234567",
        ] {
            assert!(!looks_like_date_time(no), "{no}");
        }
    }
}
