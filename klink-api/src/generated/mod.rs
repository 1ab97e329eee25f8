// @generated from openapi/klink.yaml by `cargo xtask generate`.
// Do not edit by hand: change the spec or the codegen crate and regenerate.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};

/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types;

#[derive(Clone, Debug)]
/// Client for K-LINK API
///
/// The K-LINK customer-support platform API (klink.cloud), written by hand
/// from the public developer docs. This file is the single source of truth
/// for the klink-api crate: edit it, then run `cargo xtask generate`.
///
/// Conventions used throughout:
/// - Values the docs show only by example (message types, directions, actor
///   types) are plain strings, never closed enums, so a value the SDK has not
///   seen yet never fails a call.
/// - Fields the docs only ever show as `null` have an unknown non-null type
///   and are modelled as any JSON value.
/// - Timestamps are RFC 3339 with up to nine fractional digits.
///
/// Version: 1
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::config::ClientConfig,
}

impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::config::ClientConfig) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }

    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::config::ClientConfig,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}

impl ClientInfo<crate::config::ClientConfig> for Client {
    fn api_version() -> &'static str {
        "1"
    }

    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }

    fn client(&self) -> &reqwest::Client {
        &self.client
    }

    fn inner(&self) -> &crate::config::ClientConfig {
        &self.inner
    }
}

const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::config::ClientConfig>,
    {}
};

impl Client {
    /// Send a message to a contact
    ///
    /// Sends an outgoing message from the workspace to one contact; the
    /// platform delivers it on the contact's channel.
    ///
    /// Sends a `POST` request to `/api/v1/messages/send`
    ///
    /// ```ignore
    /// let response = client.send_message()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn send_message(&self) -> builder::SendMessage<'_> {
        builder::SendMessage::new(self)
    }
}

/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder;

/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
