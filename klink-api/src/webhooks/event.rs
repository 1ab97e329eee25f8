//! Webhook events, dispatched on the envelope's `event` name.

use serde::ser::Error as _;
use serde::{Serialize, Serializer};
use serde_json::Value;

use super::error::WebhookError;
use super::undecoded::{Salvaged, UndecodedReason};
use crate::generated::types::{Message, WebhookContact, WebhookEnvelope};
use crate::timestamp::Timestamp;

/// One webhook delivery: the envelope `{event, timestamp, data}` with `data`
/// typed where the docs show its shape.
///
/// An event name the SDK does not know arrives as [`Event::Unknown`] with
/// its payload as JSON, so a new event type never breaks a receiver. The
/// docs name a contact-update and a room-solved event only in prose; until
/// their names are published they arrive as `Unknown` too. A body that is
/// not a documented event at all — a documented event whose payload does
/// not have the documented shape, JSON that is not the envelope, a body
/// that is not JSON — arrives as [`Event::Undecoded`] with the body as it
/// came: the docs show payloads only in part, and once its signature holds
/// a delivery comes from K-LINK and is never lost for its shape.
///
/// `Serialize` writes the envelope back (an `Undecoded` event: its body,
/// when that is JSON).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// `contact.create`: a contact was added.
    ContactCreate {
        /// When it happened.
        timestamp: Timestamp,
        /// The new contact, with the fields the docs' example shows (keys
        /// the docs cut off are kept in its `extra`).
        contact: WebhookContact,
    },
    /// `message.inbound`: a customer sent a message. The payload is not
    /// published: `data` is the JSON as sent; [`Event::message`] tries the
    /// documented [`Message`] shape.
    MessageInbound {
        /// When it happened.
        timestamp: Timestamp,
        /// The payload, unparsed.
        data: Value,
    },
    /// `message.outbound`: an agent or AI sent a message. The payload is not
    /// published: `data` is the JSON as sent; [`Event::message`] tries the
    /// documented [`Message`] shape.
    MessageOutbound {
        /// When it happened.
        timestamp: Timestamp,
        /// The payload, unparsed.
        data: Value,
    },
    /// A body that is not a documented event: a documented event whose
    /// `data` does not have its documented shape, JSON that is not the
    /// `{event, timestamp, data}` envelope, or a body that is not JSON.
    ///
    /// It exists so that an authentic delivery is handed over rather than
    /// refused: the docs publish the payloads only in part, and refusing a
    /// delivery whose signature holds would lose it. The raw `body` is
    /// always there; `event`, `timestamp` and `data` hold what of the
    /// envelope the body still has. The delivery is authentic when it came
    /// from [`Webhook::verify`](super::Webhook::verify).
    Undecoded {
        /// The `event` name, when the body is a JSON object whose `event`
        /// is a string.
        event: Option<String>,
        /// When it happened, when the body is a JSON object with a
        /// `timestamp` the SDK reads.
        timestamp: Option<Timestamp>,
        /// The payload, when the body is a JSON object with a `data` key.
        data: Option<Value>,
        /// The body, byte for byte as received (it may hold personal data:
        /// do not log it).
        body: Vec<u8>,
        /// Why it is not a documented event.
        reason: UndecodedReason,
    },
    /// Any other event name.
    Unknown {
        /// The event name as sent.
        event: String,
        /// When it happened.
        timestamp: Timestamp,
        /// The payload, unparsed.
        data: Value,
    },
}

impl Event {
    /// The `event` name of [`Event::ContactCreate`].
    pub const CONTACT_CREATE: &str = "contact.create";
    /// The `event` name of [`Event::MessageInbound`].
    pub const MESSAGE_INBOUND: &str = "message.inbound";
    /// The `event` name of [`Event::MessageOutbound`].
    pub const MESSAGE_OUTBOUND: &str = "message.outbound";

    /// Reads a request body **without checking its signature**.
    ///
    /// Call it only on a body whose signature you have checked with
    /// [`verify_signature`](super::verify_signature), or on events you
    /// stored yourself; [`Webhook::verify`](super::Webhook::verify) does
    /// both steps in the right order.
    ///
    /// Any body is an event: one that is not a documented event is
    /// [`Event::Undecoded`], with the reason.
    pub fn parse_unverified(body: &[u8]) -> Self {
        // The envelope straight from the bytes: the common case builds no
        // intermediate JSON tree.
        let error = match serde_json::from_slice::<WebhookEnvelope>(body) {
            Ok(envelope) => return Self::dispatch(envelope, Some(body)),
            Err(error) => error,
        };
        // Told apart only now: a typed parse stops at the first missing key,
        // before a syntax error further on.
        let (salvaged, reason) = match serde_json::from_slice::<Value>(body) {
            Ok(json) => (
                Salvaged::from_json(json),
                UndecodedReason::NotEnvelope(error.to_string()),
            ),
            Err(error) => (
                Salvaged::default(),
                UndecodedReason::NotJson(error.to_string()),
            ),
        };
        Self::Undecoded {
            event: salvaged.event,
            timestamp: salvaged.timestamp,
            data: salvaged.data,
            body: body.to_vec(),
            reason,
        }
    }

