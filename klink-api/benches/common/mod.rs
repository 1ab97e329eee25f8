//! What the request benchmarks share: the loopback server, the ways of
//! making the call, and the clients they use.
//!
//! Every variant sends the same request (the same headers, the SDK's
//! `user-agent` and `api-version` included; [`Setup::check`] compares what
//! the server received), builds the body afresh for each request, decodes
//! the answer into typed structs, and uses a reqwest client configured alike
//! (connect timeout 10 s, request timeout 30 s). What differs is the client
//! machinery: the body builder, the hooks, the request copy kept for a safe
//! retry, and the tracing span.
//!
//! Built by `cargo xtask bench --peer` with `--cfg klink_peer`, there is a
//! fourth variant: the client openapi-generator makes from the same spec
//! (see `peer.rs`).

#[cfg(klink_peer)]
mod peer;

use std::collections::BTreeMap;
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use klink_api::types::{MessageEnvelope, SendMessageRequest};
use klink_api::{Client, DEFAULT_USER_AGENT, RetryPolicy};
use reqwest::header::{ACCEPT, HeaderMap};
use serde_json::Value;

const RESPONSE: &str = include_str!("../../../openapi/examples/message.send.response.200.json");
const REQUEST: &str = include_str!("../../../openapi/examples/message.send.request.json");
const TOKEN: &str = "kpt_bench_0123456789abcdef0123456789abcdef";

/// Requests in flight at once in the concurrent scenarios.
pub const CONCURRENCY: usize = 16;

/// One way of making the call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// The SDK with its default retry policy.
    Generated,
    /// The SDK with retries off: no request copy is kept.
    GeneratedNoRetry,
    /// reqwest and serde_json by hand.
    HandWritten,
    /// openapi-generator's `rust` client for the same spec.
    #[cfg(klink_peer)]
    Peer,
}

impl Variant {
    /// Every variant, in report order.
    #[cfg(not(klink_peer))]
    pub const ALL: &[Variant] = &[Self::Generated, Self::GeneratedNoRetry, Self::HandWritten];
    /// Every variant, in report order.
    #[cfg(klink_peer)]
    pub const ALL: &[Variant] = &[
        Self::Generated,
        Self::GeneratedNoRetry,
        Self::HandWritten,
        Self::Peer,
    ];

    /// The benchmark id.
    pub fn name(self) -> &'static str {
        match self {
            Self::Generated => "generated",
            Self::GeneratedNoRetry => "generated_no_retry",
            Self::HandWritten => "hand_written",
            #[cfg(klink_peer)]
            Self::Peer => "openapi_generator",
        }
    }
}

/// The clients of every variant, pointed at one running server.
pub struct Setup {
    client: Client,
    no_retry: Client,
    http: reqwest::Client,
    url: String,
    #[cfg(klink_peer)]
    peer: peer::Peer,
    recorder: Arc<Recorder>,
}

impl Setup {
    /// Starts the server and builds the clients.
    pub fn new() -> Self {
        let recorder = Arc::new(Recorder::default());
        let server = recorder.clone();
        // On its own thread and runtime, so that it does not share the
        // client's; it lives as long as the benchmark process.
        let base = format!(
            "http://{}",
            klink_tests::serve(move |request| respond(&request, &server))
        );
        let sdk = |retry| {
            Client::builder()
                .base_url(&base)
                .token(TOKEN)
                .retry(retry)
                .build()
                .unwrap()
        };
        assert_eq!(
            serde_json::to_value(message()).unwrap(),
            serde_json::from_str::<Value>(REQUEST).unwrap()
        );
        Self {
            client: sdk(RetryPolicy::default()),
            no_retry: sdk(RetryPolicy::disabled()),
            http: http_client(HeaderMap::new()),
            url: format!("{base}/api/v1/messages/send"),
            #[cfg(klink_peer)]
            peer: peer::Peer::new(&base),
            recorder,
        }
    }

    /// One `send_message` call; the decoded answer is dropped.
    pub async fn call(&self, variant: Variant) {
        match variant {
            Variant::Generated => drop(black_box(generated(&self.client).await)),
            Variant::GeneratedNoRetry => drop(black_box(generated(&self.no_retry).await)),
            Variant::HandWritten => drop(black_box(hand_written(&self.http, &self.url).await)),
            #[cfg(klink_peer)]
            Variant::Peer => drop(black_box(self.peer.call().await)),
        }
    }

    /// [`CONCURRENCY`] calls at once.
    pub async fn batch(&self, variant: Variant) {
        futures_util::future::join_all((0..CONCURRENCY).map(|_| self.call(variant))).await;
    }

