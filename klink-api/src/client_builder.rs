//! Building a [`Client`]: base URL, token, timeouts, user agent and retry
//! policy, from code or from the environment.

use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;

use crate::auth::Token;
use crate::base_url::BaseUrl;
use crate::capture::{CAPTURE_VAR, Capture, DEFAULT_CAPTURE_BODY_LIMIT};
use crate::config::{
    BASE_URL_VAR, ClientConfig, ConfigError, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_TIMEOUT, DEFAULT_USER_AGENT, TOKEN_VAR,
};
use crate::generated::Client;
use crate::retry::RetryPolicy;

/// Settings for a [`Client`]; start with [`Client::builder`].
///
/// ```
/// use std::time::Duration;
///
/// let client = klink_api::Client::builder()
///     .token("kpt_example")
///     .timeout(Duration::from_secs(10))
///     .build()?;
/// assert_eq!(client.base_url(), klink_api::DEFAULT_BASE_URL);
/// # Ok::<(), klink_api::ConfigError>(())
/// ```
#[derive(Debug, Default)]
#[must_use]
pub struct ClientBuilder {
    token: Option<Token>,
    base_url: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    user_agent: Option<String>,
    http_client: Option<reqwest::Client>,
    retry: Option<RetryPolicy>,
    capture: Option<PathBuf>,
    capture_body_limit: Option<usize>,
}

impl ClientBuilder {
    /// A builder with the token, the base URL and the capture file read as
    /// [`Client::from_env`] reads them; the other settings can still be
    /// changed.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_vars(std::env::var_os)
    }

    pub(crate) fn from_vars(
        var: impl Fn(&'static str) -> Option<OsString>,
    ) -> Result<Self, ConfigError> {
        let read = |name: &'static str| match var(name) {
            None => Ok(None),
            Some(value) => value
                .into_string()
                .map(|value| Some(value).filter(|v| !v.trim().is_empty()))
                .map_err(|_| ConfigError::InvalidVar(name)),
        };
        let token = read(TOKEN_VAR)?.ok_or(ConfigError::MissingToken)?;
        let mut builder = Self::default().token(token);
        if let Some(base_url) = read(BASE_URL_VAR)? {
            builder = builder.base_url(base_url);
        }
        // A path need not be Unicode.
        if let Some(path) = var(CAPTURE_VAR).filter(|path| !path.is_empty()) {
            builder = builder.capture(path);
        }
        Ok(builder)
    }

    /// The API token (required).
    pub fn token(mut self, token: impl Into<Token>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// The base URL, e.g. a proxy or a test server; defaults to
    /// [`DEFAULT_BASE_URL`]. A trailing `/` is ignored.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }

    /// The time one request may take; defaults to [`DEFAULT_TIMEOUT`]. It
    /// applies to a supplied [`http_client`] too.
    ///
    /// [`http_client`]: Self::http_client
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The time establishing a connection may take; defaults to
    /// [`DEFAULT_CONNECT_TIMEOUT`]. A supplied [`http_client`] keeps its own.
    ///
    /// [`http_client`]: Self::http_client
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// The `User-Agent` header; defaults to [`DEFAULT_USER_AGENT`].
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// How failed attempts are retried; defaults to
    /// [`RetryPolicy::default`]. [`RetryPolicy::disabled`] turns retries off.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Records every exchange the client makes (each attempt of each call,
    /// each page of a stream, raw calls) to the HAR 1.2 file at `path`,
    /// created if missing and continued if it holds an earlier capture.
    ///
    /// Secrets in headers and query parameters, cookies and the token are
    /// masked; **bodies are written as received**, customers' personal data
    /// included: the file is your data on your disk. Read
    /// [`capture`](crate::capture) for what is written and hidden, and what
    /// it costs. [`from_env`](Self::from_env) reads the path from
    /// [`CAPTURE_VAR`] (`KLINK_CAPTURE`).
    ///
    /// [`build`](Self::build) fails with [`ConfigError::Capture`] when the
    /// file cannot be opened; a write that fails later never fails a call.
    pub fn capture(mut self, path: impl Into<PathBuf>) -> Self {
        self.capture = Some(path.into());
        self
    }

    /// How many bytes of each body the capture writes; a longer body is cut
    /// there, with a note. Defaults to [`DEFAULT_CAPTURE_BODY_LIMIT`].
    pub fn capture_body_limit(mut self, bytes: usize) -> Self {
        self.capture_body_limit = Some(bytes);
        self
    }

    /// Sends requests through the caller's own `reqwest::Client` (shared
    /// connection pool, proxies, TLS settings). The token, user agent and
    /// request timeout are still added to every request.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Checks the settings and builds the client.
    pub fn build(self) -> Result<Client, ConfigError> {
        let token = self
            .token
            .filter(|token| !token.is_blank())
            .ok_or(ConfigError::MissingToken)?;
        let authorization = token.bearer_header().ok_or(ConfigError::InvalidToken)?;
        let given = self.base_url.as_deref().unwrap_or(DEFAULT_BASE_URL);
        let base_url = normalize_base_url(given)?;
        let base = BaseUrl::new(&base_url).map_err(|reason| ConfigError::InvalidBaseUrl {
            url: given.to_owned(),
            reason,
        })?;
        let user_agent = self.user_agent.as_deref().unwrap_or(DEFAULT_USER_AGENT);
        let user_agent = HeaderValue::from_str(user_agent)
            .map_err(|_| ConfigError::InvalidUserAgent(user_agent.to_owned()))?;
        let timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
        let (http, request_timeout) = match self.http_client {
            Some(client) => (client, Some(timeout)),
            None => {
                let client = crate::tls::client_builder()
                    .map_err(ConfigError::Tls)?
                    .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                    .timeout(timeout)
                    .build()
                    .map_err(ConfigError::HttpClient)?;
                (client, None)
            }
        };
        let capture = match self.capture {
            None => None,
            Some(path) => {
                let limit = self
                    .capture_body_limit
                    .unwrap_or(DEFAULT_CAPTURE_BODY_LIMIT);
                let capture = Capture::open(&path, limit, token.expose())
                    .map_err(|source| ConfigError::Capture { path, source })?;
                Some(capture)
            }
        };
        let config = ClientConfig {
            authorization,
            user_agent,
            request_timeout,
            retry: self.retry.unwrap_or_default(),
            capture,
            base: Arc::new(base),
        };
        Ok(Client::new_with_client(&base_url, http, config))
    }
}

