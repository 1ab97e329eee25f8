//! A K-LINK webhook receiver: verifies every request and logs its event.
//!
//! ```sh
//! KLINK_WEBHOOK_SECRET='the signing secret' PORT=3000 \
//!     cargo run -p klink-api --example webhook_receiver --features axum
//! ```
//!
//! It listens on every interface on `PORT` (default 3000) and accepts
//! `POST /webhooks/klink`. During a secret rotation, set
//! `KLINK_WEBHOOK_PREVIOUS_SECRET` to the old secret as well. K-LINK needs a
//! public HTTPS URL: put a TLS-terminating proxy or tunnel in front.

use axum::{Router, http::StatusCode, routing::post};
use klink_api::webhooks::{Event, Webhook, axum::VerifiedEvent};

/// The path K-LINK posts to.
pub const PATH: &str = "/webhooks/klink";

/// The receiver's routes, around a configured [`Webhook`].
pub fn router(webhook: Webhook) -> Router {
    Router::new().route(PATH, post(receive)).with_state(webhook)
}

/// Runs only for verified requests; the extractor answers the others.
async fn receive(VerifiedEvent(event): VerifiedEvent) -> StatusCode {
    log(&event);
    StatusCode::OK
}

/// One log line per event: ids and names of things, no personal data.
fn log(event: &Event) {
    let name = event.name().unwrap_or("-");
    let timestamp = event
        .timestamp()
        .map_or_else(|| "-".to_owned(), |t| t.to_string());
    match event {
        Event::ContactCreate { contact, .. } => {
            let contact_id = contact.id.as_deref().unwrap_or("-");
            tracing::info!(event = name, %timestamp, contact_id, "webhook event");
        }
        // Authentic, but not a documented event (the docs show payloads
        // only in part): accepted all the same. Neither the body nor the
        // reason's message is logged: they may hold the customer's data.
        Event::Undecoded { reason, body, .. } => {
            tracing::warn!(
                event = name,
                %timestamp,
                reason = reason.label(),
                bytes = body.len(),
                "webhook event with an undocumented shape"
            );
        }
        Event::MessageInbound { .. } | Event::MessageOutbound { .. } => match event.message() {
            Some(Ok(message)) => tracing::info!(
                event = name,
                %timestamp,
                message_id = %message.id,
                room_id = message.room_id.as_deref().unwrap_or("-"),
                "webhook event"
            ),
            // The message payload is unpublished; a different shape is
            // still an authentic event.
            _ => {
                tracing::info!(event = name, %timestamp, "webhook event (payload not a documented Message)")
            }
        },
        Event::Unknown { .. } => {
            tracing::info!(event = name, %timestamp, "unknown webhook event");
        }
        _ => tracing::info!(event = name, %timestamp, "webhook event"),
    }
}

/// The signing secrets from the environment: the current one, and the
/// previous one while a rotation is under way.
fn webhook_from_env() -> Result<Webhook, Box<dyn std::error::Error>> {
    let current = std::env::var("KLINK_WEBHOOK_SECRET")
        .map_err(|_| "set KLINK_WEBHOOK_SECRET to the webhook's signing secret")?;
    let mut secrets = vec![current];
    if let Ok(previous) = std::env::var("KLINK_WEBHOOK_PREVIOUS_SECRET") {
        secrets.push(previous);
    }
    Webhook::with_secrets(secrets).map_err(|e| format!("KLINK_WEBHOOK_SECRET: {e}").into())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt().init();
    let webhook = webhook_from_env()?;
    let port: u16 = match std::env::var("PORT") {
        Ok(port) => port.parse().map_err(|e| format!("PORT={port:?}: {e}"))?,
        Err(_) => 3000,
    };
    let listener = tokio::net::TcpListener::bind(("0.0.0.0", port)).await?;
    tracing::info!(address = %listener.local_addr()?, path = PATH, "listening for K-LINK webhooks");
    axum::serve(listener, router(webhook)).await?;
    Ok(())
}
