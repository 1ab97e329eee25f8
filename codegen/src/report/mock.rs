//! The mock's surface: what a test author reads in a review instead of the
//! generated mock, read off progenitor's mock.

use std::fmt::Write as _;

use syn::{FnArg, GenericParam, ImplItem, Item, Type, WherePredicate};

use crate::emit::mock::mock_tokens;
use crate::emit::outside::parse;
use crate::error::Error;
use crate::model::naming::builder_name;
use crate::spec::Spec;
use crate::syntax::type_text;

/// What a test author reads in a review: for each operation, the
/// `MockServerExt` method and the `when` and `then` methods with the types
/// they take, read off the generated code.
pub fn mock_surface(spec: &Spec) -> Result<String, Error> {
    let file = parse(spec, mock_tokens(spec)?)?;
    let operations = file
        .items
        .iter()
        .find_map(|item| match item {
            Item::Mod(module) if module.ident == "operations" => {
                module.content.as_ref().map(|(_, items)| items.as_slice())
            }
            _ => None,
        })
        .unwrap_or_default();
    let mut out = String::from("# MockServerExt\n");
    for (route, method, operation) in spec.openapi.operations() {
        let Some(id) = &operation.operation_id else {
            continue;
        };
        let _ = writeln!(out, "\n{id}: {} {route}", method.to_uppercase());
        let _ = writeln!(out, "    server.{id}(|when, then| ..)");
        for side in ["when", "then"] {
            let _ = writeln!(out, "        {side}");
            let name = format!("{}{}", builder_name(id), builder_name(side));
            for signature in methods(operations, &name) {
                let _ = writeln!(out, "            .{signature}");
            }
        }
    }
    Ok(out)
}

/// `name(Type, ..)` for each method of the inherent impl of `name` except
/// the constructor and `into_inner`.
fn methods(items: &[Item], name: &str) -> Vec<String> {
    let mut signatures = Vec::new();
    for item in items {
        let Item::Impl(block) = item else { continue };
        let Type::Path(path) = &*block.self_ty else {
            continue;
        };
        if block.trait_.is_some() || !path.path.is_ident(name) {
            continue;
        }
        for item in &block.items {
            let ImplItem::Fn(method) = item else { continue };
            let ident = method.sig.ident.to_string();
            if ident == "new" || ident == "into_inner" {
                continue;
            }
            let arguments: Vec<String> = method
                .sig
                .inputs
                .iter()
                .filter_map(|input| match input {
                    FnArg::Typed(argument) => Some(argument_text(&method.sig, &argument.ty)),
                    FnArg::Receiver(_) => None,
                })
                .collect();
            signatures.push(format!("{ident}({})", arguments.join(", ")));
        }
    }
    signatures
}

/// An argument's type; a generic parameter is shown as `impl` its bounds.
fn argument_text(signature: &syn::Signature, ty: &Type) -> String {
    let Type::Path(path) = ty else {
        return type_text(ty);
    };
    let generic = signature.generics.params.iter().any(
        |param| matches!(param, GenericParam::Type(param) if path.path.is_ident(&param.ident)),
    );
    if !generic {
        return type_text(ty);
    }
    let bounds: Vec<String> = signature
        .generics
        .where_clause
        .iter()
        .flat_map(|clause| &clause.predicates)
        .filter_map(|predicate| match predicate {
            WherePredicate::Type(predicate) if same(&predicate.bounded_ty, ty) => Some(predicate),
            _ => None,
        })
        .flat_map(|predicate| &predicate.bounds)
        .map(|bound| match bound {
            syn::TypeParamBound::Trait(bound) => {
                let as_type = Type::Path(syn::TypePath {
                    attrs: Vec::new(),
                    qself: None,
                    path: bound.path.clone(),
                });
                type_text(&as_type)
            }
            other => quote::ToTokens::to_token_stream(other).to_string(),
        })
        .collect();
    format!("impl {}", bounds.join(" + "))
}

fn same(a: &Type, b: &Type) -> bool {
    use quote::ToTokens;
    a.to_token_stream().to_string() == b.to_token_stream().to_string()
}
