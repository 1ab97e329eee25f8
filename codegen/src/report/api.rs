//! A compact listing of the public API the spec produces: what a reviewer
//! should read in a pull request instead of thousands of generated lines.
//!
//! For each operation: its HTTP method and path, the client method, every
//! builder setter with the type it takes, and what `send()` returns. For
//! each type: its fields (or variants) and their Rust types. The listing is
//! read off the generated code itself, so it shows what users get.

use std::fmt::Write as _;

use syn::{
    Fields, GenericArgument, ImplItem, Item, ItemImpl, PathArguments, ReturnType, Type,
    TypeParamBound, WherePredicate,
};

use crate::emit::client;
use crate::error::Error;
use crate::model::naming::builder_name;
use crate::progenitor::settings;
use crate::spec::Spec;
use crate::spec::check::operations::PATH_EXTENSION;
use crate::syntax::{find_module, serde_rename, type_text};

/// The public API of the client generated from `spec`, as text.
pub fn api_surface(spec: &Spec) -> Result<String, Error> {
    let file = client::client_with(spec, &settings())?;
    let mut out = String::from("# Operations\n");
    let builders = find_module(&file.items, "builder").unwrap_or_default();
    for (route, method, operation) in spec.openapi.operations() {
        let Some(id) = &operation.operation_id else {
            continue;
        };
        let unconfirmed = operation
            .extensions
            .get(PATH_EXTENSION)
            .and_then(|v| v.as_str())
            .map_or(String::new(), |mark| format!(" (path {mark})"));
        let _ = writeln!(
            out,
            "\n{id}: {} {route}{unconfirmed}",
            method.to_uppercase()
        );
        let _ = writeln!(out, "    client.{id}()");
        for (setter, ty) in builder_methods(builders, &builder_name(id)) {
            let _ = writeln!(out, "        .{setter}{ty}");
        }
    }
    out.push_str("\n# Types\n");
    for item in find_module(&file.items, "types").unwrap_or_default() {
        describe_type(item, &mut out);
    }
    Ok(out)
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
