//! End to end: the `webhook_receiver` example's router served on loopback,
//! real HTTP requests, and its log output.

// The example's `main` is not used here: the tests build the router with
// their own `Webhook`.
#[allow(dead_code)]
#[path = "../../klink-api/examples/webhook_receiver.rs"]
mod receiver;
mod webhooks_vectors;

use std::time::Duration;

use klink_api::webhooks::{BasicAuth, Webhook};
use klink_tests::Traces;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use webhooks_vectors::*;

/// Captures DEBUG and above on this thread. The tests run on a
/// current-thread runtime, so the server's tasks log here too.
fn capture_logs() -> (Traces, tracing::subscriber::DefaultGuard) {
    Traces::capture(tracing::Level::DEBUG)
}

/// Lines the example's handler logged (it logs one per event).
fn handled(logs: &Traces) -> Vec<String> {
    logs.text()
        .lines()
        .filter(|line| line.contains("webhook event"))
        .map(str::to_owned)
        .collect()
}

/// Serves the example's router on a loopback port; returns the address.
async fn serve(webhook: Webhook) -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, receiver::router(webhook)).await });
    address
}

/// Posts `body` with these headers; returns the status and response text.
async fn post(
    address: std::net::SocketAddr,
    headers: &[(&str, &str)],
    body: impl AsRef<[u8]>,
) -> (u16, String) {
    let mut request = reqwest::Client::new()
        .post(format!("http://{address}{}", receiver::PATH))
        .header("content-type", "application/json")
        .body(body.as_ref().to_vec());
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// Writes raw bytes and reads the response head; for requests a client
/// library would not send (a length it never delivers, chunked bodies).
async fn raw_status(address: std::net::SocketAddr, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream.write_all(request).await.unwrap();
    let mut response = Vec::new();
    let mut chunk = [0; 1024];
    // A guard against a hang, not a speed check.
    let read = tokio::time::timeout(Duration::from_secs(60), async {
        while !response.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = stream.read(&mut chunk).await.unwrap();
            assert!(n > 0, "connection closed before a response head");
            response.extend_from_slice(&chunk[..n]);
        }
    });
    read.await.expect("no response");
    String::from_utf8_lossy(&response)
        .lines()
        .next()
        .unwrap()
        .to_owned()
}

#[tokio::test(flavor = "current_thread")]
async fn signed_events_are_answered_200_and_logged() {
    let (logs, _guard) = capture_logs();
    let address = serve(Webhook::new(SECRET).unwrap()).await;

    let (status, _) = post(address, &[("x-signature", CONTACT_SIGNATURE)], CONTACT_BODY).await;
    assert_eq!(status, 200, "{}", logs.text());
    let (status, _) = post(address, &[("x-signature", MESSAGE_SIGNATURE)], MESSAGE_BODY).await;
    assert_eq!(status, 200, "{}", logs.text());

    let handled = handled(&logs);
    assert_eq!(handled.len(), 2, "{handled:#?}");
    assert!(handled[0].contains("contact.create"), "{}", handled[0]);
    assert!(
        handled[0].contains("a0cad4e8-c23b-426d-95fe-75d02325d943"),
        "{}",
        handled[0]
    );
    assert!(handled[1].contains("message.inbound"), "{}", handled[1]);
    assert!(
        handled[1].contains("payload not a documented Message"),
        "{}",
        handled[1]
    );
    // Only ids are logged, no personal data.
    assert!(!logs.text().contains("john@klink.cloud"), "{}", logs.text());
}

