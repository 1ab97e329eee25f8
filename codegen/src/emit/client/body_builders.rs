//! typify's type builders (`types::builder::X`), kept only for the types
//! an operation builder holds a body of.
//!
//! typify writes a builder for every struct of `types`: the struct in
//! `types::builder`, its `Default`, its setters, `TryFrom<builder::X> for
//! X`, `From<X> for builder::X`, and `X::builder()` in `types`. They were
//! an eighth of klink-api's LLVM IR (the `TryFrom` of one response type
//! alone over 6,000 lines), compiled in every user's build of klink-api
//! and never called for the types users only decode.
//!
//! An operation builder keeps its body as `Result<types::builder::X,
//! String>` (`body_map` hands the closure that builder), so those builders
//! are the API users call and stay. Which ones they are is read off the
//! client itself ([`BodyBuilders::named_in`]): every path
//! `types::builder::X` in progenitor's tokens (inside `types` the builders
//! are named relatively, so only their users outside count). A new request
//! body keeps its builder with no list to update. A kept builder's setters
//! take the final types (`Result<super::Y, String>`), never another
//! builder, so nothing else is needed: a type met only inside a body (a
//! `CreateCommentRequest`'s `Mention`s) loses its builder too, and is
//! built as a struct literal or from JSON like a response's types.
//!
//! The `types` structs themselves are never dropped: [`super::streams`] and
//! [`super::lossless`] read them.

use std::collections::HashSet;

use proc_macro2::{TokenStream, TokenTree};
use syn::{ImplItem, Item, Type};

/// The pass over a client streaming by: drops the builder items of every
/// type whose builder no operation names.
#[derive(Debug, Default)]
pub(crate) struct BodyBuilders {
    /// The types whose builders the operation builders name.
    kept: HashSet<String>,
}

impl BodyBuilders {
    /// The builders named in `tokens` (progenitor's whole client), read at
    /// the token level before the client is parsed item by item: the
    /// operation builders come after `types::builder`.
    pub(crate) fn named_in(tokens: &TokenStream) -> Self {
        let mut kept = HashSet::new();
        scan(tokens.clone(), &mut kept);
        BodyBuilders { kept }
    }

    /// Whether `item`, of the module at `at`, stays. In `types`, an
    /// inherent `impl` loses a dropped type's `builder()` (and goes when
    /// nothing else is in it); in `types::builder`, every item about a
    /// dropped type goes.
    pub(crate) fn keep(&self, at: &str, item: &mut Item) -> bool {
        match (at, item) {
            ("types", Item::Impl(block)) if block.trait_.is_none() => {
                let Some(name) = subject(&block.self_ty) else {
                    return true;
                };
                if self.kept.contains(&name) {
                    return true;
                }
                let before = block.items.len();
                block.items.retain(
                    |member| !matches!(member, ImplItem::Fn(f) if f.sig.ident == "builder"),
                );
                before == block.items.len() || !block.items.is_empty()
            }
            ("types::builder", item) => {
                builder_of(item).is_none_or(|name| self.kept.contains(&name))
            }
            _ => true,
        }
    }
}

/// The type an item of `types::builder` belongs to: a struct's name, or an
/// `impl`'s self type (`X` for the builder's own impls, `super::X` for
/// `TryFrom<X> for super::X`).
fn builder_of(item: &Item) -> Option<String> {
    match item {
        Item::Struct(builder) => Some(builder.ident.to_string()),
        Item::Impl(block) => subject(&block.self_ty),
        _ => None,
    }
}

/// The last name of a path type without generics (`X`, `super::X`).
fn subject(ty: &Type) -> Option<String> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    last.arguments.is_none().then(|| last.ident.to_string())
}

/// Every `X` of `types :: builder :: X` in `tokens`, groups included.
fn scan(tokens: TokenStream, kept: &mut HashSet<String>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        if let TokenTree::Group(group) = tree {
            scan(group.stream(), kept);
            continue;
        }
        if let Some(name) = builder_path_at(&trees[i..]) {
            kept.insert(name);
        }
    }
}

