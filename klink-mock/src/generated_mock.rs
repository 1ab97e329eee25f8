// @generated from openapi/klink.yaml by `cargo xtask generate`.
// Do not edit by hand: change the spec or the codegen crate and regenerate.

pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use klink_api::*;

    pub struct ListCategoriesWhen(::httpmock::When);

    impl ListCategoriesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(inner.method(::httpmock::Method::GET).path("/api/v1/categories"))
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }

    pub struct ListCategoriesThen(::httpmock::Then);

    impl ListCategoriesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn ok(self, value: &types::CategoryList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct ListRoomCommentsWhen(::httpmock::When);

    impl ListRoomCommentsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches("^/api/v1/comments/rooms/[^/]*$"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn room_id(self, value: &str) -> Self {
            Self(self.0.path(format!("/api/v1/comments/rooms/{}", value.to_string())))
        }

        pub fn page<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page"))
            }
        }

        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("pageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("pageSize"))
            }
        }
    }

    pub struct ListRoomCommentsThen(::httpmock::Then);

    impl ListRoomCommentsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn ok(self, value: &types::CommentPage) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct CreateRoomCommentWhen(::httpmock::When);

    impl CreateRoomCommentWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches("^/api/v1/comments/rooms/[^/]*$"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn room_id(self, value: &str) -> Self {
            Self(self.0.path(format!("/api/v1/comments/rooms/{}", value.to_string())))
        }

        pub fn body(self, value: &types::CreateCommentRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }

    pub struct CreateRoomCommentThen(::httpmock::Then);

    impl CreateRoomCommentThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn created(self, value: &types::Unpublished) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct ListContactsWhen(::httpmock::When);

    impl ListContactsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(inner.method(::httpmock::Method::GET).path("/api/v1/contacts"))
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn keyword<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("keyword", value.to_string()))
            } else {
                Self(self.0.query_param_missing("keyword"))
            }
        }

        pub fn page<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page"))
            }
        }

        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("pageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("pageSize"))
            }
        }
    }

    pub struct ListContactsThen(::httpmock::Then);

    impl ListContactsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn ok(self, value: &types::ContactPage) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct CreateContactWhen(::httpmock::When);

    impl CreateContactWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(inner.method(::httpmock::Method::POST).path("/api/v1/contacts"))
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn body(self, value: &types::LooseObject) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }

    pub struct CreateContactThen(::httpmock::Then);

    impl CreateContactThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn success(self, status: u16, value: &types::Unpublished) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct ListContactFieldsWhen(::httpmock::When);

    impl ListContactFieldsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(inner.method(::httpmock::Method::GET).path("/api/v1/contacts/fields"))
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }

    pub struct ListContactFieldsThen(::httpmock::Then);

    impl ListContactFieldsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn ok(self, value: &types::ContactFieldPage) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct GetContactWhen(::httpmock::When);

    impl GetContactWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches("^/api/v1/contacts/[^/]*$"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn id(self, value: &str) -> Self {
            Self(self.0.path(format!("/api/v1/contacts/{}", value.to_string())))
        }
    }

    pub struct GetContactThen(::httpmock::Then);

    impl GetContactThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn ok(self, value: &types::ContactEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct DeleteContactWhen(::httpmock::When);

    impl DeleteContactWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches("^/api/v1/contacts/[^/]*$"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn id(self, value: &str) -> Self {
            Self(self.0.path(format!("/api/v1/contacts/{}", value.to_string())))
        }
    }

    pub struct DeleteContactThen(::httpmock::Then);

    impl DeleteContactThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn success(self, status: u16) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(self.0.status(status))
        }
    }

    pub struct UpdateContactWhen(::httpmock::When);

    impl UpdateContactWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches("^/api/v1/contacts/[^/]*$"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn id(self, value: &str) -> Self {
            Self(self.0.path(format!("/api/v1/contacts/{}", value.to_string())))
        }

        pub fn body(self, value: &types::LooseObject) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }

    pub struct UpdateContactThen(::httpmock::Then);

    impl UpdateContactThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn success(self, status: u16, value: &types::Unpublished) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct UpdateContactTagsWhen(::httpmock::When);

    impl UpdateContactTagsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches("^/api/v1/contacts/[^/]*/tags$"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn id(self, value: &str) -> Self {
            Self(self.0.path(format!("/api/v1/contacts/{}/tags", value.to_string())))
        }

        pub fn body(self, value: &types::UpdateContactTagsRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }

    pub struct UpdateContactTagsThen(::httpmock::Then);

    impl UpdateContactTagsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn ok(self, value: &types::ContactTagsEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }

        pub fn bad_request(self, value: &types::ErrorEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct ListCxLogsWhen(::httpmock::When);

    impl ListCxLogsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(inner.method(::httpmock::Method::GET).path("/api/v1/cx-logs"))
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn page<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page"))
            }
        }

        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("pageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("pageSize"))
            }
        }

        pub fn selected_date(self, value: &str) -> Self {
            Self(self.0.query_param("selectedDate", value.to_string()))
        }

        pub fn x_client_timezone(self, value: &str) -> Self {
            Self(self.0.header("x-client-timezone", value.to_string()))
        }
    }

    pub struct ListCxLogsThen(::httpmock::Then);

    impl ListCxLogsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn ok(self, value: &types::CxLogResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct ListMediaFilesWhen(::httpmock::When);

    impl ListMediaFilesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner.method(::httpmock::Method::GET).path("/api/v1/media-manager/files"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }

    pub struct ListMediaFilesThen(::httpmock::Then);

    impl ListMediaFilesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn success(self, status: u16, value: &types::Unpublished) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct CreateMediaFileWhen(::httpmock::When);

    impl CreateMediaFileWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path("/api/v1/media-manager/files"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn body(self, value: &types::CreateMediaFileRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }

    pub struct CreateMediaFileThen(::httpmock::Then);

    impl CreateMediaFileThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn ok(self, value: &types::Unpublished) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct GetMediaFileWhen(::httpmock::When);

    impl GetMediaFileWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches("^/api/v1/media-manager/files/[^/]*$"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn file_id(self, value: &str) -> Self {
            Self(
                self.0.path(format!("/api/v1/media-manager/files/{}", value.to_string())),
            )
        }
    }

    pub struct GetMediaFileThen(::httpmock::Then);

    impl GetMediaFileThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn ok(self, value: &types::MediaFileEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct DeleteMediaFileWhen(::httpmock::When);

    impl DeleteMediaFileWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches("^/api/v1/media-manager/files/[^/]*$"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn file_id(self, value: &str) -> Self {
            Self(
                self.0.path(format!("/api/v1/media-manager/files/{}", value.to_string())),
            )
        }
    }

    pub struct DeleteMediaFileThen(::httpmock::Then);

    impl DeleteMediaFileThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn success(self, status: u16) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(self.0.status(status))
        }
    }

    pub struct UpdateMediaFileWhen(::httpmock::When);

    impl UpdateMediaFileWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches("^/api/v1/media-manager/files/[^/]*$"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn file_id(self, value: &str) -> Self {
            Self(
                self.0.path(format!("/api/v1/media-manager/files/{}", value.to_string())),
            )
        }

        pub fn body(self, value: &types::LooseObject) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }

    pub struct UpdateMediaFileThen(::httpmock::Then);

    impl UpdateMediaFileThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn success(self, status: u16, value: &types::Unpublished) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct ListMediaFoldersWhen(::httpmock::When);

    impl ListMediaFoldersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path("/api/v1/media-manager/folders"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }

    pub struct ListMediaFoldersThen(::httpmock::Then);

    impl ListMediaFoldersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn success(self, status: u16, value: &types::Unpublished) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct CreateMediaFolderWhen(::httpmock::When);

    impl CreateMediaFolderWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path("/api/v1/media-manager/folders"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn body(self, value: &types::LooseObject) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }

    pub struct CreateMediaFolderThen(::httpmock::Then);

    impl CreateMediaFolderThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn success(self, status: u16, value: &types::Unpublished) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct GetMediaFolderWhen(::httpmock::When);

    impl GetMediaFolderWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches("^/api/v1/media-manager/folders/[^/]*$"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn folder_id(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .path(format!("/api/v1/media-manager/folders/{}", value.to_string())),
            )
        }
    }

    pub struct GetMediaFolderThen(::httpmock::Then);

    impl GetMediaFolderThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn ok(self, value: &types::MediaFolderEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct DeleteMediaFolderWhen(::httpmock::When);

    impl DeleteMediaFolderWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches("^/api/v1/media-manager/folders/[^/]*$"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn folder_id(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .path(format!("/api/v1/media-manager/folders/{}", value.to_string())),
            )
        }
    }

    pub struct DeleteMediaFolderThen(::httpmock::Then);

    impl DeleteMediaFolderThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn success(self, status: u16) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(self.0.status(status))
        }
    }

    pub struct UpdateMediaFolderWhen(::httpmock::When);

    impl UpdateMediaFolderWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches("^/api/v1/media-manager/folders/[^/]*$"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn folder_id(self, value: &str) -> Self {
            Self(
                self
                    .0
                    .path(format!("/api/v1/media-manager/folders/{}", value.to_string())),
            )
        }

        pub fn body(self, value: &types::LooseObject) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }

    pub struct UpdateMediaFolderThen(::httpmock::Then);

    impl UpdateMediaFolderThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn success(self, status: u16, value: &types::Unpublished) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct SendMessageWhen(::httpmock::When);

    impl SendMessageWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(inner.method(::httpmock::Method::POST).path("/api/v1/messages/send"))
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn body(self, value: &types::SendMessageRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }

    pub struct SendMessageThen(::httpmock::Then);

    impl SendMessageThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn ok(self, value: &types::MessageEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }

        pub fn bad_request(self, value: &types::ErrorEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct ListTicketsWhen(::httpmock::When);

    impl ListTicketsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(inner.method(::httpmock::Method::GET).path("/api/v1/tickets"))
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn page<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page"))
            }
        }

        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("pageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("pageSize"))
            }
        }
    }

    pub struct ListTicketsThen(::httpmock::Then);

    impl ListTicketsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn ok(self, value: &types::TicketPage) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct CreateTicketWhen(::httpmock::When);

    impl CreateTicketWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(inner.method(::httpmock::Method::POST).path("/api/v1/tickets"))
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn body(self, value: &types::CreateTicketRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }

    pub struct CreateTicketThen(::httpmock::Then);

    impl CreateTicketThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn created(self, value: &types::TicketCreated) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct UpdateTicketWhen(::httpmock::When);

    impl UpdateTicketWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches("^/api/v1/tickets/[^/]*$"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn id(self, value: &str) -> Self {
            Self(self.0.path(format!("/api/v1/tickets/{}", value.to_string())))
        }

        pub fn body(self, value: &types::LooseObject) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }

    pub struct UpdateTicketThen(::httpmock::Then);

    impl UpdateTicketThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn success(self, status: u16, value: &types::Unpublished) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }

    pub struct ListAgentActivitiesWhen(::httpmock::When);

    impl ListAgentActivitiesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path("/api/v1/user-presence-status-log"),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn page<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page"))
            }
        }

        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("pageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("pageSize"))
            }
        }
    }

    pub struct ListAgentActivitiesThen(::httpmock::Then);

    impl ListAgentActivitiesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn ok(self, value: &types::AgentActivityPage) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
}

