//! One-pass `Deserialize` impls for the types that keep undeclared keys.
//!
//! A schema with `additionalProperties` becomes a struct whose last field,
//! `#[serde(flatten)] extra: serde_json::Map<String, Value>`, holds every
//! key the schema does not declare. serde's derived `Deserialize` for a
//! struct with a flattened field buffers the whole object into serde's
//! private `Content` tree and reads it a second time, which made a typed
//! decode cost what decoding into `serde_json::Value` costs.
//!
//! This pass takes `Deserialize` out of such a struct's `derive` and emits
//! an impl that reads the object once: a generated `match` turns each key
//! into its field's index without allocating, a declared key's value is
//! decoded straight into its field, and any other key goes into `extra`
//! with its value, as the JSON text serde_json read, so the field's type
//! becomes klink-api's `Extra` (its builder's too). The shared pieces (the
//! key seed, the undeclared members' buffer, the duplicate and missing-key
//! errors, errors that name the key) are the hand-written
//! `klink_api::lossless` module. `Serialize` stays derived: serde's
//! flattened serialization streams the map's entries and buffers nothing.
//!
//! Field rules, the derived impl's: an `Option` field is `None` when its
//! key is missing or `null`; a `#[serde(default)]` field takes its default;
//! any other missing field is a `missing field` error. A serde attribute
//! this pass does not know is a generation error rather than an impl that
//! silently decodes differently.

use std::collections::HashSet;

use proc_macro2::{Ident, Literal, TokenStream, TokenTree};
use quote::{format_ident, quote};
use syn::visit_mut::{self, VisitMut};
use syn::{Attribute, Fields, Item, ItemStruct, LitStr, Type};

use crate::error::Error;
use crate::spec::Spec;

/// The pass over a client streaming by: in `types`, each struct that
/// flattens a map gets a one-pass `Deserialize` right after it; in
/// `types::builder`, those structs' builders hold their `extra` as klink-api's
/// type too (the builders come after the types).
#[derive(Default)]
pub(crate) struct OnePassDecoding {
    /// The structs rewritten so far, by name.
    rewritten: HashSet<String>,
}

impl OnePassDecoding {
    /// `item`, of the module at `at`, rewritten, and the items of the impl
    /// that follows it (none when it gets none). A struct this pass cannot
    /// rewrite is an error naming it.
    pub(crate) fn item(&mut self, at: &str, item: &mut Item) -> Result<Vec<Item>, Refused> {
        match (at, item) {
            ("types", Item::Struct(structure)) if flattens(structure) => {
                let name = structure.ident.to_string();
                let refused = |message| Refused {
                    name: name.clone(),
                    message,
                };
                let Some(implementation) = rewrite_struct(structure).map_err(refused)? else {
                    return Ok(Vec::new());
                };
                let implementation: syn::File =
                    syn::parse2(implementation).map_err(|e| refused(e.to_string()))?;
                self.rewritten.insert(name);
                Ok(implementation.items)
            }
            ("types::builder", item) => {
                rewrite_builder(item, &self.rewritten);
                Ok(Vec::new())
            }
            _ => Ok(Vec::new()),
        }
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
            "cannot emit a one-pass Deserialize for `{}`: {}",
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

/// Whether a braced struct has a `#[serde(flatten)]` field.
fn flattens(item: &ItemStruct) -> bool {
    let Fields::Named(fields) = &item.fields else {
        return false;
    };
    fields
        .named
        .iter()
        .flat_map(|field| &field.attrs)
        .any(|attr| {
            attr.path().is_ident("serde")
                && matches!(&attr.meta, syn::Meta::List(list) if list.tokens.clone().into_iter()
                .any(|tree| matches!(tree, TokenTree::Ident(ident) if ident == "flatten")))
        })
}

/// How a declared field is filled when its key is missing.
enum Missing {
    /// `Option`: `None`; `#[serde(default)]`: `Default::default()`.
    Default,
    /// `#[serde(default = "path")]`.
    DefaultWith(syn::ExprPath),
    /// A `missing field` error.
    Error,
}

/// A declared field: its Rust name, JSON key and type, and what a missing
/// key means.
struct Declared {
    ident: Ident,
    key: String,
    ty: Type,
    missing: Missing,
}

/// Takes `Deserialize` out of the struct's derive and returns the one-pass
/// impl; `None`, the struct untouched, when its flattened field is not a
/// JSON map (left to serde).
fn rewrite_struct(item: &mut ItemStruct) -> Result<Option<TokenStream>, String> {
    if !item.generics.params.is_empty() {
        return Ok(None);
    }
    if item.attrs.iter().any(|attr| attr.path().is_ident("serde")) {
        return Err("a container-level #[serde(..)] attribute is not supported".into());
    }
    let Fields::Named(fields) = &item.fields else {
        return Ok(None);
    };
    let mut declared = Vec::new();
    let mut extra = None;
    for field in &fields.named {
        let ident = field.ident.clone().expect("named fields have names");
        let attributes = serde_attributes(&field.attrs)?;
        if attributes.flatten {
            if extra.is_some() || !is_json_map(&field.ty) {
                return Ok(None);
            }
            extra = Some(ident);
            continue;
        }
        let missing = match attributes.default {
            Some(Some(path)) => Missing::DefaultWith(path),
            Some(None) => Missing::Default,
            None if is_option(&field.ty) => Missing::Default,
            None => Missing::Error,
        };
        declared.push(Declared {
            key: attributes
                .rename
                .unwrap_or_else(|| syn::ext::IdentExt::unraw(&ident).to_string()),
            ident,
            ty: field.ty.clone(),
            missing,
        });
    }
    let Some(extra) = extra else {
        return Ok(None);
    };
    if declared.len() > usize::from(u16::MAX) {
        return Err("more than 65,535 declared fields".into());
    }
    drop_deserialize_derive(&mut item.attrs)?;
    if let Fields::Named(fields) = &mut item.fields {
        for field in &mut fields.named {
            if field.ident.as_ref() == Some(&extra) {
                field.ty = syn::parse_str(EXTRA).expect("a path");
            }
        }
    }
    Ok(Some(deserialize_impl(&item.ident, &declared, &extra)))
}

/// A field's serde attributes that this pass understands.
#[derive(Default)]
struct SerdeAttributes {
    rename: Option<String>,
    /// `Some(None)` for `default`, `Some(Some(path))` for `default = ".."`.
    default: Option<Option<syn::ExprPath>>,
    flatten: bool,
}

fn serde_attributes(attrs: &[Attribute]) -> Result<SerdeAttributes, String> {
    let mut found = SerdeAttributes::default();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                found.rename = Some(meta.value()?.parse::<LitStr>()?.value());
            } else if meta.path.is_ident("default") {
                found.default = Some(match meta.value() {
                    Ok(value) => Some(value.parse::<LitStr>()?.parse()?),
                    Err(_) => None,
                });
            } else if meta.path.is_ident("flatten") {
                found.flatten = true;
            } else if meta.path.is_ident("skip_serializing_if") {
                // Serialization only; the derived `Serialize` reads it.
                meta.value()?.parse::<LitStr>()?;
            } else {
                return Err(meta.error("this serde attribute is not supported"));
            }
            Ok(())
        })
        .map_err(|e| e.to_string())?;
    }
    Ok(found)
}

