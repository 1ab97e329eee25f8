// @generated from openapi/klink.yaml by `cargo xtask generate`.
// Do not edit by hand: change the spec or the codegen crate and regenerate.

/// One presence-status change of an agent; the docs' example stops inside it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AgentActivity {
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// The status the agent moved from; whether it can be `null` (a first status) is unknown, so it may be.
    #[serde(
        rename = "previousPresenceStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub previous_presence_status: ::std::option::Option<PresenceStatus>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl AgentActivity {
    pub fn builder() -> builder::AgentActivity {
        Default::default()
    }
}

/// One page of presence-status changes. The docs' example stops inside
/// `data`; whether the list envelope's counters follow is not shown.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AgentActivityPage {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub data: ::std::vec::Vec<AgentActivity>,
    #[serde(rename = "lastPage", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_page: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl AgentActivityPage {
    pub fn builder() -> builder::AgentActivityPage {
        Default::default()
    }
}

/// A category. `deletedAt` and `parentId` are only shown as `null` and
/// `childCategoryList` only as `[]` (presumably nested categories), so
/// the three are left to `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Category {
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// `1` for top-level categories.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub level: ::std::option::Option<i64>,
    #[serde(
        rename = "sortOrder",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sort_order: ::std::option::Option<i64>,
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<crate::Timestamp>,
    /// The category's text; may be empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl Category {
    pub fn builder() -> builder::Category {
        Default::default()
    }
}

/// The categories. The docs' example stops inside `data`; whether the
/// list envelope's counters follow is not shown, so they are optional.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CategoryList {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub data: ::std::vec::Vec<Category>,
    #[serde(rename = "lastPage", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_page: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl CategoryList {
    pub fn builder() -> builder::CategoryList {
        Default::default()
    }
}

/// A comment on a room; the docs' example stops after `type`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Comment {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roomId", skip_serializing_if = "::std::option::Option::is_none")]
    pub room_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<::std::string::String>,
    /// `comment` in the docs.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl Comment {
    pub fn builder() -> builder::Comment {
        Default::default()
    }
}

/// One page of a room's comments. The docs' example stops inside
/// `data`; whether the list envelope's counters follow is not shown.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CommentPage {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub data: ::std::vec::Vec<Comment>,
    #[serde(rename = "lastPage", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_page: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i64>,
    #[serde(
        rename = "requestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl CommentPage {
    pub fn builder() -> builder::CommentPage {
        Default::default()
    }
}

/// The company linked to a contact; the docs' example stops inside `name`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Company {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl Company {
    pub fn builder() -> builder::Company {
        Default::default()
    }
}

/// A contact, with the keys the current Detail example shows before it
/// stops. `address`, `channel` and `notes` are only shown as `null`
/// there (the old pages call them strings), so they are left to
/// `extra`, with everything after the cut. The old contacts page also
/// lists `customFields` (or `custom_fields`), `phone`, `email` and
/// `contact_groups`, arrays of objects whose shapes it does not give;
/// the current docs show none of them and say the current key for
/// custom fields and emails is unknown, so they too are left to
/// `extra`. Contacts inside CX logs and webhooks have other shapes and
/// are separate schemas.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Contact {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub company: ::std::option::Option<Company>,
    /// The contact id (a UUID in current examples, 16 characters in old ones).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// The name shown in the contact list; defaults to the username.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "socialProfileUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub social_profile_url: ::std::option::Option<::std::string::String>,
    /// The contact's tags (objects here; `update_contact_tags` takes names).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub tags: ::std::vec::Vec<Tag>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl Contact {
    pub fn builder() -> builder::Contact {
        Default::default()
    }
}

/// The envelope around one contact; `status` is a string here (`success`).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactEnvelope {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<Contact>,
    /// `contact` in the docs.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl ContactEnvelope {
    pub fn builder() -> builder::ContactEnvelope {
        Default::default()
    }
}

/// A contact field of the tenant, custom or not (snake_case keys, as the docs show).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactField {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_archived: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_default: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_required: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_unique: ::std::option::Option<bool>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub options: ::std::vec::Vec<ContactFieldOption>,
    /// The field's key, e.g. `channel`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub system_name: ::std::option::Option<::std::string::String>,
    /// The field's kind; only `select` is shown, so it is a plain string.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl ContactField {
    pub fn builder() -> builder::ContactField {
        Default::default()
    }
}

/// One choice of a select field.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactFieldOption {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_default: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub label: ::std::option::Option<::std::string::String>,
    /// Free text (`phone`, `G-Mail`), not an enum.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl ContactFieldOption {
    pub fn builder() -> builder::ContactFieldOption {
        Default::default()
    }
}

/// One page of contact fields (the list envelope).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactFieldPage {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub data: ::std::vec::Vec<ContactField>,
    #[serde(rename = "lastPage", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_page: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl ContactFieldPage {
    pub fn builder() -> builder::ContactFieldPage {
        Default::default()
    }
}

/// One page of contacts (the list envelope).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactPage {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub data: ::std::vec::Vec<Contact>,
    /// The pagination guide calls it both "whether you reached the end"
    /// and "the number of pages"; the docs' numbers fit neither always.
    #[serde(rename = "lastPage", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_page: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i64>,
    /// The number of items in all pages.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl ContactPage {
    pub fn builder() -> builder::ContactPage {
        Default::default()
    }
}

/// The answer to a tag update (the docs' example is whole).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactTagsEnvelope {
    /// `null` in the docs; any JSON.
    pub data: ::serde_json::Value,
    pub message: ::std::string::String,
    /// `success` in the docs.
    pub status: ::std::string::String,
}

impl ContactTagsEnvelope {
    pub fn builder() -> builder::ContactTagsEnvelope {
        Default::default()
    }
}

/// A comment on a room. The docs' sample stops inside the first
/// mention; other fields are not published.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CreateCommentRequest {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub mentions: ::std::vec::Vec<Mention>,
    /// The text; `{0}`, `{1}`, ... mark where the mentions go.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl CreateCommentRequest {
    pub fn builder() -> builder::CreateCommentRequest {
        Default::default()
    }
}

/// A file to upload. The docs' sample stops inside `data`; other fields
/// (name, MIME type, folder, ...) are not published.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CreateMediaFileRequest {
    /// The file's bytes in base64 (the sample has no `data:` URL prefix).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl CreateMediaFileRequest {
    pub fn builder() -> builder::CreateMediaFileRequest {
        Default::default()
    }
}

/// A new ticket. The docs show these fields in a sample only; which are
/// required is not published, so all are optional. Other fields
/// (assignee, type, ...) may go in `extra`; whether the API accepts
/// them is not published.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CreateTicketRequest {
    /// E.g. `email`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub channel: ::std::option::Option<::std::string::String>,
    /// The contact the ticket belongs to (snake_case here; tickets say `contactId`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub contact_id: ::std::option::Option<::std::string::String>,
    /// Custom-field values by key (`cf_trackingid`); date fields as
    /// `YYYY-MM-DD`. The sample's values are strings; other value types
    /// are not published.
    #[serde(
        rename = "customFields",
        default,
        skip_serializing_if = "::serde_json::Map::is_empty"
    )]
    pub custom_fields: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// E.g. `high`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub priority: ::std::option::Option<::std::string::String>,
    /// E.g. `open`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// Tag ids (not names).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub tags: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl CreateTicketRequest {
    pub fn builder() -> builder::CreateTicketRequest {
        Default::default()
    }
}

/// One customer interaction ("case"). Durations are integers (their
/// unit is not stated; the sizes fit seconds) and `null` in the old
/// page's example. Left to `extra`: `caseId` (an integer in one
/// example, `null` in another), `deletedAt`, `customerPhone` and
/// `mailRoom` (only shown as `null`).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CxLog {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub agent: ::std::option::Option<LooseObject>,
    #[serde(rename = "agentId", skip_serializing_if = "::std::option::Option::is_none")]
    pub agent_id: ::std::option::Option<::std::string::String>,
    /// E.g. `messenger`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub channel: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "channelType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub channel_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "closedAssignee",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub closed_assignee: ::std::option::Option<LooseObject>,
    #[serde(
        rename = "closedAssigneeId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub closed_assignee_id: ::std::option::Option<::std::string::String>,
    /// E.g. `2026-03-30 09:15:20+00` (not RFC 3339).
    #[serde(rename = "closedAt", skip_serializing_if = "::std::option::Option::is_none")]
    pub closed_at: ::std::option::Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub contact: ::std::option::Option<CxLogContact>,
    #[serde(
        rename = "contactId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "contactLabel",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub contact_label: ::std::vec::Vec<::std::string::String>,
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<crate::Timestamp>,
    /// E.g. `processed`.
    #[serde(
        rename = "cxIntelligenceStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cx_intelligence_status: ::std::option::Option<::std::string::String>,
    /// E.g. `inbound`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub direction: ::std::option::Option<::std::string::String>,
    /// E.g. `Resolved`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub disposition: ::std::option::Option<::std::string::String>,
    #[serde(rename = "entityId", skip_serializing_if = "::std::option::Option::is_none")]
    pub entity_id: ::std::option::Option<::std::string::String>,
    /// E.g. `room`.
    #[serde(
        rename = "entityName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub entity_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "firstAssignee",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_assignee: ::std::option::Option<CxLogAgent>,
    #[serde(
        rename = "firstAssigneeId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_assignee_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "firstRepliedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_replied_time: ::std::option::Option<i64>,
    #[serde(
        rename = "firstResponseTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_response_time: ::std::option::Option<i64>,
    #[serde(
        rename = "fullHandledTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub full_handled_time: ::std::option::Option<i64>,
    #[serde(
        rename = "fullResolutionTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub full_resolution_time: ::std::option::Option<i64>,
    #[serde(
        rename = "handledTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub handled_time: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queueId", skip_serializing_if = "::std::option::Option::is_none")]
    pub queue_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "queueName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "resolutionTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resolution_time: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub room: ::std::option::Option<LooseObject>,
    /// E.g. `meet`.
    #[serde(
        rename = "slaStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sla_status: ::std::option::Option<::std::string::String>,
    /// E.g. `2026-03-30 08:30:00.000+00` (not RFC 3339).
    #[serde(
        rename = "startedDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub started_date: ::std::option::Option<crate::Timestamp>,
    #[serde(
        rename = "totalHoldDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_hold_duration: ::std::option::Option<i64>,
    /// The contact's id on the channel's platform (its `socialPlatformId`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uid: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<crate::Timestamp>,
    #[serde(
        rename = "wrapUpDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub wrap_up_duration: ::std::option::Option<i64>,
    #[serde(
        rename = "wrapUpFormId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub wrap_up_form_id: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl CxLog {
    pub fn builder() -> builder::CxLog {
        Default::default()
    }
}

