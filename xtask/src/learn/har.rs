//! Reading HAR 1.2 files as the SDK, the CLI, browsers' developer tools,
//! mitmproxy, Charles and Postman write them. Only what learning needs is
//! read (method, URL, status, query keys and JSON bodies); every other
//! field is optional, and headers, cookies and query values are never kept
//! (a query value is read only for its JSON-like type), so no secret they
//! hold can reach the report.

use std::path::Path;

use base64::Engine as _;
use serde_json::Value;

use super::error::Error;

/// One request and its answer.
#[derive(Debug, Clone)]
pub struct Exchange {
    /// Upper-case method.
    pub method: String,
    /// The absolute URL.
    pub url: String,
    /// The query string's keys, each with the type its value reads as
    /// (`integer`, `boolean` or `string`); never the value.
    pub query: Vec<(String, &'static str)>,
    /// The request body, when it is JSON.
    pub request: Option<Value>,
    /// The response status.
    pub status: u16,
    /// The response body, when it is JSON.
    pub response: Option<Value>,
}

/// The exchanges of one file, and what was skipped in it.
#[derive(Debug, Default)]
pub struct Capture {
    /// Entries with a response, in file order.
    pub exchanges: Vec<Exchange>,
    /// Entries with no response (or status 0: the request failed).
    pub without_response: usize,
    /// Bodies that are not JSON (text, HTML, form data, cut-off JSON).
    pub non_json_bodies: usize,
    /// `base64` bodies that did not decode.
    pub undecodable_bodies: usize,
}

/// Reads one HAR file. A file that is not JSON (a truncated one included)
/// or has no `log.entries` is refused; an entry without a request method
/// or URL is refused naming its index; entries without a response and
/// bodies that are not JSON are skipped and counted.
pub fn read(path: &Path) -> Result<Capture, Error> {
    let fail = |message: String| Error::Capture {
        path: path.to_owned(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|e| fail(format!("cannot read: {e}")))?;
    let document: Value = serde_json::from_str(&text).map_err(|e| {
        let hint = if e.is_eof() {
            " (the file ends too early: truncated?)"
        } else {
            ""
        };
        fail(format!(
            "not a HAR file: invalid JSON at line {} column {}{hint}",
            e.line(),
            e.column()
        ))
    })?;
    let entries = document
        .pointer("/log/entries")
        .and_then(Value::as_array)
        .ok_or_else(|| fail("not a HAR file: no `log.entries` array".to_owned()))?;
    let mut capture = Capture::default();
    for (index, entry) in entries.iter().enumerate() {
        let request = entry.get("request");
        let method = request
            .and_then(|r| r.get("method"))
            .and_then(Value::as_str);
        let url = request.and_then(|r| r.get("url")).and_then(Value::as_str);
        let (Some(method), Some(url)) = (method, url) else {
            return Err(fail(format!(
                "entry {index} (of log.entries, from 0) has no request method or URL"
            )));
        };
        let status = entry
            .pointer("/response/status")
            .and_then(Value::as_u64)
            .and_then(|s| u16::try_from(s).ok())
            .filter(|s| *s > 0);
        let Some(status) = status else {
            capture.without_response += 1;
            continue;
        };
        let request_body = entry.pointer("/request/postData");
        let response_body = entry.pointer("/response/content");
        let exchange = Exchange {
            method: method.to_ascii_uppercase(),
            url: url.to_owned(),
            query: query_keys(url),
            request: request_body.and_then(|body| capture.json_body(body)),
            status,
            response: response_body.and_then(|body| capture.json_body(body)),
        };
        capture.exchanges.push(exchange);
    }
    Ok(capture)
}

/// The keys of a URL's query string with the types of their values.
/// Keys that are not plain names (letters, digits, `_`, `-`, `.`, `[`,
/// `]`) are left out rather than decoded.
fn query_keys(url: &str) -> Vec<(String, &'static str)> {
    let Some((_, query)) = url.split_once('?') else {
        return Vec::new();
    };
    let query = query.split('#').next().unwrap_or_default();
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let plain = !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-.[]".contains(c));
            plain.then(|| (key.to_owned(), value_type(value)))
        })
        .collect()
}

/// The JSON type a query value reads as.
fn value_type(value: &str) -> &'static str {
    let digits = value.strip_prefix('-').unwrap_or(value);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        "integer"
    } else if value == "true" || value == "false" {
        "boolean"
    } else {
        "string"
    }
}

impl Capture {
    /// The JSON in a `postData` or `content` object: `text`, decoded when
    /// `encoding` is `base64`. No text (Chrome leaves it out for large or
    /// binary bodies; Postman writes form `params` instead) is no body.
    fn json_body(&mut self, body: &Value) -> Option<Value> {
        let text = body.get("text").and_then(Value::as_str)?;
        if text.trim().is_empty() {
            return None;
        }
        let decoded;
        let text = if body.get("encoding").and_then(Value::as_str) == Some("base64") {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(text.trim())
                .ok()
                .and_then(|bytes| String::from_utf8(bytes).ok());
            let Some(bytes) = bytes else {
                self.undecodable_bodies += 1;
                return None;
            };
            decoded = bytes;
            decoded.as_str()
        } else {
            text
        };
        match serde_json::from_str(text) {
            Ok(value) => Some(value),
            Err(_) => {
                self.non_json_bodies += 1;
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_keys_with_the_types_of_their_values() {
        assert_eq!(
            query_keys("https://x/a?page=2&sortBy=createdAt&desc=true&q=&%24x=1#page=9"),
            [
                ("page".to_owned(), "integer"),
                ("sortBy".to_owned(), "string"),
                ("desc".to_owned(), "boolean"),
                ("q".to_owned(), "string"),
            ]
        );
        assert_eq!(query_keys("https://x/a"), []);
    }
}
