//! The report as Markdown: the tables of `klink-api/BENCHMARKS.md`.

use std::fmt::Write as _;

use serde_json::Value;

use super::criterion::{Measurement, Results};
use super::instructions::Count;
use super::options::Options;
use super::report::Report;

/// The variant everything is compared with.
const BASELINE: &str = "hand_written";

/// What the report calls each variant of the request benchmarks.
fn label(variant: &str) -> &str {
    match variant {
        "generated" => "klink-api, default retries",
        "generated_no_retry" => "klink-api, retries off",
        "hand_written" => "hand-written reqwest + serde_json",
        "openapi_generator" => "openapi-generator `rust` client",
        other => other,
    }
}

/// Renders a report as Markdown.
pub fn render(report: &Report, machine: &str, options: Options) -> String {
    let results = &report.criterion;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Machine: {machine}. Command: `{}`.\n",
        options.command()
    );
    let _ = writeln!(out, "### Request overhead: `send_message` on loopback\n");
    summary_table(&mut out, report);
    peer_note(&mut out, report, options);
    criterion_table(&mut out, results);
    interleaved_table(&mut out, report);
    instructions_table(&mut out, report);
    decode_section(&mut out, results);
    generator_section(&mut out, results, report.generator_growth.as_ref());
    out
}

/// The variants in report order: as the interleaved run listed them.
fn variants(report: &Report) -> Vec<String> {
    let listed = report
        .interleaved
        .as_ref()
        .and_then(|json| json["variants"].as_array())
        .map(|all| {
            all.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        });
    let counted = || {
        report
            .instructions
            .as_ref()
            .map(|counts| counts.iter().map(|(variant, _)| variant.clone()).collect())
    };
    listed.or_else(counted).unwrap_or_default()
}

/// The median interleaved ratio of `variant` to the baseline in `scenario`.
fn interleaved_ratio(report: &Report, scenario: &str, variant: &str) -> Option<f64> {
    report.interleaved.as_ref()?[scenario]["ratio_to_hand_written"][variant]["median"].as_f64()
}

fn instructions_of<'a>(report: &'a Report, variant: &str) -> Option<&'a Count> {
    let counts = report.instructions.as_ref()?;
    counts.iter().find(|(v, _)| v == variant).map(|(_, c)| c)
}

/// The headline: every variant against the hand-written call.
fn summary_table(out: &mut String, report: &Report) {
    let runs = report
        .instructions
        .as_ref()
        .and_then(|counts| counts.first())
        .map_or(0, |(_, count)| count.runs.len());
    let rounds = report
        .interleaved
        .as_ref()
        .map_or(Value::Null, |json| json["rounds"].clone());
    let _ = writeln!(
        out,
        "Relative to the hand-written call (1.000): throughput as the median ratio over {rounds} interleaved rounds (higher is better), client instructions per request as the ratio of callgrind medians over {runs} runs (lower is better):\n"
    );
    let _ = writeln!(
        out,
        "| variant | sequential | 16 concurrent | instructions vs hand-written |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|");
    let baseline = instructions_of(report, BASELINE).map(Count::median);
    for variant in variants(report) {
        if variant == BASELINE {
            continue;
        }
        let ratio = |scenario| {
            interleaved_ratio(report, scenario, &variant)
                .map_or("–".into(), |r| format!("{r:.3}"))
        };
        let instructions = match (instructions_of(report, &variant), baseline) {
            (Some(count), Some(baseline)) => format!("{:.3}", count.median() / baseline),
            _ => "–".into(),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {instructions} |",
            label(&variant),
            ratio("sequential"),
            ratio("concurrent"),
        );
    }
}

/// Which peer was measured, or how to measure it.
fn peer_note(out: &mut String, report: &Report, options: Options) {
    let _ = match (&report.peer, options.peer) {
        (Some(peer), _) => writeln!(
            out,
            "\nThe openapi-generator client: openapi-generator {} (`rust`, reqwest library) run on `{}`, built against reqwest {} like the SDK{}, used as its README says with the SDK's `accept` and `api-version` headers added as default headers of its reqwest client. Before measuring, the benchmark checked that it put the same request on the wire as the hand-written call (method, path, headers, JSON body) and decoded the same answer.",
            peer.generator,
            peer.spec,
            peer.reqwest,
            if peer.reqwest_pinned {
                " (its Cargo.toml, which asked for another, was changed)"
            } else {
                ""
            },
        ),
        (None, true) => writeln!(
            out,
            "\nopenapi-generator's client was not measured: `openapi-generator-cli` was not found or did not run."
        ),
        (None, false) => writeln!(
            out,
            "\nopenapi-generator's client is measured by `cargo xtask bench --peer` (with `openapi-generator-cli` installed)."
        ),
    };
}

