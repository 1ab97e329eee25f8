//! Calls to paths the spec does not describe: [`Client::raw`].
//!
//! The docs name several operations without publishing their path (tag
//! and channel listing, ticket status updates, contact groups, ...), so the
//! spec cannot offer them as methods. A raw call reaches them, or any other
//! path, through the same machinery as the generated calls: the same hooks
//! add the token, the user agent and the timeout, the same retry policy
//! applies by method, the call runs in a `klink.call` span (with the
//! operation `raw`), and failures are the same [`Error`]s.

use std::fmt::Write as _;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo, ResponseValue};
use reqwest::Method;
use reqwest::header::{ACCEPT, HeaderName, HeaderValue};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::config::ClientConfig;
use crate::error::Error;
use crate::error::from_generated;
use crate::generated::Client;

/// The `operation` field of a raw call's `klink.call` span.
pub const RAW_OPERATION: &str = "raw";

impl Client {
    /// Starts a call to `path` (which must start with `/`; it is appended
    /// to the base URL as given, so percent-encode what needs it).
    ///
    /// The request carries what a generated call carries: the token, the
    /// user agent, the `api-version` header and the timeout, and it is
    /// retried as the client's [`RetryPolicy`](crate::RetryPolicy) allows
    /// for its method (a `POST` is never sent twice if it may have been
    /// processed). Headers set with [`RawRequest::header`] cannot replace
    /// the token or the user agent.
    ///
    /// ```no_run
    /// use klink_api::{Client, Error, Method};
    ///
    /// # async fn run(client: &Client) -> Result<(), Error> {
    /// // The docs name "Ticket → Update status" (PUT) but publish no path:
    /// // this one is an assumption to check with K-LINK.
    /// client
    ///     .raw(Method::PUT, "/api/v1/tickets/51f5f68f/status")
    ///     .json(&serde_json::json!({ "status": "resolved" }))
    ///     .send_empty()
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn raw(&self, method: Method, path: &str) -> RawRequest<'_> {
        let request = if path.starts_with('/') {
            // Parsing `base + path` ends the path at a `?` or `#` and trims
            // trailing spaces and controls; any other path gets the same
            // URL from the base parsed when the client was built.
            let request = if path.contains(['?', '#']) || path.ends_with(|c: char| c <= ' ') {
                self.client()
                    .request(method, format!("{}{path}", self.baseurl()))
            } else {
                let url = crate::urls::with_path(&self.inner, &[path]);
                self.client().request(method, url)
            };
            Ok(request.header(
                HeaderName::from_static("api-version"),
                HeaderValue::from_static(Self::api_version()),
            ))
        } else {
            Err(format!(
                "the path of a raw call must start with `/`, got {path:?}"
            ))
        };
        RawRequest {
            client: self,
            request,
        }
    }
}

/// A call being built by [`Client::raw`]; nothing is sent until
/// [`send`](Self::send) or [`send_empty`](Self::send_empty).
///
/// A problem with what is added (a query or body that does not serialize,
/// an invalid header) is reported by `send` as
/// [`Error::InvalidRequest`].
#[derive(Debug)]
#[must_use = "a raw call does nothing until it is sent"]
pub struct RawRequest<'a> {
    client: &'a Client,
    request: Result<reqwest::RequestBuilder, String>,
}

impl RawRequest<'_> {
    /// Adds query parameters: anything serde serializes as a sequence of
    /// pairs or a map, e.g. `&[("page", "1")]` or a struct.
    pub fn query<Q: Serialize + ?Sized>(mut self, query: &Q) -> Self {
        self.request = self.request.map(|request| request.query(query));
        self
    }

    /// Sends `body` as JSON (and sets `Content-Type: application/json`).
    pub fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        self.request = self.request.map(|request| request.json(body));
        self
    }

    /// Adds a header, e.g. `x-client-timezone`.
    pub fn header<K, V>(mut self, name: K, value: V) -> Self
    where
        HeaderName: TryFrom<K>,
        <HeaderName as TryFrom<K>>::Error: Into<http::Error>,
        HeaderValue: TryFrom<V>,
        <HeaderValue as TryFrom<V>>::Error: Into<http::Error>,
    {
        self.request = self.request.map(|request| request.header(name, value));
        self
    }

    /// Sends the call and decodes a success's JSON body as `T` (use
    /// `serde_json::Value` when its shape is unknown).
    ///
    /// # Errors
    ///
    /// [`Error::Api`] for a status other than 2xx, with the body's error
    /// envelope or its start; [`Error::Decode`] when a success's body is
    /// not a `T`; [`Error::Transport`] and [`Error::Timeout`] when no
    /// answer came; [`Error::InvalidRequest`] when the call could not be
    /// built.
    pub async fn send<T: DeserializeOwned>(self) -> Result<ResponseValue<T>, Error> {
        let response = self.dispatch(true).await?;
        crate::decode::response::<T, ()>(response)
            .await
            .map_err(from_generated)
    }

    /// Sends the call and ignores a success's body (for answers without
    /// one, such as `204 No Content`).
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send), except that no body is decoded.
    pub async fn send_empty(self) -> Result<ResponseValue<()>, Error> {
        let response = self.dispatch(false).await?;
        Ok(ResponseValue::empty(response))
    }

    /// Sends the call and returns a success's body as it came (empty for a
    /// `204`), for a caller that does not know its shape, such as
    /// `klink raw`.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send), except that no body is decoded.
    pub async fn send_bytes(self) -> Result<ResponseValue<bytes::Bytes>, Error> {
        let response = self.dispatch(false).await?;
        let (status, headers) = (response.status(), response.headers().clone());
        let body = response.bytes().await?;
        Ok(ResponseValue::new(body, status, headers))
    }

    /// Runs the request through the hooks the generated calls use and
    /// turns an error status into an [`Error`], as they do for a status the
    /// spec does not list.
    async fn dispatch(self, expects_json: bool) -> Result<reqwest::Response, Error> {
        let client = self.client;
        let mut request = self.request.map_err(Error::InvalidRequest)?;
        if expects_json {
            request = request.header(ACCEPT, HeaderValue::from_static("application/json"));
        }
        let mut request = request
            .build()
            .map_err(|error| Error::InvalidRequest(with_sources(&error)))?;
        let info = OperationInfo {
            operation_id: RAW_OPERATION,
        };
        <Client as ClientHooks<ClientConfig>>::pre::<()>(client, &mut request, &info)
            .await
            .map_err(from_generated)?;
        let result = <Client as ClientHooks<ClientConfig>>::exec(client, request, &info).await;
        <Client as ClientHooks<ClientConfig>>::post::<()>(client, &result, &info)
            .await
            .map_err(from_generated)?;
        let response = result?;
        if response.status().is_success() {
            Ok(response)
        } else {
            Err(from_generated(
                progenitor_client::Error::<()>::UnexpectedResponse(response),
            ))
        }
    }
}

/// An error and its causes on one line: reqwest's builder errors say only
/// "builder error" and keep the reason in their source.
fn with_sources(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let _ = write!(text, ": {cause}");
        source = cause.source();
    }
    text
}
