//! Keeping API tokens out of what is printed: error snippets, error
//! envelopes, and (in the `klink` CLI) everything it writes, even when a
//! misbehaving server or proxy echoes a token back.

use serde_json::Value;

/// Replaces tokens with `***`: the one it is given wherever it appears, and
/// anything token-like (`kpt_...` words, `Bearer ...` credentials).
///
/// ```
/// let redactor = klink_api::Redactor::new(Some("s3cret"));
/// assert_eq!(redactor.text("a s3cret, Bearer abc, kpt_xyz"), "a ***, Bearer ***, kpt_***");
/// assert!(!format!("{redactor:?}").contains("s3cret"));
/// ```
#[derive(Clone, Default)]
pub struct Redactor {
    /// The known token; `None` when unset or blank.
    token: Option<String>,
}

impl std::fmt::Debug for Redactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Redactor(***)")
    }
}

impl Redactor {
    /// Masks `token` (trimmed; ignored when blank) and token-like words.
    pub fn new(token: Option<&str>) -> Self {
        Self {
            token: token
                .map(str::trim)
                .filter(|token| !token.is_empty())
                .map(str::to_owned),
        }
    }

    /// Masks the token in [`TOKEN_VAR`](crate::TOKEN_VAR), the one
    /// [`Client::from_env`](crate::Client::from_env) sends, and token-like
    /// words.
    pub fn from_env() -> Self {
        Self::new(std::env::var(crate::TOKEN_VAR).ok().as_deref())
    }

    /// `text` with tokens replaced.
    pub fn text(&self, text: &str) -> String {
        let text = match &self.token {
            Some(token) => text.replace(token.as_str(), "***"),
            None => text.to_owned(),
        };
        mask_token_like(&text)
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
            out.push_str("***");
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
}
