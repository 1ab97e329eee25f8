//! The hello crates: a `Cargo.toml` and a `main.rs` as a user of each
//! client would write them, calling one list operation. They are built,
//! never run.

use std::path::Path;

use super::variant::{EXTEND_CRATE, Sdk, TLS_FEATURES, Variant};

/// The two-operation spec the progenitor variant's macro reads.
pub const TWO_OPERATIONS_SPEC: &str = "two-operations.json";

/// The whole bundled spec, copied in for the progenitor variant's macro.
pub const WHOLE_SPEC: &str = "klink.json";

/// The extension the extend variant's macro reads.
pub const EXTENSION_FILE: &str = "klink-extra.yaml";

/// A hello crate's two files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelloCrate {
    /// `Cargo.toml`.
    pub manifest: String,
    /// `src/main.rs`.
    pub main: String,
}

/// The hello crate of `variant`. `root` is the repository (absolute: the
/// crate lives elsewhere); `default_features` are klink-api's.
pub fn hello_crate(variant: &Variant, root: &Path, default_features: &[String]) -> HelloCrate {
    let path = |relative: &str| toml_string(&root.join(relative).display().to_string());
    let dependencies = match &variant.sdk {
        Sdk::KlinkApi { tls, extend } => {
            // klink-api's default features with `tls` as the TLS.
            let mut features = vec![tls.to_string()];
            features.extend(
                default_features
                    .iter()
                    .filter(|f| !TLS_FEATURES.contains(&f.as_str()))
                    .cloned(),
            );
            let features: Vec<String> = features.iter().map(|f| toml_string(f)).collect();
            let mut lines = format!(
                "klink-api = {{ path = {}, default-features = false, features = [{}] }}\n",
                path("klink-api"),
                features.join(", ")
            );
            if *extend {
                lines.push_str(&format!(
                    "{} = {{ path = {} }}\n",
                    EXTEND_CRATE.package,
                    path(EXTEND_CRATE.dir)
                ));
            }
            lines.push_str(TOKIO);
            lines
        }
        Sdk::Progenitor { .. } => format!(
            "# As progenitor's README lists them (chrono: the spec has `date-time`\n\
             # strings), and serde_json for the generated types' free-form maps.\n\
             futures = \"0.3\"\n\
             progenitor = \"0.15\"\n\
             reqwest = {{ version = \"0.13\", features = [\"json\", \"query\", \"stream\"] }}\n\
             serde = {{ version = \"1.0\", features = [\"derive\"] }}\n\
             serde_json = \"1\"\n\
             chrono = {{ version = \"0.4\", features = [\"serde\"] }}\n\
             {TOKIO}"
        ),
        Sdk::OpenapiGenerator => format!(
            "# The generated client, with rustls instead of its default native-tls.\n\
             klink-peer = {{ path = \"klink-peer\", default-features = false, features = [\"rustls\"] }}\n\
             {TOKIO}"
        ),
    };
    let workspace = match variant.sdk {
        // Generated code: built as a dependency, not linted as a member.
        Sdk::OpenapiGenerator => "[workspace]\nexclude = [\"klink-peer\"]\n",
        _ => "[workspace]\n",
    };
    let manifest = format!(
        "# Written by `cargo xtask bench --build`: a hello crate as a user writes\n\
         # one, outside the repository's workspace. Not part of the repository.\n\
         [package]\n\
         name = \"{}\"\n\
         version = \"0.0.0\"\n\
         edition = \"2024\"\n\
         publish = false\n\
         \n\
         {workspace}\
         \n\
         [dependencies]\n\
         {dependencies}",
        variant.package()
    );
    HelloCrate {
        manifest,
        main: main_rs(&variant.sdk),
    }
}

/// The async runtime every hello crate's `main` runs on.
const TOKIO: &str = "tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }\n";

