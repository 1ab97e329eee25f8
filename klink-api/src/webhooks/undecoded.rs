//! Why an authentic delivery is [`Event::Undecoded`](super::Event::Undecoded),
//! and what can still be read from such a body.

use std::fmt;

use serde::Deserialize;
use serde_json::Value;

use crate::timestamp::Timestamp;

/// Why an authentic delivery could not be read as a documented event. Each
/// variant holds serde's message, which may quote a value from the body:
/// log it with care.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum UndecodedReason {
    /// The body is not JSON (plain text, invalid UTF-8, an empty body).
    NotJson(String),
    /// The body is JSON but not the `{event, timestamp, data}` envelope (a
    /// key missing or of another type, an array, a bare string).
    NotEnvelope(String),
    /// The body is the envelope of a documented event, but its `data` does
    /// not have the documented shape.
    Payload(String),
}

impl UndecodedReason {
    /// A short label that quotes nothing from the body, for logs and
    /// metrics: `not JSON`, `not an envelope` or `undocumented payload`.
    pub fn label(&self) -> &'static str {
        match self {
            Self::NotJson(_) => "not JSON",
            Self::NotEnvelope(_) => "not an envelope",
            Self::Payload(_) => "undocumented payload",
        }
    }

    /// serde's message.
    pub fn message(&self) -> &str {
        match self {
            Self::NotJson(message) | Self::NotEnvelope(message) | Self::Payload(message) => message,
        }
    }
}

impl fmt::Display for UndecodedReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.label(), self.message())
    }
}

/// The envelope's members that a JSON body which is not the envelope still
/// has, each taken only where it is usable: an `event` string, a
/// `timestamp` the SDK reads, any `data`.
#[derive(Default)]
pub(super) struct Salvaged {
    pub(super) event: Option<String>,
    pub(super) timestamp: Option<Timestamp>,
    pub(super) data: Option<Value>,
}

impl Salvaged {
    /// What `json` holds of the envelope; nothing unless it is an object.
    pub(super) fn from_json(json: Value) -> Self {
        let Value::Object(mut members) = json else {
            return Self::default();
        };
        Self {
            event: match members.remove("event") {
                Some(Value::String(event)) => Some(event),
                _ => None,
            },
            timestamp: members
                .get("timestamp")
                .and_then(|value| Timestamp::deserialize(value).ok()),
            data: members.remove("data"),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn only_usable_members_are_salvaged() {
        let salvaged = Salvaged::from_json(json!({
            "event": "contact.create",
            "timestamp": "2026-01-09T03:42:38.000000Z",
            "data": [1],
        }));
        assert_eq!(salvaged.event.as_deref(), Some("contact.create"));
        assert!(salvaged.timestamp.is_some());
        assert_eq!(salvaged.data, Some(json!([1])));

        let salvaged = Salvaged::from_json(json!({"event": 1, "timestamp": "soon", "data": null}));
        assert_eq!(salvaged.event, None);
        assert_eq!(salvaged.timestamp, None);
        assert_eq!(
            salvaged.data,
            Some(Value::Null),
            "a null `data` is still sent"
        );

        for json in [
            json!([{"event": "contact.create"}]),
            json!("contact.create"),
            json!(7),
        ] {
            let salvaged = Salvaged::from_json(json);
            assert!(salvaged.event.is_none() && salvaged.timestamp.is_none());
            assert!(salvaged.data.is_none());
        }
    }

    #[test]
    fn labels_quote_nothing_from_the_body() {
        let secret = "mya@example.com";
        for reason in [
            UndecodedReason::NotJson(format!("expected value near {secret}")),
            UndecodedReason::NotEnvelope(format!("invalid type: string \"{secret}\"")),
            UndecodedReason::Payload(format!("invalid type: string \"{secret}\"")),
        ] {
            assert!(!reason.label().contains(secret));
            assert!(reason.to_string().starts_with(reason.label()));
            assert!(reason.message().contains(secret));
        }
    }
}
