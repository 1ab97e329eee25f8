//! What can go wrong when receiving a webhook.

use http::HeaderName;

/// Why a webhook request was rejected, or a [`Webhook`](super::Webhook)
/// could not be built.
///
/// Each variant names the one check that failed. None of them holds the
/// signing secret, the expected signature or the credentials, so an error
/// can be logged or sent back to the caller as it is.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// A signing secret or an endpoint credential is empty: an empty HMAC
    /// key or password would let anyone in.
    #[error("a webhook signing secret or credential is empty")]
    EmptySecret,
    /// No signing secret was given.
    #[error("no webhook signing secret was given")]
    NoSecret,
    /// The body is longer than the limit; it was not looked at.
    #[error("the request body is over the {limit}-byte limit")]
    BodyTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The request has no signature header.
    #[error("the request has no `x-signature` header")]
    MissingSignature,
    /// The request has more than one signature header.
    #[error("the request has {count} `x-signature` headers; exactly one is expected")]
    RepeatedSignature {
        /// How many there are.
        count: usize,
    },
    /// The signature header is empty (or only whitespace).
    #[error("the `x-signature` header is empty")]
    EmptySignature,
    /// The signature holds a character that is not a hex digit.
    #[error("the signature is not hexadecimal")]
    SignatureNotHex,
    /// The signature is hexadecimal but not 64 digits (32 bytes) long.
    #[error("the signature has {len} hex digits; an HMAC-SHA256 signature has 64")]
    SignatureLength {
        /// How many hex digits it has.
        len: usize,
    },
    /// The signature is well formed but matches no signing secret: the body
    /// was changed, or it was signed with another secret.
    #[error("the signature does not match the body")]
    SignatureMismatch,
    /// The endpoint-authentication header is missing.
    #[error("the request has no `{header}` header")]
    MissingCredentials {
        /// The header that was expected.
        header: HeaderName,
    },
    /// The endpoint-authentication header does not hold the configured
    /// credentials (or appears more than once).
    #[error("the `{header}` header does not hold the expected credentials")]
    WrongCredentials {
        /// The header that was checked.
        header: HeaderName,
    },
}

impl WebhookError {
    /// Whether the request failed a signature or endpoint-authentication
    /// check (answer `401`), as opposed to a size limit. (An authentic body
    /// is never an error, whatever its shape: see
    /// [`Event::Undecoded`](super::Event::Undecoded).)
    pub fn is_unauthenticated(&self) -> bool {
        matches!(
            self,
            Self::MissingSignature
                | Self::RepeatedSignature { .. }
                | Self::EmptySignature
                | Self::SignatureNotHex
                | Self::SignatureLength { .. }
                | Self::SignatureMismatch
                | Self::MissingCredentials { .. }
                | Self::WrongCredentials { .. }
        )
    }
}
