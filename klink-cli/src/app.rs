//! The `klink` command line: one subcommand per operation (progenitor's),
//! listed in `klink --help` in the groups of the spec's tags, plus the
//! global options and the help text on tokens, output and exit codes.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::{Arg, Command};

use crate::generated_cli::{COMMAND_GROUPS, Cli, Subcommand};
use crate::output::JsonOutput;

/// The id of the global `--base-url` option.
pub const BASE_URL: &str = "base-url";

/// The id of the global `--capture` option.
pub const CAPTURE: &str = "capture";

/// The id of the `--all` flag of paginated subcommands.
pub const ALL: &str = "all";

/// The flag of a body read from a file (progenitor's name).
const JSON_BODY: &str = "json-body";

const ABOUT: &str = "The K-LINK customer-support API from the command line.";

const AFTER_HELP: &str = "\
Authentication:
  The API token is read from KLINK_API_TOKEN and from nowhere else. There is
  no --token flag: a token on the command line is kept in shell history and
  shown to other users in the process list. The token is never printed, not
  even when a server sends it back.

Output:
  The response body as JSON on stdout: indented on a terminal, one line when
  piped. Errors go to stderr, one line starting with `klink: `.";

/// The whole command line.
pub fn command() -> Command {
    let subcommands = COMMAND_GROUPS
        .iter()
        .flat_map(|group| group.commands)
        .map(subcommand);
    Command::new("klink")
        .version(env!("CARGO_PKG_VERSION"))
        .about(ABOUT)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .help_template(help_template())
        .after_help(format!("{AFTER_HELP}\n\n{}", crate::exit::HELP))
        .arg(
            Arg::new(BASE_URL)
                .long(BASE_URL)
                .value_name("URL")
                .global(true)
                .help(format!(
                    "The API's base URL [default: ${}, else {}]",
                    klink_api::BASE_URL_VAR,
                    klink_api::DEFAULT_BASE_URL
                )),
        )
        .arg(
            Arg::new(CAPTURE)
                .long(CAPTURE)
                .value_name("FILE")
                .value_parser(clap::value_parser!(PathBuf))
                .global(true)
                .help(format!(
                    "Record every exchange to FILE (HAR 1.2; secrets masked, bodies kept) \
                     [default: ${}]",
                    klink_api::CAPTURE_VAR
                )),
        )
        .subcommands(subcommands)
}

/// The subcommand called `name`.
pub fn find(name: &str) -> Option<&'static Subcommand> {
    COMMAND_GROUPS
        .iter()
        .flat_map(|group| group.commands)
        .find(|command| command.name == name)
}

/// progenitor's command for one operation, named, with `--json-body`
/// reading `-` as stdin and refusing the flags whose body it replaces.
fn subcommand(info: &Subcommand) -> Command {
    let mut command = Cli::<JsonOutput>::get_command(info.command).name(info.name);
    // The spec's descriptions end in a line break, which clap would show
    // as a blank line.
    let trimmed = |text: &clap::builder::StyledStr| text.to_string().trim_end().to_owned();
    if let Some(about) = command.get_about().map(trimmed) {
        command = command.about(about);
    }
    let mut command = command.mut_args(|arg| match arg.get_help().map(trimmed) {
        Some(help) => arg.help(help),
        None => arg,
    });
    if info.paginated {
        command = command.arg(
            Arg::new(ALL)
                .long(ALL)
                .action(clap::ArgAction::SetTrue)
                .help("Every item of every page, one JSON object per line, from --page on"),
        );
    }
    if !command.get_arguments().any(|arg| arg.get_id() == JSON_BODY) {
        return command;
    }
    command.mut_arg(JSON_BODY, |arg| {
        arg.value_parser(stdin_or_path)
            .conflicts_with_all(info.body_flags)
            .help("The whole request body as JSON: a file, or `-` for standard input")
    })
}

/// `-` is standard input, anything else a file.
fn stdin_or_path(value: &str) -> Result<PathBuf, String> {
    if value != "-" {
        return Ok(PathBuf::from(value));
    }
    // The generated code reads the body with `std::fs::read_to_string`.
    if cfg!(unix) {
        Ok(PathBuf::from("/dev/stdin"))
    } else {
        Err("`-` (standard input) needs a Unix system here; give a file".to_owned())
    }
}

/// clap's default layout, with the subcommands listed by group.
fn help_template() -> String {
    let width = COMMAND_GROUPS
        .iter()
        .flat_map(|group| group.commands)
        .map(|command| command.name.len())
        .max()
        .unwrap_or(0);
    let mut groups = String::new();
    for group in COMMAND_GROUPS {
        let _ = match group.description {
            "" => writeln!(groups, "\n{}:", group.tag),
            description => writeln!(groups, "\n{}: {description}", group.tag),
        };
        for command in group.commands {
            let _ = writeln!(groups, "  {:width$}  {}", command.name, command.summary);
        }
    }
    // The literal text must not hold template tags.
    let groups = groups.replace('{', "{{").replace('}', "}}");
    format!(
        "{{before-help}}{{about-with-newline}}\n{{usage-heading}} {{usage}}\n\nCommands, by the API's sections:\n{groups}\nOptions:\n{{options}}{{after-help}}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn every_operation_has_its_kebab_case_subcommand() {
        let names: Vec<&str> = COMMAND_GROUPS
            .iter()
            .flat_map(|group| group.commands)
            .map(|command| command.name)
            .collect();
        let operations: Vec<String> = crate::generated_cli::CliCommand::iter()
            .map(|command| command.operation_id().replace('_', "-"))
            .collect();
        assert_eq!(names.len(), operations.len());
        for operation in &operations {
            assert!(names.contains(&operation.as_str()), "{operation}");
            assert!(find(operation).is_some(), "{operation}");
        }
    }

    #[test]
    fn dash_is_stdin() {
        assert_eq!(
            stdin_or_path("body.json").unwrap(),
            PathBuf::from("body.json")
        );
        if cfg!(unix) {
            assert_eq!(stdin_or_path("-").unwrap(), PathBuf::from("/dev/stdin"));
        }
    }
}
