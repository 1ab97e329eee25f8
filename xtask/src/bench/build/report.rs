//! The `--build` report as Markdown: the cold-build table, the ratios the
//! issue's targets are set on, the SDK crate's own compile time, the
//! slowest units, and where klink-api starts in the extend variant's
//! build.

use std::fmt::Write as _;

use super::measure::{Build, Measured};
use super::timings::Timings;
use super::variant::{Variant, ids};

/// Ratios of cold build times, with the largest each may be: the numerator's
/// time over the denominator's, targets on the debug build.
pub const RATIOS: [(&str, &str, f64); 3] = [
    (ids::RUSTLS_RING, ids::PROGENITOR_TWO, 0.5),
    (ids::RUSTLS_RING, ids::OPENAPI_GENERATOR, 0.8),
    (ids::RUSTLS_RING_EXTEND, ids::PROGENITOR_TWO, 0.6),
];

/// The most seconds the extension may add to the cold debug build.
pub const EXTEND_BUDGET: f64 = 15.0;

/// How many of the slowest units the report lists per build.
pub const SLOWEST: usize = 5;

/// What happened to one variant.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Built; with a note on how its code was made, if any.
    Measured(Measured, Option<String>),
    /// Not built, for this reason.
    Skipped(String),
}

/// Everything one `cargo xtask bench --build` measured.
#[derive(Debug, Clone, PartialEq)]
pub struct BuildReport {
    /// The machine and rustc.
    pub machine: String,
    /// The command that reproduces the run.
    pub command: String,
    /// The commit measured.
    pub commit: String,
    /// Whether the working tree had changes to tracked files.
    pub uncommitted: bool,
    /// The runs each build's time is the median of.
    pub runs: usize,
    /// Every variant built or skipped so far, in report order.
    pub variants: Vec<(Variant, Outcome)>,
    /// The variants still to build, when the report is written part-way.
    pub pending: Vec<Variant>,
}

impl BuildReport {
    fn measured(&self, id: &str) -> Option<&Measured> {
        self.variants
            .iter()
            .find_map(|(variant, outcome)| match outcome {
                Outcome::Measured(measured, _) if variant.id == id => Some(measured),
                _ => None,
            })
    }

    fn label(&self, id: &str) -> String {
        self.variants
            .iter()
            .map(|(variant, _)| variant)
            .chain(&self.pending)
            .find(|variant| variant.id == id)
            .map_or_else(|| id.to_owned(), |variant| variant.label.clone())
    }
}

/// Renders the report as Markdown.
pub fn render(report: &BuildReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "### Cold builds of a hello crate\n");
    let _ = writeln!(
        out,
        "Machine: {}. Command: `{}`. Commit: `{}`{}.\n",
        report.machine,
        report.command,
        report.commit,
        match report.uncommitted {
            true => " with uncommitted changes",
            false => "",
        }
    );
    let _ = writeln!(
        out,
        "Each variant is a hello crate calling one list operation, outside the workspace, with its own target directory, started from the repository's `Cargo.lock` and with its dependencies fetched first. Each build is cold (its target directory wiped): `cargo build --timings`, then `cargo build --release --timings`, wall-clock time, {}; crates and units as cargo's timings page lists them.\n",
        match report.runs {
            1 => "one run each".to_owned(),
            runs => format!("the median of {runs} runs each"),
        }
    );
    build_table(&mut out, report);
    ratio_table(&mut out, report);
    extend_section(&mut out, report);
    own_time_table(&mut out, report);
    slowest_table(&mut out, report);
    notes(&mut out, report);
    if !report.pending.is_empty() {
        let _ = writeln!(
            out,
            "Written part-way: not built yet: {}.",
            report
                .pending
                .iter()
                .map(|variant| variant.label.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
    out
}

fn seconds(value: f64) -> String {
    format!("{value:.1} s")
}

fn build_table(out: &mut String, report: &BuildReport) {
    let _ = writeln!(
        out,
        "| variant | cold debug | cold release | crates | units (debug) |\n|---|---:|---:|---:|---:|"
    );
    for (variant, outcome) in &report.variants {
        match outcome {
            Outcome::Measured(measured, _) => {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} |",
                    variant.label,
                    seconds(measured.debug.seconds),
                    seconds(measured.release.seconds),
                    measured.debug.timings.crates(),
                    measured.debug.timings.units.len(),
                );
            }
            Outcome::Skipped(_) => {
                let _ = writeln!(out, "| {} | skipped | skipped | | |", variant.label);
            }
        }
    }
    out.push('\n');
}

