//! `--peer`: the client most users would pick instead of the SDK,
//! openapi-generator's `rust` generator (reqwest library), made from the
//! same spec and benchmarked in the same run.
//!
//! Everything lives under `target/peer/`, never in the repository: the
//! generated crate (`klink-peer/`) and a small workspace around it that
//! builds `klink-api/benches/overhead_ratio.rs` with `--cfg klink_peer`
//! (which adds the peer as a variant) against the SDK, with the
//! repository's `Cargo.lock` as its starting point so that reqwest and
//! everything else come in the same versions. `--build` generates the same
//! crate beside its hello crate ([`generate_client`]).

use std::path::{Path, PathBuf};
use std::process::Command;

use super::child::{Echo, run_checked};

/// The generator's command, as `pip install openapi-generator-cli` installs it.
const TOOL: &str = "openapi-generator-cli";

/// The crates the benchmark uses, taken with their versions and features
/// from the repository's `[workspace.dependencies]`.
const BENCH_DEPENDENCIES: [&str; 10] = [
    "bytes",
    "chrono",
    "futures-util",
    "http",
    "http-body-util",
    "hyper",
    "hyper-util",
    "reqwest",
    "serde_json",
    "tokio",
];

/// A generated peer, ready to be built.
#[derive(Debug, Clone)]
pub struct Peer {
    /// The manifest of the workspace that builds the benchmark with it.
    pub manifest: PathBuf,
    /// The generator's version.
    pub generator: String,
    /// The spec it was generated from, relative to the repository.
    pub spec: String,
    /// Whether its `Cargo.toml` asked for another reqwest and was changed.
    pub reqwest_pinned: bool,
}

