// @generated from openapi/klink.yaml by `cargo xtask generate`.
// Do not edit by hand: change the spec or the codegen crate and regenerate.

use super::types;
#[allow(unused_imports)]
use super::{
    encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
    RequestBuilderExt, ResponseValue,
};

/// Builder for [`Client::list_categories`]
///
/// [`Client::list_categories`]: super::Client::list_categories
#[derive(Debug, Clone)]
pub struct ListCategories<'a> {
    client: &'a super::Client,
}

impl<'a> ListCategories<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self { client }
    }

    async fn send_unified(
        self,
    ) -> Result<ResponseValue<types::CategoryList>, Error<()>> {
        let Self { client } = self;
        let url = {
            static URL: crate::urls::OperationUrl = crate::urls::OperationUrl::new(
                "/api/v1/categories",
            );
            URL.get(&client.inner)
        };
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_categories",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `GET` request to `/api/v1/categories`
    pub async fn send(self) -> Result<ResponseValue<types::CategoryList>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::list_room_comments`]
///
/// [`Client::list_room_comments`]: super::Client::list_room_comments
#[derive(Debug, Clone)]
pub struct ListRoomComments<'a> {
    client: &'a super::Client,
    room_id: Result<String, String>,
    page: Result<Option<i64>, String>,
    page_size: Result<Option<i64>, String>,
}

impl<'a> ListRoomComments<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            room_id: Err("room_id was not initialized".to_string()),
            page: Ok(None),
            page_size: Ok(None),
        }
    }

    pub fn room_id<V>(mut self, value: V) -> Self
    where
        V: TryInto<String>,
    {
        self.room_id = value
            .try_into()
            .map_err(|_| "conversion to `String` for room_id failed".to_string());
        self
    }

    pub fn page<V>(mut self, value: V) -> Self
    where
        V: TryInto<i64>,
    {
        self.page = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i64` for page failed".to_string());
        self
    }

    pub fn page_size<V>(mut self, value: V) -> Self
    where
        V: TryInto<i64>,
    {
        self.page_size = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i64` for page_size failed".to_string());
        self
    }

    async fn send_unified(self) -> Result<ResponseValue<types::CommentPage>, Error<()>> {
        let Self { client, room_id, page, page_size } = self;
        let room_id = room_id.map_err(Error::InvalidRequest)?;
        let page = page.map_err(Error::InvalidRequest)?;
        let page_size = page_size.map_err(Error::InvalidRequest)?;
        let url = crate::urls::with_path(
            &client.inner,
            &["/api/v1/comments/rooms/", &encode_path(&room_id.to_string())],
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("page", &page))
            .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_room_comments",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `GET` request to `/api/v1/comments/rooms/{roomId}`
    pub async fn send(self) -> Result<ResponseValue<types::CommentPage>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::create_room_comment`]
///
/// [`Client::create_room_comment`]: super::Client::create_room_comment
#[derive(Debug, Clone)]
pub struct CreateRoomComment<'a> {
    client: &'a super::Client,
    room_id: Result<String, String>,
    body: Result<types::builder::CreateCommentRequest, String>,
}

impl<'a> CreateRoomComment<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            room_id: Err("room_id was not initialized".to_string()),
            body: Ok(Default::default()),
        }
    }

    pub fn room_id<V>(mut self, value: V) -> Self
    where
        V: TryInto<String>,
    {
        self.room_id = value
            .try_into()
            .map_err(|_| "conversion to `String` for room_id failed".to_string());
        self
    }

    pub fn body<V>(mut self, value: V) -> Self
    where
        V: TryInto<types::CreateCommentRequest>,
        <V as TryInto<types::CreateCommentRequest>>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!("conversion to `CreateCommentRequest` for body failed: {}", s)
            });
        self
    }

    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: FnOnce(
            types::builder::CreateCommentRequest,
        ) -> types::builder::CreateCommentRequest,
    {
        self.body = self.body.map(f);
        self
    }

    async fn send_unified(self) -> Result<ResponseValue<types::Unpublished>, Error<()>> {
        let Self { client, room_id, body } = self;
        let room_id = room_id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::CreateCommentRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = crate::urls::with_path(
            &client.inner,
            &["/api/v1/comments/rooms/", &encode_path(&room_id.to_string())],
        );
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
            operation_id: "create_room_comment",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `POST` request to `/api/v1/comments/rooms/{roomId}`
    pub async fn send(self) -> Result<ResponseValue<types::Unpublished>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::list_contacts`]
///
/// [`Client::list_contacts`]: super::Client::list_contacts
#[derive(Debug, Clone)]
pub struct ListContacts<'a> {
    client: &'a super::Client,
    keyword: Result<Option<String>, String>,
    page: Result<Option<i64>, String>,
    page_size: Result<Option<i64>, String>,
}

impl<'a> ListContacts<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            keyword: Ok(None),
            page: Ok(None),
            page_size: Ok(None),
        }
    }

    pub fn keyword<V>(mut self, value: V) -> Self
    where
        V: TryInto<String>,
    {
        self.keyword = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `String` for keyword failed".to_string());
        self
    }

    pub fn page<V>(mut self, value: V) -> Self
    where
        V: TryInto<i64>,
    {
        self.page = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i64` for page failed".to_string());
        self
    }

    pub fn page_size<V>(mut self, value: V) -> Self
    where
        V: TryInto<i64>,
    {
        self.page_size = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i64` for page_size failed".to_string());
        self
    }

    async fn send_unified(self) -> Result<ResponseValue<types::ContactPage>, Error<()>> {
        let Self { client, keyword, page, page_size } = self;
        let keyword = keyword.map_err(Error::InvalidRequest)?;
        let page = page.map_err(Error::InvalidRequest)?;
        let page_size = page_size.map_err(Error::InvalidRequest)?;
        let url = {
            static URL: crate::urls::OperationUrl = crate::urls::OperationUrl::new(
                "/api/v1/contacts",
            );
            URL.get(&client.inner)
        };
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("keyword", &keyword))
            .query(&progenitor_client::QueryParam::new("page", &page))
            .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_contacts",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `GET` request to `/api/v1/contacts`
    pub async fn send(self) -> Result<ResponseValue<types::ContactPage>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::create_contact`]
