//! Recording every exchange a client makes to a HAR 1.2 file, for
//! debugging and for teaching the spec the real API (`cargo xtask learn`).
//!
//! Turn it on with [`ClientBuilder::capture`](crate::ClientBuilder::capture),
//! the [`CAPTURE_VAR`] variable (read by [`Client::from_env`](crate::Client::from_env)
//! and [`ClientBuilder::from_env`](crate::ClientBuilder::from_env)), or
//! `klink --capture FILE`:
//!
//! ```no_run
//! let client = klink_api::Client::builder()
//!     .token("kpt_...")
//!     .capture("klink-capture.har")
//!     .build()?;
//! # Ok::<(), klink_api::ConfigError>(())
//! ```
//!
//! # What is written
//!
//! One HAR entry per attempt: generated calls, raw calls, each page a
//! `stream()` fetches and each retry are entries of their own, in the order
//! they finished, with the operation id and attempt number in the custom
//! fields `_klinkOperation` and `_klinkAttempt`. An attempt that got no
//! response is an entry with status `0` and the failure in `_error`.
//!
//! The file is a complete HAR document after every write, one entry per
//! line, so any HAR tool (a browser's developer tools, mitmproxy, `jq`) can
//! open it at any time. A file that already holds a capture written by this
//! SDK is continued; any other existing file is refused
//! ([`ConfigError::Capture`](crate::ConfigError::Capture)) rather than
//! overwritten. Clients of one process that capture to the same path share
//! one writer; separate processes must not capture to the same file at once.
//!
//! # What is hidden, and what is not
//!
//! Before anything reaches the disk, the values of `Authorization`,
//! `Cookie`, `Set-Cookie` and of every header or query parameter whose name
//! suggests a secret (`token`, `secret`, `key`, `password`, `auth`,
//! `signature`, `session`, ...) are replaced by `***`, as are a URL's user
//! name and password; cookies keep their names only. The client's token is
//! removed wherever else it appears, bodies included, also when a server
//! echoes it percent-encoded or JSON-escaped (any of its characters) or
//! base64-encoded as a whole (see [`Redactor`](crate::Redactor)).
//!
//! **Bodies are written as they were sent and received**: names, e-mail
//! addresses, phone numbers and messages of your customers end up in the
//! file. It is your data on your disk: keep the file as you keep the data,
//! and delete it when you are done. Bodies longer than the limit
//! ([`DEFAULT_CAPTURE_BODY_LIMIT`], changed with
//! [`ClientBuilder::capture_body_limit`](crate::ClientBuilder::capture_body_limit))
//! are cut there, with a `comment` saying how much was kept; a response's
//! `content.size` is always its full length.
//!
//! # Costs and failures
//!
//! Capture is off by default and then costs a branch per attempt. When it
//! is on, each response body is read whole before the call decodes it (the
//! call gets it back unchanged), and each entry is written before the
//! attempt returns, synchronously: it is meant for diagnosis and learning,
//! not for every request of a busy service. A body that fails part-way
//! then fails the attempt itself, which the retry policy treats as any
//! dropped connection. A write that fails (a full disk, a removed
//! directory) never fails the call: it is logged once as a `tracing`
//! warning, and the next write that succeeds repairs the file.

mod exchange;
mod file;
mod har;
mod mask;

pub(crate) use self::exchange::Capture;

/// The environment variable that turns capture on: the path of the HAR
/// file to write.
pub const CAPTURE_VAR: &str = "KLINK_CAPTURE";

/// How many bytes of a request or response body are written by default;
/// the rest is cut, with a note.
pub const DEFAULT_CAPTURE_BODY_LIMIT: usize = 1024 * 1024;
