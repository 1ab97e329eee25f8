//! The API token, kept out of every printout.

use std::fmt;

use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};

/// The environment variable [`Client::from_env`](crate::Client::from_env) reads the token from.
pub const TOKEN_VAR: &str = "KLINK_API_TOKEN";

/// A K-LINK personal access token (`kpt_...`).
///
/// `Debug` and `Display` print `Token(***)`; the value leaves this type
/// only as the `Authorization` header, which is marked sensitive so that
/// reqwest and hyper do not print it either.
///
/// ```
/// let token = klink_api::Token::new("kpt_example");
/// assert_eq!(format!("{token:?}"), "Token(***)");
/// ```
#[derive(Clone)]
pub struct Token(SecretString);

impl Token {
    /// Wraps a token.
    pub fn new(token: impl Into<String>) -> Self {
        Self(SecretString::from(token.into()))
    }

    /// Whether the token is empty or only whitespace.
    pub(crate) fn is_blank(&self) -> bool {
        self.0.expose_secret().trim().is_empty()
    }

    /// The token itself, for the capture to remove it from what it writes.
    pub(crate) fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// The `Authorization: Bearer <token>` header value, marked sensitive.
    /// `None` when the token holds characters a header cannot carry.
    pub(crate) fn bearer_header(&self) -> Option<HeaderValue> {
        let mut value = HeaderValue::try_from(format!("Bearer {}", self.0.expose_secret())).ok()?;
        value.set_sensitive(true);
        Some(value)
    }
}

impl From<String> for Token {
    fn from(token: String) -> Self {
        Self::new(token)
    }
}

impl From<&str> for Token {
    fn from(token: &str) -> Self {
        Self::new(token)
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(***)")
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}
