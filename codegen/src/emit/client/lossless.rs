//! The types that keep undeclared keys decode in one pass.
//!
//! A schema with `additionalProperties` becomes a struct whose last field,
//! `#[serde(flatten)] extra: serde_json::Map<String, Value>`, holds every
//! key the schema does not declare. serde's derived `Deserialize` for a
//! struct with a flattened field buffers the whole object into serde's
//! private `Content` tree and reads it a second time, which made a typed
//! decode cost what decoding into `serde_json::Value` costs.
//!
//! This pass swaps serde's `Deserialize` in such a struct's `derive` for
//! klink-api's, `#[derive(klink_api::Deserialize)]` (the procedural macro
//! in `klink-api-macros`), which reads the object once and keeps the
//! undeclared keys as the JSON text the server sent: the `extra` field's
//! type becomes klink-api's `Extra` (its builder's too). `Serialize` stays
//! serde's: its flattened serialization streams the map's entries and
//! buffers nothing. The derive reads the same serde field attributes, and
//! one it does not know is a compile error, not a silent difference.

use std::collections::HashSet;

use proc_macro2::{Ident, TokenTree};
use syn::visit_mut::{self, VisitMut};
use syn::{Fields, Item, ItemStruct, Type};

use crate::error::Error;
use crate::spec::Spec;

/// The pass over a client streaming by: in `types`, each struct that
/// flattens a JSON map derives klink-api's `Deserialize`; in
/// `types::builder`, those structs' builders hold their `extra` as
/// klink-api's type too (the builders come after the types).
#[derive(Default)]
pub(crate) struct OnePassDecoding {
    /// The structs rewritten so far, by name.
    rewritten: HashSet<String>,
}

impl OnePassDecoding {
    /// Rewrites `item`, of the module at `at`. A struct this pass cannot
    /// rewrite is an error naming it.
    pub(crate) fn item(&mut self, at: &str, item: &mut Item) -> Result<(), Refused> {
        match (at, item) {
            ("types", Item::Struct(structure)) if flattens_json_map(structure) => {
                let name = structure.ident.to_string();
                derive_klink_deserialize(structure).map_err(|message| Refused {
                    name: name.clone(),
                    message,
                })?;
                self.rewritten.insert(name);
            }
            ("types::builder", item) => rewrite_builder(item, &self.rewritten),
            _ => {}
        }
        Ok(())
    }
}

/// A struct [`OnePassDecoding`] cannot rewrite, and why.
#[derive(Debug)]
pub(crate) struct Refused {
    pub name: String,
    pub message: String,
}

impl Refused {
    /// The generation error for the spec at `spec`.
    pub(crate) fn into_error(self, spec: &Spec) -> Error {
        let message = format!(
            "cannot derive klink_api::Deserialize for `{}`: {}",
            self.name, self.message
        );
        Error::generator(&spec.path, None, message)
    }
}

/// An item of progenitor's `builder` module inside `types`: a rewritten
/// struct's builder holds and takes its `extra` as an [`EXTRA`] too, in its
/// field and in its setter's signature.
fn rewrite_builder(item: &mut Item, names: &HashSet<String>) {
    let named = |ident: &Ident| names.contains(&ident.to_string());
    match item {
        Item::Struct(builder) if named(&builder.ident) => {
            for field in &mut builder.fields {
                if field.ident.as_ref().is_some_and(|ident| ident == "extra") {
                    MapAsExtra.visit_type_mut(&mut field.ty);
                }
            }
        }
        Item::Impl(block)
            if block.trait_.is_none()
                && matches!(&*block.self_ty, Type::Path(path) if path.path.get_ident().is_some_and(named)) =>
        {
            for member in &mut block.items {
                if let syn::ImplItem::Fn(setter) = member
                    && setter.sig.ident == "extra"
                {
                    MapAsExtra.visit_signature_mut(&mut setter.sig);
                }
            }
        }
        _ => {}
    }
}

/// Every `serde_json::Map<..>` (leading `::` or not) becomes [`EXTRA`].
struct MapAsExtra;

impl VisitMut for MapAsExtra {
    fn visit_type_mut(&mut self, ty: &mut Type) {
        if is_json_map(ty) {
            *ty = syn::parse_str(EXTRA).expect("a path");
            return;
        }
        visit_mut::visit_type_mut(self, ty);
    }
}

/// The type of every `extra` field: klink-api's [`Extra`], which keeps the
/// undeclared members as the text the server sent.
///
/// [`Extra`]: https://docs.rs/klink-api/latest/klink_api/struct.Extra.html
const EXTRA: &str = "crate::Extra";

/// Whether a braced struct without generics has a `#[serde(flatten)]`
/// field that is a JSON map (another flattened type is left to serde).
fn flattens_json_map(item: &ItemStruct) -> bool {
    let Fields::Named(fields) = &item.fields else {
        return false;
    };
    item.generics.params.is_empty()
        && fields
            .named
            .iter()
            .any(|field| is_flatten(field) && is_json_map(&field.ty))
}

fn is_flatten(field: &syn::Field) -> bool {
    field.attrs.iter().any(|attr| {
        attr.path().is_ident("serde")
            && matches!(&attr.meta, syn::Meta::List(list) if list.tokens.clone().into_iter()
                .any(|tree| matches!(tree, TokenTree::Ident(ident) if ident == "flatten")))
    })
}

