//! Running one call: the attempts, the waits between them, the tracing
//! span, and buffering an error body for [`Error`](crate::Error).

use std::cell::RefCell;
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use reqwest::header::{HeaderName, HeaderValue};
use reqwest::{Method, Url, Version};
use tracing::Instrument;
use tracing::field::Empty;

use crate::capture::Capture;
use crate::error::Delivered;
use crate::retry::{Attempt, RetryPolicy};

/// Error bodies are buffered up to this size; the rest is dropped.
const MAX_ERROR_BODY: usize = 64 * 1024;

/// Sends `request`, retrying as `policy` allows, inside one `klink.call`
/// span that records the operation, method, final status, attempts and
/// latency. Headers (and so the token) are never recorded. With a
/// `capture`, every attempt is also written to its HAR file.
pub(crate) async fn execute(
    http: &reqwest::Client,
    policy: &RetryPolicy,
    capture: Option<&Capture>,
    request: reqwest::Request,
    operation: &'static str,
) -> reqwest::Result<reqwest::Response> {
    let span = tracing::info_span!(
        "klink.call",
        operation,
        method = %request.method(),
        status = Empty,
        attempts = Empty,
        latency_ms = Empty,
    );
    let capture = capture.map(|capture| (capture, operation));
    attempts(http, policy, capture, request)
        .instrument(span)
        .await
}

async fn attempts(
    http: &reqwest::Client,
    policy: &RetryPolicy,
    capture: Option<(&Capture, &str)>,
    mut request: reqwest::Request,
) -> reqwest::Result<reqwest::Response> {
    let started = Instant::now();
    let mut backoff = None;
    let mut attempt = 1;
    let result = loop {
        // A body that cannot be replayed (a stream) is sent once.
        let replay = if policy.is_enabled() {
            Replay::keep(&request)
        } else {
            None
        };
        // Timing each attempt costs clock reads; only when it is logged.
        let sent = tracing::enabled!(tracing::Level::DEBUG).then(Instant::now);
        let result = match capture {
            None => http.execute(request).await,
            Some((capture, operation)) => capture.send(http, request, operation, attempt).await,
        };
        if let Some(sent) = sent {
            log_attempt(attempt, &result, sent.elapsed());
        }
        let Some(replay) = replay else { break result };
        // A success is never retried; it is the common case, so it skips
        // the retry rules.
        if let Ok(response) = &result
            && response.status().is_success()
        {
            break result;
        }
        let outcome = Attempt::of(&replay.method, &result);
        let Some(wait) = policy.next_wait(outcome, attempt, || started.elapsed(), &mut backoff)
        else {
            break result;
        };
        // The URL parsed once, so its text parses again; if it did not, the
        // answer in hand is the call's.
        let Some(again) = replay.into_request() else {
            break result;
        };
        tracing::info!(attempt, wait_ms = millis(wait), "retrying");
        drop(result);
        tokio::time::sleep(wait).await;
        request = again;
        attempt += 1;
    };
    let span = tracing::Span::current();
    if !span.is_disabled() {
        span.record("attempts", attempt);
        span.record("latency_ms", millis(started.elapsed()));
        if let Ok(response) = &result {
            span.record("status", response.status().as_u16());
        }
        tracing::debug!("call finished");
    }
    deliver(result?, attempt).await
}

/// What it takes to send a request again, kept while an attempt is in
/// flight. Every request of a retrying client pays for it, and only the rare
/// retry turns it back into a request, so it is kept in the cheapest form:
/// the URL as text, the headers as a list of reference-counted values, the
/// body as a copy, all in [`Buffers`] reused from call to call.
///
/// [`reqwest::Request::try_clone`] would allocate a URL, two header tables
/// and an extension map for the timeout on every call: about 3 % of a
/// call's instructions (see `BENCHMARKS.md`). A request's extensions are not
/// reqwest's public API; in reqwest 0.13 they hold its timeout alone (kept
/// here) and are not sent.
struct Replay {
    method: Method,
    version: Version,
    timeout: Option<Duration>,
    has_body: bool,
    buffers: Buffers,
}

impl Replay {
    /// Keeps what `request` needs to be sent again, or `None` when its body
    /// is a stream, which can be read only once.
    fn keep(request: &reqwest::Request) -> Option<Self> {
        let body = match request.body() {
            None => None,
            Some(body) => Some(body.as_bytes()?),
        };
        let mut buffers = Buffers::take();
        buffers.url.push_str(request.url().as_str());
        buffers.headers.extend(
            request
                .headers()
                .iter()
                .map(|(name, value)| (name.clone(), value.clone())),
        );
        buffers.body.extend_from_slice(body.unwrap_or_default());
        Some(Self {
            method: request.method().clone(),
            version: request.version(),
            timeout: request.timeout().copied(),
            has_body: body.is_some(),
            buffers,
        })
    }

