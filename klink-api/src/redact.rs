//! Keeping API tokens out of what is printed or written: error snippets,
//! error envelopes, captured traffic, and (in the `klink` CLI) everything it
//! writes, even when a misbehaving server or proxy echoes a token back.

use std::borrow::Cow;

use serde_json::Value;

/// What a token is replaced with.
pub(crate) const MASK: &str = "***";

/// Replaces tokens with `***`: the one it is given wherever it appears (as
/// sent, JSON-escaped or percent-encoded), and anything token-like
/// (`kpt_...` words, `Bearer ...` credentials).
///
/// ```
/// let redactor = klink_api::Redactor::new(Some("s3cret"));
/// assert_eq!(redactor.text("a s3cret, Bearer abc, kpt_xyz"), "a ***, Bearer ***, kpt_***");
/// assert!(!format!("{redactor:?}").contains("s3cret"));
/// ```
#[derive(Clone, Default)]
pub struct Redactor {
    /// The known token in each form it may take in a text: as sent,
    /// JSON-escaped, percent-encoded; empty when unset or blank.
    forms: Vec<Vec<u8>>,
}

impl std::fmt::Debug for Redactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Redactor(***)")
    }
}

impl Redactor {
    /// Masks `token` (trimmed; ignored when blank) and token-like words.
    pub fn new(token: Option<&str>) -> Self {
        let token = token.map(str::trim).unwrap_or_default();
        let mut forms: Vec<Vec<u8>> = Vec::new();
        if !token.is_empty() {
            let json = serde_json::to_string(token).unwrap_or_default();
            let json = json.trim_matches('"').to_owned();
            let percent: String = token
                .bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                        char::from(b).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect();
            for form in [token.to_owned(), json, percent] {
                if !forms.contains(&form.clone().into_bytes()) {
                    forms.push(form.into_bytes());
                }
            }
        }
        Self { forms }
    }

    /// Masks the token in [`TOKEN_VAR`](crate::TOKEN_VAR), the one
    /// [`Client::from_env`](crate::Client::from_env) sends, and token-like
    /// words.
    pub fn from_env() -> Self {
        Self::new(std::env::var(crate::TOKEN_VAR).ok().as_deref())
    }

    /// `text` with tokens replaced.
    pub fn text(&self, text: &str) -> String {
        mask_token_like(&self.token_text(text))
    }

    /// `bytes` with the known token replaced, in each of its forms, and
    /// nothing else changed: for bodies kept as received.
    pub(crate) fn token_bytes<'a>(&self, bytes: &'a [u8]) -> Cow<'a, [u8]> {
        let mut out = Cow::Borrowed(bytes);
        for form in &self.forms {
            if let Some(replaced) = replace(&out, form) {
                out = Cow::Owned(replaced);
            }
        }
        out
    }

    /// `text` with the known token replaced, in each of its forms, and
    /// nothing else changed.
    pub(crate) fn token_text(&self, text: &str) -> String {
        match self.token_bytes(text.as_bytes()) {
            // Replacing whole UTF-8 sequences with ASCII keeps the text UTF-8.
            Cow::Owned(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Cow::Borrowed(_) => text.to_owned(),
        }
    }

    /// `value` with tokens replaced in every string and key it holds.
    pub fn json(&self, value: Value) -> Value {
        match value {
            Value::String(text) => Value::String(self.text(&text)),
            Value::Array(items) => Value::Array(items.into_iter().map(|v| self.json(v)).collect()),
            Value::Object(map) => Value::Object(
                map.into_iter()
                    .map(|(key, value)| (self.text(&key), self.json(value)))
                    .collect(),
            ),
            other => other,
        }
    }
}

/// `haystack` with each `needle` replaced by [`MASK`]; `None` if it has none.
fn replace(haystack: &[u8], needle: &[u8]) -> Option<Vec<u8>> {
    let first = find(haystack, needle)?;
    let mut out = Vec::with_capacity(haystack.len());
    let mut rest = haystack;
    let mut at = Some(first);
    while let Some(index) = at {
        out.extend_from_slice(&rest[..index]);
        out.extend_from_slice(MASK.as_bytes());
        rest = &rest[index + needle.len()..];
        at = find(rest, needle);
    }
    out.extend_from_slice(rest);
    Some(out)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// Replaces `kpt_...` tokens and `Bearer ...` credentials with `***`.
fn mask_token_like(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = ["kpt_", "Bearer "]
        .iter()
        .filter_map(|marker| rest.find(marker).map(|i| (i, marker.len())))
        .min()
    {
        let (start, marker_len) = at;
        out.push_str(&rest[..start + marker_len]);
        let secret = &rest[start + marker_len..];
        let end = secret
            .find(|c: char| !(c.is_ascii_alphanumeric() || "-._~+/=".contains(c)))
            .unwrap_or(secret.len());
        // Nothing after the marker (or a `***` already): nothing to mask.
        if end > 0 {
            out.push_str(MASK);
        }
        rest = &secret[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_token_goes_wherever_it_appears() {
        let redactor = Redactor::new(Some(" s3cret-token "));
        assert_eq!(redactor.text("a s3cret-token b"), "a *** b");
        let echoed =
            json!({"message": "Bearer s3cret-token", "s3cret-token": [1, "xs3cret-tokenx"]});
        assert_eq!(
            redactor.json(echoed),
            json!({"message": "Bearer ***", "***": [1, "x***x"]})
        );
        assert!(!format!("{redactor:?}").contains("s3cret"));
    }

    #[test]
    fn token_like_words_are_masked_without_a_token() {
        assert_eq!(
            Redactor::new(Some("  ")).text("denied for Bearer kpt_abc123 and kpt_xyz, sorry"),
            "denied for Bearer *** and kpt_***, sorry"
        );
        assert_eq!(Redactor::new(None).json(json!("x")), json!("x"));
    }

    #[test]
    fn the_token_is_replaced_in_every_form() {
        let redactor = Redactor::new(Some("kpt_a\"b c"));
        let text = r#"{"echo":"kpt_a\"b c","raw":"kpt_a"b c","url":"kpt_a%22b%20c"}"#;
        let scrubbed = redactor.token_text(text);
        assert!(!scrubbed.contains("kpt_a"), "{scrubbed}");
        assert_eq!(redactor.token_text("nothing here"), "nothing here");
        assert!(matches!(redactor.token_bytes(b"plain"), Cow::Borrowed(_)));
        assert_eq!(Redactor::new(Some("")).token_text("a"), "a");
        // Only the token: a body keeps its token-like words as received.
        assert_eq!(redactor.token_text("kpt_other"), "kpt_other");
    }
}
