//! Moving generated client code into another crate.
//!
//! The base client is generated into klink-api, where `crate::` is
//! klink-api and serde, reqwest and progenitor-client are dependencies. An
//! extension's client is expanded in the user's crate, which depends on
//! klink-api only; klink-api re-exports what the code needs from
//! `klink_api::__private`. Relocating rewrites, at the token level (so
//! paths inside attributes and macro calls are reached too):
//!
//! - `crate::X` to `::klink_api::__private::X`;
//! - a path starting with one of [`CRATES`] (with or without a leading
//!   `::`) to the same path under `::klink_api::__private`;
//! - every serde derive gets `#[serde(crate = "::klink_api::__private::serde")]`,
//!   which tells serde's generated code where serde is.

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::quote;

/// The crates generated code names that the user's crate does not have.
pub(crate) const CRATES: [&str; 7] = [
    "progenitor_client",
    "reqwest",
    "serde",
    "serde_json",
    "bytes",
    "chrono",
    "futures_core",
];

/// Rewrites `tokens` to reach klink-api's re-exports (see the module docs).
pub(crate) fn relocate(tokens: TokenStream) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out: Vec<TokenTree> = Vec::with_capacity(trees.len());
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Group(group) => {
                let mut relocated = Group::new(group.delimiter(), relocate(group.stream()));
                relocated.set_span(group.span());
                out.push(relocated.into());
                if is_serde_derive(&trees, i) {
                    out.extend(quote! { #[serde(crate = "::klink_api::__private::serde")] });
                }
            }
            TokenTree::Ident(ident) if path_follows(&trees, i) && starts_path(&out) => {
                let name = ident.to_string();
                if name == "crate" {
                    out.extend(private_path(ident.span(), true));
                    // `crate` itself is replaced; the `::` after it stays.
                    out.pop();
                    out.pop();
                } else if CRATES.contains(&name.as_str()) {
                    let leading = !ends_with_path_sep(&out);
                    out.extend(private_path(ident.span(), leading));
                    out.push(tree.clone());
                } else {
                    out.push(tree.clone());
                }
            }
            other => out.push(other.clone()),
        }
    }
    out.into_iter().collect()
}

/// `::klink_api::__private::` (without the leading `::` if asked).
fn private_path(span: Span, leading: bool) -> Vec<TokenTree> {
    let mut path = Vec::new();
    let separator = |path: &mut Vec<TokenTree>| {
        path.push(Punct::new(':', Spacing::Joint).into());
        path.push(Punct::new(':', Spacing::Alone).into());
    };
    if leading {
        separator(&mut path);
    }
    for segment in ["klink_api", "__private"] {
        path.push(Ident::new(segment, span).into());
        separator(&mut path);
    }
    path
}

/// Whether `::` follows the token at `i`.
fn path_follows(trees: &[TokenTree], i: usize) -> bool {
    matches!(
        (trees.get(i + 1), trees.get(i + 2)),
        (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
            if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':'
    )
}

fn ends_with_path_sep(out: &[TokenTree]) -> bool {
    matches!(
        out,
        [.., TokenTree::Punct(a), TokenTree::Punct(b)]
            if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':'
    )
}

/// Whether the next token starts a path: it is not preceded by `x::` or
/// `>::` (the middle of a path), nor by `.` (a field or method).
fn starts_path(out: &[TokenTree]) -> bool {
    if let Some(TokenTree::Punct(p)) = out.last()
        && p.as_char() == '.'
    {
        return false;
    }
    if !ends_with_path_sep(out) {
        return true;
    }
    match out.get(out.len().wrapping_sub(3)) {
        Some(TokenTree::Ident(_)) => false,
        Some(TokenTree::Punct(p)) => p.as_char() != '>',
        _ => true,
    }
}

/// Whether the group at `i` is `[derive(..)]` after a `#`, deriving serde's
/// `Serialize` or `Deserialize`.
fn is_serde_derive(trees: &[TokenTree], i: usize) -> bool {
    let (Some(TokenTree::Punct(hash)), TokenTree::Group(group)) =
        (i.checked_sub(1).and_then(|j| trees.get(j)), &trees[i])
    else {
        return false;
    };
    if hash.as_char() != '#' || group.delimiter() != Delimiter::Bracket {
        return false;
    }
    let mut inner = group.stream().into_iter();
    let is_derive = matches!(inner.next(), Some(TokenTree::Ident(ident)) if ident == "derive");
    is_derive
        && inner.any(|tree| match tree {
            TokenTree::Group(list) => list.stream().into_iter().any(|tree| {
                matches!(tree, TokenTree::Ident(ident) if ident == "Serialize" || ident == "Deserialize")
            }),
            _ => false,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relocated(tokens: TokenStream) -> String {
        relocate(tokens).to_string()
    }

    #[test]
    fn crate_paths_and_dependencies_move_under_private() {
        assert_eq!(
            relocated(quote! { crate::pagination::start(x) }),
            quote! { ::klink_api::__private::pagination::start(x) }.to_string()
        );
        assert_eq!(
            relocated(quote! { let v: ::serde_json::Value = reqwest::Method::GET; }),
            quote! { let v: ::klink_api::__private::serde_json::Value = ::klink_api::__private::reqwest::Method::GET; }.to_string()
        );
        assert_eq!(
            relocated(quote! { use progenitor_client::{Error, encode_path}; }),
            quote! { use ::klink_api::__private::progenitor_client::{Error, encode_path}; }
                .to_string()
        );
    }

    #[test]
    fn the_middle_of_a_path_and_other_names_stay() {
        for unchanged in [
            quote! { types::serde::X },
            quote! { <T as Foo>::serde::X },
            quote! { self.reqwest::x },
            quote! { pub(crate) fn f() {} },
            quote! { ::klink_api::types::Tag },
            quote! { serde_json },
        ] {
            assert_eq!(relocated(unchanged.clone()), unchanged.to_string());
        }
    }

    #[test]
    fn serde_derives_are_told_where_serde_is() {
        let out = relocated(quote! {
            #[derive(Clone, ::serde::Deserialize)]
            pub struct A { x: u8 }
            #[derive(Clone)]
            pub struct B;
        });
        assert_eq!(out.matches("serde (crate =").count(), 1, "{out}");
        assert!(out.contains("# [derive (Clone , :: klink_api :: __private :: serde :: Deserialize)] # [serde (crate = \"::klink_api::__private::serde\")] pub struct A"), "{out}");
    }
}
