//! `stream()` for the paginated list operations (which ones they are is
//! [`crate::model::paginated`]).
//!
//! # What is emitted
//!
//! For each paginated operation, an inherent `impl` of its builder with one
//! method, `stream()`, appended to progenitor's `pub mod builder` (the
//! builder's fields are private to that module). It reads the builder's
//! `page` and `pageSize`, and hands the hand-written walker
//! (`klink_api::pagination`) a closure that sets both on a clone of the
//! builder, calls `send()` and takes the items and counters out of the
//! envelope. The walking logic is in that one hand-written module; the
//! emitted code only knows where the envelope keeps its fields, which it
//! reads off the generated types, so it uses the Rust names and types
//! progenitor chose.

use std::collections::HashSet;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::{GenericArgument, ImplItem, ItemImpl, PathArguments, ReturnType, Type};

use crate::error::Error;
use crate::model::naming::{builder_name, setter_name};
use crate::model::paginated::{COUNTERS, Paginated, paginated_operations};
use crate::spec::Spec;
use crate::syntax::{first_generic, last_ident, serde_rename};

/// Adds a `stream()` for every paginated operation to the `builder` module
/// of progenitor's client, as the client streams by: [`Streams::record`]
/// keeps what `stream()` reads (the structs of `types`, the paginated
/// builders' `impl`s), and the impls come when `builder` closes.
pub(crate) struct Streams {
    operations: Vec<Paginated>,
    /// The builders of `operations`, by name.
    builder_names: HashSet<String>,
    /// Copies of the structs of `types`.
    types: Vec<syn::Item>,
    /// Copies of the paginated builders' inherent `impl`s.
    builder: Vec<syn::Item>,
    /// Whether `types` was seen, and `builder`.
    types_closed: bool,
    builder_closed: bool,
}

impl Streams {
    /// What the client generated from `spec` needs.
    pub(crate) fn new(spec: &Spec) -> Self {
        let operations = paginated_operations(spec);
        let builder_names = operations
            .iter()
            .map(|operation| builder_name(&operation.operation_id))
            .collect();
        Streams {
            operations,
            builder_names,
            types: Vec::new(),
            builder: Vec::new(),
            types_closed: false,
            builder_closed: false,
        }
    }

    /// Keeps a copy of `item`, of the module at `at`, if `stream()` reads it.
    pub(crate) fn record(&mut self, at: &str, item: &syn::Item) {
        if self.operations.is_empty() {
            return;
        }
        match (at, item) {
            ("types", syn::Item::Struct(_)) => self.types.push(item.clone()),
            ("builder", syn::Item::Impl(block)) if self.is_paginated_builder(block) => {
                self.builder.push(item.clone());
            }
            _ => {}
        }
    }

    /// Whether `block` is an inherent `impl` of a paginated operation's
    /// builder.
    fn is_paginated_builder(&self, block: &ItemImpl) -> bool {
        block.trait_.is_none()
            && matches!(&*block.self_ty, Type::Path(path)
                if path.path.segments.last().is_some_and(|last| self.builder_names.contains(&last.ident.to_string())))
    }

    /// The `stream()` impls to append when the module at `at` closes: every
    /// one when it is `builder`, none otherwise.
    pub(crate) fn close(&mut self, spec: &Spec, at: &str) -> Result<Vec<syn::Item>, Error> {
        match at {
            "types" => self.types_closed = true,
            "builder" => self.builder_closed = true,
            _ => {}
        }
        if at != "builder" || self.operations.is_empty() {
            return Ok(Vec::new());
        }
        if !self.types_closed {
            let message = "no `types` module before `builder` in the generated code";
            return Err(Error::generator(&spec.path, None, message.into()));
        }
        let mut added = Vec::new();
        for operation in &self.operations {
            let id = operation.operation_id.as_str();
            let stream =
                stream_method(operation, &self.types, &self.builder).map_err(|message| {
                    let message = format!("cannot add stream(): {message}");
                    Error::generator(&spec.path, Some(id), message)
                })?;
            added.push(syn::Item::Impl(
                syn::parse2(stream).map_err(|e| Error::format(&spec.path, &e))?,
            ));
        }
        self.types = Vec::new();
        self.builder = Vec::new();
        Ok(added)
    }

