//! Writing each variant's hello crate under `target/bench-build/<id>/`,
//! with the files its SDK needs beside it: the cut extension, the
//! self-contained two-operation spec, the bundled spec, or the generated
//! peer.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::super::peer;
use super::hello::{EXTENSION_FILE, TWO_OPERATIONS_SPEC, WHOLE_SPEC, hello_crate};
use super::two_operations::{self, EXTENSION, OPERATIONS};
use super::variant::{EXTEND_CRATE, Sdk, Variant, default_features};

/// What every variant is made from, read once from the repository.
#[derive(Debug, Clone)]
pub struct Repository {
    /// The repository, absolute: the hello crates live elsewhere.
    pub root: PathBuf,
    /// klink-api's default features.
    pub default_features: Vec<String>,
    /// The repository's `Cargo.lock`, every hello crate's starting point.
    pub lock: String,
    /// The bundled spec (`openapi/dist/klink.json`), the base extensions
    /// are checked against, as `extend!` checks them.
    pub base: Value,
}

impl Repository {
    /// Reads what the variants need from the repository at `root`.
    pub fn read(root: &Path) -> Result<Self, String> {
        let root = root
            .canonicalize()
            .map_err(|e| format!("{}: {e}", root.display()))?;
        let default_features = default_features(&read(&root.join("klink-api/Cargo.toml"))?)?;
        let lock = read(&root.join("Cargo.lock"))?;
        let base = serde_json::from_str(&read(&root.join(codegen::BUNDLE_PATH))?)
            .map_err(|e| format!("{}: {e}", codegen::BUNDLE_PATH))?;
        Ok(Self {
            root,
            default_features,
            lock,
            base,
        })
    }
}

/// Whether a variant can be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Readiness {
    /// Its crate is written; with a note for the report, if any.
    Ready(Option<String>),
    /// It cannot be built here, for this reason (a tool not installed, a
    /// crate not in this checkout, a spec progenitor rejects).
    Skipped(String),
}

/// Writes `variant`'s crate into `dir`, emptied first.
pub fn prepare(
    variant: &Variant,
    repository: &Repository,
    dir: &Path,
) -> Result<Readiness, String> {
    let _ = std::fs::remove_dir_all(dir);
    create_dir(&dir.join("src"))?;
    let mut note = None;
    match variant.sdk {
        Sdk::KlinkApi { extend: true, .. } => {
            if !repository
                .root
                .join(EXTEND_CRATE.dir)
                .join("Cargo.toml")
                .is_file()
            {
                return Ok(Readiness::Skipped(format!(
                    "`{}/` is not in this checkout",
                    EXTEND_CRATE.dir
                )));
            }
            write_extension(repository, dir)?;
        }
        Sdk::KlinkApi { extend: false, .. } => {}
        Sdk::Progenitor { whole_spec: false } => {
            let extension = write_extension(repository, dir)?;
            let spec = two_operations::self_contained(&extension, &repository.base)?;
            accepted_by_progenitor(&spec)
                .map_err(|e| format!("progenitor rejects the two-operation spec: {e}"))?;
            write(&dir.join(TWO_OPERATIONS_SPEC), &pretty(&spec))?;
        }
        Sdk::Progenitor { whole_spec: true } => {
            if let Err(e) = accepted_by_progenitor(&repository.base) {
                return Ok(Readiness::Skipped(format!(
                    "progenitor 0.15 rejects `{}`: {e}",
                    codegen::BUNDLE_PATH
                )));
            }
            write(&dir.join(WHOLE_SPEC), &pretty(&repository.base))?;
        }
        Sdk::OpenapiGenerator => {
            let Some(client) = peer::generate_client(&repository.root, &dir.join("klink-peer"))?
            else {
                return Ok(Readiness::Skipped(
                    "openapi-generator-cli is not installed or does not run (`pip install openapi-generator-cli`, and a Java runtime)".into(),
                ));
            };
            note = Some(format!(
                "openapi-generator {} on `{}`{}",
                client.generator,
                client.spec,
                match client.reqwest_pinned {
                    true => ", its reqwest requirement pinned to the workspace's",
                    false => "",
                }
            ));
        }
    }
    let hello = hello_crate(variant, &repository.root, &repository.default_features);
    write(&dir.join("Cargo.toml"), &hello.manifest)?;
    write(&dir.join("src/main.rs"), &hello.main)?;
    // The repository's versions of every crate they share.
    write(&dir.join("Cargo.lock"), &repository.lock)?;
    Ok(Readiness::Ready(note))
}

