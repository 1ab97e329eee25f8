//! Keeping the generated client in step with the spec.

use std::path::{Path, PathBuf};

/// What [`generate`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The file already held the generated text and was not touched.
    Unchanged,
    /// The file was (re)written; it now has this many lines.
    Written {
        /// Lines in the new file.
        lines: usize,
    },
}

/// Why generating or checking failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The spec is broken; nothing was written.
    #[error(transparent)]
    Spec(#[from] codegen::Error),
    /// The generated file could not be written; the old one is intact.
    #[error("{}: cannot write: {source}", path.display())]
    Write {
        /// The generated file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The checked-in file differs from what the spec generates.
    #[error("{} is stale: it differs from what {} generates; run `cargo xtask generate`", path.display(), spec.display())]
    Stale {
        /// The generated file.
        path: PathBuf,
        /// The spec it should come from.
        spec: PathBuf,
    },
}

/// Regenerates `target` from `spec`. The file is replaced atomically and
/// only when its text changes; on any error it is left byte-identical.
pub fn generate(spec: &Path, target: &Path) -> Result<Outcome, Error> {
    let code = render(spec)?;
    if std::fs::read_to_string(target).is_ok_and(|old| old == code) {
        return Ok(Outcome::Unchanged);
    }
    write_atomically(target, &code).map_err(|source| Error::Write {
        path: target.to_owned(),
        source,
    })?;
    Ok(Outcome::Written {
        lines: code.lines().count(),
    })
}

/// Fails, naming `target`, when it is not what `spec` generates (or is
/// missing).
pub fn check(spec: &Path, target: &Path) -> Result<(), Error> {
    let code = render(spec)?;
    match std::fs::read_to_string(target) {
        Ok(old) if old == code => Ok(()),
        _ => Err(Error::Stale {
            path: target.to_owned(),
            spec: spec.to_owned(),
        }),
    }
}

fn render(spec: &Path) -> Result<String, codegen::Error> {
    codegen::generate(&codegen::load(spec)?)
}

/// Writes beside the target and renames over it, so that no reader (and no
/// failure half-way) ever leaves a partial file.
fn write_atomically(target: &Path, contents: &str) -> std::io::Result<()> {
    let temp = target.with_extension("rs.tmp");
    std::fs::write(&temp, contents)?;
    std::fs::rename(&temp, target).inspect_err(|_| {
        let _ = std::fs::remove_file(&temp);
    })
}
