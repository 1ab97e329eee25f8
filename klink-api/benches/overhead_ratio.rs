//! The SDK-to-hand-written ratio, measured so that machine noise cancels.
//!
//! On a shared two-core machine, throughput drifts by several percent from
//! one criterion benchmark to the next, more than the overhead to be
//! measured. Here the variants take turns instead: each round runs every
//! variant for the same number of calls, in a rotating order, and the ratio
//! is taken within the round; the report gives its median and quartiles
//! over the rounds.
//!
//! `--instructions VARIANT BATCHES` makes a few batches of 16 calls of one
//! variant to warm up, then `BATCHES` more inside `measured_batches`, for
//! `valgrind --tool=callgrind --toggle-collect=*measured_batches*`, which
//! counts the client thread's instructions in them, and prints how many
//! requests that was (`cargo xtask bench` does this several times and
//! reports the median and range: the count varies by about half a percent
//! from run to run with the way the client's and the server's threads
//! happen to interleave).
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
/// Batches made before `measured_batches`, so that opening connections and
/// first-use allocations are not counted.
const WARM_UP_BATCHES: usize = 5;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let setup = Setup::new();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(setup.check());
    if let Some(at) = args.iter().position(|a| a == "--instructions") {
        let variant = Variant::ALL
            .iter()
            .copied()
            .find(|v| Some(v.name()) == args.get(at + 1).map(String::as_str))
            .expect("--instructions takes a variant name");
        let batches = args
            .get(at + 2)
            .and_then(|n| n.parse().ok())
            .expect("--instructions takes a batch count");
        runtime.block_on(async {
            for _ in 0..WARM_UP_BATCHES {
                setup.batch(variant).await;
            }
        });
        measured_batches(&runtime, &setup, variant, batches);
        // What `cargo xtask bench` divides the count by.
        println!("measured requests: {}", batches * CONCURRENCY);
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
        "variants": Variant::ALL.iter().map(|v| v.name()).collect::<Vec<_>>(),
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
    let variants = Variant::ALL;
    let mut rates: Vec<Vec<f64>> = Vec::with_capacity(rounds);
    for round in 0..rounds + 2 {
        let mut rate = vec![0.0; variants.len()];
        for offset in 0..variants.len() {
            let index = (round + offset) % variants.len();
            rate[index] = measure(variants[index]);
        }
        if round >= 2 {
            rates.push(rate);
        }
    }
    let hand = variants
        .iter()
        .position(|v| *v == Variant::HandWritten)
        .unwrap();
    let mut per_second = serde_json::Map::new();
    let mut ratio = serde_json::Map::new();
    for (index, variant) in variants.iter().enumerate() {
        per_second.insert(
            variant.name().into(),
            quartiles(rates.iter().map(|r| r[index]).collect()),
        );
        if index != hand {
            ratio.insert(
                variant.name().into(),
                quartiles(rates.iter().map(|r| r[index] / r[hand]).collect()),
            );
        }
    }
    serde_json::json!({
        "requests_per_second": per_second,
        "ratio_to_hand_written": ratio,
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
        // Let the connections' tasks finish their bookkeeping inside the
        // count. (The timer must be made inside the runtime.)
        tokio::time::sleep(Duration::from_millis(1)).await;
    });
}