///
/// [`Client::create_contact`]: super::Client::create_contact
#[derive(Debug, Clone)]
pub struct CreateContact<'a> {
    client: &'a super::Client,
    body: Result<types::LooseObject, String>,
}

impl<'a> CreateContact<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            body: Err("body was not initialized".to_string()),
        }
    }

    pub fn body<V>(mut self, value: V) -> Self
    where
        V: TryInto<types::LooseObject>,
    {
        self.body = value
            .try_into()
            .map_err(|_| "conversion to `LooseObject` for body failed".to_string());
        self
    }

    async fn send_unified(self) -> Result<ResponseValue<types::Unpublished>, Error<()>> {
        let Self { client, body } = self;
        let body = body.map_err(Error::InvalidRequest)?;
        let url = {
            static URL: crate::urls::OperationUrl = crate::urls::OperationUrl::new(
                "/api/v1/contacts",
            );
            URL.get(&client.inner)
        };
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
            operation_id: "create_contact",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `POST` request to `/api/v1/contacts`
    pub async fn send(self) -> Result<ResponseValue<types::Unpublished>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::list_contact_fields`]
///
/// [`Client::list_contact_fields`]: super::Client::list_contact_fields
#[derive(Debug, Clone)]
pub struct ListContactFields<'a> {
    client: &'a super::Client,
}

impl<'a> ListContactFields<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self { client }
    }

    async fn send_unified(
        self,
    ) -> Result<ResponseValue<types::ContactFieldPage>, Error<()>> {
        let Self { client } = self;
        let url = {
            static URL: crate::urls::OperationUrl = crate::urls::OperationUrl::new(
                "/api/v1/contacts/fields",
            );
            URL.get(&client.inner)
        };
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_contact_fields",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `GET` request to `/api/v1/contacts/fields`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::ContactFieldPage>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::get_contact`]
///
/// [`Client::get_contact`]: super::Client::get_contact
#[derive(Debug, Clone)]
pub struct GetContact<'a> {
    client: &'a super::Client,
    id: Result<String, String>,
}

