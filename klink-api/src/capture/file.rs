//! The capture file: a HAR 1.2 document that is complete after every
//! write, one entry per line.
//!
//! ```text
//! {"log":{"version":"1.2","creator":{...},"entries":[
//! {first entry},
//! {second entry}
//! ]}}
//! ```
//!
//! An entry is appended by writing `,\n{entry}\n]}}\n` over the closing
//! `\n]}}\n`, in one write at a known offset, so that another HAR tool can
//! read the file at any moment, and a process that dies between two writes
//! leaves a complete document. A write that fails part-way is repaired by
//! the next one, which starts at the end of the last complete entry and
//! cuts what the failed one left behind.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, Weak};

/// What closes the document after the last entry.
const CLOSING: &[u8] = b"\n]}}\n";

/// What opens the document.
fn opening() -> String {
    format!(
        "{{\"log\":{{\"version\":\"1.2\",\"creator\":{{\"name\":\"klink-rs\",\"version\":\"{}\"}},\"entries\":[",
        env!("CARGO_PKG_VERSION")
    )
}

/// A capture file open for appending; shared by every client of the
/// process that captures to the same path, so that their entries do not
/// overwrite each other.
#[derive(Debug)]
pub(crate) struct HarFile {
    path: PathBuf,
    state: Mutex<State>,
}

#[derive(Debug)]
struct State {
    file: File,
    /// Where the closing text starts: the end of the last complete entry.
    entries_end: u64,
    has_entries: bool,
    /// Failed writes since the last one that succeeded; the file may hold
    /// a partial entry after `entries_end` while this is not 0.
    failed_writes: u64,
}

/// Files open in this process, by canonical path.
static OPEN: Mutex<Vec<(PathBuf, Weak<HarFile>)>> = Mutex::new(Vec::new());

impl HarFile {
    /// Opens `path` to append to it: creates it as an empty HAR document,
    /// or continues a capture file this SDK wrote. Any other existing file
    /// is refused rather than overwritten.
    pub(crate) fn open(path: &Path) -> io::Result<Arc<Self>> {
        let mut open = OPEN.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)?;
        let canonical = path.canonicalize()?;
        open.retain(|(_, file)| file.strong_count() > 0);
        if let Some(shared) = open
            .iter()
            .find(|(path, _)| *path == canonical)
            .and_then(|(_, file)| file.upgrade())
        {
            return Ok(shared);
        }
        let state = State::start(file)?;
        let shared = Arc::new(Self {
            path: path.to_owned(),
            state: Mutex::new(state),
        });
        if shared
            .state
            .lock()
            .is_ok_and(|state| state.failed_writes > 0)
        {
            shared.warn("the empty document could not be written");
        }
        open.push((canonical, Arc::downgrade(&shared)));
        Ok(shared)
    }

    /// The path as given.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one entry (a single line of JSON). A failure is logged as a
    /// warning, the first of a run of failures only, and never returned:
    /// capturing must not fail the call it records.
    pub(crate) fn append(&self, entry: &str) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        match state.append(entry) {
            Ok(()) => {
                if state.failed_writes > 0 {
                    tracing::info!(
                        path = %self.path.display(),
                        failed = state.failed_writes,
                        "capture file writable again; entries were lost"
                    );
                }
                state.failed_writes = 0;
            }
            Err(error) => {
                if state.failed_writes == 0 {
                    self.warn(&error.to_string());
                }
                state.failed_writes += 1;
            }
        }
    }

    fn warn(&self, error: &str) {
        tracing::warn!(
            path = %self.path.display(),
            error,
            "cannot write the capture file; calls go on, their exchanges are not recorded"
        );
    }
}

