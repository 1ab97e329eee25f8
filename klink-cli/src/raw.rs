//! `klink raw METHOD PATH`: a call to an operation the spec does not
//! describe (the docs name several without publishing them), through the
//! same client as every other subcommand: the token, the retries by method,
//! the exit codes, the redaction and the warning that a failed `POST` or
//! `PATCH` may have been processed are the same.

use std::path::{Path, PathBuf};

use clap::{Arg, ArgAction, ArgMatches, Command};
use klink_api::Method;
use serde_json::Value;

use crate::exit::{self, Failure};
use crate::output::JsonOutput;

/// The subcommand's name.
pub const NAME: &str = "raw";

/// What `klink --help` says of it.
pub const SUMMARY: &str = "Call any path: METHOD PATH [--query KEY=VALUE]... [--json-body FILE|-]";

const METHOD: &str = "method";
const PATH: &str = "path";
const QUERY: &str = "query";
const JSON_BODY: &str = "json-body";

/// The subcommand's arguments.
pub fn command() -> Command {
    Command::new(NAME)
        .about(SUMMARY)
        .long_about(
            "Calls PATH (appended to the base URL; percent-encode what needs it) with \
             METHOD, through the same client as the other commands: the token, retries \
             (a POST is not sent twice if it may have been processed), exit codes and \
             redaction are the same. The response body is printed as JSON, or as text \
             when it is not JSON; nothing for an empty body.",
        )
        .arg(
            Arg::new(METHOD)
                .value_name("METHOD")
                .required(true)
                .value_parser(method)
                .help("The HTTP method: GET, POST, PUT, PATCH, DELETE, ..."),
        )
        .arg(
            Arg::new(PATH)
                .value_name("PATH")
                .required(true)
                .help("The path, starting with `/`, e.g. /api/v1/tags"),
        )
        .arg(
            Arg::new(QUERY)
                .long(QUERY)
                .value_name("KEY=VALUE")
                .action(ArgAction::Append)
                .value_parser(query_pair)
                .help("A query parameter (repeatable, in order)"),
        )
        .arg(
            Arg::new(JSON_BODY)
                .long(JSON_BODY)
                .value_name("FILE|-")
                .value_parser(clap::value_parser!(PathBuf))
                .help("The request body as JSON: a file, or `-` for standard input"),
        )
}

fn method(value: &str) -> Result<Method, String> {
    Method::from_bytes(value.to_ascii_uppercase().as_bytes())
        .map_err(|_| format!("{value:?} is not an HTTP method"))
}

fn query_pair(value: &str) -> Result<(String, String), String> {
    value
        .split_once('=')
        .map(|(key, value)| (key.to_owned(), value.to_owned()))
        .ok_or_else(|| format!("{value:?} is not KEY=VALUE"))
}

/// Runs `klink raw` with `client`, printing through `output`.
pub fn run(
    client: &klink_api::Client,
    arguments: &ArgMatches,
    output: &JsonOutput,
) -> Result<(), Failure> {
    let method = arguments
        .get_one::<Method>(METHOD)
        .expect("required")
        .clone();
    let path = arguments.get_one::<String>(PATH).expect("required");
    let query: Vec<&(String, String)> = arguments
        .get_many::<(String, String)>(QUERY)
        .into_iter()
        .flatten()
        .collect();
    let body = arguments
        .get_one::<PathBuf>(JSON_BODY)
        .map(PathBuf::as_path)
        .map(read_body)
        .transpose()?;
    let mut request = client.raw(method.clone(), path);
    if !query.is_empty() {
        request = request.query(&query);
    }
    if let Some(body) = &body {
        request = request.json(body);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|error| Failure::new(exit::OUTPUT, format!("cannot start: {error}")))?;
    let response = runtime
        .block_on(request.send_bytes())
        .map_err(|error| Failure::raw(&method, error))?;
    let body = response.into_inner();
    if body.is_empty() {
        return Ok(());
    }
    match serde_json::from_slice::<Value>(&body) {
        Ok(json) => output.document(&json),
        Err(_) => output.text(&String::from_utf8_lossy(&body)),
    }
    Ok(())
}

/// The body from a file, or standard input for `-`; not JSON is a usage
/// error.
fn read_body(file: &Path) -> Result<Value, Failure> {
    let (text, name) = if file.as_os_str() == "-" {
        let text = std::io::read_to_string(std::io::stdin());
        (text, "standard input".to_owned())
    } else {
        (std::fs::read_to_string(file), file.display().to_string())
    };
    let text =
        text.map_err(|error| Failure::new(exit::USAGE, format!("cannot read {name}: {error}")))?;
    serde_json::from_str(&text)
        .map_err(|error| Failure::new(exit::USAGE, format!("{name} is not JSON: {error}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_and_query_pairs_are_parsed() {
        assert_eq!(method("patch").unwrap(), Method::PATCH);
        assert!(method("NOT A METHOD").is_err());
        assert_eq!(
            query_pair("q=a=b").unwrap(),
            ("q".to_owned(), "a=b".to_owned())
        );
        assert!(query_pair("page").is_err());
    }
}
