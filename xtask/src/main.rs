//! `cargo xtask <command>`: the project's automation, in Rust so it runs
//! wherever cargo does.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use codegen::{GENERATED_PATH, SPEC_PATH};
use xtask::bench::{self, Options};
use xtask::generated_file::{self, Outcome};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  generate   regenerate klink-api/src/generated.rs from openapi/klink.yaml
  check      fail if the checked-in generated code differs from the spec's output
  bench      run the benchmarks (about two and a half minutes) and print
             Markdown tables to stdout; `--full` measures longer, `--peer`
             adds openapi-generator's client (needs openapi-generator-cli)";

fn main() -> ExitCode {
    enter_workspace_root();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (spec, target) = (Path::new(SPEC_PATH), Path::new(GENERATED_PATH));
    let started = Instant::now();
    let result: Result<(), Box<dyn std::error::Error>> = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()[..]
    {
        ["generate"] => generated_file::generate(spec, target).map(|outcome| match outcome {
            Outcome::Unchanged => println!("{GENERATED_PATH}: up to date"),
            Outcome::Written { lines } => println!(
                "{GENERATED_PATH}: written, {lines} lines; run `cargo test -p klink-tests` and review the snapshot diff with `cargo insta review`"
            ),
        })
        .map_err(Into::into),
        ["check"] => generated_file::check(spec, target)
            .map(|()| println!("{GENERATED_PATH}: up to date with {SPEC_PATH}"))
            .map_err(Into::into),
        ["bench", ref flags @ ..] => run_bench(flags),
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

/// Runs the benchmarks and prints the report on stdout.
fn run_bench(flags: &[&str]) -> Result<(), Box<dyn std::error::Error>> {
    let report = bench::run(Path::new("."), Options::parse(flags)?)?;
    print!("{report}");
    Ok(())
}

/// Works from the workspace root, so that paths in messages read
/// `openapi/klink.yaml` whatever directory cargo was run from.
fn enter_workspace_root() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root");
    std::env::set_current_dir(root).expect("the workspace root is a readable directory");
}