    /// Makes one call per variant and panics unless every variant put the
    /// same request on the wire and decoded the same answer as the
    /// hand-written call. Runs before anything is measured.
    pub async fn check(&self) {
        let (expected_request, expected_answer) = self.observe(Variant::HandWritten).await;
        for &variant in Variant::ALL {
            let (request, answer) = self.observe(variant).await;
            assert_eq!(
                request,
                expected_request,
                "{} sent another request than hand_written",
                variant.name()
            );
            assert_eq!(
                answer,
                expected_answer,
                "{} decoded another answer than hand_written",
                variant.name()
            );
        }
        assert_eq!(
            expected_answer,
            normalized(serde_json::from_str(RESPONSE).unwrap()),
            "the decoded answer is the server's"
        );
    }

    /// One call of `variant`: what the server received, and the decoded
    /// answer as normalized JSON.
    async fn observe(&self, variant: Variant) -> (Received, Value) {
        self.recorder.armed.store(true, Ordering::SeqCst);
        let answer = match variant {
            Variant::Generated => serde_json::to_value(generated(&self.client).await),
            Variant::GeneratedNoRetry => serde_json::to_value(generated(&self.no_retry).await),
            Variant::HandWritten => serde_json::to_value(hand_written(&self.http, &self.url).await),
            #[cfg(klink_peer)]
            Variant::Peer => serde_json::to_value(self.peer.call().await),
        };
        self.recorder.armed.store(false, Ordering::SeqCst);
        let received = self.recorder.last.lock().unwrap().take();
        let received = received.expect("the server recorded the request");
        (received, normalized(answer.unwrap()))
    }
}

/// A reqwest client configured like the one the SDK builds, with
/// `default_headers` on every request.
fn http_client(default_headers: HeaderMap) -> reqwest::Client {
    reqwest::Client::builder()
        .user_agent(DEFAULT_USER_AGENT)
        .default_headers(default_headers)
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

/// The request as the server saw it, for comparing variants.
#[derive(Debug, PartialEq)]
struct Received {
    method: String,
    path: String,
    /// Every header but `content-length`, which follows from the body.
    headers: BTreeMap<String, String>,
    /// The body as normalized JSON.
    body: Value,
}

/// Keeps the next request the server receives while armed.
#[derive(Default)]
struct Recorder {
    armed: AtomicBool,
    last: Mutex<Option<Received>>,
}

/// Records the request if armed, and answers the docs' 200.
fn respond(request: &http::Request<Bytes>, recorder: &Recorder) -> http::Response<Bytes> {
    if recorder.armed.load(Ordering::SeqCst) {
        let headers = request
            .headers()
            .iter()
            .filter(|(name, _)| *name != http::header::CONTENT_LENGTH)
            .map(|(name, value)| {
                (
                    name.as_str().to_owned(),
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                )
            })
            .collect();
        let received = Received {
            method: request.method().to_string(),
            path: request.uri().to_string(),
            headers,
            body: normalized(serde_json::from_slice(request.body()).unwrap_or(Value::Null)),
        };
        *recorder.last.lock().unwrap() = Some(received);
    }
    http::Response::builder()
        .header("content-type", "application/json")
        .body(Bytes::from_static(RESPONSE.as_bytes()))
        .unwrap()
}

/// JSON with what two correct clients may write differently made equal: a
/// null member is dropped (absent and null mean the same here), and an RFC
/// 3339 timestamp is written one way (`Z` or `+00:00`, `.9` or `.900`).
fn normalized(value: Value) -> Value {
    match value {
        Value::Object(members) => members
            .into_iter()
            .filter(|(_, member)| !member.is_null())
            .map(|(name, member)| (name, normalized(member)))
            .collect(),
        Value::Array(items) => items.into_iter().map(normalized).collect(),
        Value::String(text) => match chrono::DateTime::parse_from_rfc3339(&text) {
            Ok(at) => Value::String(
                at.to_utc()
                    .to_rfc3339_opts(chrono::SecondsFormat::Nanos, true),
            ),
            Err(_) => Value::String(text),
        },
        other => other,
    }
}

/// A message as an application builds it: afresh for each request.
fn message() -> SendMessageRequest {
    SendMessageRequest {
        contact_id: "81d8f399-e4d3-4fd4-a8ec-61bb3c3dc8c4".to_owned(),
        message_type: "text".to_owned(),
        message: Some("It is your message.".to_owned()),
        created_at: Some("2026-01-08T16:03:39.923Z".parse().unwrap()),
        extra: Default::default(),
    }
}

/// The same call written by hand: what a team without the SDK would write.
async fn hand_written(http: &reqwest::Client, url: &str) -> MessageEnvelope {
    let response = http
        .post(url)
        .bearer_auth(TOKEN)
        .header(ACCEPT, "application/json")
        .header("api-version", "1")
        .json(&message())
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success());
    let bytes = response.bytes().await.unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

async fn generated(client: &Client) -> MessageEnvelope {
    let response = client.send_message().body(message()).send().await.unwrap();
    response.into_inner()
}
