// @generated from openapi/klink.yaml by `cargo xtask generate`.
// Do not edit by hand: change the spec or the codegen crate and regenerate.

/// One presence-status change of an agent; the docs' example stops inside it.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AgentActivity {
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The status the agent moved from; whether it can be `null` (a first status) is unknown, so it may be.
    #[serde(rename = "previousPresenceStatus", skip_serializing_if = "Option::is_none")]
    pub previous_presence_status: Option<PresenceStatus>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// One page of presence-status changes. The docs' example stops inside
/// `data`; whether the list envelope's counters follow is not shown.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AgentActivityPage {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<AgentActivity>,
    #[serde(rename = "lastPage", skip_serializing_if = "Option::is_none")]
    pub last_page: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// A category. `deletedAt` and `parentId` are only shown as `null` and
/// `childCategoryList` only as `[]` (presumably nested categories), so
/// the three are left to `extra`.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Category {
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `1` for top-level categories.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<i64>,
    #[serde(rename = "sortOrder", skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<i64>,
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
    /// The category's text; may be empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// The categories. The docs' example stops inside `data`; whether the
/// list envelope's counters follow is not shown, so they are optional.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CategoryList {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<Category>,
    #[serde(rename = "lastPage", skip_serializing_if = "Option::is_none")]
    pub last_page: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// A comment on a room; the docs' example stops after `type`.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Comment {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "roomId", skip_serializing_if = "Option::is_none")]
    pub room_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// `comment` in the docs.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// One page of a room's comments. The docs' example stops inside
