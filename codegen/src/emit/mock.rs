//! The generated half of `klink-mock` (`klink-mock/src/generated_mock.rs`):
//! progenitor's typed extension of `httpmock::MockServer`, one method per
//! operation, taking and returning the SDK's own types.

use std::collections::HashMap;

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Item, Lit};

use crate::emit::outside::{in_sdk, parse};
use crate::error::Error;
use crate::progenitor::{run_generator_with, settings};
use crate::spec::Spec;

/// Where the generated mock is written, relative to the workspace root.
pub const MOCK_PATH: &str = "klink-mock/src/generated_mock.rs";

/// The crate whose types the mock's methods take.
const SDK_CRATE: &str = "klink_api";

/// Generates the mock for a loaded spec: progenitor's, its methods
/// documented and its path matchers comparing plainly.
pub(crate) fn mock(spec: &Spec) -> Result<syn::File, Error> {
    let mut file = parse(spec, in_sdk(mock_tokens(spec)?))?;
    document_methods(spec, &mut file);
    PlainPaths.visit_file_mut(&mut file);
    Ok(file)
}

/// progenitor leaves the `MockServerExt` methods undocumented; each gets
/// its operation's method, path and summary.
fn document_methods(spec: &Spec, file: &mut syn::File) {
    let Some(methods) = file.items.iter_mut().find_map(|item| match item {
        Item::Trait(ext) if ext.ident == "MockServerExt" => Some(&mut ext.items),
        _ => None,
    }) else {
        return;
    };
    // By name, the first of a name: one lookup per operation.
    let mut by_name = HashMap::new();
    for (index, item) in methods.iter().enumerate() {
        if let syn::TraitItem::Fn(function) = item {
            by_name
                .entry(function.sig.ident.to_string())
                .or_insert(index);
        }
    }
    for (route, method, operation) in spec.openapi.operations() {
        let Some(id) = &operation.operation_id else {
            continue;
        };
        let Some(syn::TraitItem::Fn(function)) = by_name.get(id).map(|&index| &mut methods[index])
        else {
            continue;
        };
        let summary = operation.summary.as_deref().unwrap_or_default().trim();
        let lines = [
            format!(" Mocks `{} {route}`: {summary}", method.to_uppercase()),
            String::new(),
            format!(
                " `when` matches the request of [`Client::{id}`](klink_api::Client::{id}); \
                 `then` sets the response."
            ),
        ];
        for line in lines.iter().rev() {
            function.attrs.insert(0, syn::parse_quote!(#[doc = #line]));
        }
    }
}

/// progenitor's mock, as it wrote it.
pub(crate) fn mock_tokens(spec: &Spec) -> Result<TokenStream, Error> {
    run_generator_with(&settings(), spec, |generator, spec| {
        generator.httpmock(&spec.openapi, SDK_CRATE)
    })
}

/// progenitor matches every path with a regex compiled (and unwrapped) per
/// call, even where the path is fixed: `path_matches(Regex::new("^/a$")
/// .unwrap())`, and for a path parameter's value
/// `path_matches(Regex::new(&format!("^/a/{}$", value)).unwrap())`, where
/// a value holding a regex character (`.`) would match other paths. Where
/// the pattern is a plain path once its anchors go, the matcher becomes
/// httpmock's exact `path(..)`; where it is not (a route's parameters as
/// `[^/]*`), httpmock is handed the pattern itself to compile.
struct PlainPaths;

impl VisitMut for PlainPaths {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::MethodCall(call) = expr
            && call.method == "path_matches"
            && call.args.len() == 1
            && let Some((pattern, arguments)) = compiled_regex(&call.args[0])
        {
            match plain_path(&pattern) {
                Some(path) if arguments.is_empty() => {
                    call.method = quote::format_ident!("path");
                    call.args[0] = syn::parse_quote!(#path);
                }
                Some(path) => {
                    call.method = quote::format_ident!("path");
                    call.args[0] = syn::parse_quote!(format!(#path, #arguments));
                }
                None if arguments.is_empty() => call.args[0] = syn::parse_quote!(#pattern),
                None => call.args[0] = syn::parse_quote!(format!(#pattern, #arguments)),
            }
        }
        visit_mut::visit_expr_mut(self, expr);
    }

    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        inline_regex_binding(block);
        visit_mut::visit_block_mut(self, block);
    }
}

/// `let re = <regex>; Self(self.0.path_matches(re))` ->
/// `Self(self.0.path_matches(<regex>))`, so that [`PlainPaths`] sees the
/// regex where it is used.
fn inline_regex_binding(block: &mut syn::Block) {
    let [syn::Stmt::Local(local), syn::Stmt::Expr(tail, None)] = &block.stmts[..] else {
        return;
    };
    let (Some(init), syn::Pat::Ident(name)) = (&local.init, &local.pat) else {
        return;
    };
    if name.ident != "re" || compiled_regex(&init.expr).is_none() {
        return;
    }
    let regex = &init.expr;
    let text = tail.to_token_stream().to_string();
    if text.replace(' ', "") != "Self(self.0.path_matches(re))" {
        return;
    }
    *block = syn::parse_quote!({ Self(self.0.path_matches(#regex)) });
}

/// For `regex::Regex::new("lit").unwrap()`: `("lit", [])`; for
/// `regex::Regex::new(&format!("lit", args..)).unwrap()`: `("lit", args)`.
fn compiled_regex(expr: &Expr) -> Option<(String, TokenStream)> {
    let Expr::MethodCall(unwrap) = expr else {
        return None;
    };
    let Expr::Call(new) = &*unwrap.receiver else {
        return None;
    };
    let callee = new.func.to_token_stream().to_string().replace(' ', "");
    if unwrap.method != "unwrap" || callee != "regex::Regex::new" || new.args.len() != 1 {
        return None;
    }
    match &new.args[0] {
        Expr::Lit(syn::ExprLit {
            lit: Lit::Str(pattern),
            ..
        }) => Some((pattern.value(), TokenStream::new())),
        Expr::Reference(reference) => {
            let Expr::Macro(format) = &*reference.expr else {
                return None;
            };
            if !format.mac.path.is_ident("format") {
                return None;
            }
            let mut tokens = format.mac.tokens.clone().into_iter();
            let pattern: syn::LitStr = syn::parse2(tokens.next()?.into()).ok()?;
            // The `,` after the pattern, then the arguments.
            tokens.next()?;
            Some((pattern.value(), tokens.collect()))
        }
        _ => None,
    }
}

/// `^/a/{}$` -> `/a/{}`: the pattern without its anchors, when nothing in
/// it is a regex operator (a `{}` is the value `format!` puts in).
fn plain_path(pattern: &str) -> Option<String> {
    let path = pattern.strip_prefix('^')?.strip_suffix('$')?;
    let operators = path
        .replace("{}", "")
        .contains(|c: char| "\\.+*?()|[]{}^$".contains(c));
    (!operators).then(|| path.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_paths_and_one_parameter_compare_plainly() {
        let mut file: syn::File = syn::parse_quote! {
            impl ThingWhen {
                pub fn new(inner: When) -> Self {
                    Self(inner.method(GET).path_matches(regex::Regex::new("^/api/things$").unwrap()))
                }
                pub fn new_one(inner: When) -> Self {
                    Self(inner.path_matches(regex::Regex::new("^/api/things/[^/]*$").unwrap()))
                }
                pub fn id(self, value: &str) -> Self {
                    let re = regex::Regex::new(&format!("^/api/things/{}$", value.to_string())).unwrap();
                    Self(self.0.path_matches(re))
                }
                pub fn first(self, value: &str) -> Self {
                    let re = regex::Regex::new(&format!("^/api/things/{}/parts/[^/]*$", value.to_string())).unwrap();
                    Self(self.0.path_matches(re))
                }
            }
        };
        PlainPaths.visit_file_mut(&mut file);
        let printed = prettyplease::unparse(&file);
        assert!(!printed.contains("Regex"), "{printed}");
        assert!(!printed.contains("unwrap"), "{printed}");
        for expected in [
            ".path(\"/api/things\")",
            ".path_matches(\"^/api/things/[^/]*$\")",
            "Self(self.0.path(format!(\"/api/things/{}\", value.to_string())))",
            ".path_matches(format!(\"^/api/things/{}/parts/[^/]*$\", value.to_string()))",
        ] {
            assert!(printed.contains(expected), "{expected} not in:\n{printed}");
        }
    }

    #[test]
    fn patterns_with_regex_operators_are_not_plain() {
        assert_eq!(plain_path("^/a/{}/b$").as_deref(), Some("/a/{}/b"));
        assert_eq!(plain_path("^/a/[^/]*$"), None);
        assert_eq!(plain_path("/a"), None);
    }
}
