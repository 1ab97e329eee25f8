//! `cargo xtask bench`: runs the benchmarks and prints their results as the
//! Markdown tables of `klink-api/BENCHMARKS.md`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Deserialize;
use serde_json::Value;

/// The criterion benchmark targets, by package.
const CRITERION_TARGETS: [(&str, &str); 3] = [
    ("klink-api", "request_overhead"),
    ("klink-api", "decode"),
    ("klink-codegen", "generate"),
];

/// The criterion groups those targets write.
const GROUPS: [&str; 4] = ["send_message", "send_message_x16", "decode", "generate"];

/// The variants of the request benchmarks, in report order.
const VARIANTS: [&str; 3] = ["generated", "generated_no_retry", "hand_written"];

/// How long to measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// About two minutes on two cores: 1 s warm-up and 3 s per criterion
    /// benchmark, 30 interleaved rounds.
    Short,
    /// 3 s warm-up and 10 s per criterion benchmark, 100 interleaved rounds.
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

    fn ratio_rounds(self) -> &'static str {
        match self {
            Mode::Short => "30",
            Mode::Full => "100",
        }
    }
}

/// One benchmark's result, as criterion recorded it.
#[derive(Debug, Clone, PartialEq)]
pub struct Measurement {
    /// Mean time per iteration, in nanoseconds.
    pub mean_ns: f64,
    /// The 95 % confidence interval of the mean, in nanoseconds.
    pub interval_ns: (f64, f64),
    /// Elements or bytes handled per iteration.
    pub per_iteration: f64,
}

impl Measurement {
    /// Elements (or bytes) per second at the mean.
    pub fn rate(&self) -> f64 {
        self.per_iteration * 1e9 / self.mean_ns
    }
}

/// Results by criterion id (`group/function[/parameter]`).
pub type Results = BTreeMap<String, Measurement>;

/// Everything one `cargo xtask bench` measured.
#[derive(Debug, Default)]
pub struct Report {
    /// criterion's results.
    pub criterion: Results,
    /// The interleaved ratios, as the `overhead_ratio` bench wrote them.
    pub interleaved: Option<Value>,
    /// Client instructions per request, by variant, from callgrind.
    pub instructions: Option<BTreeMap<String, f64>>,
}

/// Runs every benchmark in `mode` and returns the report.
pub fn run(root: &Path, mode: Mode) -> Result<String, String> {
    let criterion = target_dir(root).join("criterion");
    for group in GROUPS {
        // Stale results of a benchmark that no longer runs must not show.
        let _ = std::fs::remove_dir_all(criterion.join(group));
    }
    for (package, bench) in CRITERION_TARGETS {
        cargo_bench(root, package, bench, &mode.criterion_args())?;
    }
    let ratio_file = target_dir(root).join("tmp/overhead_ratio.json");
    let _ = std::fs::remove_file(&ratio_file);
    cargo_bench(
        root,
        "klink-api",
        "overhead_ratio",
        &["--rounds", mode.ratio_rounds()],
    )?;
    let interleaved = std::fs::read_to_string(&ratio_file)
        .map_err(|e| format!("{}: {e}", ratio_file.display()))?;
    let report = Report {
        criterion: read_results(&criterion)?,
        interleaved: Some(serde_json::from_str(&interleaved).map_err(|e| e.to_string())?),
        instructions: instructions(root)?,
    };
    let mut out = render(&report, &machine(), mode);
    out.push_str(&crate::bench_pagination::section(root)?);
    Ok(out)
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from)
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

/// Runs one benchmark target; its output goes to stderr, since stdout is
/// the report.
fn cargo_bench(root: &Path, package: &str, bench: &str, args: &[&str]) -> Result<(), String> {
    let status = cargo()
        .current_dir(root)
        .args(["bench", "--package", package, "--bench", bench, "--"])
        .args(args)
        .stdout(Stdio::from(std::io::stderr()))
        .status()
        .map_err(|e| format!("cannot run cargo bench: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "cargo bench --package {package} --bench {bench} failed: {status}"
        ))
    }
}