impl<'a> GetContact<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            id: Err("id was not initialized".to_string()),
        }
    }

    pub fn id<V>(mut self, value: V) -> Self
    where
        V: TryInto<String>,
    {
        self.id = value
            .try_into()
            .map_err(|_| "conversion to `String` for id failed".to_string());
        self
    }

    async fn send_unified(
        self,
    ) -> Result<ResponseValue<types::ContactEnvelope>, Error<()>> {
        let Self { client, id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = crate::urls::with_path(
            &client.inner,
            &["/api/v1/contacts/", &encode_path(&id.to_string())],
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_contact",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `GET` request to `/api/v1/contacts/{id}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::ContactEnvelope>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::delete_contact`]
///
/// [`Client::delete_contact`]: super::Client::delete_contact
#[derive(Debug, Clone)]
pub struct DeleteContact<'a> {
    client: &'a super::Client,
    id: Result<String, String>,
}

impl<'a> DeleteContact<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            id: Err("id was not initialized".to_string()),
        }
    }

    pub fn id<V>(mut self, value: V) -> Self
    where
        V: TryInto<String>,
    {
        self.id = value
            .try_into()
            .map_err(|_| "conversion to `String` for id failed".to_string());
        self
    }

    async fn send_unified(self) -> Result<ResponseValue<()>, Error<()>> {
        let Self { client, id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = crate::urls::with_path(
            &client.inner,
            &["/api/v1/contacts/", &encode_path(&id.to_string())],
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client.client.delete(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "delete_contact",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `DELETE` request to `/api/v1/contacts/{id}`
    pub async fn send(self) -> Result<ResponseValue<()>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::update_contact`]
///
/// [`Client::update_contact`]: super::Client::update_contact
#[derive(Debug, Clone)]
pub struct UpdateContact<'a> {
    client: &'a super::Client,
    id: Result<String, String>,
    body: Result<types::LooseObject, String>,
}

impl<'a> UpdateContact<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            id: Err("id was not initialized".to_string()),
            body: Err("body was not initialized".to_string()),
        }
    }

    pub fn id<V>(mut self, value: V) -> Self
    where
        V: TryInto<String>,
    {
        self.id = value
            .try_into()
            .map_err(|_| "conversion to `String` for id failed".to_string());
        self
    }

    pub fn body<V>(mut self, value: V) -> Self
    where
        V: TryInto<types::LooseObject>,
    {
        self.body = value
            .try_into()
            .map_err(|_| "conversion to `LooseObject` for body failed".to_string());
        self
    }

    async fn send_unified(self) -> Result<ResponseValue<types::Unpublished>, Error<()>> {
        let Self { client, id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let body = body.map_err(Error::InvalidRequest)?;
        let url = crate::urls::with_path(
            &client.inner,
            &["/api/v1/contacts/", &encode_path(&id.to_string())],
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_contact",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `PATCH` request to `/api/v1/contacts/{id}`
    pub async fn send(self) -> Result<ResponseValue<types::Unpublished>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::update_contact_tags`]
///
/// [`Client::update_contact_tags`]: super::Client::update_contact_tags
#[derive(Debug, Clone)]
pub struct UpdateContactTags<'a> {
    client: &'a super::Client,
    id: Result<String, String>,
    body: Result<types::builder::UpdateContactTagsRequest, String>,
}

impl<'a> UpdateContactTags<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            id: Err("id was not initialized".to_string()),
            body: Ok(Default::default()),
        }
    }

    pub fn id<V>(mut self, value: V) -> Self
    where
        V: TryInto<String>,
    {
        self.id = value
            .try_into()
            .map_err(|_| "conversion to `String` for id failed".to_string());
        self
    }

    pub fn body<V>(mut self, value: V) -> Self
    where
        V: TryInto<types::UpdateContactTagsRequest>,
        <V as TryInto<types::UpdateContactTagsRequest>>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!(
                    "conversion to `UpdateContactTagsRequest` for body failed: {}", s
                )
            });
        self
    }

    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: FnOnce(
            types::builder::UpdateContactTagsRequest,
        ) -> types::builder::UpdateContactTagsRequest,
    {
        self.body = self.body.map(f);
        self
    }

    async fn send_unified(
        self,
    ) -> Result<ResponseValue<types::ContactTagsEnvelope>, Error<types::ErrorEnvelope>> {
        let Self { client, id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::UpdateContactTagsRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = crate::urls::with_path(
            &client.inner,
            &["/api/v1/contacts/", &encode_path(&id.to_string()), "/tags"],
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_contact_tags",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => crate::decode::response(response).await,
            400u16 => Err(Error::UnexpectedResponse(response)),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `PATCH` request to `/api/v1/contacts/{id}/tags`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::ContactTagsEnvelope>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::list_cx_logs`]
///
/// [`Client::list_cx_logs`]: super::Client::list_cx_logs
#[derive(Debug, Clone)]
pub struct ListCxLogs<'a> {
    client: &'a super::Client,
    page: Result<Option<i64>, String>,
    page_size: Result<Option<i64>, String>,
    selected_date: Result<String, String>,
    x_client_timezone: Result<String, String>,
}

impl<'a> ListCxLogs<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            page: Ok(None),
            page_size: Ok(None),
            selected_date: Err("selected_date was not initialized".to_string()),
            x_client_timezone: Err("x_client_timezone was not initialized".to_string()),
        }
    }

    pub fn page<V>(mut self, value: V) -> Self
    where
        V: TryInto<i64>,
    {
        self.page = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i64` for page failed".to_string());
        self
    }

    pub fn page_size<V>(mut self, value: V) -> Self
    where
        V: TryInto<i64>,
    {
        self.page_size = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i64` for page_size failed".to_string());
        self
    }

    pub fn selected_date<V>(mut self, value: V) -> Self
    where
        V: TryInto<String>,
    {
        self.selected_date = value
            .try_into()
            .map_err(|_| "conversion to `String` for selected_date failed".to_string());
        self
    }

    pub fn x_client_timezone<V>(mut self, value: V) -> Self
    where
        V: TryInto<String>,
    {
        self.x_client_timezone = value
            .try_into()
            .map_err(|_| {
                "conversion to `String` for x_client_timezone failed".to_string()
            });
        self
    }

    async fn send_unified(
        self,
    ) -> Result<ResponseValue<types::CxLogResponse>, Error<()>> {
        let Self { client, page, page_size, selected_date, x_client_timezone } = self;
        let page = page.map_err(Error::InvalidRequest)?;
        let page_size = page_size.map_err(Error::InvalidRequest)?;
        let selected_date = selected_date.map_err(Error::InvalidRequest)?;
        let x_client_timezone = x_client_timezone.map_err(Error::InvalidRequest)?;
        let url = {
            static URL: crate::urls::OperationUrl = crate::urls::OperationUrl::new(
                "/api/v1/cx-logs",
            );
            URL.get(&client.inner)
        };
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        header_map
            .append("x-client-timezone", x_client_timezone.to_string().try_into()?);
        #[allow(unused_mut)]
        let mut request = client
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("page", &page))
            .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
            .query(&progenitor_client::QueryParam::new("selectedDate", &selected_date))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_cx_logs",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `GET` request to `/api/v1/cx-logs`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::CxLogResponse>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::list_media_files`]
///
/// [`Client::list_media_files`]: super::Client::list_media_files
#[derive(Debug, Clone)]
pub struct ListMediaFiles<'a> {
    client: &'a super::Client,
}

impl<'a> ListMediaFiles<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self { client }
    }

    async fn send_unified(self) -> Result<ResponseValue<types::Unpublished>, Error<()>> {
        let Self { client } = self;
        let url = {
            static URL: crate::urls::OperationUrl = crate::urls::OperationUrl::new(
                "/api/v1/media-manager/files",
            );
            URL.get(&client.inner)
        };
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_media_files",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `GET` request to `/api/v1/media-manager/files`
    pub async fn send(self) -> Result<ResponseValue<types::Unpublished>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::create_media_file`]
///
/// [`Client::create_media_file`]: super::Client::create_media_file
#[derive(Debug, Clone)]
pub struct CreateMediaFile<'a> {
    client: &'a super::Client,
    body: Result<types::builder::CreateMediaFileRequest, String>,
}

impl<'a> CreateMediaFile<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            body: Ok(Default::default()),
        }
    }

    pub fn body<V>(mut self, value: V) -> Self
    where
        V: TryInto<types::CreateMediaFileRequest>,
        <V as TryInto<types::CreateMediaFileRequest>>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!("conversion to `CreateMediaFileRequest` for body failed: {}", s)
            });
        self
    }

    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: FnOnce(
            types::builder::CreateMediaFileRequest,
        ) -> types::builder::CreateMediaFileRequest,
    {
        self.body = self.body.map(f);
        self
    }

    async fn send_unified(self) -> Result<ResponseValue<types::Unpublished>, Error<()>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::CreateMediaFileRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = {
            static URL: crate::urls::OperationUrl = crate::urls::OperationUrl::new(
                "/api/v1/media-manager/files",
            );
            URL.get(&client.inner)
        };
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
            operation_id: "create_media_file",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `POST` request to `/api/v1/media-manager/files`
    pub async fn send(self) -> Result<ResponseValue<types::Unpublished>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::get_media_file`]
