//! What the request benchmarks share: the loopback server, the two ways of
//! making the call, and the clients they use.
//!
//! The two calls send the same request (the same headers, the SDK's
//! `user-agent` and `api-version` included), build the body afresh for each
//! request, decode into the same generated types, and use reqwest clients
//! configured alike (connect timeout 10 s, request timeout 30 s). What
//! differs is the client machinery: the body builder, the hooks, the request
//! copy kept for a safe retry, and the tracing span.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use klink_api::types::{MessageEnvelope, SendMessageRequest};
use klink_api::{Client, DEFAULT_USER_AGENT, RetryPolicy};
use reqwest::header::ACCEPT;

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
}

impl Variant {
    /// Every variant, in report order.
    pub const ALL: [Variant; 3] = [Self::Generated, Self::GeneratedNoRetry, Self::HandWritten];

    /// The benchmark id.
    pub fn name(self) -> &'static str {
        match self {
            Self::Generated => "generated",
            Self::GeneratedNoRetry => "generated_no_retry",
            Self::HandWritten => "hand_written",
        }
    }
}

/// The clients of every variant, pointed at one running server.
pub struct Setup {
    client: Client,
    no_retry: Client,
    http: reqwest::Client,
    url: String,
}

impl Setup {
    /// Starts the server and builds the clients.
    pub fn new() -> Self {
        let base = format!("http://{}", start_server());
        let sdk = |retry| {
            Client::builder()
                .base_url(&base)
                .token(TOKEN)
                .retry(retry)
                .build()
                .unwrap()
        };
        let http = reqwest::Client::builder()
            .user_agent(DEFAULT_USER_AGENT)
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap();
        assert_eq!(message(), serde_json::from_str(REQUEST).unwrap());
        Self {
            client: sdk(RetryPolicy::default()),
            no_retry: sdk(RetryPolicy::disabled()),
            http,
            url: format!("{base}/api/v1/messages/send"),
        }
    }

    /// One `send_message` call.
    pub async fn call(&self, variant: Variant) -> MessageEnvelope {
        match variant {
            Variant::Generated => generated(&self.client).await,
            Variant::GeneratedNoRetry => generated(&self.no_retry).await,
            Variant::HandWritten => hand_written(&self.http, &self.url).await,
        }
    }

    /// [`CONCURRENCY`] calls at once.
    pub async fn batch(&self, variant: Variant) {
        futures_util::future::join_all((0..CONCURRENCY).map(|_| self.call(variant))).await;
    }
}

/// Starts the server on its own thread and runtime, so that it does not
/// share the client's; it lives as long as the benchmark process.
fn start_server() -> SocketAddr {
    let (bound, address) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            bound.send(listener.local_addr().unwrap()).unwrap();
            while let Ok((stream, _)) = listener.accept().await {
                let connection = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service_fn(respond));
                tokio::spawn(connection);
            }
        });
    });
    address.recv().unwrap()
}

async fn respond(
    request: hyper::Request<Incoming>,
) -> Result<hyper::Response<Full<Bytes>>, Infallible> {
    // Read the whole request, as a real server would.
    let _ = request.into_body().collect().await;
    let response = hyper::Response::builder()
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from_static(RESPONSE.as_bytes())))
        .unwrap();
    Ok(response)
}

/// A message as an application builds it: afresh for each request.
fn message() -> SendMessageRequest {
    SendMessageRequest {
        contact_id: "81d8f399-e4d3-4fd4-a8ec-61bb3c3dc8c4".to_owned(),
        message_type: "text".to_owned(),
        message: Some("It is your message.".to_owned()),
        created_at: Some("2026-01-08T16:03:39.923Z".parse().unwrap()),
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
