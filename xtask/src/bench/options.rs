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
}

impl Options {
    /// Reads the flags after `bench`: `--full` and `--peer`, in any order.
    pub fn parse(flags: &[&str]) -> Result<Self, String> {
        let mut options = Options {
            mode: Mode::Short,
            peer: false,
        };
        for flag in flags {
            match *flag {
                "--full" => options.mode = Mode::Full,
                "--peer" => options.peer = true,
                other => return Err(format!("unknown bench flag `{other}`")),
            }
        }
        Ok(options)
    }

    /// The command line that reproduces the run.
    pub fn command(self) -> String {
        let mut command = String::from("cargo xtask bench");
        if self.mode == Mode::Full {
            command.push_str(" --full");
        }
        if self.peer {
            command.push_str(" --peer");
        }
        command
    }
}
