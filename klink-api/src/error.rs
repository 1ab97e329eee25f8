//! The one error type of the SDK.

use std::fmt;
use std::time::{Duration, SystemTime};

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::config::ConfigError;
use crate::error_body::Captured;
use crate::generated::types::ErrorEnvelope;
use crate::redact::Redactor;

/// Everything that can go wrong with a K-LINK call.
///
/// ```no_run
/// use klink_api::{Client, Error, types::SendMessageRequest};
///
/// async fn send(client: &Client, body: SendMessageRequest) -> Result<(), Error> {
///     match client.send_message().body(body).send().await {
///         Ok(sent) => println!("sent {}", sent.data.id),
///         Err(Error::Api(api)) if api.status() == 400 => {
///             eprintln!("rejected: {}", api.message().unwrap_or("no reason given"));
///         }
///         // Resending what may have been processed could send it twice.
///         Err(error) if error.may_have_been_processed() => {
///             eprintln!("may have been sent; check before resending: {error}");
///         }
///         Err(error) if error.is_retryable() => eprintln!("try again later: {error}"),
///         Err(error) => return Err(error),
///     }
///     Ok(())
/// }
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with a status the call does not treat as
    /// success.
    #[error("{0}")]
    Api(Box<ApiError>),
    /// The server could not be reached, or the connection failed while the
    /// request or the response was in flight.
    #[error("transport error: {0}")]
    Transport(#[source] reqwest::Error),
    /// The request (connect, send and receive) took longer than its timeout.
    #[error("timed out: {0}")]
    Timeout(#[source] reqwest::Error),
    /// A documented response's body is not the documented JSON.
    #[error("cannot decode the response body ({source}); it starts {snippet:?}")]
    Decode {
        /// The first bytes of the body, with anything token-like masked.
        snippet: String,
        /// What the decoder said.
        #[source]
        source: serde_json::Error,
    },
    /// The request could not be built from the given parameters.
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// The client's settings are invalid.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A list's `stream()` got the same page twice in a row (the same
    /// first item), as from a server that ignores the `page` parameter;
    /// the walk stopped rather than loop. See
    /// [`pagination`](crate::pagination).
    #[error(
        "the server answered page {page} with the page before it again (first item {}); it may ignore the `page` parameter, so the walk stopped",
        first_id.as_deref().map_or("without an id".to_owned(), |id| format!("id {id:?}"))
    )]
    RepeatedPage {
        /// The page number that was asked for.
        page: u64,
        /// The repeated first item's id, when items have one.
        first_id: Option<String>,
    },
}

impl Error {
    /// Whether the same call could succeed if made again later: transport
    /// failures, timeouts and the statuses 408, 429, 502, 503 and 504.
    ///
    /// The client has already retried what was safe to retry (see
    /// [`RetryPolicy`](crate::RetryPolicy)). A timed-out or dropped
    /// `POST` may have reached the server: repeating it may send twice.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Api(api) => crate::retry::is_transient(api.status),
            Self::Transport(_) | Self::Timeout(_) => true,
            Self::Decode { .. }
            | Self::InvalidRequest(_)
            | Self::Config(_)
            | Self::RepeatedPage { .. } => false,
        }
    }

    /// Whether the failed call may have taken effect on the server: the rule
    /// for resending (see [`retry`](crate::retry#resending-after-an-error)).
    ///
    /// `false` only when the request certainly had no effect: it never left
    /// the client (the connection could not be established, the request or
    /// the client's settings were invalid), or the server answered a `4xx`
    /// other than `408` (`429` included), refusing it. Resending such a call
    /// cannot duplicate it.
    ///
    /// `true` otherwise: a `5xx` or a `408`, a timeout, a connection lost
    /// once the request may have been written, a success whose body did not
    /// decode. Resending such a call may do it twice: check first (for a
    /// message, list the conversation) or accept the risk.
    pub fn may_have_been_processed(&self) -> bool {
        match self {
            Self::Api(api) => {
                let status = api.status;
                !(status.is_client_error() && status != StatusCode::REQUEST_TIMEOUT)
            }
            // Only a failure to connect proves that nothing was written; a
            // reset or a timeout may come before or after the server read
            // the request.
            Self::Transport(error) | Self::Timeout(error) => !error.is_connect(),
            Self::InvalidRequest(_) | Self::Config(_) => false,
            Self::Decode { .. } | Self::RepeatedPage { .. } => true,
        }
    }

    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::Api(api) => Some(api.status),
            Self::Transport(error) | Self::Timeout(error) => error.status(),
            _ => None,
        }
    }
}

/// An error status from the API, with what is known about it.
///
/// ```
/// # fn explain(error: &klink_api::Error) -> String {
/// match error {
///     klink_api::Error::Api(api) => match (api.message(), api.body_snippet()) {
///         (Some(message), _) => format!("{}: {message}", api.status()),
///         (None, Some(page)) => format!("{} (the body starts {page:?})", api.status()),
///         (None, None) => api.status().to_string(),
///     },
///     other => other.to_string(),
/// }
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct ApiError {
    status: StatusCode,
    envelope: Option<ErrorEnvelope>,
    snippet: Option<String>,
    retry_after: Option<Duration>,
    attempts: Option<u32>,
}

impl ApiError {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The decoded error body, when it was a JSON object.
    pub fn envelope(&self) -> Option<&ErrorEnvelope> {
        self.envelope.as_ref()
    }

