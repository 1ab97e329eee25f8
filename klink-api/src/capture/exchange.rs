//! A client's [`Capture`] and one captured attempt: the request noted
//! (masked) before it is sent, the response read whole and handed back
//! rebuilt, and the HAR entry written.

use std::path::Path;
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use base64::Engine as _;
use bytes::Bytes;
use reqwest::header::{CONTENT_TYPE, COOKIE, HeaderMap, SET_COOKIE};

use super::file::HarFile;
use super::har::{Content, Cookie, Empty, Entry, NameValue, PostData, Request, Response, Timings};
use super::mask::{self, MASK};
use crate::redact::Redactor;

/// A client's capture: where entries go and what is hidden. Cheap to clone.
#[derive(Clone)]
pub(crate) struct Capture {
    file: Arc<HarFile>,
    scrubber: Arc<Redactor>,
    body_limit: BodyLimit,
}

impl std::fmt::Debug for Capture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Capture")
            .field("path", &self.file.path())
            .field("body_limit", &self.body_limit.0)
            .finish()
    }
}

impl Capture {
    /// Opens (or continues) the capture file at `path`. `token` is the
    /// client's, to be scrubbed from everything written.
    pub(crate) fn open(path: &Path, body_limit: usize, token: &str) -> std::io::Result<Self> {
        Ok(Self {
            file: HarFile::open(path)?,
            scrubber: Arc::new(Redactor::new(Some(token))),
            body_limit: BodyLimit(body_limit),
        })
    }

    /// Sends one attempt of a call with `http` and records it; what it
    /// returns is what `http.execute(request)` would have.
    pub(crate) async fn send(
        &self,
        http: &reqwest::Client,
        request: reqwest::Request,
        operation: &str,
        attempt: u32,
    ) -> reqwest::Result<reqwest::Response> {
        send(self, http, request, operation, attempt).await
    }

    fn write(&self, entry: &Entry) {
        match serde_json::to_string(entry) {
            Ok(line) => self.file.append(&line),
            // Plain strings and numbers: serializing them does not fail.
            Err(error) => tracing::warn!(%error, "cannot encode a capture entry"),
        }
    }
}

/// The most bytes of a body written.
#[derive(Clone, Copy, Debug)]
struct BodyLimit(usize);

impl BodyLimit {
    /// The part of `body` to write and, when it was cut, the note saying so.
    /// A cut falls on a UTF-8 character boundary, so that a text body stays
    /// text.
    fn keep(self, body: &[u8]) -> (&[u8], Option<String>) {
        if body.len() <= self.0 {
            return (body, None);
        }
        let mut cut = self.0;
        // Back off over continuation bytes (at most three) to a boundary.
        while cut > 0 && self.0 - cut < 3 && (body[cut] & 0b1100_0000) == 0b1000_0000 {
            cut -= 1;
        }
        let note = format!(
            "body truncated by klink-rs capture: first {cut} of {} bytes kept",
            body.len()
        );
        (&body[..cut], Some(note))
    }
}

/// Sends `request` with `http`, records the exchange, and returns what
/// `http.execute` would have: the response (its body read and put back) or
/// the error. A body that fails part-way fails the attempt, as the attempt
/// loop can then retry it where the method allows.
async fn send(
    capture: &Capture,
    http: &reqwest::Client,
    request: reqwest::Request,
    operation: &str,
    attempt: u32,
) -> reqwest::Result<reqwest::Response> {
    let started_at = SystemTime::now();
    let clock = Instant::now();
    let noted = note_request(capture, &request);
    let result = http.execute(request).await;
    let wait = millis(clock);
    let entry = |response: Response, error: Option<String>| Entry {
        started_date_time: chrono::DateTime::<chrono::Utc>::from(started_at)
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        time: millis(clock),
        request: noted,
        timings: Timings::new(wait, (millis(clock) - wait).max(0.0)),
        response,
        cache: Empty {},
        operation: operation.to_owned(),
        attempt,
        comment: format!("{operation}, attempt {attempt}"),
        error,
    };
    let mut response = match result {
        Ok(response) => response,
        Err(error) => {
            capture.write(&entry(no_response(), Some(describe(&error))));
            return Err(error);
        }
    };
    let status = response.status();
    let version = response.version();
    let headers = std::mem::take(response.headers_mut());
    let extensions = std::mem::take(response.extensions_mut());
    match response.bytes().await {
        Ok(body) => {
            let noted = note_response(capture, status, version, &headers, &body);
            capture.write(&entry(noted, None));
            let mut rebuilt = http::Response::new(reqwest::Body::from(body));
            *rebuilt.status_mut() = status;
            *rebuilt.version_mut() = version;
            *rebuilt.headers_mut() = headers;
            *rebuilt.extensions_mut() = extensions;
            Ok(reqwest::Response::from(rebuilt))
        }
        Err(error) => {
            let mut noted = note_response(capture, status, version, &headers, &Bytes::new());
            noted.content.comment = Some("the body could not be read".to_owned());
            capture.write(&entry(noted, Some(describe(&error))));
            Err(error)
        }
    }
}