/// Generates the peer under `target/peer/` from `openapi/dist/klink.json`
/// (the bundled spec) or else `openapi/klink.yaml`. `None`, after one line
/// saying so, when the generator is not installed or does not run.
pub fn generate(root: &Path, target: &Path) -> Result<Option<Peer>, String> {
    let dir = target.join("peer");
    let Some(client) = generate_client(root, &dir.join("klink-peer"))? else {
        return Ok(None);
    };
    let write = |path: &Path, text: &str| {
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    let workspace_manifest = read(&root.join("Cargo.toml"))?;
    let root = root
        .canonicalize()
        .map_err(|e| format!("{}: {e}", root.display()))?;
    write(
        &dir.join("Cargo.toml"),
        &bench_manifest(&root, &workspace_manifest)?,
    )?;
    write(
        &dir.join("build.rs"),
        "// Written by `cargo xtask bench --peer`.\n\
         fn main() {\n    \
             println!(\"cargo::rustc-check-cfg=cfg(klink_peer)\");\n    \
             println!(\"cargo::rustc-cfg=klink_peer\");\n\
         }\n",
    )?;
    // The repository's lock, so that the shared crates resolve as there.
    write(&dir.join("Cargo.lock"), &read(&root.join("Cargo.lock"))?)?;
    Ok(Some(Peer {
        manifest: dir.join("Cargo.toml"),
        generator: client.generator,
        spec: client.spec,
        reqwest_pinned: client.reqwest_pinned,
    }))
}

/// The peer's crate as generated, before anything builds it.
#[derive(Debug, Clone)]
pub struct GeneratedClient {
    /// The generator's version.
    pub generator: String,
    /// The spec it was generated from, relative to the repository.
    pub spec: String,
    /// Whether its `Cargo.toml` asked for another reqwest and was changed.
    pub reqwest_pinned: bool,
}

/// Generates openapi-generator's `rust` (reqwest) client of the bundled
/// spec (or else `openapi/klink.yaml`) into `crate_dir` as the package
/// `klink-peer`, its reqwest pinned to the workspace's. `None`, after one
/// line saying so, when the generator is not installed or does not run.
pub fn generate_client(root: &Path, crate_dir: &Path) -> Result<Option<GeneratedClient>, String> {
    let Some(generator) = generator_version() else {
        eprintln!(
            "{TOOL} not found or not working (pip install openapi-generator-cli; it needs a Java runtime): the peer is skipped"
        );
        return Ok(None);
    };
    let bundled = Path::new("openapi/dist/klink.json");
    let spec = if root.join(bundled).is_file() {
        bundled
    } else {
        Path::new("openapi/klink.yaml")
    };
    let _ = std::fs::remove_dir_all(crate_dir);
    if let Some(parent) = crate_dir.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    eprintln!(
        "generating the peer with {TOOL} {generator} from {}",
        spec.display()
    );
    run_checked(
        Command::new(TOOL)
            .arg("generate")
            .args(["--generator-name", "rust"])
            .arg("--input-spec")
            .arg(root.join(spec))
            .arg("--output")
            .arg(crate_dir)
            .arg("--additional-properties=packageName=klink-peer,library=reqwest")
            .arg("--global-property=apiDocs=false,modelDocs=false,apiTests=false,modelTests=false"),
        Echo::Nothing,
    )?;

    let workspace_manifest = read(&root.join("Cargo.toml"))?;
    let reqwest = dependency_line(&workspace_manifest, "reqwest")
        .and_then(version_of)
        .ok_or("no reqwest version in the workspace's Cargo.toml")?;
    let peer_manifest_path = crate_dir.join("Cargo.toml");
    let peer_manifest = read(&peer_manifest_path)?;
    let pinned = pin_reqwest(&peer_manifest, &reqwest)?;
    let reqwest_pinned = pinned != peer_manifest;
    if reqwest_pinned {
        eprintln!("the peer asked for another reqwest: pinned to {reqwest}");
        std::fs::write(&peer_manifest_path, &pinned)
            .map_err(|e| format!("{}: {e}", peer_manifest_path.display()))?;
    }
    Ok(Some(GeneratedClient {
        generator,
        spec: spec.display().to_string(),
        reqwest_pinned,
    }))
}

/// A file's text, or an error naming it.
fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Fails unless the peer's build resolved reqwest to the one version the
/// repository uses; returns that version.
pub fn check_same_reqwest(root: &Path, peer: &Peer) -> Result<String, String> {
    let lock = |path: PathBuf| {
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let ours = locked_versions(&lock(root.join("Cargo.lock"))?, "reqwest");
    let peers = locked_versions(
        &lock(peer.manifest.with_file_name("Cargo.lock"))?,
        "reqwest",
    );
    match (ours.as_slice(), peers.as_slice()) {
        ([ours], [theirs]) if ours == theirs => Ok(ours.clone()),
        _ => Err(format!(
            "the peer was built with reqwest {peers:?}, the SDK with {ours:?}"
        )),
    }
}

/// The generator's version, if it runs.
fn generator_version() -> Option<String> {
    let out = Command::new(TOOL).arg("version").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let version = text.lines().rev().find(|line| !line.trim().is_empty())?;
    out.status.success().then(|| version.trim().to_owned())
}

/// The manifest of the workspace that builds the benchmark with the peer.
fn bench_manifest(root: &Path, workspace_manifest: &str) -> Result<String, String> {
    let path = |relative: &str| toml_string(&root.join(relative).display().to_string());
    let mut shared = String::new();
    for name in BENCH_DEPENDENCIES {
        let line = dependency_line(workspace_manifest, name)
            .ok_or_else(|| format!("no `{name}` in the workspace's [workspace.dependencies]"))?;
        shared.push_str(line);
        shared.push('\n');
    }
    Ok(format!(
        r#"# Written by `cargo xtask bench --peer`; not part of the repository.
[package]
name = "klink-peer-bench"
version = "0.0.0"
edition = "2024"
publish = false

[workspace]
# Generated code: built as a dependency, not linted as a member.
exclude = ["klink-peer"]

[workspace.dependencies]
{shared}
[dependencies]
klink-api = {{ path = {klink_api} }}
klink-peer = {{ path = "klink-peer", default-features = false }}
# The benches' shared loopback server (`klink_tests::serve`).
klink-tests = {{ path = {klink_tests} }}
bytes.workspace = true
chrono.workspace = true
futures-util.workspace = true
http.workspace = true
http-body-util.workspace = true
hyper.workspace = true
hyper-util.workspace = true
reqwest.workspace = true
serde_json.workspace = true
tokio = {{ workspace = true, features = ["macros", "rt-multi-thread", "net"] }}

[[bench]]
name = "overhead_ratio_peer"
path = {bench}
harness = false
"#,
        klink_api = path("klink-api"),
        klink_tests = path("tests"),
        bench = path("klink-api/benches/overhead_ratio.rs"),
    ))
}

/// The line that declares `name` in `[workspace.dependencies]`.
fn dependency_line<'a>(manifest: &'a str, name: &str) -> Option<&'a str> {
    let section = manifest.split("[workspace.dependencies]").nth(1)?;
    section
        .lines()
        .take_while(|line| !line.trim_start().starts_with('['))
        .find(|line| {
            line.split(['=', '.'])
                .next()
                .is_some_and(|key| key.trim() == name)
        })
}

/// The version requirement in a dependency line: `x = "1"` or
/// `x = { version = "1", ... }`.
fn version_of(line: &str) -> Option<String> {
    let value = line.split_once('=')?.1.trim();
    let quoted = if value.starts_with('{') {
        value.split("version").nth(1)?.split_once('=')?.1
    } else {
        value
    };
    quoted.split('"').nth(1).map(str::to_owned)
}

