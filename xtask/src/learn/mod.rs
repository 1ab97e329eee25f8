//! `cargo xtask learn FILE...`: what captured traffic (HAR 1.2) says about
//! the spec.
//!
//! Each entry to the API's host is routed to an operation by method and
//! path template; its bodies are validated against their schemas by the
//! example check's validator ([`codegen::SchemaValidators`]) and walked to
//! find the keys that fell into `additionalProperties`, the types of
//! declared properties' values, and bodies the spec leaves untyped; its
//! query string is read for its keys and their values' types. The spec's
//! own example files are walked the same way, as evidence beside the
//! captures. Entries to paths the spec lacks become candidate operations.
//! The spec is read as codegen reads it (its JSON-pointer, `$ref`,
//! operation-walk and naming functions).
//!
//! The report goes to stdout. The proposals (`proposals`): optional
//! properties for extra keys, widenings and timestamp formats for declared
//! properties whose values contradict their type, schemas for untyped
//! bodies, optional query parameters for undocumented keys, and dropping
//! `x-klink-path: unconfirmed` where a path was answered 2xx. With
//! `--apply` (`apply`), each is written into `openapi/klink.yaml` as a
//! text edit (`edit`) once the edited spec passed codegen's load, checks
//! and generation (in memory); one that does not is refused alone. Those
//! that change an existing Rust type are breaking and need
//! `--allow-breaking`.
//!
//! Only key names, JSON types, counts and statuses leave a capture:
//! headers and cookies are never read, query and body values never kept.

mod analysis;
mod apply;
mod bodies;
mod candidates;
mod edit;
mod error;
mod har;
mod proposals;
mod report;
mod route;
mod shape;
mod typing;
mod walk;
mod widening;
mod yaml;

use std::path::{Path, PathBuf};

use codegen::SPEC_PATH;

use proposals::Proposal;

pub use apply::Refusal;
pub use error::Error;
pub use shape::{Kind, Shape};

/// The usage text of `cargo xtask learn`.
pub const USAGE: &str = "\
usage: cargo xtask learn [--apply [--allow-breaking]] [--base-url URL]... [--show-values] FILE.har...

  --apply           write the proposed edits into openapi/klink.yaml, each
                    one whose edited spec loads and generates; exits 1 when
                    one was refused
  --allow-breaking  with --apply, also write the proposals that change an
                    existing Rust type (marked BREAKING in the report)
  --base-url URL    the API's address in the captures (repeatable);
                    default: the spec's `servers`
  --show-values     list up to 10 distinct values of each extra key (they
                    stay out of the spec either way)";

/// What `learn` is asked to do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// HAR files.
    pub files: Vec<PathBuf>,
    /// Where the API was reached (replaces the spec's servers).
    pub base_urls: Vec<String>,
    /// Write the proposals into the spec.
    pub apply: bool,
    /// Write also the proposals that change a field's Rust type.
    pub allow_breaking: bool,
    /// List distinct values in the report.
    pub show_values: bool,
}

impl Options {
    /// Parses the arguments after `learn`; relative files resolve against `cwd`.
    pub fn parse(args: &[&str], cwd: &Path) -> Result<Self, Error> {
        let mut options = Self::default();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match *arg {
                "--apply" => options.apply = true,
                "--allow-breaking" => options.allow_breaking = true,
                "--show-values" => options.show_values = true,
                "--base-url" => {
                    let url = args.next().ok_or_else(|| usage("--base-url needs a URL"))?;
                    options.base_urls.push((*url).to_owned());
                }
                flag if flag.starts_with("--") => {
                    return Err(usage(&format!("unknown option {flag}")));
                }
                file => options.files.push(cwd.join(file)),
            }
        }
        if options.allow_breaking && !options.apply {
            return Err(usage("--allow-breaking goes with --apply"));
        }
        if options.files.is_empty() {
            return Err(usage("no HAR file given"));
        }
        Ok(options)
    }
}

/// A usage error: what is wrong, then the usage text.
fn usage(message: &str) -> Error {
    Error::Usage(format!("{message}\n{USAGE}"))
}

/// What a run did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The report.
    pub report: String,
    /// Proposed edits (breaking ones included).
    pub edits: usize,
    /// Whether the spec was rewritten.
    pub written: bool,
    /// Proposals `--apply` refused, with why: the edited spec failed a
    /// check or generation. The command exits non-zero when there are any.
    pub refused: Vec<Refusal>,
}

/// Learns from `options.files` against the spec under `root`, and with
/// `options.apply` writes the proposals into it.
pub fn run(root: &Path, options: &Options) -> Result<Outcome, Error> {
    let spec_path = root.join(SPEC_PATH);
    let spec = codegen::load(&spec_path)?;
    let captures = options
        .files
        .iter()
        .map(|file| har::read(file))
        .collect::<Result<Vec<_>, _>>()?;
    let bases = route::bases(&spec.raw, &options.base_urls)?;
    let mut analysis = analysis::Analysis::new(&spec.raw, bases, options.show_values);
    for capture in &captures {
        analysis.add_capture(capture);
    }
    analysis.add_examples(&spec.example_files());
    let proposals = proposals::propose(&spec.raw, &analysis);
    let mut report = report::render(&analysis, &proposals);
    let edits = proposals.edits();
    let (wanted, breaking): (Vec<&Proposal>, Vec<&Proposal>) = proposals
        .list
        .iter()
        .partition(|p| options.allow_breaking || !p.breaking());
    let mut outcome = Outcome {
        report: String::new(),
        edits,
        written: false,
        refused: Vec::new(),
    };
    if !options.apply {
        if edits > 0 {
            report.push_str("Run again with --apply to write them");
            if !breaking.is_empty() {
                report.push_str(" (and --allow-breaking for the breaking ones)");
            }
            report.push_str(".\n");
        }
    } else {
        if wanted.is_empty() {
            report.push_str("Nothing to apply; openapi/klink.yaml is unchanged.\n");
        } else {
            let applied = apply::write(&spec_path, &wanted, report::describe)?;
            outcome.written = applied.written > 0;
            outcome.refused = applied.refused;
            report::applied(applied.written, &outcome.refused, &mut report);
        }
        if !breaking.is_empty() {
            report.push_str(&format!(
                "Not written: {} breaking proposal(s) (marked BREAKING above); run with --apply --allow-breaking to write them.\n",
                breaking.len()
            ));
        }
    }
    outcome.report = report;
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options() {
        let cwd = Path::new("/work");
        let options = Options::parse(
            &[
                "a.har",
                "--apply",
                "--base-url",
                "http://127.0.0.1:4010",
                "/tmp/b.har",
            ],
            cwd,
        )
        .unwrap();
        assert_eq!(
            options,
            Options {
                files: vec!["/work/a.har".into(), "/tmp/b.har".into()],
                base_urls: vec!["http://127.0.0.1:4010".into()],
                apply: true,
                show_values: false,
                allow_breaking: false,
            }
        );
        for bad in [&[][..], &["--base-url"][..], &["--force", "a.har"][..]] {
            assert!(
                matches!(Options::parse(bad, cwd), Err(Error::Usage(_))),
                "{bad:?}"
            );
        }
    }
}
