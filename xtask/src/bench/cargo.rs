//! cargo as the benchmarks run it: from a workspace root, into an
//! absolute target directory.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The target directory, absolute: the benchmarks run from their package's
/// directory, where a relative `CARGO_TARGET_DIR` would put criterion's
/// results under the package instead of where the report reads them.
pub(super) fn target_dir(root: &Path) -> PathBuf {
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    std::path::absolute(&target).unwrap_or(target)
}

/// cargo, run from `root`, building into `target` (the peer's workspace
/// shares the repository's target directory and so its built crates; each
/// hello crate of `--build` has its own).
pub(super) fn cargo(root: &Path, target: &Path) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root).env("CARGO_TARGET_DIR", target);
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_target_directory_is_absolute_whatever_the_root() {
        // Relative, it would be read against each benchmark's package.
        let target = target_dir(Path::new("."));
        assert!(target.is_absolute(), "{}", target.display());
    }
}
