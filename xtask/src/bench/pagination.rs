//! The pagination section of `cargo xtask bench`: runs
//! `klink-api/benches/pagination.rs`, which measures `stream()` against a
//! hand-written page loop and writes its table to
//! `target/tmp/pagination.md`.

use std::path::Path;

use super::cargo::cargo;
use super::child::{Echo, run_checked};
use super::instructions::Counts;

/// The variants counted by callgrind: `stream()` and the hand-written loop
/// it is held to.
pub(super) const VARIANTS: [&str; 2] = ["stream", "hand_loop"];
/// Callgrind runs per variant.
pub(super) const RUNS: usize = 3;
/// The list length walked under callgrind: 100 pages, as many as the
/// wall-clock table's shorter list.
pub(super) const ITEMS: usize = 10_000;

/// Runs the pagination benchmark, building into `target` (absolute), and
/// returns its report section, with the callgrind counts of its walks when
/// there are some.
pub(super) fn section(
    root: &Path,
    target: &Path,
    instructions: Option<&Counts>,
) -> Result<String, String> {
    let table_file = target.join("tmp/pagination.md");
    // A table left by an earlier run must not pass for this one's.
    let _ = std::fs::remove_file(&table_file);
    run_checked(
        cargo(root, target).args(["bench", "--package", "klink-api", "--bench", "pagination"]),
        Echo::Everything,
    )?;
    let table = std::fs::read_to_string(&table_file)
        .map_err(|e| format!("{}: {e}", table_file.display()))?;
    let mut section = format!(
        "\n### Pagination: streaming a long list on loopback (100 items a page)\n\n{table}"
    );
    if let Some(counts) = instructions {
        section.push_str(&instructions_paragraph(counts));
    }
    Ok(section)
}

/// The client's instructions per item of `stream()` and of the
/// hand-written loop, and their ratio: the work each does, which the
/// items/s above measure through the machine's noise.
fn instructions_paragraph(counts: &Counts) -> String {
    let median = |variant: &str| {
        counts
            .iter()
            .find(|(name, _)| name == variant)
            .map(|(_, count)| count.median())
    };
    let [stream, hand] = VARIANTS.map(median);
    let (Some(stream), Some(hand)) = (stream, hand) else {
        return String::new();
    };
    let runs = counts.first().map_or(0, |(_, count)| count.runs.len());
    format!(
        "\nClient instructions per item (callgrind, {ITEMS} items, median of {runs} runs): \
         `stream()` {stream:.0}, hand-written loop {hand:.0}; the loop's count over the stream's \
         (the work ratio, 1.0 when `stream()` costs nothing extra): {:.3}.\n",
        hand / stream
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::Count;

    #[test]
    fn the_paragraph_gives_both_medians_and_the_loop_over_the_stream() {
        let counts: Counts = vec![
            (
                "stream".into(),
                Count {
                    runs: vec![12_100.0, 12_000.0, 12_300.0],
                },
            ),
            (
                "hand_loop".into(),
                Count {
                    runs: vec![11_800.0, 11_760.0, 11_900.0],
                },
            ),
        ];
        let text = instructions_paragraph(&counts);
        assert!(text.contains("median of 3 runs"), "{text}");
        assert!(
            text.contains("`stream()` 12100, hand-written loop 11800"),
            "{text}"
        );
        assert!(text.contains(": 0.975."), "{text}");
        assert_eq!(instructions_paragraph(&counts[..1].to_vec()), "");
    }
}