/// An agent inside a CX log record (`firstAssignee`); the docs' example
/// stops inside `createdAt`. `address`, `phone` and `deletedaAt` (spelt
/// so in the docs) are only shown as `null` and are left to `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CxLogAgent {
    /// Cut off in the docs after `2024-05-10T`; RFC 3339 like every
    /// other `createdAt` of the same payload.
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "notificationCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notification_count: ::std::option::Option<i64>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl CxLogAgent {
    pub fn builder() -> builder::CxLogAgent {
        Default::default()
    }
}

/// The contact inside a CX log record (not the same shape as
/// `Contact`). `deletedAt` is only shown as `null` and is left to
/// `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CxLogContact {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub channel: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "companyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub company_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "contactNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_number: ::std::option::Option<::std::string::String>,
    /// A profile picture URL.
    #[serde(
        rename = "contactProfile",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_profile: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub notes: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "platformContacts",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub platform_contacts: ::std::vec::Vec<PlatformContact>,
    #[serde(
        rename = "socialProfileUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub social_profile_url: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub tags: ::std::vec::Vec<Tag>,
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<crate::Timestamp>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl CxLogContact {
    pub fn builder() -> builder::CxLogContact {
        Default::default()
    }
}

/// One page of CX log records. The pagination fields sit here, beside
/// `data`: the old page's example shows `total` and `page` and breaks
/// off at a key starting with `p`; `pageSize` and `lastPage` are the
/// pagination guide's names.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CxLogPage {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub data: ::std::vec::Vec<CxLog>,
    #[serde(rename = "lastPage", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_page: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl CxLogPage {
    pub fn builder() -> builder::CxLogPage {
        Default::default()
    }
}

/// The CX log listing; its page sits under `cxLogs`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CxLogResponse {
    #[serde(rename = "cxLogs", skip_serializing_if = "::std::option::Option::is_none")]
    pub cx_logs: ::std::option::Option<CxLogPage>,
    #[serde(
        rename = "requestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl CxLogResponse {
    pub fn builder() -> builder::CxLogResponse {
        Default::default()
    }
}

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

/// A JSON object whose keys the docs do not publish.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct LooseObject(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);

impl ::std::ops::Deref for LooseObject {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}

impl ::std::convert::From<LooseObject>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: LooseObject) -> Self {
        value.0
    }
}

impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for LooseObject {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}

/// A media-manager file; the docs' example stops inside `uploadId`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MediaFile {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// The file's upload. How it relates to a message's `uploadId` and
    /// `upload` is not published.
    #[serde(rename = "uploadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub upload_id: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl MediaFile {
    pub fn builder() -> builder::MediaFile {
        Default::default()
    }
}

/// `{data: file}`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MediaFileEnvelope {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<MediaFile>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl MediaFileEnvelope {
    pub fn builder() -> builder::MediaFileEnvelope {
        Default::default()
    }
}

/// A media-manager folder; the docs' example stops after `name`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MediaFolder {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl MediaFolder {
    pub fn builder() -> builder::MediaFolder {
        Default::default()
    }
}

/// `{data: folder}`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MediaFolderEnvelope {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<MediaFolder>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl MediaFolderEnvelope {
    pub fn builder() -> builder::MediaFolderEnvelope {
        Default::default()
    }
}

/// A user mentioned in a comment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Mention {
    /// The placeholder it fills (`0` for `{0}`), as read from the sample.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub index: ::std::option::Option<i64>,
    /// Presumably a K-LINK user (an agent); the docs do not say.
    #[serde(rename = "userId", skip_serializing_if = "::std::option::Option::is_none")]
    pub user_id: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl Mention {
    pub fn builder() -> builder::Mention {
        Default::default()
    }
}

/// A message stored in a room. The docs show it whole once and cut off
/// after `partition_key` once, so only the keys both show are
/// required. The keys the whole example only shows as `null` are left
/// to `extra`: `readAt`, `replyPlatformMessageId`, `replyReaction`,
/// `linkMessageId`, `linkMessagePartitionKey`, `template`, `actorId`,
/// `actor`, `senderId`, `workflowRule`, `assigneeId`, `assignee`,
/// `repliedMessage`, `editedMessageId`, `editedMessagePartitionKey`,
/// `editedMessage`, `editedAt`, `contactId`, `receiverMetadata`,
/// `attachments`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Message {
    /// Who sent the message, `api` in the docs; the full set is unknown.
    #[serde(
        rename = "actorType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub actor_type: ::std::option::Option<::std::string::String>,
    /// Empty in both of the docs' examples.
    #[serde(rename = "clientRequestId")]
    pub client_request_id: ::std::string::String,
    #[serde(rename = "createdAt")]
    pub created_at: crate::Timestamp,
    /// `null` in the docs; any JSON.
    #[serde(rename = "deletedAt")]
    pub deleted_at: ::serde_json::Value,
    /// `outgoing` in the docs; inbound messages are presumably
    /// `incoming`, but the full set is unknown.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub direction: ::std::option::Option<::std::string::String>,
    /// The message id (a UUID).
    pub id: ::std::string::String,
    #[serde(
        rename = "imageSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_set_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "isEdited", skip_serializing_if = "::std::option::Option::is_none")]
    pub is_edited: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub label: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub locale: ::std::option::Option<::std::string::String>,
    /// The text of the message; empty for media messages.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<LooseObject>,
    /// The storage partition, e.g. `2026_02` (snake_case in the API).
    pub partition_key: ::std::string::String,
    /// The channel platform's id for the conversation.
    #[serde(
        rename = "platformId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform_id: ::std::option::Option<::std::string::String>,
    /// The channel platform's id for this message.
    #[serde(
        rename = "platformMessageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform_message_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "previewUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub preview_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub room: ::std::option::Option<LooseObject>,
    /// The conversation room (a UUID).
    #[serde(rename = "roomId", skip_serializing_if = "::std::option::Option::is_none")]
    pub room_id: ::std::option::Option<::std::string::String>,
    /// The content type, e.g. `text` or `image`; the full set is unknown.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
    /// The attached file, if any.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub upload: ::std::option::Option<Upload>,
    /// The attached upload (a UUID), if any.
    #[serde(rename = "uploadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub upload_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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

/// A contact's identity on one channel. `deletedAt` and
/// `botpress_user_metadata` are only shown as `null` and are left to
/// `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PlatformContact {
    #[serde(
        rename = "channelId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub channel_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// E.g. a Messenger PSID.
    #[serde(
        rename = "socialPlatformId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub social_platform_id: ::std::option::Option<::std::string::String>,
    /// E.g. `messenger`.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<crate::Timestamp>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl PlatformContact {
    pub fn builder() -> builder::PlatformContact {
        Default::default()
    }
}

/// A presence status.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PresenceStatus {
    #[serde(
        rename = "displayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// E.g. 🟢.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub emoji: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// E.g. `available`; no list is published.
    #[serde(
        rename = "systemName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_name: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl PresenceStatus {
    pub fn builder() -> builder::PresenceStatus {
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

/// A tag as it appears inside a contact.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Tag {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// The tag's name, e.g. `platinum`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl Tag {
    pub fn builder() -> builder::Tag {
        Default::default()
    }
}

/// A ticket. The keys up to `assignee` come from the current Listing
/// example, whose scalar values are all the placeholder `"string"` —
/// so `createdAt` and `updatedAt` stay strings (their format is not
/// shown). `ticketType`, `contact`, `creator` and `tags` come from the
/// old tickets page's property list. `deletedAt` is only shown as
/// `null` and is left to `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Ticket {
    /// The agent handling the ticket; whether it can be `null` (unassigned) is unknown, so it may be.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub assignee: ::std::option::Option<TicketAssignee>,
    #[serde(
        rename = "assigneeId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub assignee_id: ::std::option::Option<::std::string::String>,
    /// The channel the ticket came in on; the docs show `email`, `mail` and `line`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub channel: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub contact: ::std::option::Option<LooseObject>,
    #[serde(
        rename = "contactId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub contact_id: ::std::option::Option<::std::string::String>,
    /// A timestamp whose format the docs do not show.
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub creator: ::std::option::Option<LooseObject>,
    #[serde(
        rename = "creatorId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creator_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// The docs show `low`, `medium` and `high`; no closed list is published.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub priority: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "reasonToAssign",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reason_to_assign: ::std::option::Option<::std::string::String>,
    /// The docs show `open`, `in progress`, `resolved` and `pending`; no closed list is published.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// The old page's list stops at "array of"; the element type is not published.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub tags: ::std::vec::Vec<::serde_json::Value>,
    /// The ticket's reference number (`38838`; the old page says "number").
    #[serde(
        rename = "ticketNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ticket_number: ::std::option::Option<i64>,
    /// The ticket type's classification (old pages only).
    #[serde(
        rename = "ticketType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ticket_type: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    /// A timestamp whose format the docs do not show.
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl Ticket {
    pub fn builder() -> builder::Ticket {
        Default::default()
    }
}

