//! `cargo xtask bench [--full] [--peer]`: runs the benchmarks and prints
//! their results as the Markdown tables of `klink-api/BENCHMARKS.md`.
//!
//! Every process it starts is checked ([`run_checked`]): one that exits
//! non-zero or prints a panic fails the run instead of reporting a number.

mod child;
mod criterion;
mod instructions;
mod pagination;
mod peer;
mod render;

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

pub use child::{Captured, Echo, run_checked};
pub use criterion::{Measurement, Results, read_results};
pub use instructions::{Count, Counts};
pub use render::render;

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

/// How long to measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// About four minutes on two cores: 1 s warm-up and 3 s per criterion
    /// benchmark, 30 interleaved rounds, 5 callgrind runs, the generator's
    /// growth up to 100 operations.
    Short,
    /// 3 s warm-up and 10 s per criterion benchmark, 100 interleaved
    /// rounds, 9 callgrind runs, the generator's growth up to 1,000
    /// operations.
    Full,
}

impl Mode {
    fn criterion_args(self) -> Vec<&'static str> {
        let (warm_up, measure) = match self {
            Mode::Short => ("1", "3"),
            Mode::Full => ("3", "10"),
        };
        vec![
            "--warm-up-time",
            warm_up,
            "--measurement-time",
            measure,
            "--noplot",
        ]
    }

    /// The generator's growth bench: rounds, and operations in its large
    /// spec (a 1,000-operation run takes seconds).
    fn growth(self) -> (&'static str, &'static str) {
        match self {
            Mode::Short => ("7", "100"),
            Mode::Full => ("7", "1000"),
        }
    }

    fn ratio_rounds(self) -> &'static str {
        match self {
            Mode::Short => "30",
            Mode::Full => "100",
        }
    }

    /// Callgrind runs per variant, and batches of 16 requests per run.
    fn callgrind(self) -> (usize, usize) {
        match self {
            Mode::Short => (5, 40),
            Mode::Full => (9, 60),
        }
    }
}

/// What `cargo xtask bench` was asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// How long to measure.
    pub mode: Mode,
    /// Whether to add openapi-generator's client as a variant.
    pub peer: bool,
}

impl Options {
    /// Reads the flags after `bench`: `--full` and `--peer`, in any order.
    pub fn parse(flags: &[&str]) -> Result<Self, String> {
        let mut options = Options {
            mode: Mode::Short,
            peer: false,
        };
        for flag in flags {
            match *flag {
                "--full" => options.mode = Mode::Full,
                "--peer" => options.peer = true,
                other => return Err(format!("unknown bench flag `{other}`")),
            }
        }
        Ok(options)
    }

    /// The command line that reproduces the run.
    pub fn command(self) -> String {
        let mut command = String::from("cargo xtask bench");
        if self.mode == Mode::Full {
            command.push_str(" --full");
        }
        if self.peer {
            command.push_str(" --peer");
        }
        command
    }
}

/// The peer as it was measured.
#[derive(Debug, Clone, PartialEq)]
pub struct PeerSummary {
    /// openapi-generator's version.
    pub generator: String,
    /// The spec it was generated from.
    pub spec: String,
    /// The reqwest version both clients were built with.
    pub reqwest: String,
    /// Whether the generated `Cargo.toml` asked for another reqwest and
    /// was changed.
    pub reqwest_pinned: bool,
}

/// Everything one `cargo xtask bench` measured.
#[derive(Debug, Default)]
pub struct Report {
    /// criterion's results.
    pub criterion: Results,
    /// The interleaved ratios, as the `overhead_ratio` bench wrote them.
    pub interleaved: Option<Value>,
    /// The generator's growth with the sizes taking turns, as the
    /// `generate_growth` bench wrote it.
    pub generator_growth: Option<Value>,
    /// Client instructions per request, by variant, from callgrind.
    pub instructions: Option<Counts>,
    /// The peer, when it was measured.
    pub peer: Option<PeerSummary>,
}

/// Runs every benchmark as `options` say and returns the report.
pub fn run(root: &Path, options: Options) -> Result<String, String> {
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

/// The target directory, absolute: the benchmarks run from their package's
/// directory, where a relative `CARGO_TARGET_DIR` would put criterion's
/// results under the package instead of where the report reads them.
fn target_dir(root: &Path) -> PathBuf {
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    std::path::absolute(&target).unwrap_or(target)
}

/// cargo, run from `root`, building into `target` (the peer's workspace
/// shares the repository's target directory and so its built crates).
fn cargo(root: &Path, target: &Path) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root).env("CARGO_TARGET_DIR", target);
    command
}

/// The machine the numbers come from.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split(':').nth(1))
                .map(|model| model.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .map_or_else(|| "rustc (unknown version)".into(), |v| v.trim().to_owned());
    format!("{cpu}, {cores} cores, {}, {rustc}", std::env::consts::OS)
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
    fn the_target_directory_is_absolute_whatever_the_root() {
        // Relative, it would be read against each benchmark's package.
        let target = target_dir(Path::new("."));
        assert!(target.is_absolute(), "{}", target.display());
    }
}
