//! What one run measured, as `render` turns it into Markdown.

use serde_json::Value;

use super::criterion::Results;
use super::instructions::Counts;

/// The peer as it was measured.
#[derive(Debug, Clone, PartialEq)]
pub struct PeerSummary {
    /// openapi-generator's version.
    pub generator: String,
    /// The spec it was generated from.
    pub spec: String,
    /// The reqwest version both clients were built with.
    pub reqwest: String,
    /// Whether the generated `Cargo.toml` asked for another reqwest and
    /// was changed.
    pub reqwest_pinned: bool,
}

/// Everything one `cargo xtask bench` measured.
#[derive(Debug, Default)]
pub struct Report {
    /// criterion's results.
    pub criterion: Results,
    /// The interleaved ratios, as the `overhead_ratio` bench wrote them.
    pub interleaved: Option<Value>,
    /// The generator's growth with the sizes taking turns, as the
    /// `generate_growth` bench wrote it.
    pub generator_growth: Option<Value>,
    /// Client instructions per request, by variant, from callgrind.
    pub instructions: Option<Counts>,
    /// The peer, when it was measured.
    pub peer: Option<PeerSummary>,
}