/// The agent a ticket is assigned to; the docs' example stops after `id`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TicketAssignee {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl TicketAssignee {
    pub fn builder() -> builder::TicketAssignee {
        Default::default()
    }
}

/// The answer to a ticket creation (`{success, data}`).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TicketCreated {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<LooseObject>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl TicketCreated {
    pub fn builder() -> builder::TicketCreated {
        Default::default()
    }
}

/// One page of tickets (the list envelope).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TicketPage {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub data: ::std::vec::Vec<Ticket>,
    #[serde(rename = "lastPage", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_page: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

impl TicketPage {
    pub fn builder() -> builder::TicketPage {
        Default::default()
    }
}

/// A body the docs do not publish; any JSON value.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Unpublished(pub ::serde_json::Value);

impl ::std::ops::Deref for Unpublished {
    type Target = ::serde_json::Value;
    fn deref(&self) -> &::serde_json::Value {
        &self.0
    }
}

impl ::std::convert::From<Unpublished> for ::serde_json::Value {
    fn from(value: Unpublished) -> Self {
        value.0
    }
}

impl ::std::convert::From<::serde_json::Value> for Unpublished {
    fn from(value: ::serde_json::Value) -> Self {
        Self(value)
    }
}

/// The tags to apply to one contact.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UpdateContactTagsRequest {
    /// How the tags are applied; only `MERGE` is published.
    #[serde(rename = "actionType")]
    pub action_type: ::std::string::String,
    /// Tag names (not ids), e.g. `vip`.
    pub tags: ::std::vec::Vec<::std::string::String>,
}

impl UpdateContactTagsRequest {
    pub fn builder() -> builder::UpdateContactTagsRequest {
        Default::default()
    }
}

