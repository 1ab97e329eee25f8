//! Running the built `klink` binary as a process, for the process tests.

use std::io::Write;
use std::process::{Command, Stdio};

/// One run of `klink`.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `klink args` with `KLINK_API_TOKEN` set to `token` (unset when
/// `None`), no other K-LINK variable, and `stdin` as standard input.
pub async fn klink(args: &[&str], token: Option<&str>, stdin: &str) -> Run {
    let args: Vec<String> = args.iter().map(|arg| (*arg).to_owned()).collect();
    let token = token.map(str::to_owned);
    let stdin = stdin.to_owned();
    // The server runs on this test's runtime; wait for the process beside it.
    tokio::task::spawn_blocking(move || {
        let mut command = Command::new(env!("CARGO_BIN_EXE_klink"));
        command
            .args(&args)
            .env_remove(klink_api::TOKEN_VAR)
            .env_remove(klink_api::BASE_URL_VAR)
            .env_remove(klink_api::CAPTURE_VAR)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some(token) = token {
            command.env(klink_api::TOKEN_VAR, token);
        }
        let mut child = command.spawn().expect("klink starts");
        let written = child.stdin.take().unwrap().write_all(stdin.as_bytes());
        // A run that fails before reading its input (a usage error) closes
        // the pipe first; its exit code and output are what the test reads.
        if let Err(error) = written {
            assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "{error}");
        }
        let output = child.wait_with_output().unwrap();
        Run {
            code: output.status.code().expect("klink exits with a code"),
            stdout: String::from_utf8(output.stdout).unwrap(),
            stderr: String::from_utf8(output.stderr).unwrap(),
        }
    })
    .await
    .unwrap()
}