/// An extension trait for [`MockServer`](::httpmock::MockServer) that
/// adds a method for each operation. These are the equivalent of
/// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
pub trait MockServerExt {
    /// Mocks `GET /api/v1/categories`: List the tenant's categories.
    ///
    /// `when` matches the request of [`Client::list_categories`](klink_api::Client::list_categories); `then` sets the response.
    fn list_categories<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCategoriesWhen, operations::ListCategoriesThen);
    /// Mocks `GET /api/v1/comments/rooms/{roomId}`: List the comments of a room, one page at a time.
    ///
    /// `when` matches the request of [`Client::list_room_comments`](klink_api::Client::list_room_comments); `then` sets the response.
    fn list_room_comments<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListRoomCommentsWhen, operations::ListRoomCommentsThen);
    /// Mocks `POST /api/v1/comments/rooms/{roomId}`: Add a comment to a room, optionally mentioning users.
    ///
    /// `when` matches the request of [`Client::create_room_comment`](klink_api::Client::create_room_comment); `then` sets the response.
    fn create_room_comment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateRoomCommentWhen, operations::CreateRoomCommentThen);
    /// Mocks `GET /api/v1/contacts`: List contacts, one page at a time.
    ///
    /// `when` matches the request of [`Client::list_contacts`](klink_api::Client::list_contacts); `then` sets the response.
    fn list_contacts<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListContactsWhen, operations::ListContactsThen);
    /// Mocks `POST /api/v1/contacts`: Create a contact.
    ///
    /// `when` matches the request of [`Client::create_contact`](klink_api::Client::create_contact); `then` sets the response.
    fn create_contact<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateContactWhen, operations::CreateContactThen);
    /// Mocks `GET /api/v1/contacts/fields`: List the contact fields available to the tenant, custom fields included.
    ///
    /// `when` matches the request of [`Client::list_contact_fields`](klink_api::Client::list_contact_fields); `then` sets the response.
    fn list_contact_fields<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListContactFieldsWhen, operations::ListContactFieldsThen);
    /// Mocks `GET /api/v1/contacts/{id}`: Fetch one contact.
    ///
    /// `when` matches the request of [`Client::get_contact`](klink_api::Client::get_contact); `then` sets the response.
    fn get_contact<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetContactWhen, operations::GetContactThen);
    /// Mocks `DELETE /api/v1/contacts/{id}`: Delete a contact.
    ///
    /// `when` matches the request of [`Client::delete_contact`](klink_api::Client::delete_contact); `then` sets the response.
    fn delete_contact<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteContactWhen, operations::DeleteContactThen);
    /// Mocks `PATCH /api/v1/contacts/{id}`: Update a contact.
    ///
    /// `when` matches the request of [`Client::update_contact`](klink_api::Client::update_contact); `then` sets the response.
    fn update_contact<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateContactWhen, operations::UpdateContactThen);
    /// Mocks `PATCH /api/v1/contacts/{id}/tags`: Change the tags of one contact (and nothing else).
    ///
    /// `when` matches the request of [`Client::update_contact_tags`](klink_api::Client::update_contact_tags); `then` sets the response.
    fn update_contact_tags<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateContactTagsWhen, operations::UpdateContactTagsThen);
    /// Mocks `GET /api/v1/cx-logs`: List CX log records in a date-time range, one page at a time.
    ///
    /// `when` matches the request of [`Client::list_cx_logs`](klink_api::Client::list_cx_logs); `then` sets the response.
    fn list_cx_logs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCxLogsWhen, operations::ListCxLogsThen);
    /// Mocks `GET /api/v1/media-manager/files`: List media-manager files.
    ///
    /// `when` matches the request of [`Client::list_media_files`](klink_api::Client::list_media_files); `then` sets the response.
    fn list_media_files<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListMediaFilesWhen, operations::ListMediaFilesThen);
    /// Mocks `POST /api/v1/media-manager/files`: Upload a file, sent as base64 text in a JSON body.
    ///
    /// `when` matches the request of [`Client::create_media_file`](klink_api::Client::create_media_file); `then` sets the response.
    fn create_media_file<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateMediaFileWhen, operations::CreateMediaFileThen);
    /// Mocks `GET /api/v1/media-manager/files/{fileId}`: Fetch the details of one media-manager file.
    ///
    /// `when` matches the request of [`Client::get_media_file`](klink_api::Client::get_media_file); `then` sets the response.
    fn get_media_file<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetMediaFileWhen, operations::GetMediaFileThen);
    /// Mocks `DELETE /api/v1/media-manager/files/{fileId}`: Delete a media-manager file.
    ///
    /// `when` matches the request of [`Client::delete_media_file`](klink_api::Client::delete_media_file); `then` sets the response.
    fn delete_media_file<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteMediaFileWhen, operations::DeleteMediaFileThen);
    /// Mocks `PATCH /api/v1/media-manager/files/{fileId}`: Update a media-manager file.
    ///
    /// `when` matches the request of [`Client::update_media_file`](klink_api::Client::update_media_file); `then` sets the response.
    fn update_media_file<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateMediaFileWhen, operations::UpdateMediaFileThen);
    /// Mocks `GET /api/v1/media-manager/folders`: List media-manager folders.
    ///
    /// `when` matches the request of [`Client::list_media_folders`](klink_api::Client::list_media_folders); `then` sets the response.
    fn list_media_folders<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListMediaFoldersWhen, operations::ListMediaFoldersThen);
    /// Mocks `POST /api/v1/media-manager/folders`: Create a media-manager folder.
    ///
    /// `when` matches the request of [`Client::create_media_folder`](klink_api::Client::create_media_folder); `then` sets the response.
    fn create_media_folder<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateMediaFolderWhen, operations::CreateMediaFolderThen);
    /// Mocks `GET /api/v1/media-manager/folders/{folderId}`: Fetch one media-manager folder.
    ///
    /// `when` matches the request of [`Client::get_media_folder`](klink_api::Client::get_media_folder); `then` sets the response.
    fn get_media_folder<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetMediaFolderWhen, operations::GetMediaFolderThen);
    /// Mocks `DELETE /api/v1/media-manager/folders/{folderId}`: Delete a media-manager folder.
    ///
    /// `when` matches the request of [`Client::delete_media_folder`](klink_api::Client::delete_media_folder); `then` sets the response.
    fn delete_media_folder<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteMediaFolderWhen, operations::DeleteMediaFolderThen);
    /// Mocks `PATCH /api/v1/media-manager/folders/{folderId}`: Update a media-manager folder.
    ///
    /// `when` matches the request of [`Client::update_media_folder`](klink_api::Client::update_media_folder); `then` sets the response.
    fn update_media_folder<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateMediaFolderWhen, operations::UpdateMediaFolderThen);
    /// Mocks `POST /api/v1/messages/send`: Send a message to a contact.
    ///
    /// `when` matches the request of [`Client::send_message`](klink_api::Client::send_message); `then` sets the response.
    fn send_message<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SendMessageWhen, operations::SendMessageThen);
    /// Mocks `GET /api/v1/tickets`: List tickets, one page at a time.
    ///
    /// `when` matches the request of [`Client::list_tickets`](klink_api::Client::list_tickets); `then` sets the response.
    fn list_tickets<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListTicketsWhen, operations::ListTicketsThen);
    /// Mocks `POST /api/v1/tickets`: Create a ticket.
    ///
    /// `when` matches the request of [`Client::create_ticket`](klink_api::Client::create_ticket); `then` sets the response.
    fn create_ticket<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateTicketWhen, operations::CreateTicketThen);
    /// Mocks `PATCH /api/v1/tickets/{id}`: Update a ticket.
    ///
    /// `when` matches the request of [`Client::update_ticket`](klink_api::Client::update_ticket); `then` sets the response.
    fn update_ticket<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateTicketWhen, operations::UpdateTicketThen);
    /// Mocks `GET /api/v1/user-presence-status-log`: List agents' presence-status changes, one page at a time.
    ///
    /// `when` matches the request of [`Client::list_agent_activities`](klink_api::Client::list_agent_activities); `then` sets the response.
    fn list_agent_activities<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListAgentActivitiesWhen,
            operations::ListAgentActivitiesThen,
        );
}

