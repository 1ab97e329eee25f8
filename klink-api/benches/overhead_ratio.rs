//! The SDK-to-hand-written ratio, measured so that machine noise cancels.
//!
//! On a shared two-core machine, throughput drifts by several percent from
//! one criterion benchmark to the next, more than the overhead to be
//! measured. Here the variants take turns instead: each round runs every
//! variant for the same number of calls, in a rotating order, and the ratio
//! is taken within the round; the report gives its median and quartiles
//! over the rounds.
//!
//! `--instructions VARIANT BATCHES` only makes `BATCHES` batches of 16 calls
//! of one variant inside `measured_batches`, for
//! `valgrind --tool=callgrind --toggle-collect=*measured_batches*`, which
//! counts the client's instructions exactly (`cargo xtask bench` does this).
//!
//! Results are printed and written as JSON to
//! `target/tmp/overhead_ratio.json`.

mod common;

use std::time::{Duration, Instant};

use common::{CONCURRENCY, Setup, Variant};
use tokio::runtime::Runtime;

/// Calls per variant per round.
const SEQUENTIAL_CALLS: usize = 400;
const CONCURRENT_BATCHES: usize = 60;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let setup = Setup::new();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    if let Some(at) = args.iter().position(|a| a == "--instructions") {
        let variant = Variant::ALL
            .into_iter()
            .find(|v| Some(v.name()) == args.get(at + 1).map(String::as_str))
            .expect("--instructions takes a variant name");
        let batches = args[at + 2]
            .parse()
            .expect("--instructions takes a batch count");
        measured_batches(&runtime, &setup, variant, batches);
        return;
    }
    let rounds: usize = args.iter().position(|a| a == "--rounds").map_or(30, |at| {
        args[at + 1].parse().expect("--rounds takes a number")
    });

    let sequential = interleave(rounds, |variant| {
        let started = Instant::now();
        runtime.block_on(async {
            for _ in 0..SEQUENTIAL_CALLS {
                setup.call(variant).await;
            }
        });
        SEQUENTIAL_CALLS as f64 / started.elapsed().as_secs_f64()
    });
    let concurrent = interleave(rounds, |variant| {
        let started = Instant::now();
        runtime.block_on(async {
            for _ in 0..CONCURRENT_BATCHES {
                setup.batch(variant).await;
            }
        });
        (CONCURRENT_BATCHES * CONCURRENCY) as f64 / started.elapsed().as_secs_f64()
    });
    let report = serde_json::json!({
        "rounds": rounds,
        "sequential": sequential,
        "concurrent": concurrent,
    });
    println!("{report:#}");
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("overhead_ratio.json");
    std::fs::write(&path, report.to_string()).unwrap();
    eprintln!("written to {}", path.display());
}

/// Runs `rounds` rounds (after two for warming up) of `measure`, which
/// returns requests per second, over every variant in a rotating order.
fn interleave(rounds: usize, mut measure: impl FnMut(Variant) -> f64) -> serde_json::Value {
    let mut rates: Vec<[f64; 3]> = Vec::with_capacity(rounds);
    for round in 0..rounds + 2 {
        let mut rate = [0.0; 3];
        for offset in 0..3 {
            let index = (round + offset) % 3;
            rate[index] = measure(Variant::ALL[index]);
        }
        if round >= 2 {
            rates.push(rate);
        }
    }
    let hand = 2;
    let column = |index: usize| rates.iter().map(|r| r[index]).collect::<Vec<_>>();
    let ratio = |index: usize| rates.iter().map(|r| r[index] / r[hand]).collect::<Vec<_>>();
    serde_json::json!({
        "requests_per_second": {
            "generated": quartiles(column(0)),
            "generated_no_retry": quartiles(column(1)),
            "hand_written": quartiles(column(2)),
        },
        "ratio_to_hand_written": {
            "generated": quartiles(ratio(0)),
            "generated_no_retry": quartiles(ratio(1)),
        },
    })
}

/// Median, first and third quartile.
fn quartiles(mut values: Vec<f64>) -> serde_json::Value {
    values.sort_by(f64::total_cmp);
    let at = |q: f64| values[((values.len() - 1) as f64 * q).round() as usize];
    serde_json::json!({ "median": at(0.5), "p25": at(0.25), "p75": at(0.75) })
}

/// The work callgrind counts; kept out of line so that it can be named.
#[inline(never)]
fn measured_batches(runtime: &Runtime, setup: &Setup, variant: Variant, batches: usize) {
    runtime.block_on(async {
        for _ in 0..batches {
            setup.batch(variant).await;
        }
    });
    // Let the connections' tasks finish their bookkeeping inside the count.
    runtime.block_on(tokio::time::sleep(Duration::from_millis(1)));
}
