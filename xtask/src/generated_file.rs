//! Keeping the generated files in step with the spec.
//!
//! Every generated file comes from one loaded spec ([`codegen::outputs`]).
//! Nothing is written until all of them are rendered, so a broken spec
//! leaves every file byte-identical; each file is then replaced atomically
//! and only when its text changes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use codegen::Output;

/// At most this many lines of each stale file's diff are shown.
const DIFF_LINES: usize = 60;

/// What [`generate`] did to one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The file already held the generated text and was not touched.
    Unchanged,
    /// The file was (re)written; it now has this many lines.
    Written {
        /// Lines in the new file.
        lines: usize,
    },
    /// The file is no longer generated and was removed.
    Removed,
}

/// One generated file that differs from what the spec generates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    /// The file, relative to the workspace root.
    pub path: String,
    /// A unified diff from the checked-in text to the generated one,
    /// shortened to its first lines.
    pub diff: String,
}

/// Why generating or checking failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The spec is broken; nothing was written.
    #[error(transparent)]
    Spec(#[from] codegen::Error),
    /// A generated file could not be written; it is intact.
    #[error("{}: cannot write: {source}", path.display())]
    Write {
        /// The generated file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Checked-in files differ from what the spec generates.
    #[error("{}", stale_message(.0))]
    Stale(Vec<Stale>),
}

fn stale_message(stale: &[Stale]) -> String {
    let mut message = format!(
        "{} generated file(s) differ from what {} generates; run `cargo xtask generate`:",
        stale.len(),
        codegen::SPEC_PATH
    );
    for file in stale {
        let _ = write!(message, "\n\n{}\n{}", file.path, file.diff);
    }
    message
}

/// Regenerates every generated file under `root` from the spec at
/// `root/openapi/klink.yaml`, and removes generated files the spec no
/// longer produces. Returns what happened to each file.
pub fn generate(root: &Path) -> Result<Vec<(String, Outcome)>, Error> {
    let outputs = render(root)?;
    let mut done = Vec::new();
    for output in &outputs {
        let target = root.join(&output.path);
        if std::fs::read_to_string(&target).is_ok_and(|old| old == output.contents) {
            done.push((output.path.clone(), Outcome::Unchanged));
            continue;
        }
        write_atomically(&target, &output.contents).map_err(|source| Error::Write {
            path: target.clone(),
            source,
        })?;
        let lines = output.contents.lines().count();
        done.push((output.path.clone(), Outcome::Written { lines }));
    }
    for path in strays(root, &outputs) {
        std::fs::remove_file(root.join(&path)).map_err(|source| Error::Write {
            path: root.join(&path),
            source,
        })?;
        done.push((path, Outcome::Removed));
    }
    Ok(done)
}

/// Fails, with a diff per file, when any generated file under `root` is
/// missing, differs from what the spec generates, or is no longer generated.
pub fn check(root: &Path) -> Result<Vec<String>, Error> {
    let outputs = render(root)?;
    let mut stale = Vec::new();
    for output in &outputs {
        let old = std::fs::read_to_string(root.join(&output.path)).unwrap_or_default();
        if old != output.contents {
            stale.push(Stale {
                path: output.path.clone(),
                diff: short_diff(&output.path, &old, &output.contents),
            });
        }
    }
    for path in strays(root, &outputs) {
        let old = std::fs::read_to_string(root.join(&path)).unwrap_or_default();
        stale.push(Stale {
            diff: short_diff(&path, &old, ""),
            path,
        });
    }
    if stale.is_empty() {
        Ok(outputs.into_iter().map(|output| output.path).collect())
    } else {
        Err(Error::Stale(stale))
    }
}

/// Every generated file, rendered from the spec under `root`.
pub fn render(root: &Path) -> Result<Vec<Output>, codegen::Error> {
    codegen::outputs(&codegen::load(root.join(codegen::SPEC_PATH))?)
}

/// Files in the generated client's directory that the spec no longer
/// generates (a module that was split out before, say).
fn strays(root: &Path, outputs: &[Output]) -> Vec<String> {
    fn rust_files(root: &Path, dir: &str, into: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            return;
        };
        for entry in entries.filter_map(Result::ok) {
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            let path = format!("{dir}/{name}");
            if entry.file_type().is_ok_and(|kind| kind.is_dir()) {
                rust_files(root, &path, into);
            } else if name.ends_with(".rs") {
                into.push(path);
            }
        }
    }
    let mut strays = Vec::new();
    rust_files(root, codegen::CLIENT_DIR, &mut strays);
    strays.retain(|path| !outputs.iter().any(|output| &output.path == path));
    strays.sort();
    strays
}

/// A unified diff from `old` to `new`, cut after `DIFF_LINES` lines.
pub fn short_diff(path: &str, old: &str, new: &str) -> String {
    let diff = similar::TextDiff::from_lines(old, new);
    let text = diff
        .unified_diff()
        .context_radius(2)
        .header(
            &format!("{path} (checked in)"),
            &format!("{path} (generated)"),
        )
        .to_string();
    let total = text.lines().count();
    let mut short: String = text
        .lines()
        .take(DIFF_LINES)
        .flat_map(|line| [line, "\n"])
        .collect();
    if total > DIFF_LINES {
        let _ = writeln!(short, "... {} more diff lines", total - DIFF_LINES);
    }
    short
}

/// Writes beside the target and renames over it, so that no reader (and no
/// failure half-way) ever leaves a partial file.
pub(crate) fn write_atomically(target: &Path, contents: &str) -> std::io::Result<()> {
    if let Some(dir) = target.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut temp = target.as_os_str().to_owned();
    temp.push(".tmp");
    let temp = PathBuf::from(temp);
    std::fs::write(&temp, contents)?;
    std::fs::rename(&temp, target).inspect_err(|_| {
        let _ = std::fs::remove_file(&temp);
    })
}