/// Checks the URL and drops a trailing `/`: the generated code appends
/// paths that start with `/`.
fn normalize_base_url(url: &str) -> Result<String, ConfigError> {
    let invalid = |reason: &str| ConfigError::InvalidBaseUrl {
        url: url.to_owned(),
        reason: reason.to_owned(),
    };
    let parsed = reqwest::Url::parse(url).map_err(|e| invalid(&e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(invalid("the scheme must be http or https"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(invalid("a base URL has no query or fragment"));
    }
    Ok(url.trim_end_matches('/').to_owned())
}

impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment: the token from
    /// `KLINK_API_TOKEN` (required, not empty), the base URL from
    /// `KLINK_BASE_URL` (optional, [`DEFAULT_BASE_URL`] when unset or
    /// empty) and, when `KLINK_CAPTURE` names a file, a
    /// [capture](ClientBuilder::capture) to it. Use [`ClientBuilder::from_env`] to change other settings.
    ///
    /// ```no_run
    /// let client = klink_api::Client::from_env()?;
    /// # Ok::<(), klink_api::ConfigError>(())
    /// ```
    pub fn from_env() -> Result<Client, ConfigError> {
        ClientBuilder::from_env()?.build()
    }

    /// A client with default settings for `base_url` and `token`.
    ///
    /// ```
    /// let client = klink_api::Client::new_with_token(klink_api::DEFAULT_BASE_URL, "kpt_example")?;
    /// # Ok::<(), klink_api::ConfigError>(())
    /// ```
    pub fn new_with_token(base_url: &str, token: impl Into<Token>) -> Result<Client, ConfigError> {
        Self::builder().base_url(base_url).token(token).build()
    }

    /// The base URL requests go to, without a trailing `/`.
    pub fn base_url(&self) -> &str {
        &self.baseurl
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(vars: &[(&str, &str)]) -> Result<Client, ConfigError> {
        ClientBuilder::from_vars(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| OsString::from(v))
        })?
        .build()
    }

    #[test]
    fn from_env_needs_a_token_and_defaults_the_base_url() {
        assert!(matches!(from(&[]), Err(ConfigError::MissingToken)));
        assert!(matches!(
            from(&[(TOKEN_VAR, " ")]),
            Err(ConfigError::MissingToken)
        ));
        let client = from(&[(TOKEN_VAR, "kpt_x")]).unwrap();
        assert_eq!(client.base_url(), DEFAULT_BASE_URL);
        let client = from(&[(TOKEN_VAR, "kpt_x"), (BASE_URL_VAR, "")]).unwrap();
        assert_eq!(client.base_url(), DEFAULT_BASE_URL);
        let client = from(&[
            (TOKEN_VAR, "kpt_x"),
            (BASE_URL_VAR, "http://127.0.0.1:8080/"),
        ])
        .unwrap();
        assert_eq!(client.base_url(), "http://127.0.0.1:8080");
        assert!(matches!(
            from(&[(TOKEN_VAR, "kpt_x"), (BASE_URL_VAR, "nope")]),
            Err(ConfigError::InvalidBaseUrl { .. })
        ));
    }

    #[test]
    fn from_env_captures_when_klink_capture_names_a_file() {
        let dir = std::env::temp_dir().join(format!("klink-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("env.har");
        let path_text = path.to_str().unwrap();
        let client = from(&[(TOKEN_VAR, "kpt_x"), (CAPTURE_VAR, path_text)]).unwrap();
        assert!(client.inner.capture.is_some());
        assert!(path.exists(), "the empty HAR document is written at once");
        let client = from(&[(TOKEN_VAR, "kpt_x"), (CAPTURE_VAR, "")]).unwrap();
        assert!(client.inner.capture.is_none(), "empty means off");
        let error = from(&[(TOKEN_VAR, "kpt_x"), (CAPTURE_VAR, "/no/such/dir/x.har")]).unwrap_err();
        assert!(matches!(error, ConfigError::Capture { .. }), "{error:?}");
        assert!(!format!("{client:?}").contains("kpt_x"));
    }

    #[cfg(unix)]
    #[test]
    fn a_token_that_is_not_unicode_is_named() {
        use std::os::unix::ffi::OsStringExt;
        let result = ClientBuilder::from_vars(|name| {
            (name == TOKEN_VAR).then(|| OsString::from_vec(vec![0xff, 0xfe]))
        });
        assert!(matches!(result, Err(ConfigError::InvalidVar(TOKEN_VAR))));
    }

    #[test]
    fn settings_reach_the_config() {
        let client = Client::builder()
            .token("kpt_x")
            .timeout(Duration::from_secs(3))
            .user_agent("my-service/1.0")
            .retry(RetryPolicy::disabled())
            .build()
            .unwrap();
        assert_eq!(client.inner.request_timeout, None, "on the built client");
        let shared = Client::builder()
            .token("kpt_x")
            .timeout(Duration::from_secs(3))
            .http_client(crate::tls::test_client())
            .build()
            .unwrap();
        assert_eq!(shared.inner.request_timeout, Some(Duration::from_secs(3)));
        assert_eq!(client.inner.user_agent, "my-service/1.0");
        assert_eq!(client.inner.retry, RetryPolicy::disabled());
        assert!(matches!(
            Client::builder()
                .token("kpt_x")
                .user_agent("bad\nagent")
                .build(),
            Err(ConfigError::InvalidUserAgent(_))
        ));
    }
}
