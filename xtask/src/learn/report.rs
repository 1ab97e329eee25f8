//! The report on stdout: counts, then each operation with its evidence,
//! then candidate operations, then the proposed edits. It names keys, JSON
//! types, counts and statuses only; captured values appear only with
//! `--show-values`, and never for keys whose name suggests a secret.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::analysis::{Analysis, Counts, OperationFindings};
use super::apply::Refusal;
use super::bodies::Target;
use super::candidates;
use super::proposals::{Proposal, Proposals, label};
use super::shape::{Shape, key_looks_like_data};
use super::typing;
use super::widening::Change;
use super::yaml::{self, plural};

/// Key names whose values are never shown, even with `--show-values`.
const SECRET_WORDS: [&str; 8] = [
    "token",
    "secret",
    "password",
    "auth",
    "key",
    "cookie",
    "session",
    "signature",
];

/// The whole report.
pub fn render(analysis: &Analysis<'_>, proposals: &Proposals) -> String {
    let mut out = String::new();
    counts(&analysis.counts, &mut out);
    let proposed: BTreeMap<(&str, &str), &str> = proposals
        .properties()
        .map(|p| ((p.owner.as_str(), p.key.as_str()), "proposed"))
        .chain(
            proposals
                .held
                .iter()
                .map(|((owner, key), reason)| ((owner.as_str(), key.as_str()), reason.as_str())),
        )
        .collect();
    for (index, findings) in &analysis.findings {
        let operation = &analysis.operations()[*index];
        let _ = writeln!(
            out,
            "\n== {} {} ({}): {}; statuses {}",
            operation.method,
            operation.route,
            operation.id,
            plural(findings.entries, "request"),
            statuses(&findings.statuses)
        );
        places(findings, &proposed, &mut out);
        for (key, shape) in &findings.query {
            let verdict = proposals
                .held_query
                .get(&(operation.id.clone(), key.clone()))
                .map_or("proposed", String::as_str);
            let _ = writeln!(
                out,
                "  query key {key} (not documented): {}; sent in {} of {} -> {verdict}",
                shape.describe(),
                shape.seen,
                plural(findings.entries, "request")
            );
        }
        undocumented(findings, &mut out);
        if operation.unconfirmed && findings.successes() > 0 {
            let _ = writeln!(
                out,
                "  marked `x-klink-path: unconfirmed`, answered 2xx on this path ({}) -> proposed: drop the mark",
                plural(findings.successes(), "answer")
            );
        }
    }
    candidate_operations(analysis, &mut out);
    edits(proposals, &mut out);
    out
}

fn counts(counts: &Counts, out: &mut String) {
    let _ = writeln!(
        out,
        "{} file(s), {} entries with a response: {} matched an operation, {} matched none (candidate operations below), {} to other hosts (skipped).",
        counts.files, counts.exchanges, counts.matched, counts.unmatched, counts.foreign
    );
    let _ = writeln!(
        out,
        "Skipped: {} entries without a response, {} bodies not JSON, {} base64 bodies that did not decode.",
        counts.without_response, counts.non_json_bodies, counts.undecodable_bodies
    );
}

