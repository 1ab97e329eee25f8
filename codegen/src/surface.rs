//! A compact listing of the public API the spec produces: what a reviewer
//! should read in a pull request instead of thousands of generated lines.
//!
//! For each operation: its HTTP method and path, the client method, every
//! builder setter with the type it takes, and what `send()` returns. For
//! each type: its fields (or variants) and their Rust types. The listing is
//! read off the generated code itself, so it shows what users get.

use std::fmt::Write as _;

use quote::ToTokens;
use syn::{
    Fields, GenericArgument, ImplItem, Item, ItemImpl, PathArguments, ReturnType, Type,
    TypeParamBound, WherePredicate,
};

use crate::{Error, Spec};

/// The public API of the client generated from `spec`, as text.
pub fn api_surface(spec: &Spec) -> Result<String, Error> {
    let tokens = crate::generate::client_tokens(spec)?;
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Format {
        path: spec.path.clone(),
        message: e.to_string(),
    })?;
    let mut out = String::from("# Operations\n");
    let builders = module_items(&file.items, "builder");
    for (route, method, operation) in spec.openapi.operations() {
        let Some(id) = &operation.operation_id else {
            continue;
        };
        let unconfirmed = operation
            .extensions
            .get("x-klink-path")
            .and_then(|v| v.as_str())
            .map_or(String::new(), |mark| format!(" (path {mark})"));
        let _ = writeln!(
            out,
            "\n{id}: {} {route}{unconfirmed}",
            method.to_uppercase()
        );
        let _ = writeln!(out, "    client.{id}()");
        for (setter, ty) in builder_methods(builders, &pascal_case(id)) {
            let _ = writeln!(out, "        .{setter}{ty}");
        }
    }
    out.push_str("\n# Types\n");
    for item in module_items(&file.items, "types") {
        describe_type(item, &mut out);
    }
    Ok(out)
}

/// The items of the top-level inline module `name`.
fn module_items<'a>(items: &'a [Item], name: &str) -> &'a [Item] {
    items
        .iter()
        .find_map(|item| match item {
            Item::Mod(module) if module.ident == name => {
                module.content.as_ref().map(|(_, items)| items.as_slice())
            }
            _ => None,
        })
        .unwrap_or_default()
}

/// `(name, "(Type)")` for each setter of the operation's builder, then
/// `("send", "() -> Output")` and, for a paginated operation,
/// `("stream", "() -> ItemStream<..>")`.
fn builder_methods(items: &[Item], builder: &str) -> Vec<(String, String)> {
    let mut setters = Vec::new();
    let mut send = None;
    let mut stream = None;
    for item in items {
        let Item::Impl(block) = item else { continue };
        if !impl_for(block, builder) {
            continue;
        }
        for item in &block.items {
            let ImplItem::Fn(method) = item else { continue };
            // Private helpers (the inner `send_unified`) are no surface.
            if !matches!(method.vis, syn::Visibility::Public(_)) {
                continue;
            }
            let name = method.sig.ident.to_string();
            match name.as_str() {
                // `body_map` and friends take a closure over the same type.
                "new" => {}
                _ if name.ends_with("_map") => {}
                "send" | "stream" => {
                    let output = match &method.sig.output {
                        ReturnType::Type(_, ty) => type_text(ty),
                        ReturnType::Default => "()".to_owned(),
                    };
                    let verb = if name == "send" {
                        &mut send
                    } else {
                        &mut stream
                    };
                    *verb = Some((name, format!("() -> {output}")));
                }
                _ => {
                    let accepted = setter_type(method).unwrap_or_else(|| "?".to_owned());
                    setters.push((name, format!("({accepted})")));
                }
            }
        }
    }
    setters.extend(send);
    setters.extend(stream);
    setters
}

fn impl_for(block: &ItemImpl, name: &str) -> bool {
    matches!(&*block.self_ty, Type::Path(path)
        if path.path.segments.last().is_some_and(|segment| segment.ident == name))
        && block.trait_.is_none()
}

/// The `T` of a setter's `V: TryInto<T>` bound.
fn setter_type(method: &syn::ImplItemFn) -> Option<String> {
    let clause = method.sig.generics.where_clause.as_ref()?;
    clause.predicates.iter().find_map(|predicate| {
        let WherePredicate::Type(bound) = predicate else {
            return None;
        };
        bound.bounds.iter().find_map(|bound| {
            let TypeParamBound::Trait(bound) = bound else {
                return None;
            };
            let last = bound.path.segments.last()?;
            if last.ident != "TryInto" {
                return None;
            }
            let PathArguments::AngleBracketed(args) = &last.arguments else {
                return None;
            };
            args.args.iter().find_map(|arg| match arg {
                GenericArgument::Type(ty) => Some(type_text(ty)),
                _ => None,
            })
        })
    })
}

fn describe_type(item: &Item, out: &mut String) {
    match item {
        Item::Struct(strukt) => {
            let _ = write!(out, "\nstruct {}", strukt.ident);
            match &strukt.fields {
                Fields::Named(fields) => {
                    out.push('\n');
                    for field in &fields.named {
                        let name = field
                            .ident
                            .as_ref()
                            .map_or(String::new(), ToString::to_string);
                        let wire = match serde_rename(&field.attrs) {
                            Some(key) => format!(" (\"{key}\")"),
                            None => String::new(),
                        };
                        let _ = writeln!(out, "    {name}{wire}: {}", type_text(&field.ty));
                    }
                }
                Fields::Unnamed(fields) => {
                    let types: Vec<String> =
                        fields.unnamed.iter().map(|f| type_text(&f.ty)).collect();
                    let _ = writeln!(out, "({})", types.join(", "));
                }
                Fields::Unit => out.push('\n'),
            }
        }
        Item::Enum(enumeration) => {
            let _ = writeln!(out, "\nenum {}", enumeration.ident);
            for variant in &enumeration.variants {
                let fields = match &variant.fields {
                    Fields::Unit => String::new(),
                    Fields::Unnamed(fields) => format!(
                        "({})",
                        fields
                            .unnamed
                            .iter()
                            .map(|f| type_text(&f.ty))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    Fields::Named(fields) => format!(
                        " {{ {} }}",
                        fields
                            .named
                            .iter()
                            .map(|f| format!(
                                "{}: {}",
                                f.ident.as_ref().map_or(String::new(), ToString::to_string),
                                type_text(&f.ty)
                            ))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                let _ = writeln!(out, "    {}{fields}", variant.ident);
            }
        }
        Item::Type(alias) => {
            let _ = writeln!(out, "\ntype {} = {}", alias.ident, type_text(&alias.ty));
        }
        _ => {}
    }
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

/// `list_contacts` -> `ListContacts`, progenitor's builder name.
pub(crate) fn pascal_case(snake: &str) -> String {
    snake
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect()
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

    #[test]
    fn builder_names_follow_progenitor() {
        assert_eq!(pascal_case("list_cx_logs"), "ListCxLogs");
        assert_eq!(pascal_case("send_message"), "SendMessage");
    }
}
