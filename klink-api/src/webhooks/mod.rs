//! Receiving K-LINK webhooks: signature checks, endpoint authentication and
//! typed events (feature `webhooks`, on by default).
//!
//! K-LINK `POST`s a JSON envelope `{event, timestamp, data}` to the endpoint
//! URL registered under Settings → Webhooks, signed with HMAC-SHA256 keyed
//! with the webhook's signing secret. [`Webhook::verify`] checks a request
//! in the safe order (size limit, endpoint authentication, signature over
//! the raw body in constant time, then JSON) and returns an [`Event`].
//! With the `axum` feature, `axum::VerifiedEvent` does the same as an
//! extractor.
//!
//! # What the docs leave open, and what this module assumes
//!
//! - **Which bytes are signed.** Not published. This module assumes the
//!   raw request body, exactly as received: pass the body bytes before any
//!   parsing or re-encoding. The one published signature fits this (64 hex
//!   digits of a 32-byte HMAC-SHA256), but it comes without its secret or
//!   body, so it cannot be checked.
//! - **The key.** The signing secret's bytes (as revealed in the dashboard).
//! - **The header.** `x-signature` ([`SIGNATURE_HEADER`]), named only by
//!   the old integration guide: lowercase hex without a prefix such as
//!   `sha256=`. Either case is accepted and surrounding whitespace ignored;
//!   the header must appear exactly once.
//! - **Replay.** No timestamp header or replay window is documented, so
//!   none is enforced: a captured request stays valid. Make your handling
//!   idempotent.
//! - **Endpoint authentication.** The form's `Basic auth` and `Custom
//!   header` modes are named without details; [`BasicAuth`] and
//!   [`HeaderAuth`] implement the standard meanings of those names.
//! - **Events.** Only `contact.create` has a (partial) payload in the docs;
//!   the message events' payloads are unpublished and stay JSON; anything
//!   else is [`Event::Unknown`]. Once the signature matched, a delivery is
//!   never refused for its shape: a body that is not a documented event —
//!   a `contact.create` whose `data` is not the documented contact, JSON
//!   that is not the envelope, a body that is not JSON — is
//!   [`Event::Undecoded`], with its raw body and the reason.
//!
//! ```
//! use http::HeaderMap;
//! use klink_api::webhooks::{Event, Webhook, WebhookError};
//!
//! fn handle(webhook: &Webhook, headers: &HeaderMap, body: &[u8]) -> u16 {
//!     match webhook.verify(headers, body) {
//!         Ok(Event::ContactCreate { contact, .. }) => {
//!             println!("new contact {:?}", contact.id);
//!             200
//!         }
//!         // Authentic, but not a documented event: keep the body as it came.
//!         Ok(Event::Undecoded { event, body, reason, .. }) => {
//!             println!("{event:?}: {} ({} bytes)", reason.label(), body.len());
//!             200
//!         }
//!         Ok(other) => {
//!             println!("{:?} at {:?}", other.name(), other.timestamp());
//!             200
//!         }
//!         Err(WebhookError::BodyTooLarge { .. }) => 413,
//!         Err(error) if error.is_unauthenticated() => 401,
//!         Err(_) => 400,
//!     }
//! }
//!
//! let webhook = Webhook::with_secrets(["old-secret", "new-secret"])?;
//! assert_eq!(handle(&webhook, &HeaderMap::new(), b"{}"), 401);
//! # Ok::<(), WebhookError>(())
//! ```

#[cfg(feature = "axum")]
pub mod axum;
mod endpoint_auth;
mod error;
mod event;
mod signature;
mod undecoded;
mod webhook;

pub use endpoint_auth::{BasicAuth, EndpointAuth, HeaderAuth};
pub use error::WebhookError;
pub use event::Event;
pub use signature::{SIGNATURE_HEADER, sign, verify_signature};
pub use undecoded::UndecodedReason;
pub use webhook::Webhook;
