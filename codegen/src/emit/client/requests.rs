//! Each call's URL and success decoding through klink-api's runtime, which
//! does progenitor's work for fewer instructions per call.
//!
//! - `let url = format!("{}/api/v1/x/{}", client.baseurl, encode_path(..));`
//!   (a `String` that reqwest then parses whole, host and all) becomes a
//!   `reqwest::Url` from the base URL parsed when the client was built:
//!   `crate::urls::OperationUrl` (cached) for a path without parameters,
//!   `crate::urls::with_path` (the path parsed alone) for one with them.
//!   Both give the URL the parse gave. A `format!` of another shape is left
//!   as it is.
//! - `ResponseValue::from_response(response)` becomes
//!   `crate::decode::response(response)`: the same value and errors,
//!   without cloning the headers or checking each string's UTF-8.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::punctuated::Punctuated;
use syn::visit_mut::{self, VisitMut};

/// Rewrites the client as the module docs say.
pub(crate) fn through_runtime(item: &mut syn::Item) {
    Requests.visit_item_mut(item);
}

struct Requests;

impl VisitMut for Requests {
    fn visit_local_mut(&mut self, local: &mut syn::Local) {
        if let syn::Pat::Ident(name) = &local.pat
            && name.ident == "url"
            && let Some(init) = &mut local.init
            && let Some(url) = operation_url(&init.expr)
        {
            *init.expr = url;
            return;
        }
        visit_mut::visit_local_mut(self, local);
    }

    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        if let syn::Expr::Call(call) = expr
            && let syn::Expr::Path(callee) = &*call.func
            && is_from_response(&callee.path)
        {
            let arguments = &call.args;
            *expr = syn::parse_quote!(crate::decode::response(#arguments));
            return;
        }
        visit_mut::visit_expr_mut(self, expr);
    }
}

/// `ResponseValue::from_response`, with or without turbofish.
fn is_from_response(path: &syn::Path) -> bool {
    let names: Vec<_> = path.segments.iter().map(|s| &s.ident).collect();
    matches!(names[..], [.., ty, function] if ty == "ResponseValue" && function == "from_response")
}

/// The URL expression for progenitor's `format!("{}/path/{}", client.baseurl, p..)`,
/// or `None` when `expr` is not of that shape.
fn operation_url(expr: &syn::Expr) -> Option<syn::Expr> {
    let syn::Expr::Macro(mac) = expr else {
        return None;
    };
    if !mac.mac.path.is_ident("format") {
        return None;
    }
    let arguments = mac
        .mac
        .parse_body_with(Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
        .ok()?;
    let mut arguments = arguments.into_iter();
    let syn::Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(template),
        ..
    }) = arguments.next()?
    else {
        return None;
    };
    let base = arguments.next()?;
    if base.to_token_stream().to_string() != quote!(client.baseurl).to_string() {
        return None;
    }
    let template = template.value();
    let path = template.strip_prefix("{}")?;
    let literals: Vec<&str> = path.split("{}").collect();
    let parameters: Vec<syn::Expr> = arguments.collect();
    // `set_path` would escape a `?` or `#` that the parse took as the end
    // of the path; a brace would be a format escape.
    let plain = |s: &str| !s.contains(['?', '#', '{', '}']);
    if !path.starts_with('/')
        || literals.len() != parameters.len() + 1
        || !literals.iter().all(|l| plain(l))
    {
        return None;
    }
    if parameters.is_empty() {
        return Some(syn::parse_quote!({
            static URL: crate::urls::OperationUrl = crate::urls::OperationUrl::new(#path);
            URL.get(&client.inner)
        }));
    }
    let mut pieces: Vec<TokenStream> = Vec::new();
    for (i, literal) in literals.iter().enumerate() {
        if !literal.is_empty() {
            pieces.push(quote!(#literal));
        }
        if let Some(parameter) = parameters.get(i) {
            pieces.push(quote!(&#parameter));
        }
    }
    Some(syn::parse_quote!(
        crate::urls::with_path(&client.inner, &[#(#pieces),*])
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(tokens: TokenStream) -> String {
        let mut file: syn::File = syn::parse2(tokens).unwrap();
        file.items.iter_mut().for_each(through_runtime);
        prettyplease::unparse(&file)
    }

    #[test]
    fn a_path_without_parameters_uses_its_cached_url() {
        let printed = rewritten(quote! {
            async fn send(self) {
                let url = format!("{}/api/v1/messages/send", client.baseurl,);
                let request = client.client.post(url);
            }
        });
        assert!(!printed.contains("format!"), "{printed}");
        let expected = r#"static URL: crate::urls::OperationUrl = crate::urls::OperationUrl::new(
            "/api/v1/messages/send",
        );"#;
        assert!(printed.contains(expected), "{printed}");
        assert!(printed.contains("URL.get(&client.inner)"), "{printed}");
    }

    #[test]
    fn a_path_with_parameters_is_put_together_in_order() {
        let printed = rewritten(quote! {
            async fn send(self) {
                let url = format!("{}/api/v1/contacts/{}/tags/{}", client.baseurl, encode_path(&a.to_string()), encode_path(&b.to_string()),);
                let other = format!("{}/api/v1/x", client.baseurl);
            }
        });
        let expected = r#"crate::urls::with_path(
        &client.inner,
        &[
            "/api/v1/contacts/",
            &encode_path(&a.to_string()),
            "/tags/",
            &encode_path(&b.to_string()),
        ],
    );"#;
        assert!(printed.contains(expected), "{printed}");
        assert!(
            printed.contains(r#"let other = format!("{}/api/v1/x", client.baseurl);"#),
            "only `url` is rewritten: {printed}"
        );
    }

    #[test]
    fn other_shapes_are_left_as_they_are() {
        for statement in [
            quote!(let url = format!("{}/api/v1/x?y=1", client.baseurl);),
            quote!(let url = format!("{}/api/{}", client.baseurl);),
            quote!(let url = format!("{}/api/v1/x", other.baseurl);),
            quote!(let url = format!("/api/v1/x{}", client.baseurl);),
            quote!(let url = format!("{}/a/{{x}}", client.baseurl);),
        ] {
            let printed = rewritten(quote!(fn f() { #statement }));
            assert!(printed.contains("format!"), "{printed}");
            assert!(!printed.contains("crate::urls"), "{printed}");
        }
    }

    #[test]
    fn success_bodies_decode_through_the_runtime() {
        let printed = rewritten(quote! {
            async fn send(self) {
                match response.status().as_u16() {
                    200u16 => ResponseValue::from_response(response).await,
                    201u16 => progenitor_client::ResponseValue::from_response::<()>(response).await,
                    _ => Err(Error::UnexpectedResponse(response)),
                }
            }
        });
        assert_eq!(
            printed
                .matches("crate::decode::response(response).await")
                .count(),
            2,
            "{printed}"
        );
        assert!(!printed.contains("from_response"), "{printed}");
    }
}
