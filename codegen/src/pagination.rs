//! `stream()` for the paginated list operations.
//!
//! # Which operations are paginated
//!
//! Read from the spec, no annotation needed. An operation is paginated when
//!
//! 1. it is a `GET` with the query parameters `page` and `pageSize`, and
//! 2. its success response (`200`, else the first `2XX`, as JSON) is a
//!    **list envelope**, or has exactly one property that is one. A list
//!    envelope is an object with an array `data` and at least one of the
//!    counters `total`, `page`, `pageSize` and `lastPage`: the docs'
//!    `{total, page, pageSize, lastPage, data}`, and CX logs'
//!    `{requestId, cxLogs: {data, total, ...}}`.
//!
//! `$ref`s, `allOf` (properties merged) and nullable references
//! (`oneOf: [{$ref}, {enum: [null]}]`) are seen through. An operation whose
//! response is not a list envelope, or that lacks either parameter (so a
//! page could not be asked for), gets no `stream()`.
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
use serde_json::{Map, Value};
use syn::{FieldsNamed, GenericArgument, ImplItem, ItemImpl, PathArguments, ReturnType, Type};

use crate::{Error, Spec};

/// The counters of a list envelope, by JSON key, with the name the walker's
/// `Page` gives each.
const COUNTERS: [(&str, &str); 4] = [
    ("page", "page"),
    ("pageSize", "page_size"),
    ("total", "total"),
    ("lastPage", "last_page"),
];

/// The query parameters that select a page.
const PAGE_PARAMETERS: [&str; 2] = ["page", "pageSize"];

/// A paginated operation, as the spec shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Paginated {
    /// Its `operationId`.
    pub operation_id: String,
    /// The response property that holds the envelope (`cxLogs`), or `None`
    /// when the response is the envelope.
    pub nested_under: Option<String>,
}

/// The paginated operations of `spec`, in the spec's order.
pub(crate) fn paginated_operations(spec: &Spec) -> Vec<Paginated> {
    let raw = &spec.raw;
    let Some(paths) = raw.get("paths").and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for item in paths.values() {
        let Some(operation) = item.get("get") else {
            continue;
        };
        let Some(id) = operation.get("operationId").and_then(Value::as_str) else {
            continue;
        };
        if !has_page_parameters(raw, item, operation) {
            continue;
        }
        let Some(schema) = success_schema(raw, operation) else {
            continue;
        };
        if let Some(nested_under) = envelope_location(raw, schema) {
            found.push(Paginated {
                operation_id: id.to_owned(),
                nested_under,
            });
        }
    }
    found
}

/// Whether the operation (or its path item) declares `page` and `pageSize`
/// as query parameters.
fn has_page_parameters(raw: &Value, item: &Value, operation: &Value) -> bool {
    let query_names: Vec<&str> = [item, operation]
        .into_iter()
        .filter_map(|node| node.get("parameters").and_then(Value::as_array))
        .flatten()
        .filter_map(|parameter| resolve(raw, parameter))
        .filter(|parameter| parameter.get("in").and_then(Value::as_str) == Some("query"))
        .filter_map(|parameter| parameter.get("name").and_then(Value::as_str))
        .collect();
    PAGE_PARAMETERS
        .iter()
        .all(|name| query_names.contains(name))
}

/// The JSON schema of the `200` response, else of the first `2XX` one.
fn success_schema<'a>(raw: &'a Value, operation: &'a Value) -> Option<&'a Value> {
    let responses = operation.get("responses")?.as_object()?;
    let mut statuses: Vec<&String> = responses
        .keys()
        .filter(|status| status.starts_with('2'))
        .collect();
    statuses.sort_by_key(|status| (status.as_str() != "200", status.as_str()));
    let response = resolve(raw, responses.get(statuses.first()?.as_str())?)?;
    let content = response.get("content")?.as_object()?;
    let media = content.get("application/json").or_else(|| {
        content
            .iter()
            .find(|(k, _)| k.ends_with("json"))
            .map(|(_, v)| v)
    })?;
    resolve(raw, media.get("schema")?)
}

/// Where the list envelope is: `Some(None)` for the schema itself,
/// `Some(Some(key))` for its one property `key` that is an envelope, `None`
/// when there is none (or more than one).
fn envelope_location(raw: &Value, schema: &Value) -> Option<Option<String>> {
    let properties = properties(raw, schema);
    if is_envelope(raw, &properties) {
        return Some(None);
    }
    let mut nested = properties.iter().filter(|(_, property)| {
        resolve(raw, property).is_some_and(|p| is_envelope(raw, &self::properties(raw, p)))
    });
    match (nested.next(), nested.next()) {
        (Some((key, _)), None) => Some(Some(key.clone())),
        _ => None,
    }
}

