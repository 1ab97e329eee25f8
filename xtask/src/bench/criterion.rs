//! Reading criterion's results from its directory.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

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
