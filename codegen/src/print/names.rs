//! The names generated code declares, which decide where a prelude name
//! may be written short ([`super::prelude`]): a module's own items and
//! imports hide the prelude's items of the same name in that module.
//!
//! The client streams by one item at a time and is printed as it comes, so
//! the names of each module are read off progenitor's tokens before the
//! first item is printed ([`Declared::of`]), without parsing them; the
//! items the passes add are checked against them as they arrive
//! ([`declared_by`]). Both readings over-approximate: any identifier in a
//! `use`, the name after any item keyword. A glob import or an item-level
//! macro call could declare anything, so it hides every name.

use std::collections::{HashMap, HashSet};

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use syn::visit::{self, Visit};

use crate::items::child_path;

/// The names one module (or one item) declares.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Names {
    names: HashSet<String>,
    /// A glob import or an item-level macro call: any name may be declared.
    opaque: bool,
}

impl Names {
    /// Whether `name` may be declared here.
    pub(crate) fn has(&self, name: &str) -> bool {
        self.opaque || self.names.contains(name)
    }

    /// Whether these names may include one that `other` does not.
    pub(crate) fn beyond<'a>(&'a self, other: &'a Names) -> impl Iterator<Item = &'a str> {
        let opaque = (self.opaque && !other.opaque).then_some("a glob import or a macro call");
        opaque.into_iter().chain(
            self.names
                .iter()
                .map(String::as_str)
                .filter(|name| !other.has(name)),
        )
    }

    fn insert(&mut self, name: impl ToString) {
        self.names.insert(name.to_string());
    }
}

/// The names each module of a file declares, by module path (`""` for the
/// file's root, `types::builder`).
#[derive(Debug, Default)]
pub(crate) struct Declared {
    modules: HashMap<String, Names>,
    /// What a module never seen declares: nothing.
    none: Names,
}

impl Declared {
    /// The names each module of the file in `tokens` declares.
    pub(crate) fn of(tokens: &TokenStream) -> Self {
        let mut declared = Declared::default();
        declared.scan(tokens.clone(), "");
        declared
    }

    /// The names the module at `at` declares.
    pub(crate) fn module(&self, at: &str) -> &Names {
        self.modules.get(at).unwrap_or(&self.none)
    }

    /// Reads the items of the module at `at` at the token level: the name
    /// after an item keyword, every identifier of a `use`, and the modules
    /// inside.
    fn scan(&mut self, tokens: TokenStream, at: &str) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut names = Names::default();
        let mut i = 0;
        while i < trees.len() {
            let TokenTree::Ident(ident) = &trees[i] else {
                i += 1;
                continue;
            };
            let word = ident.to_string();
            let next = trees.get(i + 1);
            // `'static` is a lifetime, not an item.
            let lifetime =
                i > 0 && matches!(&trees[i - 1], TokenTree::Punct(p) if p.as_char() == '\'');
            match (word.as_str(), next) {
                ("use", _) => {
                    i += 1;
                    while i < trees.len()
                        && !matches!(&trees[i], TokenTree::Punct(p) if p.as_char() == ';')
                    {
                        use_tokens(trees[i].clone(), &mut names);
                        i += 1;
                    }
                }
                ("mod", Some(TokenTree::Ident(name))) => {
                    names.insert(name);
                    if let Some(TokenTree::Group(body)) = trees.get(i + 2)
                        && body.delimiter() == Delimiter::Brace
                    {
                        self.scan(body.stream(), &child_path(at, name));
                        i += 2;
                    }
                    i += 1;
                }
                (
                    "struct" | "enum" | "union" | "trait" | "type" | "fn" | "const" | "static"
                    | "as",
                    Some(TokenTree::Ident(name)),
                ) if !lifetime => {
                    names.insert(name);
                    i += 2;
                }
                ("macro_rules", Some(TokenTree::Punct(bang))) if bang.as_char() == '!' => {
                    if let Some(TokenTree::Ident(name)) = trees.get(i + 2) {
                        names.insert(name);
                    }
                    i += 3;
                }
                // `name! { .. }` among the items: it may declare anything.
                (_, Some(TokenTree::Punct(bang)))
                    if bang.as_char() == '!'
                        && matches!(trees.get(i + 2), Some(TokenTree::Group(_))) =>
                {
                    names.opaque = true;
                    i += 1;
                }
                _ => i += 1,
            }
        }
        self.modules.insert(at.to_owned(), names);
    }
}

/// Every identifier of a `use` tree's tokens is taken as a name it may
/// import; a `*` imports any.
fn use_tokens(tree: TokenTree, names: &mut Names) {
    match tree {
        TokenTree::Ident(ident) => names.insert(ident),
        TokenTree::Punct(punct) if punct.as_char() == '*' => names.opaque = true,
        TokenTree::Group(group) => {
            for tree in group.stream() {
                use_tokens(tree, names);
            }
        }
        _ => {}
    }
}

