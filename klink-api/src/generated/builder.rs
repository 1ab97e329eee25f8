// @generated from openapi/klink.yaml by `cargo xtask generate`.
// Do not edit by hand: change the spec or the codegen crate and regenerate.

use super::types;
#[allow(unused_imports)]
use super::{
    encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
    RequestBuilderExt, ResponseValue,
};

/// Builder for [`Client::send_message`]
///
/// [`Client::send_message`]: super::Client::send_message
#[derive(Debug, Clone)]
pub struct SendMessage<'a> {
    client: &'a super::Client,
    body: Result<types::builder::SendMessageRequest, String>,
}

impl<'a> SendMessage<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client: client,
            body: Ok(::std::default::Default::default()),
        }
    }

    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::SendMessageRequest>,
        <V as std::convert::TryInto<
            types::SendMessageRequest,
        >>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!("conversion to `SendMessageRequest` for body failed: {}", s)
            });
        self
    }

    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::SendMessageRequest,
        ) -> types::builder::SendMessageRequest,
    {
        self.body = self.body.map(f);
        self
    }

    /// Sends a `POST` request to `/api/v1/messages/send`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::MessageEnvelope>, Error<types::ErrorEnvelope>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::SendMessageRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/api/v1/messages/send", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "send_message",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
}
