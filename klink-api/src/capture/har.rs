//! The HAR 1.2 entry a captured exchange is written as
//! (<http://www.softwareishard.com/blog/har-12-spec/>): only what the SDK
//! knows of an exchange, with the spec's placeholders (`-1`, empty lists)
//! where it knows nothing. Fields starting with `_` are the format's
//! custom fields.

use serde::Serialize;

/// One request and its response (or the failure in its place).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Entry {
    /// When the request was handed to the HTTP client (RFC 3339).
    pub started_date_time: String,
    /// Milliseconds from sending to the last body byte.
    pub time: f64,
    pub request: Request,
    pub response: Response,
    /// Nothing is cached; the format requires the object.
    pub cache: Empty,
    pub timings: Timings,
    /// The operation id (`send_message`, `raw`, ...) of the call.
    #[serde(rename = "_klinkOperation")]
    pub operation: String,
    /// 1 for the first attempt of the call, 2 for its first retry, ...
    #[serde(rename = "_klinkAttempt")]
    pub attempt: u32,
    /// Set when no response came: what failed, never with the URL.
    #[serde(rename = "_error", skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    pub comment: String,
}

/// The request as sent, masked.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Request {
    pub method: String,
    pub url: String,
    pub http_version: String,
    pub cookies: Vec<Cookie>,
    pub headers: Vec<NameValue>,
    pub query_string: Vec<NameValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub post_data: Option<PostData>,
    /// Not known: the connection writes the header block.
    pub headers_size: i64,
    /// The body's length, 0 without one, -1 when it was a stream.
    pub body_size: i64,
}

/// The response as received, masked.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Response {
    /// 0 when no response came (as browsers write it).
    pub status: u16,
    pub status_text: String,
    pub http_version: String,
    pub cookies: Vec<Cookie>,
    pub headers: Vec<NameValue>,
    pub content: Content,
    #[serde(rename = "redirectURL")]
    pub redirect_url: String,
    pub headers_size: i64,
    pub body_size: i64,
}

/// A header or query parameter.
#[derive(Debug, Serialize)]
pub(crate) struct NameValue {
    pub name: String,
    pub value: String,
}

/// A cookie: its name only, its value masked.
#[derive(Debug, Serialize)]
pub(crate) struct Cookie {
    pub name: String,
    pub value: String,
}

/// A request body.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PostData {
    pub mime_type: String,
    /// The body as sent (base64 bodies are not part of HAR 1.2's
    /// `postData`; a binary one is written as lossy UTF-8 with a comment).
    pub text: String,
    /// The format requires it; always empty (the SDK sends JSON).
    pub params: Vec<NameValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// A response body.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Content {
    /// The full length of the body, even when `text` was truncated.
    pub size: u64,
    pub mime_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// `base64` when the body is not UTF-8.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// Where the time went, in milliseconds; -1 for what is not measured.
#[derive(Debug, Serialize)]
pub(crate) struct Timings {
    pub blocked: f64,
    pub dns: f64,
    pub connect: f64,
    pub send: f64,
    /// Until the response's headers arrived.
    pub wait: f64,
    /// Reading the response body.
    pub receive: f64,
    pub ssl: f64,
}

impl Timings {
    /// `wait` and `receive` measured, the rest unknown (`send` is part of
    /// `wait`, as the HTTP client does not report it apart).
    pub(crate) fn new(wait: f64, receive: f64) -> Self {
        Self {
            blocked: -1.0,
            dns: -1.0,
            connect: -1.0,
            send: 0.0,
            wait,
            receive,
            ssl: -1.0,
        }
    }
}

/// `{}`.
#[derive(Debug, Serialize)]
pub(crate) struct Empty {}