    /// The request to send again; `None` if its URL no longer parses,
    /// which the `url` crate rules out (a URL's text parses to the same URL).
    fn into_request(mut self) -> Option<reqwest::Request> {
        let buffers = &mut self.buffers;
        let url = Url::parse(&buffers.url).ok()?;
        let mut request = reqwest::Request::new(self.method.clone(), url);
        *request.version_mut() = self.version;
        if self.timeout.is_some() {
            *request.timeout_mut() = self.timeout;
        }
        let headers = request.headers_mut();
        headers.reserve(buffers.headers.len());
        for (name, value) in buffers.headers.drain(..) {
            headers.append(name, value);
        }
        if self.has_body {
            *request.body_mut() = Some(reqwest::Body::from(buffers.body.clone()));
        }
        Some(request)
    }
}

impl Drop for Replay {
    fn drop(&mut self) {
        std::mem::take(&mut self.buffers).give_back();
    }
}

/// The allocations of a [`Replay`], reused: a thread keeps those of up to
/// [`Buffers::KEPT`] finished calls for its next ones, so that keeping a
/// replay usually allocates nothing.
#[derive(Default)]
struct Buffers {
    url: String,
    headers: Vec<(HeaderName, HeaderValue)>,
    body: Vec<u8>,
}

thread_local! {
    static SPARE_BUFFERS: RefCell<Vec<Buffers>> = const { RefCell::new(Vec::new()) };
}

impl Buffers {
    /// At most this many are kept per thread (enough for the calls one
    /// thread has in flight at once)...
    const KEPT: usize = 64;
    /// ...and none that grew past this many bytes, so that one large
    /// request does not stay in memory.
    const MAX_BYTES: usize = 16 * 1024;

