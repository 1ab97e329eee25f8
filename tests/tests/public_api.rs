//! The whole public API of `klink-api`, every feature on, hand-written and
//! generated items alike, as one snapshot: an item made public by accident
//! (or a lost `Send`, a changed signature) shows up as a diff in review.
//!
//! The list comes from rustdoc's JSON output, read by the `public-api`
//! crate. Stable rustdoc writes that JSON only with `RUSTC_BOOTSTRAP=1`;
//! nothing else is built with it. When the API changes on purpose, accept
//! the new snapshot after reading it:
//!
//! ```sh
//! INSTA_UPDATE=always cargo test -p klink-tests --test public_api
//! git diff tests/tests/snapshots/public_api__klink_api.snap
//! ```
//!
//! (or move `public_api__klink_api.snap.new` over the `.snap`, or run
//! `cargo insta review`).

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A target directory of its own, inside the one this test was built in
/// (its `tmp`, which cargo names, wherever the target directory is and
/// however it was set): with `RUSTC_BOOTSTRAP` set, build scripts that
/// probe for nightly (proc-macro2's) run again, and in the shared directory
/// that would invalidate every artifact the other builds and tests use.
/// Built once (about a minute), then only `klink-api` is documented again.
fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("public-api")
}

/// Runs rustdoc on `klink-api` with every feature and returns the path of
/// the JSON it wrote.
fn rustdoc_json() -> PathBuf {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(workspace())
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_TARGET_DIR", target_dir())
        // Flags meant for the HTML docs (e.g. `-D warnings`) are not this
        // test's business.
        .env_remove("RUSTDOCFLAGS")
        .args(["rustdoc", "--quiet", "--locked", "-p", "klink-api"])
        .args(["--all-features", "--lib"])
        .args(["--", "-Z", "unstable-options", "--output-format", "json"])
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo rustdoc failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    target_dir().join("doc/klink_api.json")
}

/// Fails with what to do when rustdoc writes a JSON format that the pinned
/// `public-api` cannot read (a toolchain other than the one it was chosen for).
fn assert_format_readable(json: &Path) {
    let text = std::fs::read_to_string(json).expect("rustdoc JSON is readable");
    let head: serde_json::Value = serde_json::from_str(&text).expect("rustdoc JSON parses");
    let found = head["format_version"].as_u64();
    assert_eq!(
        found,
        Some(u64::from(rustdoc_types::FORMAT_VERSION)),
        "this toolchain's rustdoc writes JSON format {found:?}, the pinned public-api reads \
         format {}: pin the public-api and rustdoc-types versions that read it in the root \
         Cargo.toml",
        rustdoc_types::FORMAT_VERSION
    );
}

#[test]
fn klink_api() {
    let json = rustdoc_json();
    assert_format_readable(&json);
    let api = public_api::Builder::from_rustdoc_json(&json)
        // `impl<T> From<T> for T`, `Any`, `Borrow`...: the same for every
        // type, and a third of the list; auto traits (`Send`, `Sync`) stay.
        .omit_blanket_impls(true)
        .build()
        .expect("public-api reads rustdoc's JSON");
    insta::assert_snapshot!("klink_api", api.to_string());
}
