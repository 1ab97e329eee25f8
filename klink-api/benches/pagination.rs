//! Streaming a long contact list: `list_contacts().stream()` against a
//! hand-written page loop over the same server, at 10 000 and 100 000
//! items, with the peak memory of each.
//!
//! The loopback server (`contact_list`) renders each page of 100 contacts
//! on request, so the list costs it no memory. Each variant runs in turn
//! for several rounds; the table gives the median items/s and the largest
//! peaks over the rounds:
//!
//! - **peak heap**: the most bytes live at once during the run above the
//!   bytes live before it, from a counting global allocator (the client's
//!   page, plus the in-process server's page being written);
//! - **peak RSS**: the `VmHWM` of the process (Linux; binary, runtime and
//!   server included). Each run is a process of its own (this benchmark
//!   started again with `--one VARIANT LENGTH`), since the allocator keeps
//!   the memory a run freed.
//!
//! `try_collect` (every contact in one `Vec`) is measured too, as what the
//! stream saves. The table is printed and written to
//! `target/tmp/pagination.md`, which `cargo xtask bench` includes.
//!
//! Items per second on this shared machine move by tens of percent from
//! round to round, more than the few percent between the variants:
//! `pagination_instructions.rs` counts the work instead.

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use contact_list::{PAGE_SIZE, Variant};

mod contact_list;

/// Counts the bytes live on the heap and the most live at once.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged; the
// counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on.
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            grew(layout.size());
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on.
        unsafe { System.dealloc(pointer, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract is passed on.
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if !moved.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(new_size);
        }
        moved
    }
}

fn grew(size: usize) {
    let live = LIVE.fetch_add(size, Ordering::Relaxed) + size;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The list lengths measured.
const LENGTHS: [u64; 2] = [10_000, 100_000];
/// Rounds per variant and length.
const ROUNDS: usize = 7;

/// The variant as the table names it.
fn label(variant: Variant) -> &'static str {
    match variant {
        Variant::Stream => "`stream()`, items consumed one by one",
        Variant::HandLoop => "hand-written page loop over `send()`",
        Variant::Collect => "`stream().try_collect()` into a `Vec`",
    }
}

/// What one run measured.
struct Run {
    items_per_second: f64,
    peak_heap: usize,
    peak_rss: Option<u64>,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--one") {
        let variant = args
            .get(at + 1)
            .and_then(|name| Variant::named(name))
            .expect("--one takes a variant name");
        let length = args[at + 2].parse().expect("--one takes a list length");
        let run = one(variant, length);
        println!(
            "RESULT {} {} {}",
            run.items_per_second,
            run.peak_heap,
            run.peak_rss.unwrap_or(0)
        );
        return;
    }
    // `cargo bench` passes `--bench`; a `cargo test --benches` run only
    // checks that the benchmark works, on a short list.
    let quick = args.iter().any(|a| a == "--test");
    let (lengths, rounds): (&[u64], usize) = if quick {
        (&[250], 1)
    } else {
        (&LENGTHS, ROUNDS)
    };

    let mut table = String::new();
    let _ = writeln!(
        table,
        "| items | pages | variant | items/s (median of {rounds}) | peak heap (largest) | peak RSS (largest) |"
    );
    let _ = writeln!(table, "|---:|---:|---|---:|---:|---:|");
    let mut ratios_line = Vec::new();
    for &length in lengths {
        let mut runs: Vec<(Variant, Vec<Run>)> =
            Variant::ALL.iter().map(|v| (*v, Vec::new())).collect();
        for round in 0..rounds {
            // Each variant goes first in turn, so drift does not favour one.
            for turn in 0..runs.len() {
                let (variant, results) = &mut runs[(round + turn) % Variant::ALL.len()];
                results.push(in_child(*variant, length));
            }
        }
        let ratio = {
            let rate = |variant: Variant| -> Vec<f64> {
                runs.iter()
                    .find(|(v, _)| *v == variant)
                    .map(|(_, results)| results.iter().map(|r| r.items_per_second).collect())
                    .unwrap_or_default()
            };
            let mut ratios: Vec<f64> = rate(Variant::Stream)
                .iter()
                .zip(rate(Variant::HandLoop))
                .map(|(stream, hand)| stream / hand)
                .collect();
            ratios.sort_by(f64::total_cmp);
            ratios[ratios.len() / 2]
        };
        ratios_line.push(format!("{ratio:.3} at {length} items"));
        for (variant, results) in runs {
            let mut rates: Vec<f64> = results.iter().map(|r| r.items_per_second).collect();
            rates.sort_by(f64::total_cmp);
            let heap = results.iter().map(|r| r.peak_heap).max().unwrap_or(0);
            let rss = results.iter().filter_map(|r| r.peak_rss).max();
            let _ = writeln!(
                table,
                "| {length} | {} | {} | {:.0} | {} | {} |",
                length.div_ceil(PAGE_SIZE),
                label(variant),
                rates[rates.len() / 2],
                size(heap as u64),
                rss.map_or("n/a".to_owned(), size),
            );
        }
    }
    let _ = writeln!(
        table,
        "\n`stream()` / hand-written loop, items/s, median of the per-round ratios (the two run back to back in each round): {}.",
        ratios_line.join(", ")
    );
    println!("{table}");
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"),
        std::path::PathBuf::from,
    );
    let out = target.join("tmp/pagination.md");
    if !quick {
        std::fs::create_dir_all(out.parent().unwrap()).unwrap();
        std::fs::write(&out, table).unwrap();
    }
}

/// Runs one variant once in a fresh process of this benchmark, so that
/// each run's peak RSS is its own (the allocator keeps freed memory).
fn in_child(variant: Variant, length: u64) -> Run {
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--one", variant.name(), &length.to_string()])
        .stderr(std::process::Stdio::inherit())
        .output()
        .unwrap();
    assert!(output.status.success(), "{} failed", variant.name());
    let stdout = String::from_utf8_lossy(&output.stdout);
    let fields: Vec<&str> = stdout
        .lines()
        .find_map(|line| line.strip_prefix("RESULT "))
        .expect("the child reports a result")
        .split_whitespace()
        .collect();
    let rss: u64 = fields[2].parse().unwrap();
    Run {
        items_per_second: fields[0].parse().unwrap(),
        peak_heap: fields[1].parse().unwrap(),
        peak_rss: (rss > 0).then_some(rss),
    }
}

/// One run in this process: the server, the client, the walk.
fn one(variant: Variant, length: u64) -> Run {
    let (runtime, client) = contact_list::setup(length);
    let baseline = LIVE.load(Ordering::Relaxed);
    PEAK.store(baseline, Ordering::Relaxed);
    let started = Instant::now();
    let received = runtime.block_on(contact_list::walk(&client, variant));
    let elapsed = started.elapsed();
    assert_eq!(received, length, "every contact streamed");
    Run {
        items_per_second: length as f64 / elapsed.as_secs_f64(),
        peak_heap: PEAK.load(Ordering::Relaxed).saturating_sub(baseline),
        peak_rss: peak_rss(),
    }
}

/// `VmHWM` of this process, in bytes.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{:.1} MiB", bytes as f64 / f64::from(1 << 20))
    } else {
        format!("{:.0} KiB", bytes as f64 / 1024.0)
    }
}
