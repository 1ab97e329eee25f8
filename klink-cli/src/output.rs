//! What a successful command prints: the response body as JSON on stdout,
//! pretty on a terminal and compact (one line) when piped.

use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::rc::Rc;

use serde::Serialize;

use crate::generated_cli::CliConfig;
use klink_api::{Error, Redactor, ResponseValue};

/// Prints response bodies; failures are reported by `main` from the error
/// the generated code returns, so the error callbacks print nothing.
pub struct JsonOutput {
    redactor: Redactor,
    pretty: bool,
    failed: WriteFailure,
}

/// The first error writing to stdout, other than a closed pipe; shared, so
/// that it can be read once the output has moved into the generated CLI.
#[derive(Clone, Default)]
pub struct WriteFailure(Rc<RefCell<Option<std::io::Error>>>);

impl WriteFailure {
    /// The error, if writing failed.
    pub fn take(&self) -> Option<std::io::Error> {
        self.0.borrow_mut().take()
    }
}

impl JsonOutput {
    /// Output to this process's stdout, with the token redacted.
    pub fn new(redactor: Redactor) -> Self {
        Self {
            redactor,
            pretty: std::io::stdout().is_terminal(),
            failed: WriteFailure::default(),
        }
    }

    /// Where a failure to write is kept.
    pub fn write_failure(&self) -> WriteFailure {
        self.failed.clone()
    }

    /// Prints one JSON document on a line (or, pretty, over several).
    fn print<T: Serialize + ?Sized>(&self, value: &T, pretty: bool) {
        let value = match serde_json::to_value(value) {
            Ok(value) => self.redactor.json(value),
            Err(error) => return self.fail(std::io::Error::other(error)),
        };
        let text = if pretty {
            serde_json::to_string_pretty(&value)
        } else {
            serde_json::to_string(&value)
        }
        .expect("a JSON value always prints");
        let mut stdout = std::io::stdout().lock();
        if let Err(error) = writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
            self.fail(error);
        }
    }

    fn fail(&self, error: std::io::Error) {
        // `klink ... | head` closes the pipe early: not a failure.
        if error.kind() != std::io::ErrorKind::BrokenPipe {
            self.failed.0.borrow_mut().get_or_insert(error);
        }
    }
}

impl CliConfig for JsonOutput {
    fn success_item<T>(&self, value: &ResponseValue<T>)
    where
        T: Serialize + std::fmt::Debug,
    {
        self.print(value.as_ref(), self.pretty);
    }

    fn success_no_item(&self, _: &ResponseValue<()>) {}

    fn error(&self, _: &Error) {}

    fn list_start<T>(&self)
    where
        T: Serialize + std::fmt::Debug,
    {
    }

    /// One item per line, so that `--all` output can be streamed into
    /// line-oriented tools.
    fn list_item<T>(&self, value: &T)
    where
        T: Serialize + std::fmt::Debug,
    {
        self.print(value, false);
    }

    fn list_end_success<T>(&self)
    where
        T: Serialize + std::fmt::Debug,
    {
    }

    fn list_end_error(&self, _: &Error) {}
}
