//! A client's settings: what every call of a [`Client`] reads
//! ([`ClientConfig`]), the defaults and environment variables, and what can
//! be wrong with them ([`ConfigError`]). `client_builder` makes them.
//!
//! [`Client`]: crate::Client

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;

use crate::base_url::BaseUrl;
use crate::capture::Capture;
use crate::retry::RetryPolicy;

/// The API's base URL (the current docs' gateway).
pub const DEFAULT_BASE_URL: &str = "https://apigw.klinkcx.com";
/// How long one request may take, from sending to the last body byte.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// How long establishing a connection may take.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The `User-Agent` sent unless the builder sets another.
pub const DEFAULT_USER_AGENT: &str = concat!("klink-rs/", env!("CARGO_PKG_VERSION"));
pub use crate::auth::TOKEN_VAR;
/// The environment variable [`Client::from_env`](crate::Client::from_env) reads the base URL from.
pub const BASE_URL_VAR: &str = "KLINK_BASE_URL";

/// What every call of a [`Client`](crate::Client) reads: the credentials and per-request
/// settings. Built by [`ClientBuilder`](crate::ClientBuilder); opaque otherwise, and its `Debug`
/// output masks the token.
///
/// ```
/// let client = klink_api::Client::builder().token("kpt_secret").build()?;
/// assert!(!format!("{client:?}").contains("kpt_secret"));
/// # Ok::<(), klink_api::ConfigError>(())
/// ```
#[derive(Clone)]
pub struct ClientConfig {
    pub(crate) authorization: HeaderValue,
    pub(crate) user_agent: HeaderValue,
    /// Set on each request only for a caller's own `reqwest::Client`; the
    /// client this crate builds carries the timeout itself, which spares
    /// every request an allocation.
    pub(crate) request_timeout: Option<Duration>,
    pub(crate) retry: RetryPolicy,
    /// Where every exchange is recorded, if anywhere.
    pub(crate) capture: Option<Capture>,
    /// The base URL, parsed once for every call's URL (shared: cloning a
    /// client stays cheap).
    pub(crate) base: Arc<BaseUrl>,
}

impl fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientConfig")
            .field("authorization", &"Bearer ***")
            .field("user_agent", &self.user_agent)
            .field("request_timeout", &self.request_timeout)
            .field("retry", &self.retry)
            .field("capture", &self.capture)
            .finish()
    }
}

/// A client could not be built from the given settings.
///
/// ```
/// use klink_api::{Client, ConfigError};
///
/// let error = Client::builder().base_url("ftp://example.com").token("kpt_x").build().unwrap_err();
/// assert!(matches!(error, ConfigError::InvalidBaseUrl { .. }));
/// assert!(matches!(Client::builder().build(), Err(ConfigError::MissingToken)));
/// ```
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// No token was given, or it was empty.
    #[error("no API token: set one with `ClientBuilder::token` or the {TOKEN_VAR} variable")]
    MissingToken,
    /// An environment variable is set but is not Unicode.
    #[error("the environment variable {0} is not valid Unicode")]
    InvalidVar(&'static str),
    /// The token holds characters an HTTP header cannot carry.
    #[error("the API token holds characters that cannot be sent in an HTTP header")]
    InvalidToken,
    /// The base URL is not an absolute `http` or `https` URL.
    #[error("invalid base URL {url:?}: {reason}")]
    InvalidBaseUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The user agent holds characters an HTTP header cannot carry.
    #[error("invalid user agent {0:?}")]
    InvalidUserAgent(String),
    /// The capture file cannot be opened, or it exists and is not a capture
    /// file this SDK wrote (it is never overwritten).
    #[error("cannot capture to {}: {source}", path.display())]
    Capture {
        /// The path as given.
        path: PathBuf,
        /// Why it cannot be used.
        #[source]
        source: std::io::Error,
    },
    /// reqwest could not build its client (e.g. no TLS backend).
    #[error("cannot build the HTTP client: {0}")]
    HttpClient(#[source] reqwest::Error),
    /// TLS could not be set up (feature `rustls-ring`: e.g. no root
    /// certificates on the system; with reqwest's own TLS set-up, that is
    /// [`HttpClient`](Self::HttpClient)).
    #[error("cannot set up TLS: {0}")]
    Tls(#[source] Box<dyn std::error::Error + Send + Sync>),
}