fn statuses(statuses: &BTreeMap<u16, u64>) -> String {
    statuses
        .iter()
        .map(|(status, n)| format!("{status} ×{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn places(findings: &OperationFindings, proposed: &BTreeMap<(&str, &str), &str>, out: &mut String) {
    for (name, place) in &findings.places {
        if place.schema.is_empty() {
            let _ = writeln!(
                out,
                "  {name}: JSON bodies where the spec documents no content"
            );
            continue;
        }
        let _ = writeln!(
            out,
            "  {name}: {} against {}",
            plural(place.bodies, "body"),
            label(&place.schema)
        );
        for (owner, stats) in &place.found.owners {
            let data_keys = stats
                .extras
                .keys()
                .filter(|key| key_looks_like_data(key))
                .count();
            if data_keys > 0 {
                let _ = writeln!(
                    out,
                    "    {}: {data_keys} extra key(s) that look like data (ids, numbers, addresses), not names -> not applied",
                    label(owner)
                );
            }
            for (key, shape) in &stats.extras {
                if key_looks_like_data(key) {
                    continue;
                }
                let verdict = proposed
                    .get(&(owner.as_str(), key.as_str()))
                    .copied()
                    .unwrap_or("reported");
                let _ = writeln!(
                    out,
                    "    extra key (in additionalProperties) {}.{key}: {}; seen in {} of {} -> {verdict}",
                    label(owner),
                    shape.describe(),
                    shape.seen,
                    stats.objects
                );
                values(key, shape, out);
            }
        }
        for ((path, problem), n) in &place.problems {
            let _ = writeln!(
                out,
                "    at {path}: {problem} (in {n} of {} bodies)",
                place.bodies
            );
        }
        for (schema, (like, strings)) in &place.found.date_times {
            if *like > 0 {
                let _ = writeln!(
                    out,
                    "    {}: {like} of {strings} strings look like date-times; the schema has no format",
                    label(schema)
                );
            }
        }
    }
}

fn undocumented(findings: &OperationFindings, out: &mut String) {
    for (status, shape) in &findings.undocumented {
        let answers = findings.statuses.get(status).copied().unwrap_or_default();
        let body = if shape.seen == 0 {
            "no JSON body".to_owned()
        } else {
            format!("body {}", shape.describe())
        };
        let _ = writeln!(
            out,
            "  status {status} is not documented ({}): {body}; to document it, under `responses:`:",
            plural(answers, "answer")
        );
        let _ = writeln!(out, "        \"{status}\":");
        let _ = writeln!(
            out,
            "          description: Learned from captured traffic ({}).",
            plural(answers, "answer")
        );
        if typing::typed(shape) {
            out.push_str(
                "          content:\n            application/json:\n              schema:\n",
            );
            yaml::schema(shape, 16, out);
        }
    }
}

fn candidate_operations(analysis: &Analysis<'_>, out: &mut String) {
    if analysis.candidates.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n== Candidate operations (paths the spec does not have; never applied)"
    );
    for ((method, template), candidate) in &analysis.candidates {
        let _ = writeln!(
            out,
            "{method} {template}: {}; statuses {}",
            plural(candidate.entries, "request"),
            statuses(&candidate.statuses)
        );
        for (status, shape) in &candidate.responses {
            if shape.seen > 0 {
                let _ = writeln!(out, "  response {status}: {}", shape.describe());
            }
        }
        let _ = writeln!(
            out,
            "  ready to paste under `paths:` (of the spec or an extension spec):"
        );
        out.push_str(&candidates::stanza(method, template, candidate));
    }
}

fn edits(proposals: &Proposals, out: &mut String) {
    let _ = writeln!(
        out,
        "\n== Proposed edits of openapi/klink.yaml: {}",
        proposals.edits()
    );
    for proposal in &proposals.list {
        let _ = writeln!(out, "  {}", describe(proposal));
    }
    for ((owner, key), reason) in &proposals.unresolved {
        let _ = writeln!(out, "  {}.{key}: {reason}", label(owner));
    }
}

/// One proposal on one line, as the list of edits and the refusals name it.
pub fn describe(proposal: &Proposal) -> String {
    match proposal {
        Proposal::Property(new) => {
            let mut text = format!(
                "{}: add optional `{}` ({}; seen in {} of {})",
                label(&new.owner),
                new.key,
                new.shape.describe(),
                new.shape.seen,
                new.of
            );
            if let Some(file) = &new.null_in_example {
                let _ = write!(text, ", nullable: null in the spec's example {file}");
            }
            text
        }
        Proposal::Retype(retype) => {
            let what = match &retype.change {
                Change::Nullable => "make nullable".to_owned(),
                Change::OneOf { types, nullable } => format!(
                    "widen to oneOf [{}{}]",
                    types.join(", "),
                    if *nullable { ", null" } else { "" }
                ),
                Change::Format(format) => format!("add `format: {format}`"),
            };
            let mark = if retype.breaking() { "BREAKING: " } else { "" };
            format!(
                "{mark}{}.{}: {what} (seen: {}); Rust type `{}` -> `{}`",
                label(&retype.owner),
                retype.key,
                retype.evidence,
                retype.rust_before,
                retype.rust_after
            )
        }
        Proposal::Query(parameter) => format!(
            "{} {} ({}): add optional query parameter `{}` ({}; sent in {} of {} requests)",
            parameter.method.to_ascii_uppercase(),
            parameter.route,
            parameter.id,
            parameter.key,
            parameter.schema_type(),
            parameter.shape.seen,
            parameter.of
        ),
        Proposal::Body(body) => {
            let what = match &body.target {
                Target::Existing(name) => {
                    format!("as the existing `{name}` (every body fits it)")
                }
                Target::New(name, shape) => {
                    format!("as a new component `{name}` ({})", shape.describe())
                }
            };
            format!(
                "BREAKING: {} {} ({}) {} body: type it {what}; seen in {}; Rust type `{}` -> `{}`",
                body.method.to_ascii_uppercase(),
                body.route,
                body.id,
                body.role,
                plural(body.shape.seen, "body"),
                body.rust_before(),
                body.rust_after()
            )
        }
        Proposal::Confirm(confirmed) => format!(
            "{} {} ({}): drop `x-klink-path: unconfirmed` ({} with a 2xx status)",
            confirmed.method.to_ascii_uppercase(),
            confirmed.route,
            confirmed.id,
            plural(confirmed.answers, "answer")
        ),
    }
}

/// What `--apply` wrote and what it refused.
pub fn applied(written: usize, refused: &[Refusal], out: &mut String) {
    if written > 0 {
        let _ = writeln!(
            out,
            "Written to openapi/klink.yaml: {}; now run `cargo xtask generate`.",
            plural(written as u64, "edit")
        );
    }
    if !refused.is_empty() {
        let _ = writeln!(
            out,
            "Refused: {} (the edited spec would not load or generate):",
            plural(refused.len() as u64, "edit")
        );
        for refusal in refused {
            let _ = writeln!(
                out,
                "  {}\n    because: {}",
                refusal.proposal, refusal.reason
            );
        }
    }
}

/// Distinct values, only kept with `--show-values`, never for secret-like keys.
fn values(key: &str, shape: &Shape, out: &mut String) {
    if shape.values.is_empty() {
        return;
    }
    let lower = key.to_ascii_lowercase();
    if SECRET_WORDS.iter().any(|word| lower.contains(word)) {
        let _ = writeln!(
            out,
            "      values: (hidden: the key's name suggests a secret)"
        );
        return;
    }
    let shown: Vec<&str> = shape.values.iter().map(String::as_str).collect();
    let _ = writeln!(out, "      values: {}", shown.join(", "));
}
