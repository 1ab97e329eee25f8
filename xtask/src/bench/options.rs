//! What `cargo xtask bench` is asked to do: its flags, and how long each
//! benchmark measures for them.

/// How long to measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// About four minutes on two cores: 1 s warm-up and 3 s per criterion
    /// benchmark, 30 interleaved rounds, 5 callgrind runs, the generator's
    /// growth up to 100 operations.
    Short,
    /// 3 s warm-up and 10 s per criterion benchmark, 100 interleaved
    /// rounds, 9 callgrind runs, the generator's growth up to 1,000
    /// operations.
    Full,
}

impl Mode {
    pub(super) fn criterion_args(self) -> Vec<&'static str> {
        let (warm_up, measure) = match self {
            Mode::Short => ("1", "3"),
            Mode::Full => ("3", "10"),
        };
        vec![
            "--warm-up-time",
            warm_up,
            "--measurement-time",
            measure,
            "--noplot",
        ]
    }

    /// The generator's growth bench: rounds, and operations in its large
    /// spec (a 1,000-operation run takes seconds).
    pub(super) fn growth(self) -> (&'static str, &'static str) {
        match self {
            Mode::Short => ("7", "100"),
            Mode::Full => ("7", "1000"),
        }
    }

    pub(super) fn ratio_rounds(self) -> &'static str {
        match self {
            Mode::Short => "30",
            Mode::Full => "100",
        }
    }

    /// Callgrind runs per variant, and batches of 16 requests per run.
    pub(super) fn callgrind(self) -> (usize, usize) {
        match self {
            Mode::Short => (5, 40),
            Mode::Full => (9, 60),
        }
    }
}

/// What `cargo xtask bench` was asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// How long to measure.
    pub mode: Mode,
    /// Whether to add openapi-generator's client as a variant.
    pub peer: bool,
    /// `--build`: the cold builds of hello crates instead of the criterion
    /// benchmarks, each repeated this many times (`--build-runs N`, 1
    /// unless given); `None` without `--build`.
    pub build_runs: Option<usize>,
}

impl Options {
    /// Reads the flags after `bench`: `--full` and `--peer`, or `--build`
    /// with `--build-runs N` (or `--build-runs=N`), in any order.
    /// `--build --peer` is `--build`: the cold builds always include
    /// openapi-generator's client when the generator is installed.
    pub fn parse(flags: &[&str]) -> Result<Self, String> {
        let mut options = Options {
            mode: Mode::Short,
            peer: false,
            build_runs: None,
        };
        let mut build = false;
        let mut runs = None;
        let mut flags = flags.iter();
        while let Some(flag) = flags.next() {
            match *flag {
                "--full" => options.mode = Mode::Full,
                "--peer" => options.peer = true,
                "--build" => build = true,
                "--build-runs" => runs = Some(run_count(flags.next().copied())?),
                other => match other.strip_prefix("--build-runs=") {
                    Some(count) => runs = Some(run_count(Some(count))?),
                    None => return Err(format!("unknown bench flag `{other}`")),
                },
            }
        }
        match (build, runs) {
            (true, _) if options.mode == Mode::Full => Err(
                "`--full` measures the criterion benchmarks longer; with `--build`, repeat the builds with `--build-runs N`".into(),
            ),
            (true, runs) => {
                options.build_runs = Some(runs.unwrap_or(1));
                Ok(options)
            }
            (false, Some(_)) => Err("`--build-runs` needs `--build`".into()),
            (false, None) => Ok(options),
        }
    }

    /// The command line that reproduces the run.
    pub fn command(self) -> String {
        let mut command = String::from("cargo xtask bench");
        if let Some(runs) = self.build_runs {
            command.push_str(" --build");
            if runs != 1 {
                command.push_str(&format!(" --build-runs {runs}"));
            }
            return command;
        }
        if self.mode == Mode::Full {
            command.push_str(" --full");
        }
        if self.peer {
            command.push_str(" --peer");
        }
        command
    }
}

/// The value of `--build-runs`: a whole number from 1 up.
fn run_count(value: Option<&str>) -> Result<usize, String> {
    match value.map(str::parse::<usize>) {
        Some(Ok(count)) if count > 0 => Ok(count),
        _ => Err(format!(
            "`--build-runs` takes a number of runs from 1 up, not `{}`",
            value.unwrap_or("")
        )),
    }
}
