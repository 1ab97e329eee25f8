//! One error type for every generated call, and one way to build a client.
//!
//! progenitor's builders return `progenitor_client::Error<E>`, with `E` the
//! error body the spec documents for the operation (`()` when it documents
//! none), so a user would meet a different error type per operation. This
//! pass rewrites the client so that:
//!
//! - every builder's `send()` returns `Result<ResponseValue<T>, crate::Error>`:
//!   progenitor's `send()` stays as the private `send_unified` and the
//!   public one passes its error through `crate::error::from_generated`;
//! - a documented error status is answered like an undocumented one (the
//!   response itself, whose body and attempt count the runtime has kept),
//!   so `Error::Api` knows the same things whatever the spec documents;
//! - progenitor's constructors (`Client::new`, with its fixed 15 s timeouts
//!   and an `unwrap`, and `Client::new_with_client`) leave the public API:
//!   `klink-api` builds the client by hand (`Client::builder`).
//!
//! The CLI's error callbacks get the same `klink_api::Error` in
//! `emit::cli::errors`.

use syn::visit_mut::{self, VisitMut};

/// The runtime function every generated error goes through.
const FROM_GENERATED: &str = "crate::error::from_generated";

/// Rewrites the client as the module docs say.
pub(crate) fn unify(item: &mut syn::Item) {
    UnifyErrors.visit_item_mut(item);
    HideConstructors.visit_item_mut(item);
}

/// Rewrites each builder's `send()`: progenitor's, its documented-error
/// arms aside, becomes the private `send_unified`, and `send()` converts
/// its error.
struct UnifyErrors;

/// The name progenitor's own `send()` is given.
const INNER_SEND: &str = "send_unified";

impl VisitMut for UnifyErrors {
    fn visit_item_impl_mut(&mut self, block: &mut syn::ItemImpl) {
        let mut wrappers = Vec::new();
        for item in &mut block.items {
            let syn::ImplItem::Fn(function) = item else {
                continue;
            };
            if function.sig.ident != "send" || function.sig.asyncness.is_none() {
                continue;
            }
            let Some((ok, _)) = result_types(&function.sig.output) else {
                continue;
            };
            ErrorResponseArms.visit_block_mut(&mut function.block);
            let inner = syn::Ident::new(INNER_SEND, function.sig.ident.span());
            let from_generated: syn::Path = syn::parse_str(FROM_GENERATED).expect("a path");
            let attrs = std::mem::take(&mut function.attrs);
            let wrapper: syn::ImplItemFn = syn::parse_quote! {
                #(#attrs)*
                pub async fn send(self) -> Result<#ok, crate::Error> {
                    self.#inner().await.map_err(#from_generated)
                }
            };
            function.sig.ident = inner;
            function.vis = syn::Visibility::Inherited;
            wrappers.push(syn::ImplItem::Fn(wrapper));
        }
        block.items.extend(wrappers);
        visit_mut::visit_item_impl_mut(self, block);
    }
}

/// The `T` and `E` of a `-> Result<T, E>`.
fn result_types(output: &syn::ReturnType) -> Option<(syn::Type, syn::Type)> {
    let syn::ReturnType::Type(_, ty) = output else {
        return None;
    };
    let syn::Type::Path(path) = &**ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(arguments) = &last.arguments else {
        return None;
    };
    let mut types = arguments.args.iter().filter_map(|argument| match argument {
        syn::GenericArgument::Type(ty) => Some(ty.clone()),
        _ => None,
    });
    Some((types.next()?, types.next()?))
}

/// `Error::ErrorResponse(ResponseValue::from_response(response).await?)`
/// becomes `Error::UnexpectedResponse(response)`: the runtime has buffered
/// the body and counted the attempts on the response, and decodes the
/// envelope from that body.
struct ErrorResponseArms;

impl VisitMut for ErrorResponseArms {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        if let syn::Expr::Call(call) = expr
            && let syn::Expr::Path(callee) = &*call.func
            && callee
                .path
                .segments
                .last()
                .is_some_and(|s| s.ident == "ErrorResponse")
        {
            *expr = syn::parse_quote!(Error::UnexpectedResponse(response));
            return;
        }
        visit_mut::visit_expr_mut(self, expr);
    }
}

/// Drops `Client::new` and makes `Client::new_with_client` crate-private.
struct HideConstructors;

impl VisitMut for HideConstructors {
    fn visit_item_impl_mut(&mut self, block: &mut syn::ItemImpl) {
        let is_client =
            matches!(&*block.self_ty, syn::Type::Path(path) if path.path.is_ident("Client"));
        if is_client && block.trait_.is_none() {
            block
                .items
                .retain(|item| !matches!(item, syn::ImplItem::Fn(f) if f.sig.ident == "new"));
            for item in &mut block.items {
                if let syn::ImplItem::Fn(function) = item
                    && function.sig.ident == "new_with_client"
                {
                    function.vis = syn::parse_quote!(pub(crate));
                    function.attrs.retain(|attr| !attr.path().is_ident("doc"));
                    function.attrs.push(syn::parse_quote!(
                        #[doc = " The client for `baseurl`, sending through `client`; built by `ClientBuilder`."]
                    ));
                }
            }
        }
        visit_mut::visit_item_impl_mut(self, block);
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;

    use super::*;

    fn unified(tokens: TokenStream) -> String {
        let mut file: syn::File = syn::parse2(tokens).unwrap();
        file.items.iter_mut().for_each(unify);
        prettyplease::unparse(&file)
    }

    #[test]
    fn send_returns_the_one_error_and_documented_errors_keep_the_response() {
        let printed = unified(quote! {
            impl<'a> SendMessage<'a> {
                pub async fn send(self) -> Result<ResponseValue<types::Sent>, Error<types::ErrorEnvelope>> {
                    let response = self.go().await?;
                    match response.status().as_u16() {
                        200u16 => ResponseValue::from_response(response).await,
                        400u16 => { Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)) }
                        _ => Err(Error::UnexpectedResponse(response)),
                    }
                }
                pub fn body(self) -> Self { self }
            }
        });
        assert!(
            printed.contains("-> Result<ResponseValue<types::Sent>, crate::Error>"),
            "{printed}"
        );
        assert!(
            printed.contains("self.send_unified().await.map_err(crate::error::from_generated)"),
            "{printed}"
        );
        assert!(
            printed.contains("    async fn send_unified("),
            "private: {printed}"
        );
        assert!(!printed.contains("ErrorResponse"), "{printed}");
        assert_eq!(
            printed
                .matches("Error::UnexpectedResponse(response)")
                .count(),
            2
        );
        assert!(printed.contains("pub fn body(self) -> Self"), "{printed}");
    }

    #[test]
    fn progenitors_constructors_leave_the_public_api() {
        let printed = unified(quote! {
            impl Client {
                pub fn new(baseurl: &str, inner: Config) -> Self { todo!() }
                /// Construct a new client.
                pub fn new_with_client(baseurl: &str, client: reqwest::Client, inner: Config) -> Self { todo!() }
            }
            impl ClientInfo<Config> for Client {
                fn new() {}
            }
        });
        assert!(!printed.contains("pub fn new("), "{printed}");
        assert!(
            printed.contains("pub(crate) fn new_with_client("),
            "{printed}"
        );
        assert!(!printed.contains("Construct a new client"), "{printed}");
        assert!(
            printed.contains("fn new() {}"),
            "trait impls stay: {printed}"
        );
    }
}
