//! Reading the Rust that progenitor generates: paths of types, field
//! renames, module contents. Shared by the passes that rewrite generated
//! code and the reports that describe it.

use std::fmt::Write as _;

use quote::ToTokens;
use syn::{GenericArgument, PathArguments, Type};

/// The items of the inline module `name` among `items`, if there is one.
/// Only the reports (feature `files`) and tests read whole modules.
#[cfg(any(feature = "files", test))]
pub(crate) fn find_module<'a>(items: &'a [syn::Item], name: &str) -> Option<&'a [syn::Item]> {
    items.iter().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == name => {
            module.content.as_ref().map(|(_, items)| items.as_slice())
        }
        _ => None,
    })
}

/// The JSON key of a field whose Rust name differs (`#[serde(rename = ..)]`).
pub(crate) fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
    let mut key = None;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                key = Some(meta.value()?.parse::<syn::LitStr>()?.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    key
}

/// A type as a reader writes it: `Option<Vec<types::Contact>>` rather than
/// `::std::option::Option<::std::vec::Vec<types::Contact>>`.
pub(crate) fn type_text(ty: &Type) -> String {
    match ty {
        Type::Path(path) if path.qself.is_none() => {
            let segments: Vec<&syn::PathSegment> = path.path.segments.iter().collect();
            let names: Vec<String> = segments.iter().map(|s| s.ident.to_string()).collect();
            // std paths and the crate's own root are noise: keep the last name.
            let keep_from = match names.first().map(String::as_str) {
                Some("std" | "core" | "alloc" | "crate") => names.len() - 1,
                _ => 0,
            };
            segments[keep_from..]
                .iter()
                .map(|segment| {
                    let mut text = segment.ident.to_string();
                    if let PathArguments::AngleBracketed(args) = &segment.arguments {
                        let args: Vec<String> = args
                            .args
                            .iter()
                            .map(|arg| match arg {
                                GenericArgument::Type(ty) => type_text(ty),
                                other => compact(&other.to_token_stream().to_string()),
                            })
                            .collect();
                        let _ = write!(text, "<{}>", args.join(", "));
                    }
                    text
                })
                .collect::<Vec<_>>()
                .join("::")
        }
        Type::Reference(reference) => {
            let lifetime = reference
                .lifetime
                .as_ref()
                .map_or(String::new(), |l| format!("{l} "));
            let mutability = if reference.mutability.is_some() {
                "mut "
            } else {
                ""
            };
            format!("&{lifetime}{mutability}{}", type_text(&reference.elem))
        }
        other => compact(&other.to_token_stream().to_string()),
    }
}

fn compact(tokens: &str) -> String {
    tokens
        .replace(" :: ", "::")
        .replace(":: ", "::")
        .replace(" < ", "<")
        .replace("< ", "<")
        .replace(" >", ">")
        .replace(" ,", ",")
        .replace("& '", "&'")
}

/// The first type argument of a path type (`T` of `Foo<T, ..>`).
pub(crate) fn first_generic(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let PathArguments::AngleBracketed(args) = &path.path.segments.last()?.arguments else {
        return None;
    };
    args.args.iter().find_map(|arg| match arg {
        GenericArgument::Type(ty) => Some(ty),
        _ => None,
    })
}

pub(crate) fn last_ident(ty: &Type) -> Option<String> {
    let Type::Path(path) = ty else { return None };
    Some(path.path.segments.last()?.ident.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_read_the_way_users_write_them() {
        let ty: Type = syn::parse_quote!(
            ::std::option::Option<
                ::std::vec::Vec<
                    ::std::collections::HashMap<::std::string::String, crate::Timestamp>,
                >,
            >
        );
        assert_eq!(type_text(&ty), "Option<Vec<HashMap<String, Timestamp>>>");
        let ty: Type =
            syn::parse_quote!(::serde_json::Map<::std::string::String, ::serde_json::Value>);
        assert_eq!(type_text(&ty), "serde_json::Map<String, serde_json::Value>");
    }
}