    /// The `event` name, e.g. `contact.create`; `None` only for an
    /// [`Event::Undecoded`] body without one.
    pub fn name(&self) -> Option<&str> {
        match self {
            Self::ContactCreate { .. } => Some(Self::CONTACT_CREATE),
            Self::MessageInbound { .. } => Some(Self::MESSAGE_INBOUND),
            Self::MessageOutbound { .. } => Some(Self::MESSAGE_OUTBOUND),
            Self::Undecoded { event, .. } => event.as_deref(),
            Self::Unknown { event, .. } => Some(event),
        }
    }

    /// When the event happened; `None` only for an [`Event::Undecoded`]
    /// body without a readable timestamp.
    pub fn timestamp(&self) -> Option<Timestamp> {
        match self {
            Self::ContactCreate { timestamp, .. }
            | Self::MessageInbound { timestamp, .. }
            | Self::MessageOutbound { timestamp, .. }
            | Self::Unknown { timestamp, .. } => Some(*timestamp),
            Self::Undecoded { timestamp, .. } => *timestamp,
        }
    }

    /// For the message events, their payload read as the documented
    /// [`Message`] (the message object of the REST API). The docs do not
    /// publish the message events' payload, so this is a guess that may
    /// fail; the JSON stays in `data` either way. `None` for other events.
    pub fn message(&self) -> Option<Result<Message, serde_json::Error>> {
        match self {
            Self::MessageInbound { data, .. } | Self::MessageOutbound { data, .. } => {
                Some(crate::decode::decode_value::<Message>(data))
            }
            Self::ContactCreate { .. } | Self::Undecoded { .. } | Self::Unknown { .. } => None,
        }
    }

    /// Dispatches on the event name. `raw` is the body the envelope was
    /// read from; without it, an `Undecoded` event's body is the envelope
    /// written again.
    fn dispatch(envelope: WebhookEnvelope, raw: Option<&[u8]>) -> Self {
        let WebhookEnvelope {
            data,
            event,
            timestamp,
        } = envelope;
        match event.as_str() {
            // Read from a borrow, so that the JSON is at hand if it fails.
            // As a response's body: an optional field that does not fit
            // gives its value up to `extra` instead of failing.
            Self::CONTACT_CREATE => match crate::decode::decode_value::<WebhookContact>(&data) {
                Ok(contact) => Self::ContactCreate { timestamp, contact },
                Err(error) => {
                    let body = raw.map_or_else(
                        // Writing a JSON tree cannot fail.
                        || {
                            serde_json::to_vec(&EnvelopeRef::new(&event, &timestamp, &data))
                                .unwrap_or_default()
                        },
                        <[u8]>::to_vec,
                    );
                    Self::Undecoded {
                        event: Some(event),
                        timestamp: Some(timestamp),
                        data: Some(data),
                        body,
                        reason: UndecodedReason::Payload(error.to_string()),
                    }
                }
            },
            Self::MESSAGE_INBOUND => Self::MessageInbound { timestamp, data },
            Self::MESSAGE_OUTBOUND => Self::MessageOutbound { timestamp, data },
            _ => Self::Unknown {
                event,
                timestamp,
                data,
            },
        }
    }
}

impl TryFrom<WebhookEnvelope> for Event {
    type Error = WebhookError;

    /// Dispatches on the event name; never fails (a `data` of another shape
    /// than documented is [`Event::Undecoded`], its body the envelope as
    /// serde_json writes it).
    fn try_from(envelope: WebhookEnvelope) -> Result<Self, WebhookError> {
        Ok(Self::dispatch(envelope, None))
    }
}

impl Serialize for Event {
    /// Writes the envelope `{event, timestamp, data}`; an `Undecoded` event
    /// writes its body as the JSON it is.
    ///
    /// Fails for an `Undecoded` event whose body is not JSON: store its
    /// `body` bytes instead.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ContactCreate { timestamp, contact } => {
                EnvelopeRef::new(Self::CONTACT_CREATE, timestamp, contact).serialize(serializer)
            }
            Self::MessageInbound { timestamp, data } => {
                EnvelopeRef::new(Self::MESSAGE_INBOUND, timestamp, data).serialize(serializer)
            }
            Self::MessageOutbound { timestamp, data } => {
                EnvelopeRef::new(Self::MESSAGE_OUTBOUND, timestamp, data).serialize(serializer)
            }
            Self::Unknown {
                event,
                timestamp,
                data,
            } => EnvelopeRef::new(event, timestamp, data).serialize(serializer),
            Self::Undecoded { body, .. } => {
                // A tree rather than the raw text, which only serde_json's
                // own serializers would write as JSON.
                let json: Value = serde_json::from_slice(body)
                    .map_err(|_| S::Error::custom("the webhook body is not JSON"))?;
                json.serialize(serializer)
            }
        }
    }
}

/// The envelope, borrowed from an [`Event`] for writing.
#[derive(Serialize)]
struct EnvelopeRef<'a, D> {
    event: &'a str,
    timestamp: &'a Timestamp,
    data: &'a D,
}

impl<'a, D> EnvelopeRef<'a, D> {
    fn new(event: &'a str, timestamp: &'a Timestamp, data: &'a D) -> Self {
        Self {
            event,
            timestamp,
            data,
        }
    }
}