/// `src/main.rs`: a client from the environment (`KLINK_API_TOKEN`) and
/// one list call.
fn main_rs(sdk: &Sdk) -> String {
    let header = "//! Written by `cargo xtask bench --build`: built, never run.\n\n";
    let body = match sdk {
        Sdk::KlinkApi { extend, .. } => {
            let (module, call) = match extend {
                true => (
                    format!(
                        "mod extra {{\n    {}(\"{EXTENSION_FILE}\");\n}}\n\n",
                        EXTEND_CRATE.macro_path
                    ),
                    "    let extra = extra::Client::from(&client);\n    \
                     let tags = extra.list_tags().send().await?.into_inner();\n    \
                     println!(\"{} tags\", tags.data.len());\n",
                ),
                false => (String::new(), ""),
            };
            format!(
                "{module}#[tokio::main]\n\
                 async fn main() -> Result<(), Box<dyn std::error::Error>> {{\n    \
                     // The token from KLINK_API_TOKEN.\n    \
                     let client = klink_api::Client::from_env()?;\n    \
                     let categories = client.list_categories().send().await?.into_inner();\n    \
                     println!(\"{{categories:?}}\");\n\
                 {call}    \
                     Ok(())\n\
                 }}\n"
            )
        }
        Sdk::Progenitor { whole_spec } => {
            let (spec, call) = match whole_spec {
                true => (WHOLE_SPEC, "list_categories"),
                false => (TWO_OPERATIONS_SPEC, "list_channels"),
            };
            format!(
                "progenitor::generate_api!(\"{spec}\");\n\n\
                 #[tokio::main]\n\
                 async fn main() -> Result<(), Box<dyn std::error::Error>> {{\n    \
                     let token = std::env::var(\"KLINK_API_TOKEN\")?;\n    \
                     let mut headers = reqwest::header::HeaderMap::new();\n    \
                     headers.insert(\n        \
                         reqwest::header::AUTHORIZATION,\n        \
                         format!(\"Bearer {{token}}\").parse()?,\n    \
                     );\n    \
                     let http = reqwest::Client::builder().default_headers(headers).build()?;\n    \
                     let client = Client::new_with_client(\"https://apigw.klinkcx.com\", http);\n    \
                     let answer = client.{call}().await?.into_inner();\n    \
                     println!(\"{{answer:?}}\");\n    \
                     Ok(())\n\
                 }}\n"
            )
        }
        Sdk::OpenapiGenerator => "use klink_peer::apis::{category_api, configuration::Configuration};\n\n\
             #[tokio::main]\n\
             async fn main() -> Result<(), Box<dyn std::error::Error>> {\n    \
                 let mut configuration = Configuration::new();\n    \
                 configuration.bearer_access_token = Some(std::env::var(\"KLINK_API_TOKEN\")?);\n    \
                 let categories = category_api::list_categories(&configuration).await?;\n    \
                 println!(\"{categories:?}\");\n    \
                 Ok(())\n\
             }\n"
            .to_owned(),
    };
    format!("{header}{body}")
}