#[tokio::test(flavor = "current_thread")]
async fn a_tampered_event_is_answered_401_and_never_handled() {
    let (logs, _guard) = capture_logs();
    let address = serve(Webhook::new(SECRET).unwrap()).await;

    let tampered = CONTACT_BODY.replace("\"John\"", "\"Joan\"");
    let (status, text) = post(address, &[("x-signature", CONTACT_SIGNATURE)], &tampered).await;
    assert_eq!(status, 401);
    assert!(text.contains("does not match"), "{text}");
    let (status, text) = post(address, &[], CONTACT_BODY).await;
    assert_eq!(status, 401);
    assert!(text.contains("x-signature"), "{text}");

    assert!(handled(&logs).is_empty(), "{}", logs.text());
    assert_eq!(
        logs.text().matches("webhook request rejected").count(),
        2,
        "{}",
        logs.text()
    );
    assert!(!logs.text().contains(SECRET), "{}", logs.text());
}

#[tokio::test(flavor = "current_thread")]
async fn an_oversized_event_is_answered_413_and_never_handled() {
    let (logs, _guard) = capture_logs();
    // The limit one byte under the signed body: the body is authentic but
    // too long.
    let small = serve(
        Webhook::new(SECRET)
            .unwrap()
            .max_body_bytes(CONTACT_BODY.len() - 1),
    )
    .await;
    let (status, text) = post(small, &[("x-signature", CONTACT_SIGNATURE)], CONTACT_BODY).await;
    assert_eq!(status, 413);
    assert!(
        text.contains(&format!("{}-byte limit", CONTACT_BODY.len() - 1)),
        "{text}"
    );

    // Without a Content-Length: the limit holds while the body streams in.
    let chunked = format!(
        "POST {} HTTP/1.1\r\nhost: localhost\r\nx-signature: {CONTACT_SIGNATURE}\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n{:x}\r\n{CONTACT_BODY}\r\n0\r\n\r\n",
        receiver::PATH,
        CONTACT_BODY.len()
    );
    assert_eq!(
        raw_status(small, chunked.as_bytes()).await,
        "HTTP/1.1 413 Payload Too Large"
    );

    // The default limit, 1 MiB: a body announced one byte longer is refused
    // before it is sent at all.
    let default = serve(Webhook::new(SECRET).unwrap()).await;
    let announced = format!(
        "POST {} HTTP/1.1\r\nhost: localhost\r\nx-signature: {PADDED_1MIB_PLUS_ONE_SIGNATURE}\r\ncontent-length: 1048577\r\n\r\n",
        receiver::PATH
    );
    assert_eq!(
        raw_status(default, announced.as_bytes()).await,
        "HTTP/1.1 413 Payload Too Large"
    );

    assert!(handled(&logs).is_empty(), "{}", logs.text());
    assert_eq!(
        logs.text().matches("webhook request rejected").count(),
        3,
        "{}",
        logs.text()
    );
}