/// Removes `Deserialize` from the struct's `#[derive(..)]`.
fn drop_deserialize_derive(attrs: &mut [Attribute]) -> Result<(), String> {
    for attr in attrs
        .iter_mut()
        .filter(|attr| attr.path().is_ident("derive"))
    {
        let paths = attr
            .parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            )
            .map_err(|e| e.to_string())?;
        let before = paths.len();
        let kept: Vec<&syn::Path> = paths
            .iter()
            .filter(|path| {
                path.segments
                    .last()
                    .is_none_or(|s| s.ident != "Deserialize")
            })
            .collect();
        if kept.len() < before {
            *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
            return Ok(());
        }
    }
    Err("no derived Deserialize to replace".into())
}

/// The impl: a visitor that matches keys as it reads them.
fn deserialize_impl(name: &Ident, declared: &[Declared], extra: &Ident) -> TokenStream {
    let expecting = format!("struct {name}");
    let slots: Vec<Ident> = (0..declared.len())
        .map(|i| format_ident!("slot_{}", i))
        .collect();
    let keys: Vec<&str> = declared.iter().map(|field| field.key.as_str()).collect();
    let indices: Vec<Literal> = (0..declared.len())
        .map(|i| Literal::u16_unsuffixed(u16::try_from(i).expect("checked by rewrite_struct")))
        .collect();
    let types = declared.iter().map(|field| &field.ty);
    // The key matcher only returns the declared indices, so the last
    // declared arm may take them all and the match needs no panic arm.
    let patterns = indices.iter().enumerate().map(|(i, index)| {
        if i + 1 == indices.len() {
            quote!(_)
        } else {
            quote!(#index)
        }
    });
    let fields = declared.iter().zip(&slots).map(|(field, slot)| {
        let ident = &field.ident;
        let key = &field.key;
        let value = match &field.missing {
            Missing::Default => quote!(#slot.unwrap_or_default()),
            Missing::DefaultWith(path) => quote!(#slot.unwrap_or_else(#path)),
            Missing::Error => quote!(crate::lossless::required(#slot, #key)?),
        };
        quote!(#ident: #value)
    });
    let declared_arm = if declared.is_empty() {
        quote!(crate::lossless::Key::Declared(_) => {})
    } else {
        quote! {
            #(crate::lossless::Key::Declared(#patterns) =>
                crate::lossless::value(&mut map, &mut #slots, #keys)?,)*
        }
    };
    quote! {
        // `serde::`, not `::serde::`: after `impl<'de>` a leading `::` reads
        // as the middle of a path to `emit::relocate`, which moves
        // extensions' paths to klink-api's re-exports.
        impl<'de> serde::Deserialize<'de> for #name {
            // `__D`, as serde's derive names it: the public API reads the same.
            fn deserialize<__D>(deserializer: __D) -> ::std::result::Result<Self, __D::Error>
            where
                __D: ::serde::Deserializer<'de>,
            {
                struct Visitor;

                impl<'de> serde::de::Visitor<'de> for Visitor {
                    type Value = #name;

                    fn expecting(&self, formatter: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
                        formatter.write_str(#expecting)
                    }

                    fn visit_map<A>(self, mut map: A) -> ::std::result::Result<#name, A::Error>
                    where
                        A: ::serde::de::MapAccess<'de>,
                    {
                        #(let mut #slots: ::std::option::Option<#types> = ::std::option::Option::None;)*
                        fn declared(key: &str) -> ::std::option::Option<u16> {
                            match key {
                                #(#keys => ::std::option::Option::Some(#indices),)*
                                _ => ::std::option::Option::None,
                            }
                        }
                        let mut undeclared = crate::lossless::Undeclared::default();
                        while let ::std::option::Option::Some(key) =
                            map.next_key_seed(undeclared.key_seed(declared))?
                        {
                            match key {
                                #declared_arm
                                crate::lossless::Key::Undeclared => {
                                    map.next_value_seed(undeclared.value())?
                                }
                            }
                        }
                        ::std::result::Result::Ok(#name {
                            #(#fields,)*
                            #extra: undeclared.finish(),
                        })
                    }
                }

                deserializer.deserialize_map(Visitor)
            }
        }
    }
}

/// Whether a type is `Option<..>` (progenitor spells it out in full).
fn is_option(ty: &Type) -> bool {
    last_segment(ty).is_some_and(|segment| segment.ident == "Option")
}

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

fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(path) => path.path.segments.last(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `types` as the `types` module's items, rewritten.
    fn rewritten(types: TokenStream) -> Result<String, (String, String)> {
        let file: syn::File = syn::parse2(types).unwrap();
        let mut pass = OnePassDecoding::default();
        let mut out = Vec::new();
        for mut item in file.items {
            let added = pass
                .item("types", &mut item)
                .map_err(|refused| (refused.name, refused.message))?;
            out.push(item);
            out.extend(added);
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
        assert!(!pass.item("types", &mut rewritten).unwrap().is_empty());
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
            assert!(pass.item("types::builder", &mut item).unwrap().is_empty());
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
    fn a_struct_with_an_extra_map_gets_a_one_pass_deserialize() {
        let out = rewritten(quote! {
            #[doc = "A thing."]
            #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
            pub struct Thing {
                #[serde(rename = "createdAt")]
                pub created_at: crate::Timestamp,
                #[serde(skip_serializing_if = "::std::option::Option::is_none")]
                pub name: ::std::option::Option<::std::string::String>,
                #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
                pub tags: ::std::vec::Vec<::std::string::String>,
                #[serde(flatten)]
                pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            }
            impl Thing {}
        })
        .unwrap();
        assert!(
            out.contains("# [derive (:: serde :: Serialize , Clone , Debug)]"),
            "{out}"
        );
        assert!(
            out.contains("impl < 'de > serde :: Deserialize < 'de > for Thing"),
            "{out}"
        );
        assert!(
            out.contains("\"createdAt\" => :: std :: option :: Option :: Some (0)"),
            "{out}"
        );
        // Required, optional and defaulted fields.
        assert!(
            out.contains("created_at : crate :: lossless :: required (slot_0 , \"createdAt\") ?"),
            "{out}"
        );
        assert!(
            out.contains("name : slot_1 . unwrap_or_default ()"),
            "{out}"
        );
        assert!(
            out.contains("tags : slot_2 . unwrap_or_default ()"),
            "{out}"
        );
        assert!(out.contains("extra : undeclared . finish ()"), "{out}");
        assert!(out.contains("pub extra : crate :: Extra"), "{out}");
        assert!(out.contains("impl Thing { }"), "the rest is copied: {out}");
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
    fn an_unknown_serde_attribute_is_an_error_not_a_silent_difference() {
        let error = rewritten(quote! {
            #[derive(::serde::Deserialize)]
            pub struct Odd {
                #[serde(alias = "b")]
                pub a: i64,
                #[serde(flatten)]
                pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            }
        })
        .unwrap_err();
        assert_eq!(error.0, "Odd");
        assert!(error.1.contains("not supported"), "{error:?}");
    }
}
