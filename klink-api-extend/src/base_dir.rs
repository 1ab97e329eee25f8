//! Where a relative spec path starts from: the directory of the crate whose
//! source calls the macro.
//!
//! That is `CARGO_MANIFEST_DIR`, except for a crate whose sources live
//! outside its own directory. trybuild's scratch crate is one: its
//! `Cargo.toml` sits under the target directory (wherever that is), its
//! `[[bin]]`s are the tested crate's files. There a path that is not found
//! beside the manifest is looked up beside the crate the calling file
//! belongs to, the one its reader sees.

use std::path::{Path, PathBuf};

/// The directory `relative` is resolved against for the macro call being
/// expanded.
pub(crate) fn of_call(relative: &str) -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| Path::new(".").to_owned(), PathBuf::from);
    let calling_file = proc_macro::Span::call_site().local_file();
    let cwd = std::env::current_dir().unwrap_or_default();
    resolve(&manifest_dir, calling_file.as_deref(), &cwd, relative)
}

/// The directory `relative` is resolved against, for a call in
/// `calling_file` (as rustc names it: absolute, or relative to `cwd`) of a
/// crate whose manifest is in `manifest_dir`.
///
/// The manifest's directory wins whenever the spec is there, and is the
/// answer when the spec is nowhere (so the error names the documented
/// place); the calling file's crate is tried only when that file lies
/// outside the manifest's directory.
pub(crate) fn resolve(
    manifest_dir: &Path,
    calling_file: Option<&Path>,
    cwd: &Path,
    relative: &str,
) -> PathBuf {
    if manifest_dir.join(relative).exists() {
        return manifest_dir.to_owned();
    }
    // Compared canonical: rustc may name the file through `..` or a link.
    let manifest = manifest_dir.canonicalize();
    let manifest = manifest.as_deref().unwrap_or(manifest_dir);
    calling_file
        .and_then(|file| cwd.join(file).canonicalize().ok())
        .filter(|file| !file.starts_with(manifest))
        .and_then(|file| crate_of(&file))
        .filter(|dir| dir.join(relative).exists())
        .unwrap_or_else(|| manifest_dir.to_owned())
}

/// The nearest directory above `file` that holds a `Cargo.toml`.
fn crate_of(file: &Path) -> Option<PathBuf> {
    file.ancestors()
        .skip(1)
        .find(|dir| dir.join("Cargo.toml").is_file())
        .map(Path::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch tree: `tested/` (a crate with `spec.yaml` and a case
    /// file) and `scratch/` (a manifest without sources, as trybuild's).
    struct Tree {
        root: PathBuf,
    }

    impl Tree {
        fn new(name: &str) -> Self {
            let root = std::env::temp_dir().join(format!(
                "klink-api-extend-base-dir-{name}-{}",
                std::process::id()
            ));
            let _ = std::fs::remove_dir_all(&root);
            for (file, text) in [
                ("tested/Cargo.toml", "[package]"),
                ("tested/tests/cases/case.rs", "fn main() {}"),
                ("tested/tests/cases/spec.yaml", "openapi: 3.0.3"),
                ("scratch/Cargo.toml", "[package]"),
            ] {
                let path = root.join(file);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, text).unwrap();
            }
            Self { root }
        }

        fn dir(&self, name: &str) -> PathBuf {
            self.root.join(name)
        }
    }

    impl Drop for Tree {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.root);
        }
    }

    const SPEC: &str = "tests/cases/spec.yaml";

    #[test]
    fn a_crate_calling_from_its_own_sources_resolves_against_its_manifest() {
        let tree = Tree::new("own");
        let tested = tree.dir("tested");
        let case = Path::new("tests/cases/case.rs");
        assert_eq!(resolve(&tested, Some(case), &tested, SPEC), tested);
        // Not found anywhere: the documented place, for the error message.
        assert_eq!(
            resolve(&tested, Some(case), &tested, "missing.yaml"),
            tested
        );
    }

    #[test]
    fn a_scratch_crate_resolves_against_the_crate_of_the_calling_file() {
        let tree = Tree::new("scratch");
        let (tested, scratch) = (tree.dir("tested"), tree.dir("scratch"));
        let tested = tested.canonicalize().unwrap();
        let case = tested.join("tests/cases/case.rs");
        assert_eq!(resolve(&scratch, Some(&case), &scratch, SPEC), tested);
        // A relative file name is rustc's, relative to its working directory.
        let relative = Path::new("../tested/tests/cases/case.rs");
        assert_eq!(resolve(&scratch, Some(relative), &scratch, SPEC), tested);
        assert_eq!(
            resolve(&scratch, Some(&case), &scratch, "missing.yaml"),
            scratch
        );
        assert_eq!(resolve(&scratch, None, &scratch, SPEC), scratch);
    }
}