/// Once the signature holds, K-LINK sent it: a body that is not the
/// envelope, or not JSON, is answered 200 and handed to the handler, and
/// logged without the body.
#[tokio::test(flavor = "current_thread")]
async fn signed_bodies_that_are_not_envelopes_are_answered_200_and_handled() {
    let (logs, _guard) = capture_logs();
    let address = serve(Webhook::new(SECRET).unwrap()).await;

    let bodies = not_envelopes();
    for (body, signature, _, _) in &bodies {
        let (status, text) = post(address, &[("x-signature", signature)], body).await;
        assert_eq!(
            status,
            200,
            "{}: {text} {}",
            String::from_utf8_lossy(body),
            logs.text()
        );
    }
    let handled = handled(&logs);
    assert_eq!(handled.len(), bodies.len(), "{handled:#?}");
    for (line, (body, _, label, name)) in handled.iter().zip(&bodies) {
        let shown = String::from_utf8_lossy(body);
        assert!(line.contains("undocumented shape"), "{shown}: {line}");
        assert!(line.contains(label), "{shown}: {line}");
        assert!(line.contains(&body.len().to_string()), "{shown}: {line}");
        assert!(line.contains(name.unwrap_or("-")), "{shown}: {line}");
    }
    let text = logs.text();
    assert_eq!(
        text.matches("handed over undecoded").count(),
        bodies.len(),
        "the SDK warns once per body: {text}"
    );
    assert!(!text.contains("webhook request rejected"), "{text}");
    // Neither the bodies nor serde's messages about them.
    for needle in [
        "a0cad4e8",
        "id=",
        "missing field",
        "invalid type",
        "expected",
    ] {
        assert!(!text.contains(needle), "{needle:?} logged: {text}");
    }

    // Still refused when not signed.
    for (body, _, _, _) in &bodies {
        let (status, _) = post(address, &[("x-signature", CONTACT_SIGNATURE)], body).await;
        assert_eq!(status, 401);
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_signed_contact_without_company_is_accepted() {
    let (logs, _guard) = capture_logs();
    let address = serve(Webhook::new(SECRET).unwrap()).await;

    let (status, text) = post(
        address,
        &[("x-signature", CONTACT_WITHOUT_COMPANY_SIGNATURE)],
        CONTACT_WITHOUT_COMPANY_BODY,
    )
    .await;
    assert_eq!(status, 200, "{text} {}", logs.text());
    let handled = handled(&logs);
    assert_eq!(handled.len(), 1, "{handled:#?}");
    assert!(
        handled[0].contains("b1d2c3e4-5f60-4718-8293-a4b5c6d7e8f9"),
        "typed, with its id: {}",
        handled[0]
    );
}

#[tokio::test(flavor = "current_thread")]
async fn a_signed_event_of_another_shape_is_accepted_and_logged_without_its_data() {
    let (logs, _guard) = capture_logs();
    let address = serve(Webhook::new(SECRET).unwrap()).await;

    let (status, text) = post(
        address,
        &[("x-signature", UNDECODED_CONTACT_SIGNATURE)],
        UNDECODED_CONTACT_BODY,
    )
    .await;
    assert_eq!(status, 200, "{text} {}", logs.text());
    let handled = handled(&logs);
    assert_eq!(handled.len(), 1, "{handled:#?}");
    assert!(
        handled[0].contains("contact.create") && handled[0].contains("undocumented payload"),
        "{}",
        handled[0]
    );
    let text = logs.text();
    assert!(
        text.contains("handed over undecoded"),
        "the SDK warns: {text}"
    );
    assert!(
        !text.contains("Mya") && !text.contains("mya@example.com"),
        "{text}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn an_unknown_event_is_answered_200_and_logged_as_unknown() {
    let (logs, _guard) = capture_logs();
    let address = serve(Webhook::new(SECRET).unwrap()).await;

    let (status, _) = post(address, &[("x-signature", UNKNOWN_SIGNATURE)], UNKNOWN_BODY).await;
    assert_eq!(status, 200, "{}", logs.text());
    let handled = handled(&logs);
    assert_eq!(handled.len(), 1, "{handled:#?}");
    assert!(
        handled[0].contains("unknown webhook event"),
        "{}",
        handled[0]
    );
    assert!(
        handled[0].contains("example.future_event"),
        "{}",
        handled[0]
    );
}

#[tokio::test(flavor = "current_thread")]
async fn endpoint_auth_is_required_when_configured() {
    let (logs, _guard) = capture_logs();
    let webhook = Webhook::new(SECRET)
        .unwrap()
        .endpoint_auth(BasicAuth::new("klink", "s3cret").unwrap());
    let address = serve(webhook).await;

    let (status, text) = post(address, &[("x-signature", CONTACT_SIGNATURE)], CONTACT_BODY).await;
    assert_eq!(status, 401);
    assert!(text.contains("authorization"), "{text}");
    // printf '%s' 'klink:s3cret' | base64
    let auth = ("authorization", "Basic a2xpbms6czNjcmV0");
    let (status, _) = post(
        address,
        &[auth, ("x-signature", CONTACT_SIGNATURE)],
        CONTACT_BODY,
    )
    .await;
    assert_eq!(status, 200, "{}", logs.text());
    assert_eq!(handled(&logs).len(), 1, "{}", logs.text());
    assert!(!logs.text().contains("s3cret"), "{}", logs.text());
}
