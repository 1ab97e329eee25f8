//! When a failed attempt is tried again, and after how long.
//!
//! # The rule: a send is never duplicated
//!
//! A request that may already have taken effect on the server is not
//! repeated unless repeating it is harmless. So:
//!
//! | outcome of the attempt | `GET` `HEAD` `PUT` `DELETE` `OPTIONS` `TRACE` | `POST` `PATCH` |
//! |---|---|---|
//! | connection could not be established | retried | retried (the request never left) |
//! | `429 Too Many Requests` | retried | retried (the server did not process it) |
//! | `503` with `Retry-After` | retried | retried (the server asks for it) |
//! | `503` without `Retry-After`, `408`, `502`, `504` | retried | **not retried** |
//! | timeout, connection dropped mid-request or mid-response | retried | **not retried** (it may have been processed) |
//! | any other status | not retried | not retried |
//!
//! # Resending after an error
//!
//! When a call still fails, [`Error::may_have_been_processed`] says whether
//! sending it again could do it twice. It is `false` only when the request
//! certainly had no effect: it never left the client (the connection was
//! refused or could not be established, the request or the settings were
//! invalid) or the server refused it with a `4xx` other than `408` (`429`
//! included). It is `true` for a `5xx`, a `408`, a timeout, a connection
//! lost once the request may have been written (a reset cannot tell before
//! from after), and a success whose body did not decode. So:
//!
//! - `false`: resending is safe (after fixing the request for a `4xx`);
//! - `true` and the method is `GET`, `PUT` or `DELETE`: resending is safe,
//!   the repetition has the same effect;
//! - `true` and the call is a `POST` (sending a message, creating a
//!   ticket): check whether it took effect before resending.
//!
//! [`Error::may_have_been_processed`]: crate::Error::may_have_been_processed
//!
//! The wait is the server's `Retry-After` (seconds or an HTTP date), capped
//! by [`RetryPolicy::max_retry_after`], or else exponential backoff with
//! jitter. A call makes at most [`RetryPolicy::max_attempts`] attempts and
//! gives up rather than wait past [`RetryPolicy::max_elapsed`] since it
//! started.

use std::time::{Duration, SystemTime};

use backon::{BackoffBuilder, ExponentialBackoff, ExponentialBuilder};
use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode};

/// How a [`Client`](crate::Client) retries failed attempts; see the
/// [module docs](self) for which failures are retried.
///
/// ```
/// use std::time::Duration;
/// use klink_api::RetryPolicy;
///
/// let policy = RetryPolicy::default()
///     .max_attempts(5)
///     .initial_backoff(Duration::from_millis(100))
///     .max_elapsed(Duration::from_secs(20));
/// let client = klink_api::Client::builder()
///     .token("kpt_example")
///     .retry(policy)
///     .build()?;
/// let no_retries = RetryPolicy::disabled();
/// # Ok::<(), klink_api::ConfigError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_elapsed: Duration,
    max_retry_after: Duration,
}

impl Default for RetryPolicy {
    /// Three attempts, backoff from 250 ms up to 8 s, at most 60 s in all,
    /// and a server's `Retry-After` honoured up to 30 s.
    fn default() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(8),
            max_elapsed: Duration::from_secs(60),
            max_retry_after: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// One attempt per call: nothing is retried.
    pub fn disabled() -> Self {
        Self::default().max_attempts(1)
    }

    /// The most attempts one call makes, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The backoff before the first retry; it doubles (with jitter) after.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest backoff between two attempts.
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// No retry starts later than this after the call began.
    pub fn max_elapsed(mut self, elapsed: Duration) -> Self {
        self.max_elapsed = elapsed;
        self
    }

    /// The longest wait a server's `Retry-After` can impose.
    pub fn max_retry_after(mut self, wait: Duration) -> Self {
        self.max_retry_after = wait;
        self
    }

    /// Whether a call may make more than one attempt.
    pub fn is_enabled(&self) -> bool {
        self.max_attempts > 1
    }

    /// The backoff delays for one call, with jitter.
    pub(crate) fn backoff(&self) -> ExponentialBackoff {
        ExponentialBuilder::new()
            .with_jitter()
            .with_min_delay(self.initial_backoff)
            .with_max_delay(self.max_backoff)
            .without_max_times()
            .build()
    }

