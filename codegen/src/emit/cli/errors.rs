//! The CLI's errors: progenitor's `CliConfig` error callbacks take the one
//! `klink_api::Error` every `send()` returns (`emit::client::call_errors`),
//! and the subcommands whose failure may still have been processed are
//! listed for the CLI's warning.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::naming::command_name;

use crate::spec::Spec;

/// Gives the generated CLI's error callbacks (`CliConfig::error` and
/// `list_end_error`) the one `klink_api::Error` that `send()` now returns.
pub(crate) fn unify(file: &mut syn::File) {
    for item in &mut file.items {
        let syn::Item::Trait(config) = item else {
            continue;
        };
        for item in &mut config.items {
            if let syn::TraitItem::Fn(callback) = item
                && is_error_callback(&callback.sig.ident)
            {
                let name = &callback.sig.ident;
                callback.sig = syn::parse_quote!(fn #name(&self, value: &::klink_api::Error));
            }
        }
    }
}

/// `NOT_IDEMPOTENT`: the subcommands (operation ids in kebab case) whose
/// method is `POST` or `PATCH`, for which the CLI warns that a failed call
/// may have been processed.
pub(crate) fn not_idempotent(spec: &Spec) -> TokenStream {
    let names = spec
        .openapi
        .operations()
        .filter(|(_, method, _)| matches!(*method, "post" | "patch"))
        .filter_map(|(_, _, operation)| operation.operation_id.as_deref())
        .map(command_name);
    quote! {
        /// The subcommands whose request is not idempotent (`POST`, `PATCH`):
        /// sending one again may do it twice.
        pub const NOT_IDEMPOTENT: &[&str] = &[#(#names),*];
    }
}

fn is_error_callback(name: &syn::Ident) -> bool {
    name == "error" || name == "list_end_error"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cli_callbacks_take_the_one_error() {
        let mut file: syn::File = syn::parse_quote! {
            pub trait CliConfig {
                fn error<T>(&self, value: &Error<T>) where T: Serialize;
                fn list_end_error<T>(&self, value: &Error<T>) where T: Serialize;
                fn list_item<T>(&self, value: &T) where T: Serialize;
            }
        };
        unify(&mut file);
        let printed = prettyplease::unparse(&file);
        assert!(
            printed.contains("fn error(&self, value: &::klink_api::Error);"),
            "{printed}"
        );
        assert!(
            printed.contains("fn list_end_error(&self, value: &::klink_api::Error);"),
            "{printed}"
        );
        assert!(
            printed.contains("fn list_item<T>(&self, value: &T)"),
            "{printed}"
        );
    }
}