fn is_envelope(raw: &Value, properties: &Map<String, Value>) -> bool {
    let data_is_array = properties
        .get("data")
        .and_then(|data| resolve(raw, data))
        .is_some_and(|data| {
            data.get("type").and_then(Value::as_str) == Some("array") || data.get("items").is_some()
        });
    data_is_array
        && COUNTERS
            .iter()
            .any(|(key, _)| properties.contains_key(*key))
}

/// The properties of an object schema, `allOf` members merged.
fn properties(raw: &Value, schema: &Value) -> Map<String, Value> {
    let mut merged = Map::new();
    let Some(schema) = resolve(raw, schema) else {
        return merged;
    };
    for member in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        merged.extend(properties(raw, member));
    }
    if let Some(own) = schema.get("properties").and_then(Value::as_object) {
        merged.extend(own.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    merged
}

/// Follows local `$ref`s, and a nullable reference's `oneOf`/`anyOf` to its
/// one non-null alternative.
fn resolve<'a>(raw: &'a Value, node: &'a Value) -> Option<&'a Value> {
    let mut node = node;
    // A reference cycle cannot hold a list envelope; stop rather than spin.
    for _ in 0..32 {
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            node = raw.pointer(reference.strip_prefix('#')?)?;
            continue;
        }
        let alternatives = node
            .get("oneOf")
            .or_else(|| node.get("anyOf"))
            .and_then(Value::as_array);
        if let Some(alternatives) = alternatives {
            let mut non_null = alternatives.iter().filter(|a| !is_null_schema(a));
            if let (Some(only), None) = (non_null.next(), non_null.next()) {
                node = only;
                continue;
            }
        }
        return Some(node);
    }
    None
}

fn is_null_schema(schema: &Value) -> bool {
    schema.get("enum").and_then(Value::as_array) == Some(&vec![Value::Null])
        || schema.get("type").and_then(Value::as_str) == Some("null")
}

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
        .map(|operation| crate::surface::pascal_case(&operation.operation_id))
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
                let key = crate::surface::serde_rename(&field.attrs)
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

