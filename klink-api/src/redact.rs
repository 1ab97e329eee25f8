//! Keeping API tokens out of what is printed or written: error snippets,
//! error envelopes, captured traffic, and (in the `klink` CLI) everything it
//! writes, even when a misbehaving server or proxy echoes a token back.

mod echo;

use std::borrow::Cow;

use serde_json::Value;

use echo::Echoes;

/// What a token is replaced with.
pub(crate) const MASK: &str = "***";

/// Replaces tokens with `***`: the one it is given wherever it appears,
/// however it is encoded (as sent; percent-encoded or JSON-escaped, any of
/// its characters, in any mix; base64-encoded as a whole, in the standard
/// or URL-safe alphabet, padded or not), and anything token-like (`kpt_...`
/// words, `Bearer ...` credentials).
///
/// ```
/// let redactor = klink_api::Redactor::new(Some("s3cret"));
/// assert_eq!(redactor.text("a s3cret, Bearer abc, kpt_xyz"), "a ***, Bearer ***, kpt_***");
/// // Echoed percent-encoded, JSON-escaped, base64-encoded:
/// assert_eq!(redactor.text(r"s%33cret s\u0033cret czNjcmV0"), "*** *** ***");
/// assert!(!format!("{redactor:?}").contains("s3cret"));
/// ```
#[derive(Clone, Default)]
pub struct Redactor {
    /// The known token's spellings; `None` when unset or blank.
    echoes: Option<Echoes>,
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
            echoes: Echoes::new(token.map(str::trim).unwrap_or_default()),
        }
    }

    /// Masks the token in [`TOKEN_VAR`](crate::TOKEN_VAR), the one
    /// [`Client::from_env`](crate::Client::from_env) sends, and token-like
    /// words.
    pub fn from_env() -> Self {
        Self::new(std::env::var(crate::auth::TOKEN_VAR).ok().as_deref())
    }

    /// `text` with tokens replaced.
    pub fn text(&self, text: &str) -> String {
        mask_token_like(&self.token_text(text))
    }

    /// `bytes` with the known token replaced, however it is encoded, and
    /// nothing else changed: for bodies kept as received. Borrowed, without
    /// a copy, when the token is not there.
    pub(crate) fn token_bytes<'a>(&self, bytes: &'a [u8]) -> Cow<'a, [u8]> {
        let Some(echoes) = &self.echoes else {
            return Cow::Borrowed(bytes);
        };
        let Some(first) = echoes.find(bytes) else {
            return Cow::Borrowed(bytes);
        };
        let mut out = Vec::with_capacity(bytes.len());
        let mut rest = bytes;
        let mut at = Some(first);
        while let Some(echo) = at {
            out.extend_from_slice(&rest[..echo.start]);
            out.extend_from_slice(MASK.as_bytes());
            rest = &rest[echo.end..];
            at = echoes.find(rest);
        }
        out.extend_from_slice(rest);
        Cow::Owned(out)
    }

    /// `text` with the known token replaced, however it is encoded, and
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

    /// A token shaped like K-LINK's.
    const TOKEN: &str = "kpt_live_0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    /// `TOKEN` with the characters at `encoded` positions written by `escape`.
    fn spelled(encoded: impl Fn(usize) -> bool, escape: impl Fn(u8) -> String) -> String {
        klink_tests::spelled(TOKEN, encoded, escape)
    }

    #[test]
    fn echoes_in_every_encoding_are_masked_in_k_link_shaped_bodies() {
        use base64::Engine;
        use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};

        let redactor = Redactor::new(Some(TOKEN));
        let echoes = [
            spelled(|_| true, |b| format!("%{b:02X}")),
            spelled(|i| i % 3 == 0, |b| format!("%{b:02x}")),
            spelled(|i| i == 3, |b| format!("%{b:02X}")),
            spelled(|_| true, |b| format!("\\u{:04x}", b)),
            spelled(|i| i % 2 == 1, |b| format!("\\u{:04X}", b)),
            spelled(
                |i| i % 4 == 0,
                |b| {
                    if b % 2 == 0 {
                        format!("\\u{b:04x}")
                    } else {
                        format!("%{b:02X}")
                    }
                },
            ),
            STANDARD.encode(TOKEN),
            STANDARD.encode(TOKEN).replace('/', "\\/"),
            URL_SAFE_NO_PAD.encode(TOKEN),
        ];
        for echo in echoes {
            let body = format!(
                r#"{{"status":401,"message":"Unauthenticated.","data":{{"token":"{echo}","callback":"https:\/\/app.klink.cloud\/oauth?token={echo}&state=1","contact":{{"id":"a0cad4e8-c23b-426d-95fe-75d02325d943","name":"Mya"}}}}}}"#
            );
            let expected = body.replace(&echo, MASK);
            assert_ne!(expected, body);
            assert_eq!(
                redactor.token_text(&body),
                expected,
                "{echo} is masked and nothing else changes"
            );
            assert_eq!(
                redactor.token_bytes(body.as_bytes()).as_ref(),
                expected.as_bytes()
            );
        }
    }

    #[test]
    fn strings_like_the_token_are_not_masked() {
        use base64::Engine;
        use base64::engine::general_purpose::STANDARD;

        let redactor = Redactor::new(Some(TOKEN));
        let other = "kpt_live_0a1b2c3d4e5f60718293a4b5c6d7e8f8";
        for text in [
            other.to_owned(),
            TOKEN[..TOKEN.len() - 1].to_owned(),
            TOKEN.to_uppercase(),
            TOKEN.replace('_', "%5G"),
            TOKEN.replace('_', "%5"),
            TOKEN.replace('_', "%255F"),
            TOKEN.replace('_', "\\u5f"),
            TOKEN.replace('_', "\\x5f"),
            STANDARD.encode(other),
            STANDARD.encode(&TOKEN[1..]),
            r#"{"data":[{"id":"a0cad4e8-c23b-426d-95fe-75d02325d943","note":"50% off \u00e9t\u00e9"}]}"#
                .to_owned(),
        ] {
            assert!(
                matches!(redactor.token_bytes(text.as_bytes()), Cow::Borrowed(_)),
                "{text} is left alone"
            );
        }
    }
}