/// A file in the media manager, attached to a message (shown whole once).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Upload {
    #[serde(rename = "createdAt")]
    pub created_at: crate::Timestamp,
    /// `null` in the docs; any JSON.
    #[serde(rename = "deletedAt")]
    pub deleted_at: ::serde_json::Value,
    #[serde(rename = "fileName", skip_serializing_if = "::std::option::Option::is_none")]
    pub file_name: ::std::option::Option<::std::string::String>,
    /// Size in bytes.
    #[serde(rename = "fileSize", skip_serializing_if = "::std::option::Option::is_none")]
    pub file_size: ::std::option::Option<i64>,
    /// A signed, expiring download URL.
    #[serde(rename = "fileUrl", skip_serializing_if = "::std::option::Option::is_none")]
    pub file_url: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "originalUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_url: ::std::option::Option<::std::string::String>,
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
    /// `null` in the docs' example: its type is unknown, so any JSON.
    pub company: ::serde_json::Value,
    /// `null` in the docs' example: its type is unknown, so any JSON.
    #[serde(rename = "companyId")]
    pub company_id: ::serde_json::Value,
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
    pub struct AgentActivity {
        created_at: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        previous_presence_status: ::std::result::Result<
            ::std::option::Option<super::PresenceStatus>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for AgentActivity {
        fn default() -> Self {
            Self {
                created_at: Ok(Default::default()),
                id: Ok(Default::default()),
                previous_presence_status: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl AgentActivity {
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

        pub fn previous_presence_status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::PresenceStatus>>,
            T::Error: ::std::fmt::Display,
        {
            self.previous_presence_status = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for previous_presence_status: {e}"
                    )
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

    impl ::std::convert::TryFrom<AgentActivity> for super::AgentActivity {
        type Error = super::error::ConversionError;
        fn try_from(
            value: AgentActivity,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                created_at: value.created_at?,
                id: value.id?,
                previous_presence_status: value.previous_presence_status?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::AgentActivity> for AgentActivity {
        fn from(value: super::AgentActivity) -> Self {
            Self {
                created_at: Ok(value.created_at),
                id: Ok(value.id),
                previous_presence_status: Ok(value.previous_presence_status),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct AgentActivityPage {
        data: ::std::result::Result<
            ::std::vec::Vec<super::AgentActivity>,
            ::std::string::String,
        >,
        last_page: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        page: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        page_size: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        total: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for AgentActivityPage {
        fn default() -> Self {
            Self {
                data: Ok(Default::default()),
                last_page: Ok(Default::default()),
                page: Ok(Default::default()),
                page_size: Ok(Default::default()),
                total: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl AgentActivityPage {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::AgentActivity>>,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
            self
        }

        pub fn last_page<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_page = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_page: {e}")
                });
            self
        }

        pub fn page<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.page = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for page: {e}"));
            self
        }

        pub fn page_size<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.page_size = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for page_size: {e}")
                });
            self
        }

        pub fn total<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for total: {e}"));
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

    impl ::std::convert::TryFrom<AgentActivityPage> for super::AgentActivityPage {
        type Error = super::error::ConversionError;
        fn try_from(
            value: AgentActivityPage,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                last_page: value.last_page?,
                page: value.page?,
                page_size: value.page_size?,
                total: value.total?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::AgentActivityPage> for AgentActivityPage {
        fn from(value: super::AgentActivityPage) -> Self {
            Self {
                data: Ok(value.data),
                last_page: Ok(value.last_page),
                page: Ok(value.page),
                page_size: Ok(value.page_size),
                total: Ok(value.total),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct Category {
        created_at: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        level: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        sort_order: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        updated_at: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        value: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for Category {
        fn default() -> Self {
            Self {
                created_at: Ok(Default::default()),
                id: Ok(Default::default()),
                level: Ok(Default::default()),
                sort_order: Ok(Default::default()),
                updated_at: Ok(Default::default()),
                value: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl Category {
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

        pub fn level<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.level = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for level: {e}"));
            self
        }

        pub fn sort_order<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.sort_order = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for sort_order: {e}")
                });
            self
        }

        pub fn updated_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
            T::Error: ::std::fmt::Display,
        {
            self.updated_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for updated_at: {e}")
                });
            self
        }

        pub fn value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
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

    impl ::std::convert::TryFrom<Category> for super::Category {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Category,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                created_at: value.created_at?,
                id: value.id?,
                level: value.level?,
                sort_order: value.sort_order?,
                updated_at: value.updated_at?,
                value: value.value?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::Category> for Category {
        fn from(value: super::Category) -> Self {
            Self {
                created_at: Ok(value.created_at),
                id: Ok(value.id),
                level: Ok(value.level),
                sort_order: Ok(value.sort_order),
                updated_at: Ok(value.updated_at),
                value: Ok(value.value),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct CategoryList {
        data: ::std::result::Result<
            ::std::vec::Vec<super::Category>,
            ::std::string::String,
        >,
        last_page: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        page: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        page_size: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        total: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for CategoryList {
        fn default() -> Self {
            Self {
                data: Ok(Default::default()),
                last_page: Ok(Default::default()),
                page: Ok(Default::default()),
                page_size: Ok(Default::default()),
                total: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl CategoryList {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::Category>>,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
            self
        }

        pub fn last_page<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_page = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_page: {e}")
                });
            self
        }

        pub fn page<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.page = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for page: {e}"));
            self
        }

        pub fn page_size<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.page_size = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for page_size: {e}")
                });
            self
        }

        pub fn total<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for total: {e}"));
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

    impl ::std::convert::TryFrom<CategoryList> for super::CategoryList {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CategoryList,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                last_page: value.last_page?,
                page: value.page?,
                page_size: value.page_size?,
                total: value.total?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::CategoryList> for CategoryList {
        fn from(value: super::CategoryList) -> Self {
            Self {
                data: Ok(value.data),
                last_page: Ok(value.last_page),
                page: Ok(value.page),
                page_size: Ok(value.page_size),
                total: Ok(value.total),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct Comment {
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        room_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        text: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for Comment {
        fn default() -> Self {
            Self {
                id: Ok(Default::default()),
                room_id: Ok(Default::default()),
                text: Ok(Default::default()),
                type_: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl Comment {
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

        pub fn room_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.room_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for room_id: {e}")
                });
            self
        }

        pub fn text<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.text = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for text: {e}"));
            self
        }

        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
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

    impl ::std::convert::TryFrom<Comment> for super::Comment {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Comment,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                id: value.id?,
                room_id: value.room_id?,
                text: value.text?,
                type_: value.type_?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::Comment> for Comment {
        fn from(value: super::Comment) -> Self {
            Self {
                id: Ok(value.id),
                room_id: Ok(value.room_id),
                text: Ok(value.text),
                type_: Ok(value.type_),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct CommentPage {
        data: ::std::result::Result<
            ::std::vec::Vec<super::Comment>,
            ::std::string::String,
        >,
        last_page: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        page: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        page_size: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        request_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        total: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for CommentPage {
        fn default() -> Self {
            Self {
                data: Ok(Default::default()),
                last_page: Ok(Default::default()),
                page: Ok(Default::default()),
                page_size: Ok(Default::default()),
                request_id: Ok(Default::default()),
                total: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl CommentPage {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::Comment>>,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
            self
        }

        pub fn last_page<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_page = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_page: {e}")
                });
            self
        }

        pub fn page<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.page = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for page: {e}"));
            self
        }

        pub fn page_size<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.page_size = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for page_size: {e}")
                });
            self
        }

        pub fn request_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.request_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for request_id: {e}")
                });
            self
        }

        pub fn total<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for total: {e}"));
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

    impl ::std::convert::TryFrom<CommentPage> for super::CommentPage {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CommentPage,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                last_page: value.last_page?,
                page: value.page?,
                page_size: value.page_size?,
                request_id: value.request_id?,
                total: value.total?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::CommentPage> for CommentPage {
        fn from(value: super::CommentPage) -> Self {
            Self {
                data: Ok(value.data),
                last_page: Ok(value.last_page),
                page: Ok(value.page),
                page_size: Ok(value.page_size),
                request_id: Ok(value.request_id),
                total: Ok(value.total),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct Company {
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for Company {
        fn default() -> Self {
            Self {
                id: Ok(Default::default()),
                name: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl Company {
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

    impl ::std::convert::TryFrom<Company> for super::Company {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Company,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                id: value.id?,
                name: value.name?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::Company> for Company {
        fn from(value: super::Company) -> Self {
            Self {
                id: Ok(value.id),
                name: Ok(value.name),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct Contact {
        company: ::std::result::Result<
            ::std::option::Option<super::Company>,
            ::std::string::String,
        >,
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        social_profile_url: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        tags: ::std::result::Result<::std::vec::Vec<super::Tag>, ::std::string::String>,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for Contact {
        fn default() -> Self {
            Self {
                company: Ok(Default::default()),
                id: Ok(Default::default()),
                name: Ok(Default::default()),
                social_profile_url: Ok(Default::default()),
                tags: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl Contact {
        pub fn company<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Company>>,
            T::Error: ::std::fmt::Display,
        {
            self.company = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for company: {e}")
                });
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

        pub fn social_profile_url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.social_profile_url = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for social_profile_url: {e}"
                    )
                });
            self
        }

        pub fn tags<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
            T::Error: ::std::fmt::Display,
        {
            self.tags = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for tags: {e}"));
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

    impl ::std::convert::TryFrom<Contact> for super::Contact {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Contact,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                company: value.company?,
                id: value.id?,
                name: value.name?,
                social_profile_url: value.social_profile_url?,
                tags: value.tags?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::Contact> for Contact {
        fn from(value: super::Contact) -> Self {
            Self {
                company: Ok(value.company),
                id: Ok(value.id),
                name: Ok(value.name),
                social_profile_url: Ok(value.social_profile_url),
                tags: Ok(value.tags),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct ContactEnvelope {
        data: ::std::result::Result<
            ::std::option::Option<super::Contact>,
            ::std::string::String,
        >,
        message: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        status: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for ContactEnvelope {
        fn default() -> Self {
            Self {
                data: Ok(Default::default()),
                message: Ok(Default::default()),
                status: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl ContactEnvelope {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Contact>>,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
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

        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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

    impl ::std::convert::TryFrom<ContactEnvelope> for super::ContactEnvelope {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ContactEnvelope,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                message: value.message?,
                status: value.status?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::ContactEnvelope> for ContactEnvelope {
        fn from(value: super::ContactEnvelope) -> Self {
            Self {
                data: Ok(value.data),
                message: Ok(value.message),
                status: Ok(value.status),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct ContactField {
        display_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        is_archived: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        is_default: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        is_required: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        is_unique: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        options: ::std::result::Result<
            ::std::vec::Vec<super::ContactFieldOption>,
            ::std::string::String,
        >,
        system_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for ContactField {
        fn default() -> Self {
            Self {
                display_name: Ok(Default::default()),
                id: Ok(Default::default()),
                is_archived: Ok(Default::default()),
                is_default: Ok(Default::default()),
                is_required: Ok(Default::default()),
                is_unique: Ok(Default::default()),
                options: Ok(Default::default()),
                system_name: Ok(Default::default()),
                type_: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl ContactField {
        pub fn display_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.display_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for display_name: {e}")
                });
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

        pub fn is_archived<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.is_archived = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for is_archived: {e}")
                });
            self
        }

        pub fn is_default<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.is_default = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for is_default: {e}")
                });
            self
        }

        pub fn is_required<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.is_required = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for is_required: {e}")
                });
            self
        }

        pub fn is_unique<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.is_unique = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for is_unique: {e}")
                });
            self
        }

        pub fn options<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::ContactFieldOption>>,
            T::Error: ::std::fmt::Display,
        {
            self.options = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for options: {e}")
                });
            self
        }

        pub fn system_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.system_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for system_name: {e}")
                });
            self
        }

        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
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

    impl ::std::convert::TryFrom<ContactField> for super::ContactField {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ContactField,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                display_name: value.display_name?,
                id: value.id?,
                is_archived: value.is_archived?,
                is_default: value.is_default?,
                is_required: value.is_required?,
                is_unique: value.is_unique?,
                options: value.options?,
                system_name: value.system_name?,
                type_: value.type_?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::ContactField> for ContactField {
        fn from(value: super::ContactField) -> Self {
            Self {
                display_name: Ok(value.display_name),
                id: Ok(value.id),
                is_archived: Ok(value.is_archived),
                is_default: Ok(value.is_default),
                is_required: Ok(value.is_required),
                is_unique: Ok(value.is_unique),
                options: Ok(value.options),
                system_name: Ok(value.system_name),
                type_: Ok(value.type_),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct ContactFieldOption {
        is_default: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        label: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        value: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for ContactFieldOption {
        fn default() -> Self {
            Self {
                is_default: Ok(Default::default()),
                label: Ok(Default::default()),
                value: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl ContactFieldOption {
        pub fn is_default<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.is_default = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for is_default: {e}")
                });
            self
        }

        pub fn label<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.label = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for label: {e}"));
            self
        }

        pub fn value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
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

    impl ::std::convert::TryFrom<ContactFieldOption> for super::ContactFieldOption {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ContactFieldOption,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                is_default: value.is_default?,
                label: value.label?,
                value: value.value?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::ContactFieldOption> for ContactFieldOption {
        fn from(value: super::ContactFieldOption) -> Self {
            Self {
                is_default: Ok(value.is_default),
                label: Ok(value.label),
                value: Ok(value.value),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct ContactFieldPage {
        data: ::std::result::Result<
            ::std::vec::Vec<super::ContactField>,
            ::std::string::String,
        >,
        last_page: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        page: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        page_size: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        total: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for ContactFieldPage {
        fn default() -> Self {
            Self {
                data: Ok(Default::default()),
                last_page: Ok(Default::default()),
                page: Ok(Default::default()),
                page_size: Ok(Default::default()),
                total: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl ContactFieldPage {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::ContactField>>,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
            self
        }

        pub fn last_page<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_page = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_page: {e}")
                });
            self
        }

        pub fn page<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.page = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for page: {e}"));
            self
        }

        pub fn page_size<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.page_size = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for page_size: {e}")
                });
            self
        }

        pub fn total<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for total: {e}"));
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

    impl ::std::convert::TryFrom<ContactFieldPage> for super::ContactFieldPage {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ContactFieldPage,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                last_page: value.last_page?,
                page: value.page?,
                page_size: value.page_size?,
                total: value.total?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::ContactFieldPage> for ContactFieldPage {
        fn from(value: super::ContactFieldPage) -> Self {
            Self {
                data: Ok(value.data),
                last_page: Ok(value.last_page),
                page: Ok(value.page),
                page_size: Ok(value.page_size),
                total: Ok(value.total),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct ContactPage {
        data: ::std::result::Result<
            ::std::vec::Vec<super::Contact>,
            ::std::string::String,
        >,
        last_page: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        page: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        page_size: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        total: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for ContactPage {
        fn default() -> Self {
            Self {
                data: Ok(Default::default()),
                last_page: Ok(Default::default()),
                page: Ok(Default::default()),
                page_size: Ok(Default::default()),
                total: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl ContactPage {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::Contact>>,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
            self
        }

        pub fn last_page<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_page = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_page: {e}")
                });
            self
        }

        pub fn page<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.page = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for page: {e}"));
            self
        }

        pub fn page_size<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.page_size = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for page_size: {e}")
                });
            self
        }

        pub fn total<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for total: {e}"));
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

    impl ::std::convert::TryFrom<ContactPage> for super::ContactPage {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ContactPage,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                last_page: value.last_page?,
                page: value.page?,
                page_size: value.page_size?,
                total: value.total?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::ContactPage> for ContactPage {
        fn from(value: super::ContactPage) -> Self {
            Self {
                data: Ok(value.data),
                last_page: Ok(value.last_page),
                page: Ok(value.page),
                page_size: Ok(value.page_size),
                total: Ok(value.total),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct ContactTagsEnvelope {
        data: ::std::result::Result<::serde_json::Value, ::std::string::String>,
        message: ::std::result::Result<::std::string::String, ::std::string::String>,
        status: ::std::result::Result<::std::string::String, ::std::string::String>,
    }

    impl ::std::default::Default for ContactTagsEnvelope {
        fn default() -> Self {
            Self {
                data: Err("no value supplied for data".to_string()),
                message: Err("no value supplied for message".to_string()),
                status: Err("no value supplied for status".to_string()),
            }
        }
    }

    impl ContactTagsEnvelope {
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
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
    }

    impl ::std::convert::TryFrom<ContactTagsEnvelope> for super::ContactTagsEnvelope {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ContactTagsEnvelope,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                message: value.message?,
                status: value.status?,
            })
        }
    }

    impl ::std::convert::From<super::ContactTagsEnvelope> for ContactTagsEnvelope {
        fn from(value: super::ContactTagsEnvelope) -> Self {
            Self {
                data: Ok(value.data),
                message: Ok(value.message),
                status: Ok(value.status),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct CreateCommentRequest {
        mentions: ::std::result::Result<
            ::std::vec::Vec<super::Mention>,
            ::std::string::String,
        >,
        text: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for CreateCommentRequest {
        fn default() -> Self {
            Self {
                mentions: Ok(Default::default()),
                text: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl CreateCommentRequest {
        pub fn mentions<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::Mention>>,
            T::Error: ::std::fmt::Display,
        {
            self.mentions = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for mentions: {e}")
                });
            self
        }

        pub fn text<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.text = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for text: {e}"));
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

    impl ::std::convert::TryFrom<CreateCommentRequest> for super::CreateCommentRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CreateCommentRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                mentions: value.mentions?,
                text: value.text?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::CreateCommentRequest> for CreateCommentRequest {
        fn from(value: super::CreateCommentRequest) -> Self {
            Self {
                mentions: Ok(value.mentions),
                text: Ok(value.text),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct CreateMediaFileRequest {
        data: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for CreateMediaFileRequest {
        fn default() -> Self {
            Self {
                data: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl CreateMediaFileRequest {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
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

    impl ::std::convert::TryFrom<CreateMediaFileRequest>
    for super::CreateMediaFileRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CreateMediaFileRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::CreateMediaFileRequest> for CreateMediaFileRequest {
        fn from(value: super::CreateMediaFileRequest) -> Self {
            Self {
                data: Ok(value.data),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct CreateTicketRequest {
        channel: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        contact_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        custom_fields: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
        description: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        priority: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        status: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        tags: ::std::result::Result<
            ::std::vec::Vec<::std::string::String>,
            ::std::string::String,
        >,
        title: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for CreateTicketRequest {
        fn default() -> Self {
            Self {
                channel: Ok(Default::default()),
                contact_id: Ok(Default::default()),
                custom_fields: Ok(Default::default()),
                description: Ok(Default::default()),
                priority: Ok(Default::default()),
                status: Ok(Default::default()),
                tags: Ok(Default::default()),
                title: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl CreateTicketRequest {
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

        pub fn contact_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.contact_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contact_id: {e}")
                });
            self
        }

        pub fn custom_fields<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.custom_fields = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for custom_fields: {e}")
                });
            self
        }

        pub fn description<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.description = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for description: {e}")
                });
            self
        }

        pub fn priority<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.priority = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for priority: {e}")
                });
            self
        }

        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }

        pub fn tags<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.tags = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for tags: {e}"));
            self
        }

        pub fn title<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.title = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for title: {e}"));
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

    impl ::std::convert::TryFrom<CreateTicketRequest> for super::CreateTicketRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CreateTicketRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                channel: value.channel?,
                contact_id: value.contact_id?,
                custom_fields: value.custom_fields?,
                description: value.description?,
                priority: value.priority?,
                status: value.status?,
                tags: value.tags?,
                title: value.title?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::CreateTicketRequest> for CreateTicketRequest {
        fn from(value: super::CreateTicketRequest) -> Self {
            Self {
                channel: Ok(value.channel),
                contact_id: Ok(value.contact_id),
                custom_fields: Ok(value.custom_fields),
                description: Ok(value.description),
                priority: Ok(value.priority),
                status: Ok(value.status),
                tags: Ok(value.tags),
                title: Ok(value.title),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct CxLog {
        agent: ::std::result::Result<
            ::std::option::Option<super::LooseObject>,
            ::std::string::String,
        >,
        agent_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        channel: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        channel_type: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        closed_assignee: ::std::result::Result<
            ::std::option::Option<super::LooseObject>,
            ::std::string::String,
        >,
        closed_assignee_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        closed_at: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        contact: ::std::result::Result<
            ::std::option::Option<super::CxLogContact>,
            ::std::string::String,
        >,
        contact_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        contact_label: ::std::result::Result<
            ::std::vec::Vec<::std::string::String>,
            ::std::string::String,
        >,
        created_at: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        cx_intelligence_status: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        direction: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        disposition: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        entity_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        entity_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        first_assignee: ::std::result::Result<
            ::std::option::Option<super::CxLogAgent>,
            ::std::string::String,
        >,
        first_assignee_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        first_replied_time: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        first_response_time: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        full_handled_time: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        full_resolution_time: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        handled_time: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        queue_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        queue_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        resolution_time: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        room: ::std::result::Result<
            ::std::option::Option<super::LooseObject>,
            ::std::string::String,
        >,
        sla_status: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        started_date: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        total_hold_duration: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        uid: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        updated_at: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        wrap_up_duration: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        wrap_up_form_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for CxLog {
        fn default() -> Self {
            Self {
                agent: Ok(Default::default()),
                agent_id: Ok(Default::default()),
                channel: Ok(Default::default()),
                channel_type: Ok(Default::default()),
                closed_assignee: Ok(Default::default()),
                closed_assignee_id: Ok(Default::default()),
                closed_at: Ok(Default::default()),
                contact: Ok(Default::default()),
                contact_id: Ok(Default::default()),
                contact_label: Ok(Default::default()),
                created_at: Ok(Default::default()),
                cx_intelligence_status: Ok(Default::default()),
                direction: Ok(Default::default()),
                disposition: Ok(Default::default()),
                entity_id: Ok(Default::default()),
                entity_name: Ok(Default::default()),
                first_assignee: Ok(Default::default()),
                first_assignee_id: Ok(Default::default()),
                first_replied_time: Ok(Default::default()),
                first_response_time: Ok(Default::default()),
                full_handled_time: Ok(Default::default()),
                full_resolution_time: Ok(Default::default()),
                handled_time: Ok(Default::default()),
                id: Ok(Default::default()),
                queue_id: Ok(Default::default()),
                queue_name: Ok(Default::default()),
                resolution_time: Ok(Default::default()),
                room: Ok(Default::default()),
                sla_status: Ok(Default::default()),
                started_date: Ok(Default::default()),
                total_hold_duration: Ok(Default::default()),
                uid: Ok(Default::default()),
                updated_at: Ok(Default::default()),
                wrap_up_duration: Ok(Default::default()),
                wrap_up_form_id: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl CxLog {
        pub fn agent<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::LooseObject>>,
            T::Error: ::std::fmt::Display,
        {
            self.agent = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for agent: {e}"));
            self
        }

        pub fn agent_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.agent_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for agent_id: {e}")
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

        pub fn channel_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.channel_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for channel_type: {e}")
                });
            self
        }

        pub fn closed_assignee<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::LooseObject>>,
            T::Error: ::std::fmt::Display,
        {
            self.closed_assignee = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for closed_assignee: {e}")
                });
            self
        }

        pub fn closed_assignee_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.closed_assignee_id = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for closed_assignee_id: {e}"
                    )
                });
            self
        }

        pub fn closed_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
            T::Error: ::std::fmt::Display,
        {
            self.closed_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for closed_at: {e}")
                });
            self
        }

        pub fn contact<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CxLogContact>>,
            T::Error: ::std::fmt::Display,
        {
            self.contact = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contact: {e}")
                });
            self
        }

        pub fn contact_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.contact_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contact_id: {e}")
                });
            self
        }

        pub fn contact_label<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.contact_label = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contact_label: {e}")
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

        pub fn cx_intelligence_status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.cx_intelligence_status = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for cx_intelligence_status: {e}"
                    )
                });
            self
        }

        pub fn direction<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.direction = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for direction: {e}")
                });
            self
        }

        pub fn disposition<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.disposition = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for disposition: {e}")
                });
            self
        }

        pub fn entity_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.entity_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for entity_id: {e}")
                });
            self
        }

        pub fn entity_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.entity_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for entity_name: {e}")
                });
            self
        }

        pub fn first_assignee<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CxLogAgent>>,
            T::Error: ::std::fmt::Display,
        {
            self.first_assignee = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for first_assignee: {e}")
                });
            self
        }

        pub fn first_assignee_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.first_assignee_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for first_assignee_id: {e}")
                });
            self
        }

        pub fn first_replied_time<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.first_replied_time = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for first_replied_time: {e}"
                    )
                });
            self
        }

        pub fn first_response_time<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.first_response_time = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for first_response_time: {e}"
                    )
                });
            self
        }

        pub fn full_handled_time<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.full_handled_time = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for full_handled_time: {e}")
                });
            self
        }

        pub fn full_resolution_time<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.full_resolution_time = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for full_resolution_time: {e}"
                    )
                });
            self
        }

        pub fn handled_time<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.handled_time = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for handled_time: {e}")
                });
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

        pub fn queue_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.queue_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for queue_id: {e}")
                });
            self
        }

        pub fn queue_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.queue_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for queue_name: {e}")
                });
            self
        }

        pub fn resolution_time<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.resolution_time = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for resolution_time: {e}")
                });
            self
        }

        pub fn room<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::LooseObject>>,
            T::Error: ::std::fmt::Display,
        {
            self.room = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for room: {e}"));
            self
        }

        pub fn sla_status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.sla_status = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for sla_status: {e}")
                });
            self
        }

        pub fn started_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
            T::Error: ::std::fmt::Display,
        {
            self.started_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for started_date: {e}")
                });
            self
        }

        pub fn total_hold_duration<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total_hold_duration = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for total_hold_duration: {e}"
                    )
                });
            self
        }

        pub fn uid<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.uid = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for uid: {e}"));
            self
        }

        pub fn updated_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
            T::Error: ::std::fmt::Display,
        {
            self.updated_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for updated_at: {e}")
                });
            self
        }

        pub fn wrap_up_duration<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.wrap_up_duration = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for wrap_up_duration: {e}")
                });
            self
        }

        pub fn wrap_up_form_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.wrap_up_form_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for wrap_up_form_id: {e}")
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

    impl ::std::convert::TryFrom<CxLog> for super::CxLog {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CxLog,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                agent: value.agent?,
                agent_id: value.agent_id?,
                channel: value.channel?,
                channel_type: value.channel_type?,
                closed_assignee: value.closed_assignee?,
                closed_assignee_id: value.closed_assignee_id?,
                closed_at: value.closed_at?,
                contact: value.contact?,
                contact_id: value.contact_id?,
                contact_label: value.contact_label?,
                created_at: value.created_at?,
                cx_intelligence_status: value.cx_intelligence_status?,
                direction: value.direction?,
                disposition: value.disposition?,
                entity_id: value.entity_id?,
                entity_name: value.entity_name?,
                first_assignee: value.first_assignee?,
                first_assignee_id: value.first_assignee_id?,
                first_replied_time: value.first_replied_time?,
                first_response_time: value.first_response_time?,
                full_handled_time: value.full_handled_time?,
                full_resolution_time: value.full_resolution_time?,
                handled_time: value.handled_time?,
                id: value.id?,
                queue_id: value.queue_id?,
                queue_name: value.queue_name?,
                resolution_time: value.resolution_time?,
                room: value.room?,
                sla_status: value.sla_status?,
                started_date: value.started_date?,
                total_hold_duration: value.total_hold_duration?,
                uid: value.uid?,
                updated_at: value.updated_at?,
                wrap_up_duration: value.wrap_up_duration?,
                wrap_up_form_id: value.wrap_up_form_id?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::CxLog> for CxLog {
        fn from(value: super::CxLog) -> Self {
            Self {
                agent: Ok(value.agent),
                agent_id: Ok(value.agent_id),
                channel: Ok(value.channel),
                channel_type: Ok(value.channel_type),
                closed_assignee: Ok(value.closed_assignee),
                closed_assignee_id: Ok(value.closed_assignee_id),
                closed_at: Ok(value.closed_at),
                contact: Ok(value.contact),
                contact_id: Ok(value.contact_id),
                contact_label: Ok(value.contact_label),
                created_at: Ok(value.created_at),
                cx_intelligence_status: Ok(value.cx_intelligence_status),
                direction: Ok(value.direction),
                disposition: Ok(value.disposition),
                entity_id: Ok(value.entity_id),
                entity_name: Ok(value.entity_name),
                first_assignee: Ok(value.first_assignee),
                first_assignee_id: Ok(value.first_assignee_id),
                first_replied_time: Ok(value.first_replied_time),
                first_response_time: Ok(value.first_response_time),
                full_handled_time: Ok(value.full_handled_time),
                full_resolution_time: Ok(value.full_resolution_time),
                handled_time: Ok(value.handled_time),
                id: Ok(value.id),
                queue_id: Ok(value.queue_id),
                queue_name: Ok(value.queue_name),
                resolution_time: Ok(value.resolution_time),
                room: Ok(value.room),
                sla_status: Ok(value.sla_status),
                started_date: Ok(value.started_date),
                total_hold_duration: Ok(value.total_hold_duration),
                uid: Ok(value.uid),
                updated_at: Ok(value.updated_at),
                wrap_up_duration: Ok(value.wrap_up_duration),
                wrap_up_form_id: Ok(value.wrap_up_form_id),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct CxLogAgent {
        created_at: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        email: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        notification_count: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for CxLogAgent {
        fn default() -> Self {
            Self {
                created_at: Ok(Default::default()),
                email: Ok(Default::default()),
                id: Ok(Default::default()),
                name: Ok(Default::default()),
                notification_count: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl CxLogAgent {
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

        pub fn notification_count<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.notification_count = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for notification_count: {e}"
                    )
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

    impl ::std::convert::TryFrom<CxLogAgent> for super::CxLogAgent {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CxLogAgent,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                created_at: value.created_at?,
                email: value.email?,
                id: value.id?,
                name: value.name?,
                notification_count: value.notification_count?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::CxLogAgent> for CxLogAgent {
        fn from(value: super::CxLogAgent) -> Self {
            Self {
                created_at: Ok(value.created_at),
                email: Ok(value.email),
                id: Ok(value.id),
                name: Ok(value.name),
                notification_count: Ok(value.notification_count),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct CxLogContact {
        address: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        channel: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        company_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        contact_number: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        contact_profile: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        created_at: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        notes: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        platform_contacts: ::std::result::Result<
            ::std::vec::Vec<super::PlatformContact>,
            ::std::string::String,
        >,
        social_profile_url: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        tags: ::std::result::Result<::std::vec::Vec<super::Tag>, ::std::string::String>,
        updated_at: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for CxLogContact {
        fn default() -> Self {
            Self {
                address: Ok(Default::default()),
                channel: Ok(Default::default()),
                company_id: Ok(Default::default()),
                contact_number: Ok(Default::default()),
                contact_profile: Ok(Default::default()),
                created_at: Ok(Default::default()),
                id: Ok(Default::default()),
                name: Ok(Default::default()),
                notes: Ok(Default::default()),
                platform_contacts: Ok(Default::default()),
                social_profile_url: Ok(Default::default()),
                tags: Ok(Default::default()),
                updated_at: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl CxLogContact {
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

        pub fn company_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.company_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for company_id: {e}")
                });
            self
        }

        pub fn contact_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.contact_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contact_number: {e}")
                });
            self
        }

        pub fn contact_profile<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.contact_profile = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contact_profile: {e}")
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

        pub fn notes<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.notes = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for notes: {e}"));
            self
        }

        pub fn platform_contacts<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::PlatformContact>>,
            T::Error: ::std::fmt::Display,
        {
            self.platform_contacts = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for platform_contacts: {e}")
                });
            self
        }

        pub fn social_profile_url<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.social_profile_url = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for social_profile_url: {e}"
                    )
                });
            self
        }

        pub fn tags<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
            T::Error: ::std::fmt::Display,
        {
            self.tags = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for tags: {e}"));
            self
        }

        pub fn updated_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
            T::Error: ::std::fmt::Display,
        {
            self.updated_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for updated_at: {e}")
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

    impl ::std::convert::TryFrom<CxLogContact> for super::CxLogContact {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CxLogContact,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                address: value.address?,
                channel: value.channel?,
                company_id: value.company_id?,
                contact_number: value.contact_number?,
                contact_profile: value.contact_profile?,
                created_at: value.created_at?,
                id: value.id?,
                name: value.name?,
                notes: value.notes?,
                platform_contacts: value.platform_contacts?,
                social_profile_url: value.social_profile_url?,
                tags: value.tags?,
                updated_at: value.updated_at?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::CxLogContact> for CxLogContact {
        fn from(value: super::CxLogContact) -> Self {
            Self {
                address: Ok(value.address),
                channel: Ok(value.channel),
                company_id: Ok(value.company_id),
                contact_number: Ok(value.contact_number),
                contact_profile: Ok(value.contact_profile),
                created_at: Ok(value.created_at),
                id: Ok(value.id),
                name: Ok(value.name),
                notes: Ok(value.notes),
                platform_contacts: Ok(value.platform_contacts),
                social_profile_url: Ok(value.social_profile_url),
                tags: Ok(value.tags),
                updated_at: Ok(value.updated_at),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct CxLogPage {
        data: ::std::result::Result<
            ::std::vec::Vec<super::CxLog>,
            ::std::string::String,
        >,
        last_page: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        page: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        page_size: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        total: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for CxLogPage {
        fn default() -> Self {
            Self {
                data: Ok(Default::default()),
                last_page: Ok(Default::default()),
                page: Ok(Default::default()),
                page_size: Ok(Default::default()),
                total: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl CxLogPage {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::CxLog>>,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
            self
        }

        pub fn last_page<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_page = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_page: {e}")
                });
            self
        }

        pub fn page<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.page = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for page: {e}"));
            self
        }

        pub fn page_size<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.page_size = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for page_size: {e}")
                });
            self
        }

        pub fn total<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for total: {e}"));
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

    impl ::std::convert::TryFrom<CxLogPage> for super::CxLogPage {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CxLogPage,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                last_page: value.last_page?,
                page: value.page?,
                page_size: value.page_size?,
                total: value.total?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::CxLogPage> for CxLogPage {
        fn from(value: super::CxLogPage) -> Self {
            Self {
                data: Ok(value.data),
                last_page: Ok(value.last_page),
                page: Ok(value.page),
                page_size: Ok(value.page_size),
                total: Ok(value.total),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct CxLogResponse {
        cx_logs: ::std::result::Result<
            ::std::option::Option<super::CxLogPage>,
            ::std::string::String,
        >,
        request_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for CxLogResponse {
        fn default() -> Self {
            Self {
                cx_logs: Ok(Default::default()),
                request_id: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl CxLogResponse {
        pub fn cx_logs<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CxLogPage>>,
            T::Error: ::std::fmt::Display,
        {
            self.cx_logs = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for cx_logs: {e}")
                });
            self
        }

        pub fn request_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.request_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for request_id: {e}")
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

    impl ::std::convert::TryFrom<CxLogResponse> for super::CxLogResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CxLogResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                cx_logs: value.cx_logs?,
                request_id: value.request_id?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::CxLogResponse> for CxLogResponse {
        fn from(value: super::CxLogResponse) -> Self {
            Self {
                cx_logs: Ok(value.cx_logs),
                request_id: Ok(value.request_id),
                extra: Ok(value.extra),
            }
        }
    }

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
    pub struct MediaFile {
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        upload_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for MediaFile {
        fn default() -> Self {
            Self {
                id: Ok(Default::default()),
                upload_id: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl MediaFile {
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

    impl ::std::convert::TryFrom<MediaFile> for super::MediaFile {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MediaFile,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                id: value.id?,
                upload_id: value.upload_id?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::MediaFile> for MediaFile {
        fn from(value: super::MediaFile) -> Self {
            Self {
                id: Ok(value.id),
                upload_id: Ok(value.upload_id),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct MediaFileEnvelope {
        data: ::std::result::Result<
            ::std::option::Option<super::MediaFile>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for MediaFileEnvelope {
        fn default() -> Self {
            Self {
                data: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl MediaFileEnvelope {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::MediaFile>>,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
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

    impl ::std::convert::TryFrom<MediaFileEnvelope> for super::MediaFileEnvelope {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MediaFileEnvelope,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::MediaFileEnvelope> for MediaFileEnvelope {
        fn from(value: super::MediaFileEnvelope) -> Self {
            Self {
                data: Ok(value.data),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct MediaFolder {
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for MediaFolder {
        fn default() -> Self {
            Self {
                id: Ok(Default::default()),
                name: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl MediaFolder {
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

    impl ::std::convert::TryFrom<MediaFolder> for super::MediaFolder {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MediaFolder,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                id: value.id?,
                name: value.name?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::MediaFolder> for MediaFolder {
        fn from(value: super::MediaFolder) -> Self {
            Self {
                id: Ok(value.id),
                name: Ok(value.name),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct MediaFolderEnvelope {
        data: ::std::result::Result<
            ::std::option::Option<super::MediaFolder>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for MediaFolderEnvelope {
        fn default() -> Self {
            Self {
                data: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl MediaFolderEnvelope {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::MediaFolder>>,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
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

    impl ::std::convert::TryFrom<MediaFolderEnvelope> for super::MediaFolderEnvelope {
        type Error = super::error::ConversionError;
        fn try_from(
            value: MediaFolderEnvelope,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::MediaFolderEnvelope> for MediaFolderEnvelope {
        fn from(value: super::MediaFolderEnvelope) -> Self {
            Self {
                data: Ok(value.data),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct Mention {
        index: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        user_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for Mention {
        fn default() -> Self {
            Self {
                index: Ok(Default::default()),
                user_id: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl Mention {
        pub fn index<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.index = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for index: {e}"));
            self
        }

        pub fn user_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.user_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for user_id: {e}")
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

    impl ::std::convert::TryFrom<Mention> for super::Mention {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Mention,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                index: value.index?,
                user_id: value.user_id?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::Mention> for Mention {
        fn from(value: super::Mention) -> Self {
            Self {
                index: Ok(value.index),
                user_id: Ok(value.user_id),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct Message {
        actor_type: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        client_request_id: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        created_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
        deleted_at: ::std::result::Result<::serde_json::Value, ::std::string::String>,
        direction: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        id: ::std::result::Result<::std::string::String, ::std::string::String>,
        image_set_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        is_edited: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        label: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        locale: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        message: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        metadata: ::std::result::Result<
            ::std::option::Option<super::LooseObject>,
            ::std::string::String,
        >,
        partition_key: ::std::result::Result<
            ::std::string::String,
            ::std::string::String,
        >,
        platform_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        platform_message_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        preview_url: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        room: ::std::result::Result<
            ::std::option::Option<super::LooseObject>,
            ::std::string::String,
        >,
        room_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        updated_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
        upload: ::std::result::Result<
            ::std::option::Option<super::Upload>,
            ::std::string::String,
        >,
        upload_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        url: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for Message {
        fn default() -> Self {
            Self {
                actor_type: Ok(Default::default()),
                client_request_id: Err(
                    "no value supplied for client_request_id".to_string(),
                ),
                created_at: Err("no value supplied for created_at".to_string()),
                deleted_at: Err("no value supplied for deleted_at".to_string()),
                direction: Ok(Default::default()),
                id: Err("no value supplied for id".to_string()),
                image_set_id: Ok(Default::default()),
                is_edited: Ok(Default::default()),
                label: Ok(Default::default()),
                locale: Ok(Default::default()),
                message: Ok(Default::default()),
                metadata: Ok(Default::default()),
                partition_key: Err("no value supplied for partition_key".to_string()),
                platform_id: Ok(Default::default()),
                platform_message_id: Ok(Default::default()),
                preview_url: Ok(Default::default()),
                room: Ok(Default::default()),
                room_id: Ok(Default::default()),
                type_: Ok(Default::default()),
                updated_at: Err("no value supplied for updated_at".to_string()),
                upload: Ok(Default::default()),
                upload_id: Ok(Default::default()),
                url: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl Message {
        pub fn actor_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.actor_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for actor_type: {e}")
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
            T: ::std::convert::TryInto<::serde_json::Value>,
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
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.direction = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for direction: {e}")
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
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.label = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for label: {e}"));
            self
        }

        pub fn locale<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.locale = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for locale: {e}"));
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

        pub fn metadata<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::LooseObject>>,
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
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.preview_url = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for preview_url: {e}")
                });
            self
        }

        pub fn room<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::LooseObject>>,
            T::Error: ::std::fmt::Display,
        {
            self.room = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for room: {e}"));
            self
        }

        pub fn room_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.room_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for room_id: {e}")
                });
            self
        }

        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.url = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for url: {e}"));
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

    impl ::std::convert::TryFrom<Message> for super::Message {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Message,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                actor_type: value.actor_type?,
                client_request_id: value.client_request_id?,
                created_at: value.created_at?,
                deleted_at: value.deleted_at?,
                direction: value.direction?,
                id: value.id?,
                image_set_id: value.image_set_id?,
                is_edited: value.is_edited?,
                label: value.label?,
                locale: value.locale?,
                message: value.message?,
                metadata: value.metadata?,
                partition_key: value.partition_key?,
                platform_id: value.platform_id?,
                platform_message_id: value.platform_message_id?,
                preview_url: value.preview_url?,
                room: value.room?,
                room_id: value.room_id?,
                type_: value.type_?,
                updated_at: value.updated_at?,
                upload: value.upload?,
                upload_id: value.upload_id?,
                url: value.url?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::Message> for Message {
        fn from(value: super::Message) -> Self {
            Self {
                actor_type: Ok(value.actor_type),
                client_request_id: Ok(value.client_request_id),
                created_at: Ok(value.created_at),
                deleted_at: Ok(value.deleted_at),
                direction: Ok(value.direction),
                id: Ok(value.id),
                image_set_id: Ok(value.image_set_id),
                is_edited: Ok(value.is_edited),
                label: Ok(value.label),
                locale: Ok(value.locale),
                message: Ok(value.message),
                metadata: Ok(value.metadata),
                partition_key: Ok(value.partition_key),
                platform_id: Ok(value.platform_id),
                platform_message_id: Ok(value.platform_message_id),
                preview_url: Ok(value.preview_url),
                room: Ok(value.room),
                room_id: Ok(value.room_id),
                type_: Ok(value.type_),
                updated_at: Ok(value.updated_at),
                upload: Ok(value.upload),
                upload_id: Ok(value.upload_id),
                url: Ok(value.url),
                extra: Ok(value.extra),
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
    pub struct PlatformContact {
        channel_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        created_at: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        social_platform_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        updated_at: ::std::result::Result<
            ::std::option::Option<crate::Timestamp>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for PlatformContact {
        fn default() -> Self {
            Self {
                channel_id: Ok(Default::default()),
                created_at: Ok(Default::default()),
                id: Ok(Default::default()),
                social_platform_id: Ok(Default::default()),
                type_: Ok(Default::default()),
                updated_at: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl PlatformContact {
        pub fn channel_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.channel_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for channel_id: {e}")
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

        pub fn social_platform_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.social_platform_id = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for social_platform_id: {e}"
                    )
                });
            self
        }

        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }

        pub fn updated_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
            T::Error: ::std::fmt::Display,
        {
            self.updated_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for updated_at: {e}")
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

    impl ::std::convert::TryFrom<PlatformContact> for super::PlatformContact {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PlatformContact,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                channel_id: value.channel_id?,
                created_at: value.created_at?,
                id: value.id?,
                social_platform_id: value.social_platform_id?,
                type_: value.type_?,
                updated_at: value.updated_at?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::PlatformContact> for PlatformContact {
        fn from(value: super::PlatformContact) -> Self {
            Self {
                channel_id: Ok(value.channel_id),
                created_at: Ok(value.created_at),
                id: Ok(value.id),
                social_platform_id: Ok(value.social_platform_id),
                type_: Ok(value.type_),
                updated_at: Ok(value.updated_at),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct PresenceStatus {
        display_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        emoji: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        system_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for PresenceStatus {
        fn default() -> Self {
            Self {
                display_name: Ok(Default::default()),
                emoji: Ok(Default::default()),
                id: Ok(Default::default()),
                system_name: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl PresenceStatus {
        pub fn display_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.display_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for display_name: {e}")
                });
            self
        }

        pub fn emoji<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.emoji = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for emoji: {e}"));
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

        pub fn system_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.system_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for system_name: {e}")
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

    impl ::std::convert::TryFrom<PresenceStatus> for super::PresenceStatus {
        type Error = super::error::ConversionError;
        fn try_from(
            value: PresenceStatus,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                display_name: value.display_name?,
                emoji: value.emoji?,
                id: value.id?,
                system_name: value.system_name?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::PresenceStatus> for PresenceStatus {
        fn from(value: super::PresenceStatus) -> Self {
            Self {
                display_name: Ok(value.display_name),
                emoji: Ok(value.emoji),
                id: Ok(value.id),
                system_name: Ok(value.system_name),
                extra: Ok(value.extra),
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
    pub struct Tag {
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for Tag {
        fn default() -> Self {
            Self {
                id: Ok(Default::default()),
                name: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl Tag {
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

    impl ::std::convert::TryFrom<Tag> for super::Tag {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Tag,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                id: value.id?,
                name: value.name?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::Tag> for Tag {
        fn from(value: super::Tag) -> Self {
            Self {
                id: Ok(value.id),
                name: Ok(value.name),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct Ticket {
        assignee: ::std::result::Result<
            ::std::option::Option<super::TicketAssignee>,
            ::std::string::String,
        >,
        assignee_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        channel: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        contact: ::std::result::Result<
            ::std::option::Option<super::LooseObject>,
            ::std::string::String,
        >,
        contact_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        created_at: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        creator: ::std::result::Result<
            ::std::option::Option<super::LooseObject>,
            ::std::string::String,
        >,
        creator_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        description: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        priority: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        reason_to_assign: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        status: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        tags: ::std::result::Result<
            ::std::vec::Vec<::serde_json::Value>,
            ::std::string::String,
        >,
        ticket_number: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        ticket_type: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        title: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        updated_at: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for Ticket {
        fn default() -> Self {
            Self {
                assignee: Ok(Default::default()),
                assignee_id: Ok(Default::default()),
                channel: Ok(Default::default()),
                contact: Ok(Default::default()),
                contact_id: Ok(Default::default()),
                created_at: Ok(Default::default()),
                creator: Ok(Default::default()),
                creator_id: Ok(Default::default()),
                description: Ok(Default::default()),
                id: Ok(Default::default()),
                priority: Ok(Default::default()),
                reason_to_assign: Ok(Default::default()),
                status: Ok(Default::default()),
                tags: Ok(Default::default()),
                ticket_number: Ok(Default::default()),
                ticket_type: Ok(Default::default()),
                title: Ok(Default::default()),
                type_: Ok(Default::default()),
                updated_at: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl Ticket {
        pub fn assignee<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::TicketAssignee>>,
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
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.assignee_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for assignee_id: {e}")
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

        pub fn contact<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::LooseObject>>,
            T::Error: ::std::fmt::Display,
        {
            self.contact = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contact: {e}")
                });
            self
        }

        pub fn contact_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.created_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for created_at: {e}")
                });
            self
        }

        pub fn creator<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::LooseObject>>,
            T::Error: ::std::fmt::Display,
        {
            self.creator = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for creator: {e}")
                });
            self
        }

        pub fn creator_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.creator_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for creator_id: {e}")
                });
            self
        }

        pub fn description<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.description = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for description: {e}")
                });
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

        pub fn priority<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.priority = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for priority: {e}")
                });
            self
        }

        pub fn reason_to_assign<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.reason_to_assign = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for reason_to_assign: {e}")
                });
            self
        }

        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }

        pub fn tags<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<::serde_json::Value>>,
            T::Error: ::std::fmt::Display,
        {
            self.tags = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for tags: {e}"));
            self
        }

        pub fn ticket_number<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.ticket_number = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for ticket_number: {e}")
                });
            self
        }

        pub fn ticket_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.ticket_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for ticket_type: {e}")
                });
            self
        }

        pub fn title<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.title = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for title: {e}"));
            self
        }

        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }

        pub fn updated_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.updated_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for updated_at: {e}")
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

    impl ::std::convert::TryFrom<Ticket> for super::Ticket {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Ticket,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                assignee: value.assignee?,
                assignee_id: value.assignee_id?,
                channel: value.channel?,
                contact: value.contact?,
                contact_id: value.contact_id?,
                created_at: value.created_at?,
                creator: value.creator?,
                creator_id: value.creator_id?,
                description: value.description?,
                id: value.id?,
                priority: value.priority?,
                reason_to_assign: value.reason_to_assign?,
                status: value.status?,
                tags: value.tags?,
                ticket_number: value.ticket_number?,
                ticket_type: value.ticket_type?,
                title: value.title?,
                type_: value.type_?,
                updated_at: value.updated_at?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::Ticket> for Ticket {
        fn from(value: super::Ticket) -> Self {
            Self {
                assignee: Ok(value.assignee),
                assignee_id: Ok(value.assignee_id),
                channel: Ok(value.channel),
                contact: Ok(value.contact),
                contact_id: Ok(value.contact_id),
                created_at: Ok(value.created_at),
                creator: Ok(value.creator),
                creator_id: Ok(value.creator_id),
                description: Ok(value.description),
                id: Ok(value.id),
                priority: Ok(value.priority),
                reason_to_assign: Ok(value.reason_to_assign),
                status: Ok(value.status),
                tags: Ok(value.tags),
                ticket_number: Ok(value.ticket_number),
                ticket_type: Ok(value.ticket_type),
                title: Ok(value.title),
                type_: Ok(value.type_),
                updated_at: Ok(value.updated_at),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct TicketAssignee {
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for TicketAssignee {
        fn default() -> Self {
            Self {
                id: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl TicketAssignee {
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

    impl ::std::convert::TryFrom<TicketAssignee> for super::TicketAssignee {
        type Error = super::error::ConversionError;
        fn try_from(
            value: TicketAssignee,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                id: value.id?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::TicketAssignee> for TicketAssignee {
        fn from(value: super::TicketAssignee) -> Self {
            Self {
                id: Ok(value.id),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct TicketCreated {
        data: ::std::result::Result<
            ::std::option::Option<super::LooseObject>,
            ::std::string::String,
        >,
        success: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for TicketCreated {
        fn default() -> Self {
            Self {
                data: Ok(Default::default()),
                success: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl TicketCreated {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::LooseObject>>,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
            self
        }

        pub fn success<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.success = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for success: {e}")
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

    impl ::std::convert::TryFrom<TicketCreated> for super::TicketCreated {
        type Error = super::error::ConversionError;
        fn try_from(
            value: TicketCreated,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                success: value.success?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::TicketCreated> for TicketCreated {
        fn from(value: super::TicketCreated) -> Self {
            Self {
                data: Ok(value.data),
                success: Ok(value.success),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct TicketPage {
        data: ::std::result::Result<
            ::std::vec::Vec<super::Ticket>,
            ::std::string::String,
        >,
        last_page: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        page: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        page_size: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        total: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        extra: ::std::result::Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for TicketPage {
        fn default() -> Self {
            Self {
                data: Ok(Default::default()),
                last_page: Ok(Default::default()),
                page: Ok(Default::default()),
                page_size: Ok(Default::default()),
                total: Ok(Default::default()),
                extra: Err("no value supplied for extra".to_string()),
            }
        }
    }

    impl TicketPage {
        pub fn data<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::Ticket>>,
            T::Error: ::std::fmt::Display,
        {
            self.data = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for data: {e}"));
            self
        }

        pub fn last_page<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_page = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_page: {e}")
                });
            self
        }

        pub fn page<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.page = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for page: {e}"));
            self
        }

        pub fn page_size<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.page_size = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for page_size: {e}")
                });
            self
        }

        pub fn total<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for total: {e}"));
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

    impl ::std::convert::TryFrom<TicketPage> for super::TicketPage {
        type Error = super::error::ConversionError;
        fn try_from(
            value: TicketPage,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                data: value.data?,
                last_page: value.last_page?,
                page: value.page?,
                page_size: value.page_size?,
                total: value.total?,
                extra: value.extra?,
            })
        }
    }

    impl ::std::convert::From<super::TicketPage> for TicketPage {
        fn from(value: super::TicketPage) -> Self {
            Self {
                data: Ok(value.data),
                last_page: Ok(value.last_page),
                page: Ok(value.page),
                page_size: Ok(value.page_size),
                total: Ok(value.total),
                extra: Ok(value.extra),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct UpdateContactTagsRequest {
        action_type: ::std::result::Result<::std::string::String, ::std::string::String>,
        tags: ::std::result::Result<
            ::std::vec::Vec<::std::string::String>,
            ::std::string::String,
        >,
    }

    impl ::std::default::Default for UpdateContactTagsRequest {
        fn default() -> Self {
            Self {
                action_type: Err("no value supplied for action_type".to_string()),
                tags: Err("no value supplied for tags".to_string()),
            }
        }
    }

    impl UpdateContactTagsRequest {
        pub fn action_type<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.action_type = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for action_type: {e}")
                });
            self
        }

        pub fn tags<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.tags = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for tags: {e}"));
            self
        }
    }

    impl ::std::convert::TryFrom<UpdateContactTagsRequest>
    for super::UpdateContactTagsRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: UpdateContactTagsRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                action_type: value.action_type?,
                tags: value.tags?,
            })
        }
    }

    impl ::std::convert::From<super::UpdateContactTagsRequest>
    for UpdateContactTagsRequest {
        fn from(value: super::UpdateContactTagsRequest) -> Self {
            Self {
                action_type: Ok(value.action_type),
                tags: Ok(value.tags),
            }
        }
    }

    #[derive(Clone, Debug)]
    pub struct Upload {
        created_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
        deleted_at: ::std::result::Result<::serde_json::Value, ::std::string::String>,
        file_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        file_size: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        file_url: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        original_url: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
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
            T: ::std::convert::TryInto<::serde_json::Value>,
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
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        company: ::std::result::Result<::serde_json::Value, ::std::string::String>,
        company_id: ::std::result::Result<::serde_json::Value, ::std::string::String>,
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
            T: ::std::convert::TryInto<::serde_json::Value>,
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
            T: ::std::convert::TryInto<::serde_json::Value>,
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
