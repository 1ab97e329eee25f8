//! `--apply`: every proposal whose edited spec loads (every check
//! `generate` runs first), generates (in memory) and holds the edit where
//! it was meant is written; each other one is refused with its reason and
//! leaves the spec as the others made it. All of them are tried together
//! first, so the common case costs one load and one generation.

use std::path::Path;

use codegen::{escape_token, operation_pointer};

use super::edit;
use super::error::Error;
use super::proposals::Proposal;

/// A proposal `--apply` did not write, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// Which proposal (its line in the report's list of edits).
    pub proposal: String,
    /// Why.
    pub reason: String,
}

/// What `--apply` did.
#[derive(Debug, Default)]
pub struct Applied {
    /// Proposals written.
    pub written: usize,
    /// Proposals refused.
    pub refused: Vec<Refusal>,
}

/// Writes into the spec at `spec_path` every proposal of `proposals` that
/// holds on its own after the ones before it; `describe` names one for a
/// refusal. The file is replaced atomically, once, and only when changed.
pub fn write(
    spec_path: &Path,
    proposals: &[&Proposal],
    describe: impl Fn(&Proposal) -> String,
) -> Result<Applied, Error> {
    let original = std::fs::read_to_string(spec_path).map_err(|source| Error::Write {
        path: spec_path.to_owned(),
        source,
    })?;
    let mut applied = Applied::default();
    let text = match edited(spec_path, &original, proposals) {
        Ok(text) => {
            applied.written = proposals.len();
            text
        }
        // One at a time, keeping what holds.
        Err(_) => {
            let mut text = original.clone();
            for proposal in proposals {
                match edited(spec_path, &text, &[proposal]) {
                    Ok(next) => {
                        text = next;
                        applied.written += 1;
                    }
                    Err(reason) => applied.refused.push(Refusal {
                        proposal: describe(proposal),
                        reason,
                    }),
                }
            }
            text
        }
    };
    if text != original {
        crate::generated_file::write_atomically(spec_path, &text).map_err(|source| {
            Error::Write {
                path: spec_path.to_owned(),
                source,
            }
        })?;
    }
    Ok(applied)
}

/// `text` with `proposals` applied, once the result loads, generates and
/// holds each edit; else why not.
fn edited(spec_path: &Path, text: &str, proposals: &[&Proposal]) -> Result<String, String> {
    let edited = edit::apply(text, proposals)?;
    let spec = codegen::load_str(spec_path, &edited).map_err(|e| e.to_string())?;
    // Generation too (in memory): a learned key whose Rust name clashes
    // in a way the checks cannot see must fail here, not in `generate`.
    codegen::outputs(&spec).map_err(|e| e.to_string())?;
    for proposal in proposals {
        landed(&spec.raw, proposal)?;
    }
    Ok(edited)
}

/// Whether one edit is in the loaded document where it was meant to go.
fn landed(raw: &serde_json::Value, proposal: &Proposal) -> Result<(), String> {
    match proposal {
        Proposal::Property(new) => {
            let at = format!("{}/properties/{}", &new.owner[1..], escape_token(&new.key));
            match raw.pointer(&at) {
                Some(_) => Ok(()),
                None => Err(format!("{} did not land in {}", new.key, new.owner)),
            }
        }
        Proposal::Retype(retype) => {
            let at = format!(
                "{}/properties/{}",
                &retype.owner[1..],
                escape_token(&retype.key)
            );
            match raw.pointer(&at) {
                Some(_) => Ok(()),
                None => Err(format!("{} is no longer in {}", retype.key, retype.owner)),
            }
        }
        Proposal::Query(parameter) => {
            let operation = operation_pointer(&parameter.route, &parameter.method);
            let documented = raw
                .pointer(&format!("{}/parameters", &operation[1..]))
                .and_then(serde_json::Value::as_array)
                .is_some_and(|parameters| {
                    parameters.iter().any(|p| {
                        p.get("name").and_then(serde_json::Value::as_str)
                            == Some(parameter.key.as_str())
                    })
                });
            if documented {
                Ok(())
            } else {
                Err(format!(
                    "{} is not among {}'s parameters",
                    parameter.key, parameter.id
                ))
            }
        }
        Proposal::Body(body) => {
            let media = body.media.as_deref().unwrap_or("application/json");
            let at = format!(
                "{}/content/{}/schema/$ref",
                &body.holder[1..],
                escape_token(media)
            );
            let wanted = format!("#/components/schemas/{}", body.target.name());
            match raw.pointer(&at).and_then(serde_json::Value::as_str) {
                Some(target) if target == wanted => Ok(()),
                _ => Err(format!("{} does not refer to {wanted}", body.holder)),
            }
        }
        Proposal::Confirm(confirmed) => {
            let operation = operation_pointer(&confirmed.route, &confirmed.method);
            match raw.pointer(&format!("{}/x-klink-path", &operation[1..])) {
                None => Ok(()),
                Some(_) => Err(format!("the mark of {} is still there", confirmed.id)),
            }
        }
    }
}