/// criterion: the variants one after another.
fn criterion_table(out: &mut String, results: &Results) {
    let _ = writeln!(
        out,
        "\ncriterion, one variant after another (requests/s, 95 % interval in brackets):\n"
    );
    let _ = writeln!(
        out,
        "| scenario | default retries | retries off | hand-written | default retries / hand-written | retries off / hand-written |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|");
    for (label, group) in [
        ("sequential", "send_message"),
        ("16 concurrent", "send_message_x16"),
    ] {
        let get = |variant: &str| results.get(&format!("{group}/{variant}"));
        let (Some(generated), Some(no_retry), Some(hand)) =
            (get("generated"), get("generated_no_retry"), get(BASELINE))
        else {
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
}

/// The interleaved ratios with their quartiles.
fn interleaved_table(out: &mut String, report: &Report) {
    let Some(interleaved) = &report.interleaved else {
        return;
    };
    let others: Vec<String> = variants(report)
        .into_iter()
        .filter(|v| v != BASELINE)
        .collect();
    let _ = writeln!(
        out,
        "\nInterleaved, the variants taking turns for {} rounds (median ratio to hand-written, quartiles in brackets):\n",
        interleaved["rounds"]
    );
    let header: Vec<&str> = others.iter().map(|v| label(v)).collect();
    let _ = writeln!(out, "| scenario | {} |", header.join(" | "));
    let _ = writeln!(out, "|---|{}", "---:|".repeat(others.len()));
    for (label, key) in [
        ("sequential", "sequential"),
        ("16 concurrent", "concurrent"),
    ] {
        let ratios = &interleaved[key]["ratio_to_hand_written"];
        if ratios.is_null() {
            continue;
        }
        let cells: Vec<String> = others
            .iter()
            .map(|variant| {
                let q = &ratios[variant.as_str()];
                let at = |k: &str| q[k].as_f64().unwrap_or(f64::NAN);
                format!("{:.3} ({:.3}–{:.3})", at("median"), at("p25"), at("p75"))
            })
            .collect();
        let _ = writeln!(out, "| {label} | {} |", cells.join(" | "));
    }
}

/// Callgrind's counts with their spread.
fn instructions_table(out: &mut String, report: &Report) {
    let Some(counts) = &report.instructions else {
        return;
    };
    let runs = counts.first().map_or(0, |(_, c)| c.runs.len());
    let _ = writeln!(
        out,
        "\nClient instructions per request (callgrind, {runs} runs per variant; median, lowest–highest in brackets; runs differ by up to about half a percent with the way the client's and the server's threads interleave):\n"
    );
    let _ = writeln!(out, "| variant | instructions | relative to hand-written |");
    let _ = writeln!(out, "|---|---:|---:|");
    let baseline = instructions_of(report, BASELINE).map_or(f64::NAN, Count::median);
    for (variant, count) in counts {
        let (low, high) = count.range();
        let _ = writeln!(
            out,
            "| {} | {:.0} ({low:.0}–{high:.0}) | {:.3} ({:.3}–{:.3}) |",
            label(variant),
            count.median(),
            count.median() / baseline,
            low / baseline,
            high / baseline,
        );
    }
}

/// The decode benchmarks: (criterion group, what it decodes).
const DECODE_GROUPS: [(&str, &str); 4] = [
    ("decode", "the send-message 200 body"),
    (
        "decode_compact",
        "the same, compact (no whitespace between tokens)",
    ),
    (
        "decode_contact_page",
        "a page of 100 contacts with undeclared keys",
    ),
    ("decode_cx_log_page", "a CxLog page of 100 logs"),
];

/// Typed against untyped decoding, one row per body: `serde_json::from_slice`
/// into the generated types and into `Value`, and the SDK's own decode of a
/// response body (`sdk`: one UTF-8 check of the body, then `from_str`).
fn decode_section(out: &mut String, results: &Results) {
    let _ = writeln!(out, "\n### Decoding (higher is better)\n");
    let _ = writeln!(
        out,
        "| body | typed MB/s | typed time | SDK decode MB/s | SDK decode time | `Value` MB/s | `Value` time | typed / `Value` | SDK decode / `Value` |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (group, body) in DECODE_GROUPS {
        let typed = results.get(&format!("{group}/typed"));
        let sdk = results.get(&format!("{group}/sdk"));
        let value = results.get(&format!("{group}/value"));
        if let (Some(typed), Some(value)) = (typed, value) {
            let (sdk_rate, sdk_time, sdk_ratio) = match sdk {
                Some(sdk) => (
                    format!("{:.0}", sdk.rate() / 1e6),
                    duration(sdk.mean_ns),
                    format!("{:.2}x", sdk.rate() / value.rate()),
                ),
                None => ("".into(), "".into(), "".into()),
            };
            let _ = writeln!(
                out,
                "| {body} | {:.0} | {} | {sdk_rate} | {sdk_time} | {:.0} | {} | {:.2}x | {sdk_ratio} |",
                typed.rate() / 1e6,
                duration(typed.mean_ns),
                value.rate() / 1e6,
                duration(value.mean_ns),
                typed.rate() / value.rate()
            );
        }
    }
}

/// Generation time as the spec grows.
fn generator_section(out: &mut String, results: &Results, growth: Option<&Value>) {
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
    if let Some(growth) = growth {
        growth_line(out, growth);
    }
}

/// The growth measured with the sizes taking turns (`generate_growth`).
fn growth_line(out: &mut String, growth: &Value) {
    let (Some(small), Some(large), Some(rounds)) = (
        growth["small"].as_u64(),
        growth["large"].as_u64(),
        growth["rounds"].as_u64(),
    ) else {
        return;
    };
    let ratio = |q: &str| growth["ratio"][q].as_f64().unwrap_or(f64::NAN);
    let ms = |size: &str| {
        growth["per_operation_ms"][size]
            .as_f64()
            .unwrap_or(f64::NAN)
    };
    let _ = writeln!(
        out,
        "\nWith the sizes taking turns ({rounds} rounds, each one run of {large} operations and {} runs of {small} back to back, in alternating order, so that the machine's drift cancels): time per operation at {large} operations is {:.2}x that at {small} (median of the rounds' ratios; quartiles {:.2}–{:.2}), {:.2} ms against {:.2} ms.",
        large / small.max(1),
        ratio("median"),
        ratio("q1"),
        ratio("q3"),
        ms("large"),
        ms("small"),
    );
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
    use std::path::Path;

    use super::super::{Mode, PeerSummary, read_results};
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

    fn criterion_results() -> Results {
        // One directory per call: the tests run in parallel.
        static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let criterion =
            std::env::temp_dir().join(format!("klink-bench-test-{}-{call}", std::process::id()));
        let _ = std::fs::remove_dir_all(&criterion);
        let one = r#"{"Elements":1}"#;
        write(&criterion, "send_message/generated", one, 100_000.0);
        write(&criterion, "send_message/generated_no_retry", one, 98_000.0);
        write(&criterion, "send_message/hand_written", one, 97_000.0);
        write(&criterion, "decode/typed", r#"{"Bytes":2300}"#, 2_300.0);
        write(&criterion, "decode/value", r#"{"Bytes":2300}"#, 4_600.0);
        write(&criterion, "decode/sdk", r#"{"Bytes":2300}"#, 1_150.0);
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
        write(&criterion, "generate/klink.yaml", one, 5e6);
        // Criterion's previous run and HTML report are not results.
        std::fs::create_dir_all(criterion.join("decode/typed/base")).unwrap();
        std::fs::create_dir_all(criterion.join("report")).unwrap();
        let results = read_results(&criterion).unwrap();
        std::fs::remove_dir_all(&criterion).unwrap();
        results
    }

    fn quartiles(median: f64) -> Value {
        serde_json::json!({"median": median, "p25": median - 0.01, "p75": median + 0.01})
    }

    fn measured(peer: bool) -> Report {
        let mut variants = vec!["generated", "generated_no_retry", "hand_written"];
        let mut instructions = vec![
            (
                "generated".to_owned(),
                vec![101_000.0, 100_900.0, 101_300.0],
            ),
            (
                "generated_no_retry".to_owned(),
                vec![100_100.0, 100_000.0, 99_900.0],
            ),
            (
                "hand_written".to_owned(),
                vec![100_000.0, 99_500.0, 100_200.0],
            ),
        ];
        let mut sequential = serde_json::json!({
            "generated": quartiles(0.99),
            "generated_no_retry": quartiles(1.0),
        });
        if peer {
            variants.push("openapi_generator");
            instructions.push(("openapi_generator".to_owned(), vec![110_800.0; 3]));
            sequential["openapi_generator"] = quartiles(0.98);
        }
        Report {
            criterion: criterion_results(),
            interleaved: Some(serde_json::json!({
                "rounds": 30,
                "variants": variants,
                "sequential": {"ratio_to_hand_written": sequential},
            })),
            generator_growth: Some(serde_json::json!({
                "small": 10, "large": 1000, "rounds": 7,
                "ratio": {"median": 1.04, "q1": 0.98, "q3": 1.12},
                "per_operation_ms": {"small": 2.9, "large": 3.05},
            })),
            instructions: Some(
                instructions
                    .into_iter()
                    .map(|(variant, runs)| (variant, Count { runs }))
                    .collect(),
            ),
            peer: peer.then(|| PeerSummary {
                generator: "7.26.0".into(),
                spec: "openapi/klink.yaml".into(),
                reqwest: "0.13.5".into(),
                reqwest_pinned: false,
            }),
        }
    }

    #[test]
    fn reports_every_table_from_the_results() {
        let options = Options {
            mode: Mode::Short,
            peer: false,
            build_runs: None,
        };
        let report = render(&measured(false), "test machine", options);
        assert!(
            report.contains("Machine: test machine. Command: `cargo xtask bench`."),
            "{report}"
        );
        assert!(
            report.contains("| klink-api, default retries | 0.990 | – | 1.010 |"),
            "{report}"
        );
        assert!(
            report.contains("| klink-api, retries off | 1.000 | – | 1.000 |"),
            "{report}"
        );
        assert!(
            report.contains("| sequential | 0.990 (0.980–1.000) | 1.000 (0.990–1.010) |"),
            "{report}"
        );
        assert!(
            report.contains(
                "| klink-api, default retries | 101000 (100900–101300) | 1.010 (1.009–1.013) |"
            ),
            "{report}"
        );
        assert!(report.contains("3 runs per variant"), "{report}");
        assert!(
            report.contains("measured by `cargo xtask bench --peer`"),
            "{report}"
        );
        assert!(report.contains("| sequential | 10000 (9901–10101) | 10204 (10103–10307) | 10309 (10207–10413) | 0.970 | 0.990 |"), "{report}");
        assert!(
            !report.contains("\n| 16 concurrent |"),
            "no row without results:\n{report}"
        );
        assert!(
            report
                .contains("| the send-message 200 body | 1000 | 2.30 µs | 2000 | 1.15 µs | 500 | 4.60 µs | 2.00x | 4.00x |"),
            "{report}"
        );
        assert!(
            !report.contains("| a CxLog page"),
            "no row without results:\n{report}"
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
        assert!(
            report.contains(
                "(7 rounds, each one run of 1000 operations and 100 runs of 10 back to back"
            ),
            "{report}"
        );
        assert!(
            report.contains("is 1.04x that at 10 (median of the rounds' ratios; quartiles 0.98–1.12), 3.05 ms against 2.90 ms."),
            "{report}"
        );
    }

    #[test]
    fn the_peer_gets_a_row_a_column_and_a_note() {
        let options = Options {
            mode: Mode::Full,
            peer: true,
            build_runs: None,
        };
        let report = render(&measured(true), "test machine", options);
        assert!(
            report.contains("Command: `cargo xtask bench --full --peer`."),
            "{report}"
        );
        assert!(
            report.contains("| openapi-generator `rust` client | 0.980 | – | 1.108 |"),
            "{report}"
        );
        assert!(
            report.contains(
                "| sequential | 0.990 (0.980–1.000) | 1.000 (0.990–1.010) | 0.980 (0.970–0.990) |"
            ),
            "{report}"
        );
        assert!(
            report.contains("openapi-generator 7.26.0 (`rust`, reqwest library) run on `openapi/klink.yaml`, built against reqwest 0.13.5"),
            "{report}"
        );
        let skipped = render(&measured(false), "m", options);
        assert!(skipped.contains("was not measured"), "{skipped}");
    }
}
