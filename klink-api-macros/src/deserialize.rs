//! `#[derive(klink_api::Deserialize)]`: a visitor that reads an object once.
//!
//! serde's own derive, on a struct with a `#[serde(flatten)]` field,
//! buffers the whole object into serde's private `Content` tree and reads
//! it a second time, so a typed decode cost what decoding into
//! `serde_json::Value` costs. The visitor this derive writes matches each
//! key against the declared ones as it is read (a `match` of the JSON key
//! to the field's index, no allocation), decodes a declared key's value
//! straight into its field, and hands any other key to klink-api's
//! `Undeclared`, which writes it with its value's JSON text into the
//! `Extra` field.
//!
//! Everything the visitors share is hand-written in klink-api
//! (`klink_api::__private::lossless`): reading keys, the undeclared
//! members, the per-field decode (strict, or tolerant on klink-api's second
//! pass), the duplicate and missing-key errors and their key paths. What
//! this derive writes is the part that differs per struct: the fields,
//! their keys, and what a missing key means.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};
use syn::{Data, DeriveInput, Error, Fields, Type};

use crate::deserialize::attributes::{FieldAttributes, container_attributes};

mod attributes;

/// Where the expansion finds serde and klink-api's decoding helpers: the
/// user's crate depends on klink-api, not necessarily on serde (klink-api
/// itself declares `extern crate self as klink_api`).
const RUNTIME: &str = "::klink_api::__private";

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
struct Declared<'a> {
    ident: &'a Ident,
    key: String,
    ty: &'a Type,
    missing: Missing,
}

/// The `Deserialize` impl for `input`, or the error that says why there is
/// none, at the span it is about.
pub(crate) fn expand(input: &DeriveInput) -> Result<TokenStream, Error> {
    let name = &input.ident;
    let Data::Struct(data) = &input.data else {
        return Err(Error::new_spanned(
            name,
            "klink_api::Deserialize is for structs with named fields",
        ));
    };
    let Fields::Named(fields) = &data.fields else {
        return Err(Error::new_spanned(
            name,
            "klink_api::Deserialize is for structs with named fields",
        ));
    };
    if !input.generics.params.is_empty() {
        return Err(Error::new_spanned(
            &input.generics,
            "klink_api::Deserialize does not take generic parameters",
        ));
    }
    container_attributes(&input.attrs)?;
    let mut declared = Vec::new();
    let mut extra: Option<&Ident> = None;
    for field in &fields.named {
        let ident = field.ident.as_ref().expect("named fields have names");
        let attributes = FieldAttributes::parse(&field.attrs)?;
        if attributes.flatten {
            if extra.is_some() {
                return Err(Error::new_spanned(
                    ident,
                    "klink_api::Deserialize keeps undeclared keys in one `#[serde(flatten)]` field; this is a second one",
                ));
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
                .unwrap_or_else(|| syn::ext::IdentExt::unraw(ident).to_string()),
            ident,
            ty: &field.ty,
            missing,
        });
    }
    let Some(extra) = extra else {
        return Err(Error::new_spanned(
            name,
            "klink_api::Deserialize needs a `#[serde(flatten)] extra: klink_api::Extra` field, where the keys the struct does not declare are kept",
        ));
    };
    if declared.len() > usize::from(u16::MAX) {
        return Err(Error::new_spanned(name, "more than 65,535 declared fields"));
    }
    Ok(deserialize_impl(name, &declared, extra))
}