///
/// [`Client::get_media_file`]: super::Client::get_media_file
#[derive(Debug, Clone)]
pub struct GetMediaFile<'a> {
    client: &'a super::Client,
    file_id: Result<String, String>,
}

impl<'a> GetMediaFile<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            file_id: Err("file_id was not initialized".to_string()),
        }
    }

    pub fn file_id<V>(mut self, value: V) -> Self
    where
        V: TryInto<String>,
    {
        self.file_id = value
            .try_into()
            .map_err(|_| "conversion to `String` for file_id failed".to_string());
        self
    }

    async fn send_unified(
        self,
    ) -> Result<ResponseValue<types::MediaFileEnvelope>, Error<()>> {
        let Self { client, file_id } = self;
        let file_id = file_id.map_err(Error::InvalidRequest)?;
        let url = crate::urls::with_path(
            &client.inner,
            &["/api/v1/media-manager/files/", &encode_path(&file_id.to_string())],
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_media_file",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `GET` request to `/api/v1/media-manager/files/{fileId}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::MediaFileEnvelope>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::delete_media_file`]
///
/// [`Client::delete_media_file`]: super::Client::delete_media_file
#[derive(Debug, Clone)]
pub struct DeleteMediaFile<'a> {
    client: &'a super::Client,
    file_id: Result<String, String>,
}

impl<'a> DeleteMediaFile<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            file_id: Err("file_id was not initialized".to_string()),
        }
    }

    pub fn file_id<V>(mut self, value: V) -> Self
    where
        V: TryInto<String>,
    {
        self.file_id = value
            .try_into()
            .map_err(|_| "conversion to `String` for file_id failed".to_string());
        self
    }

    async fn send_unified(self) -> Result<ResponseValue<()>, Error<()>> {
        let Self { client, file_id } = self;
        let file_id = file_id.map_err(Error::InvalidRequest)?;
        let url = crate::urls::with_path(
            &client.inner,
            &["/api/v1/media-manager/files/", &encode_path(&file_id.to_string())],
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client.client.delete(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "delete_media_file",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `DELETE` request to `/api/v1/media-manager/files/{fileId}`
    pub async fn send(self) -> Result<ResponseValue<()>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::update_media_file`]
///
/// [`Client::update_media_file`]: super::Client::update_media_file
#[derive(Debug, Clone)]
pub struct UpdateMediaFile<'a> {
    client: &'a super::Client,
    file_id: Result<String, String>,
    body: Result<types::LooseObject, String>,
}

impl<'a> UpdateMediaFile<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            file_id: Err("file_id was not initialized".to_string()),
            body: Err("body was not initialized".to_string()),
        }
    }

    pub fn file_id<V>(mut self, value: V) -> Self
    where
        V: TryInto<String>,
    {
        self.file_id = value
            .try_into()
            .map_err(|_| "conversion to `String` for file_id failed".to_string());
        self
    }

    pub fn body<V>(mut self, value: V) -> Self
    where
        V: TryInto<types::LooseObject>,
    {
        self.body = value
            .try_into()
            .map_err(|_| "conversion to `LooseObject` for body failed".to_string());
        self
    }

    async fn send_unified(self) -> Result<ResponseValue<types::Unpublished>, Error<()>> {
        let Self { client, file_id, body } = self;
        let file_id = file_id.map_err(Error::InvalidRequest)?;
        let body = body.map_err(Error::InvalidRequest)?;
        let url = crate::urls::with_path(
            &client.inner,
            &["/api/v1/media-manager/files/", &encode_path(&file_id.to_string())],
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_media_file",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `PATCH` request to `/api/v1/media-manager/files/{fileId}`
    pub async fn send(self) -> Result<ResponseValue<types::Unpublished>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::list_media_folders`]
///
/// [`Client::list_media_folders`]: super::Client::list_media_folders
#[derive(Debug, Clone)]
pub struct ListMediaFolders<'a> {
    client: &'a super::Client,
}

impl<'a> ListMediaFolders<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self { client }
    }

    async fn send_unified(self) -> Result<ResponseValue<types::Unpublished>, Error<()>> {
        let Self { client } = self;
        let url = {
            static URL: crate::urls::OperationUrl = crate::urls::OperationUrl::new(
                "/api/v1/media-manager/folders",
            );
            URL.get(&client.inner)
        };
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_media_folders",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `GET` request to `/api/v1/media-manager/folders`
    pub async fn send(self) -> Result<ResponseValue<types::Unpublished>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::create_media_folder`]
///
/// [`Client::create_media_folder`]: super::Client::create_media_folder
#[derive(Debug, Clone)]
pub struct CreateMediaFolder<'a> {
    client: &'a super::Client,
    body: Result<types::LooseObject, String>,
}

impl<'a> CreateMediaFolder<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            body: Err("body was not initialized".to_string()),
        }
    }

    pub fn body<V>(mut self, value: V) -> Self
    where
        V: TryInto<types::LooseObject>,
    {
        self.body = value
            .try_into()
            .map_err(|_| "conversion to `LooseObject` for body failed".to_string());
        self
    }

    async fn send_unified(self) -> Result<ResponseValue<types::Unpublished>, Error<()>> {
        let Self { client, body } = self;
        let body = body.map_err(Error::InvalidRequest)?;
        let url = {
            static URL: crate::urls::OperationUrl = crate::urls::OperationUrl::new(
                "/api/v1/media-manager/folders",
            );
            URL.get(&client.inner)
        };
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
            operation_id: "create_media_folder",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `POST` request to `/api/v1/media-manager/folders`
    pub async fn send(self) -> Result<ResponseValue<types::Unpublished>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::get_media_folder`]