/// Writes the extension cut to the two operations into `dir`, with the
/// example files it refers to; returns its path.
fn write_extension(repository: &Repository, dir: &Path) -> Result<PathBuf, String> {
    let source = repository.root.join(EXTENSION);
    let extension: Value =
        serde_yaml::from_str(&read(&source)?).map_err(|e| format!("{}: {e}", source.display()))?;
    let cut = two_operations::cut(&extension, &OPERATIONS)?;
    let text = serde_yaml::to_string(&cut).map_err(|e| format!("{EXTENSION}: {e}"))?;
    let path = dir.join(EXTENSION_FILE);
    write(
        &path,
        &format!(
            "# Written by `cargo xtask bench --build`: {EXTENSION} cut to {}.\n{text}",
            OPERATIONS.join(" and ")
        ),
    )?;
    let from = source.parent().unwrap_or(Path::new(""));
    for file in two_operations::external_files(&cut) {
        let to = dir.join(&file);
        if let Some(parent) = to.parent() {
            create_dir(parent)?;
        }
        std::fs::copy(from.join(&file), &to)
            .map_err(|e| format!("{}: {e}", from.join(&file).display()))?;
    }
    Ok(path)
}

/// Whether progenitor 0.15, with the settings `generate_api!("file")`
/// uses, generates a client from `spec`.
pub fn accepted_by_progenitor(spec: &Value) -> Result<proc_macro2::TokenStream, String> {
    let openapi: openapiv3::OpenAPI =
        serde_json::from_value(spec.clone()).map_err(|e| format!("not OpenAPI 3.0: {e}"))?;
    progenitor_impl::Generator::new(&progenitor_impl::GenerationSettings::default())
        .generate_tokens(&openapi)
        .map_err(|e| e.to_string())
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn create_dir(path: &Path) -> Result<(), String> {
    std::fs::create_dir_all(path).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repository() -> Repository {
        Repository::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("..")).unwrap()
    }

    /// A fresh directory for one test's crates.
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-prepare-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    fn variant(id: &str, repository: &Repository) -> Variant {
        super::super::variant::all(&repository.default_features)
            .into_iter()
            .find(|v| v.id == id)
            .unwrap()
    }

    #[test]
    fn writes_each_hello_crate_with_the_files_its_sdk_reads() {
        use super::super::variant::ids;
        let repository = repository();
        let dir = scratch("crates");
        for id in [ids::RUSTLS_RING, ids::PROGENITOR_TWO, ids::PROGENITOR_WHOLE] {
            let crate_dir = dir.join(id);
            let readiness = prepare(&variant(id, &repository), &repository, &crate_dir).unwrap();
            assert_eq!(readiness, Readiness::Ready(None), "{id}");
            let manifest = read(&crate_dir.join("Cargo.toml")).unwrap();
            assert!(
                manifest.contains(&format!("name = \"hello-{id}\"")),
                "{manifest}"
            );
            assert!(crate_dir.join("src/main.rs").is_file());
            assert_eq!(
                read(&crate_dir.join("Cargo.lock")).unwrap(),
                repository.lock
            );
        }
        let two: Value = serde_json::from_str(
            &read(&dir.join(ids::PROGENITOR_TWO).join(TWO_OPERATIONS_SPEC)).unwrap(),
        )
        .unwrap();
        assert_eq!(two["paths"].as_object().unwrap().len(), 2);
        let whole: Value =
            serde_json::from_str(&read(&dir.join(ids::PROGENITOR_WHOLE).join(WHOLE_SPEC)).unwrap())
                .unwrap();
        assert_eq!(whole, repository.base);
        // The extend variant needs the macro crate's directory.
        let extend = dir.join(ids::RUSTLS_RING_EXTEND);
        let readiness = prepare(
            &variant(ids::RUSTLS_RING_EXTEND, &repository),
            &repository,
            &extend,
        )
        .unwrap();
        if repository
            .root
            .join(EXTEND_CRATE.dir)
            .join("Cargo.toml")
            .is_file()
        {
            assert_eq!(readiness, Readiness::Ready(None));
            let extension = read(&extend.join(EXTENSION_FILE)).unwrap();
            assert!(extension.contains("list_tags") && !extension.contains("create_channel"));
            assert!(
                extend
                    .join("examples/tags.list.response.200.json")
                    .is_file()
            );
        } else {
            let Readiness::Skipped(reason) = readiness else {
                panic!("{readiness:?}")
            };
            assert!(reason.contains(EXTEND_CRATE.dir), "{reason}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn progenitor_on_the_whole_bundled_spec() {
        let code = accepted_by_progenitor(&repository().base);
        let code = code.unwrap().to_string();
        assert!(code.contains("fn list_categories"));
        for absent in ["uuid", "regress", "base64", "rand"] {
            assert!(!code.contains(&format!(":: {absent} ::")), "{absent}");
        }
    }
}