    /// Empty buffers: reused ones if the thread has some.
    fn take() -> Self {
        SPARE_BUFFERS
            .try_with(|spare| spare.borrow_mut().pop())
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    /// Empties the buffers and keeps them for the thread's next call, unless
    /// it keeps enough already or they are large.
    fn give_back(mut self) {
        self.headers.clear();
        let bytes = self.url.capacity()
            + self.body.capacity()
            + self.headers.capacity() * size_of::<(HeaderName, HeaderValue)>();
        if bytes > Self::MAX_BYTES {
            return;
        }
        self.url.clear();
        self.body.clear();
        // During the thread's exit the buffers are just dropped.
        let _ = SPARE_BUFFERS.try_with(|spare| {
            let mut spare = spare.borrow_mut();
            if spare.len() < Self::KEPT {
                spare.push(self);
            }
        });
    }
}

fn log_attempt(attempt: u32, result: &reqwest::Result<reqwest::Response>, took: Duration) {
    match result {
        Ok(response) => tracing::debug!(
            attempt,
            status = response.status().as_u16(),
            latency_ms = millis(took),
            "attempt answered"
        ),
        // reqwest's errors name the URL, never the headers.
        Err(error) => tracing::debug!(
            attempt,
            latency_ms = millis(took),
            error = %error,
            "attempt failed"
        ),
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// For an error status, buffers the body (bounded) and marks the response
/// with it and the attempt count, so that the error can show them. A
/// success passes untouched: it is the hot path.
async fn deliver(
    mut response: reqwest::Response,
    attempts: u32,
) -> reqwest::Result<reqwest::Response> {
    if response.status().is_success() {
        return Ok(response);
    }
    let status = response.status();
    let version = response.version();
    let headers = std::mem::take(response.headers_mut());
    let mut extensions = std::mem::take(response.extensions_mut());
    let body = read_bounded(response, MAX_ERROR_BODY).await?;
    extensions.insert(Delivered {
        attempts,
        error_body: body.clone(),
    });
    let mut rebuilt = http::Response::new(reqwest::Body::from(body));
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    *rebuilt.extensions_mut() = extensions;
    Ok(reqwest::Response::from(rebuilt))
}

async fn read_bounded(mut response: reqwest::Response, limit: usize) -> reqwest::Result<Bytes> {
    let mut body = BytesMut::new();
    while let Some(chunk) = response.chunk().await? {
        let room = limit - body.len();
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if body.len() == limit {
            break;
        }
    }
    Ok(body.freeze())
}

#[cfg(test)]
mod tests {
    use std::convert::Infallible;
    use std::sync::{Arc, Mutex};

    use http_body_util::{BodyExt, Full};
    use hyper::server::conn::http1;
    use hyper::service::service_fn;
    use hyper_util::rt::TokioIo;
    use reqwest::header::ACCEPT;

    use super::*;

    fn request() -> reqwest::Request {
        reqwest::Client::new()
            .post("http://127.0.0.1:9/api/v1/messages/send?x=1&q=a%20b")
            .header(ACCEPT, "application/json")
            .header("x-twice", "one")
            .header("x-twice", "two")
            .bearer_auth("kpt_test")
            .json(&serde_json::json!({"contactId": "c", "message": "hi"}))
            .timeout(Duration::from_secs(3))
            .version(Version::HTTP_11)
            .build()
            .unwrap()
    }

    #[test]
    fn a_replay_is_the_same_request() {
        let original = request();
        let body = original.body().unwrap().as_bytes().unwrap().to_vec();
        let replay = Replay::keep(&original).expect("a JSON body is replayable");
        assert_eq!(original.body().unwrap().as_bytes().unwrap(), body);

        let again = replay.into_request().unwrap();
        assert_eq!(again.method(), original.method());
        assert_eq!(again.url(), original.url());
        assert_eq!(again.version(), original.version());
        assert_eq!(again.timeout(), Some(&Duration::from_secs(3)));
        assert_eq!(again.headers(), original.headers());
        let twice: Vec<_> = again.headers().get_all("x-twice").iter().collect();
        assert_eq!(twice, ["one", "two"], "repeated headers keep their order");
        assert_eq!(again.body().unwrap().as_bytes().unwrap(), body);
    }

    #[test]
    fn requests_without_a_body_or_a_timeout_replay_without_them() {
        let original = reqwest::Request::new(Method::GET, "http://127.0.0.1:9/".parse().unwrap());
        let again = Replay::keep(&original).unwrap().into_request().unwrap();
        assert!(again.body().is_none());
        assert_eq!(again.timeout(), None);
        assert!(again.headers().is_empty());

        let mut empty = request();
        *empty.body_mut() = Some(reqwest::Body::from(Vec::new()));
        let again = Replay::keep(&empty).unwrap().into_request().unwrap();
        assert_eq!(again.body().unwrap().as_bytes(), Some(&b""[..]));
    }

    #[test]
    fn finished_replays_leave_their_buffers_to_the_next_small_ones() {
        SPARE_BUFFERS.with_borrow_mut(Vec::clear);
        drop(Replay::keep(&request()).unwrap());
        let reused = Buffers::take();
        assert!(reused.url.is_empty() && reused.headers.is_empty() && reused.body.is_empty());
        assert!(reused.url.capacity() > 0 && reused.headers.capacity() >= 5);
        assert!(
            Buffers::take().url.capacity() == 0,
            "only one was given back"
        );

        let mut large = request();
        *large.body_mut() = Some(reqwest::Body::from(vec![b' '; Buffers::MAX_BYTES]));
        drop(Replay::keep(&large).unwrap());
        assert_eq!(
            SPARE_BUFFERS.with_borrow(Vec::len),
            0,
            "large buffers are freed"
        );
        for _ in 0..Buffers::KEPT + 3 {
            Buffers::default().give_back();
        }
        assert_eq!(SPARE_BUFFERS.with_borrow(Vec::len), Buffers::KEPT);
    }

    #[test]
    fn a_streamed_body_is_not_replayable_and_stays_unread() {
        let mut streamed = request();
        *streamed.body_mut() = Some(reqwest::Body::wrap(Full::new(Bytes::from("once"))));
        assert!(Replay::keep(&streamed).is_none());
        assert!(streamed.body().unwrap().as_bytes().is_none());
    }

    /// What a loopback server received: method, target, headers, body.
    type Received = (String, String, Vec<(String, String)>, Bytes);

    /// Answers `429` with `Retry-After: 0` first and the docs' 200 after,
    /// recording every request.
    async fn limiting_server(received: Arc<Mutex<Vec<Received>>>) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let received = received.clone();
                let service = service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                    let received = received.clone();
                    async move {
                        let (parts, body) = request.into_parts();
                        let body = body.collect().await.unwrap().to_bytes();
                        let headers = parts
                            .headers
                            .iter()
                            .map(|(n, v)| (n.to_string(), v.to_str().unwrap().to_owned()))
                            .collect();
                        let mut all = received.lock().unwrap();
                        all.push((
                            parts.method.to_string(),
                            parts.uri.to_string(),
                            headers,
                            body,
                        ));
                        let status = if all.len() == 1 { 429 } else { 200 };
                        let response = hyper::Response::builder()
                            .status(status)
                            .header("retry-after", "0")
                            .body(Full::new(Bytes::from_static(b"{}")))
                            .unwrap();
                        Ok::<_, Infallible>(response)
                    }
                });
                tokio::spawn(http1::Builder::new().serve_connection(TokioIo::new(stream), service));
            }
        });
        url
    }

    #[tokio::test]
    async fn a_retried_post_is_sent_again_byte_for_byte() {
        let received = Arc::new(Mutex::new(Vec::new()));
        let url = limiting_server(received.clone()).await;
        let http = reqwest::Client::new();
        let mut request = request();
        *request.url_mut() = format!("{url}/api/v1/messages/send?x=1").parse().unwrap();
        let response = execute(&http, &RetryPolicy::default(), None, request, "test")
            .await
            .unwrap();
        assert_eq!(response.status(), 200);

        let received = received.lock().unwrap();
        assert_eq!(received.len(), 2, "the 429 was retried once");
        assert_eq!(received[0], received[1]);
        let (method, target, headers, body) = &received[0];
        assert_eq!(
            (method.as_str(), target.as_str()),
            ("POST", "/api/v1/messages/send?x=1")
        );
        assert!(headers.contains(&("authorization".into(), "Bearer kpt_test".into())));
        assert_eq!(&body[..], br#"{"contactId":"c","message":"hi"}"#);
    }
}
