//! What the code `klink_api_extend::extend!` expands to reaches through
//! `klink_api::__private`: the crates progenitor's code names (so the
//! user's crate needs only klink-api) and klink-api's own items at the
//! paths the generated code uses inside klink-api (`crate::X` there is
//! `klink_api::__private::X` in an extension). Not a public API: it follows
//! the generator, not semver.

pub use {bytes, chrono, futures_core, progenitor_client, reqwest, serde, serde_json};

pub use crate::error::Error;
pub use crate::extra::Extra;
pub use crate::pagination;
pub use crate::timestamp::Timestamp;

/// The client's settings, where the generated code names them.
pub mod config {
    pub use crate::config::ClientConfig;
}

/// The bodies of klink-api's `ClientHooks`, for an extension's client.
pub mod hooks {
    pub use crate::hooks::{execute, prepare};
}

/// The conversion every generated `send()` passes its error through.
pub mod error {
    /// See `crate::error::from_generated`.
    pub fn from_generated<E>(error: progenitor_client::Error<E>) -> crate::error::Error {
        crate::error::from_generated(error)
    }
}

/// The runtime of `#[derive(klink_api::Deserialize)]`.
pub mod lossless {
    pub use crate::lossless::{
        Key, KeySeed, Undeclared, optional_value, required, required_value, tolerant,
    };
}

/// How the generated calls build their URLs.
pub mod urls {
    pub use crate::urls::{OperationUrl, with_path};
}

/// How the generated calls decode a success's body.
pub mod decode {
    pub use crate::decode::response;
}

/// The SDK's decoding of a JSON body (what a generated `send()` runs on a
/// success's body), for the decode benchmark.
pub use crate::decode::decode_body;
