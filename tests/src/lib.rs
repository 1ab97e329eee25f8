//! Test support shared by the workspace's tests and benchmarks: the
//! loopback HTTP servers ([`server`]), example payloads, trace capture, and
//! scratch copies of the spec.

#![warn(missing_docs)]

pub mod server;

use std::sync::{Arc, Mutex};

pub use server::{Action, RecordedRequest, ScriptedServer, refused_url, serve};

/// The text of an example payload from `openapi/examples/`.
pub fn example(name: &str) -> String {
    // The directory cargo names when it runs the test, rather than the one
    // this library was compiled in: a target directory shared between
    // checkouts may hold this library built from another one.
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(
        || env!("CARGO_MANIFEST_DIR").into(),
        std::path::PathBuf::from,
    );
    let path = manifest_dir.join("../openapi/examples").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `token` as a server might echo it back: the bytes at the positions
/// `encoded` picks written by `escape` (`%4B`, `\u004b`), the others as
/// they are. For the tests that a token is masked in every encoding.
pub fn spelled(
    token: &str,
    encoded: impl Fn(usize) -> bool,
    escape: impl Fn(u8) -> String,
) -> String {
    token
        .bytes()
        .enumerate()
        .map(|(i, b)| {
            if encoded(i) {
                escape(b)
            } else {
                char::from(b).to_string()
            }
        })
        .collect()
}

/// Everything `tracing` emits on the current thread while the guard that
/// [`Traces::capture`] returns lives, as plain text. Tests that read it run
/// on a current-thread runtime, so every task logs on that thread.
#[derive(Clone, Default)]
pub struct Traces(Arc<Mutex<Vec<u8>>>);

impl Traces {
    /// Installs a subscriber at `level` as this thread's default.
    pub fn capture(level: tracing::Level) -> (Self, tracing::subscriber::DefaultGuard) {
        let traces = Self::default();
        let writer = traces.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(level)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        (traces, tracing::subscriber::set_default(subscriber))
    }

    /// What was emitted so far.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }

    /// The first `klink.call` span's closing line ("call finished"), where
    /// its fields (operation, method, status, attempts) are written.
    pub fn finished_call(&self) -> String {
        let traces = self.text();
        traces
            .lines()
            .find(|line| line.contains("call finished"))
            .unwrap_or_else(|| panic!("no finished call in:\n{traces}"))
            .to_owned()
    }
}

impl std::io::Write for Traces {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Copies the spec (`openapi/klink.yaml`) and its example files into
/// `root/openapi/`, plus the files of each of `extra_examples` into the
/// same examples folder, so that generation can run on a scratch
/// workspace. Returns the copied spec's path.
pub fn copy_spec_into(
    root: &std::path::Path,
    extra_examples: &[&std::path::Path],
) -> std::path::PathBuf {
    let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let openapi = root.join("openapi");
    std::fs::create_dir_all(openapi.join("examples")).expect("create the scratch examples folder");
    let spec = openapi.join("klink.yaml");
    std::fs::copy(workspace.join("openapi/klink.yaml"), &spec).expect("copy the spec");
    let examples = workspace.join("openapi/examples");
    for dir in std::iter::once(examples.as_path()).chain(extra_examples.iter().copied()) {
        for entry in std::fs::read_dir(dir).expect("read an examples folder") {
            let entry = entry.expect("an examples folder entry");
            std::fs::copy(
                entry.path(),
                openapi.join("examples").join(entry.file_name()),
            )
            .expect("copy an example");
        }
    }
    spec
}

/// Every file below `dir` (none if it does not exist), with its bytes.
pub fn files_under(
    dir: &std::path::Path,
) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    fn collect(
        dir: &std::path::Path,
        into: &mut std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>,
    ) {
        for entry in std::fs::read_dir(dir).into_iter().flatten() {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                collect(&path, into);
            } else {
                let bytes = std::fs::read(&path).expect("read a file");
                into.insert(path, bytes);
            }
        }
    }
    let mut files = std::collections::BTreeMap::new();
    collect(dir, &mut files);
    files
}
