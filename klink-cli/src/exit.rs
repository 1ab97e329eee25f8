//! How `klink` ends: the exit codes scripts can rely on, and the one-line
//! message on stderr that goes with a failure.

use klink_api::{ConfigError, Error};

use crate::generated_cli::NOT_IDEMPOTENT;

/// Added to the message of a failed `POST` or `PATCH` that may have taken
/// effect ([`Error::may_have_been_processed`]).
pub const MAY_HAVE_BEEN_PROCESSED: &str =
    " (the request may have been processed; check before resending)";

/// The command line could not be used: an unknown command or flag, a
/// missing argument, or a `--json-body` that cannot be read or parsed.
pub const USAGE: u8 = 2;
/// The client could not be configured: no token, or an invalid base URL.
pub const CONFIG: u8 = 3;
/// The API rejected the request (a 4xx status).
pub const CLIENT_ERROR: u8 = 4;
/// The API failed (a 5xx or other unexpected status), could not be
/// reached, timed out, or sent a body that is not the documented JSON.
pub const SERVER_ERROR: u8 = 5;
/// Writing the output failed.
pub const OUTPUT: u8 = 1;

/// The exit codes as `klink --help` lists them.
pub const HELP: &str = "\
Exit codes:
  0  success
  1  the output could not be written
  2  usage: unknown command or flag, missing argument, unreadable --json-body
  3  configuration: KLINK_API_TOKEN missing, invalid base URL
  4  the API rejected the request (4xx)
  5  the API failed (5xx), could not be reached, timed out, or answered
     with a body that is not the documented JSON";

/// Why `klink` stopped: its exit code and what to say on stderr.
#[derive(Debug)]
pub struct Failure {
    /// The process's exit code.
    pub code: u8,
    /// One line for stderr (without the `klink: ` prefix).
    pub message: String,
}

impl Failure {
    /// A failure with this code and message.
    pub fn new(code: u8, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }

    /// The client could not be built.
    pub fn config(error: ConfigError) -> Self {
        let message = match error {
            ConfigError::MissingToken => format!(
                "{} is not set: export a K-LINK personal access token (dashboard: \
                 Settings -> Channels & Integration -> API Tokens)",
                klink_api::TOKEN_VAR
            ),
            other => other.to_string(),
        };
        Self::new(CONFIG, message)
    }

    /// A call failed.
    pub fn api(error: Error) -> Self {
        let code = match &error {
            Error::Api(api) if api.status().is_client_error() => CLIENT_ERROR,
            Error::Config(_) => CONFIG,
            Error::InvalidRequest(_) => USAGE,
            _ => SERVER_ERROR,
        };
        Self::new(code, with_causes(&error))
    }

    /// What the generated CLI returned for the subcommand `name`: a
    /// call's or a page's [`Error`], or (anything else) a `--json-body` that
    /// could not be read or parsed. A failed call that is not idempotent
    /// and may have been processed says so: running it again may do it
    /// twice.
    pub fn from_cli(name: &str, error: anyhow::Error) -> Self {
        match error.downcast::<Error>() {
            Ok(call) => {
                let unsure = call.may_have_been_processed() && NOT_IDEMPOTENT.contains(&name);
                let mut failure = Self::api(call);
                if unsure {
                    failure.message.push_str(MAY_HAVE_BEEN_PROCESSED);
                }
                failure
            }
            Err(other) => Self::new(USAGE, format!("{other:#}")),
        }
    }
}

/// The error's message followed by those of its causes that it does not
/// already include ("transport error: error sending request: connection
/// refused").
fn with_causes(error: &dyn std::error::Error) -> String {
    let mut message = error.to_string();
    let mut cause = error.source();
    while let Some(error) = cause {
        let text = error.to_string();
        if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
        cause = error.source();
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_token_names_the_variable_and_where_tokens_come_from() {
        let failure = Failure::config(ConfigError::MissingToken);
        assert_eq!(failure.code, CONFIG);
        assert!(failure.message.starts_with("KLINK_API_TOKEN is not set"));
        assert!(failure.message.contains("API Tokens"));
    }

    #[test]
    fn errors_of_calls_without_a_documented_error_body_read_as_the_sdk_says() {
        let call = Error::InvalidRequest("page must be positive".into());
        let failure = Failure::from_cli("list-contacts", anyhow::Error::new(call));
        assert_eq!(failure.code, USAGE);
        assert_eq!(failure.message, "invalid request: page must be positive");
        let walk = Error::InvalidRequest("pageSize must be positive".into());
        let failure = Failure::from_cli("send-message", anyhow::Error::new(walk));
        assert_eq!(
            failure.message,
            "invalid request: pageSize must be positive"
        );
    }

    #[test]
    fn input_errors_are_usage_errors_with_their_causes() {
        let error = anyhow::anyhow!("No such file").context("failed to read body.json");
        let failure = Failure::from_cli("send-message", error);
        assert_eq!(failure.code, USAGE);
        assert_eq!(failure.message, "failed to read body.json: No such file");
    }
}