/// The client's instructions per request for each variant, counted by
/// callgrind over 640 requests (60 batches of 16 less 20, so that start-up
/// does not count); `None` without valgrind.
fn instructions(root: &Path) -> Result<Option<BTreeMap<String, f64>>, String> {
    if Command::new("valgrind").arg("--version").output().is_err() {
        eprintln!("valgrind not found: instruction counts skipped");
        return Ok(None);
    }
    let built = cargo()
        .current_dir(root)
        .args([
            "bench",
            "--package",
            "klink-api",
            "--bench",
            "overhead_ratio",
        ])
        .args(["--no-run", "--message-format=json"])
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run cargo bench --no-run: {e}"))?;
    let executable = String::from_utf8_lossy(&built.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|message| message["target"]["name"] == "overhead_ratio")
        .find_map(|message| message["executable"].as_str().map(PathBuf::from))
        .ok_or("cargo did not report the overhead_ratio executable")?;
    let count = |variant: &str, batches: u32| -> Result<f64, String> {
        let out = Command::new("valgrind")
            .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
            .arg("--toggle-collect=*measured_batches*")
            .arg(&executable)
            .args(["--instructions", variant, &batches.to_string()])
            .output()
            .map_err(|e| format!("cannot run valgrind: {e}"))?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        stderr
            .lines()
            .find_map(|line| line.split("Collected :").nth(1))
            .and_then(|n| n.trim().parse::<f64>().ok())
            .ok_or_else(|| format!("no instruction count from callgrind: {stderr}"))
    };
    let mut per_request = BTreeMap::new();
    for variant in VARIANTS {
        eprintln!("counting instructions: {variant}");
        let marginal = count(variant, 60)? - count(variant, 20)?;
        per_request.insert(variant.to_owned(), marginal / (40.0 * 16.0));
    }
    Ok(Some(per_request))
}

#[derive(Deserialize)]
struct BenchmarkJson {
    full_id: String,
    throughput: Option<BTreeMap<String, f64>>,
}

#[derive(Deserialize)]
struct Estimates {
    mean: Estimate,
}

#[derive(Deserialize)]
struct Estimate {
    point_estimate: f64,
    confidence_interval: Interval,
}

#[derive(Deserialize)]
struct Interval {
    lower_bound: f64,
    upper_bound: f64,
}

/// Reads every `new/benchmark.json` + `new/estimates.json` pair under
/// criterion's directory.
pub fn read_results(criterion: &Path) -> Result<Results, String> {
    let mut results = Results::new();
    let mut pending = vec![criterion.to_owned()];
    while let Some(dir) = pending.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() && path.file_name().is_some_and(|n| n != "report") {
                pending.push(path);
            }
        }
        let benchmark = dir.join("benchmark.json");
        if dir.ends_with("new") && benchmark.is_file() {
            let read = |path: &Path| {
                std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
            };
            let info: BenchmarkJson = serde_json::from_str(&read(&benchmark)?)
                .map_err(|e| format!("{}: {e}", benchmark.display()))?;
            let estimates_path = dir.join("estimates.json");
            let estimates: Estimates = serde_json::from_str(&read(&estimates_path)?)
                .map_err(|e| format!("{}: {e}", estimates_path.display()))?;
            let per_iteration = info
                .throughput
                .and_then(|t| t.into_values().next())
                .unwrap_or(1.0);
            results.insert(
                info.full_id,
                Measurement {
                    mean_ns: estimates.mean.point_estimate,
                    interval_ns: (
                        estimates.mean.confidence_interval.lower_bound,
                        estimates.mean.confidence_interval.upper_bound,
                    ),
                    per_iteration,
                },
            );
        }
    }
    Ok(results)
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

/// Renders a report as Markdown.
pub fn render(report: &Report, machine: &str, mode: Mode) -> String {
    let results = &report.criterion;
    let mut out = String::new();
    let command = match mode {
        Mode::Short => "cargo xtask bench",
        Mode::Full => "cargo xtask bench --full",
    };
    let _ = writeln!(out, "Machine: {machine}. Command: `{command}`.\n");
    request_section(&mut out, report);
    decode_section(&mut out, results);
    generator_section(&mut out, results);
    out
}