///
/// [`Client::get_media_folder`]: super::Client::get_media_folder
#[derive(Debug, Clone)]
pub struct GetMediaFolder<'a> {
    client: &'a super::Client,
    folder_id: Result<String, String>,
}

impl<'a> GetMediaFolder<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            folder_id: Err("folder_id was not initialized".to_string()),
        }
    }

    pub fn folder_id<V>(mut self, value: V) -> Self
    where
        V: TryInto<String>,
    {
        self.folder_id = value
            .try_into()
            .map_err(|_| "conversion to `String` for folder_id failed".to_string());
        self
    }

    async fn send_unified(
        self,
    ) -> Result<ResponseValue<types::MediaFolderEnvelope>, Error<()>> {
        let Self { client, folder_id } = self;
        let folder_id = folder_id.map_err(Error::InvalidRequest)?;
        let url = crate::urls::with_path(
            &client.inner,
            &["/api/v1/media-manager/folders/", &encode_path(&folder_id.to_string())],
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_media_folder",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `GET` request to `/api/v1/media-manager/folders/{folderId}`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::MediaFolderEnvelope>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::delete_media_folder`]
///
/// [`Client::delete_media_folder`]: super::Client::delete_media_folder
#[derive(Debug, Clone)]
pub struct DeleteMediaFolder<'a> {
    client: &'a super::Client,
    folder_id: Result<String, String>,
}

impl<'a> DeleteMediaFolder<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            folder_id: Err("folder_id was not initialized".to_string()),
        }
    }

    pub fn folder_id<V>(mut self, value: V) -> Self
    where
        V: TryInto<String>,
    {
        self.folder_id = value
            .try_into()
            .map_err(|_| "conversion to `String` for folder_id failed".to_string());
        self
    }

    async fn send_unified(self) -> Result<ResponseValue<()>, Error<()>> {
        let Self { client, folder_id } = self;
        let folder_id = folder_id.map_err(Error::InvalidRequest)?;
        let url = crate::urls::with_path(
            &client.inner,
            &["/api/v1/media-manager/folders/", &encode_path(&folder_id.to_string())],
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client.client.delete(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "delete_media_folder",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `DELETE` request to `/api/v1/media-manager/folders/{folderId}`
    pub async fn send(self) -> Result<ResponseValue<()>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::update_media_folder`]
///
/// [`Client::update_media_folder`]: super::Client::update_media_folder
#[derive(Debug, Clone)]
pub struct UpdateMediaFolder<'a> {
    client: &'a super::Client,
    folder_id: Result<String, String>,
    body: Result<types::LooseObject, String>,
}

impl<'a> UpdateMediaFolder<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            folder_id: Err("folder_id was not initialized".to_string()),
            body: Err("body was not initialized".to_string()),
        }
    }

    pub fn folder_id<V>(mut self, value: V) -> Self
    where
        V: TryInto<String>,
    {
        self.folder_id = value
            .try_into()
            .map_err(|_| "conversion to `String` for folder_id failed".to_string());
        self
    }

    pub fn body<V>(mut self, value: V) -> Self
    where
        V: TryInto<types::LooseObject>,
    {
        self.body = value
            .try_into()
            .map_err(|_| "conversion to `LooseObject` for body failed".to_string());
        self
    }

    async fn send_unified(self) -> Result<ResponseValue<types::Unpublished>, Error<()>> {
        let Self { client, folder_id, body } = self;
        let folder_id = folder_id.map_err(Error::InvalidRequest)?;
        let body = body.map_err(Error::InvalidRequest)?;
        let url = crate::urls::with_path(
            &client.inner,
            &["/api/v1/media-manager/folders/", &encode_path(&folder_id.to_string())],
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_media_folder",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `PATCH` request to `/api/v1/media-manager/folders/{folderId}`
    pub async fn send(self) -> Result<ResponseValue<types::Unpublished>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

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
            client,
            body: Ok(Default::default()),
        }
    }

    pub fn body<V>(mut self, value: V) -> Self
    where
        V: TryInto<types::SendMessageRequest>,
        <V as TryInto<types::SendMessageRequest>>::Error: std::fmt::Display,
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
        F: FnOnce(
            types::builder::SendMessageRequest,
        ) -> types::builder::SendMessageRequest,
    {
        self.body = self.body.map(f);
        self
    }

    async fn send_unified(
        self,
    ) -> Result<ResponseValue<types::MessageEnvelope>, Error<types::ErrorEnvelope>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::SendMessageRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = {
            static URL: crate::urls::OperationUrl = crate::urls::OperationUrl::new(
                "/api/v1/messages/send",
            );
            URL.get(&client.inner)
        };
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
            200u16 => crate::decode::response(response).await,
            400u16 => Err(Error::UnexpectedResponse(response)),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `POST` request to `/api/v1/messages/send`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::MessageEnvelope>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::list_tickets`]
///
/// [`Client::list_tickets`]: super::Client::list_tickets
#[derive(Debug, Clone)]
pub struct ListTickets<'a> {
    client: &'a super::Client,
    page: Result<Option<i64>, String>,
    page_size: Result<Option<i64>, String>,
}

impl<'a> ListTickets<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            page: Ok(None),
            page_size: Ok(None),
        }
    }

    pub fn page<V>(mut self, value: V) -> Self
    where
        V: TryInto<i64>,
    {
        self.page = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i64` for page failed".to_string());
        self
    }

    pub fn page_size<V>(mut self, value: V) -> Self
    where
        V: TryInto<i64>,
    {
        self.page_size = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i64` for page_size failed".to_string());
        self
    }

    async fn send_unified(self) -> Result<ResponseValue<types::TicketPage>, Error<()>> {
        let Self { client, page, page_size } = self;
        let page = page.map_err(Error::InvalidRequest)?;
        let page_size = page_size.map_err(Error::InvalidRequest)?;
        let url = {
            static URL: crate::urls::OperationUrl = crate::urls::OperationUrl::new(
                "/api/v1/tickets",
            );
            URL.get(&client.inner)
        };
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("page", &page))
            .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_tickets",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `GET` request to `/api/v1/tickets`
    pub async fn send(self) -> Result<ResponseValue<types::TicketPage>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::create_ticket`]
///
/// [`Client::create_ticket`]: super::Client::create_ticket
#[derive(Debug, Clone)]
pub struct CreateTicket<'a> {
    client: &'a super::Client,
    body: Result<types::builder::CreateTicketRequest, String>,
}

impl<'a> CreateTicket<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            body: Ok(Default::default()),
        }
    }

    pub fn body<V>(mut self, value: V) -> Self
    where
        V: TryInto<types::CreateTicketRequest>,
        <V as TryInto<types::CreateTicketRequest>>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!("conversion to `CreateTicketRequest` for body failed: {}", s)
            });
        self
    }

    pub fn body_map<F>(mut self, f: F) -> Self
    where
        F: FnOnce(
            types::builder::CreateTicketRequest,
        ) -> types::builder::CreateTicketRequest,
    {
        self.body = self.body.map(f);
        self
    }

    async fn send_unified(
        self,
    ) -> Result<ResponseValue<types::TicketCreated>, Error<()>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::CreateTicketRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = {
            static URL: crate::urls::OperationUrl = crate::urls::OperationUrl::new(
                "/api/v1/tickets",
            );
            URL.get(&client.inner)
        };
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
            operation_id: "create_ticket",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `POST` request to `/api/v1/tickets`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::TicketCreated>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::update_ticket`]