fn ratio_table(out: &mut String, report: &BuildReport) {
    let _ = writeln!(
        out,
        "Cold build time of the first over the second (the targets are on the debug build):\n\n\
         | ratio | debug | release | target (debug) | met |\n|---|---:|---:|---:|---|"
    );
    for (numerator, denominator, target) in RATIOS {
        let name = format!(
            "{} / {}",
            report.label(numerator),
            report.label(denominator)
        );
        match (report.measured(numerator), report.measured(denominator)) {
            (Some(top), Some(bottom)) => {
                let debug = top.debug.seconds / bottom.debug.seconds;
                let release = top.release.seconds / bottom.release.seconds;
                let _ = writeln!(
                    out,
                    "| {name} | {debug:.2} | {release:.2} | ≤ {target} | {} |",
                    match debug <= target {
                        true => "yes",
                        false => "no",
                    }
                );
            }
            _ => {
                let _ = writeln!(out, "| {name} | | | ≤ {target} | not measured |");
            }
        }
    }
    out.push('\n');
}

/// What the extension adds, and whether klink-api waits for the generator.
fn extend_section(out: &mut String, report: &BuildReport) {
    let Some(extend) = report.measured(ids::RUSTLS_RING_EXTEND) else {
        return;
    };
    if let Some(plain) = report.measured(ids::RUSTLS_RING) {
        let added = extend.debug.seconds - plain.debug.seconds;
        let _ = writeln!(
            out,
            "The extension adds {} to the cold debug build (target: at most {}; {}) and {} to the release build.\n",
            seconds(added),
            seconds(EXTEND_BUDGET),
            match added <= EXTEND_BUDGET {
                true => "met",
                false => "not met",
            },
            seconds(extend.release.seconds - plain.release.seconds),
        );
    }
    for (name, build) in [("debug", &extend.debug), ("release", &extend.release)] {
        let _ = writeln!(out, "- {name}: {}", critical_path(&build.timings));
    }
    out.push('\n');
}

/// When klink-api starts against when klink-codegen ends, and whether
/// klink-api waited for the generator: whether klink-codegen is on the
/// chain of units cargo says klink-api waited for ([`Timings::waited_for`]).
/// Starting after the generator ended is not waiting for it: on two busy
/// cores cargo may simply have run the generator first.
pub fn critical_path(timings: &Timings) -> String {
    let Some(api) = timings.own_code("klink-api") else {
        return "klink-api was not compiled".into();
    };
    let Some(codegen) = timings.own_code("klink-codegen") else {
        return format!(
            "klink-api starts at {}; klink-codegen is not compiled",
            seconds(api.start)
        );
    };
    let chain = timings.waited_for(api);
    let waited = match chain.first() {
        Some(last) => format!("once {} ended", last.label()),
        None => "waiting for nothing".into(),
    };
    let verdict = match chain.iter().any(|unit| unit.index == codegen.index) {
        true => "the generator is on its critical chain: klink-api waits for it",
        false => "the generator is not on its critical chain: off its path",
    };
    format!(
        "klink-api starts at {} ({waited}), klink-codegen finishes at {}: {verdict}",
        seconds(api.start),
        seconds(codegen.end())
    )
}

fn own_time_table(out: &mut String, report: &BuildReport) {
    let _ = writeln!(
        out,
        "The SDK crate's own compile time (`--timings`; for progenitor, the hello crate, which holds the generated code):\n\n\
         | variant | crate | debug | release |\n|---|---|---:|---:|"
    );
    for (variant, outcome) in &report.variants {
        let Outcome::Measured(measured, _) = outcome else {
            continue;
        };
        let name = variant.sdk_crate();
        let own = |build: &Build| {
            build
                .timings
                .own_code(&name)
                .map_or_else(|| "not compiled".to_owned(), |unit| seconds(unit.duration))
        };
        let _ = writeln!(
            out,
            "| {} | `{name}` | {} | {} |",
            variant.label,
            own(&measured.debug),
            own(&measured.release)
        );
    }
    out.push('\n');
}

