//! `cargo xtask <command>`: the project's automation, in Rust so it runs
//! wherever cargo does.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use codegen::SPEC_PATH;
use xtask::bench::{self, Options};
use xtask::generated_file::{self, Outcome};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  generate   regenerate every generated file from openapi/klink.yaml (the
             client under klink-api/src/generated/, openapi/dist/klink.json,
             klink-cli/src/generated_cli.rs, klink-mock/src/generated_mock.rs)
  check      fail, with a diff, if a checked-in generated file is stale
  learn      read HAR captures of real traffic and report what they say
             about the spec; `--apply` writes the proposals into
             openapi/klink.yaml (`cargo xtask learn --help` for options)
  bench      run the benchmarks (about two and a half minutes) and print
             Markdown tables to stdout; `--full` measures longer, `--peer`
             adds openapi-generator's client (needs openapi-generator-cli);
             `--build` instead times cold builds of a hello crate per client
             (15 to 25 minutes; `--build-runs N` takes the median of N)";

fn main() -> ExitCode {
    // Capture files on the command line are relative to where cargo ran.
    let cwd = std::env::current_dir().unwrap_or_default();
    enter_workspace_root();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = Path::new("");
    let started = Instant::now();
    let result: Result<(), Box<dyn std::error::Error>> =
        match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            ["generate"] => generated_file::generate(root)
                .map(report)
                .map_err(Into::into),
            ["check"] => generated_file::check(root)
                .map(|files| {
                    println!(
                        "{} generated files up to date with {SPEC_PATH}",
                        files.len()
                    )
                })
                .map_err(Into::into),
            ["bench", ref flags @ ..] => run_bench(flags),
            ["learn", "--help" | "-h"] => {
                println!("{}", xtask::learn::USAGE);
                return ExitCode::SUCCESS;
            }
            ["learn", ref args @ ..] => run_learn(args, &cwd),
            ["help" | "--help" | "-h"] => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::FAILURE;
            }
        };
    match result {
        Ok(()) => {
            eprintln!("done in {} ms", started.elapsed().as_millis());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Prints what `generate` did to each file.
fn report(outcomes: Vec<(String, Outcome)>) {
    let mut changed = false;
    for (path, outcome) in outcomes {
        match outcome {
            Outcome::Unchanged => println!("{path}: up to date"),
            Outcome::Written { lines } => println!("{path}: written, {lines} lines"),
            Outcome::Removed => println!("{path}: removed, no longer generated"),
        }
        changed |= outcome != Outcome::Unchanged;
    }
    if changed {
        println!(
            "review the diff (`git diff`), then run `cargo test --workspace` and review the API snapshot with `cargo insta review`"
        );
    }
}

/// Runs the benchmarks and prints the report on stdout.
fn run_bench(flags: &[&str]) -> Result<(), Box<dyn std::error::Error>> {
    let report = bench::run(Path::new("."), Options::parse(flags)?)?;
    print!("{report}");
    Ok(())
}

/// Learns from captures and prints the report on stdout.
fn run_learn(args: &[&str], cwd: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let options = xtask::learn::Options::parse(args, cwd)?;
    let outcome = xtask::learn::run(Path::new(""), &options)?;
    print!("{}", outcome.report);
    if !outcome.refused.is_empty() {
        return Err(format!(
            "{} proposal(s) refused (listed above); the others were written",
            outcome.refused.len()
        )
        .into());
    }
    Ok(())
}

/// Works from the workspace root, so that paths in messages read
/// `openapi/klink.yaml` whatever directory cargo was run from. The root is
/// taken from the `CARGO_MANIFEST_DIR` cargo sets when it runs xtask, not
/// the one compiled in: a binary shared between two checkouts (one target
/// directory) must work on the checkout it was run from.
fn enter_workspace_root() {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| env!("CARGO_MANIFEST_DIR").into());
    let root = manifest_dir
        .parent()
        .expect("xtask lives one level below the workspace root");
    std::env::set_current_dir(root).expect("the workspace root is a readable directory");
}