/// `data`; whether the list envelope's counters follow is not shown.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CommentPage {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<Comment>,
    #[serde(rename = "lastPage", skip_serializing_if = "Option::is_none")]
    pub last_page: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// The company linked to a contact; the docs' example stops inside `name`.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Company {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
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
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Contact {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<Company>,
    /// The contact id (a UUID in current examples, 16 characters in old ones).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name shown in the contact list; defaults to the username.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "socialProfileUrl", skip_serializing_if = "Option::is_none")]
    pub social_profile_url: Option<String>,
    /// The contact's tags (objects here; `update_contact_tags` takes names).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// The envelope around one contact; `status` is a string here (`success`).
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactEnvelope {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Contact>,
    /// `contact` in the docs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// A contact field of the tenant, custom or not (snake_case keys, as the docs show).
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactField {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_archived: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_required: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_unique: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ContactFieldOption>,
    /// The field's key, e.g. `channel`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system_name: Option<String>,
    /// The field's kind; only `select` is shown, so it is a plain string.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// One choice of a select field.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactFieldOption {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Free text (`phone`, `G-Mail`), not an enum.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// One page of contact fields (the list envelope).
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactFieldPage {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<ContactField>,
    #[serde(rename = "lastPage", skip_serializing_if = "Option::is_none")]
    pub last_page: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// One page of contacts (the list envelope).
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactPage {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<Contact>,
    /// The pagination guide calls it both "whether you reached the end"
    /// and "the number of pages"; the docs' numbers fit neither always.
    #[serde(rename = "lastPage", skip_serializing_if = "Option::is_none")]
    pub last_page: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// The number of items in all pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// The answer to a tag update (the docs' example is whole).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactTagsEnvelope {
    /// `null` in the docs; any JSON.
    pub data: ::serde_json::Value,
    pub message: String,
    /// `success` in the docs.
    pub status: String,
}

/// A comment on a room. The docs' sample stops inside the first
/// mention; other fields are not published.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CreateCommentRequest {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Mention>,
    /// The text; `{0}`, `{1}`, ... mark where the mentions go.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl CreateCommentRequest {
    pub fn builder() -> builder::CreateCommentRequest {
        Default::default()
    }
}

/// A file to upload. The docs' sample stops inside `data`; other fields
/// (name, MIME type, folder, ...) are not published.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CreateMediaFileRequest {
    /// The file's bytes in base64 (the sample has no `data:` URL prefix).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
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
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CreateTicketRequest {
    /// E.g. `email`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The contact the ticket belongs to (snake_case here; tickets say `contactId`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<String>,
    /// Custom-field values by key (`cf_trackingid`); date fields as
    /// `YYYY-MM-DD`. The sample's values are strings; other value types
    /// are not published.
    #[serde(
        rename = "customFields",
        default,
        skip_serializing_if = "::serde_json::Map::is_empty"
    )]
    pub custom_fields: ::serde_json::Map<String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// E.g. `high`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    /// E.g. `open`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Tag ids (not names).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
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
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CxLog {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<LooseObject>,
    #[serde(rename = "agentId", skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<String>,
    /// E.g. `messenger`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(rename = "channelType", skip_serializing_if = "Option::is_none")]
    pub channel_type: Option<String>,
    #[serde(rename = "closedAssignee", skip_serializing_if = "Option::is_none")]
    pub closed_assignee: Option<LooseObject>,
    #[serde(rename = "closedAssigneeId", skip_serializing_if = "Option::is_none")]
    pub closed_assignee_id: Option<String>,
    /// E.g. `2026-03-30 09:15:20+00` (not RFC 3339).
    #[serde(rename = "closedAt", skip_serializing_if = "Option::is_none")]
    pub closed_at: Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<CxLogContact>,
    #[serde(rename = "contactId", skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<String>,
    #[serde(rename = "contactLabel", default, skip_serializing_if = "Vec::is_empty")]
    pub contact_label: Vec<String>,
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// E.g. `processed`.
    #[serde(rename = "cxIntelligenceStatus", skip_serializing_if = "Option::is_none")]
    pub cx_intelligence_status: Option<String>,
    /// E.g. `inbound`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<String>,
    /// E.g. `Resolved`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disposition: Option<String>,
    #[serde(rename = "entityId", skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// E.g. `room`.
    #[serde(rename = "entityName", skip_serializing_if = "Option::is_none")]
    pub entity_name: Option<String>,
    #[serde(rename = "firstAssignee", skip_serializing_if = "Option::is_none")]
    pub first_assignee: Option<CxLogAgent>,
    #[serde(rename = "firstAssigneeId", skip_serializing_if = "Option::is_none")]
    pub first_assignee_id: Option<String>,
    #[serde(rename = "firstRepliedTime", skip_serializing_if = "Option::is_none")]
    pub first_replied_time: Option<i64>,
    #[serde(rename = "firstResponseTime", skip_serializing_if = "Option::is_none")]
    pub first_response_time: Option<i64>,
    #[serde(rename = "fullHandledTime", skip_serializing_if = "Option::is_none")]
    pub full_handled_time: Option<i64>,
    #[serde(rename = "fullResolutionTime", skip_serializing_if = "Option::is_none")]
    pub full_resolution_time: Option<i64>,
    #[serde(rename = "handledTime", skip_serializing_if = "Option::is_none")]
    pub handled_time: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    #[serde(rename = "queueName", skip_serializing_if = "Option::is_none")]
    pub queue_name: Option<String>,
    #[serde(rename = "resolutionTime", skip_serializing_if = "Option::is_none")]
    pub resolution_time: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room: Option<LooseObject>,
    /// E.g. `meet`.
    #[serde(rename = "slaStatus", skip_serializing_if = "Option::is_none")]
    pub sla_status: Option<String>,
    /// E.g. `2026-03-30 08:30:00.000+00` (not RFC 3339).
    #[serde(rename = "startedDate", skip_serializing_if = "Option::is_none")]
    pub started_date: Option<crate::Timestamp>,
    #[serde(rename = "totalHoldDuration", skip_serializing_if = "Option::is_none")]
    pub total_hold_duration: Option<i64>,
    /// The contact's id on the channel's platform (its `socialPlatformId`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
    #[serde(rename = "wrapUpDuration", skip_serializing_if = "Option::is_none")]
    pub wrap_up_duration: Option<i64>,
    #[serde(rename = "wrapUpFormId", skip_serializing_if = "Option::is_none")]
    pub wrap_up_form_id: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// An agent inside a CX log record (`firstAssignee`); the docs' example
/// stops inside `createdAt`. `address`, `phone` and `deletedaAt` (spelt
/// so in the docs) are only shown as `null` and are left to `extra`.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CxLogAgent {
    /// Cut off in the docs after `2024-05-10T`; RFC 3339 like every
    /// other `createdAt` of the same payload.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "notificationCount", skip_serializing_if = "Option::is_none")]
    pub notification_count: Option<i64>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// The contact inside a CX log record (not the same shape as
/// `Contact`). `deletedAt` is only shown as `null` and is left to
/// `extra`.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CxLogContact {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(rename = "companyId", skip_serializing_if = "Option::is_none")]
    pub company_id: Option<String>,
    #[serde(rename = "contactNumber", skip_serializing_if = "Option::is_none")]
    pub contact_number: Option<String>,
    /// A profile picture URL.
    #[serde(rename = "contactProfile", skip_serializing_if = "Option::is_none")]
    pub contact_profile: Option<String>,
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(rename = "platformContacts", default, skip_serializing_if = "Vec::is_empty")]
    pub platform_contacts: Vec<PlatformContact>,
    #[serde(rename = "socialProfileUrl", skip_serializing_if = "Option::is_none")]
    pub social_profile_url: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// One page of CX log records. The pagination fields sit here, beside
/// `data`: the old page's example shows `total` and `page` and breaks
/// off at a key starting with `p`; `pageSize` and `lastPage` are the
/// pagination guide's names.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CxLogPage {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<CxLog>,
    #[serde(rename = "lastPage", skip_serializing_if = "Option::is_none")]
    pub last_page: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// The CX log listing; its page sits under `cxLogs`.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CxLogResponse {
    #[serde(rename = "cxLogs", skip_serializing_if = "Option::is_none")]
    pub cx_logs: Option<CxLogPage>,
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// An error body. The docs give no schema for errors, so every field is
/// optional and unknown fields are kept in `extra`.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ErrorEnvelope {
    /// A human-readable explanation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The status. In success envelopes it is the integer HTTP status
    /// (Send message) or the string `success` (the Contact pages, the
    /// tag update among them); its type in error bodies is unknown, so
    /// any JSON.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<::serde_json::Value>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// A JSON object whose keys the docs do not publish.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct LooseObject(pub ::serde_json::Map<String, ::serde_json::Value>);

impl ::std::ops::Deref for LooseObject {
    type Target = ::serde_json::Map<String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<String, ::serde_json::Value> {
        &self.0
    }
}

impl From<LooseObject> for ::serde_json::Map<String, ::serde_json::Value> {
    fn from(value: LooseObject) -> Self {
        value.0
    }
}

impl From<::serde_json::Map<String, ::serde_json::Value>> for LooseObject {
    fn from(value: ::serde_json::Map<String, ::serde_json::Value>) -> Self {
        Self(value)
    }
}

/// A media-manager file; the docs' example stops inside `uploadId`.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MediaFile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The file's upload. How it relates to a message's `uploadId` and
    /// `upload` is not published.
    #[serde(rename = "uploadId", skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// `{data: file}`.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MediaFileEnvelope {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<MediaFile>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// A media-manager folder; the docs' example stops after `name`.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MediaFolder {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// `{data: folder}`.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MediaFolderEnvelope {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<MediaFolder>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// A user mentioned in a comment.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Mention {
    /// The placeholder it fills (`0` for `{0}`), as read from the sample.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<i64>,
    /// Presumably a K-LINK user (an agent); the docs do not say.
    #[serde(rename = "userId", skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
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
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Message {
    /// Who sent the message, `api` in the docs; the full set is unknown.
    #[serde(rename = "actorType", skip_serializing_if = "Option::is_none")]
    pub actor_type: Option<String>,
    /// Empty in both of the docs' examples.
    #[serde(rename = "clientRequestId")]
    pub client_request_id: String,
    #[serde(rename = "createdAt")]
    pub created_at: crate::Timestamp,
    /// `null` in the docs; any JSON.
    #[serde(rename = "deletedAt")]
    pub deleted_at: ::serde_json::Value,
    /// `outgoing` in the docs; inbound messages are presumably
    /// `incoming`, but the full set is unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<String>,
    /// The message id (a UUID).
    pub id: String,
    #[serde(rename = "imageSetId", skip_serializing_if = "Option::is_none")]
    pub image_set_id: Option<String>,
    #[serde(rename = "isEdited", skip_serializing_if = "Option::is_none")]
    pub is_edited: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The text of the message; empty for media messages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<LooseObject>,
    /// The storage partition, e.g. `2026_02` (snake_case in the API).
    pub partition_key: String,
    /// The channel platform's id for the conversation.
    #[serde(rename = "platformId", skip_serializing_if = "Option::is_none")]
    pub platform_id: Option<String>,
    /// The channel platform's id for this message.
    #[serde(rename = "platformMessageId", skip_serializing_if = "Option::is_none")]
    pub platform_message_id: Option<String>,
    #[serde(rename = "previewUrl", skip_serializing_if = "Option::is_none")]
    pub preview_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room: Option<LooseObject>,
    /// The conversation room (a UUID).
    #[serde(rename = "roomId", skip_serializing_if = "Option::is_none")]
    pub room_id: Option<String>,
    /// The content type, e.g. `text` or `image`; the full set is unknown.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
    /// The attached file, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upload: Option<Upload>,
    /// The attached upload (a UUID), if any.
    #[serde(rename = "uploadId", skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// The response envelope around one message.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MessageEnvelope {
    pub data: Message,
    /// A human-readable outcome, e.g. `Message sent successfully`.
    pub message: String,
    /// The HTTP status, repeated in the body.
    pub status: i64,
}

/// A contact's identity on one channel. `deletedAt` and
/// `botpress_user_metadata` are only shown as `null` and are left to
/// `extra`.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PlatformContact {
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// E.g. a Messenger PSID.
    #[serde(rename = "socialPlatformId", skip_serializing_if = "Option::is_none")]
    pub social_platform_id: Option<String>,
    /// E.g. `messenger`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// A presence status.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PresenceStatus {
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// E.g. 🟢.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emoji: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// E.g. `available`; no list is published.
    #[serde(rename = "systemName", skip_serializing_if = "Option::is_none")]
    pub system_name: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// An outgoing message to one contact. The docs show this body only by
/// example, with four keys; the docs' own response is an image message,
/// so other keys (an upload id for a media message, say) exist but are
/// not published. Any other key goes in `extra` and is sent as given.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SendMessageRequest {
    /// The contact (a UUID) to send to.
    #[serde(rename = "contactId")]
    pub contact_id: String,
    /// Client-side creation time. Whether the server requires it is unknown.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// The text to send (for text messages).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The kind of message, `text` in the docs. The full set of values
    /// is unknown (media types exist), so this is a plain string.
    #[serde(rename = "messageType")]
    pub message_type: String,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl SendMessageRequest {
    pub fn builder() -> builder::SendMessageRequest {
        Default::default()
    }
}

/// A tag as it appears inside a contact.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Tag {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The tag's name, e.g. `platinum`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// A ticket. The keys up to `assignee` come from the current Listing
/// example, whose scalar values are all the placeholder `"string"` —
/// so `createdAt` and `updatedAt` stay strings (their format is not
/// shown). `ticketType`, `contact`, `creator` and `tags` come from the
/// old tickets page's property list. `deletedAt` is only shown as
/// `null` and is left to `extra`.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Ticket {
    /// The agent handling the ticket; whether it can be `null` (unassigned) is unknown, so it may be.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee: Option<TicketAssignee>,
    #[serde(rename = "assigneeId", skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<String>,
    /// The channel the ticket came in on; the docs show `email`, `mail` and `line`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<LooseObject>,
    #[serde(rename = "contactId", skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<String>,
    /// A timestamp whose format the docs do not show.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub creator: Option<LooseObject>,
    #[serde(rename = "creatorId", skip_serializing_if = "Option::is_none")]
    pub creator_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The docs show `low`, `medium` and `high`; no closed list is published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    #[serde(rename = "reasonToAssign", skip_serializing_if = "Option::is_none")]
    pub reason_to_assign: Option<String>,
    /// The docs show `open`, `in progress`, `resolved` and `pending`; no closed list is published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The old page's list stops at "array of"; the element type is not published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<::serde_json::Value>,
    /// The ticket's reference number (`38838`; the old page says "number").
    #[serde(rename = "ticketNumber", skip_serializing_if = "Option::is_none")]
    pub ticket_number: Option<i64>,
    /// The ticket type's classification (old pages only).
    #[serde(rename = "ticketType", skip_serializing_if = "Option::is_none")]
    pub ticket_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// A timestamp whose format the docs do not show.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// The agent a ticket is assigned to; the docs' example stops after `id`.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TicketAssignee {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// The answer to a ticket creation (`{success, data}`).
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TicketCreated {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<LooseObject>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// One page of tickets (the list envelope).
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TicketPage {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<Ticket>,
    #[serde(rename = "lastPage", skip_serializing_if = "Option::is_none")]
    pub last_page: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(flatten)]
    pub extra: crate::Extra,
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

impl From<Unpublished> for ::serde_json::Value {
    fn from(value: Unpublished) -> Self {
        value.0
    }
}

impl From<::serde_json::Value> for Unpublished {
    fn from(value: ::serde_json::Value) -> Self {
        Self(value)
    }
}

/// The tags to apply to one contact. The docs show this body only by
/// example (the page has no field table), so any other key goes in
/// `extra` and is sent as given.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UpdateContactTagsRequest {
    /// How the tags are applied; only `MERGE` is published.
    #[serde(rename = "actionType")]
    pub action_type: String,
    /// Tag names (not ids), e.g. `vip`.
    pub tags: Vec<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
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
    #[serde(rename = "fileName", skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// Size in bytes.
    #[serde(rename = "fileSize", skip_serializing_if = "Option::is_none")]
    pub file_size: Option<i64>,
    /// A signed, expiring download URL.
    #[serde(rename = "fileUrl", skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    #[serde(rename = "originalUrl", skip_serializing_if = "Option::is_none")]
    pub original_url: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
}

/// The contact in a `contact.create` webhook. It is not the REST contact
/// (this payload has `companyId` and `contactEmails`), so it has a schema
/// of its own. The docs' example stops part-way through the first email
/// address: only the keys shown before that point are modelled, and,
/// as for every type known only from a cut-off example, none of them is
/// required. `company` and `companyId` are shown only as `null`, so
/// their type is unknown: they are left to `extra`, with every key the
/// docs cut off (a `null` is kept, not dropped, when the payload is
/// written back). A `null` in the declared keys reads as absent.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct WebhookContact {
    /// A postal address, free text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The channel the contact came from, `whatsapp` in the docs; the
    /// full set is unknown, so this is an open string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The contact's email addresses.
    #[serde(rename = "contactEmails", default, skip_serializing_if = "Vec::is_empty")]
    pub contact_emails: Vec<WebhookContactEmail>,
    /// The contact id (a UUID).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The contact's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

/// The `contact.create` webhook, "triggered when a new contact is added
/// to your system": the envelope with the new contact as `data`. Used by
/// no path (OpenAPI 3.0 has no `webhooks` key).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct WebhookContactCreate {
    pub data: WebhookContact,
    /// The event type, `contact.create`.
    pub event: String,
    /// When the contact was created, in UTC.
    pub timestamp: crate::Timestamp,
}

/// One email address of a webhook contact. The docs' example stops after
/// `isPrimary` (the next key begins `createdA`), so the keys after it are
/// unknown and kept in `extra`.
#[derive(::klink_api::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct WebhookContactEmail {
    /// The address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The email address's id (a UUID).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Whether this is the contact's primary address.
    #[serde(rename = "isPrimary", skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    #[serde(flatten)]
    pub extra: crate::Extra,
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
    pub event: String,
    /// When the event happened, in UTC. The docs show six fractional
    /// digits (`2026-01-09T03:42:38.000000Z`).
    pub timestamp: crate::Timestamp,
}

/// Types for composing complex structures.
pub mod builder;

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
