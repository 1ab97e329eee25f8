//! Running one call: the attempts and the waits between them, in a tracing
//! span. What a retry needs to send the request again is kept by
//! [`crate::replay`]; an error response's body, by [`crate::error_body`].

use std::time::{Duration, Instant};

use tracing::Instrument;
use tracing::field::Empty;

use crate::capture::Capture;
use crate::replay::Replay;
use crate::retry::{Attempt, RetryPolicy};

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
        let outcome = Attempt::of(replay.method(), &result);
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
    crate::error_body::capture(result?, attempt).await
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

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use bytes::Bytes;
    use klink_tests::RecordedRequest;
    use reqwest::Version;
    use reqwest::header::ACCEPT;

    use super::*;

    fn request() -> reqwest::Request {
        crate::tls::test_client()
            .post("http://127.0.0.1:9/api/v1/messages/send?x=1")
            .header(ACCEPT, "application/json")
            .bearer_auth("kpt_test")
            .json(&serde_json::json!({"contactId": "c", "message": "hi"}))
            .timeout(Duration::from_secs(3))
            .version(Version::HTTP_11)
            .build()
            .unwrap()
    }

    /// Answers `429` with `Retry-After: 0` first and the docs' 200 after,
    /// recording every request.
    fn limiting_server(received: Arc<Mutex<Vec<RecordedRequest>>>) -> String {
        let address = klink_tests::serve(move |request| {
            let mut all = received.lock().unwrap();
            all.push(RecordedRequest::from(&request));
            let status = if all.len() == 1 { 429 } else { 200 };
            http::Response::builder()
                .status(status)
                .header("retry-after", "0")
                .body(Bytes::from_static(b"{}"))
                .unwrap()
        });
        format!("http://{address}")
    }

    #[tokio::test]
    async fn a_retried_post_is_sent_again_byte_for_byte() {
        let received = Arc::new(Mutex::new(Vec::new()));
        let url = limiting_server(received.clone());
        let http = crate::tls::test_client();
        let mut request = request();
        *request.url_mut() = format!("{url}/api/v1/messages/send?x=1").parse().unwrap();
        let response = execute(&http, &RetryPolicy::default(), None, request, "test")
            .await
            .unwrap();
        assert_eq!(response.status(), 200);

        let received = received.lock().unwrap();
        assert_eq!(received.len(), 2, "the 429 was retried once");
        assert_eq!(received[0], received[1]);
        let first = &received[0];
        assert_eq!(
            (first.method.as_str(), first.path.as_str()),
            ("POST", "/api/v1/messages/send?x=1")
        );
        assert_eq!(first.header("authorization"), Some("Bearer kpt_test"));
        assert_eq!(first.body, br#"{"contactId":"c","message":"hi"}"#);
    }
}
