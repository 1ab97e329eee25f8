// @generated from openapi/klink.yaml by `cargo xtask generate`.
// Do not edit by hand: change the spec or the codegen crate and regenerate.

use crate::sdk::*;
use anyhow::Context as _;

pub struct Cli<T: CliConfig> {
    client: Client,
    config: T,
}

impl<T: CliConfig> Cli<T> {
    pub fn new(client: Client, config: T) -> Self {
        Self { client, config }
    }

    pub fn get_command(cmd: CliCommand) -> ::clap::Command {
        match cmd {
            CliCommand::SendMessage => Self::cli_send_message(),
        }
    }

    pub fn cli_send_message() -> ::clap::Command {
        ::clap::Command::new("")
            .arg(
                ::clap::Arg::new("contact-id")
                    .long("contact-id")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help("The contact (a UUID) to send to."),
            )
            .arg(
                ::clap::Arg::new("created-at")
                    .long("created-at")
                    .value_parser(::clap::value_parser!(crate ::Timestamp))
                    .required(false)
                    .help(
                        "Client-side creation time. Whether the server requires it is unknown.",
                    ),
            )
            .arg(
                ::clap::Arg::new("message")
                    .long("message")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required(false)
                    .help("The text to send (for text messages)."),
            )
            .arg(
                ::clap::Arg::new("message-type")
                    .long("message-type")
                    .value_parser(::clap::value_parser!(::std::string::String))
                    .required_unless_present("json-body")
                    .help(
                        "The kind of message, `text` in the docs. The full set of values\nis unknown (media types exist), so this is a plain string.\n",
                    ),
            )
            .arg(
                ::clap::Arg::new("json-body")
                    .long("json-body")
                    .value_name("JSON-FILE")
                    .required(false)
                    .value_parser(::clap::value_parser!(std::path::PathBuf))
                    .help("Path to a file that contains the full json body."),
            )
            .about(
                "Send a message to a contact.\n\nSends an outgoing message from the workspace to one contact; the\nplatform delivers it on the contact's channel.\n",
            )
    }

    pub async fn execute(
        &self,
        cmd: CliCommand,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        match cmd {
            CliCommand::SendMessage => self.execute_send_message(matches).await,
        }
    }

    pub async fn execute_send_message(
        &self,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        let mut request = self.client.send_message();
        if let Some(value) = matches.get_one::<::std::string::String>("contact-id") {
            request = request.body_map(|body| { body.contact_id(value.clone()) });
        }
        if let Some(value) = matches.get_one::<crate::Timestamp>("created-at") {
            request = request.body_map(|body| { body.created_at(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("message") {
            request = request.body_map(|body| { body.message(value.clone()) });
        }
        if let Some(value) = matches.get_one::<::std::string::String>("message-type") {
            request = request.body_map(|body| { body.message_type(value.clone()) });
        }
        if let Some(value) = matches.get_one::<std::path::PathBuf>("json-body") {
            let body_txt = std::fs::read_to_string(value)
                .with_context(|| format!("failed to read {}", value.display()))?;
            let body_value = serde_json::from_str::<types::SendMessageRequest>(&body_txt)
                .with_context(|| format!("failed to parse {}", value.display()))?;
            request = request.body(body_value);
        }
        self.config.execute_send_message(matches, &mut request)?;
        let result = request.send().await;
        match result {
            Ok(r) => {
                self.config.success_item(&r);
                Ok(())
            }
            Err(r) => {
                self.config.error(&r);
                Err(anyhow::Error::new(r))
            }
        }
    }
}

pub trait CliConfig {
    fn success_item<T>(&self, value: &ResponseValue<T>)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn success_no_item(&self, value: &ResponseValue<()>);
    fn error<T>(&self, value: &Error<T>)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn list_start<T>(&self)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn list_item<T>(&self, value: &T)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn list_end_success<T>(&self)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn list_end_error<T>(&self, value: &Error<T>)
    where
        T: serde::Serialize + std::fmt::Debug;
    fn execute_send_message(
        &self,
        matches: &::clap::ArgMatches,
        request: &mut builder::SendMessage,
    ) -> anyhow::Result<()> {
        Ok(())
    }
}

#[derive(Copy, Clone, Debug)]
pub enum CliCommand {
    SendMessage,
}

impl CliCommand {
    pub fn iter() -> impl Iterator<Item = CliCommand> {
        vec![CliCommand::SendMessage,].into_iter()
    }

    pub fn operation_id(&self) -> &'static str {
        match self {
            CliCommand::SendMessage => "send_message",
        }
    }
}

impl<T: CliConfig> Cli<T> {
    /// Runs a paginated command with `--all`.
    pub async fn execute_all(
        &self,
        cmd: CliCommand,
        matches: &::clap::ArgMatches,
    ) -> anyhow::Result<()> {
        match cmd {
            other => anyhow::bail!("`{}` is not paginated", other.operation_id()),
        }
    }
}

/// A group of subcommands in `klink --help`: the operations of one
/// of the spec's tags (the docs' sections).
#[derive(Debug)]
pub struct CommandGroup {
    /// The tag's name.
    pub tag: &'static str,
    /// The tag's description.
    pub description: &'static str,
    /// The group's subcommands, in the spec's order.
    pub commands: &'static [Subcommand],
}

/// One subcommand: one operation of the spec.
#[derive(Debug)]
pub struct Subcommand {
    /// The generated command.
    pub command: CliCommand,
    /// Its name: the operationId in kebab case.
    pub name: &'static str,
    /// The operation's summary: its line in `klink --help`.
    pub summary: &'static str,
    /// The flags that set one field of the request body. The body
    /// from `--json-body` replaces the whole body, so it cannot be
    /// combined with them.
    pub body_flags: &'static [&'static str],
    /// Whether the operation returns pages, which `--all` walks
    /// (`Cli::execute_all`).
    pub paginated: bool,
}

/// Every subcommand, grouped by the spec's tags in the order the
/// spec lists them; untagged operations last.
pub const COMMAND_GROUPS: &[CommandGroup] = &[
    CommandGroup {
        tag: "message",
        description: "Messages exchanged with contacts.",
        commands: &[
            Subcommand {
                command: CliCommand::SendMessage,
                name: "send-message",
                summary: "Send a message to a contact.",
                body_flags: &["contact-id", "created-at", "message", "message-type"],
                paginated: false,
            },
        ],
    },
];
