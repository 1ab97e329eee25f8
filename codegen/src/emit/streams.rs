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

use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream, TokenTree};
use quote::{format_ident, quote};
use syn::{FieldsNamed, GenericArgument, ImplItem, ItemImpl, PathArguments, ReturnType, Type};

use crate::error::Error;
use crate::model::naming::{builder_name, setter_name};
use crate::model::paginated::{COUNTERS, Paginated, paginated_operations};
use crate::spec::Spec;
use crate::syntax::{first_generic, last_ident, serde_rename};

/// Appends a `stream()` for every paginated operation to the `builder`
/// module of progenitor's `tokens`.
pub(crate) fn add_streams(spec: &Spec, tokens: TokenStream) -> Result<TokenStream, Error> {
    let operations = paginated_operations(spec);
    if operations.is_empty() {
        return Ok(tokens);
    }
    let generator_error = |operation: Option<&str>, message: String| Error::Generator {
        path: spec.path.clone(),
        operation: operation.map(str::to_owned),
        message,
    };
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let types = module_body(&trees, "types")
        .ok_or_else(|| generator_error(None, "no `types` module in the generated code".into()))?;
    let builder_at = module_position(&trees, "builder")
        .ok_or_else(|| generator_error(None, "no `builder` module in the generated code".into()))?;
    let TokenTree::Group(builder) = &trees[builder_at] else {
        unreachable!("module_position returns a group");
    };
    let structs = Structs::new(types.stream());
    let wanted: Vec<String> = operations
        .iter()
        .map(|operation| builder_name(&operation.operation_id))
        .collect();
    let impls = builder_impls(builder.stream(), &wanted);
    let mut added = TokenStream::new();
    for operation in &operations {
        let id = operation.operation_id.as_str();
        let stream = stream_method(operation, &structs, &impls).map_err(|message| {
            generator_error(Some(id), format!("cannot add stream(): {message}"))
        })?;
        added.extend(stream);
    }
    let mut body = builder.stream();
    body.extend(added);
    let mut extended = Group::new(Delimiter::Brace, body);
    extended.set_span(builder.span());
    let mut trees = trees;
    trees[builder_at] = TokenTree::Group(extended);
    Ok(trees.into_iter().collect())
}

/// The position of the body of the top-level inline module `name`
/// (`mod name { .. }`).
fn module_position(trees: &[TokenTree], name: &str) -> Option<usize> {
    trees.windows(3).position(|window| {
        matches!(window, [TokenTree::Ident(keyword), TokenTree::Ident(ident), TokenTree::Group(body)]
            if keyword == "mod" && ident == name && body.delimiter() == Delimiter::Brace)
    })
    .map(|at| at + 2)
}

fn module_body<'a>(trees: &'a [TokenTree], name: &str) -> Option<&'a Group> {
    match &trees[module_position(trees, name)?] {
        TokenTree::Group(group) => Some(group),
        _ => None,
    }
}

/// The named-field structs at the top of the `types` module, by name, kept
/// as tokens and parsed only when asked for.
struct Structs {
    bodies: Vec<(String, Group)>,
}

impl Structs {
    fn new(types: TokenStream) -> Self {
        let trees: Vec<TokenTree> = types.into_iter().collect();
        let bodies = trees
            .windows(3)
            .filter_map(|window| match window {
                [
                    TokenTree::Ident(keyword),
                    TokenTree::Ident(name),
                    TokenTree::Group(body),
                ] if keyword == "struct" && body.delimiter() == Delimiter::Brace => {
                    Some((name.to_string(), body.clone()))
                }
                _ => None,
            })
            .collect();
        Self { bodies }
    }

    /// The fields of struct `name`: `(JSON key, Rust name, type)`.
    fn fields(&self, name: &str) -> Result<Vec<(String, Ident, Type)>, String> {
        let (_, body) = self
            .bodies
            .iter()
            .find(|(n, _)| n == name)
            .ok_or_else(|| format!("no struct `types::{name}` in the generated code"))?;
        let fields: FieldsNamed = syn::parse2(TokenTree::Group(body.clone()).into())
            .map_err(|e| format!("struct `types::{name}`: {e}"))?;
        Ok(fields
            .named
            .into_iter()
            .filter_map(|field| {
                let ident = field.ident?;
                let key = serde_rename(&field.attrs)
                    .unwrap_or_else(|| ident.to_string().trim_start_matches("r#").to_owned());
                Some((key, ident, field.ty))
            })
            .collect())
    }
}

/// The inherent `impl` blocks of the `builder` module for the builders
/// named `wanted`, by self type name. Only those are parsed: the syntax
/// trees of every builder at once would be large (see `format`).
fn builder_impls(builder: TokenStream, wanted: &[String]) -> Vec<(String, ItemImpl)> {
    let mut impls = Vec::new();
    let mut current: Option<Vec<TokenTree>> = None;
    for tree in builder {
        if matches!(&tree, TokenTree::Ident(ident) if ident == "impl") {
            current = Some(Vec::new());
        }
        let Some(tokens) = &mut current else { continue };
        let ends =
            matches!(&tree, TokenTree::Group(group) if group.delimiter() == Delimiter::Brace);
        tokens.push(tree);
        if !ends {
            continue;
        }
        let tokens = current.take().unwrap_or_default();
        let names_wanted = tokens.iter().any(
            |tree| matches!(tree, TokenTree::Ident(ident) if wanted.iter().any(|w| ident == w)),
        );
        if names_wanted
            && let Ok(block) = syn::parse2::<ItemImpl>(tokens.into_iter().collect())
            && block.trait_.is_none()
            && let Type::Path(path) = &*block.self_ty
            && let Some(last) = path.path.segments.last()
        {
            impls.push((last.ident.to_string(), block));
        }
    }
    impls
}

/// The builder's page setters and the name of the type `send()` returns.
struct BuilderParts {
    page: Ident,
    page_size: Ident,
    response: String,
}

/// Reads [`BuilderParts`] off the builder's inherent `impl` blocks.
fn builder_parts(builder_name: &str, impls: &[(String, ItemImpl)]) -> Result<BuilderParts, String> {
    let methods: Vec<&syn::ImplItemFn> = impls
        .iter()
        .filter(|(name, _)| *name == builder_name)
        .flat_map(|(_, block)| &block.items)
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
    structs: &Structs,
    response: String,
) -> Result<(String, TokenStream), String> {
    let Some(key) = &operation.nested_under else {
        return Ok((response, quote! { let envelope = response; }));
    };
    let fields = structs.fields(&response)?;
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
    structs: &Structs,
    impls: &[(String, ItemImpl)],
) -> Result<TokenStream, String> {
    let builder_name = builder_name(&operation.operation_id);
    let BuilderParts {
        page,
        page_size,
        response,
    } = builder_parts(&builder_name, impls)?;
    let (envelope_name, reach) = reach_envelope(operation, structs, response)?;
    let fields = structs.fields(&envelope_name)?;
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
    use crate::model::paginated::tests::{ENVELOPE, list, paged, spec};

    #[test]
    fn the_builder_of_a_paginated_operation_gets_stream_and_others_do_not() {
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
