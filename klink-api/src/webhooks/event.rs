//! Webhook events, dispatched on the envelope's `event` name.

use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use super::WebhookError;
use crate::Timestamp;
use crate::types::{Message, WebhookContact, WebhookEnvelope};

/// One webhook delivery: the envelope `{event, timestamp, data}` with `data`
/// typed where the docs show its shape.
///
/// An event name the SDK does not know arrives as [`Event::Unknown`] with
/// its payload as JSON, so a new event type never breaks a receiver. The
/// docs name a contact-update and a room-solved event only in prose; until
/// their names are published they arrive as `Unknown` too. A documented
/// event whose payload does not have the documented shape arrives as
/// [`Event::Undecoded`], its JSON beside the decode error: the docs show
/// payloads only in part, and an authentic delivery is never lost for its
/// shape.
///
/// `Serialize` writes the envelope back.
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
    /// A documented event whose `data` does not have its documented shape
    /// (the docs show the payloads only in part): its JSON as sent, with
    /// what the decoder said. The delivery is authentic when it came from
    /// [`Webhook::verify`](super::Webhook::verify).
    Undecoded {
        /// The event name as sent, e.g. `contact.create`.
        event: String,
        /// When it happened.
        timestamp: Timestamp,
        /// The payload, unparsed.
        data: Value,
        /// Why `data` is not the documented type: serde's message, which
        /// may quote a value from the payload (log it with care).
        error: String,
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

    /// Parses a request body **without checking its signature**.
    ///
    /// Call it only on a body whose signature you have checked with
    /// [`verify_signature`](super::verify_signature), or on events you
    /// stored yourself; [`Webhook::verify`](super::Webhook::verify) does
    /// both steps in the right order.
    ///
    /// # Errors
    ///
    /// [`WebhookError::NotJson`], or [`WebhookError::BadEnvelope`] when the
    /// body is not the `{event, timestamp, data}` envelope. A `data` of
    /// another shape than documented is not an error: see
    /// [`Event::Undecoded`].
    pub fn parse_unverified(body: &[u8]) -> Result<Self, WebhookError> {
        // Syntax first, then shape, so that "not JSON" and "not an
        // envelope" are told apart (a typed parse stops at the first
        // missing field before it reaches a syntax error further on).
        let json: Value = serde_json::from_slice(body).map_err(WebhookError::NotJson)?;
        let envelope: WebhookEnvelope =
            serde_json::from_value(json).map_err(WebhookError::BadEnvelope)?;
        Self::try_from(envelope)
    }

    /// The `event` name, e.g. `contact.create`.
    pub fn name(&self) -> &str {
        match self {
            Self::ContactCreate { .. } => Self::CONTACT_CREATE,
            Self::MessageInbound { .. } => Self::MESSAGE_INBOUND,
            Self::MessageOutbound { .. } => Self::MESSAGE_OUTBOUND,
            Self::Undecoded { event, .. } | Self::Unknown { event, .. } => event,
        }
    }

    /// When the event happened.
    pub fn timestamp(&self) -> Timestamp {
        match self {
            Self::ContactCreate { timestamp, .. }
            | Self::MessageInbound { timestamp, .. }
            | Self::MessageOutbound { timestamp, .. }
            | Self::Undecoded { timestamp, .. }
            | Self::Unknown { timestamp, .. } => *timestamp,
        }
    }

    /// For the message events, their payload read as the documented
    /// [`Message`] (the message object of the REST API). The docs do not
    /// publish the message events' payload, so this is a guess that may
    /// fail; the JSON stays in `data` either way. `None` for other events.
    pub fn message(&self) -> Option<Result<Message, serde_json::Error>> {
        match self {
            Self::MessageInbound { data, .. } | Self::MessageOutbound { data, .. } => {
                Some(Message::deserialize(data))
            }
            Self::ContactCreate { .. } | Self::Undecoded { .. } | Self::Unknown { .. } => None,
        }
    }
}

impl TryFrom<WebhookEnvelope> for Event {
    type Error = WebhookError;

    /// Dispatches on the event name.
    fn try_from(envelope: WebhookEnvelope) -> Result<Self, WebhookError> {
        let WebhookEnvelope {
            data,
            event,
            timestamp,
        } = envelope;
        Ok(match event.as_str() {
            // Read from a borrow, so that the JSON is at hand if it fails.
            Self::CONTACT_CREATE => match WebhookContact::deserialize(&data) {
                Ok(contact) => Self::ContactCreate { timestamp, contact },
                Err(error) => Self::Undecoded {
                    event,
                    timestamp,
                    data,
                    error: error.to_string(),
                },
            },
            Self::MESSAGE_INBOUND => Self::MessageInbound { timestamp, data },
            Self::MESSAGE_OUTBOUND => Self::MessageOutbound { timestamp, data },
            _ => Self::Unknown {
                event,
                timestamp,
                data,
            },
        })
    }
}

impl Serialize for Event {
    /// Writes the envelope `{event, timestamp, data}`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ContactCreate { timestamp, contact } => {
                EnvelopeRef::new(self.name(), timestamp, contact).serialize(serializer)
            }
            Self::MessageInbound { timestamp, data }
            | Self::MessageOutbound { timestamp, data }
            | Self::Undecoded {
                timestamp, data, ..
            }
            | Self::Unknown {
                timestamp, data, ..
            } => EnvelopeRef::new(self.name(), timestamp, data).serialize(serializer),
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
