//! Why `learn` failed: every failure leaves the spec untouched. (A
//! proposal that cannot be applied is no failure of the run: `--apply`
//! refuses it alone and reports why, see `Outcome::refused`.)

use std::path::PathBuf;

/// Why `learn` failed; the spec is untouched in every case.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad arguments; the message ends with the usage text.
    #[error("{0}")]
    Usage(String),
    /// A capture file that cannot be read as HAR.
    #[error("{}: {message}", path.display())]
    Capture {
        /// The file.
        path: PathBuf,
        /// What is wrong, naming the entry when one is at fault.
        message: String,
    },
    /// A `--base-url` that is not an absolute http(s) URL.
    #[error("--base-url {0}: not an absolute http(s) URL")]
    BaseUrl(String),
    /// The spec does not load.
    #[error(transparent)]
    Spec(#[from] codegen::Error),
    /// The spec could not be written; it is intact.
    #[error("{}: cannot write: {source}", path.display())]
    Write {
        /// The spec.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}