/// The impl: a visitor that matches keys as it reads them.
fn deserialize_impl(name: &Ident, declared: &[Declared], extra: &Ident) -> TokenStream {
    let runtime: syn::Path = syn::parse_str(RUNTIME).expect("a path");
    let expecting = format!("struct {name}");
    let type_name = name.to_string();
    let slots: Vec<Ident> = (0..declared.len())
        .map(|i| format_ident!("__slot_{}", i))
        .collect();
    let keys: Vec<&str> = declared.iter().map(|field| field.key.as_str()).collect();
    let indices: Vec<Literal> = (0..declared.len())
        .map(|i| Literal::u16_unsuffixed(u16::try_from(i).expect("checked by expand")))
        .collect();
    let types = declared.iter().map(|field| field.ty);
    // The key matcher only returns the declared indices, so the last
    // declared arm may take them all and the match needs no panic arm.
    let patterns = indices.iter().enumerate().map(|(i, index)| {
        if i + 1 == indices.len() {
            quote!(_)
        } else {
            quote!(#index)
        }
    });
    // Strictly, each value into its field; on klink-api's tolerant pass,
    // an optional field may give a value that does not fit up to `extra`
    // (the runtime tests the pass once per field: one loop keeps the
    // expansion, and the crate's compile time, as small as one pass's).
    let decodes = declared.iter().zip(&slots).map(|(field, slot)| {
        let key = &field.key;
        match field.missing {
            Missing::Error => quote! {
                __lossless::required_value(&mut __map, &mut #slot, #key, __tolerant)?
            },
            Missing::Default | Missing::DefaultWith(_) => quote! {
                __lossless::optional_value(&mut __map, &mut #slot, #key, __tolerant, &mut __undeclared, #type_name)?
            },
        }
    });
    let fields = declared.iter().zip(&slots).map(|(field, slot)| {
        let ident = field.ident;
        let key = &field.key;
        let value = match &field.missing {
            Missing::Default => quote!(#slot.unwrap_or_default()),
            Missing::DefaultWith(path) => quote!(#slot.unwrap_or_else(#path)),
            Missing::Error => quote!(__lossless::required(#slot, #key)?),
        };
        quote!(#ident: #value)
    });
    let declared_arm = if declared.is_empty() {
        quote!(__lossless::Key::Declared(_) => {})
    } else {
        quote!(#(__lossless::Key::Declared(#patterns) => #decodes,)*)
    };
    let lifetime = syn::Lifetime::new("'de", Span::call_site());
    quote! {
        const _: () = {
            use #runtime::lossless as __lossless;
            use #runtime::serde as __serde;

            #[automatically_derived]
            impl<#lifetime> __serde::Deserialize<#lifetime> for #name {
                fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: __serde::Deserializer<#lifetime>,
                {
                    struct __Visitor;

                    impl<#lifetime> __serde::de::Visitor<#lifetime> for __Visitor {
                        type Value = #name;

                        fn expecting(&self, __formatter: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                            __formatter.write_str(#expecting)
                        }

                        fn visit_map<__A>(self, mut __map: __A) -> ::core::result::Result<#name, __A::Error>
                        where
                            __A: __serde::de::MapAccess<#lifetime>,
                        {
                            #(let mut #slots: ::core::option::Option<#types> = ::core::option::Option::None;)*
                            fn __declared(__key: &str) -> ::core::option::Option<u16> {
                                match __key {
                                    #(#keys => ::core::option::Option::Some(#indices),)*
                                    _ => ::core::option::Option::None,
                                }
                            }
                            let mut __undeclared = __lossless::Undeclared::default();
                            let __tolerant = __lossless::tolerant();
                            while let ::core::option::Option::Some(__key) =
                                __map.next_key_seed(__undeclared.key_seed(__declared))?
                            {
                                match __key {
                                    #declared_arm
                                    __lossless::Key::Undeclared => {
                                        __map.next_value_seed(__undeclared.value())?
                                    }
                                }
                            }
                            ::core::result::Result::Ok(#name {
                                #(#fields,)*
                                #extra: __undeclared.finish(),
                            })
                        }
                    }

                    __deserializer.deserialize_map(__Visitor)
                }
            }
        };
    }
}

/// Whether a type is `Option<..>`, by its last path segment (as serde's
/// derive decides that a missing key is `None`).
fn is_option(ty: &Type) -> bool {
    match ty {
        Type::Path(path) if path.qself.is_none() => path
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "Option"),
        _ => false,
    }
}