/// serde's `Deserialize` in the struct's `#[derive(..)]` becomes klink-api's
/// ([`DERIVE`]), and the flattened map becomes an [`EXTRA`].
fn derive_klink_deserialize(item: &mut ItemStruct) -> Result<(), String> {
    let derive: syn::Path = syn::parse_str(DERIVE).expect("a path");
    let mut replaced = false;
    for attr in item
        .attrs
        .iter_mut()
        .filter(|attr| attr.path().is_ident("derive"))
    {
        let paths = attr
            .parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            )
            .map_err(|e| e.to_string())?;
        let swapped: Vec<syn::Path> = paths
            .into_iter()
            .map(|path| {
                if path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "Deserialize")
                {
                    replaced = true;
                    derive.clone()
                } else {
                    path
                }
            })
            .collect();
        *attr = syn::parse_quote!(#[derive(#(#swapped),*)]);
    }
    if !replaced {
        return Err("no derived Deserialize to replace".into());
    }
    if let Fields::Named(fields) = &mut item.fields {
        for field in &mut fields.named {
            if is_flatten(field) && is_json_map(&field.ty) {
                field.ty = syn::parse_str(EXTRA).expect("a path");
            }
        }
    }
    Ok(())
}

/// klink-api's one-pass derive, by the path users write too (klink-api
/// declares `extern crate self as klink_api`, so it resolves there).
const DERIVE: &str = "::klink_api::Deserialize";

/// Whether a type is `serde_json::Map<String, Value>`, the `extra` map.
/// `serde_json::Map<..>`, with a leading `::` or not.
fn is_json_map(ty: &Type) -> bool {
    let Type::Path(path) = ty else {
        return false;
    };
    if path.qself.is_some() {
        return false;
    }
    let segments: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    segments == ["serde_json", "Map"]
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;

    use super::*;

    /// `types` as the `types` module's items, rewritten and printed.
    fn rewritten(types: TokenStream) -> Result<String, (String, String)> {
        let file: syn::File = syn::parse2(types).unwrap();
        let mut pass = OnePassDecoding::default();
        let mut out = Vec::new();
        for mut item in file.items {
            pass.item("types", &mut item)
                .map_err(|refused| (refused.name, refused.message))?;
            out.push(item);
        }
        let file = syn::File {
            items: out,
            ..syn::parse_quote!()
        };
        Ok(quote::ToTokens::into_token_stream(file).to_string())
    }

    /// The builders come after the types, in `types::builder`: only a
    /// rewritten struct's builder takes its `extra` as klink-api's type.
    #[test]
    fn the_builders_of_rewritten_structs_hold_extra_too() {
        let mut pass = OnePassDecoding::default();
        let mut rewritten: Item = syn::parse_quote! {
            #[derive(::serde::Deserialize, ::serde::Serialize)]
            pub struct Thing {
                pub id: ::std::string::String,
                #[serde(flatten)]
                pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            }
        };
        pass.item("types", &mut rewritten).unwrap();
        let builders: syn::File = syn::parse_quote! {
            pub struct Thing {
                extra: ::std::result::Result<::serde_json::Map<::std::string::String, ::serde_json::Value>, ::std::string::String>,
            }
            impl Thing {
                pub fn extra<T>(mut self, value: T) -> Self
                where T: ::std::convert::TryInto<::serde_json::Map<::std::string::String, ::serde_json::Value>> { self }
            }
            pub struct Other {
                extra: ::std::result::Result<::serde_json::Map<::std::string::String, ::serde_json::Value>, ::std::string::String>,
            }
        };
        let mut printed = Vec::new();
        for mut item in builders.items {
            pass.item("types::builder", &mut item).unwrap();
            printed.push(quote::ToTokens::into_token_stream(item).to_string());
        }
        assert!(
            printed[0].contains("Result < crate :: Extra ,"),
            "{}",
            printed[0]
        );
        assert!(
            printed[1].contains("TryInto < crate :: Extra >"),
            "{}",
            printed[1]
        );
        assert!(
            printed[2].contains(":: serde_json :: Map"),
            "{}",
            printed[2]
        );
    }

    #[test]
    fn a_struct_with_an_extra_map_derives_klink_apis_deserialize() {
        let out = rewritten(quote! {
            #[doc = "A thing."]
            #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
            pub struct Thing {
                #[serde(rename = "createdAt")]
                pub created_at: crate::Timestamp,
                #[serde(flatten)]
                pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            }
            impl Thing {}
        })
        .unwrap();
        assert!(
            out.contains(
                "# [derive (:: klink_api :: Deserialize , :: serde :: Serialize , Clone , Debug)]"
            ),
            "{out}"
        );
        assert!(out.contains("# [serde (rename = \"createdAt\")]"), "{out}");
        assert!(out.contains("pub extra : crate :: Extra"), "{out}");
        assert!(out.contains("impl Thing { }"), "the rest is copied: {out}");
        assert!(!out.contains("impl < 'de >"), "no expanded impl: {out}");
    }

    #[test]
    fn structs_without_an_extra_map_are_left_to_serde() {
        let plain = quote! {
            #[derive(::serde::Deserialize, ::serde::Serialize)]
            pub struct Plain { pub id: ::std::string::String }
            #[derive(::serde::Deserialize, ::serde::Serialize)]
            pub struct Merged {
                #[serde(flatten)]
                pub base: Base,
            }
        };
        let unchanged: syn::File = syn::parse2(plain.clone()).unwrap();
        assert_eq!(
            rewritten(plain).unwrap(),
            quote::ToTokens::into_token_stream(unchanged).to_string()
        );
    }

    #[test]
    fn a_struct_without_a_derived_deserialize_is_refused_by_name() {
        let error = rewritten(quote! {
            #[derive(::serde::Serialize)]
            pub struct Odd {
                #[serde(flatten)]
                pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            }
        })
        .unwrap_err();
        assert_eq!(error.0, "Odd");
        assert!(error.1.contains("no derived Deserialize"), "{error:?}");
    }
}