    /// Fails when there were paginated operations but no `builder` module.
    pub(crate) fn end(&self, spec: &Spec) -> Result<(), Error> {
        if self.operations.is_empty() || self.builder_closed {
            return Ok(());
        }
        let message = "no `builder` module in the generated code";
        Err(Error::generator(&spec.path, None, message.into()))
    }
}

/// The fields of the named-field struct `name` at the top of the `types`
/// module (its items): `(JSON key, Rust name, type)`.
fn struct_fields(types: &[syn::Item], name: &str) -> Result<Vec<(String, Ident, Type)>, String> {
    let fields = types
        .iter()
        .find_map(|item| match item {
            syn::Item::Struct(item) if item.ident == name => match &item.fields {
                syn::Fields::Named(fields) => Some(fields),
                _ => None,
            },
            _ => None,
        })
        .ok_or_else(|| format!("no struct `types::{name}` in the generated code"))?;
    Ok(fields
        .named
        .iter()
        .filter_map(|field| {
            let ident = field.ident.clone()?;
            let key = serde_rename(&field.attrs)
                .unwrap_or_else(|| ident.to_string().trim_start_matches("r#").to_owned());
            Some((key, ident, field.ty.clone()))
        })
        .collect())
}

/// The inherent `impl` blocks of the `builder` module for the builder
/// named `name`.
fn builder_impls<'a>(builder: &'a [syn::Item], name: &str) -> impl Iterator<Item = &'a ItemImpl> {
    builder.iter().filter_map(move |item| match item {
        syn::Item::Impl(block)
            if block.trait_.is_none()
                && matches!(&*block.self_ty, Type::Path(path)
                    if path.path.segments.last().is_some_and(|last| last.ident == name)) =>
        {
            Some(block)
        }
        _ => None,
    })
}

/// The builder's page setters and the name of the type `send()` returns.
struct BuilderParts {
    page: Ident,
    page_size: Ident,
    response: String,
}

/// Reads [`BuilderParts`] off the builder's inherent `impl` blocks.
fn builder_parts(builder_name: &str, builder: &[syn::Item]) -> Result<BuilderParts, String> {
    let methods: Vec<&syn::ImplItemFn> = builder_impls(builder, builder_name)
        .flat_map(|block| &block.items)
        .filter_map(|item| match item {
            ImplItem::Fn(method) => Some(method),
            _ => None,
        })
        .collect();
    let setter = |parameter: &str| {
        let name = setter_name(parameter);
        methods
            .iter()
            .find(|m| m.sig.ident == name)
            .map(|m| m.sig.ident.clone())
            .ok_or_else(|| format!("builder `{builder_name}` has no setter `{name}`"))
    };
    let send = methods
        .iter()
        .find(|m| m.sig.ident == "send")
        .ok_or_else(|| format!("builder `{builder_name}` has no `send`"))?;
    Ok(BuilderParts {
        page: setter("page")?,
        page_size: setter("pageSize")?,
        response: response_type_name(&send.sig.output)
            .ok_or_else(|| format!("cannot read the response type of `{builder_name}::send`"))?,
    })
}

/// The name of the envelope's type and the statement that binds it as
/// `envelope` from `response`: the response itself, or its property
/// `nested_under` (an empty page when that optional property is absent).
fn reach_envelope(
    operation: &Paginated,
    types: &[syn::Item],
    response: String,
) -> Result<(String, TokenStream), String> {
    let Some(key) = &operation.nested_under else {
        return Ok((response, quote! { let envelope = response; }));
    };
    let fields = struct_fields(types, &response)?;
    let (_, ident, ty) = fields
        .iter()
        .find(|(k, _, _)| k == key)
        .ok_or_else(|| format!("`types::{response}` has no field for `{key}`"))?;
    let (inner, optional) = unwrap_option(ty);
    let envelope_name = last_ident(inner)
        .ok_or_else(|| format!("`types::{response}.{ident}` is not a named type"))?;
    let reach = if optional {
        quote! {
            let ::std::option::Option::Some(envelope) = response.#ident else {
                return ::std::result::Result::Ok(crate::pagination::Page {
                    items: ::std::vec::Vec::new(),
                    page: None,
                    page_size: None,
                    total: None,
                    last_page: None,
                });
            };
        }
    } else {
        quote! { let envelope = response.#ident; }
    };
    Ok((envelope_name, reach))
}

