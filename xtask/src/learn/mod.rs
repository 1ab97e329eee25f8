//! `cargo xtask learn FILE...`: what captured traffic (HAR 1.2) says about
//! the spec.
//!
//! Each entry to the API's host is routed to an operation by method and
//! path template; its bodies are validated against their schemas by the
//! example check's validator ([`codegen::SchemaValidators`]) and walked to
//! find the keys that fell into `additionalProperties`. Entries to paths
//! the spec lacks become candidate operations. The report goes to stdout;
//! with `--apply`, the proposals (optional properties for extra keys,
//! dropping `x-klink-path: unconfirmed` where a path was answered 2xx) are
//! written into `openapi/klink.yaml` as text edits, after the edited spec
//! passed codegen's load, checks and generation (in memory). Only key names, JSON types, counts and
//! statuses leave a capture; headers and query strings are never read.

mod analysis;
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
mod yaml;

use std::path::{Path, PathBuf};

use codegen::{SPEC_PATH, escape_token, operation_pointer};

pub use error::Error;
pub use shape::{Kind, Shape};

/// The usage text of `cargo xtask learn`.
pub const USAGE: &str = "\
usage: cargo xtask learn [--apply] [--base-url URL]... [--show-values] FILE.har...

  --apply         write the proposed edits into openapi/klink.yaml
  --base-url URL  the API's address in the captures (repeatable); default:
                  the spec's `servers`
  --show-values   list up to 10 distinct values of each extra key (they
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
    /// Proposed edits.
    pub edits: usize,
    /// Whether the spec was rewritten.
    pub written: bool,
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
    let proposals = proposals::propose(&spec.raw, &analysis);
    let mut report = report::render(&analysis, &proposals);
    let edits = proposals.edits();
    let written = if !options.apply {
        if edits > 0 {
            report.push_str("Run again with --apply to write them.\n");
        }
        false
    } else if edits == 0 {
        report.push_str("Nothing to apply; openapi/klink.yaml is unchanged.\n");
        false
    } else {
        write(&spec_path, &proposals)?;
        report.push_str(&format!(
            "Written to {SPEC_PATH}; now run `cargo xtask generate`.\n"
        ));
        true
    };
    Ok(Outcome {
        report,
        edits,
        written,
    })
}

/// Applies the proposals to the spec's text, checks the result with
/// codegen's load (every check `generate` runs first) and by generating
/// every output in memory, checks that each edit landed where meant, then
/// replaces the file atomically.
fn write(spec_path: &Path, proposals: &proposals::Proposals) -> Result<(), Error> {
    let edit_error = |message: String| Error::Edit {
        path: spec_path.to_owned(),
        message,
    };
    let text = std::fs::read_to_string(spec_path).map_err(|source| Error::Write {
        path: spec_path.to_owned(),
        source,
    })?;
    let edited = edit::apply(&text, proposals).map_err(edit_error)?;
    let spec = codegen::load_str(spec_path, &edited).map_err(Error::Edited)?;
    // Generation too (in memory): a learned key whose Rust name clashes
    // in a way the checks cannot see must fail here, not in `generate`.
    codegen::outputs(&spec).map_err(Error::Edited)?;
    for new in &proposals.properties {
        let at = format!("{}/properties/{}", &new.owner[1..], escape_token(&new.key));
        if spec.raw.pointer(&at).is_none() {
            return Err(edit_error(format!(
                "{} did not land in {}",
                new.key, new.owner
            )));
        }
    }
    for confirmed in &proposals.confirmed {
        let operation = operation_pointer(&confirmed.route, &confirmed.method);
        let at = format!("{}/x-klink-path", &operation[1..]);
        if spec.raw.pointer(&at).is_some() {
            return Err(edit_error(format!(
                "the mark of {} is still there",
                confirmed.id
            )));
        }
    }
    crate::generated_file::write_atomically(spec_path, &edited).map_err(|source| Error::Write {
        path: spec_path.to_owned(),
        source,
    })
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