/// The `impl` block with `stream()` for one operation's builder.
fn stream_method(
    operation: &Paginated,
    structs: &Structs,
    impls: &[(String, ItemImpl)],
) -> Result<TokenStream, String> {
    let builder_name = crate::surface::pascal_case(&operation.operation_id);
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
        let name = snake_case(parameter);
        methods
            .iter()
            .find(|m| m.sig.ident == name)
            .map(|m| m.sig.ident.clone())
            .ok_or_else(|| format!("builder `{builder_name}` has no setter `{name}`"))
    };
    let page = setter("page")?;
    let page_size = setter("pageSize")?;
    let send = methods
        .iter()
        .find(|m| m.sig.ident == "send")
        .ok_or_else(|| format!("builder `{builder_name}` has no `send`"))?;
    let response = response_type_name(&send.sig.output)
        .ok_or_else(|| format!("cannot read the response type of `{builder_name}::send`"))?;

    let mut envelope_name = response;
    let mut reach = quote! { let envelope = response; };
    if let Some(key) = &operation.nested_under {
        let fields = structs.fields(&envelope_name)?;
        let (_, ident, ty) = fields
            .iter()
            .find(|(k, _, _)| k == key)
            .ok_or_else(|| format!("`types::{envelope_name}` has no field for `{key}`"))?;
        let (inner, optional) = unwrap_option(ty);
        envelope_name = last_ident(inner)
            .ok_or_else(|| format!("`types::{envelope_name}.{ident}` is not a named type"))?;
        reach = if optional {
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
    }
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

/// The first type argument of a path type (`T` of `Foo<T, ..>`).
fn first_generic(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let PathArguments::AngleBracketed(args) = &path.path.segments.last()?.arguments else {
        return None;
    };
    args.args.iter().find_map(|arg| match arg {
        GenericArgument::Type(ty) => Some(ty),
        _ => None,
    })
}

fn last_ident(ty: &Type) -> Option<String> {
    let Type::Path(path) = ty else { return None };
    Some(path.path.segments.last()?.ident.to_string())
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

/// `pageSize` -> `page_size`, as progenitor names parameters.
fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else if c == '-' {
            out.push('_');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A spec with the given operations (YAML under `paths:`) and schemas
    /// (under `components.schemas:`).
    fn spec(paths: &str, schemas: &str) -> Spec {
        let indent = |text: &str, by: usize| {
            text.lines()
                .map(|line| format!("{}{line}\n", " ".repeat(by)))
                .collect::<String>()
        };
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: T, version: \"1\"}}\npaths:\n{}components:\n  parameters:\n    Page: {{name: page, in: query, schema: {{type: integer}}}}\n    PageSize: {{name: pageSize, in: query, schema: {{type: integer}}}}\n  schemas:\n{}    Thing:\n      type: object\n      required: [id]\n      properties:\n        id: {{type: string}}\n",
            indent(paths, 2),
            indent(schemas, 4)
        );
        crate::load_str("fixture.yaml", &text).unwrap_or_else(|e| panic!("{e}\n{text}"))
    }

    /// A `GET` at `route` with the given parameters answering `schema`.
    fn list(route: &str, id: &str, parameters: &str, schema: &str) -> String {
        format!(
            "{route}:\n  get:\n    operationId: {id}\n    parameters: [{parameters}]\n    responses:\n      \"200\":\n        description: ok\n        content:\n          application/json:\n            schema: {schema}\n"
        )
    }

    const ENVELOPE: &str = "ThingPage:\n  type: object\n  properties:\n    total: {type: integer}\n    page: {type: integer}\n    pageSize: {type: integer}\n    lastPage: {type: integer}\n    data: {type: array, items: {$ref: \"#/components/schemas/Thing\"}}\n";

    fn paged() -> String {
        "{$ref: \"#/components/parameters/Page\"}, {$ref: \"#/components/parameters/PageSize\"}"
            .to_owned()
    }

    fn ids(spec: &Spec) -> Vec<(String, Option<String>)> {
        paginated_operations(spec)
            .into_iter()
            .map(|p| (p.operation_id, p.nested_under))
            .collect()
    }

    #[test]
    fn a_flat_envelope_with_page_parameters_is_paginated() {
        let spec = spec(
            &list(
                "/things",
                "list_things",
                &paged(),
                "{$ref: \"#/components/schemas/ThingPage\"}",
            ),
            ENVELOPE,
        );
        assert_eq!(ids(&spec), [("list_things".to_owned(), None)]);
    }

    #[test]
    fn an_envelope_nested_under_one_property_is_found() {
        let schemas = format!(
            "{ENVELOPE}ThingResponse:\n  type: object\n  properties:\n    requestId: {{type: string}}\n    things:\n      oneOf: [{{$ref: \"#/components/schemas/ThingPage\"}}, {{enum: [null]}}]\n"
        );
        let spec = spec(
            &list(
                "/things",
                "list_things",
                &paged(),
                "{$ref: \"#/components/schemas/ThingResponse\"}",
            ),
            &schemas,
        );
        assert_eq!(
            ids(&spec),
            [("list_things".to_owned(), Some("things".to_owned()))]
        );
    }

    #[test]
    fn all_of_envelopes_and_path_level_parameters_count() {
        let schemas = "Counters:\n  type: object\n  properties:\n    total: {type: integer}\nThingPage:\n  allOf:\n    - $ref: \"#/components/schemas/Counters\"\n    - type: object\n      properties:\n        data: {type: array, items: {$ref: \"#/components/schemas/Thing\"}}\n";
        let paths = format!(
            "/things:\n  parameters: [{}]\n  get:\n    operationId: list_things\n    responses:\n      \"200\":\n        description: ok\n        content:\n          application/json:\n            schema: {{$ref: \"#/components/schemas/ThingPage\"}}\n",
            paged()
        );
        assert_eq!(
            ids(&spec(&paths, schemas)),
            [("list_things".to_owned(), None)]
        );
    }

    #[test]
    fn operations_that_cannot_page_or_do_not_answer_a_list_envelope_are_not_paginated() {
        let schemas = format!(
            "{ENVELOPE}DataOnly:\n  type: object\n  properties:\n    data: {{type: array, items: {{$ref: \"#/components/schemas/Thing\"}}}}\nTwoPages:\n  type: object\n  properties:\n    a: {{$ref: \"#/components/schemas/ThingPage\"}}\n    b: {{$ref: \"#/components/schemas/ThingPage\"}}\n"
        );
        let page_only = "{$ref: \"#/components/parameters/Page\"}";
        let paths = [
            list(
                "/a",
                "no_page_size",
                page_only,
                "{$ref: \"#/components/schemas/ThingPage\"}",
            ),
            list(
                "/b",
                "no_counters",
                &paged(),
                "{$ref: \"#/components/schemas/DataOnly\"}",
            ),
            list(
                "/c",
                "one_thing",
                &paged(),
                "{$ref: \"#/components/schemas/Thing\"}",
            ),
            list(
                "/d",
                "two_envelopes",
                &paged(),
                "{$ref: \"#/components/schemas/TwoPages\"}",
            ),
        ]
        .concat();
        assert!(ids(&spec(&paths, &schemas)).is_empty());
    }

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

    #[test]
    fn parameter_names_become_progenitors_setter_names() {
        assert_eq!(snake_case("pageSize"), "page_size");
        assert_eq!(snake_case("page"), "page");
    }
}