/// The SDK against the hand-written call: criterion, interleaved, callgrind.
fn request_section(out: &mut String, report: &Report) {
    let results = &report.criterion;
    let _ = writeln!(out, "### Request overhead: `send_message` on loopback\n");
    let _ = writeln!(
        out,
        "criterion, one variant after another (requests/s, 95 % interval in brackets):\n"
    );
    let _ = writeln!(
        out,
        "| scenario | generated client | generated, retries off | hand-written reqwest | generated / hand-written | retries off / hand-written |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|");
    for (label, group) in [
        ("sequential", "send_message"),
        ("16 concurrent", "send_message_x16"),
    ] {
        let get = |variant: &str| results.get(&format!("{group}/{variant}"));
        let (Some(generated), Some(no_retry), Some(hand)) = (
            get("generated"),
            get("generated_no_retry"),
            get("hand_written"),
        ) else {
            continue;
        };
        let _ = writeln!(
            out,
            "| {label} | {} | {} | {} | {:.3} | {:.3} |",
            rate(generated),
            rate(no_retry),
            rate(hand),
            generated.rate() / hand.rate(),
            no_retry.rate() / hand.rate(),
        );
    }
    if let Some(interleaved) = &report.interleaved {
        let _ = writeln!(
            out,
            "\nInterleaved, the variants taking turns for {} rounds (median ratio to hand-written, quartiles in brackets):\n",
            interleaved["rounds"]
        );
        let _ = writeln!(
            out,
            "| scenario | generated client | generated, retries off |"
        );
        let _ = writeln!(out, "|---|---:|---:|");
        for (label, key) in [
            ("sequential", "sequential"),
            ("16 concurrent", "concurrent"),
        ] {
            let ratios = &interleaved[key]["ratio_to_hand_written"];
            if ratios.is_null() {
                continue;
            }
            let ratio = |variant: &str| {
                let q = &ratios[variant];
                let at = |k: &str| q[k].as_f64().unwrap_or(f64::NAN);
                format!("{:.3} ({:.3}–{:.3})", at("median"), at("p25"), at("p75"))
            };
            let _ = writeln!(
                out,
                "| {label} | {} | {} |",
                ratio("generated"),
                ratio("generated_no_retry")
            );
        }
    }
    if let Some(instructions) = &report.instructions {
        let _ = writeln!(
            out,
            "\nClient instructions per request (callgrind; exact and repeatable):\n"
        );
        let _ = writeln!(out, "| variant | instructions | relative to hand-written |");
        let _ = writeln!(out, "|---|---:|---:|");
        let hand = instructions
            .get("hand_written")
            .copied()
            .unwrap_or(f64::NAN);
        for variant in VARIANTS {
            if let Some(count) = instructions.get(variant) {
                let _ = writeln!(out, "| {variant} | {count:.0} | {:.3} |", count / hand);
            }
        }
    }
}

/// Typed against untyped decoding.
fn decode_section(out: &mut String, results: &Results) {
    let _ = writeln!(
        out,
        "\n### Decoding the send-message 200 body (higher is better)\n"
    );
    let _ = writeln!(out, "| into | MB/s | time per body |");
    let _ = writeln!(out, "|---|---:|---:|");
    for (label, id) in [
        ("generated types", "decode/typed"),
        ("`serde_json::Value`", "decode/value"),
    ] {
        if let Some(m) = results.get(id) {
            let _ = writeln!(
                out,
                "| {label} | {:.0} | {} |",
                m.rate() / 1e6,
                duration(m.mean_ns)
            );
        }
    }
    if let (Some(typed), Some(value)) = (results.get("decode/typed"), results.get("decode/value")) {
        let _ = writeln!(
            out,
            "\nTyped decoding is {:.2}x the speed of `Value`.",
            typed.rate() / value.rate()
        );
    }
}

/// Generation time as the spec grows.
fn generator_section(out: &mut String, results: &Results) {
    let _ = writeln!(
        out,
        "\n### Generator: load, validate, generate and format (lower is better)\n"
    );
    let _ = writeln!(
        out,
        "| spec | operations | time per run | time per operation |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|");
    if let Some(real) = results.get("generate/klink.yaml") {
        let operations = real.per_iteration;
        let _ = writeln!(
            out,
            "| `openapi/klink.yaml` | {operations} | {} | {} |",
            duration(real.mean_ns),
            duration(real.mean_ns / operations)
        );
    }
    let mut synthetic: Vec<&Measurement> = results
        .iter()
        .filter(|(id, _)| id.starts_with("generate/synthetic/"))
        .map(|(_, m)| m)
        .collect();
    synthetic.sort_by(|a, b| a.per_iteration.total_cmp(&b.per_iteration));
    for m in &synthetic {
        let _ = writeln!(
            out,
            "| synthetic | {} | {} | {} |",
            m.per_iteration,
            duration(m.mean_ns),
            duration(m.mean_ns / m.per_iteration)
        );
    }
    if let (Some(first), Some(last)) = (synthetic.first(), synthetic.last()) {
        let per_op = |m: &Measurement| m.mean_ns / m.per_iteration;
        let _ = writeln!(
            out,
            "\nTime per operation at {} operations is {:.2}x that at {} (1.00 is linear).",
            last.per_iteration,
            per_op(last) / per_op(first),
            first.per_iteration
        );
    }
}

fn rate(m: &Measurement) -> String {
    let (fast, slow) = (
        m.per_iteration * 1e9 / m.interval_ns.0,
        m.per_iteration * 1e9 / m.interval_ns.1,
    );
    format!("{:.0} ({:.0}–{:.0})", m.rate(), slow, fast)
}

