//! How the generator's time per operation grows with the spec, measured so
//! that the machine's drift cancels out.
//!
//! criterion times each spec size in a block of its own, tens of seconds
//! apart, and on a shared two-core machine the speed of the host moves by
//! tens of percent in that time. Here the sizes take turns: each round
//! runs the large synthetic spec once and, back to back, the small one as
//! many times as make the same number of operations (100 runs of 10
//! operations against one of 1,000), alternating which goes first; the
//! round's ratio is the large spec's time per operation over the small
//! one's. The report is the median ratio over the rounds.
//!
//! Arguments: `--rounds N` (default 7), `--large OPERATIONS` (default
//! 1000; the small spec has 10). Writes
//! `target/tmp/generator_growth.json`:
//! `{"small": 10, "large": 1000, "rounds": 7, "ratio": {"median", "q1",
//! "q3"}, "per_operation_ms": {"small", "large"}}` (medians).

mod synthetic;

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::json;
use synthetic::{run, synthetic_spec};

/// Operations in the small spec.
const SMALL: usize = 10;

fn main() {
    let (rounds, large_ops) = arguments();
    let small_spec = synthetic_spec(SMALL);
    let large_spec = synthetic_spec(large_ops);
    let repeats = large_ops / SMALL;
    let path = Path::new("synthetic.json");
    let time_small = || {
        let started = Instant::now();
        for _ in 0..repeats {
            black_box(run(path, black_box(&small_spec)));
        }
        per_operation(started.elapsed(), repeats * SMALL)
    };
    let time_large = || {
        let started = Instant::now();
        black_box(run(path, black_box(&large_spec)));
        per_operation(started.elapsed(), large_ops)
    };
    // Warm-up: the first runs fault their memory in.
    time_small();
    time_large();

    let (mut ratios, mut smalls, mut larges) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..rounds {
        let (small, large) = if round % 2 == 0 {
            let small = time_small();
            (small, time_large())
        } else {
            let large = time_large();
            (time_small(), large)
        };
        eprintln!(
            "round {}: {SMALL} operations {small:.3} ms, {large_ops} operations {large:.3} ms per operation, ratio {:.3}",
            round + 1,
            large / small,
        );
        ratios.push(large / small);
        smalls.push(small);
        larges.push(large);
    }
    let ratio = quartiles(&mut ratios);
    let report = json!({
        "small": SMALL,
        "large": large_ops,
        "rounds": rounds,
        "ratio": {"median": ratio.1, "q1": ratio.0, "q3": ratio.2},
        "per_operation_ms": {"small": quartiles(&mut smalls).1, "large": quartiles(&mut larges).1},
    });
    println!(
        "per-operation time at {large_ops} operations / at {SMALL}: {:.3} (quartiles {:.3}–{:.3}) over {rounds} rounds",
        ratio.1, ratio.0, ratio.2
    );
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("generator_growth.json");
    std::fs::write(&out, report.to_string()).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}

/// `--rounds N` and `--large OPERATIONS`; cargo's own `--bench` is ignored.
fn arguments() -> (usize, usize) {
    let (mut rounds, mut large) = (7, 1000);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| -> usize {
            args.next()
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{name} takes a positive number"))
        };
        match arg.as_str() {
            "--rounds" => rounds = value("--rounds"),
            "--large" => large = value("--large"),
            _ => {}
        }
    }
    assert!(rounds > 0, "--rounds must be at least 1");
    assert!(
        large >= SMALL && large % SMALL == 0,
        "--large must be a multiple of {SMALL}"
    );
    (rounds, large)
}

/// Milliseconds per operation.
fn per_operation(took: Duration, operations: usize) -> f64 {
    took.as_secs_f64() * 1000.0 / operations as f64
}

/// The lower quartile, the median and the upper quartile (nearest rank).
fn quartiles(values: &mut [f64]) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    let at = |q: f64| values[((values.len() - 1) as f64 * q).round() as usize];
    (at(0.25), at(0.5), at(0.75))
}
