//! Running one call: the attempts, the waits between them, the tracing
//! span, and buffering an error body for [`Error`](crate::Error).

use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use tracing::Instrument;
use tracing::field::Empty;

use crate::error::Delivered;
use crate::retry::{Attempt, RetryPolicy};

/// Error bodies are buffered up to this size; the rest is dropped.
const MAX_ERROR_BODY: usize = 64 * 1024;

/// Sends `request`, retrying as `policy` allows, inside one `klink.call`
/// span that records the operation, method, final status, attempts and
/// latency. Headers (and so the token) are never recorded.
pub(crate) async fn execute(
    http: &reqwest::Client,
    policy: &RetryPolicy,
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
    attempts(http, policy, request).instrument(span).await
}

async fn attempts(
    http: &reqwest::Client,
    policy: &RetryPolicy,
    mut request: reqwest::Request,
) -> reqwest::Result<reqwest::Response> {
    let started = Instant::now();
    let method = request.method().clone();
    let mut backoff = None;
    let mut attempt = 1;
    let result = loop {
        // A body that cannot be cloned (a stream) is sent once.
        let spare = policy.is_enabled().then(|| request.try_clone()).flatten();
        // Timing each attempt costs clock reads; only when it is logged.
        let sent = tracing::enabled!(tracing::Level::DEBUG).then(Instant::now);
        let result = http.execute(request).await;
        if let Some(sent) = sent {
            log_attempt(attempt, &result, sent.elapsed());
        }
        let Some(spare) = spare else { break result };
        let outcome = Attempt::of(&method, &result);
        let Some(wait) = policy.next_wait(outcome, attempt, || started.elapsed(), &mut backoff)
        else {
            break result;
        };
        tracing::info!(attempt, wait_ms = millis(wait), "retrying");
        drop(result);
        tokio::time::sleep(wait).await;
        request = spare;
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