///
/// [`Client::update_ticket`]: super::Client::update_ticket
#[derive(Debug, Clone)]
pub struct UpdateTicket<'a> {
    client: &'a super::Client,
    id: Result<String, String>,
    body: Result<types::LooseObject, String>,
}

impl<'a> UpdateTicket<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            id: Err("id was not initialized".to_string()),
            body: Err("body was not initialized".to_string()),
        }
    }

    pub fn id<V>(mut self, value: V) -> Self
    where
        V: TryInto<String>,
    {
        self.id = value
            .try_into()
            .map_err(|_| "conversion to `String` for id failed".to_string());
        self
    }

    pub fn body<V>(mut self, value: V) -> Self
    where
        V: TryInto<types::LooseObject>,
    {
        self.body = value
            .try_into()
            .map_err(|_| "conversion to `LooseObject` for body failed".to_string());
        self
    }

    async fn send_unified(self) -> Result<ResponseValue<types::Unpublished>, Error<()>> {
        let Self { client, id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let body = body.map_err(Error::InvalidRequest)?;
        let url = crate::urls::with_path(
            &client.inner,
            &["/api/v1/tickets/", &encode_path(&id.to_string())],
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_ticket",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `PATCH` request to `/api/v1/tickets/{id}`
    pub async fn send(self) -> Result<ResponseValue<types::Unpublished>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

/// Builder for [`Client::list_agent_activities`]
///
/// [`Client::list_agent_activities`]: super::Client::list_agent_activities
#[derive(Debug, Clone)]
pub struct ListAgentActivities<'a> {
    client: &'a super::Client,
    page: Result<Option<i64>, String>,
    page_size: Result<Option<i64>, String>,
}

impl<'a> ListAgentActivities<'a> {
    pub fn new(client: &'a super::Client) -> Self {
        Self {
            client,
            page: Ok(None),
            page_size: Ok(None),
        }
    }

    pub fn page<V>(mut self, value: V) -> Self
    where
        V: TryInto<i64>,
    {
        self.page = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i64` for page failed".to_string());
        self
    }

    pub fn page_size<V>(mut self, value: V) -> Self
    where
        V: TryInto<i64>,
    {
        self.page_size = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i64` for page_size failed".to_string());
        self
    }

    async fn send_unified(
        self,
    ) -> Result<ResponseValue<types::AgentActivityPage>, Error<()>> {
        let Self { client, page, page_size } = self;
        let page = page.map_err(Error::InvalidRequest)?;
        let page_size = page_size.map_err(Error::InvalidRequest)?;
        let url = {
            static URL: crate::urls::OperationUrl = crate::urls::OperationUrl::new(
                "/api/v1/user-presence-status-log",
            );
            URL.get(&client.inner)
        };
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("page", &page))
            .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_agent_activities",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => crate::decode::response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends a `GET` request to `/api/v1/user-presence-status-log`
    pub async fn send(
        self,
    ) -> Result<ResponseValue<types::AgentActivityPage>, crate::Error> {
        self.send_unified().await.map_err(crate::error::from_generated)
    }
}

impl<'a> ListRoomComments<'a> {
    /// Every item of every page, fetched as the stream is polled, one page in
    /// memory at a time; `send()` fetches one page. Items come from `data`.
    ///
    /// Starts at `page` (1 if unset) and asks for `pageSize` items per page (100
    /// if unset; a larger size is sent unchanged, the server decides). Stops after
    /// an empty page or a short one; otherwise goes on while `page < lastPage` or
    /// `page * pageSize < total`. The same first item on two pages in a row ends
    /// the stream with [`Error::RepeatedPage`](crate::Error::RepeatedPage). A page
    /// that still fails after the retry policy yields one error, and the stream
    /// ends. See [`pagination`](crate::pagination).
    pub fn stream(self) -> crate::pagination::ItemStream<'a, types::Comment> {
        let start = crate::pagination::start(&self.page, &self.page_size);
        crate::pagination::ItemStream::new(
            start,
            move |page, page_size| {
                let call = self.clone().page(page).page_size(page_size);
                Box::pin(async move {
                    let response = call.send().await?.into_inner();
                    let envelope = response;
                    Ok(crate::pagination::Page {
                        items: envelope.data,
                        page: crate::pagination::Counter::count(envelope.page),
                        page_size: crate::pagination::Counter::count(envelope.page_size),
                        total: crate::pagination::Counter::count(envelope.total),
                        last_page: crate::pagination::Counter::count(envelope.last_page),
                    })
                })
            },
        )
    }
}

impl<'a> ListContacts<'a> {
    /// Every item of every page, fetched as the stream is polled, one page in
    /// memory at a time; `send()` fetches one page. Items come from `data`.
    ///
    /// Starts at `page` (1 if unset) and asks for `pageSize` items per page (100
    /// if unset; a larger size is sent unchanged, the server decides). Stops after
    /// an empty page or a short one; otherwise goes on while `page < lastPage` or
    /// `page * pageSize < total`. The same first item on two pages in a row ends
    /// the stream with [`Error::RepeatedPage`](crate::Error::RepeatedPage). A page
    /// that still fails after the retry policy yields one error, and the stream
    /// ends. See [`pagination`](crate::pagination).
    pub fn stream(self) -> crate::pagination::ItemStream<'a, types::Contact> {
        let start = crate::pagination::start(&self.page, &self.page_size);
        crate::pagination::ItemStream::new(
            start,
            move |page, page_size| {
                let call = self.clone().page(page).page_size(page_size);
                Box::pin(async move {
                    let response = call.send().await?.into_inner();
                    let envelope = response;
                    Ok(crate::pagination::Page {
                        items: envelope.data,
                        page: crate::pagination::Counter::count(envelope.page),
                        page_size: crate::pagination::Counter::count(envelope.page_size),
                        total: crate::pagination::Counter::count(envelope.total),
                        last_page: crate::pagination::Counter::count(envelope.last_page),
                    })
                })
            },
        )
    }
}

