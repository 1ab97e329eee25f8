//! Streaming a long contact list: `list_contacts().stream()` against a
//! hand-written page loop over the same server, at 10 000 and 100 000
//! items, with the peak memory of each.
//!
//! The loopback server (hyper, on its own thread) renders each page of 100
//! contacts on request, so the list costs it no memory. Each variant runs
//! in turn for several rounds; the table gives the median items/s and the
//! largest peaks over the rounds:
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

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Instant;

use bytes::Bytes;
use futures_util::{StreamExt, TryStreamExt};
use klink_api::Client;

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

/// Items per page, the most the docs allow (and what `stream()` asks for).
const PAGE_SIZE: u64 = 100;
/// The list lengths measured.
const LENGTHS: [u64; 2] = [10_000, 100_000];
/// Rounds per variant and length.
const ROUNDS: usize = 7;

/// How many contacts the server's list holds.
static TOTAL: AtomicU64 = AtomicU64::new(0);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Variant {
    Stream,
    HandLoop,
    Collect,
}

impl Variant {
    const ALL: [Variant; 3] = [Self::Stream, Self::HandLoop, Self::Collect];

    fn name(self) -> &'static str {
        match self {
            Self::Stream => "stream",
            Self::HandLoop => "hand_loop",
            Self::Collect => "collect",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Stream => "`stream()`, items consumed one by one",
            Self::HandLoop => "hand-written page loop over `send()`",
            Self::Collect => "`stream().try_collect()` into a `Vec`",
        }
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
        let variant = Variant::ALL
            .into_iter()
            .find(|v| Some(v.name()) == args.get(at + 1).map(String::as_str))
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
                variant.label(),
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
    TOTAL.store(length, Ordering::Relaxed);
    // On its own thread and runtime; it lives as long as the process.
    let address = klink_tests::serve(respond);
    let client = Client::builder()
        .base_url(format!("http://{address}"))
        .token("kpt_bench_0123456789abcdef")
        .build()
        .unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    run(&runtime, &client, variant, length)
}

/// Streams the whole list once with `variant`, checking every item came.
fn run(runtime: &tokio::runtime::Runtime, client: &Client, variant: Variant, length: u64) -> Run {
    let baseline = LIVE.load(Ordering::Relaxed);
    PEAK.store(baseline, Ordering::Relaxed);
    let started = Instant::now();
    let received = runtime.block_on(async {
        match variant {
            Variant::Stream => {
                let mut items = client.list_contacts().stream();
                let mut received = 0_u64;
                while let Some(contact) = items.next().await {
                    black_box(contact.unwrap());
                    received += 1;
                }
                received
            }
            Variant::HandLoop => hand_loop(client).await,
            Variant::Collect => {
                let all: Vec<_> = client.list_contacts().stream().try_collect().await.unwrap();
                black_box(&all);
                all.len() as u64
            }
        }
    });
    let elapsed = started.elapsed();
    assert_eq!(received, length, "every contact streamed");
    Run {
        items_per_second: length as f64 / elapsed.as_secs_f64(),
        peak_heap: PEAK.load(Ordering::Relaxed).saturating_sub(baseline),
        peak_rss: peak_rss(),
    }
}

/// The loop a user writes without `stream()`: page after page until a short
/// page or the last one.
async fn hand_loop(client: &Client) -> u64 {
    let mut received = 0;
    let mut page = 1_i64;
    loop {
        let envelope = client
            .list_contacts()
            .page(page)
            .page_size(PAGE_SIZE as i64)
            .send()
            .await
            .unwrap()
            .into_inner();
        let count = envelope.data.len();
        for contact in envelope.data {
            black_box(contact);
            received += 1;
        }
        let last_page = envelope.last_page.unwrap_or(page);
        if (count as u64) < PAGE_SIZE || page >= last_page {
            return received;
        }
        page += 1;
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

/// One page of the list, rendered on request from the query string.
fn respond(request: http::Request<Bytes>) -> http::Response<Bytes> {
    let query = request.uri().query().unwrap_or_default();
    let number = |key: &str| {
        query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(k, _)| *k == key)
            .and_then(|(_, v)| v.parse::<u64>().ok())
    };
    let page = number("page").unwrap_or(1);
    let page_size = number("pageSize").unwrap_or(10);
    let body = render_page(page, page_size, TOTAL.load(Ordering::Relaxed));
    http::Response::builder()
        .header("content-type", "application/json")
        .body(Bytes::from(body))
        .unwrap()
}

/// The list envelope of one page, contacts shaped like the docs' Detail
/// example.
fn render_page(page: u64, page_size: u64, total: u64) -> String {
    let first = (page.saturating_sub(1) * page_size).min(total);
    let last = (first + page_size).min(total);
    let mut body = String::with_capacity(300 * (last - first) as usize + 100);
    let _ = write!(
        body,
        r#"{{"total":{total},"page":{page},"pageSize":{page_size},"lastPage":{},"data":["#,
        total.div_ceil(page_size)
    );
    for i in first..last {
        if i > first {
            body.push(',');
        }
        let _ = write!(
            body,
            r#"{{"id":"c786bb40-a58e-4d60-afe6-{i:012}","name":"Contact {i}","address":null,"channel":null,"notes":null,"socialProfileUrl":"https://facebook.com/contact.{i}","tags":[{{"id":"2ee98c63-24b2-49ed-a867-e20b0f83c7e0","name":"platinum"}}],"company":{{"id":"b5efc76a-4fc2-48df-b6c9-0083b3e341c4","name":"Company {i}"}}}}"#
        );
    }
    body.push_str("]}");
    body
}
