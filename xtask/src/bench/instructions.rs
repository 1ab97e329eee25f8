//! Client instructions per request, counted by callgrind several times per
//! variant: the count moves by about half a percent from run to run (the
//! client's and the server's threads interleave differently), so a run
//! reports the median and the range.

use std::path::Path;
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use super::child::{Echo, run_checked};

/// The instructions per request of one variant, one value per run.
#[derive(Debug, Clone, PartialEq)]
pub struct Count {
    /// Per run, in the order they finished.
    pub runs: Vec<f64>,
}

impl Count {
    /// The median run.
    pub fn median(&self) -> f64 {
        let mut sorted = self.runs.clone();
        sorted.sort_by(f64::total_cmp);
        match sorted.len() {
            0 => f64::NAN,
            n if n % 2 == 1 => sorted[n / 2],
            n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
        }
    }

    /// The lowest and the highest run.
    pub fn range(&self) -> (f64, f64) {
        let low = self.runs.iter().copied().fold(f64::INFINITY, f64::min);
        let high = self.runs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        (low, high)
    }
}

/// Counts by variant, in report order.
pub type Counts = Vec<(String, Count)>;

/// Whether valgrind can be run.
pub fn available() -> bool {
    Command::new("valgrind")
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success())
}

/// Runs `executable --instructions VARIANT BATCHES` under callgrind `runs`
/// times per variant, two at a time, and returns the instructions per
/// request. The first run that fails or panics stops the count and fails it.
pub fn count(
    executable: &Path,
    variants: &[String],
    runs: usize,
    batches: usize,
) -> Result<Counts, String> {
    let jobs: Vec<&String> = variants
        .iter()
        .flat_map(|variant| std::iter::repeat_n(variant, runs))
        .collect();
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let results: Mutex<Vec<(String, Result<f64, String>)>> = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(2));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some(variant) = jobs.get(next.fetch_add(1, Ordering::SeqCst)) {
                    if failed.load(Ordering::SeqCst) {
                        break;
                    }
                    let counted = count_once(executable, variant, batches);
                    failed.fetch_or(counted.is_err(), Ordering::SeqCst);
                    eprintln!(
                        "callgrind {variant}: {}",
                        counted
                            .as_ref()
                            .map_or_else(|_| "failed".into(), |n| format!("{n:.0} per request"))
                    );
                    results.lock().unwrap().push(((*variant).clone(), counted));
                }
            });
        }
    });
    let mut counts: Counts = variants
        .iter()
        .map(|variant| (variant.clone(), Count { runs: Vec::new() }))
        .collect();
    for (variant, counted) in results.into_inner().unwrap() {
        let per_request = counted?;
        if let Some((_, count)) = counts.iter_mut().find(|(v, _)| *v == variant) {
            count.runs.push(per_request);
        }
    }
    Ok(counts)
}

/// One callgrind run: the instructions counted inside `measured_batches`
/// over the requests the benchmark says it made there.
fn count_once(executable: &Path, variant: &str, batches: usize) -> Result<f64, String> {
    let mut command = Command::new("valgrind");
    command
        .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
        .arg("--toggle-collect=*measured_batches*")
        .arg(executable)
        .args(["--instructions", variant, &batches.to_string()]);
    let out = run_checked(&mut command, Echo::Nothing)?;
    per_request(&out.stdout, &out.stderr)
        .ok_or_else(|| format!("no instruction count for {variant}:\n{}", out.stderr))
}

/// Reads callgrind's `Collected : N` and the bench's `measured requests: N`
/// (or `measured items: N`, from the pagination benchmark).
fn per_request(stdout: &str, stderr: &str) -> Option<f64> {
    let number = |text: &str, label: &str| {
        text.lines()
            .find_map(|line| line.split(label).nth(1))
            .and_then(|n| n.trim().parse::<f64>().ok())
    };
    let collected = number(stderr, "Collected :")?;
    let units =
        number(stdout, "measured requests:").or_else(|| number(stdout, "measured items:"))?;
    (units > 0.0).then(|| collected / units)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_range_of_runs() {
        let odd = Count {
            runs: vec![103.0, 100.0, 101.0],
        };
        assert_eq!(odd.median(), 101.0);
        assert_eq!(odd.range(), (100.0, 103.0));
        let even = Count {
            runs: vec![4.0, 1.0, 2.0, 3.0],
        };
        assert_eq!(even.median(), 2.5);
    }

    #[test]
    fn reads_the_count_and_the_requests() {
        let stderr = "==1== Events    : Ir\n==1== Collected : 87774698\n==1==\n";
        let stdout = "measured requests: 640\n";
        assert_eq!(per_request(stdout, stderr), Some(87774698.0 / 640.0));
        assert_eq!(per_request("", stderr), None, "no request count");
        assert_eq!(per_request(stdout, "==1== Collected : ?"), None);
        assert_eq!(per_request("measured requests: 0", stderr), None);
        assert_eq!(
            per_request("measured items: 10000\n", stderr),
            Some(87774698.0 / 10000.0),
            "the pagination benchmark counts items"
        );
    }
}
