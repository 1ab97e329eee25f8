//! `cargo xtask generate` / `check` on real files: the checked-in generated
//! files (the client, the bundle, the CLI and the mock) are what the spec
//! generates, generation is deterministic, a broken spec leaves every
//! generated file byte-identical, and a stale file is reported with a diff.
//! Plus the snapshots a reviewer reads: the client's API surface and the
//! mock's methods (the CLI's command tree is snapshot in klink-cli's tests,
//! from the built binary).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use xtask::generated_file::{self, Outcome};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("broken-specs")
        .join(name)
}

#[test]
fn checked_in_generated_files_are_what_the_spec_generates() {
    // On failure the message holds a unified diff of each stale file.
    if let Err(error) = generated_file::check(&workspace()) {
        panic!("{error}");
    }
}

#[test]
fn generation_is_deterministic() {
    let first = generated_file::render(&workspace()).unwrap();
    let second = generated_file::render(&workspace()).unwrap();
    let paths: Vec<&str> = first.iter().map(|output| output.path.as_str()).collect();
    for expected in [
        "klink-api/src/generated/mod.rs",
        codegen::BUNDLE_PATH,
        codegen::CLI_PATH,
        codegen::MOCK_PATH,
    ] {
        assert!(paths.contains(&expected), "{expected} not in {paths:?}");
    }
    assert_eq!(first, second);
}

#[test]
fn mock_surface() {
    let spec = codegen::load(workspace().join(codegen::SPEC_PATH)).unwrap();
    insta::assert_snapshot!("mock_surface", codegen::mock_surface(&spec).unwrap());
}

#[test]
fn api_surface() {
    let spec = codegen::load(workspace().join(codegen::SPEC_PATH)).unwrap();
    insta::assert_snapshot!("api_surface", codegen::api_surface(&spec).unwrap());
}

/// A temporary workspace holding a copy of the spec, its examples and the
/// broken-spec fixtures' example files, with every file generated once.
struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        klink_tests::copy_spec_into(dir.path(), &[&fixture("examples")]);
        let scratch = Self { dir };
        generated_file::generate(scratch.root()).unwrap();
        scratch
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn spec(&self) -> PathBuf {
        self.root().join(codegen::SPEC_PATH)
    }

    /// Every file under the scratch workspace with its bytes.
    fn files(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        klink_tests::files_under(self.root())
    }
}

#[test]
fn a_broken_spec_leaves_every_generated_file_byte_identical() {
    let scratch = Scratch::new();
    let names = [
        "yaml-syntax.yaml",
        "dangling-ref.yaml",
        "missing-operation-id.yaml",
        "duplicate-operation-id.yaml",
        "not-openapi.yaml",
        "bad-example.yaml",
        "example-mismatch.yaml",
        "nullable-ref.yaml",
        "nullable-without-type.yaml",
        "path-parameter-mismatch.yaml",
        "ref-outside-components.yaml",
    ];
    let cli = scratch.root().join(codegen::CLI_PATH);
    let mock = scratch.root().join(codegen::MOCK_PATH);
    assert!(
        cli.is_file() && mock.is_file(),
        "the scratch has every file"
    );
    for name in names {
        std::fs::copy(fixture(name), scratch.spec()).unwrap();
        let before = scratch.files();
        let error = generated_file::generate(scratch.root()).expect_err(name);
        assert!(error.to_string().contains("klink.yaml"), "{name}: {error}");
        assert_eq!(scratch.files(), before, "{name} changed a file");
    }
}

#[test]
fn generation_writes_once_then_leaves_unchanged_files_alone() {
    let scratch = Scratch::new();
    let generated: Vec<PathBuf> = generated_file::render(scratch.root())
        .unwrap()
        .into_iter()
        .map(|output| scratch.root().join(output.path))
        .collect();
    let modified = |path: &PathBuf| std::fs::metadata(path).unwrap().modified().unwrap();
    let before: Vec<_> = generated.iter().map(modified).collect();
    let outcomes = generated_file::generate(scratch.root()).unwrap();
    assert_eq!(outcomes.len(), generated.len());
    assert!(
        outcomes
            .iter()
            .all(|(_, outcome)| *outcome == Outcome::Unchanged),
        "{outcomes:?}"
    );
    assert_eq!(generated.iter().map(modified).collect::<Vec<_>>(), before);
    generated_file::check(scratch.root()).unwrap();
}

#[test]
fn check_shows_a_diff_of_what_is_stale() {
    let scratch = Scratch::new();
    let text = std::fs::read_to_string(scratch.spec()).unwrap();
    std::fs::write(
        scratch.spec(),
        text.replacen("        label:", "        labels:", 1),
    )
    .unwrap();
    let error = generated_file::check(scratch.root())
        .expect_err("stale")
        .to_string();
    for part in [
        "klink-api/src/generated/types.rs (checked in)",
        "-    pub label: Option<String>,",
        "+    pub labels: Option<String>,",
        "openapi/dist/klink.json",
        "run `cargo xtask generate`",
    ] {
        assert!(error.contains(part), "{part:?} not in:\n{error}");
    }
    // The operation builders do not depend on that field.
    assert!(
        !error.contains("klink-api/src/generated/builder.rs"),
        "the operation builders did not change:\n{error}"
    );
    generated_file::generate(scratch.root()).unwrap();
    generated_file::check(scratch.root()).unwrap();
}

#[test]
fn check_names_the_cli_and_the_mock_when_an_operation_changes() {
    let scratch = Scratch::new();
    let text = std::fs::read_to_string(scratch.spec()).unwrap();
    std::fs::write(
        scratch.spec(),
        text.replacen("operationId: send_message", "operationId: post_message", 1),
    )
    .unwrap();
    let error = generated_file::check(scratch.root())
        .expect_err("stale")
        .to_string();
    for part in [
        "klink-cli/src/generated_cli.rs (checked in)",
        "+    pub fn cli_post_message() -> ::clap::Command {",
        "klink-mock/src/generated_mock.rs (checked in)",
        "+    pub struct PostMessageWhen(::httpmock::When);",
    ] {
        assert!(error.contains(part), "{part:?} not in:\n{error}");
    }
    generated_file::generate(scratch.root()).unwrap();
    generated_file::check(scratch.root()).unwrap();
}

#[test]
fn a_generated_file_the_spec_no_longer_produces_is_stale_and_removed() {
    let scratch = Scratch::new();
    let stray = scratch
        .root()
        .join(codegen::CLIENT_DIR)
        .join("old_module.rs");
    std::fs::write(&stray, "// left over\n").unwrap();
    let error = generated_file::check(scratch.root())
        .expect_err("stray")
        .to_string();
    assert!(error.contains("old_module.rs"), "{error}");
    let outcomes = generated_file::generate(scratch.root()).unwrap();
    assert!(outcomes.contains(&(
        format!("{}/old_module.rs", codegen::CLIENT_DIR),
        Outcome::Removed
    )));
    assert!(!stray.exists());
}
