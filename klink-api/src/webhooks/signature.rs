//! HMAC-SHA256 request signatures: parsing the header value, signing,
//! and checking in constant time.

use hmac::{Hmac, KeyInit, Mac};
use http::HeaderName;
use sha2::Sha256;

use super::error::WebhookError;

/// The header that carries the signature, as K-LINK's integration guide
/// names it.
pub const SIGNATURE_HEADER: HeaderName = HeaderName::from_static("x-signature");

/// Bytes in an HMAC-SHA256 tag.
const TAG_LEN: usize = 32;

/// A signing secret, turned into a keyed HMAC state once so each request
/// only hashes its body. It holds key material: it is never printed, and
/// the state is zeroed when dropped.
#[derive(Clone)]
pub(crate) struct SigningKey(Hmac<Sha256>);

impl SigningKey {
    /// Keys HMAC-SHA256 with the secret's bytes; an empty secret is refused.
    pub(crate) fn new(secret: &[u8]) -> Result<Self, WebhookError> {
        if secret.is_empty() {
            return Err(WebhookError::EmptySecret);
        }
        // HMAC takes keys of any length (long ones are hashed first), so
        // this cannot fail; map it anyway rather than panic.
        Hmac::new_from_slice(secret)
            .map(Self)
            .map_err(|_| WebhookError::EmptySecret)
    }

    /// Whether `tag` is this key's HMAC of `body`, compared in constant
    /// time by [`Mac::verify_slice`].
    pub(crate) fn matches(&self, body: &[u8], tag: &[u8; TAG_LEN]) -> bool {
        let mut mac = self.0.clone();
        mac.update(body);
        mac.verify_slice(tag).is_ok()
    }

    fn sign(&self, body: &[u8]) -> String {
        let mut mac = self.0.clone();
        mac.update(body);
        hex::encode(mac.finalize().into_bytes())
    }
}

/// Checks one signature against one secret, for receivers that read the
/// header themselves (any web framework).
///
/// `signature_hex` is the `x-signature` header value: 64 hex digits, either
/// case, surrounding whitespace ignored. `body` must be the raw request body,
/// byte for byte as received, before any JSON parsing: see the
/// [module documentation](super) for what is signed. Parse the body (with
/// [`Event::parse_unverified`](super::Event::parse_unverified)) only after
/// this returns `Ok`.
///
/// ```
/// use klink_api::webhooks::{WebhookError, verify_signature};
///
/// let body = br#"{"event":"contact.create"}"#;
/// // printf '%s' '{"event":"contact.create"}' | openssl dgst -sha256 -hmac 'my-secret'
/// let signature = "73603846b91d0c61a3d00090ef4faeda17d4567612a54c371e700d5443169f4d";
/// assert!(verify_signature("my-secret", signature, body).is_ok());
/// assert!(matches!(
///     verify_signature("my-secret", signature, br#"{"event":"contact.delete"}"#),
///     Err(WebhookError::SignatureMismatch)
/// ));
/// ```
///
/// # Errors
///
/// [`WebhookError::EmptySecret`], [`WebhookError::EmptySignature`],
/// [`WebhookError::SignatureNotHex`], [`WebhookError::SignatureLength`] or
/// [`WebhookError::SignatureMismatch`].
pub fn verify_signature(
    secret: impl AsRef<[u8]>,
    signature_hex: &str,
    body: &[u8],
) -> Result<(), WebhookError> {
    let key = SigningKey::new(secret.as_ref())?;
    let tag = parse_signature(signature_hex)?;
    if key.matches(body, &tag) {
        Ok(())
    } else {
        Err(WebhookError::SignatureMismatch)
    }
}

/// The signature K-LINK would send for `body`: lowercase hex HMAC-SHA256
/// keyed with `secret`. For testing a receiver with requests of your own.
///
/// # Errors
///
/// [`WebhookError::EmptySecret`] when the secret is empty.
pub fn sign(secret: impl AsRef<[u8]>, body: &[u8]) -> Result<String, WebhookError> {
    SigningKey::new(secret.as_ref()).map(|key| key.sign(body))
}

/// Decodes a signature header value into the 32-byte tag.
pub(crate) fn parse_signature(signature_hex: &str) -> Result<[u8; TAG_LEN], WebhookError> {
    let digits = signature_hex.trim_ascii();
    if digits.is_empty() {
        return Err(WebhookError::EmptySignature);
    }
    if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(WebhookError::SignatureNotHex);
    }
    if digits.len() != TAG_LEN * 2 {
        return Err(WebhookError::SignatureLength { len: digits.len() });
    }
    let mut tag = [0; TAG_LEN];
    hex::decode_to_slice(digits, &mut tag).map_err(|_| WebhookError::SignatureNotHex)?;
    Ok(tag)
}