    /// The server's explanation (the envelope's `message`), if any.
    pub fn message(&self) -> Option<&str> {
        self.envelope.as_ref()?.message.as_deref()
    }

    /// The start of a body that is not a JSON error envelope (an HTML error
    /// page, say), with anything token-like masked.
    pub fn body_snippet(&self) -> Option<&str> {
        self.snippet.as_deref()
    }

    /// The server's `Retry-After`, if it sent one.
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }

    /// How many attempts the call made (known for every call the client
    /// sent, generated or raw).
    pub fn attempts(&self) -> Option<u32> {
        self.attempts
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "K-LINK API error {}", self.status)?;
        if let Some(message) = self.message() {
            write!(f, ": {message}")?;
        } else if let Some(snippet) = &self.snippet {
            write!(f, ": {snippet:?}")?;
        }
        if let Some(attempts) = self.attempts.filter(|n| *n > 1) {
            write!(f, " (after {attempts} attempts)")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// Turns a generated call's error (progenitor's, whatever error body the
/// spec documents) into an [`Error`]. Every error status reaches here as
/// the response itself, whose body and attempt count
/// [`error_body`](crate::error_body) kept.
pub(crate) fn from_generated<E>(error: progenitor_client::Error<E>) -> Error {
    use progenitor_client::Error as E;
    match error {
        E::ErrorResponse(response) => Error::Api(Box::new(api_error(
            response.status(),
            response.headers(),
            None,
        ))),
        E::UnexpectedResponse(response) => Error::Api(Box::new(api_error(
            response.status(),
            response.headers(),
            crate::error_body::captured(&response),
        ))),
        E::InvalidResponsePayload(body, source) => Error::Decode {
            snippet: snippet(&body),
            source,
        },
        E::CommunicationError(error) | E::ResponseBodyError(error) | E::InvalidUpgrade(error) => {
            error.into()
        }
        E::InvalidRequest(message) | E::Custom(message) => Error::InvalidRequest(message),
    }
}

impl From<reqwest::Error> for Error {
    fn from(error: reqwest::Error) -> Self {
        if error.is_timeout() {
            Self::Timeout(error)
        } else {
            Self::Transport(error)
        }
    }
}

fn api_error(status: StatusCode, headers: &HeaderMap, captured: Option<&Captured>) -> ApiError {
    let body = captured.map_or(&[][..], |c| &c.body[..]);
    let envelope = serde_json::from_slice::<ErrorEnvelope>(body)
        .ok()
        .map(masked);
    ApiError {
        status,
        snippet: (envelope.is_none() && !body.is_empty()).then(|| snippet(body)),
        envelope,
        retry_after: crate::retry::retry_after(headers, SystemTime::now()),
        attempts: captured.map(|c| c.attempts),
    }
}

/// At most this many bytes of a body go into an error.
const SNIPPET_BYTES: usize = 200;

/// The start of a body as text, cut on a character boundary, with token-like
/// words masked: a misbehaving server or proxy may echo credentials.
pub(crate) fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(SNIPPET_BYTES)]);
    let mut text = text.trim_end_matches('\u{FFFD}').to_owned();
    if body.len() > SNIPPET_BYTES {
        text.push('…');
    }
    Redactor::default().text(&text)
}

/// The envelope with token-like words masked in every string it holds.
fn masked(mut envelope: ErrorEnvelope) -> ErrorEnvelope {
    let redactor = Redactor::default();
    if let Some(message) = &mut envelope.message {
        *message = redactor.text(message);
    }
    envelope.status = envelope.status.take().map(|status| redactor.json(status));
    for value in envelope.extra.values_mut() {
        *value = redactor.json(std::mem::take(value));
    }
    envelope
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_are_short_and_mask_tokens() {
        assert_eq!(
            snippet(b"denied for Bearer kpt_abc123 and kpt_xyz, sorry"),
            "denied for Bearer *** and kpt_***, sorry"
        );
        let long = "é".repeat(300);
        let cut = snippet(long.as_bytes());
        assert!(cut.ends_with('…'), "{cut}");
        assert_eq!(cut.chars().count(), 101, "{cut}");
    }

    /// An API error of `status` after one attempt.
    fn api(status: u16) -> Error {
        Error::Api(Box::new(ApiError {
            status: StatusCode::from_u16(status).unwrap(),
            envelope: None,
            snippet: None,
            retry_after: None,
            attempts: Some(1),
        }))
    }

    #[test]
    fn retryable_statuses() {
        for status in [408, 429, 502, 503, 504] {
            assert!(api(status).is_retryable(), "{status}");
        }
        for status in [400, 401, 404, 500] {
            assert!(!api(status).is_retryable(), "{status}");
        }
        assert!(!Error::InvalidRequest("x".into()).is_retryable());
    }

    #[test]
    fn only_refusals_and_unsent_requests_are_certainly_unprocessed() {
        for status in [400, 401, 403, 404, 409, 422, 429] {
            assert!(!api(status).may_have_been_processed(), "{status}");
        }
        for status in [200, 408, 500, 502, 503, 504] {
            assert!(api(status).may_have_been_processed(), "{status}");
        }
        assert!(!Error::InvalidRequest("x".into()).may_have_been_processed());
        assert!(!Error::Config(ConfigError::MissingToken).may_have_been_processed());
        let decode = serde_json::from_slice::<u8>(b"x").unwrap_err();
        let decode = Error::Decode {
            snippet: "x".into(),
            source: decode,
        };
        assert!(decode.may_have_been_processed());
    }
}
