//! The pagination section of `cargo xtask bench`: runs
//! `klink-api/benches/pagination.rs`, which measures `stream()` against a
//! hand-written page loop and writes its table to
//! `target/tmp/pagination.md`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Runs the pagination benchmark and returns its report section.
pub fn section(root: &Path) -> Result<String, String> {
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let table_file = target.join("tmp/pagination.md");
    // A table left by an earlier run must not pass for this one's.
    let _ = std::fs::remove_file(&table_file);
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(root)
        .args(["bench", "--package", "klink-api", "--bench", "pagination"])
        .stdout(Stdio::from(std::io::stderr()))
        .status()
        .map_err(|e| format!("cannot run cargo bench: {e}"))?;
    if !status.success() {
        return Err(format!(
            "cargo bench --package klink-api --bench pagination failed: {status}"
        ));
    }
    let table = std::fs::read_to_string(&table_file)
        .map_err(|e| format!("{}: {e}", table_file.display()))?;
    Ok(format!(
        "\n### Pagination: streaming a long list on loopback (100 items a page)\n\n{table}"
    ))
}
