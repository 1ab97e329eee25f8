//! The loopback HTTP servers tests and benchmarks talk to, and the shape in
//! which both record a request.
//!
//! - [`serve`]: a well-behaved HTTP/1.1 keep-alive server (hyper) on a
//!   thread and runtime of its own, answering through a plain function; for
//!   benchmarks and for tests whose server only has to answer.
//! - [`ScriptedServer`]: raw TCP, one scripted [`Action`] per connection,
//!   for tests that need the server to misbehave (stall, hang up, reset,
//!   truncate).

mod keep_alive;
mod scripted;

pub use keep_alive::serve;
pub use scripted::{Action, ScriptedServer, refused_url};

/// One request as the server received it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedRequest {
    /// `POST`, `GET`, ...
    pub method: String,
    /// The request target, e.g. `/api/v1/messages/send`.
    pub path: String,
    /// Header names in lower case, in the order received.
    pub headers: Vec<(String, String)>,
    /// The raw body.
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// The first value of a header (name in any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body parsed as JSON; `Null` when it is not JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_default()
    }
}

impl From<&http::Request<bytes::Bytes>> for RecordedRequest {
    /// What a [`serve`] handler received, in the shape [`ScriptedServer`]
    /// records; a header value that is not text is kept lossily.
    fn from(request: &http::Request<bytes::Bytes>) -> Self {
        let headers = request
            .headers()
            .iter()
            .map(|(name, value)| {
                (
                    name.as_str().to_owned(),
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                )
            })
            .collect();
        Self {
            method: request.method().to_string(),
            path: request.uri().to_string(),
            headers,
            body: request.body().to_vec(),
        }
    }
}