    /// The wait before the next attempt, or `None` to stop here. The
    /// backoff sequence is made on the first retry of a call, and the time
    /// elapsed is read only then: calls that succeed at once pay for neither.
    pub(crate) fn next_wait(
        &self,
        attempt: Attempt<'_>,
        attempts_made: u32,
        elapsed: impl FnOnce() -> Duration,
        backoff: &mut Option<ExponentialBackoff>,
    ) -> Option<Duration> {
        if attempts_made >= self.max_attempts {
            return None;
        }
        let server_wait = match should_retry(&attempt) {
            Verdict::GiveUp => return None,
            Verdict::Retry => None,
            Verdict::RetryAfter(wait) => Some(wait),
        };
        let elapsed = elapsed();
        let backoff = backoff.get_or_insert_with(|| self.backoff()).next()?;
        let wait = server_wait.map_or(backoff, |wait| wait.min(self.max_retry_after));
        (elapsed + wait <= self.max_elapsed).then_some(wait)
    }
}

/// What one attempt came to, as far as retrying is concerned.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Attempt<'a> {
    /// The server answered.
    Answered {
        method: &'a Method,
        status: StatusCode,
        headers: &'a HeaderMap,
    },
    /// No answer; `connect` when the connection was never established (so
    /// the request certainly did not reach the server). Timeouts and dropped
    /// connections are the same here: the request may have been processed.
    Failed { method: &'a Method, connect: bool },
}

impl<'a> Attempt<'a> {
    pub(crate) fn of(method: &'a Method, result: &'a reqwest::Result<reqwest::Response>) -> Self {
        match result {
            Ok(response) => Self::Answered {
                method,
                status: response.status(),
                headers: response.headers(),
            },
            Err(error) => Self::Failed {
                method,
                connect: error.is_connect(),
            },
        }
    }
}

/// Whether a failed attempt is tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// The attempt's outcome is the call's.
    GiveUp,
    /// Try again after the backoff.
    Retry,
    /// Try again after the server's `Retry-After` (capped).
    RetryAfter(Duration),
}

impl Verdict {
    /// `Retry` if `retry`, else `GiveUp`.
    fn retry_if(retry: bool) -> Self {
        if retry { Self::Retry } else { Self::GiveUp }
    }

    /// Retry after the server's wait if it gave one, the backoff if not.
    fn after(server_wait: Option<Duration>) -> Self {
        server_wait.map_or(Self::Retry, Self::RetryAfter)
    }
}

fn should_retry(attempt: &Attempt<'_>) -> Verdict {
    match *attempt {
        Attempt::Failed { connect: true, .. } => Verdict::Retry,
        Attempt::Failed { method, .. } => Verdict::retry_if(is_idempotent(method)),
        Attempt::Answered {
            method,
            status,
            headers,
        } => {
            // Read `Retry-After` only for the statuses that use it.
            let server_wait = || retry_after(headers, SystemTime::now());
            match status {
                StatusCode::TOO_MANY_REQUESTS => Verdict::after(server_wait()),
                StatusCode::SERVICE_UNAVAILABLE => match server_wait() {
                    Some(wait) => Verdict::RetryAfter(wait),
                    None => Verdict::retry_if(is_idempotent(method)),
                },
                StatusCode::REQUEST_TIMEOUT
                | StatusCode::BAD_GATEWAY
                | StatusCode::GATEWAY_TIMEOUT
                    if is_idempotent(method) =>
                {
                    Verdict::after(server_wait())
                }
                _ => Verdict::GiveUp,
            }
        }
    }
}

/// Statuses that say the same request may succeed later: 408, 429, 502,
/// 503 and 504.
pub(crate) fn is_transient(status: StatusCode) -> bool {
    matches!(status.as_u16(), 408 | 429 | 502 | 503 | 504)
}

/// Methods whose repetition has the same effect as one request (RFC 9110).
fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS | Method::TRACE
    )
}