fn millis(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

/// The request as HAR has it, masked now, so that nothing unmasked is kept
/// while the request is in flight.
fn note_request(capture: &Capture, request: &reqwest::Request) -> Request {
    let url = request.url();
    let headers = request.headers();
    let (post_data, body_size) = match request.body().map(reqwest::Body::as_bytes) {
        None => (None, 0),
        Some(None) => (
            Some(PostData {
                mime_type: mime_type(headers),
                text: String::new(),
                params: Vec::new(),
                comment: Some("a streamed body; not captured".to_owned()),
            }),
            -1,
        ),
        Some(Some(body)) => (Some(post_data(capture, headers, body)), len(body.len())),
    };
    Request {
        method: request.method().to_string(),
        url: capture.scrubber.token_text(&mask::url(url)),
        http_version: format!("{:?}", request.version()),
        cookies: cookies(headers, false),
        headers: header_list(capture, headers),
        query_string: url
            .query()
            .map(mask::query_pairs)
            .unwrap_or_default()
            .into_iter()
            .map(|(name, value)| NameValue {
                value: capture.scrubber.token_text(&value),
                name,
            })
            .collect(),
        post_data,
        headers_size: -1,
        body_size,
    }
}

fn post_data(capture: &Capture, headers: &HeaderMap, body: &[u8]) -> PostData {
    // Scrubbed before it is cut, so that no part of the token is left.
    let scrubbed = capture.scrubber.token_bytes(body);
    let (kept, truncated) = capture.body_limit.keep(&scrubbed);
    let text = String::from_utf8(kept.to_owned());
    let binary = text.is_err();
    let text = text.unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned());
    let comment = match (truncated, binary) {
        (Some(note), _) => Some(note),
        (None, true) => Some("the body is not UTF-8; written lossily".to_owned()),
        (None, false) => None,
    };
    PostData {
        mime_type: mime_type(headers),
        text,
        params: Vec::new(),
        comment,
    }
}

fn note_response(
    capture: &Capture,
    status: reqwest::StatusCode,
    version: reqwest::Version,
    headers: &HeaderMap,
    body: &Bytes,
) -> Response {
    let scrubbed = capture.scrubber.token_bytes(body);
    let (kept, truncated) = capture.body_limit.keep(&scrubbed);
    let (text, encoding) = match std::str::from_utf8(kept) {
        Ok(text) => (text.to_owned(), None),
        Err(_) => (
            base64::engine::general_purpose::STANDARD.encode(kept),
            Some("base64"),
        ),
    };
    Response {
        status: status.as_u16(),
        status_text: status.canonical_reason().unwrap_or_default().to_owned(),
        http_version: format!("{version:?}"),
        cookies: cookies(headers, true),
        headers: header_list(capture, headers),
        content: Content {
            size: body.len() as u64,
            mime_type: mime_type(headers),
            text: (!body.is_empty()).then_some(text),
            encoding,
            comment: truncated,
        },
        redirect_url: String::new(),
        headers_size: -1,
        body_size: len(body.len()),
    }
}

/// What HAR tools write when no response came.
fn no_response() -> Response {
    Response {
        status: 0,
        status_text: String::new(),
        http_version: String::new(),
        cookies: Vec::new(),
        headers: Vec::new(),
        content: Content {
            size: 0,
            mime_type: String::new(),
            text: None,
            encoding: None,
            comment: None,
        },
        redirect_url: String::new(),
        headers_size: -1,
        body_size: -1,
    }
}

/// What went wrong, without the URL (whose query may hold a secret).
fn describe(error: &reqwest::Error) -> String {
    let kind = if error.is_timeout() {
        "timed out"
    } else if error.is_connect() {
        "cannot connect"
    } else if error.is_body() || error.is_decode() {
        "the body failed"
    } else {
        "the request failed"
    };
    let mut text = kind.to_owned();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

fn header_list(capture: &Capture, headers: &HeaderMap) -> Vec<NameValue> {
    headers
        .iter()
        .map(|(name, value)| {
            let value = String::from_utf8_lossy(value.as_bytes());
            NameValue {
                name: name.as_str().to_owned(),
                value: capture
                    .scrubber
                    .token_text(mask::header_value(name.as_str(), &value)),
            }
        })
        .collect()
}

fn cookies(headers: &HeaderMap, set_cookie: bool) -> Vec<Cookie> {
    let name = if set_cookie { SET_COOKIE } else { COOKIE };
    headers
        .get_all(name)
        .iter()
        .flat_map(|value| {
            mask::cookie_names(&String::from_utf8_lossy(value.as_bytes()), set_cookie)
        })
        .map(|name| Cookie {
            name,
            value: MASK.to_owned(),
        })
        .collect()
}

fn mime_type(headers: &HeaderMap) -> String {
    headers
        .get(CONTENT_TYPE)
        .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
        .unwrap_or_default()
}

fn len(length: usize) -> i64 {
    i64::try_from(length).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_bodies_are_cut_on_a_character_boundary_with_a_note() {
        let limit = BodyLimit(4);
        assert_eq!(limit.keep(b"abcd"), (&b"abcd"[..], None));
        let (kept, note) = limit.keep("abcdé".as_bytes());
        assert_eq!(kept, b"abcd");
        assert!(note.unwrap().contains("first 4 of 6 bytes"));
        // `é` is two bytes; a cut inside it backs off before it.
        let (kept, _) = limit.keep("abcé!".as_bytes());
        assert_eq!(kept, b"abc");
    }
}
