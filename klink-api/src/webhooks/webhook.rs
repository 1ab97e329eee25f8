//! [`Webhook`]: the receiving side's settings and the full check of one
//! request.

use std::fmt;
use std::sync::Arc;

use http::HeaderMap;

use super::endpoint_auth::EndpointAuth;
use super::error::WebhookError;
use super::event::Event;
use super::signature::{SIGNATURE_HEADER, SigningKey, parse_signature};

/// One K-LINK webhook as your endpoint sees it: its signing secrets, a body
/// size limit and, optionally, the endpoint authentication chosen in the
/// webhook's form.
///
/// Cheap to clone (the keys are shared). `Debug` shows how many secrets
/// there are, never the secrets.
///
/// ```
/// use http::{HeaderMap, HeaderValue};
/// use klink_api::webhooks::{Event, Webhook};
///
/// let webhook = Webhook::new("my-secret")?;
/// let body = br#"{"event":"contact.create","timestamp":"2026-01-09T03:42:38.000000Z","data":{"id":"a0cad4e8-c23b-426d-95fe-75d02325d943","company":null,"companyId":null}}"#;
/// let mut headers = HeaderMap::new();
/// // printf '%s' "$BODY" | openssl dgst -sha256 -hmac 'my-secret', with BODY the bytes above
/// headers.insert(
///     "x-signature",
///     HeaderValue::from_static("edb0da82dbea4c5a872ddb0ce0532f04ea5d596ce9d38884588854ab4a5ed18e"),
/// );
/// match webhook.verify(&headers, body)? {
///     Event::ContactCreate { contact, .. } => {
///         assert_eq!(contact.id.as_deref(), Some("a0cad4e8-c23b-426d-95fe-75d02325d943"));
///     }
///     other => panic!("expected contact.create, got {:?}", other.name()),
/// }
/// # Ok::<(), klink_api::webhooks::WebhookError>(())
/// ```
#[derive(Clone)]
pub struct Webhook {
    keys: Arc<[SigningKey]>,
    max_body_bytes: usize,
    endpoint_auth: Option<EndpointAuth>,
}

impl Webhook {
    /// The default body size limit: 1 MiB.
    pub const DEFAULT_MAX_BODY_BYTES: usize = 1024 * 1024;

    /// A webhook with one signing secret (as revealed in K-LINK's
    /// Settings → Webhooks). Its UTF-8 bytes are the HMAC key.
    ///
    /// # Errors
    ///
    /// [`WebhookError::EmptySecret`] for an empty secret (an unset
    /// environment variable, say), which would let anyone sign.
    pub fn new(secret: impl AsRef<[u8]>) -> Result<Self, WebhookError> {
        Self::with_secrets([secret])
    }

    /// A webhook that accepts a signature made with any of `secrets`: while
    /// a secret is being rotated, pass the old and the new one, then drop
    /// the old one once K-LINK signs with the new.
    ///
    /// # Errors
    ///
    /// [`WebhookError::NoSecret`] for an empty list,
    /// [`WebhookError::EmptySecret`] when one secret is empty.
    pub fn with_secrets<S: AsRef<[u8]>>(
        secrets: impl IntoIterator<Item = S>,
    ) -> Result<Self, WebhookError> {
        let keys = secrets
            .into_iter()
            .map(|secret| SigningKey::new(secret.as_ref()))
            .collect::<Result<Arc<[_]>, _>>()?;
        if keys.is_empty() {
            return Err(WebhookError::NoSecret);
        }
        Ok(Self {
            keys,
            max_body_bytes: Self::DEFAULT_MAX_BODY_BYTES,
            endpoint_auth: None,
        })
    }

    /// Sets the body size limit in bytes (default
    /// [`DEFAULT_MAX_BODY_BYTES`](Self::DEFAULT_MAX_BODY_BYTES)). A longer
    /// body is rejected before it is hashed or parsed.
    #[must_use]
    pub fn max_body_bytes(mut self, limit: usize) -> Self {
        self.max_body_bytes = limit;
        self
    }

    /// Also requires the endpoint authentication chosen in K-LINK's webhook
    /// form (`Basic auth` or `Custom header`), checked before the signature.
    #[must_use]
    pub fn endpoint_auth(mut self, auth: impl Into<EndpointAuth>) -> Self {
        self.endpoint_auth = Some(auth.into());
        self
    }

    /// The body size limit in bytes.
    pub fn body_limit(&self) -> usize {
        self.max_body_bytes
    }

    /// Checks one request and decodes its event, in this order: the body
    /// size, the endpoint authentication (if set), the `x-signature` header
    /// against the raw `body` (constant time, any secret), and only then
    /// the JSON.
    ///
    /// `body` must be the request body exactly as received; see the
    /// [module documentation](super) for what is assumed to be signed.
    ///
    /// Once the signature holds, the body is never refused: one that is not
    /// a documented event is [`Event::Undecoded`], and a warning is logged
    /// with the event name, the reason's label and the body's length (never
    /// the body, nor serde's message, which may quote it).
    ///
    /// # Errors
    ///
    /// The [`WebhookError`] of the first check that fails.
    pub fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<Event, WebhookError> {
        self.check_size(body.len())?;
        if let Some(auth) = &self.endpoint_auth {
            auth.check(headers)?;
        }
        let tag = parse_signature(signature_header(headers)?)?;
        // Stopping at the first match leaks only which secret matched, which
        // a sender holding a valid signature knows already.
        if !self.keys.iter().any(|key| key.matches(body, &tag)) {
            return Err(WebhookError::SignatureMismatch);
        }
        let event = Event::parse_unverified(body);
        if let Event::Undecoded { event, reason, .. } = &event {
            tracing::warn!(
                event = event.as_deref().unwrap_or("-"),
                reason = reason.label(),
                bytes = body.len(),
                "authentic webhook body is not a documented event; handed over undecoded"
            );
        }
        Ok(event)
    }

    /// Rejects a body of `len` bytes if it is over the limit; for callers
    /// that know the length (a `Content-Length`) before reading the body.
    ///
    /// # Errors
    ///
    /// [`WebhookError::BodyTooLarge`].
    pub fn check_size(&self, len: usize) -> Result<(), WebhookError> {
        if len > self.max_body_bytes {
            Err(WebhookError::BodyTooLarge {
                limit: self.max_body_bytes,
            })
        } else {
            Ok(())
        }
    }
}

impl fmt::Debug for Webhook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Webhook")
            .field("secrets", &format_args!("{} × ***", self.keys.len()))
            .field("max_body_bytes", &self.max_body_bytes)
            .field("endpoint_auth", &self.endpoint_auth)
            .finish()
    }
}

/// The one `x-signature` value, as text.
fn signature_header(headers: &HeaderMap) -> Result<&str, WebhookError> {
    let mut values = headers.get_all(SIGNATURE_HEADER).iter();
    let value = match (values.next(), values.next()) {
        (None, _) => return Err(WebhookError::MissingSignature),
        (Some(value), None) => value,
        (Some(_), Some(_)) => {
            return Err(WebhookError::RepeatedSignature {
                count: headers.get_all(SIGNATURE_HEADER).iter().count(),
            });
        }
    };
    // Bytes outside visible ASCII cannot be hex digits.
    value.to_str().map_err(|_| WebhookError::SignatureNotHex)
}