/// The generated manifest with its reqwest requirement set to `version`
/// (the workspace's), unless it already allows the same major release
/// (`^0.13` allows 0.13.x). Fails when it has no reqwest line.
fn pin_reqwest(manifest: &str, version: &str) -> Result<String, String> {
    let release = |requirement: &str| {
        let digits = requirement.trim_start_matches(['^', '~', '=', ' ']);
        let mut parts = digits.split('.');
        match parts.next() {
            Some("0") => format!("0.{}", parts.next().unwrap_or("")),
            Some(major) => major.to_owned(),
            None => String::new(),
        }
    };
    let mut found = false;
    let mut out = String::with_capacity(manifest.len());
    for line in manifest.lines() {
        if line.trim_start().starts_with("reqwest") && line.contains('=') {
            found = true;
            let requirement = version_of(line).ok_or_else(|| format!("no version in `{line}`"))?;
            if release(&requirement) == release(version) {
                out.push_str(line);
            } else {
                out.push_str(&line.replacen(
                    &format!("\"{requirement}\""),
                    &format!("\"{version}\""),
                    1,
                ));
            }
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    if found {
        Ok(out)
    } else {
        Err("the generated Cargo.toml has no reqwest dependency".into())
    }
}

/// Every version of `name` in a `Cargo.lock`.
fn locked_versions(lock: &str, name: &str) -> Vec<String> {
    let mut lines = lock.lines();
    let mut versions = Vec::new();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{name}\"")
            && let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = "))
        {
            versions.push(version.trim_matches('"').to_owned());
        }
    }
    versions
}

/// A TOML basic string (JSON's escapes are TOML's).
fn toml_string(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORKSPACE: &str = r#"[workspace]
members = ["klink-api"]

[workspace.dependencies]
bytes = "1"
reqwest = { version = "0.13", default-features = false, features = ["json", "http2"] }
http-body-util = "0.1"
tokio = { version = "1", features = ["time"] }

[profile.dev.package."*"]
debug = false
"#;

    const GENERATED: &str = r#"[package]
name = "klink-peer"

[dependencies]
serde = { version = "^1.0", features = ["derive"] }
reqwest = { version = "^0.12", default-features = false, features = ["json", "multipart"] }
"#;

    #[test]
    fn finds_workspace_dependencies_and_their_versions() {
        let reqwest = dependency_line(WORKSPACE, "reqwest").unwrap();
        assert!(reqwest.starts_with("reqwest = { version"));
        assert_eq!(version_of(reqwest).as_deref(), Some("0.13"));
        assert_eq!(
            dependency_line(WORKSPACE, "http-body-util"),
            Some(r#"http-body-util = "0.1""#)
        );
        assert_eq!(
            dependency_line(WORKSPACE, "http-body-util").and_then(version_of),
            Some("0.1".into())
        );
        assert_eq!(
            dependency_line(WORKSPACE, "http"),
            None,
            "not a prefix match"
        );
        assert_eq!(
            dependency_line(WORKSPACE, "debug"),
            None,
            "not past the section"
        );
    }

    #[test]
    fn another_reqwest_is_pinned_to_the_workspaces_and_the_same_one_kept() {
        let pinned = pin_reqwest(GENERATED, "0.13").unwrap();
        assert!(
            pinned.contains(r#"reqwest = { version = "0.13", default-features = false, features = ["json", "multipart"] }"#),
            "{pinned}"
        );
        assert!(pinned.contains(r#"serde = { version = "^1.0""#), "{pinned}");
        let same = GENERATED.replace("^0.12", "^0.13");
        assert_eq!(pin_reqwest(&same, "0.13").unwrap(), same);
        assert!(pin_reqwest("[dependencies]\nserde = \"1\"\n", "0.13").is_err());
    }

    #[test]
    fn the_bench_manifest_uses_the_workspaces_versions() {
        let workspace = WORKSPACE.replace(
            "[workspace.dependencies]\n",
            "[workspace.dependencies]\nchrono = \"0.4\"\nfutures-util = \"0.3\"\nhttp = \"1\"\nhyper = \"1\"\nhyper-util = \"0.1\"\nserde_json = \"1\"\n",
        );
        let manifest = bench_manifest(Path::new("/repo"), &workspace).unwrap();
        assert!(manifest.contains("\n[workspace]\n"), "{manifest}");
        assert!(
            manifest.contains("exclude = [\"klink-peer\"]"),
            "{manifest}"
        );
        assert!(
            manifest.contains(r#"tokio = { version = "1", features = ["time"] }"#),
            "{manifest}"
        );
        assert!(
            manifest.contains(r#"klink-api = { path = "/repo/klink-api" }"#),
            "{manifest}"
        );
        assert!(
            manifest.contains(r#"klink-tests = { path = "/repo/tests" }"#),
            "{manifest}"
        );
        assert!(
            manifest.contains(r#"path = "/repo/klink-api/benches/overhead_ratio.rs""#),
            "{manifest}"
        );
        assert!(
            bench_manifest(Path::new("/repo"), WORKSPACE).is_err(),
            "chrono is missing"
        );
    }

    #[test]
    fn reads_locked_versions() {
        let lock = "[[package]]\nname = \"reqwest\"\nversion = \"0.13.5\"\n\n[[package]]\nname = \"reqwest-middleware\"\nversion = \"0.4.0\"\n\n[[package]]\nname = \"reqwest\"\nversion = \"0.12.9\"\n";
        assert_eq!(locked_versions(lock, "reqwest"), ["0.13.5", "0.12.9"]);
        assert!(locked_versions(lock, "hyper").is_empty());
    }
}
