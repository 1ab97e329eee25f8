use std::fmt;
use std::path::{Path, PathBuf};

/// Everything that can go wrong between the spec file and the generated text.
///
/// Each variant names the spec file; those that concern one place in the spec
/// carry its JSON pointer and, where the place is inside an operation, the
/// operation (`METHOD /path (operationId)`).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The spec (or a file it points to) could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The file that could not be read.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not well-formed YAML or JSON.
    #[error("{}:{line}:{column}: syntax error: {message}", path.display())]
    Syntax {
        /// The file with the syntax error.
        path: PathBuf,
        /// 1-based line of the error (0 when the parser gave none).
        line: usize,
        /// 1-based column of the error (0 when the parser gave none).
        column: usize,
        /// What the parser said.
        message: String,
    },
    /// The spec parses but is not a valid spec for this generator.
    #[error("{}: {}{pointer}: {message}", path.display(), Operation(operation))]
    Invalid {
        /// The spec file.
        path: PathBuf,
        /// The operation the problem is in, if it is in one.
        operation: Option<String>,
        /// JSON pointer (RFC 6901, `#/...`) to the offending node.
        pointer: String,
        /// What is wrong.
        message: String,
    },
    /// progenitor rejected the spec (or failed on it).
    #[error("{}: {}generator error: {message}", path.display(), Operation(operation))]
    Generator {
        /// The spec file.
        path: PathBuf,
        /// The operation progenitor named, if it named one.
        operation: Option<String>,
        /// What progenitor said.
        message: String,
    },
    /// The generated tokens are not a valid Rust file (a generator bug).
    #[error("{}: generated code does not parse: {message}", path.display())]
    Format {
        /// The spec file the code came from.
        path: PathBuf,
        /// What syn said.
        message: String,
    },
}

impl Error {
    /// Generation failed for the spec at `path`, at `operation` if one is
    /// to blame.
    pub(crate) fn generator(path: &Path, operation: Option<&str>, message: String) -> Self {
        Error::Generator {
            path: path.to_owned(),
            operation: operation.map(str::to_owned),
            message,
        }
    }

    /// Generated tokens that do not parse as Rust, from the spec at `path`.
    pub(crate) fn format(path: &Path, error: &syn::Error) -> Self {
        Error::Format {
            path: path.to_owned(),
            message: error.to_string(),
        }
    }
}

/// Displays `operation: ` or nothing.
struct Operation<'a>(&'a Option<String>);

impl fmt::Display for Operation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(op) => write!(f, "{op}: "),
            None => Ok(()),
        }
    }
}