fn slowest_table(out: &mut String, report: &BuildReport) {
    let _ = writeln!(
        out,
        "The {SLOWEST} slowest units of each build:\n\n\
         | variant | debug | release |\n|---|---|---|"
    );
    let list = |build: &Build| {
        build
            .timings
            .slowest(SLOWEST)
            .iter()
            .map(|unit| format!("{} {}", unit.label(), seconds(unit.duration)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    for (variant, outcome) in &report.variants {
        if let Outcome::Measured(measured, _) = outcome {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                variant.label,
                list(&measured.debug),
                list(&measured.release)
            );
        }
    }
    out.push('\n');
}

fn notes(out: &mut String, report: &BuildReport) {
    for (variant, outcome) in &report.variants {
        match outcome {
            Outcome::Skipped(reason) => {
                let _ = writeln!(out, "- {}: skipped: {reason}.", variant.label);
            }
            Outcome::Measured(_, Some(note)) => {
                let _ = writeln!(out, "- {}: {note}.", variant.label);
            }
            Outcome::Measured(_, None) => {}
        }
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::super::timings::Unit;
    use super::super::variant::all;
    use super::*;

    fn unit(name: &str, target: &str, start: f64, duration: f64) -> Unit {
        Unit {
            index: 0,
            unblocked_units: Vec::new(),
            unblocked_rmeta_units: Vec::new(),
            name: name.into(),
            version: "0.1.0".into(),
            target: target.into(),
            start,
            duration,
        }
    }

    /// A build of `seconds` whose units are klink-api's, a hello crate's,
    /// the generator's and a build script's. klink-api waits for the
    /// generator (the generator's end unblocks it) when `waits` says so,
    /// else for the build script's run.
    fn build(seconds: f64, api_start: f64, codegen_end: f64, waits: bool) -> Build {
        let mut units = vec![
            unit("aws-lc-sys", " build-script (run)", 1.0, seconds / 2.0),
            unit("klink-codegen", "", codegen_end - 4.0, 4.0),
            unit("klink-api", "", api_start, 5.8),
            unit("klink-peer", "", 2.0, 3.6),
            unit(
                "hello-progenitor-two-operations",
                " hello \"bin\"",
                9.0,
                7.5,
            ),
            unit("hello-progenitor-two-operations", " build-script", 1.0, 0.2),
        ];
        for (index, unit) in units.iter_mut().enumerate() {
            unit.index = index;
        }
        // klink-api is unit 2; the generator unit 1, the build script's run 0.
        units[if waits { 1 } else { 0 }].unblocked_units.push(2);
        Build {
            seconds,
            timings: Timings { units },
        }
    }

    fn measured(debug: f64, release: f64) -> Outcome {
        Outcome::Measured(
            Measured {
                debug: build(debug, 20.0, 30.0, false),
                release: build(release, 40.0, 35.0, true),
            },
            None,
        )
    }

    fn report(times: &[(&str, f64, f64)]) -> BuildReport {
        let variants = all(&["rustls".into(), "webhooks".into()])
            .into_iter()
            .map(|variant| {
                let outcome = match times.iter().find(|(id, _, _)| *id == variant.id) {
                    Some((_, debug, release)) => measured(*debug, *release),
                    None => Outcome::Skipped("openapi-generator-cli is not installed".into()),
                };
                (variant, outcome)
            })
            .collect();
        BuildReport {
            machine: "test machine".into(),
            command: "cargo xtask bench --build".into(),
            commit: "abc1234".into(),
            uncommitted: true,
            runs: 1,
            variants,
            pending: Vec::new(),
        }
    }

    #[test]
    fn the_table_ratios_and_targets_follow_the_times() {
        let report = render(&report(&[
            (ids::RUSTLS, 59.4, 98.9),
            (ids::RUSTLS_RING, 35.0, 61.0),
            (ids::RUSTLS_RING_EXTEND, 45.0, 70.0),
            (ids::PROGENITOR_TWO, 87.5, 153.2),
            (ids::PROGENITOR_WHOLE, 80.2, 150.7),
        ]));
        assert!(
            report.contains("Machine: test machine. Command: `cargo xtask bench --build`. Commit: `abc1234` with uncommitted changes."),
            "{report}"
        );
        assert!(
            report.contains(
                "| klink-api, `rustls` (aws-lc-rs) (default) | 59.4 s | 98.9 s | 5 | 6 |"
            ),
            "{report}"
        );
        // 35.0 / 87.5 = 0.40 (≤ 0.5), 61.0 / 153.2 = 0.40; 45.0 / 87.5 = 0.51 (> 0.6 no).
        assert!(
            report.contains("| klink-api, `rustls-ring` / progenitor 0.15 `generate_api!` on the same two operations | 0.40 | 0.40 | ≤ 0.5 | yes |"),
            "{report}"
        );
        assert!(report.contains("on the two operations / progenitor 0.15 `generate_api!` on the same two operations | 0.51 | 0.46 | ≤ 0.6 | yes |"), "{report}");
        // openapi-generator was skipped: its ratio is not measured, and the reason is given.
        assert!(
            report.contains("/ openapi-generator `rust` client of the whole bundled spec (rustls) | | | ≤ 0.8 | not measured |"),
            "{report}"
        );
        assert!(
            report.contains("| openapi-generator `rust` client of the whole bundled spec (rustls) | skipped | skipped | | |"),
            "{report}"
        );
        assert!(
            report.contains("- openapi-generator `rust` client of the whole bundled spec (rustls): skipped: openapi-generator-cli is not installed."),
            "{report}"
        );
        // 45.0 - 35.0 = 10 s of the 15 s budget.
        assert!(
            report.contains("The extension adds 10.0 s to the cold debug build (target: at most 15.0 s; met) and 9.0 s to the release build."),
            "{report}"
        );
    }

    #[test]
    fn a_missed_target_says_no() {
        let report = render(&report(&[
            (ids::RUSTLS_RING, 59.4, 98.9),
            (ids::RUSTLS_RING_EXTEND, 88.4, 118.7),
            (ids::PROGENITOR_TWO, 87.4, 153.2),
        ]));
        // 59.4 / 87.4 = 0.68 > 0.5; 88.4 / 87.4 = 1.01 > 0.6.
        assert!(report.contains("| 0.68 | 0.65 | ≤ 0.5 | no |"), "{report}");
        assert!(report.contains("| 1.01 | 0.77 | ≤ 0.6 | no |"), "{report}");
        assert!(
            report.contains("(target: at most 15.0 s; not met)"),
            "{report}"
        );
        assert!(!report.contains("part-way"), "{report}");
    }

    #[test]
    fn a_report_written_part_way_names_what_is_still_to_build() {
        let mut part = report(&[(ids::RUSTLS_RING, 35.0, 61.0)]);
        let (measured, pending): (Vec<_>, Vec<_>) = part
            .variants
            .into_iter()
            .partition(|(_, outcome)| matches!(outcome, Outcome::Measured(..)));
        part.variants = measured;
        part.pending = pending
            .into_iter()
            .map(|(variant, _)| variant)
            .filter(|variant| [ids::PROGENITOR_TWO, ids::OPENAPI_GENERATOR].contains(&variant.id))
            .collect();
        let text = render(&part);
        assert!(
            text.contains("Written part-way: not built yet: progenitor 0.15 `generate_api!` on the same two operations; openapi-generator `rust` client of the whole bundled spec (rustls)."),
            "{text}"
        );
        // The ratios still name the variants they wait for.
        assert!(
            text.contains("| klink-api, `rustls-ring` / progenitor 0.15 `generate_api!` on the same two operations | | | ≤ 0.5 | not measured |"),
            "{text}"
        );
        assert!(
            text.contains("| klink-api, `rustls-ring` | 35.0 s | 61.0 s |"),
            "{text}"
        );
    }

    #[test]
    fn the_sdk_crates_own_time_slowest_units_and_critical_path() {
        let report = render(&report(&[
            (ids::RUSTLS_RING, 35.0, 61.0),
            (ids::RUSTLS_RING_EXTEND, 45.0, 70.0),
            (ids::PROGENITOR_TWO, 87.5, 153.2),
        ]));
        assert!(
            report.contains("| klink-api, `rustls-ring` | `klink-api` | 5.8 s | 5.8 s |"),
            "{report}"
        );
        // progenitor's generated code is the hello crate's binary, not its build script.
        assert!(
            report.contains("| `hello-progenitor-two-operations` | 7.5 s | 7.5 s |"),
            "{report}"
        );
        assert!(
            report.contains("| klink-api, `rustls-ring` | aws-lc-sys (build script run) 17.5 s, hello-progenitor-two-operations (bin) 7.5 s, klink-api 5.8 s, klink-codegen 4.0 s, klink-peer 3.6 s | aws-lc-sys (build script run) 30.5 s,"),
            "{report}"
        );
        // Debug: klink-api waits for a build script's run; release: for the generator.
        assert!(
            report.contains("- debug: klink-api starts at 20.0 s (once aws-lc-sys (build script run) ended), klink-codegen finishes at 30.0 s: the generator is not on its critical chain: off its path"),
            "{report}"
        );
        assert!(
            report.contains("- release: klink-api starts at 40.0 s (once klink-codegen ended), klink-codegen finishes at 35.0 s: the generator is on its critical chain: klink-api waits for it"),
            "{report}"
        );
    }
}