/// The `X` if `trees` starts with `types :: builder :: X`.
fn builder_path_at(trees: &[TokenTree]) -> Option<String> {
    let [
        TokenTree::Ident(types),
        TokenTree::Punct(c1),
        TokenTree::Punct(c2),
        TokenTree::Ident(builder),
        TokenTree::Punct(c3),
        TokenTree::Punct(c4),
        TokenTree::Ident(name),
        ..,
    ] = trees
    else {
        return None;
    };
    let colons = [c1, c2, c3, c4].iter().all(|c| c.as_char() == ':');
    (types == "types" && builder == "builder" && colons).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;
    use syn::Item;

    use crate::progenitor::settings;
    use crate::syntax::find_module;

    /// Things are created from a `NewThing` (holding an `Inner`) and read
    /// back as `Thing`s; a `Shared` is both sent and returned.
    const SPEC: &str = r##"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /things:
    post:
      operationId: create_thing
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/NewThing"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
  /shared:
    put:
      operationId: put_shared
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Shared"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Shared"}
components:
  schemas:
    NewThing:
      type: object
      required: [name]
      properties:
        name: {type: string}
        inner: {$ref: "#/components/schemas/Inner"}
    Inner:
      type: object
      properties:
        size: {type: integer}
    Thing:
      type: object
      properties:
        id: {type: string}
        name: {type: string}
    Shared:
      type: object
      properties:
        note: {type: string}
"##;

    /// The types with a builder struct in `types::builder`, and those with
    /// a `builder()` in `types`.
    fn builders(file: &syn::File) -> (Vec<String>, Vec<String>) {
        let types = find_module(&file.items, "types").expect("a types module");
        let structs = find_module(types, "builder")
            .expect("a types::builder module")
            .iter()
            .filter_map(|item| match item {
                Item::Struct(builder) => Some(builder.ident.to_string()),
                _ => None,
            })
            .collect();
        let constructors = types
            .iter()
            .filter_map(|item| match item {
                Item::Impl(block)
                    if block.trait_.is_none()
                        && block.items.iter().any(
                            |member| matches!(member, syn::ImplItem::Fn(f) if f.sig.ident == "builder"),
                        ) =>
                {
                    Some(block.self_ty.to_token_stream().to_string())
                }
                _ => None,
            })
            .collect();
        (structs, constructors)
    }

    #[test]
    fn only_request_bodies_keep_their_builders() {
        let spec = crate::load_str("spec.yaml", SPEC).unwrap();
        // progenitor writes a builder for every struct ...
        let progenitor: syn::File =
            syn::parse2(super::super::progenitor_client_with(&spec, &settings()).unwrap()).unwrap();
        let every = ["Inner", "NewThing", "Shared", "Thing"].map(String::from);
        assert_eq!(builders(&progenitor), (every.to_vec(), every.to_vec()));
        // ... and the client keeps the bodies' only: not the response-only
        // `Thing`, nor `Inner`, which a `NewThing` holds as a final type.
        let client = super::super::client_with(&spec, &settings()).unwrap();
        let bodies = ["NewThing", "Shared"].map(String::from);
        assert_eq!(builders(&client), (bodies.to_vec(), bodies.to_vec()));
        let printed = client.to_token_stream().to_string();
        for gone in [
            "builder :: Inner",
            "builder :: Thing",
            "< Thing > for",
            "< Inner > for",
        ] {
            assert!(!printed.contains(gone), "{gone} in {printed}");
        }
        // The types themselves all stay.
        for name in ["Inner", "NewThing", "Shared", "Thing"] {
            assert!(
                printed.contains(&format!("pub struct {name} {{ # [serde")),
                "{name}"
            );
        }
    }
}