/// A TOML basic string (JSON's escapes are TOML's).
fn toml_string(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

#[cfg(test)]
mod tests {
    use super::super::variant::{all, ids};
    use super::*;

    fn crate_of(id: &str, defaults: &[&str]) -> HelloCrate {
        let defaults: Vec<String> = defaults.iter().map(|f| f.to_string()).collect();
        let variant = all(&defaults).into_iter().find(|v| v.id == id).unwrap();
        hello_crate(&variant, Path::new("/repo"), &defaults)
    }

    #[test]
    fn the_klink_api_variants_name_one_tls_and_the_other_default_features() {
        let ring = crate_of(ids::RUSTLS_RING, &["rustls", "webhooks"]);
        assert!(
            ring.manifest.contains(
                r#"klink-api = { path = "/repo/klink-api", default-features = false, features = ["rustls-ring", "webhooks"] }"#
            ),
            "{}",
            ring.manifest
        );
        assert!(
            ring.manifest.contains("\n[workspace]\n"),
            "{}",
            ring.manifest
        );
        assert!(
            ring.manifest
                .contains("name = \"hello-klink-api-rustls-ring\"")
        );
        assert!(
            ring.main.contains("klink_api::Client::from_env()?"),
            "{}",
            ring.main
        );
        assert!(ring.main.contains("client.list_categories().send().await?"));
        assert!(!ring.main.contains("extend"), "{}", ring.main);
        let rustls = crate_of(ids::RUSTLS, &["rustls-ring", "webhooks", "axum"]);
        assert!(
            rustls
                .manifest
                .contains(r#"features = ["rustls", "webhooks", "axum"] }"#),
            "{}",
            rustls.manifest
        );
    }

    #[test]
    fn the_default_tls_is_labelled_from_klink_apis_default() {
        let labels = |defaults: &[&str]| {
            let defaults: Vec<String> = defaults.iter().map(|f| f.to_string()).collect();
            all(&defaults)
                .into_iter()
                .map(|v| v.label)
                .collect::<Vec<_>>()
        };
        let aws = labels(&["rustls", "webhooks"]);
        assert!(aws[0].ends_with("(aws-lc-rs) (default)"), "{aws:?}");
        assert!(!aws[1].contains("(default)"), "{aws:?}");
        let ring = labels(&["rustls-ring", "webhooks"]);
        assert!(!ring[0].contains("(default)"), "{ring:?}");
        assert!(ring[1].ends_with("`rustls-ring` (default)"), "{ring:?}");
    }

    #[test]
    fn the_extend_variant_depends_on_the_macro_crate_not_a_klink_api_feature() {
        let extend = crate_of(ids::RUSTLS_RING_EXTEND, &["rustls", "webhooks"]);
        assert!(
            extend
                .manifest
                .contains(r#"klink-api-extend = { path = "/repo/klink-api-extend" }"#),
            "{}",
            extend.manifest
        );
        assert!(
            extend
                .manifest
                .contains(r#"features = ["rustls-ring", "webhooks"] }"#),
            "{}",
            extend.manifest
        );
        assert!(
            !extend.manifest.contains("\"extend\""),
            "{}",
            extend.manifest
        );
        assert!(
            extend
                .main
                .contains("klink_api_extend::extend!(\"klink-extra.yaml\");"),
            "{}",
            extend.main
        );
        assert!(extend.main.contains("extra.list_tags().send().await?"));
    }

    #[test]
    fn the_progenitor_variants_expand_the_macro_in_the_hello_crate() {
        let two = crate_of(ids::PROGENITOR_TWO, &["rustls", "webhooks"]);
        assert!(
            two.manifest.contains("progenitor = \"0.15\"\n"),
            "{}",
            two.manifest
        );
        assert!(
            two.manifest.contains("reqwest = { version = \"0.13\""),
            "{}",
            two.manifest
        );
        assert!(!two.manifest.contains("klink"), "{}", two.manifest);
        assert!(
            two.main
                .contains("progenitor::generate_api!(\"two-operations.json\");"),
            "{}",
            two.main
        );
        assert!(
            two.main.contains("client.list_channels().await?"),
            "{}",
            two.main
        );
        let whole = crate_of(ids::PROGENITOR_WHOLE, &["rustls", "webhooks"]);
        assert!(
            whole.main.contains("generate_api!(\"klink.json\")"),
            "{}",
            whole.main
        );
        assert!(whole.main.contains("client.list_categories().await?"));
    }

    #[test]
    fn the_peer_variant_builds_the_generated_crate_with_rustls() {
        let peer = crate_of(ids::OPENAPI_GENERATOR, &["rustls", "webhooks"]);
        assert!(
            peer.manifest.contains(
                r#"klink-peer = { path = "klink-peer", default-features = false, features = ["rustls"] }"#
            ),
            "{}",
            peer.manifest
        );
        assert!(peer.manifest.contains("exclude = [\"klink-peer\"]"));
        assert!(
            peer.main
                .contains("category_api::list_categories(&configuration).await?"),
            "{}",
            peer.main
        );
    }
}
