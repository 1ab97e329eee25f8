//! Running a measured process so that it cannot fail quietly: a benchmark
//! that crashed must fail the run, not report a number.

use std::io::{Read, Write};
use std::process::{Command, Stdio};

/// What a process printed.
#[derive(Debug, Default)]
pub struct Captured {
    /// Its standard output.
    pub stdout: String,
    /// Its standard error.
    pub stderr: String,
}

/// Which of a process's output to pass on to stderr as it comes (stdout is
/// the report's); all of it is captured either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Echo {
    /// Keep it quiet, unless it fails.
    Nothing,
    /// Its stderr: progress and compiler messages.
    Stderr,
    /// Both streams.
    Everything,
}

/// Runs `command` and returns what it printed, passing on what `echo` says.
///
/// Fails when the process exits non-zero, or prints a panic: a panic in a
/// thread other than the main one (the benchmark's server, say) does not
/// end the process, and under valgrind a backtrace would be counted.
pub fn run_checked(command: &mut Command, echo: Echo) -> Result<Captured, String> {
    let name = describe(command);
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {name}: {e}"))?;
    let (stdout, stderr) = (child.stdout.take(), child.stderr.take());
    let (stdout, stderr) = std::thread::scope(|scope| {
        let stdout = scope.spawn(move || pump(stdout, echo == Echo::Everything));
        let stderr = scope.spawn(move || pump(stderr, echo != Echo::Nothing));
        (stdout.join(), stderr.join())
    });
    let status = child
        .wait()
        .map_err(|e| format!("cannot wait for {name}: {e}"))?;
    let text = |pumped: std::thread::Result<std::io::Result<Vec<u8>>>| match pumped {
        Ok(Ok(bytes)) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        _ => Err(format!("cannot read the output of {name}")),
    };
    let captured = Captured {
        stdout: text(stdout)?,
        stderr: text(stderr)?,
    };
    if let Some(panic) = panic_report(&captured.stdout).or(panic_report(&captured.stderr)) {
        return Err(format!("{name} panicked ({status}):\n{panic}"));
    }
    if !status.success() {
        return Err(format!(
            "{name} failed ({status}); its last lines:\n{}",
            last_lines(&captured.stderr, 10)
        ));
    }
    Ok(captured)
}

/// Reads `from` to its end, copying to stderr with `echo`.
fn pump(from: Option<impl Read>, echo: bool) -> std::io::Result<Vec<u8>> {
    let mut all = Vec::new();
    let Some(mut from) = from else {
        return Ok(all);
    };
    let mut chunk = [0; 8192];
    loop {
        let read = from.read(&mut chunk)?;
        if read == 0 {
            return Ok(all);
        }
        if echo {
            let _ = std::io::stderr().write_all(&chunk[..read]);
        }
        all.extend_from_slice(&chunk[..read]);
    }
}

/// The first panic report in `text`: the line naming the thread and the
/// place, and the message line after it.
fn panic_report(text: &str) -> Option<String> {
    let mut lines = text.lines();
    let at = lines.find(|line| line.contains("panicked at"))?;
    Some(match lines.next() {
        Some(message) => format!("{at}\n{message}"),
        None => at.to_owned(),
    })
}

fn last_lines(text: &str, count: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(count)..].join("\n")
}

/// The command line, for messages.
fn describe(command: &Command) -> String {
    let mut words = vec![command.get_program().to_string_lossy().into_owned()];
    words.extend(command.get_args().map(|a| a.to_string_lossy().into_owned()));
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs one of the helper tests below in a child process of this test
    /// binary: a real Rust process that exits or panics as planted.
    fn helper(name: &str) -> Command {
        let mut command = Command::new(std::env::current_exe().unwrap());
        command
            .args(["--exact", &format!("bench::child::tests::{name}")])
            .args(["--ignored", "--nocapture", "--test-threads=1"])
            .env(PLANTED, "1");
        command
    }

    const PLANTED: &str = "KLINK_XTASK_PLANTED_FAILURE";

    #[test]
    #[ignore = "a helper, run as a child by the tests around it"]
    fn helper_panics_in_a_thread_and_succeeds() {
        if std::env::var_os(PLANTED).is_some() {
            let _ = std::thread::spawn(|| panic!("planted in the server thread")).join();
            println!("measured requests: 640");
        }
    }

    #[test]
    #[ignore = "a helper, run as a child by the tests around it"]
    fn helper_panics_in_main() {
        if std::env::var_os(PLANTED).is_some() {
            panic!("planted in main");
        }
    }

    #[test]
    #[ignore = "a helper, run as a child by the tests around it"]
    fn helper_exits_with_status_3() {
        if std::env::var_os(PLANTED).is_some() {
            eprintln!("no such variant");
            std::process::exit(3);
        }
    }

    #[test]
    #[ignore = "a helper, run as a child by the tests around it"]
    fn helper_succeeds() {
        if std::env::var_os(PLANTED).is_some() {
            println!("measured requests: 640");
        }
    }

    #[test]
    fn a_panic_fails_the_run_even_when_the_process_exits_0() {
        let error = run_checked(
            &mut helper("helper_panics_in_a_thread_and_succeeds"),
            Echo::Nothing,
        )
        .unwrap_err();
        assert!(error.contains("panicked"), "{error}");
        assert!(error.contains("planted in the server thread"), "{error}");
        assert!(error.contains("exit status: 0"), "{error}");
    }

    #[test]
    fn a_panic_in_main_fails_the_run() {
        let error = run_checked(&mut helper("helper_panics_in_main"), Echo::Nothing).unwrap_err();
        assert!(error.contains("planted in main"), "{error}");
    }

    #[test]
    fn a_non_zero_exit_fails_the_run_with_the_last_lines() {
        let error =
            run_checked(&mut helper("helper_exits_with_status_3"), Echo::Nothing).unwrap_err();
        assert!(error.contains("exit status: 3"), "{error}");
        assert!(error.contains("no such variant"), "{error}");
        assert!(
            error.contains("helper_exits_with_status_3"),
            "names the command: {error}"
        );
    }

    #[test]
    fn a_clean_run_returns_what_it_printed() {
        let captured = run_checked(&mut helper("helper_succeeds"), Echo::Nothing).unwrap();
        assert!(
            captured.stdout.contains("measured requests: 640"),
            "{captured:?}"
        );
    }

    #[test]
    fn a_missing_program_is_an_error() {
        let error =
            run_checked(&mut Command::new("klink-no-such-program"), Echo::Nothing).unwrap_err();
        assert!(
            error.contains("cannot run klink-no-such-program"),
            "{error}"
        );
    }
}
