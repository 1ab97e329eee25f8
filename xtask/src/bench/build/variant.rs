//! The variants `--build` measures: what each hello crate depends on, and
//! what the report calls it.

/// klink-api's TLS features: one of them is in each klink-api variant,
/// beside klink-api's other default features.
pub const TLS_FEATURES: [&str; 3] = ["rustls", "rustls-ring", "native-tls"];

/// How a user's crate gets `extend!`: the package it depends on (here a
/// path dependency on the repository's directory of the same name; a user
/// writes `klink-api-extend = "0.1"`) and the macro's path. In one place,
/// so that a change of layout is one edit.
pub const EXTEND_CRATE: ExtendCrate = ExtendCrate {
    package: "klink-api-extend",
    dir: "klink-api-extend",
    macro_path: "klink_api_extend::extend!",
};

/// Where `extend!` comes from; see [`EXTEND_CRATE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExtendCrate {
    /// The package a user depends on.
    pub package: &'static str,
    /// Its directory, relative to the repository.
    pub dir: &'static str,
    /// The macro as a user calls it.
    pub macro_path: &'static str,
}

/// What a hello crate builds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sdk {
    /// klink-api with `tls` and its other default features; with
    /// `extend`, also [`EXTEND_CRATE`] and the two-operation extension.
    KlinkApi {
        /// The TLS feature, one of [`TLS_FEATURES`].
        tls: &'static str,
        /// Whether the crate also expands the extension.
        extend: bool,
    },
    /// progenitor's `generate_api!` in the hello crate itself.
    Progenitor {
        /// The whole bundled spec, or else the two operations.
        whole_spec: bool,
    },
    /// openapi-generator's `rust` client of the whole bundled spec,
    /// generated beside the hello crate as the package `klink-peer`.
    OpenapiGenerator,
}

/// One hello crate to build cold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// Its directory under `target/bench-build/`, and its key.
    pub id: &'static str,
    /// What the report calls it.
    pub label: String,
    /// What it builds.
    pub sdk: Sdk,
}

/// The ids the ratios are taken between.
pub mod ids {
    /// klink-api with `rustls`.
    pub const RUSTLS: &str = "klink-api-rustls";
    /// klink-api with `rustls-ring`.
    pub const RUSTLS_RING: &str = "klink-api-rustls-ring";
    /// klink-api with `rustls-ring` and the extension.
    pub const RUSTLS_RING_EXTEND: &str = "klink-api-rustls-ring-extend";
    /// progenitor on the two operations.
    pub const PROGENITOR_TWO: &str = "progenitor-two-operations";
    /// progenitor on the whole spec.
    pub const PROGENITOR_WHOLE: &str = "progenitor-whole-spec";
    /// openapi-generator's client.
    pub const OPENAPI_GENERATOR: &str = "openapi-generator";
}

impl Variant {
    /// The hello crate's package name.
    pub fn package(&self) -> String {
        format!("hello-{}", self.id)
    }

    /// The crate whose own compile time is the SDK's: klink-api, the
    /// generated peer, or the hello crate itself, which holds the code
    /// progenitor's macro generates.
    pub fn sdk_crate(&self) -> String {
        match self.sdk {
            Sdk::KlinkApi { .. } => "klink-api".into(),
            Sdk::Progenitor { .. } => self.package(),
            Sdk::OpenapiGenerator => "klink-peer".into(),
        }
    }
}

/// Every variant, in report order, which is the order they are built in:
/// the variants the targets compare first, progenitor on the whole spec
/// (compared with nothing) last. `default_features` are klink-api's
/// (its `Cargo.toml`'s `default`): the TLS feature among them is labelled
/// "(default)".
pub fn all(default_features: &[String]) -> Vec<Variant> {
    let default = |tls: &str| match default_features.iter().any(|f| f == tls) {
        true => " (default)",
        false => "",
    };
    vec![
        Variant {
            id: ids::RUSTLS,
            label: format!("klink-api, `rustls` (aws-lc-rs){}", default("rustls")),
            sdk: Sdk::KlinkApi {
                tls: "rustls",
                extend: false,
            },
        },
        Variant {
            id: ids::RUSTLS_RING,
            label: format!("klink-api, `rustls-ring`{}", default("rustls-ring")),
            sdk: Sdk::KlinkApi {
                tls: "rustls-ring",
                extend: false,
            },
        },
        Variant {
            id: ids::RUSTLS_RING_EXTEND,
            label: format!(
                "klink-api, `rustls-ring` + `{}` on the two operations",
                EXTEND_CRATE.package
            ),
            sdk: Sdk::KlinkApi {
                tls: "rustls-ring",
                extend: true,
            },
        },
        Variant {
            id: ids::PROGENITOR_TWO,
            label: "progenitor 0.15 `generate_api!` on the same two operations".into(),
            sdk: Sdk::Progenitor { whole_spec: false },
        },
        Variant {
            id: ids::OPENAPI_GENERATOR,
            label: "openapi-generator `rust` client of the whole bundled spec (rustls)".into(),
            sdk: Sdk::OpenapiGenerator,
        },
        Variant {
            id: ids::PROGENITOR_WHOLE,
            label: "progenitor 0.15 `generate_api!` on the whole bundled spec".into(),
            sdk: Sdk::Progenitor { whole_spec: true },
        },
    ]
}

/// The features in `default = [...]` (on one line or several) of a
/// `Cargo.toml`'s `[features]`.
pub fn default_features(manifest: &str) -> Result<Vec<String>, String> {
    let section = manifest
        .split("\n[features]")
        .nth(1)
        .ok_or("no [features] in klink-api's Cargo.toml")?;
    let mut lines = section
        .lines()
        .take_while(|line| !line.trim_start().starts_with('['))
        .skip_while(|line| {
            line.split('=')
                .next()
                .is_none_or(|key| key.trim() != "default")
        });
    let mut list = String::new();
    for line in lines.by_ref() {
        // A comment may hold quotes too.
        list.push_str(line.split('#').next().unwrap_or(""));
        if line.contains(']') {
            break;
        }
    }
    if list.is_empty() {
        return Err("no `default` in klink-api's [features]".into());
    }
    let list = list.split_once('=').map_or("", |(_, list)| list);
    Ok(list
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_klink_apis_default_features_with_exactly_one_tls() {
        let manifest = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../klink-api/Cargo.toml"
        ))
        .unwrap();
        let defaults = default_features(&manifest).unwrap();
        let tls: Vec<&String> = defaults
            .iter()
            .filter(|f| TLS_FEATURES.contains(&f.as_str()))
            .collect();
        assert_eq!(tls.len(), 1, "{defaults:?}");
        let labelled: Vec<String> = all(&defaults)
            .into_iter()
            .filter(|v| v.label.ends_with("(default)"))
            .map(|v| v.id.to_owned())
            .collect();
        assert_eq!(labelled, [format!("klink-api-{}", tls[0])]);
    }

    #[test]
    fn reads_a_default_list_over_several_lines_and_ignores_comments() {
        let manifest = "[package]\nname = \"x\"\n\n[features]\n# default = [\"no\"]\ndefault = [\n    \"rustls-ring\", # \"not this\"\n    \"webhooks\",\n]\naxum = [\"webhooks\"]\n";
        assert_eq!(
            default_features(manifest).unwrap(),
            ["rustls-ring", "webhooks"]
        );
        assert!(default_features("[features]\naxum = []\n").is_err());
        assert!(default_features("[package]\n").is_err());
    }
}
