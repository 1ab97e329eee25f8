//! RFC 3339 timestamps that survive a round trip unchanged.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, Timelike, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An instant in UTC, as the K-LINK API writes it.
///
/// Parses any RFC 3339 timestamp (up to nine fractional digits, any offset)
/// and writes it back in UTC with trailing fractional zeros dropped
/// (`2026-02-20T11:46:31.61603869Z`), which is the server's own format, so a
/// payload decoded and encoded again is unchanged. Every `format: date-time`
/// field of the spec has this type.
///
/// ```
/// use klink_api::Timestamp;
///
/// let t: Timestamp = "2026-02-20T11:46:31.61603869Z".parse()?;
/// assert_eq!(t.to_string(), "2026-02-20T11:46:31.61603869Z");
/// let offset: Timestamp = "2026-02-20T13:46:31+02:00".parse()?;
/// assert_eq!(offset.to_string(), "2026-02-20T11:46:31Z");
/// # Ok::<(), chrono::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(DateTime<Utc>);

impl Timestamp {
    /// The current time.
    pub fn now() -> Self {
        Self(DateTime::from(std::time::SystemTime::now()))
    }

    /// The instant as a chrono `DateTime`.
    pub fn as_datetime(&self) -> &DateTime<Utc> {
        &self.0
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(instant: DateTime<Utc>) -> Self {
        Self(instant)
    }
}

impl From<Timestamp> for DateTime<Utc> {
    fn from(timestamp: Timestamp) -> Self {
        timestamp.0
    }
}

impl FromStr for Timestamp {
    type Err = chrono::ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DateTime::parse_from_rfc3339(s).map(|t| Self(t.with_timezone(&Utc)))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = &self.0;
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        )?;
        // chrono stores a leap second as nanoseconds >= 1e9.
        let nanos = t.nanosecond() % 1_000_000_000;
        if nanos != 0 {
            let digits = format!("{nanos:09}");
            write!(f, ".{}", digits.trim_end_matches('0'))?;
        }
        f.write_str("Z")
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Timestamp({self})")
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Timestamp;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 timestamp")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Timestamp, E> {
                s.parse()
                    .map_err(|e| E::custom(format_args!("invalid timestamp {s:?}: {e}")))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}
