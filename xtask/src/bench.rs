//! `cargo xtask bench [--full] [--peer]`: runs the benchmarks and prints
//! their results as the Markdown tables of `klink-api/BENCHMARKS.md`;
//! `cargo xtask bench --build` measures cold builds instead (`build`).
//!
//! Every process it starts is checked ([`run_checked`]): one that exits
//! non-zero or prints a panic fails the run instead of reporting a number.

mod build;
mod cargo;
mod child;
mod criterion;
mod instructions;
mod machine;
mod options;
mod pagination;
mod peer;
mod render;
mod report;

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

use cargo::{cargo, target_dir};
pub use child::{Captured, Echo, run_checked};
pub use criterion::{Measurement, Results, read_results};
pub use instructions::{Count, Counts};
use machine::machine;
pub use options::{Mode, Options};
pub use render::render;
pub use report::{PeerSummary, Report};

/// The criterion benchmark targets, by package.
const CRITERION_TARGETS: [(&str, &str); 3] = [
    ("klink-api", "request_overhead"),
    ("klink-api", "decode"),
    ("klink-codegen", "generate"),
];

/// The criterion groups those targets write.
const GROUPS: [&str; 7] = [
    "send_message",
    "send_message_x16",
    "decode",
    "decode_compact",
    "decode_contact_page",
    "decode_cx_log_page",
    "generate",
];

/// Runs every benchmark as `options` say and returns the report: the
/// cold builds with `--build`, the criterion benchmarks without.
pub fn run(root: &Path, options: Options) -> Result<String, String> {
    if options.build_runs.is_some() {
        return build::run(root, options);
    }
    let target = target_dir(root);
    let mode = options.mode;
    let mut phases = Phases::default();
    // The peer first: a generator that fails should not cost the criterion run.
    let peer = match options.peer {
        true => peer::generate(root, &target)?,
        false => None,
    };
    let ratio_bench = match &peer {
        Some(peer) => BenchTarget {
            manifest: Some(peer.manifest.clone()),
            name: "overhead_ratio_peer",
        },
        None => BenchTarget {
            manifest: None,
            name: "overhead_ratio",
        },
    };
    let executable = ratio_bench.build(root, &target)?;
    let peer = match peer {
        Some(peer) => Some(PeerSummary {
            reqwest: peer::check_same_reqwest(root, &peer)?,
            generator: peer.generator,
            spec: peer.spec,
            reqwest_pinned: peer.reqwest_pinned,
        }),
        None => None,
    };
    phases.end("build");

    let criterion = target.join("criterion");
    for group in GROUPS {
        // Stale results of a benchmark that no longer runs must not show.
        let _ = std::fs::remove_dir_all(criterion.join(group));
    }
    for (package, bench) in CRITERION_TARGETS {
        let mut command = cargo(root, &target);
        command
            .args(["bench", "--package", package, "--bench", bench, "--"])
            .args(mode.criterion_args());
        if mode == Mode::Full {
            // The generator's 1,000-operation spec takes seconds a run.
            command.env("KLINK_BENCH_FULL", "1");
        }
        run_checked(&mut command, Echo::Everything)?;
    }
    phases.end("criterion");

    let growth_file = target.join("tmp/generator_growth.json");
    let _ = std::fs::remove_file(&growth_file);
    let (rounds, large) = mode.growth();
    run_checked(
        cargo(root, &target)
            .args([
                "bench",
                "--package",
                "klink-codegen",
                "--bench",
                "generate_growth",
            ])
            .args(["--", "--rounds", rounds, "--large", large]),
        Echo::Everything,
    )?;
    let generator_growth = read_json(&growth_file)?;
    phases.end("generator growth");

    let ratio_file = target.join("tmp/overhead_ratio.json");
    let _ = std::fs::remove_file(&ratio_file);
    run_checked(
        ratio_bench
            .cargo(root, &target)
            .args(["--", "--rounds", mode.ratio_rounds()]),
        Echo::Everything,
    )?;
    let interleaved = read_json(&ratio_file)?;
    phases.end("interleaved");

    let instructions = if instructions::available() {
        let variants: Vec<String> = interleaved["variants"]
            .as_array()
            .map(|all| all.iter().filter_map(|v| v.as_str().map(str::to_owned)))
            .into_iter()
            .flatten()
            .collect();
        let (runs, batches) = mode.callgrind();
        Some(instructions::count(&executable, &variants, runs, batches)?)
    } else {
        eprintln!("valgrind not found: instruction counts skipped");
        None
    };
    phases.end("callgrind");
    let report = Report {
        criterion: read_results(&criterion)?,
        interleaved: Some(interleaved),
        generator_growth: Some(generator_growth),
        instructions,
        peer,
    };
    let mut out = render(&report, &machine(), options);
    let pagination_instructions = if instructions::available() {
        let walks = BenchTarget {
            manifest: None,
            name: "pagination_instructions",
        }
        .build(root, &target)?;
        let variants = pagination::VARIANTS.map(str::to_owned);
        Some(instructions::count(
            &walks,
            &variants,
            pagination::RUNS,
            pagination::ITEMS,
        )?)
    } else {
        None
    };
    phases.end("pagination callgrind");
    eprintln!("{phases}");
    out.push_str(&pagination::section(
        root,
        &target,
        pagination_instructions.as_ref(),
    )?);
    Ok(out)
}