/// The `impl` block with `stream()` for one operation's builder.
fn stream_method(
    operation: &Paginated,
    types: &[syn::Item],
    builder: &[syn::Item],
) -> Result<TokenStream, String> {
    let builder_name = builder_name(&operation.operation_id);
    let BuilderParts {
        page,
        page_size,
        response,
    } = builder_parts(&builder_name, builder)?;
    let (envelope_name, reach) = reach_envelope(operation, types, response)?;
    let fields = struct_fields(types, &envelope_name)?;
    let (_, data, data_type) = fields
        .iter()
        .find(|(key, _, _)| key == "data")
        .ok_or_else(|| format!("`types::{envelope_name}` has no `data` field"))?;
    let (list, optional_list) = unwrap_option(data_type);
    let item =
        vec_item(list).ok_or_else(|| format!("`types::{envelope_name}.data` is not a `Vec`"))?;
    let item = in_types_module(item);
    let items = if optional_list {
        quote! { envelope.#data.unwrap_or_default() }
    } else {
        quote! { envelope.#data }
    };
    let counters = COUNTERS.iter().map(|(key, name)| {
        let name = format_ident!("{name}");
        match fields.iter().find(|(k, _, _)| k == key) {
            Some((_, field, _)) => {
                quote! { #name: crate::pagination::Counter::count(envelope.#field), }
            }
            None => quote! { #name: None, },
        }
    });
    let builder = Ident::new(&builder_name, Span::call_site());
    let doc = stream_doc(operation);
    Ok(quote! {
        impl<'a> #builder<'a> {
            #[doc = #doc]
            pub fn stream(self) -> crate::pagination::ItemStream<'a, #item> {
                let start = crate::pagination::start(&self.#page, &self.#page_size);
                crate::pagination::ItemStream::new(start, move |page, page_size| {
                    let call = self.clone().#page(page).#page_size(page_size);
                    ::std::boxed::Box::pin(async move {
                        let response = call.send().await?.into_inner();
                        #reach
                        ::std::result::Result::Ok(crate::pagination::Page {
                            items: #items,
                            #(#counters)*
                        })
                    })
                })
            }
        }
    })
}

/// The rustdoc of one `stream()`: what it does and the stop rule.
fn stream_doc(operation: &Paginated) -> String {
    let source = match &operation.nested_under {
        Some(key) => format!("`{key}.data`, the counters beside it"),
        None => "`data`".to_owned(),
    };
    format!(
        "Every item of every page, fetched as the stream is polled, one page in
memory at a time; `send()` fetches one page. Items come from {source}.

Starts at `page` (1 if unset) and asks for `pageSize` items per page (100
if unset; a larger size is sent unchanged, the server decides). Stops after
an empty page or a short one; otherwise goes on while `page < lastPage` or
`page * pageSize < total`. The same first item on two pages in a row ends
the stream with [`Error::RepeatedPage`](crate::Error::RepeatedPage). A page
that still fails after the retry policy yields one error, and the stream
ends. See [`pagination`](crate::pagination)."
    )
}

/// `Result<ResponseValue<types::X>, _>` -> `X`.
fn response_type_name(output: &ReturnType) -> Option<String> {
    let ReturnType::Type(_, ty) = output else {
        return None;
    };
    let result = first_generic(ty)?;
    last_ident(first_generic(result)?)
}

/// `Option<T>` -> `(T, true)`; any other `T` -> `(T, false)`.
fn unwrap_option(ty: &Type) -> (&Type, bool) {
    match (last_ident(ty).as_deref(), first_generic(ty)) {
        (Some("Option"), Some(inner)) => (inner, true),
        _ => (ty, false),
    }
}

/// `Vec<T>` -> `T`.
fn vec_item(ty: &Type) -> Option<&Type> {
    (last_ident(ty).as_deref() == Some("Vec"))
        .then(|| first_generic(ty))
        .flatten()
}

/// A type written inside the `types` module, written for the `builder`
/// module: relative paths (the generated types) get `types::` in front.
fn in_types_module(ty: &Type) -> Type {
    let mut ty = ty.clone();
    prefix_relative_paths(&mut ty);
    ty
}

fn prefix_relative_paths(ty: &mut Type) {
    let Type::Path(path) = ty else { return };
    for segment in &mut path.path.segments {
        if let PathArguments::AngleBracketed(args) = &mut segment.arguments {
            for arg in &mut args.args {
                if let GenericArgument::Type(inner) = arg {
                    prefix_relative_paths(inner);
                }
            }
        }
    }
    let relative = path.qself.is_none()
        && path.path.leading_colon.is_none()
        && path.path.segments.first().is_some_and(|first| {
            !matches!(
                first.ident.to_string().as_str(),
                "crate" | "self" | "super" | "types"
            )
        })
        && !is_prelude_type(&path.path);
    if relative {
        path.path
            .segments
            .insert(0, syn::PathSegment::from(format_ident!("types")));
    }
}

/// Primitive and prelude names that are not generated types.
fn is_prelude_type(path: &syn::Path) -> bool {
    path.segments.len() == 1
        && matches!(
            path.segments[0].ident.to_string().as_str(),
            "bool"
                | "char"
                | "str"
                | "String"
                | "Vec"
                | "Option"
                | "Box"
                | "i8"
                | "i16"
                | "i32"
                | "i64"
                | "i128"
                | "isize"
                | "u8"
                | "u16"
                | "u32"
                | "u64"
                | "u128"
                | "usize"
                | "f32"
                | "f64"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    // Reads the printed client.
    #[cfg(feature = "files")]
    #[test]
    fn the_builder_of_a_paginated_operation_gets_stream_and_others_do_not() {
        use crate::model::paginated::tests::{ENVELOPE, list, paged, spec};

        let schemas = format!(
            "{ENVELOPE}ThingResponse:\n  type: object\n  required: [things]\n  properties:\n    requestId: {{type: string}}\n    things: {{$ref: \"#/components/schemas/ThingPage\"}}\n"
        );
        let paths = [
            list(
                "/things",
                "list_things",
                &paged(),
                "{$ref: \"#/components/schemas/ThingPage\"}",
            ),
            list(
                "/nested",
                "list_nested",
                &paged(),
                "{$ref: \"#/components/schemas/ThingResponse\"}",
            ),
            list(
                "/one",
                "get_thing",
                "",
                "{$ref: \"#/components/schemas/Thing\"}",
            ),
        ]
        .concat();
        let spec = spec(&paths, &schemas);
        let code = crate::generate(&spec)
            .unwrap()
            .into_iter()
            .find(|file| file.path == format!("{}/builder.rs", crate::CLIENT_DIR))
            .unwrap()
            .contents;
        let streams: Vec<&str> = code
            .lines()
            .filter(|line| line.contains("pub fn stream("))
            .collect();
        assert_eq!(streams.len(), 2, "{code}");
        for expected in [
            "impl<'a> ListThings<'a> {",
            "impl<'a> ListNested<'a> {",
            "pub fn stream(self) -> crate::pagination::ItemStream<'a, types::Thing> {",
            "let call = self.clone().page(page).page_size(page_size);",
            "let envelope = response.things;",
            "items: envelope.data,",
            "last_page: crate::pagination::Counter::count(envelope.last_page),",
        ] {
            assert!(code.contains(expected), "{expected:?} not in:\n{code}");
        }
        let get_thing = code.split("impl<'a> GetThing<'a>").nth(1).unwrap();
        let get_thing = get_thing.split("impl<'a>").next().unwrap();
        assert!(!get_thing.contains("fn stream"), "{get_thing}");
    }

    #[test]
    fn types_from_the_types_module_are_named_from_the_builder_module() {
        let written = |ty: Type| {
            let ty = in_types_module(&ty);
            quote!(#ty).to_string().replace(' ', "")
        };
        assert_eq!(written(syn::parse_quote!(Contact)), "types::Contact");
        assert_eq!(
            written(syn::parse_quote!(::std::vec::Vec<Contact>)),
            "::std::vec::Vec<types::Contact>"
        );
        assert_eq!(
            written(syn::parse_quote!(::serde_json::Value)),
            "::serde_json::Value"
        );
        assert_eq!(
            written(syn::parse_quote!(crate::Timestamp)),
            "crate::Timestamp"
        );
        assert_eq!(written(syn::parse_quote!(String)), "String");
    }
}
