//! The code `klink_api_extend::extend!` expands to, for an extension spec loaded
//! and checked by `spec::extension`.
//!
//! It runs the client pipeline (`emit::client`: progenitor and every pass
//! over its output, as for the base client) with the base's schemas
//! replaced by `klink_api::types::Name`, adds the glue klink-api writes by
//! hand for its own client, and is then relocated ([`relocate`]): it lives
//! in the user's crate, so its `crate::` paths and the crates progenitor
//! assumes (serde, reqwest, progenitor-client, ...) are reached through
//! `klink_api::__private`. It is never printed: it reaches the compiler as
//! tokens, in a module of the user's where prelude names may be shadowed,
//! so it keeps progenitor's `::std::` paths.

pub(crate) mod relocate;

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::Error;
use crate::spec::extension::Extension;

/// The code `klink_api_extend::extend!` expands to: the extension's `Client`,
/// `builder` and `types` (with `stream()` on its lists), its hooks
/// (klink-api's own), and `From<&klink_api::Client>`.
pub fn extension_tokens(extension: &Extension) -> Result<TokenStream, Error> {
    let mut settings = crate::progenitor::settings();
    for name in &extension.reused {
        settings.with_replacement(
            name,
            format!("::klink_api::types::{name}"),
            std::iter::empty(),
        );
    }
    let client = crate::emit::client::client_with(&extension.spec, &settings)?;
    let glue = glue();
    Ok(relocate::relocate(quote! { #client #glue }))
}

/// What klink-api writes by hand for its own `Client`: the hooks (token,
/// user agent, timeout, retries, the `klink.call` span, error bodies) and,
/// here, the conversions from the base client that share its settings.
fn glue() -> TokenStream {
    quote! {
        impl progenitor_client::ClientHooks<crate::config::ClientConfig> for Client {
            async fn pre<E>(
                &self,
                request: &mut reqwest::Request,
                _info: &progenitor_client::OperationInfo,
            ) -> ::std::result::Result<(), progenitor_client::Error<E>> {
                crate::hooks::prepare(&self.inner, request);
                Ok(())
            }

            async fn exec(
                &self,
                request: reqwest::Request,
                info: &progenitor_client::OperationInfo,
            ) -> reqwest::Result<reqwest::Response> {
                crate::hooks::execute(&self.client, &self.inner, request, info.operation_id).await
            }
        }

        /// A client for the extension's operations that shares the base
        /// client's connection pool, base URL, token and settings.
        impl ::std::convert::From<&::klink_api::Client> for Client {
            fn from(base: &::klink_api::Client) -> Self {
                use progenitor_client::ClientInfo as _;
                Self {
                    baseurl: base.baseurl().to_owned(),
                    client: base.client().clone(),
                    inner: base.inner().clone(),
                }
            }
        }

        /// See `From<&klink_api::Client>`.
        impl ::std::convert::From<::klink_api::Client> for Client {
            fn from(base: ::klink_api::Client) -> Self {
                Self::from(&base)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::extension::fixtures::{base, extension};
    use crate::spec::extension::load_extension_str;

    #[test]
    fn a_base_schema_is_the_base_type_and_is_not_generated_again() {
        let loaded = load_extension_str("extra.yaml", &extension(""), &base()).unwrap();
        assert!(loaded.reused.contains(&"Tag".to_owned()));
        let code = extension_tokens(&loaded).unwrap().to_string();
        assert!(code.contains(":: klink_api :: types :: Tag"), "{code}");
        assert!(!code.contains("pub struct Tag "), "{code}");
        // Lists get `stream()` by the base's rule.
        assert!(code.contains("pub fn stream"), "{code}");
        // Nothing is left that only resolves inside klink-api.
        assert!(!code.contains("crate ::"), "{code}");
        // The base API's version, not the extension's.
        assert!(code.contains("\"1\""), "{code}");
    }

    #[test]
    fn a_schema_the_extension_defines_is_its_own() {
        let own = "components:\n  schemas:\n    Tag:\n      type: object\n      properties:\n        label: {type: string}\n";
        let loaded = load_extension_str("extra.yaml", &extension(own), &base()).unwrap();
        assert!(!loaded.reused.contains(&"Tag".to_owned()));
        let code = extension_tokens(&loaded).unwrap().to_string();
        assert!(code.contains("pub struct Tag"), "{code}");
        assert!(!code.contains("klink_api :: types :: Tag"), "{code}");
    }
}