impl<'a> ListCxLogs<'a> {
    /// Every item of every page, fetched as the stream is polled, one page in
    /// memory at a time; `send()` fetches one page. Items come from `cxLogs.data`, the counters beside it.
    ///
    /// Starts at `page` (1 if unset) and asks for `pageSize` items per page (100
    /// if unset; a larger size is sent unchanged, the server decides). Stops after
    /// an empty page or a short one; otherwise goes on while `page < lastPage` or
    /// `page * pageSize < total`. The same first item on two pages in a row ends
    /// the stream with [`Error::RepeatedPage`](crate::Error::RepeatedPage). A page
    /// that still fails after the retry policy yields one error, and the stream
    /// ends. See [`pagination`](crate::pagination).
    pub fn stream(self) -> crate::pagination::ItemStream<'a, types::CxLog> {
        let start = crate::pagination::start(&self.page, &self.page_size);
        crate::pagination::ItemStream::new(
            start,
            move |page, page_size| {
                let call = self.clone().page(page).page_size(page_size);
                Box::pin(async move {
                    let response = call.send().await?.into_inner();
                    let Some(envelope) = response.cx_logs else {
                        return Ok(crate::pagination::Page {
                            items: Vec::new(),
                            page: None,
                            page_size: None,
                            total: None,
                            last_page: None,
                        });
                    };
                    Ok(crate::pagination::Page {
                        items: envelope.data,
                        page: crate::pagination::Counter::count(envelope.page),
                        page_size: crate::pagination::Counter::count(envelope.page_size),
                        total: crate::pagination::Counter::count(envelope.total),
                        last_page: crate::pagination::Counter::count(envelope.last_page),
                    })
                })
            },
        )
    }
}