/// A JSON file a benchmark wrote.
fn read_json(path: &Path) -> Result<Value, String> {
    std::fs::read_to_string(path)
        .map_err(|e| format!("{}: {e}", path.display()))
        .and_then(|text| {
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
        })
}

/// How long each part of a run took, for its closing line.
struct Phases {
    started: Instant,
    ended: Vec<(&'static str, Duration)>,
}

impl Default for Phases {
    fn default() -> Self {
        Self {
            started: Instant::now(),
            ended: Vec::new(),
        }
    }
}

impl Phases {
    /// Closes the phase that ran since the previous one ended.
    fn end(&mut self, name: &'static str) {
        let now = Instant::now();
        self.ended.push((name, now - self.started));
        self.started = now;
    }
}

impl fmt::Display for Phases {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let total: Duration = self.ended.iter().map(|(_, took)| *took).sum();
        write!(f, "bench took {} s:", total.as_secs())?;
        for (name, took) in &self.ended {
            write!(f, " {name} {} s", took.as_secs())?;
        }
        Ok(())
    }
}

/// A benchmark target of klink-api, or the interleaved benchmark the
/// peer's workspace builds from the same source.
struct BenchTarget {
    /// The peer's workspace manifest; `None` for the SDK's workspace.
    manifest: Option<PathBuf>,
    name: &'static str,
}

impl BenchTarget {
    /// `cargo bench` for this benchmark, arguments still to come.
    fn cargo(&self, root: &Path, target: &Path) -> Command {
        let mut command = cargo(root, target);
        command.arg("bench");
        match &self.manifest {
            Some(manifest) => command.arg("--manifest-path").arg(manifest),
            None => command.args(["--package", "klink-api"]),
        };
        command.args(["--bench", self.name]);
        command
    }

    /// Builds it and returns the executable, for callgrind.
    fn build(&self, root: &Path, target: &Path) -> Result<PathBuf, String> {
        let built = run_checked(
            self.cargo(root, target)
                .args(["--no-run", "--message-format=json-render-diagnostics"]),
            Echo::Stderr,
        )?;
        built
            .stdout
            .lines()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .filter(|message| message["target"]["name"] == self.name)
            .find_map(|message| message["executable"].as_str().map(PathBuf::from))
            .ok_or_else(|| format!("cargo did not report the {} executable", self.name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_in_any_order_and_the_command_that_repeats_them() {
        let short = Options::parse(&[]).unwrap();
        assert_eq!((short.mode, short.peer), (Mode::Short, false));
        assert_eq!(short.command(), "cargo xtask bench");
        let both = Options::parse(&["--peer", "--full"]).unwrap();
        assert_eq!((both.mode, both.peer), (Mode::Full, true));
        assert_eq!(both.command(), "cargo xtask bench --full --peer");
        assert!(Options::parse(&["--fast"]).unwrap_err().contains("--fast"));
    }

    #[test]
    fn build_takes_a_run_count_and_peer_changes_nothing() {
        let build = Options::parse(&["--build"]).unwrap();
        assert_eq!(build.build_runs, Some(1));
        assert_eq!(build.command(), "cargo xtask bench --build");
        let peer = Options::parse(&["--peer", "--build"]).unwrap();
        assert_eq!(peer.command(), "cargo xtask bench --build");
        let three = Options::parse(&["--build", "--build-runs", "3"]).unwrap();
        assert_eq!(three.build_runs, Some(3));
        assert_eq!(three.command(), "cargo xtask bench --build --build-runs 3");
        assert_eq!(
            Options::parse(&["--build-runs=2", "--build"])
                .unwrap()
                .build_runs,
            Some(2)
        );
        for wrong in [
            &["--build", "--build-runs", "0"][..],
            &["--build", "--build-runs"],
            &["--build", "--build-runs", "many"],
        ] {
            let error = Options::parse(wrong).unwrap_err();
            assert!(error.contains("from 1 up"), "{wrong:?}: {error}");
        }
        assert!(
            Options::parse(&["--build-runs", "2"])
                .unwrap_err()
                .contains("needs `--build`")
        );
        assert!(
            Options::parse(&["--build", "--full"])
                .unwrap_err()
                .contains("--build-runs")
        );
    }
}
