//! An [axum](https://docs.rs/axum) extractor that verifies a webhook request
//! and yields its [`Event`] (feature `axum`).

use axum::extract::{FromRef, FromRequest, Request};
use axum::response::{IntoResponse, Response};
use http::StatusCode;
use http::header::CONTENT_LENGTH;
use http_body_util::{BodyExt, LengthLimitError, Limited};

use super::error::WebhookError;
use super::event::Event;
use super::webhook::Webhook;

/// A webhook request that passed [`Webhook::verify`], as its [`Event`].
///
/// The router's state must provide the [`Webhook`] (`Webhook: FromRef<S>`;
/// `Router::with_state(webhook)` does). The body is read up to the
/// webhook's size limit and no further, then checked as
/// [`Webhook::verify`] does. A request that fails never reaches the
/// handler; it is answered with a [`WebhookRejection`]: `413` for a body
/// over the limit, `401` for a missing or wrong signature or credentials,
/// `400` for a body that could not be read. An authentic body is never
/// refused for its shape: one that is not JSON, not the
/// `{event, timestamp, data}` envelope, or an event whose payload does not
/// have its documented shape reaches the handler as [`Event::Undecoded`]
/// (and a warning without the body is logged), so that the delivery is
/// not lost.
///
/// ```no_run
/// use axum::{Router, http::StatusCode, routing::post};
/// use klink_api::webhooks::{Webhook, axum::VerifiedEvent};
///
/// async fn receive(VerifiedEvent(event): VerifiedEvent) -> StatusCode {
///     println!("{:?} at {:?}", event.name(), event.timestamp());
///     StatusCode::OK
/// }
///
/// # fn app() -> Result<Router, klink_api::webhooks::WebhookError> {
/// let webhook = Webhook::new(std::env::var("KLINK_WEBHOOK_SECRET").unwrap_or_default())?;
/// Ok(Router::new().route("/webhooks/klink", post(receive)).with_state(webhook))
/// # }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedEvent(pub Event);

impl<S> FromRequest<S> for VerifiedEvent
where
    Webhook: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let webhook = Webhook::from_ref(state);
        let result = verify(&webhook, request).await;
        // `Webhook::verify` logs an undecoded body itself.
        if let Err(rejection) = &result {
            tracing::warn!(
                status = rejection.status().as_u16(),
                error = %rejection,
                "webhook request rejected"
            );
        }
        result.map(Self)
    }
}

async fn verify(webhook: &Webhook, request: Request) -> Result<Event, WebhookRejection> {
    let (parts, body) = request.into_parts();
    // A body announced as too long is refused before a byte of it is read.
    if let Some(len) = announced_length(&parts.headers) {
        webhook.check_size(len)?;
    }
    let body = Limited::new(body, webhook.body_limit())
        .collect()
        .await
        .map_err(|error| {
            if error.is::<LengthLimitError>() {
                WebhookRejection::Invalid(WebhookError::BodyTooLarge {
                    limit: webhook.body_limit(),
                })
            } else {
                WebhookRejection::BodyUnreadable(error)
            }
        })?
        .to_bytes();
    Ok(webhook.verify(&parts.headers, &body)?)
}

/// The `Content-Length`, if the request has a valid one.
fn announced_length(headers: &http::HeaderMap) -> Option<usize> {
    let len: u64 = headers.get(CONTENT_LENGTH)?.to_str().ok()?.parse().ok()?;
    Some(usize::try_from(len).unwrap_or(usize::MAX))
}

/// Why [`VerifiedEvent`] refused a request; it answers with
/// [`status`](Self::status) and its message as plain text (which holds no
/// secret).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookRejection {
    /// A check of [`Webhook::verify`] failed.
    #[error(transparent)]
    Invalid(#[from] WebhookError),
    /// The body could not be read (the client went away mid-body, say).
    #[error("the request body could not be read: {0}")]
    BodyUnreadable(#[source] axum::BoxError),
}

impl WebhookRejection {
    /// The status the response carries: `413` for a body over the limit,
    /// `401` for a failed signature or credentials check, `400` for a body
    /// that could not be read.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::Invalid(WebhookError::BodyTooLarge { .. }) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Invalid(error) if error.is_unauthenticated() => StatusCode::UNAUTHORIZED,
            Self::BodyUnreadable(_) => StatusCode::BAD_REQUEST,
            // Secrets are checked when the `Webhook` is built, so this is
            // not reached; it would be the receiver's fault.
            Self::Invalid(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        (self.status(), self.to_string()).into_response()
    }
}
