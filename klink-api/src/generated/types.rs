// @generated from openapi/klink.yaml by `cargo xtask generate`.
// Do not edit by hand: change the spec or the codegen crate and regenerate.

/// An error body. The docs give no schema for errors, so every field is
/// optional and unknown fields are kept in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ErrorEnvelope {
    /// A human-readable explanation.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// The status, an integer in success envelopes; its type in error bodies is unknown.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::serde_json::Value>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl ErrorEnvelope {
    pub fn builder() -> builder::ErrorEnvelope {
        Default::default()
    }
}

/// A message stored in a room. Every key is present in every payload the
/// docs show, so the timestamps and the fields shown as `null` are
/// required (a `null` is kept, not dropped, when the message is written
/// back). Fields the docs only show as `null` hold any JSON value because
/// their non-null type is unknown; string fields default to `""`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Message {
    pub actor: Unknown,
    #[serde(rename = "actorId")]
    pub actor_id: Unknown,
    /// Who sent the message, `api` in the docs; the full set is unknown.
    #[serde(rename = "actorType", default)]
    pub actor_type: ::std::string::String,
    pub assignee: Unknown,
    #[serde(rename = "assigneeId")]
    pub assignee_id: Unknown,
    pub attachments: Unknown,
    #[serde(rename = "clientRequestId", default)]
    pub client_request_id: ::std::string::String,
    #[serde(rename = "contactId")]
    pub contact_id: Unknown,
    #[serde(rename = "createdAt")]
    pub created_at: crate::Timestamp,
    /// Set when the message was deleted.
    #[serde(
        rename = "deletedAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub deleted_at: ::std::option::Option<crate::Timestamp>,
    /// `outgoing` in the docs; inbound messages are presumably
    /// `incoming`, but the full set is unknown.
    #[serde(default)]
    pub direction: ::std::string::String,
    #[serde(
        rename = "editedAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub edited_at: ::std::option::Option<crate::Timestamp>,
    #[serde(rename = "editedMessage")]
    pub edited_message: Unknown,
    #[serde(rename = "editedMessageId")]
    pub edited_message_id: Unknown,
    #[serde(rename = "editedMessagePartitionKey")]
    pub edited_message_partition_key: Unknown,
    /// The message id (a UUID).
    pub id: ::std::string::String,
    #[serde(rename = "imageSetId", default)]
    pub image_set_id: ::std::string::String,
    #[serde(rename = "isEdited", default)]
    pub is_edited: bool,
    #[serde(default)]
    pub label: ::std::string::String,
    #[serde(rename = "linkMessageId")]
    pub link_message_id: Unknown,
    #[serde(rename = "linkMessagePartitionKey")]
    pub link_message_partition_key: Unknown,
    #[serde(default)]
    pub locale: ::std::string::String,
    /// The text of the message; empty for media messages.
    #[serde(default)]
    pub message: ::std::string::String,
    /// Channel-specific metadata; its keys are unknown.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// The storage partition, e.g. `2026_02` (snake_case in the API).
    #[serde(default)]
    pub partition_key: ::std::string::String,
    /// The channel platform's id for the conversation.
    #[serde(rename = "platformId", default)]
    pub platform_id: ::std::string::String,
    /// The channel platform's id for this message.
    #[serde(rename = "platformMessageId", default)]
    pub platform_message_id: ::std::string::String,
    #[serde(rename = "previewUrl", default)]
    pub preview_url: ::std::string::String,
    #[serde(rename = "readAt", deserialize_with = "::std::option::Option::deserialize")]
    pub read_at: ::std::option::Option<crate::Timestamp>,
    #[serde(rename = "receiverMetadata")]
    pub receiver_metadata: Unknown,
    #[serde(rename = "repliedMessage")]
    pub replied_message: Unknown,
    #[serde(rename = "replyPlatformMessageId")]
    pub reply_platform_message_id: Unknown,
    #[serde(rename = "replyReaction")]
    pub reply_reaction: Unknown,
    /// The room; empty in the docs, so its fields are unknown.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub room: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// The conversation room (a UUID).
    #[serde(rename = "roomId", default)]
    pub room_id: ::std::string::String,
    #[serde(rename = "senderId")]
    pub sender_id: Unknown,
    pub template: Unknown,
    /// The content type, e.g. `text` or `image`; the full set is unknown.
    #[serde(rename = "type", default)]
    pub type_: ::std::string::String,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
    /// The attached upload, or `null` when there is none.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub upload: ::std::option::Option<Upload>,
    /// The attached upload (a UUID), if any.
    #[serde(rename = "uploadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub upload_id: ::std::option::Option<::std::string::String>,
    #[serde(default)]
    pub url: ::std::string::String,
    #[serde(rename = "workflowRule")]
    pub workflow_rule: Unknown,
}

