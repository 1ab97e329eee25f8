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
/// Every operation of the K-LINK API is a method of this client, named after
/// its `operationId`: it returns a builder whose setters take the parameters
/// and body, and whose `send()` makes the call (with the retry policy, the
/// token and tracing of the client's configuration). Paginated list
/// operations add `stream()`, which walks every page.
///
/// Build a client with [`Client::builder`] or [`Client::from_env`]
/// (`KLINK_API_TOKEN`, `KLINK_BASE_URL`).
///
/// Version: 1
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::config::ClientConfig,
}

impl Client {
    /// The client for `baseurl`, sending through `client`; built by `ClientBuilder`.
    pub(crate) fn new_with_client(
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
    /// List the tenant's categories
    ///
    /// The page shows no query parameters.
    ///
    /// Sends a `GET` request to `/api/v1/categories`
    ///
    /// ```ignore
    /// let response = client.list_categories()
    ///     .send()
    ///     .await;
    /// ```
    pub fn list_categories(&self) -> builder::ListCategories<'_> {
        builder::ListCategories::new(self)
    }

    /// List the comments of a room, one page at a time
    ///
    /// The docs mark this page as still being developed; its shape may change.
    ///
    /// Sends a `GET` request to `/api/v1/comments/rooms/{roomId}`
    ///
    /// Arguments:
    /// - `room_id`: The room (chat room) the comments belong to.
    /// - `page`: The page to return; the docs' examples number the first page 1.
    /// - `page_size`: Items per page; 10 by default, at most 100 (the pagination guide).
    /// ```ignore
    /// let response = client.list_room_comments()
    ///     .room_id(room_id)
    ///     .page(page)
    ///     .page_size(page_size)
    ///     .send()
    ///     .await;
    /// ```
    pub fn list_room_comments(&self) -> builder::ListRoomComments<'_> {
        builder::ListRoomComments::new(self)
    }

    /// Add a comment to a room, optionally mentioning users
    ///
    /// The docs mark this page as still being developed; its shape may change.
    ///
    /// Sends a `POST` request to `/api/v1/comments/rooms/{roomId}`
    ///
    /// Arguments:
    /// - `room_id`: The room (chat room) the comments belong to.
    /// - `body`
    /// ```ignore
    /// let response = client.create_room_comment()
    ///     .room_id(room_id)
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn create_room_comment(&self) -> builder::CreateRoomComment<'_> {
        builder::CreateRoomComment::new(self)
    }

    /// List contacts, one page at a time
    ///
    /// Lists the tenant's contacts, 10 per page by default. The current
    /// reference names this operation (Contact → Listing, GET); its path,
    /// the `keyword` parameter and the examples come from the old contacts
    /// page and the pagination guide.
    ///
    /// Sends a `GET` request to `/api/v1/contacts`
    ///
    /// Arguments:
    /// - `keyword`: Matches contacts by keyword. The old page says parts of words do
    /// not match, yet its own example matches "Kyaw Kyaw" by `Kya` or
    /// `aw`; neither behaviour is promised.
    ///
    /// - `page`: The page to return; the docs' examples number the first page 1.
    /// - `page_size`: Items per page; 10 by default, at most 100 (the pagination guide).
    /// ```ignore
    /// let response = client.list_contacts()
    ///     .keyword(keyword)
    ///     .page(page)
    ///     .page_size(page_size)
    ///     .send()
    ///     .await;
    /// ```
    pub fn list_contacts(&self) -> builder::ListContacts<'_> {
        builder::ListContacts::new(self)
    }

    /// Create a contact
    ///
    /// The docs name this operation (Contact → Create, POST) but publish
    /// neither its path nor its body or responses, so both are loose JSON.
    /// The old contacts page says custom-field keys start with `cf`
    /// (`cf_customer_id`); `list_contact_fields` lists a tenant's fields.
    ///
    /// The K-LINK docs do not publish this path; it follows the resource's REST pattern.
    ///
    /// Sends a `POST` request to `/api/v1/contacts`
    ///
    /// ```ignore
    /// let response = client.create_contact()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn create_contact(&self) -> builder::CreateContact<'_> {
        builder::CreateContact::new(self)
    }

    /// List the contact fields available to the tenant, custom fields included
    ///
    /// The response is the paginated list envelope, but the page lists no
    /// query parameters, so none are declared here.
    ///
    /// Sends a `GET` request to `/api/v1/contacts/fields`
    ///
    /// ```ignore
    /// let response = client.list_contact_fields()
    ///     .send()
    ///     .await;
    /// ```
    pub fn list_contact_fields(&self) -> builder::ListContactFields<'_> {
        builder::ListContactFields::new(self)
    }

    /// Fetch one contact
    ///
    /// Sends a `GET` request to `/api/v1/contacts/{id}`
    ///
    /// Arguments:
    /// - `id`: The contact's K-LINK id (a UUID in current examples; opaque).
    /// ```ignore
    /// let response = client.get_contact()
    ///     .id(id)
    ///     .send()
    ///     .await;
    /// ```
    pub fn get_contact(&self) -> builder::GetContact<'_> {
        builder::GetContact::new(self)
    }

    /// Delete a contact
    ///
    /// The docs name this operation (Contact → Delete, DELETE) but publish
    /// neither its path nor its responses; a body, if any, is not read.
    ///
    /// The K-LINK docs do not publish this path; it follows the resource's REST pattern.
    ///
    /// Sends a `DELETE` request to `/api/v1/contacts/{id}`
    ///
    /// Arguments:
    /// - `id`: The contact's K-LINK id (a UUID in current examples; opaque).
    /// ```ignore
    /// let response = client.delete_contact()
    ///     .id(id)
    ///     .send()
    ///     .await;
    /// ```
    pub fn delete_contact(&self) -> builder::DeleteContact<'_> {
        builder::DeleteContact::new(self)
    }

    /// Update a contact
    ///
    /// The docs name this operation (Contact → Update, PATCH) but publish
    /// neither its path nor its body or responses, so both are loose JSON.
    /// Tags have their own operation, `update_contact_tags`.
    ///
    /// The K-LINK docs do not publish this path; it follows the resource's REST pattern.
    ///
    /// Sends a `PATCH` request to `/api/v1/contacts/{id}`
    ///
    /// Arguments:
    /// - `id`: The contact's K-LINK id (a UUID in current examples; opaque).
    /// - `body`
    /// ```ignore
    /// let response = client.update_contact()
    ///     .id(id)
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn update_contact(&self) -> builder::UpdateContact<'_> {
        builder::UpdateContact::new(self)
    }

    /// Change the tags of one contact (and nothing else)
    ///
    /// Takes tag names, not ids (`create_ticket` takes tag ids).
    ///
    /// Sends a `PATCH` request to `/api/v1/contacts/{id}/tags`
    ///
    /// Arguments:
    /// - `id`: The contact's K-LINK id (a UUID in current examples; opaque).
    /// - `body`
    /// ```ignore
    /// let response = client.update_contact_tags()
    ///     .id(id)
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn update_contact_tags(&self) -> builder::UpdateContactTags<'_> {
        builder::UpdateContactTags::new(self)
    }

    /// List CX log records in a date-time range, one page at a time
    ///
    /// Sends a `GET` request to `/api/v1/cx-logs`
    ///
    /// Arguments:
    /// - `page`: The page to return; the docs' examples number the first page 1.
    /// - `page_size`: Items per page; 10 by default, at most 100 (the pagination guide).
    /// - `selected_date`: The date-time range `YYYY/MM/DD HH:mm:ss-YYYY/MM/DD HH:mm:ss`,
    /// e.g. `2025/04/01 00:00:00-2025/04/25 23:59:00`, read in the
    /// time zone of `x-client-timezone`.
    ///
    /// - `x_client_timezone`: The IANA time-zone name `selectedDate` is read in, e.g.
    /// `Asia/Singapore`. (The old page labels it `xClientTimezone` but
    /// sends `x-client-timezone`.)
    ///
    /// ```ignore
    /// let response = client.list_cx_logs()
    ///     .page(page)
    ///     .page_size(page_size)
    ///     .selected_date(selected_date)
    ///     .x_client_timezone(x_client_timezone)
    ///     .send()
    ///     .await;
    /// ```
    pub fn list_cx_logs(&self) -> builder::ListCxLogs<'_> {
        builder::ListCxLogs::new(self)
    }

    /// List media-manager files
    ///
    /// The docs name this operation (Media Manager → Get Files, GET) but
    /// publish neither its path nor its parameters (filters, folder,
    /// pagination) or response.
    ///
    /// The K-LINK docs do not publish this path; it follows the resource's REST pattern.
    ///
    /// Sends a `GET` request to `/api/v1/media-manager/files`
    ///
    /// ```ignore
    /// let response = client.list_media_files()
    ///     .send()
    ///     .await;
    /// ```
    pub fn list_media_files(&self) -> builder::ListMediaFiles<'_> {
        builder::ListMediaFiles::new(self)
    }

    /// Upload a file, sent as base64 text in a JSON body
    ///
    /// JSON, not multipart. Success is `200` here, where other creations
    /// answer `201`.
    ///
    /// Sends a `POST` request to `/api/v1/media-manager/files`
    ///
    /// ```ignore
    /// let response = client.create_media_file()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn create_media_file(&self) -> builder::CreateMediaFile<'_> {
        builder::CreateMediaFile::new(self)
    }

    /// Fetch the details of one media-manager file
    ///
    /// Sends a `GET` request to `/api/v1/media-manager/files/{fileId}`
    ///
    /// Arguments:
    /// - `file_id`: The file's id.
    /// ```ignore
    /// let response = client.get_media_file()
    ///     .file_id(file_id)
    ///     .send()
    ///     .await;
    /// ```
    pub fn get_media_file(&self) -> builder::GetMediaFile<'_> {
        builder::GetMediaFile::new(self)
    }

    /// Delete a media-manager file
    ///
    /// The docs name this operation (Media Manager → Delete File, DELETE)
    /// but publish neither its path nor its response; a body, if any, is
    /// not read.
    ///
    /// The K-LINK docs do not publish this path; it follows the resource's REST pattern.
    ///
    /// Sends a `DELETE` request to `/api/v1/media-manager/files/{fileId}`
    ///
    /// Arguments:
    /// - `file_id`: The file's id.
    /// ```ignore
    /// let response = client.delete_media_file()
    ///     .file_id(file_id)
    ///     .send()
    ///     .await;
    /// ```
    pub fn delete_media_file(&self) -> builder::DeleteMediaFile<'_> {
        builder::DeleteMediaFile::new(self)
    }

    /// Update a media-manager file
    ///
    /// The docs name this operation (Media Manager → Update File, PATCH)
    /// but publish neither its path nor its body or response.
    ///
    /// The K-LINK docs do not publish this path; it follows the resource's REST pattern.
    ///
    /// Sends a `PATCH` request to `/api/v1/media-manager/files/{fileId}`
    ///
    /// Arguments:
    /// - `file_id`: The file's id.
    /// - `body`
    /// ```ignore
    /// let response = client.update_media_file()
    ///     .file_id(file_id)
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn update_media_file(&self) -> builder::UpdateMediaFile<'_> {
        builder::UpdateMediaFile::new(self)
    }

    /// List media-manager folders
    ///
    /// The docs name this operation (Media Manager → Get Folders, GET) but
    /// publish neither its path nor its parameters or response.
    ///
    /// The K-LINK docs do not publish this path; it follows the resource's REST pattern.
    ///
    /// Sends a `GET` request to `/api/v1/media-manager/folders`
    ///
    /// ```ignore
    /// let response = client.list_media_folders()
    ///     .send()
    ///     .await;
    /// ```
    pub fn list_media_folders(&self) -> builder::ListMediaFolders<'_> {
        builder::ListMediaFolders::new(self)
    }

    /// Create a media-manager folder
    ///
    /// The docs name this operation (Media Manager → Create Folder, POST)
    /// but publish neither its path nor its body or response.
    ///
    /// The K-LINK docs do not publish this path; it follows the resource's REST pattern.
    ///
    /// Sends a `POST` request to `/api/v1/media-manager/folders`
    ///
    /// ```ignore
    /// let response = client.create_media_folder()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn create_media_folder(&self) -> builder::CreateMediaFolder<'_> {
        builder::CreateMediaFolder::new(self)
    }

    /// Fetch one media-manager folder
    ///
    /// Sends a `GET` request to `/api/v1/media-manager/folders/{folderId}`
    ///
    /// Arguments:
    /// - `folder_id`: The folder's id (UUIDv7-like in the docs; opaque).
    /// ```ignore
    /// let response = client.get_media_folder()
    ///     .folder_id(folder_id)
    ///     .send()
    ///     .await;
    /// ```
    pub fn get_media_folder(&self) -> builder::GetMediaFolder<'_> {
        builder::GetMediaFolder::new(self)
    }

    /// Delete a media-manager folder
    ///
    /// The docs name this operation (Media Manager → Delete Folder, DELETE)
    /// but publish neither its path nor its response; a body, if any, is
    /// not read.
    ///
    /// The K-LINK docs do not publish this path; it follows the resource's REST pattern.
    ///
    /// Sends a `DELETE` request to `/api/v1/media-manager/folders/{folderId}`
    ///
    /// Arguments:
    /// - `folder_id`: The folder's id (UUIDv7-like in the docs; opaque).
    /// ```ignore
    /// let response = client.delete_media_folder()
    ///     .folder_id(folder_id)
    ///     .send()
    ///     .await;
    /// ```
    pub fn delete_media_folder(&self) -> builder::DeleteMediaFolder<'_> {
        builder::DeleteMediaFolder::new(self)
    }

    /// Update a media-manager folder
    ///
    /// The docs name this operation (Media Manager → Update Folder, PATCH)
    /// but publish neither its path nor its body or response.
    ///
    /// The K-LINK docs do not publish this path; it follows the resource's REST pattern.
    ///
    /// Sends a `PATCH` request to `/api/v1/media-manager/folders/{folderId}`
    ///
    /// Arguments:
    /// - `folder_id`: The folder's id (UUIDv7-like in the docs; opaque).
    /// - `body`
    /// ```ignore
    /// let response = client.update_media_folder()
    ///     .folder_id(folder_id)
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn update_media_folder(&self) -> builder::UpdateMediaFolder<'_> {
        builder::UpdateMediaFolder::new(self)
    }

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

    /// List tickets, one page at a time
    ///
    /// Ten tickets per page by default. The docs publish no ticket filters
    /// (status, priority, keyword, ...).
    ///
    /// Sends a `GET` request to `/api/v1/tickets`
    ///
    /// Arguments:
    /// - `page`: The page to return; the docs' examples number the first page 1.
    /// - `page_size`: Items per page; 10 by default, at most 100 (the pagination guide).
    /// ```ignore
    /// let response = client.list_tickets()
    ///     .page(page)
    ///     .page_size(page_size)
    ///     .send()
    ///     .await;
    /// ```
    pub fn list_tickets(&self) -> builder::ListTickets<'_> {
        builder::ListTickets::new(self)
    }

    /// Create a ticket
    ///
    /// Sends a `POST` request to `/api/v1/tickets`
    ///
    /// ```ignore
    /// let response = client.create_ticket()
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn create_ticket(&self) -> builder::CreateTicket<'_> {
        builder::CreateTicket::new(self)
    }

    /// Update a ticket
    ///
    /// The docs name this operation (Ticket → Update, PATCH) but publish
    /// neither its path nor its body or responses, so both are loose JSON.
    ///
    /// The K-LINK docs do not publish this path; it follows the resource's REST pattern.
    ///
    /// Sends a `PATCH` request to `/api/v1/tickets/{id}`
    ///
    /// Arguments:
    /// - `id`: The ticket's id.
    /// - `body`
    /// ```ignore
    /// let response = client.update_ticket()
    ///     .id(id)
    ///     .body(body)
    ///     .send()
    ///     .await;
    /// ```
    pub fn update_ticket(&self) -> builder::UpdateTicket<'_> {
        builder::UpdateTicket::new(self)
    }

    /// List agents' presence-status changes, one page at a time
    ///
    /// Each row holds the status the agent moved from; the rest of the row
    /// is not published. Filters (date range, agent, ...) are not published.
    ///
    /// Sends a `GET` request to `/api/v1/user-presence-status-log`
    ///
    /// Arguments:
    /// - `page`: The page to return; the docs' examples number the first page 1.
    /// - `page_size`: Items per page; 10 by default, at most 100 (the pagination guide).
    /// ```ignore
    /// let response = client.list_agent_activities()
    ///     .page(page)
    ///     .page_size(page_size)
    ///     .send()
    ///     .await;
    /// ```
    pub fn list_agent_activities(&self) -> builder::ListAgentActivities<'_> {
        builder::ListAgentActivities::new(self)
    }
}

/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder;

/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
