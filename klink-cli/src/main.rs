//! `klink`: every operation of the K-LINK API as a subcommand, generated
//! from the same spec as klink-api (`cargo xtask generate`).
//!
//! The client is configured the way `klink_api::Client::from_env` does it
//! (`KLINK_API_TOKEN`, `KLINK_BASE_URL`), with `--base-url` on top. The
//! response body goes to stdout as JSON; a failure goes to stderr as one
//! line and sets one of the exit codes in [`exit`].

#[cfg(test)]
mod all;
mod app;
mod exit;
// Generated: lints are for hand-written code.
#[allow(dead_code, unused_variables, clippy::all, clippy::pedantic)]
#[rustfmt::skip]
mod generated_cli;
mod output;

use std::process::ExitCode;

use clap::ArgMatches;

use crate::exit::Failure;
use crate::generated_cli::Cli;
use crate::output::JsonOutput;
use klink_api::Redactor;

fn main() -> ExitCode {
    let matches = match app::command().try_get_matches() {
        Ok(matches) => matches,
        Err(error) => {
            // Help and version on stdout with 0; usage errors on stderr with 2.
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(exit::USAGE));
        }
    };
    let redactor = Redactor::from_env();
    match run(&matches, Redactor::from_env()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("klink: {}", redactor.text(&failure.message));
            ExitCode::from(failure.code)
        }
    }
}

/// Runs the chosen subcommand.
fn run(matches: &ArgMatches, redactor: Redactor) -> Result<(), Failure> {
    let (name, arguments) = matches.subcommand().expect("clap requires a subcommand");
    let command = app::find(name).expect("every subcommand comes from the table");
    let client = client(
        matches.get_one::<String>(app::BASE_URL),
        matches.get_one::<std::path::PathBuf>(app::CAPTURE),
    )?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|error| Failure::new(exit::OUTPUT, format!("cannot start: {error}")))?;
    let output = JsonOutput::new(redactor);
    let write_failure = output.write_failure();
    let cli = Cli::new(client, output);
    let all = command.paginated && arguments.get_flag(app::ALL);
    runtime
        .block_on(async {
            if all {
                cli.execute_all(command.command, arguments).await
            } else {
                cli.execute(command.command, arguments).await
            }
        })
        .map_err(|error| Failure::from_cli(name, error))?;
    match write_failure.take() {
        Some(error) => Err(Failure::new(
            exit::OUTPUT,
            format!("cannot write the output: {error}"),
        )),
        None => Ok(()),
    }
}

/// The client `Client::from_env` builds, with `--base-url` and
/// `--capture` if given.
fn client(
    base_url: Option<&String>,
    capture: Option<&std::path::PathBuf>,
) -> Result<klink_api::Client, Failure> {
    let mut builder = klink_api::ClientBuilder::from_env().map_err(Failure::config)?;
    if let Some(base_url) = base_url {
        builder = builder.base_url(base_url);
    }
    if let Some(path) = capture {
        builder = builder.capture(path);
    }
    builder.build().map_err(Failure::config)
}
