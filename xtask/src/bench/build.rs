//! `cargo xtask bench --build`: what a user's cold build of each client
//! costs. Each variant is a hello crate calling one list operation, as a
//! user writes one, outside the repository's workspace under
//! `target/bench-build/<variant>/` with its own target directory: klink-api
//! with each rustls provider, with `extend!` on two operations, progenitor's
//! `generate_api!` on the same two operations and on the whole spec, and
//! openapi-generator's client of the whole spec. Each is built cold in
//! debug and release with `--timings`; the report (also written to
//! `target/bench-build/report.md`) has the times, the ratios the targets
//! are set on, and the slowest units.
//!
//! Every build goes through `run_checked`: one that fails fails the run. A
//! variant whose tool or crate is missing (openapi-generator-cli, the
//! `extend!` crate) is skipped with one line saying why.

mod hello;
mod measure;
mod prepare;
mod report;
mod timings;
mod two_operations;
mod variant;

use std::path::Path;
use std::process::Command;

use super::cargo::target_dir;
use super::machine::machine;
use super::options::Options;
use measure::{Crate, Progress};
use prepare::{Readiness, Repository, prepare};
pub use report::{BuildReport, Outcome, render};

/// Prepares, fetches and builds every variant cold as `options` say
/// (`--build-runs`), and returns the report.
pub fn run(root: &Path, options: Options) -> Result<String, String> {
    let runs = options.build_runs.unwrap_or(1);
    let repository = Repository::read(root)?;
    let dir = target_dir(root).join("bench-build");
    let variants = variant::all(&repository.default_features);
    eprintln!(
        "{}: {} hello crates, each built cold in debug and release ({runs} run(s) each); \
         about 15 to 25 minutes on two cores. Run nothing else on this machine meanwhile: \
         other work slows some builds more than others and skews the ratios.",
        options.command(),
        variants.len()
    );
    // The report keeps this order, skipped variants in their place.
    let order: Vec<&str> = variants.iter().map(|v| v.id).collect();
    // Every crate is written and fetched before the first timed build, so
    // that a variant that cannot be made fails the run early.
    let mut ready = Vec::new();
    let mut outcomes = Vec::new();
    for variant in variants {
        let crate_dir = dir.join(variant.id);
        eprintln!("preparing {} in {}", variant.label, crate_dir.display());
        match prepare(&variant, &repository, &crate_dir)? {
            Readiness::Ready(note) => {
                let hello = Crate { dir: crate_dir };
                hello.fetch()?;
                ready.push((variant, hello, note));
            }
            Readiness::Skipped(reason) => {
                eprintln!("{}: skipped: {reason}", variant.label);
                outcomes.push((variant, Outcome::Skipped(reason)));
            }
        }
    }
    let mut progress = Progress {
        done: 0,
        total: ready.len() * runs * 2,
    };
    let (commit, uncommitted) = commit(root);
    let mut report = BuildReport {
        machine: machine(),
        command: options.command(),
        commit,
        uncommitted,
        runs,
        variants: outcomes,
        pending: ready.iter().map(|(v, _, _)| v.clone()).collect(),
    };
    let path = dir.join("report.md");
    for (variant, hello, note) in ready {
        let measured = hello.measure(&variant.label, runs, &mut progress)?;
        report.pending.retain(|pending| pending.id != variant.id);
        report
            .variants
            .push((variant, Outcome::Measured(measured, note)));
        report
            .variants
            .sort_by_key(|(variant, _)| order.iter().position(|id| *id == variant.id));
        // Written after each variant, so that a run cut short leaves what
        // it measured.
        std::fs::write(&path, render(&report)).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let text = render(&report);
    std::fs::write(&path, &text).map_err(|e| format!("{}: {e}", path.display()))?;
    eprintln!("report written to {}", path.display());
    Ok(text)
}

/// The commit checked out, and whether tracked files differ from it.
fn commit(root: &Path) -> (String, bool) {
    let git = |args: &[&str]| {
        Command::new("git")
            .current_dir(root)
            .args(args)
            .output()
            .ok()
            .filter(|out| out.status.success())
            .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned())
    };
    let head = git(&["rev-parse", "--short", "HEAD"]).unwrap_or_else(|| "unknown".into());
    let changed = git(&["status", "--porcelain", "--untracked-files=no"])
        .is_some_and(|status| !status.is_empty());
    (head, changed)
}