impl<'a> ListTickets<'a> {
    /// Every item of every page, fetched as the stream is polled, one page in
    /// memory at a time; `send()` fetches one page. Items come from `data`.
    ///
    /// Starts at `page` (1 if unset) and asks for `pageSize` items per page (100
    /// if unset; a larger size is sent unchanged, the server decides). Stops after
    /// an empty page or a short one; otherwise goes on while `page < lastPage` or
    /// `page * pageSize < total`. The same first item on two pages in a row ends
    /// the stream with [`Error::RepeatedPage`](crate::Error::RepeatedPage). A page
    /// that still fails after the retry policy yields one error, and the stream
    /// ends. See [`pagination`](crate::pagination).
    pub fn stream(self) -> crate::pagination::ItemStream<'a, types::Ticket> {
        let start = crate::pagination::start(&self.page, &self.page_size);
        crate::pagination::ItemStream::new(
            start,
            move |page, page_size| {
                let call = self.clone().page(page).page_size(page_size);
                Box::pin(async move {
                    let response = call.send().await?.into_inner();
                    let envelope = response;
                    Ok(crate::pagination::Page {
                        items: envelope.data,
                        page: crate::pagination::Counter::count(envelope.page),
                        page_size: crate::pagination::Counter::count(envelope.page_size),
                        total: crate::pagination::Counter::count(envelope.total),
                        last_page: crate::pagination::Counter::count(envelope.last_page),
                    })
                })
            },
        )
    }
}

impl<'a> ListAgentActivities<'a> {
    /// Every item of every page, fetched as the stream is polled, one page in
    /// memory at a time; `send()` fetches one page. Items come from `data`.
    ///
    /// Starts at `page` (1 if unset) and asks for `pageSize` items per page (100
    /// if unset; a larger size is sent unchanged, the server decides). Stops after
    /// an empty page or a short one; otherwise goes on while `page < lastPage` or
    /// `page * pageSize < total`. The same first item on two pages in a row ends
    /// the stream with [`Error::RepeatedPage`](crate::Error::RepeatedPage). A page
    /// that still fails after the retry policy yields one error, and the stream
    /// ends. See [`pagination`](crate::pagination).
    pub fn stream(self) -> crate::pagination::ItemStream<'a, types::AgentActivity> {
        let start = crate::pagination::start(&self.page, &self.page_size);
        crate::pagination::ItemStream::new(
            start,
            move |page, page_size| {
                let call = self.clone().page(page).page_size(page_size);
                Box::pin(async move {
                    let response = call.send().await?.into_inner();
                    let envelope = response;
                    Ok(crate::pagination::Page {
                        items: envelope.data,
                        page: crate::pagination::Counter::count(envelope.page),
                        page_size: crate::pagination::Counter::count(envelope.page_size),
                        total: crate::pagination::Counter::count(envelope.total),
                        last_page: crate::pagination::Counter::count(envelope.last_page),
                    })
                })
            },
        )
    }
}
