//! Endpoint authentication: the `Basic auth` and `Custom header` modes of
//! a K-LINK webhook, checked in constant time.
//!
//! The docs name the modes but publish no details; these checks follow the
//! standards the names point to: HTTP Basic (RFC 7617) in `Authorization`,
//! and an exact header value for the custom header.

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::digest::{CtOutput, Digest};
use http::{HeaderMap, HeaderName, header::AUTHORIZATION};
use sha2::Sha256;

use super::error::WebhookError;

/// The SHA-256 of a credential. Only the digest is kept, and digests are
/// compared with [`CtOutput`]'s constant-time equality, which also hides
/// the credential's length.
#[derive(Clone)]
struct Fingerprint(CtOutput<Sha256>);

impl Fingerprint {
    fn of(credential: &[u8]) -> Self {
        Self(CtOutput::new(Sha256::digest(credential)))
    }

    fn matches(&self, credential: &[u8]) -> bool {
        self.0 == Self::of(credential).0
    }
}

/// The `Basic auth` mode: `Authorization: Basic base64(username:password)`.
///
/// `Debug` shows neither the username nor the password.
///
/// ```
/// use http::{HeaderMap, HeaderValue, header::AUTHORIZATION};
/// use klink_api::webhooks::BasicAuth;
///
/// let auth = BasicAuth::new("klink", "s3cret")?;
/// let mut headers = HeaderMap::new();
/// // printf '%s' 'klink:s3cret' | base64
/// headers.insert(AUTHORIZATION, HeaderValue::from_static("Basic a2xpbms6czNjcmV0"));
/// assert!(auth.check(&headers).is_ok());
/// # Ok::<(), klink_api::webhooks::WebhookError>(())
/// ```
#[derive(Clone)]
pub struct BasicAuth(Fingerprint);

impl BasicAuth {
    /// The credentials entered in K-LINK's webhook form.
    ///
    /// # Errors
    ///
    /// [`WebhookError::EmptySecret`] when the password is empty.
    pub fn new(username: impl AsRef<str>, password: impl AsRef<str>) -> Result<Self, WebhookError> {
        if password.as_ref().is_empty() {
            return Err(WebhookError::EmptySecret);
        }
        let token = BASE64.encode(format!("{}:{}", username.as_ref(), password.as_ref()));
        Ok(Self(Fingerprint::of(token.as_bytes())))
    }

    /// Checks the request's `Authorization` header. The scheme is
    /// case-insensitive; the encoded credentials must match exactly.
    ///
    /// # Errors
    ///
    /// [`WebhookError::MissingCredentials`] without the header,
    /// [`WebhookError::WrongCredentials`] when it is not `Basic` with these
    /// credentials or appears more than once.
    pub fn check(&self, headers: &HeaderMap) -> Result<(), WebhookError> {
        let value = single_value(headers, &AUTHORIZATION)?;
        let wrong = || WebhookError::WrongCredentials {
            header: AUTHORIZATION,
        };
        let value = value.trim_ascii();
        let split = value
            .iter()
            .position(u8::is_ascii_whitespace)
            .ok_or_else(wrong)?;
        let (scheme, token) = value.split_at(split);
        if !scheme.eq_ignore_ascii_case(b"basic") {
            return Err(wrong());
        }
        if self.0.matches(token.trim_ascii()) {
            Ok(())
        } else {
            Err(wrong())
        }
    }
}

impl fmt::Debug for BasicAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BasicAuth(***)")
    }
}

/// The `Custom header` mode: a header of your choosing that must hold
/// exactly the value entered in K-LINK's webhook form.
///
/// `Debug` shows the header's name, never its value.
///
/// ```
/// use http::{HeaderMap, HeaderName, HeaderValue};
/// use klink_api::webhooks::HeaderAuth;
///
/// let auth = HeaderAuth::new(HeaderName::from_static("x-webhook-key"), "k3y")?;
/// let mut headers = HeaderMap::new();
/// headers.insert("x-webhook-key", HeaderValue::from_static("k3y"));
/// assert!(auth.check(&headers).is_ok());
/// # Ok::<(), klink_api::webhooks::WebhookError>(())
/// ```
#[derive(Clone)]
pub struct HeaderAuth {
    header: HeaderName,
    value: Fingerprint,
}

impl HeaderAuth {
    /// Expects `header: value` on every request.
    ///
    /// # Errors
    ///
    /// [`WebhookError::EmptySecret`] when the value is empty.
    pub fn new(header: HeaderName, value: impl AsRef<[u8]>) -> Result<Self, WebhookError> {
        if value.as_ref().is_empty() {
            return Err(WebhookError::EmptySecret);
        }
        Ok(Self {
            header,
            value: Fingerprint::of(value.as_ref()),
        })
    }

    /// The header this check reads.
    pub fn header(&self) -> &HeaderName {
        &self.header
    }

    /// Checks that the header is present once and holds the value.
    ///
    /// # Errors
    ///
    /// [`WebhookError::MissingCredentials`] without the header,
    /// [`WebhookError::WrongCredentials`] with another value or more than
    /// one.
    pub fn check(&self, headers: &HeaderMap) -> Result<(), WebhookError> {
        let value = single_value(headers, &self.header)?;
        if self.value.matches(value) {
            Ok(())
        } else {
            Err(WebhookError::WrongCredentials {
                header: self.header.clone(),
            })
        }
    }
}

impl fmt::Debug for HeaderAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HeaderAuth")
            .field("header", &self.header)
            .field("value", &"***")
            .finish()
    }
}

/// How the endpoint authenticates K-LINK besides the signature: the form's
/// `Basic auth` or `Custom header` mode. (`None` is no `EndpointAuth`.)
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum EndpointAuth {
    /// HTTP Basic credentials.
    Basic(BasicAuth),
    /// A custom header and its value.
    Header(HeaderAuth),
}

impl EndpointAuth {
    /// Checks the request's headers.
    ///
    /// # Errors
    ///
    /// [`WebhookError::MissingCredentials`] or
    /// [`WebhookError::WrongCredentials`].
    pub fn check(&self, headers: &HeaderMap) -> Result<(), WebhookError> {
        match self {
            Self::Basic(basic) => basic.check(headers),
            Self::Header(header) => header.check(headers),
        }
    }
}

impl From<BasicAuth> for EndpointAuth {
    fn from(auth: BasicAuth) -> Self {
        Self::Basic(auth)
    }
}

impl From<HeaderAuth> for EndpointAuth {
    fn from(auth: HeaderAuth) -> Self {
        Self::Header(auth)
    }
}

/// The bytes of the one value of `header`.
fn single_value<'a>(headers: &'a HeaderMap, header: &HeaderName) -> Result<&'a [u8], WebhookError> {
    let mut values = headers.get_all(header).iter();
    match (values.next(), values.next()) {
        (None, _) => Err(WebhookError::MissingCredentials {
            header: header.clone(),
        }),
        (Some(value), None) => Ok(value.as_bytes()),
        (Some(_), Some(_)) => Err(WebhookError::WrongCredentials {
            header: header.clone(),
        }),
    }
}