impl Message {
    pub fn builder() -> builder::Message {
        Default::default()
    }
}

/// The response envelope around one message.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MessageEnvelope {
    pub data: Message,
    /// A human-readable outcome, e.g. `Message sent successfully`.
    pub message: ::std::string::String,
    /// The HTTP status, repeated in the body.
    pub status: i64,
}

impl MessageEnvelope {
    pub fn builder() -> builder::MessageEnvelope {
        Default::default()
    }
}

/// An outgoing message to one contact.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SendMessageRequest {
    /// The contact (a UUID) to send to.
    #[serde(rename = "contactId")]
    pub contact_id: ::std::string::String,
    /// Client-side creation time. Whether the server requires it is unknown.
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<crate::Timestamp>,
    /// The text to send (for text messages).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// The kind of message, `text` in the docs. The full set of values
    /// is unknown (media types exist), so this is a plain string.
    #[serde(rename = "messageType")]
    pub message_type: ::std::string::String,
}

impl SendMessageRequest {
    pub fn builder() -> builder::SendMessageRequest {
        Default::default()
    }
}

/// A field the docs only show as `null`: its non-null type is unknown,
/// so it holds any JSON value (`null` included: a schema without a
/// `type` accepts every value).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Unknown(pub ::serde_json::Value);

impl ::std::ops::Deref for Unknown {
    type Target = ::serde_json::Value;
    fn deref(&self) -> &::serde_json::Value {
        &self.0
    }
}

impl ::std::convert::From<Unknown> for ::serde_json::Value {
    fn from(value: Unknown) -> Self {
        value.0
    }
}

impl ::std::convert::From<::serde_json::Value> for Unknown {
    fn from(value: ::serde_json::Value) -> Self {
        Self(value)
    }
}

/// A file in the media manager, attached to a message.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Upload {
    #[serde(rename = "createdAt")]
    pub created_at: crate::Timestamp,
    #[serde(
        rename = "deletedAt",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub deleted_at: ::std::option::Option<crate::Timestamp>,
    #[serde(rename = "fileName", default)]
    pub file_name: ::std::string::String,
    /// Size in bytes.
    #[serde(rename = "fileSize", skip_serializing_if = "::std::option::Option::is_none")]
    pub file_size: ::std::option::Option<i64>,
    /// A signed, expiring download URL.
    #[serde(rename = "fileUrl", default)]
    pub file_url: ::std::string::String,
    #[serde(rename = "originalUrl", default)]
    pub original_url: ::std::string::String,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
}

impl Upload {
    pub fn builder() -> builder::Upload {
        Default::default()
    }
}

/// The contact in a `contact.create` webhook. It is not the REST contact
/// (this payload has `companyId` and `contactEmails`), so it has a schema
/// of its own. The docs' example stops part-way through the first email
/// address: only the keys shown before that point are modelled, and any
/// other key is kept in `extra`. `id` and the keys shown as `null` are
/// required (a `null` is kept, not dropped, when the payload is written
/// back); the rest are optional, and a `null` in them reads as absent.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct WebhookContact {
    /// A postal address, free text.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<::std::string::String>,
    /// The channel the contact came from, `whatsapp` in the docs; the
    /// full set is unknown, so this is an open string.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub channel: ::std::option::Option<::std::string::String>,
    pub company: Unknown,
    #[serde(rename = "companyId")]
    pub company_id: Unknown,
    /// The contact's email addresses.
    #[serde(
        rename = "contactEmails",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub contact_emails: ::std::vec::Vec<WebhookContactEmail>,
    /// The contact id (a UUID).
    pub id: ::std::string::String,
    /// The contact's name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl WebhookContact {
    pub fn builder() -> builder::WebhookContact {
        Default::default()
    }
}

/// The `contact.create` webhook, "triggered when a new contact is added
/// to your system": the envelope with the new contact as `data`. Used by
/// no path (OpenAPI 3.0 has no `webhooks` key).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct WebhookContactCreate {
    pub data: WebhookContact,
    /// The event type, `contact.create`.
    pub event: ::std::string::String,
    /// When the contact was created, in UTC.
    pub timestamp: crate::Timestamp,
}