/// The names `item` declares in the module it is in (an item the passes
/// add, checked against what [`Declared::of`] read).
pub(crate) fn declared_by(item: &syn::Item) -> Names {
    let mut names = Names::default();
    match item {
        syn::Item::Const(item) => names.insert(&item.ident),
        syn::Item::Enum(item) => names.insert(&item.ident),
        syn::Item::ExternCrate(item) => match &item.rename {
            Some((_, rename)) => names.insert(rename),
            None => names.insert(&item.ident),
        },
        syn::Item::Fn(item) => names.insert(&item.sig.ident),
        syn::Item::Macro(item) => match &item.ident {
            Some(ident) => names.insert(ident),
            None => names.opaque = true,
        },
        syn::Item::Mod(item) => names.insert(&item.ident),
        syn::Item::Static(item) => names.insert(&item.ident),
        syn::Item::Struct(item) => names.insert(&item.ident),
        syn::Item::Trait(item) => names.insert(&item.ident),
        syn::Item::TraitAlias(item) => names.insert(&item.ident),
        syn::Item::Type(item) => names.insert(&item.ident),
        syn::Item::Union(item) => names.insert(&item.ident),
        syn::Item::Use(item) => {
            use_tokens(
                TokenTree::Group(proc_macro2::Group::new(
                    Delimiter::None,
                    quote::ToTokens::to_token_stream(&item.tree),
                )),
                &mut names,
            );
        }
        _ => {}
    }
    names
}

/// Every name declared anywhere inside `item`, which hides the prelude's
/// in some part of it: generic parameters, bindings (parameters, `let`s,
/// closure arguments, match arms), items and imports in blocks.
pub(crate) fn declared_inside(item: &syn::Item) -> Names {
    let mut inside = Inside::default();
    inside.visit_item(item);
    inside.names
}

#[derive(Default)]
struct Inside {
    names: Names,
}

impl<'ast> Visit<'ast> for Inside {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let names = declared_by(item);
        self.names.opaque |= names.opaque;
        self.names.names.extend(names.names);
        visit::visit_item(self, item);
    }

    fn visit_generic_param(&mut self, param: &'ast syn::GenericParam) {
        match param {
            syn::GenericParam::Type(param) => self.names.insert(&param.ident),
            syn::GenericParam::Const(param) => self.names.insert(&param.ident),
            syn::GenericParam::Lifetime(_) => {}
        }
        visit::visit_generic_param(self, param);
    }

    fn visit_pat_ident(&mut self, binding: &'ast syn::PatIdent) {
        self.names.insert(&binding.ident);
        visit::visit_pat_ident(self, binding);
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    fn names(list: &[&str]) -> Names {
        Names {
            names: list.iter().map(|name| (*name).to_owned()).collect(),
            opaque: false,
        }
    }

    #[test]
    fn each_module_declares_its_items_and_imports_and_not_its_childrens() {
        let declared = Declared::of(&quote! {
            use progenitor_client::{encode_path, Error as ProgError};
            pub struct Client { x: &'static str }
            pub mod types {
                #[derive(Debug)]
                pub enum Result { A }
                pub mod builder { pub struct Result { x: u8 } }
                const fn f() {}
            }
            pub mod operations { use klink_api::*; }
            pub mod made { some_macro! { struct Hidden; } }
            macro_rules! local { () => {} }
            type F = fn(u8) -> u8;
        });
        let root = declared.module("");
        for name in [
            "progenitor_client",
            "encode_path",
            "Error",
            "ProgError",
            "Client",
        ] {
            assert!(root.has(name), "{name}");
        }
        for name in ["types", "operations", "made", "local", "F"] {
            assert!(root.has(name), "{name}");
        }
        assert!(!root.has("str"), "a lifetime is no item");
        assert!(!root.has("Result"), "a child's item is not the root's");
        assert!(declared.module("types").has("Result"));
        assert!(declared.module("types::builder").has("Result"));
        assert!(!declared.module("types").has("Option"));
        assert!(declared.module("operations").has("Option"), "a glob");
        assert!(declared.module("made").has("Option"), "a macro call");
        assert!(!declared.module("nowhere").has("Option"));
    }

    #[test]
    fn an_item_declares_its_name_and_binds_names_inside() {
        let item: syn::Item = syn::parse_quote! {
            impl<'a, Option, const Vec: usize> X<'a> {
                fn f<T>(value: T) -> u8 {
                    struct Local;
                    use a::{b as String};
                    let Box = 1;
                    let _ = |drop| drop;
                    0
                }
            }
        };
        assert_eq!(declared_by(&item), Names::default());
        let inside = declared_inside(&item);
        for name in [
            "Option", "Vec", "T", "value", "Local", "String", "Box", "drop",
        ] {
            assert!(inside.has(name), "{name}");
        }
        assert!(!inside.has("Result"));
        let glob: syn::Item = syn::parse_quote!(
            use super::*;
        );
        assert!(declared_by(&glob).has("Anything"));
        let added = declared_by(&syn::parse_quote!(
            pub struct Result;
        ));
        assert_eq!(added.beyond(&names(&["Result"])).count(), 0);
        assert_eq!(
            added.beyond(&names(&["Other"])).collect::<Vec<_>>(),
            ["Result"]
        );
    }
}
