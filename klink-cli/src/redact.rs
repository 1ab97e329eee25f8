//! Keeping the API token out of everything `klink` prints, even when a
//! misbehaving server echoes it back in a body or an error.

use serde_json::Value;

/// Replaces every occurrence of the token with `***`.
pub struct Redactor {
    /// The token as given in the environment; `None` when unset or blank.
    token: Option<String>,
}

impl std::fmt::Debug for Redactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Redactor(***)")
    }
}

impl Redactor {
    /// Redacts the token in `KLINK_API_TOKEN`, the one the client sends.
    pub fn from_env() -> Self {
        let token = std::env::var(klink_api::TOKEN_VAR).ok();
        Self::new(token.as_deref())
    }

    fn new(token: Option<&str>) -> Self {
        Self {
            token: token
                .map(str::trim)
                .filter(|token| !token.is_empty())
                .map(str::to_owned),
        }
    }

    /// `text` with the token replaced.
    pub fn text(&self, text: &str) -> String {
        match &self.token {
            Some(token) => text.replace(token.as_str(), "***"),
            None => text.to_owned(),
        }
    }

    /// `value` with the token replaced in every string and key it holds.
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
    fn without_a_token_nothing_changes() {
        assert_eq!(Redactor::new(Some("  ")).text("  "), "  ");
        assert_eq!(Redactor::new(None).json(json!("x")), json!("x"));
    }
}