impl WebhookContactCreate {
    pub fn builder() -> builder::WebhookContactCreate {
        Default::default()
    }
}

/// One email address of a webhook contact. The docs' example stops after
/// `isPrimary` (the next key begins `createdA`), so the keys after it are
/// unknown and kept in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct WebhookContactEmail {
    /// The address.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// The email address's id (a UUID).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Whether this is the contact's primary address.
    #[serde(
        rename = "isPrimary",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_primary: ::std::option::Option<bool>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl WebhookContactEmail {
    pub fn builder() -> builder::WebhookContactEmail {
        Default::default()
    }
}

/// The body of every webhook request K-LINK sends (a JSON `POST` to the
/// endpoint URL you register, signed with HMAC-SHA256 in the
/// `x-signature` header). OpenAPI 3.0 has no `webhooks` key, so no path
/// refers to this schema. `data` depends on `event`; see
/// `WebhookContactCreate` for the one event whose payload the docs show.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct WebhookEnvelope {
    /// The event's payload: an object in the docs, whose shape depends
    /// on `event`. Any JSON here, so an event whose payload is not
    /// published still decodes.
    pub data: ::serde_json::Value,
    /// The event type, e.g. `contact.create`, `message.inbound` or
    /// `message.outbound`. The docs publish no full catalogue (contact
    /// update and room solved are named only in prose), so this is an
    /// open string.
    pub event: ::std::string::String,
    /// When the event happened, in UTC. The docs show six fractional
    /// digits (`2026-01-09T03:42:38.000000Z`).
    pub timestamp: crate::Timestamp,
}

impl WebhookEnvelope {
    pub fn builder() -> builder::WebhookEnvelope {
        Default::default()
    }
}

/// Types for composing complex structures.
pub mod builder {
    #[derive(Clone, Debug)]
    pub struct ErrorEnvelope {
        message: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        status: ::std::result::Result<
            ::std::option::Option<::serde_json::Value>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for ErrorEnvelope {
        fn default() -> Self {
            Self {
                message: Ok(Default::default()),
                status: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl ErrorEnvelope {
        pub fn message<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.message = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for message: {e}")
                });
            self
        }

        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }

        pub fn extra<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.extra = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for extra: {e}"));
            self
        }
    }

    impl ::std::convert::TryFrom<ErrorEnvelope> for super::ErrorEnvelope {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ErrorEnvelope,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                message: value.message?,
                status: value.status?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::ErrorEnvelope> for ErrorEnvelope {
        fn from(value: super::ErrorEnvelope) -> Self {
            Self {
                message: Ok(value.message),
                status: Ok(value.status),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct Message {
        actor: ::std::result::Result<super::Unknown, ::std::string::String>,
        actor_id: ::std::result::Result<super::Unknown, ::std::string::String>,
        actor_type: ::std::result::Result<::std::string::String, ::std::string::String>,
        assignee: ::std::result::Result<super::Unknown, ::std::string::String>,
        assignee_id: ::std::result::Result<super::Unknown, ::std::string::String>,
        attachments: ::std::result::Result<super::Unknown, ::std::string::String>,
        client_request_id: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        contact_id: ::std::result::Result<super::Unknown, ::std::string::String>,
        created_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
        deleted_at: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        direction: ::std::result::Result<::std::string::String, ::std::string::String>,
        edited_at: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        edited_message: ::std::result::Result<super::Unknown, ::std::string::String>,
        edited_message_id: ::std::result::Result<super::Unknown, ::std::string::String>,
        edited_message_partition_key: ::std::result::Result<
            super::Unknown,
            ::std::string::String,
        >,
        id: ::std::result::Result<::std::string::String, ::std::string::String>,
        image_set_id: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        is_edited: ::std::result::Result<bool, ::std::string::String>,
        label: ::std::result::Result<::std::string::String, ::std::string::String>,
        link_message_id: ::std::result::Result<super::Unknown, ::std::string::String>,
        link_message_partition_key: ::std::result::Result<
            super::Unknown,
            ::std::string::String,
        >,
        locale: ::std::result::Result<::std::string::String, ::std::string::String>,
        message: ::std::result::Result<::std::string::String, ::std::string::String>,
        metadata: ::std::result::Result<
            ::std::option::Option<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
            ::std::string::String,
        >,
        partition_key: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        platform_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        platform_message_id: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        preview_url: ::std::result::Result<::std::string::String, ::std::string::String>,
        read_at: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        receiver_metadata: ::std::result::Result<super::Unknown, ::std::string::String>,
        replied_message: ::std::result::Result<super::Unknown, ::std::string::String>,
        reply_platform_message_id: ::std::result::Result<
            super::Unknown,
            ::std::string::String,
        >,
        reply_reaction: ::std::result::Result<super::Unknown, ::std::string::String>,
        room: ::std::result::Result<
            ::std::option::Option<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
            ::std::string::String,
        >,
        room_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        sender_id: ::std::result::Result<super::Unknown, ::std::string::String>,
        template: ::std::result::Result<super::Unknown, ::std::string::String>,
        type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        updated_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
        upload: ::std::result::Result<
            ::std::option::Option<super::Upload>,
            ::std::string::String,
        >,
        upload_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        url: ::std::result::Result<::std::string::String, ::std::string::String>,
        workflow_rule: ::std::result::Result<super::Unknown, ::std::string::String>,
    }

    impl ::std::default::Default for Message {
        fn default() -> Self {
            Self {
                actor: Err("no value supplied for actor".to_string()),
                actor_id: Err("no value supplied for actor_id".to_string()),
                actor_type: Ok(Default::default()),
                assignee: Err("no value supplied for assignee".to_string()),
                assignee_id: Err("no value supplied for assignee_id".to_string()),
                attachments: Err("no value supplied for attachments".to_string()),
                client_request_id: Ok(Default::default()),
                contact_id: Err("no value supplied for contact_id".to_string()),
                created_at: Err("no value supplied for created_at".to_string()),
                deleted_at: Err("no value supplied for deleted_at".to_string()),
                direction: Ok(Default::default()),
                edited_at: Err("no value supplied for edited_at".to_string()),
                edited_message: Err("no value supplied for edited_message".to_string()),
                edited_message_id: Err(
                    "no value supplied for edited_message_id".to_string(),
                ),
                edited_message_partition_key: Err(
                    "no value supplied for edited_message_partition_key".to_string(),
                ),
                id: Err("no value supplied for id".to_string()),
                image_set_id: Ok(Default::default()),
                is_edited: Ok(Default::default()),
                label: Ok(Default::default()),
                link_message_id: Err(
                    "no value supplied for link_message_id".to_string(),
                ),
                link_message_partition_key: Err(
                    "no value supplied for link_message_partition_key".to_string(),
                ),
                locale: Ok(Default::default()),
                message: Ok(Default::default()),
                metadata: Ok(Default::default()),
                partition_key: Ok(Default::default()),
                platform_id: Ok(Default::default()),
                platform_message_id: Ok(Default::default()),
                preview_url: Ok(Default::default()),
                read_at: Err("no value supplied for read_at".to_string()),
                receiver_metadata: Err(
                    "no value supplied for receiver_metadata".to_string(),
                ),
                replied_message: Err(
                    "no value supplied for replied_message".to_string(),
                ),
                reply_platform_message_id: Err(
                    "no value supplied for reply_platform_message_id".to_string(),
                ),
                reply_reaction: Err("no value supplied for reply_reaction".to_string()),
                room: Ok(Default::default()),
                room_id: Ok(Default::default()),
                sender_id: Err("no value supplied for sender_id".to_string()),
                template: Err("no value supplied for template".to_string()),
                type_: Ok(Default::default()),
                updated_at: Err("no value supplied for updated_at".to_string()),
                upload: Ok(Default::default()),
                upload_id: Ok(Default::default()),
                url: Ok(Default::default()),
                workflow_rule: Err("no value supplied for workflow_rule".to_string()),
            }
        }
    }

    impl Message {
        pub fn actor<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.actor = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for actor: {e}"));
            self
        }

        pub fn actor_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.actor_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for actor_id: {e}")
                });
            self
        }

        pub fn actor_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.actor_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for actor_type: {e}")
                });
            self
        }

        pub fn assignee<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.assignee = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for assignee: {e}")
                });
            self
        }

        pub fn assignee_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.assignee_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for assignee_id: {e}")
                });
            self
        }

        pub fn attachments<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.attachments = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for attachments: {e}")
                });
            self
        }

        pub fn client_request_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.client_request_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for client_request_id: {e}")
                });
            self
        }

        pub fn contact_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.contact_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contact_id: {e}")
                });
            self
        }

        pub fn created_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::Timestamp>,
            T::Error: ::std::fmt::Display,
        {
            self.created_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for created_at: {e}")
                });
            self
        }

        pub fn deleted_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
            T::Error: ::std::fmt::Display,
        {
            self.deleted_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for deleted_at: {e}")
                });
            self
        }

        pub fn direction<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.direction = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for direction: {e}")
                });
            self
        }

        pub fn edited_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
            T::Error: ::std::fmt::Display,
        {
            self.edited_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for edited_at: {e}")
                });
            self
        }

        pub fn edited_message<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.edited_message = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for edited_message: {e}")
                });
            self
        }

        pub fn edited_message_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.edited_message_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for edited_message_id: {e}")
                });
            self
        }

        pub fn edited_message_partition_key<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.edited_message_partition_key = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for edited_message_partition_key: {e}"
                    )
                });
            self
        }

        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }

        pub fn image_set_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.image_set_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for image_set_id: {e}")
                });
            self
        }

        pub fn is_edited<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.is_edited = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for is_edited: {e}")
                });
            self
        }

        pub fn label<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.label = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for label: {e}"));
            self
        }

        pub fn link_message_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.link_message_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for link_message_id: {e}")
                });
            self
        }

        pub fn link_message_partition_key<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.link_message_partition_key = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for link_message_partition_key: {e}"
                    )
                });
            self
        }

        pub fn locale<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.locale = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for locale: {e}"));
            self
        }

        pub fn message<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.message = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for message: {e}")
                });
            self
        }

        pub fn metadata<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.metadata = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for metadata: {e}")
                });
            self
        }

        pub fn partition_key<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.partition_key = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for partition_key: {e}")
                });
            self
        }

        pub fn platform_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.platform_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for platform_id: {e}")
                });
            self
        }

        pub fn platform_message_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.platform_message_id = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for platform_message_id: {e}"
                    )
                });
            self
        }

        pub fn preview_url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.preview_url = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for preview_url: {e}")
                });
            self
        }

        pub fn read_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
            T::Error: ::std::fmt::Display,
        {
            self.read_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for read_at: {e}")
                });
            self
        }

        pub fn receiver_metadata<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.receiver_metadata = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for receiver_metadata: {e}")
                });
            self
        }

        pub fn replied_message<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.replied_message = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for replied_message: {e}")
                });
            self
        }

        pub fn reply_platform_message_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.reply_platform_message_id = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for reply_platform_message_id: {e}"
                    )
                });
            self
        }

        pub fn reply_reaction<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.reply_reaction = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reply_reaction: {e}")
                });
            self
        }

        pub fn room<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.room = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for room: {e}"));
            self
        }

        pub fn room_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.room_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for room_id: {e}")
                });
            self
        }

        pub fn sender_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.sender_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for sender_id: {e}")
                });
            self
        }

        pub fn template<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.template = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for template: {e}")
                });
            self
        }

        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }

        pub fn updated_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::Timestamp>,
            T::Error: ::std::fmt::Display,
        {
            self.updated_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for updated_at: {e}")
                });
            self
        }

        pub fn upload<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Upload>>,
            T::Error: ::std::fmt::Display,
        {
            self.upload = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for upload: {e}"));
            self
        }

        pub fn upload_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.upload_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for upload_id: {e}")
                });
            self
        }

        pub fn url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.url = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for url: {e}"));
            self
        }

        pub fn workflow_rule<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.workflow_rule = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for workflow_rule: {e}")
                });
            self
        }
    }

    impl ::std::convert::TryFrom<Message> for super::Message {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Message,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                actor: value.actor?,
                actor_id: value.actor_id?,
                actor_type: value.actor_type?,
                assignee: value.assignee?,
                assignee_id: value.assignee_id?,
                attachments: value.attachments?,
                client_request_id: value.client_request_id?,
                contact_id: value.contact_id?,
                created_at: value.created_at?,
                deleted_at: value.deleted_at?,
                direction: value.direction?,
                edited_at: value.edited_at?,
                edited_message: value.edited_message?,
                edited_message_id: value.edited_message_id?,
                edited_message_partition_key: value.edited_message_partition_key?,
                id: value.id?,
                image_set_id: value.image_set_id?,
                is_edited: value.is_edited?,
                label: value.label?,
                link_message_id: value.link_message_id?,
                link_message_partition_key: value.link_message_partition_key?,
                locale: value.locale?,
                message: value.message?,
                metadata: value.metadata?,
                partition_key: value.partition_key?,
                platform_id: value.platform_id?,
                platform_message_id: value.platform_message_id?,
                preview_url: value.preview_url?,
                read_at: value.read_at?,
                receiver_metadata: value.receiver_metadata?,
                replied_message: value.replied_message?,
                reply_platform_message_id: value.reply_platform_message_id?,
                reply_reaction: value.reply_reaction?,
                room: value.room?,
                room_id: value.room_id?,
                sender_id: value.sender_id?,
                template: value.template?,
                type_: value.type_?,
                updated_at: value.updated_at?,
                upload: value.upload?,
                upload_id: value.upload_id?,
                url: value.url?,
                workflow_rule: value.workflow_rule?,
            })
        }
    }

    impl ::std::convert::From<super::Message> for Message {
        fn from(value: super::Message) -> Self {
            Self {
                actor: Ok(value.actor),
                actor_id: Ok(value.actor_id),
                actor_type: Ok(value.actor_type),
                assignee: Ok(value.assignee),
                assignee_id: Ok(value.assignee_id),
                attachments: Ok(value.attachments),
                client_request_id: Ok(value.client_request_id),
                contact_id: Ok(value.contact_id),
                created_at: Ok(value.created_at),
                deleted_at: Ok(value.deleted_at),
                direction: Ok(value.direction),
                edited_at: Ok(value.edited_at),
                edited_message: Ok(value.edited_message),
                edited_message_id: Ok(value.edited_message_id),
                edited_message_partition_key: Ok(value.edited_message_partition_key),
                id: Ok(value.id),
                image_set_id: Ok(value.image_set_id),
                is_edited: Ok(value.is_edited),
                label: Ok(value.label),
                link_message_id: Ok(value.link_message_id),
                link_message_partition_key: Ok(value.link_message_partition_key),
                locale: Ok(value.locale),
                message: Ok(value.message),
                metadata: Ok(value.metadata),
                partition_key: Ok(value.partition_key),
                platform_id: Ok(value.platform_id),
                platform_message_id: Ok(value.platform_message_id),
                preview_url: Ok(value.preview_url),
                read_at: Ok(value.read_at),
                receiver_metadata: Ok(value.receiver_metadata),
                replied_message: Ok(value.replied_message),
                reply_platform_message_id: Ok(value.reply_platform_message_id),
                reply_reaction: Ok(value.reply_reaction),
                room: Ok(value.room),
                room_id: Ok(value.room_id),
                sender_id: Ok(value.sender_id),
                template: Ok(value.template),
                type_: Ok(value.type_),
                updated_at: Ok(value.updated_at),
                upload: Ok(value.upload),
                upload_id: Ok(value.upload_id),
                url: Ok(value.url),
                workflow_rule: Ok(value.workflow_rule),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct MessageEnvelope {
        data: ::std::result::Result<super::Message, ::std::string::String>,
        message: ::std::result::Result<::std::string::String, ::std::string::String>,
        status: ::std::result::Result<i64, ::std::string::String>,
    }

    impl ::std::default::Default for MessageEnvelope {
        fn default() -> Self {
            Self {
                data: Err("no value supplied for data".to_string()),
                message: Err("no value supplied for message".to_string()),
                status: Err("no value supplied for status".to_string()),
            }
        }
    }

    impl MessageEnvelope {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Message>,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
            self
        }

        pub fn message<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.message = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for message: {e}")
                });
            self
        }

        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
    }

    impl ::std::convert::TryFrom<MessageEnvelope> for super::MessageEnvelope {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MessageEnvelope,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                message: value.message?,
                status: value.status?,
            })
        }
    }

    impl ::std::convert::From<super::MessageEnvelope> for MessageEnvelope {
        fn from(value: super::MessageEnvelope) -> Self {
            Self {
                data: Ok(value.data),
                message: Ok(value.message),
                status: Ok(value.status),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct SendMessageRequest {
        contact_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        created_at: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        message: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        message_type: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for SendMessageRequest {
        fn default() -> Self {
            Self {
                contact_id: Err("no value supplied for contact_id".to_string()),
                created_at: Ok(Default::default()),
                message: Ok(Default::default()),
                message_type: Err("no value supplied for message_type".to_string()),
            }
        }
    }

    impl SendMessageRequest {
        pub fn contact_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.contact_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contact_id: {e}")
                });
            self
        }

        pub fn created_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
            T::Error: ::std::fmt::Display,
        {
            self.created_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for created_at: {e}")
                });
            self
        }

        pub fn message<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.message = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for message: {e}")
                });
            self
        }

        pub fn message_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.message_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for message_type: {e}")
                });
            self
        }
    }

    impl ::std::convert::TryFrom<SendMessageRequest> for super::SendMessageRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: SendMessageRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                contact_id: value.contact_id?,
                created_at: value.created_at?,
                message: value.message?,
                message_type: value.message_type?,
            })
        }
    }

    impl ::std::convert::From<super::SendMessageRequest> for SendMessageRequest {
        fn from(value: super::SendMessageRequest) -> Self {
            Self {
                contact_id: Ok(value.contact_id),
                created_at: Ok(value.created_at),
                message: Ok(value.message),
                message_type: Ok(value.message_type),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct Upload {
        created_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
        deleted_at: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        file_name: ::std::result::Result<::std::string::String, ::std::string::String>,
        file_size: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        file_url: ::std::result::Result<::std::string::String, ::std::string::String>,
        original_url: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        updated_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
    }

    impl ::std::default::Default for Upload {
        fn default() -> Self {
            Self {
                created_at: Err("no value supplied for created_at".to_string()),
                deleted_at: Err("no value supplied for deleted_at".to_string()),
                file_name: Ok(Default::default()),
                file_size: Ok(Default::default()),
                file_url: Ok(Default::default()),
                original_url: Ok(Default::default()),
                updated_at: Err("no value supplied for updated_at".to_string()),
            }
        }
    }

    impl Upload {
        pub fn created_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::Timestamp>,
            T::Error: ::std::fmt::Display,
        {
            self.created_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for created_at: {e}")
                });
            self
        }

        pub fn deleted_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
            T::Error: ::std::fmt::Display,
        {
            self.deleted_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for deleted_at: {e}")
                });
            self
        }

        pub fn file_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.file_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for file_name: {e}")
                });
            self
        }

        pub fn file_size<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.file_size = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for file_size: {e}")
                });
            self
        }

        pub fn file_url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.file_url = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for file_url: {e}")
                });
            self
        }

        pub fn original_url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.original_url = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for original_url: {e}")
                });
            self
        }

        pub fn updated_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::Timestamp>,
            T::Error: ::std::fmt::Display,
        {
            self.updated_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for updated_at: {e}")
                });
            self
        }
    }

    impl ::std::convert::TryFrom<Upload> for super::Upload {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Upload,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                created_at: value.created_at?,
                deleted_at: value.deleted_at?,
                file_name: value.file_name?,
                file_size: value.file_size?,
                file_url: value.file_url?,
                original_url: value.original_url?,
                updated_at: value.updated_at?,
            })
        }
    }

    impl ::std::convert::From<super::Upload> for Upload {
        fn from(value: super::Upload) -> Self {
            Self {
                created_at: Ok(value.created_at),
                deleted_at: Ok(value.deleted_at),
                file_name: Ok(value.file_name),
                file_size: Ok(value.file_size),
                file_url: Ok(value.file_url),
                original_url: Ok(value.original_url),
                updated_at: Ok(value.updated_at),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct WebhookContact {
        address: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        channel: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        company: ::std::result::Result<super::Unknown, ::std::string::String>,
        company_id: ::std::result::Result<super::Unknown, ::std::string::String>,
        contact_emails: ::std::result::Result<
            ::std::vec::Vec<super::WebhookContactEmail>,
            ::std::string::String,
        >,
        id: ::std::result::Result<::std::string::String, ::std::string::String>,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for WebhookContact {
        fn default() -> Self {
            Self {
                address: Ok(Default::default()),
                channel: Ok(Default::default()),
                company: Err("no value supplied for company".to_string()),
                company_id: Err("no value supplied for company_id".to_string()),
                contact_emails: Ok(Default::default()),
                id: Err("no value supplied for id".to_string()),
                name: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl WebhookContact {
        pub fn address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for address: {e}")
                });
            self
        }

        pub fn channel<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.channel = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for channel: {e}")
                });
            self
        }

        pub fn company<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.company = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for company: {e}")
                });
            self
        }

        pub fn company_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Unknown>,
            T::Error: ::std::fmt::Display,
        {
            self.company_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for company_id: {e}")
                });
            self
        }

        pub fn contact_emails<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::WebhookContactEmail>>,
            T::Error: ::std::fmt::Display,
        {
            self.contact_emails = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contact_emails: {e}")
                });
            self
        }

        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }

        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }

        pub fn extra<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.extra = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for extra: {e}"));
            self
        }
    }

    impl ::std::convert::TryFrom<WebhookContact> for super::WebhookContact {
        type Error = super::error::ConversionError;
        fn try_from(
            value: WebhookContact,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                address: value.address?,
                channel: value.channel?,
                company: value.company?,
                company_id: value.company_id?,
                contact_emails: value.contact_emails?,
                id: value.id?,
                name: value.name?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::WebhookContact> for WebhookContact {
        fn from(value: super::WebhookContact) -> Self {
            Self {
                address: Ok(value.address),
                channel: Ok(value.channel),
                company: Ok(value.company),
                company_id: Ok(value.company_id),
                contact_emails: Ok(value.contact_emails),
                id: Ok(value.id),
                name: Ok(value.name),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct WebhookContactCreate {
        data: ::std::result::Result<super::WebhookContact, ::std::string::String>,
        event: ::std::result::Result<::std::string::String, ::std::string::String>,
        timestamp: ::std::result::Result<crate::Timestamp, ::std::string::String>,
    }

    impl ::std::default::Default for WebhookContactCreate {
        fn default() -> Self {
            Self {
                data: Err("no value supplied for data".to_string()),
                event: Err("no value supplied for event".to_string()),
                timestamp: Err("no value supplied for timestamp".to_string()),
            }
        }
    }

    impl WebhookContactCreate {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::WebhookContact>,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
            self
        }

        pub fn event<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.event = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for event: {e}"));
            self
        }

        pub fn timestamp<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::Timestamp>,
            T::Error: ::std::fmt::Display,
        {
            self.timestamp = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for timestamp: {e}")
                });
            self
        }
    }

    impl ::std::convert::TryFrom<WebhookContactCreate> for super::WebhookContactCreate {
        type Error = super::error::ConversionError;
        fn try_from(
            value: WebhookContactCreate,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                event: value.event?,
                timestamp: value.timestamp?,
            })
        }
    }

    impl ::std::convert::From<super::WebhookContactCreate> for WebhookContactCreate {
        fn from(value: super::WebhookContactCreate) -> Self {
            Self {
                data: Ok(value.data),
                event: Ok(value.event),
                timestamp: Ok(value.timestamp),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct WebhookContactEmail {
        email: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        is_primary: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for WebhookContactEmail {
        fn default() -> Self {
            Self {
                email: Ok(Default::default()),
                id: Ok(Default::default()),
                is_primary: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl WebhookContactEmail {
        pub fn email<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.email = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for email: {e}"));
            self
        }

        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }

        pub fn is_primary<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.is_primary = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for is_primary: {e}")
                });
            self
        }

        pub fn extra<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.extra = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for extra: {e}"));
            self
        }
    }

    impl ::std::convert::TryFrom<WebhookContactEmail> for super::WebhookContactEmail {
        type Error = super::error::ConversionError;
        fn try_from(
            value: WebhookContactEmail,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                email: value.email?,
                id: value.id?,
                is_primary: value.is_primary?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::WebhookContactEmail> for WebhookContactEmail {
        fn from(value: super::WebhookContactEmail) -> Self {
            Self {
                email: Ok(value.email),
                id: Ok(value.id),
                is_primary: Ok(value.is_primary),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct WebhookEnvelope {
        data: ::std::result::Result<::serde_json::Value, ::std::string::String>,
        event: ::std::result::Result<::std::string::String, ::std::string::String>,
        timestamp: ::std::result::Result<crate::Timestamp, ::std::string::String>,
    }

    impl ::std::default::Default for WebhookEnvelope {
        fn default() -> Self {
            Self {
                data: Err("no value supplied for data".to_string()),
                event: Err("no value supplied for event".to_string()),
                timestamp: Err("no value supplied for timestamp".to_string()),
            }
        }
    }

    impl WebhookEnvelope {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::serde_json::Value>,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
            self
        }

        pub fn event<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.event = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for event: {e}"));
            self
        }

        pub fn timestamp<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::Timestamp>,
            T::Error: ::std::fmt::Display,
        {
            self.timestamp = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for timestamp: {e}")
                });
            self
        }
    }

    impl ::std::convert::TryFrom<WebhookEnvelope> for super::WebhookEnvelope {
        type Error = super::error::ConversionError;
        fn try_from(
            value: WebhookEnvelope,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                event: value.event?,
                timestamp: value.timestamp?,
            })
        }
    }

    impl ::std::convert::From<super::WebhookEnvelope> for WebhookEnvelope {
        fn from(value: super::WebhookEnvelope) -> Self {
            Self {
                data: Ok(value.data),
                event: Ok(value.event),
                timestamp: Ok(value.timestamp),
            }
        }
    }
}

/// Error types.
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    pub struct ConversionError(::std::borrow::Cow<'static, str>);

    impl ::std::error::Error for ConversionError {}

    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }

    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }

    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }

    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