impl MockServerExt for ::httpmock::MockServer {
    fn list_categories<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCategoriesWhen, operations::ListCategoriesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCategoriesWhen::new(when),
                operations::ListCategoriesThen::new(then),
            )
        })
    }

    fn list_room_comments<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListRoomCommentsWhen, operations::ListRoomCommentsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListRoomCommentsWhen::new(when),
                operations::ListRoomCommentsThen::new(then),
            )
        })
    }

    fn create_room_comment<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateRoomCommentWhen, operations::CreateRoomCommentThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateRoomCommentWhen::new(when),
                operations::CreateRoomCommentThen::new(then),
            )
        })
    }

    fn list_contacts<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListContactsWhen, operations::ListContactsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListContactsWhen::new(when),
                operations::ListContactsThen::new(then),
            )
        })
    }

    fn create_contact<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateContactWhen, operations::CreateContactThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateContactWhen::new(when),
                operations::CreateContactThen::new(then),
            )
        })
    }

    fn list_contact_fields<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListContactFieldsWhen, operations::ListContactFieldsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListContactFieldsWhen::new(when),
                operations::ListContactFieldsThen::new(then),
            )
        })
    }

    fn get_contact<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetContactWhen, operations::GetContactThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetContactWhen::new(when),
                operations::GetContactThen::new(then),
            )
        })
    }

    fn delete_contact<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteContactWhen, operations::DeleteContactThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteContactWhen::new(when),
                operations::DeleteContactThen::new(then),
            )
        })
    }

    fn update_contact<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateContactWhen, operations::UpdateContactThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateContactWhen::new(when),
                operations::UpdateContactThen::new(then),
            )
        })
    }

    fn update_contact_tags<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateContactTagsWhen, operations::UpdateContactTagsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateContactTagsWhen::new(when),
                operations::UpdateContactTagsThen::new(then),
            )
        })
    }

    fn list_cx_logs<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCxLogsWhen, operations::ListCxLogsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCxLogsWhen::new(when),
                operations::ListCxLogsThen::new(then),
            )
        })
    }

    fn list_media_files<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListMediaFilesWhen, operations::ListMediaFilesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListMediaFilesWhen::new(when),
                operations::ListMediaFilesThen::new(then),
            )
        })
    }

    fn create_media_file<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateMediaFileWhen, operations::CreateMediaFileThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateMediaFileWhen::new(when),
                operations::CreateMediaFileThen::new(then),
            )
        })
    }

    fn get_media_file<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetMediaFileWhen, operations::GetMediaFileThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetMediaFileWhen::new(when),
                operations::GetMediaFileThen::new(then),
            )
        })
    }

    fn delete_media_file<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteMediaFileWhen, operations::DeleteMediaFileThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteMediaFileWhen::new(when),
                operations::DeleteMediaFileThen::new(then),
            )
        })
    }

    fn update_media_file<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateMediaFileWhen, operations::UpdateMediaFileThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateMediaFileWhen::new(when),
                operations::UpdateMediaFileThen::new(then),
            )
        })
    }

    fn list_media_folders<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListMediaFoldersWhen, operations::ListMediaFoldersThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListMediaFoldersWhen::new(when),
                operations::ListMediaFoldersThen::new(then),
            )
        })
    }

    fn create_media_folder<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateMediaFolderWhen, operations::CreateMediaFolderThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateMediaFolderWhen::new(when),
                operations::CreateMediaFolderThen::new(then),
            )
        })
    }

    fn get_media_folder<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetMediaFolderWhen, operations::GetMediaFolderThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetMediaFolderWhen::new(when),
                operations::GetMediaFolderThen::new(then),
            )
        })
    }

    fn delete_media_folder<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteMediaFolderWhen, operations::DeleteMediaFolderThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteMediaFolderWhen::new(when),
                operations::DeleteMediaFolderThen::new(then),
            )
        })
    }

    fn update_media_folder<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateMediaFolderWhen, operations::UpdateMediaFolderThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateMediaFolderWhen::new(when),
                operations::UpdateMediaFolderThen::new(then),
            )
        })
    }

    fn send_message<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SendMessageWhen, operations::SendMessageThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SendMessageWhen::new(when),
                operations::SendMessageThen::new(then),
            )
        })
    }

    fn list_tickets<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListTicketsWhen, operations::ListTicketsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListTicketsWhen::new(when),
                operations::ListTicketsThen::new(then),
            )
        })
    }

    fn create_ticket<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateTicketWhen, operations::CreateTicketThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateTicketWhen::new(when),
                operations::CreateTicketThen::new(then),
            )
        })
    }

    fn update_ticket<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateTicketWhen, operations::UpdateTicketThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateTicketWhen::new(when),
                operations::UpdateTicketThen::new(then),
            )
        })
    }

    fn list_agent_activities<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListAgentActivitiesWhen,
            operations::ListAgentActivitiesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListAgentActivitiesWhen::new(when),
                operations::ListAgentActivitiesThen::new(then),
            )
        })
    }
}