impl State {
    /// Writes the empty document into an empty file, or finds where the
    /// entries of an existing capture file end. The empty document failing
    /// to be written is a failed write like any other (the first append
    /// tries again), not an error.
    fn start(mut file: File) -> io::Result<Self> {
        let length = file.metadata()?.len();
        if length == 0 {
            let mut state = Self {
                file,
                entries_end: 0,
                has_entries: false,
                failed_writes: 0,
            };
            let opening = opening();
            match state.write_at(0, &[opening.as_bytes(), CLOSING].concat()) {
                Ok(_) => state.entries_end = opening.len() as u64,
                Err(_) => state.failed_writes = 1,
            }
            return Ok(state);
        }
        let not_ours = || {
            io::Error::new(
                io::ErrorKind::InvalidData,
                "the file exists and is not a capture file written by klink-rs; choose a new path",
            )
        };
        let mut start = [0u8; 8];
        let tail_length = CLOSING.len() as u64 + 1;
        if length < tail_length + start.len() as u64 {
            return Err(not_ours());
        }
        file.read_exact(&mut start)?;
        let mut tail = vec![0u8; CLOSING.len() + 1];
        file.seek(SeekFrom::Start(length - tail_length))?;
        file.read_exact(&mut tail)?;
        if &start != b"{\"log\":{" || &tail[1..] != CLOSING {
            return Err(not_ours());
        }
        Ok(Self {
            file,
            entries_end: length - CLOSING.len() as u64,
            has_entries: tail[0] != b'[',
            failed_writes: 0,
        })
    }

    fn append(&mut self, entry: &str) -> io::Result<()> {
        // `entries_end` is 0 only while not even the opening is written.
        let opening = if self.entries_end == 0 {
            opening()
        } else {
            String::new()
        };
        let separator: &[u8] = if self.has_entries { b",\n" } else { b"\n" };
        let text = [opening.as_bytes(), separator, entry.as_bytes(), CLOSING].concat();
        let end = self.write_at(self.entries_end, &text)?;
        self.entries_end = end - CLOSING.len() as u64;
        self.has_entries = true;
        Ok(())
    }

    /// Writes `text` at `offset`, cutting whatever a failed write left
    /// beyond it; returns where it ends.
    fn write_at(&mut self, offset: u64, text: &[u8]) -> io::Result<u64> {
        self.file.seek(SeekFrom::Start(offset))?;
        self.file.write_all(text)?;
        let end = offset + text.len() as u64;
        if self.failed_writes > 0 {
            self.file.set_len(end)?;
        }
        Ok(end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("klink-capture-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        let _ = std::fs::remove_file(&path);
        path
    }

    fn entries(path: &Path) -> Vec<serde_json::Value> {
        let text = std::fs::read_to_string(path).unwrap();
        let document: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(document["log"]["version"], "1.2");
        document["log"]["entries"].as_array().unwrap().clone()
    }

    #[test]
    fn the_file_is_a_document_after_every_write() {
        let path = scratch("every-write.har");
        let file = HarFile::open(&path).unwrap();
        assert!(entries(&path).is_empty());
        file.append(r#"{"n":1}"#);
        assert_eq!(entries(&path), [serde_json::json!({"n": 1})]);
        file.append(r#"{"n":2}"#);
        assert_eq!(entries(&path).len(), 2);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().nth(1), Some(r#"{"n":1},"#), "one entry a line");
    }

    #[test]
    fn a_capture_file_is_continued_and_shared() {
        let path = scratch("continued.har");
        let first = HarFile::open(&path).unwrap();
        let again = HarFile::open(&path).unwrap();
        assert!(Arc::ptr_eq(&first, &again), "one writer per file");
        first.append(r#"{"n":1}"#);
        drop((first, again));
        let reopened = HarFile::open(&path).unwrap();
        reopened.append(r#"{"n":2}"#);
        assert_eq!(entries(&path).len(), 2);
    }

    #[test]
    fn other_files_are_refused_untouched() {
        let path = scratch("other.json");
        std::fs::write(&path, b"{\"not\": \"a capture\"}\n").unwrap();
        let error = HarFile::open(&path).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::InvalidData);
        assert_eq!(std::fs::read(&path).unwrap(), b"{\"not\": \"a capture\"}\n");
    }

    #[test]
    fn a_torn_write_is_repaired_by_the_next() {
        let path = scratch("torn.har");
        let file = HarFile::open(&path).unwrap();
        file.append(r#"{"n":1}"#);
        {
            // What a write cut short (a full disk) leaves behind.
            let mut state = file.state.lock().unwrap();
            let at = state.entries_end;
            state.file.seek(SeekFrom::Start(at)).unwrap();
            state.file.write_all(b",\n{\"n\":2, \"cut").unwrap();
            state.failed_writes = 1;
        }
        file.append(r#"{"n":3}"#);
        let numbers: Vec<_> = entries(&path).iter().map(|e| e["n"].clone()).collect();
        assert_eq!(numbers, [1, 3]);
    }
}