fn duration(ns: f64) -> String {
    if ns >= 1e9 {
        format!("{:.2} s", ns / 1e9)
    } else if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes one result as criterion does.
    fn write(criterion: &Path, id: &str, throughput: &str, mean_ns: f64) {
        let dir = criterion.join(id).join("new");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("benchmark.json"),
            format!(r#"{{"group_id":"g","function_id":"f","value_str":null,"throughput":{throughput},"full_id":"{id}","directory_name":"{id}","title":"{id}"}}"#),
        )
        .unwrap();
        std::fs::write(
            dir.join("estimates.json"),
            format!(
                r#"{{"mean":{{"confidence_interval":{{"confidence_level":0.95,"lower_bound":{},"upper_bound":{}}},"point_estimate":{mean_ns},"standard_error":1.0}}}}"#,
                mean_ns * 0.99,
                mean_ns * 1.01
            ),
        )
        .unwrap();
    }

    #[test]
    fn reads_criterion_results_and_reports_rates_and_ratios() {
        let criterion =
            std::env::temp_dir().join(format!("klink-bench-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&criterion);
        write(
            &criterion,
            "send_message/generated",
            r#"{"Elements":1}"#,
            100_000.0,
        );
        write(
            &criterion,
            "send_message/generated_no_retry",
            r#"{"Elements":1}"#,
            98_000.0,
        );
        write(
            &criterion,
            "send_message/hand_written",
            r#"{"Elements":1}"#,
            97_000.0,
        );
        write(&criterion, "decode/typed", r#"{"Bytes":2300}"#, 2_300.0);
        write(&criterion, "decode/value", r#"{"Bytes":2300}"#, 4_600.0);
        write(
            &criterion,
            "generate/synthetic/10",
            r#"{"Elements":10}"#,
            20e6,
        );
        write(
            &criterion,
            "generate/synthetic/1000",
            r#"{"Elements":1000}"#,
            2.2e9,
        );
        write(&criterion, "generate/klink.yaml", r#"{"Elements":1}"#, 5e6);
        // Criterion's previous run and HTML report are not results.
        std::fs::create_dir_all(criterion.join("decode/typed/base")).unwrap();
        std::fs::create_dir_all(criterion.join("report")).unwrap();

        let results = read_results(&criterion).unwrap();
        std::fs::remove_dir_all(&criterion).unwrap();
        assert_eq!(results.len(), 8);
        assert_eq!(results["decode/typed"].rate(), 1e9);

        let mut instructions = BTreeMap::new();
        instructions.insert("generated".to_owned(), 103_000.0);
        instructions.insert("hand_written".to_owned(), 100_000.0);
        let measured = Report {
            criterion: results,
            interleaved: Some(serde_json::json!({
                "rounds": 30,
                "sequential": {"ratio_to_hand_written": {
                    "generated": {"median": 0.99, "p25": 0.98, "p75": 1.0},
                    "generated_no_retry": {"median": 1.0, "p25": 0.99, "p75": 1.01}}},
            })),
            instructions: Some(instructions),
        };
        let report = render(&measured, "test machine", Mode::Short);
        assert!(
            report.contains("| sequential | 0.990 (0.980–1.000) | 1.000 (0.990–1.010) |"),
            "{report}"
        );
        assert!(
            report.contains("| generated | 103000 | 1.030 |"),
            "{report}"
        );
        assert!(!report.contains("| generated_no_retry | 1"), "{report}");
        assert!(
            report.contains("Machine: test machine. Command: `cargo xtask bench`."),
            "{report}"
        );
        assert!(report.contains("| sequential | 10000 (9901–10101) | 10204 (10103–10307) | 10309 (10207–10413) | 0.970 | 0.990 |"), "{report}");
        assert!(
            !report.contains("| 16 concurrent |"),
            "no row without results:\n{report}"
        );
        assert!(
            report.contains("| generated types | 1000 | 2.30 µs |"),
            "{report}"
        );
        assert!(
            report.contains("Typed decoding is 2.00x the speed of `Value`."),
            "{report}"
        );
        assert!(
            report.contains("| `openapi/klink.yaml` | 1 | 5.00 ms | 5.00 ms |"),
            "{report}"
        );
        assert!(
            report.contains("| synthetic | 1000 | 2.20 s | 2.20 ms |"),
            "{report}"
        );
        assert!(
            report.contains("at 1000 operations is 1.10x that at 10"),
            "{report}"
        );
    }
}
