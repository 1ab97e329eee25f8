//! The body and attempt count of an error response, kept for
//! [`Error::Api`](crate::Error::Api).
//!
//! The attempt loop ([`crate::call`]) ends with [`capture`]: an error
//! status's body is read (bounded) and the response is rebuilt with a
//! [`Captured`] beside it. The generated code then hands the response to
//! [`crate::error`], which reads it back with [`captured`]. Between the two,
//! the response passes through progenitor's code, which knows nothing of
//! it: that is why it rides in the response's extensions, and why this
//! module is the only one that puts it there or takes it out.

use bytes::{Bytes, BytesMut};

/// Error bodies are buffered up to this size; the rest is dropped.
const MAX_ERROR_BODY: usize = 64 * 1024;

/// What the runtime learnt about an error response.
#[derive(Clone, Debug)]
pub(crate) struct Captured {
    /// How many attempts the call made.
    pub(crate) attempts: u32,
    /// The start of the body (at most 64 KiB).
    pub(crate) body: Bytes,
}

/// For an error status, buffers the body (bounded) and marks the response
/// with it and the attempt count. A success passes untouched: it is the hot
/// path.
pub(crate) async fn capture(
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
    extensions.insert(Captured {
        attempts,
        body: body.clone(),
    });
    let mut rebuilt = http::Response::new(reqwest::Body::from(body));
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    *rebuilt.extensions_mut() = extensions;
    Ok(reqwest::Response::from(rebuilt))
}

/// What [`capture`] kept of `response`, if it went through it.
pub(crate) fn captured(response: &reqwest::Response) -> Option<&Captured> {
    response.extensions().get()
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
    use super::*;

    fn response(status: u16, body: Vec<u8>) -> reqwest::Response {
        let mut response = http::Response::new(reqwest::Body::from(body));
        *response.status_mut() = http::StatusCode::from_u16(status).unwrap();
        reqwest::Response::from(response)
    }

    #[tokio::test]
    async fn an_error_body_is_kept_bounded_with_the_attempts() {
        let big = vec![b'x'; MAX_ERROR_BODY + 10];
        let response = capture(response(503, big), 3).await.unwrap();
        let kept = captured(&response).unwrap().clone();
        assert_eq!((kept.attempts, kept.body.len()), (3, MAX_ERROR_BODY));
        assert_eq!(response.bytes().await.unwrap(), kept.body);
    }

    #[tokio::test]
    async fn a_success_is_not_touched() {
        let response = capture(response(200, b"{}".to_vec()), 1).await.unwrap();
        assert!(captured(&response).is_none());
    }
}