/// The `Retry-After` header as a wait from `now`: delay-seconds or an HTTP
/// date (a date in the past means no wait).
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let date = SystemTime::from(date.with_timezone(&chrono::Utc));
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(retry_after: Option<&str>) -> HeaderMap {
        let mut headers = HeaderMap::new();
        if let Some(value) = retry_after {
            headers.insert(RETRY_AFTER, value.parse().unwrap());
        }
        headers
    }

    fn answered(method: &Method, status: u16, headers: &HeaderMap) -> Verdict {
        should_retry(&Attempt::Answered {
            method,
            status: StatusCode::from_u16(status).unwrap(),
            headers,
        })
    }

    #[test]
    fn post_is_retried_only_when_it_certainly_did_not_take_effect() {
        let none = headers(None);
        let later = headers(Some("2"));
        let post = &Method::POST;
        assert_eq!(answered(post, 429, &none), Verdict::Retry);
        assert_eq!(
            answered(post, 429, &later),
            Verdict::RetryAfter(Duration::from_secs(2))
        );
        assert_eq!(
            answered(post, 503, &later),
            Verdict::RetryAfter(Duration::from_secs(2))
        );
        for status in [408, 502, 503, 504, 500, 400] {
            assert_eq!(
                answered(post, status, &none),
                Verdict::GiveUp,
                "POST {status}"
            );
        }
        let failed = |method, connect| should_retry(&Attempt::Failed { method, connect });
        assert_eq!(failed(post, true), Verdict::Retry, "refused: never sent");
        assert_eq!(
            failed(post, false),
            Verdict::GiveUp,
            "timed out or dropped: maybe sent"
        );
        assert_eq!(failed(&Method::PATCH, false), Verdict::GiveUp);
    }

    #[test]
    fn idempotent_methods_are_retried_on_transient_failures() {
        let none = headers(None);
        for method in [Method::GET, Method::PUT, Method::DELETE] {
            for status in [408, 429, 502, 503, 504] {
                assert_eq!(
                    answered(&method, status, &none),
                    Verdict::Retry,
                    "{method} {status}"
                );
            }
            for status in [200, 400, 401, 404, 500] {
                assert_eq!(
                    answered(&method, status, &none),
                    Verdict::GiveUp,
                    "{method} {status}"
                );
            }
            let timed_out = Attempt::Failed {
                method: &method,
                connect: false,
            };
            assert_eq!(should_retry(&timed_out), Verdict::Retry);
        }
    }

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_470);
        let at = |value| retry_after(&headers(Some(value)), now);
        assert_eq!(at("7"), Some(Duration::from_secs(7)));
        assert_eq!(at(" 0 "), Some(Duration::ZERO));
        // 1_445_412_480 is Wed, 21 Oct 2015 07:28:00 GMT.
        assert_eq!(
            at("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::from_secs(10))
        );
        assert_eq!(at("Wed, 21 Oct 2015 07:27:00 GMT"), Some(Duration::ZERO));
        assert_eq!(at("soon"), None);
        assert_eq!(at("-3"), None);
        assert_eq!(retry_after(&headers(None), now), None);
    }

    #[test]
    fn waits_are_bounded_by_attempts_elapsed_time_and_the_cap() {
        let policy = RetryPolicy::default()
            .max_attempts(3)
            .max_elapsed(Duration::from_secs(10))
            .max_retry_after(Duration::from_secs(4));
        let method = Method::POST;
        let huge = headers(Some("3600"));
        let limited = Attempt::Answered {
            method: &method,
            status: StatusCode::TOO_MANY_REQUESTS,
            headers: &huge,
        };
        let mut backoff = None;
        let wait = policy.next_wait(limited, 1, || Duration::ZERO, &mut backoff);
        assert_eq!(wait, Some(Duration::from_secs(4)), "Retry-After is capped");
        assert_eq!(
            policy.next_wait(limited, 3, || Duration::ZERO, &mut backoff),
            None,
            "no attempt past max_attempts"
        );
        assert_eq!(
            policy.next_wait(limited, 1, || Duration::from_secs(7), &mut backoff),
            None,
            "no wait past max_elapsed"
        );
        assert_eq!(
            RetryPolicy::disabled().next_wait(limited, 1, || Duration::ZERO, &mut backoff),
            None
        );
    }

    #[test]
    fn backoff_grows_and_stays_under_the_cap_with_jitter() {
        let policy = RetryPolicy::default()
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(800));
        let delays: Vec<Duration> = policy.backoff().take(6).collect();
        assert!(delays[0] >= Duration::from_millis(100), "{delays:?}");
        assert!(delays[2] >= Duration::from_millis(400), "{delays:?}");
        // backon's jitter adds up to one more delay on top of the capped one.
        assert!(
            delays.iter().all(|d| *d <= Duration::from_millis(1600)),
            "{delays:?}"
        );
    }
}
