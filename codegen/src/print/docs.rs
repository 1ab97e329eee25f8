//! Doc comments a reader can scan: one `/// ` line per line of text.
//!
//! progenitor and typify emit each doc comment as a single `#[doc = "..."]`
//! attribute, often spanning several lines and without a leading space;
//! prettyplease prints those as `/** ... */` blocks with unindented lines, or
//! as `///Text`. Splitting every doc string into one attribute per line, each
//! starting with a space, makes prettyplease print ordinary `/// ` comments.
//! rustdoc renders both forms the same way.

use proc_macro2::Span;
use syn::visit_mut::{self, VisitMut};
use syn::{AttrStyle, Attribute, Expr, ExprLit, Item, ItemMod, Lit, LitStr, Meta, MetaNameValue};

use crate::error::Error;
use crate::items::Items;

/// Rewrites every `#[doc = "..."]` and `#![doc = "..."]` of an item, an
/// item inside a trait, an impl or an `extern` block, a field or a variant
/// (where doc comments go), at any depth, into one attribute per line of
/// text.
#[cfg(test)]
pub(crate) fn one_line_per_doc_line(file: &mut syn::File) {
    DocLines.visit_file_mut(file);
}

/// Doc attributes split one per line of text, as the module docs say, over
/// a stream of items: each item, module head and inner attribute is
/// rewritten, then handed on to the sink it holds.
pub(crate) struct OneLinePerDocLine<S>(pub S);

impl<S: Items> Items for OneLinePerDocLine<S> {
    fn start(&mut self, mut inner: Vec<Attribute>) -> Result<(), Error> {
        split_docs(&mut inner);
        self.0.start(inner)
    }

    fn open(
        &mut self,
        at: &str,
        mut module: ItemMod,
        mut inner: Vec<Attribute>,
    ) -> Result<(), Error> {
        split_docs(&mut module.attrs);
        split_docs(&mut inner);
        self.0.open(at, module, inner)
    }

    fn item(&mut self, at: &str, mut item: Item) -> Result<(), Error> {
        DocLines.visit_item_mut(&mut item);
        self.0.item(at, item)
    }

    fn close(&mut self, at: &str) -> Result<(), Error> {
        self.0.close(at)
    }

    fn end(&mut self) -> Result<(), Error> {
        self.0.end()
    }
}

struct DocLines;

/// A `VisitMut` method for each node type holding documentable
/// attributes: split its doc attributes, then walk on.
macro_rules! split_docs_of {
    ($($method:ident: $node:ty;)*) => {
        impl VisitMut for DocLines {
            $(
                fn $method(&mut self, node: &mut $node) {
                    split_docs(&mut node.attrs);
                    visit_mut::$method(self, node);
                }
            )*
        }
    };
}

split_docs_of! {
    visit_file_mut: syn::File;
    visit_item_const_mut: syn::ItemConst;
    visit_item_enum_mut: syn::ItemEnum;
    visit_item_extern_crate_mut: syn::ItemExternCrate;
    visit_item_fn_mut: syn::ItemFn;
    visit_item_foreign_mod_mut: syn::ItemForeignMod;
    visit_item_impl_mut: syn::ItemImpl;
    visit_item_macro_mut: syn::ItemMacro;
    visit_item_mod_mut: syn::ItemMod;
    visit_item_static_mut: syn::ItemStatic;
    visit_item_struct_mut: syn::ItemStruct;
    visit_item_trait_mut: syn::ItemTrait;
    visit_item_trait_alias_mut: syn::ItemTraitAlias;
    visit_item_type_mut: syn::ItemType;
    visit_item_union_mut: syn::ItemUnion;
    visit_item_use_mut: syn::ItemUse;
    visit_impl_item_const_mut: syn::ImplItemConst;
    visit_impl_item_fn_mut: syn::ImplItemFn;
    visit_impl_item_macro_mut: syn::ImplItemMacro;
    visit_impl_item_type_mut: syn::ImplItemType;
    visit_trait_item_const_mut: syn::TraitItemConst;
    visit_trait_item_fn_mut: syn::TraitItemFn;
    visit_trait_item_macro_mut: syn::TraitItemMacro;
    visit_trait_item_type_mut: syn::TraitItemType;
    visit_foreign_item_fn_mut: syn::ForeignItemFn;
    visit_foreign_item_macro_mut: syn::ForeignItemMacro;
    visit_foreign_item_static_mut: syn::ForeignItemStatic;
    visit_foreign_item_type_mut: syn::ForeignItemType;
    visit_field_mut: syn::Field;
    visit_variant_mut: syn::Variant;
}

/// Replaces each doc attribute in `attrs` by one per line of its text,
/// in place; other attributes keep their order around them.
fn split_docs(attrs: &mut Vec<Attribute>) {
    if !attrs
        .iter()
        .any(|attr| doc_text(attr).is_some_and(|text| needs_split(&text.value())))
    {
        return;
    }
    let mut split = Vec::with_capacity(attrs.len() + 4);
    for attr in attrs.drain(..) {
        match doc_text(&attr) {
            Some(text) if needs_split(&text.value()) => {
                let span = text.span();
                split.extend(
                    lines(&text.value())
                        .iter()
                        .map(|line| doc_attribute(attr.style, line, span)),
                );
            }
            _ => split.push(attr),
        }
    }
    *attrs = split;
}

/// The text of a `doc = "..."` attribute, if that is what it is.
fn doc_text(attr: &Attribute) -> Option<&LitStr> {
    match &attr.meta {
        Meta::NameValue(MetaNameValue {
            path,
            value:
                Expr::Lit(ExprLit {
                    lit: Lit::Str(text),
                    ..
                }),
            ..
        }) if path.is_ident("doc") => Some(text),
        _ => None,
    }
}

/// Whether [`lines`] would change `text`. It would not for an empty text
/// or one line that starts with a space and ends without white space, most
/// doc attributes once split: those are left as they are.
fn needs_split(text: &str) -> bool {
    !(text.is_empty()
        || (text.starts_with(' ') && !text.contains('\n') && text.trim_end().len() == text.len()))
}

/// The lines of a doc string, each with one leading space unless the text
/// already has one on every line; trailing white space, trailing blank lines
/// and repeated blank lines are dropped.
fn lines(text: &str) -> Vec<String> {
    let mut lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    // One blank line separates paragraphs; more is noise from joined texts.
    lines.dedup_by(|line, previous| line.is_empty() && previous.is_empty());
    while lines.last().is_some_and(|line| line.is_empty()) {
        lines.pop();
    }
    if lines.is_empty() {
        return vec![String::new()];
    }
    let indented = lines
        .iter()
        .all(|line| line.is_empty() || line.starts_with(' '));
    lines
        .into_iter()
        .map(|line| match line {
            "" => String::new(),
            line if indented => line.to_owned(),
            line => format!(" {line}"),
        })
        .collect()
}

fn doc_attribute(style: AttrStyle, line: &str, span: Span) -> Attribute {
    Attribute {
        pound_token: Default::default(),
        style,
        bracket_token: Default::default(),
        meta: Meta::NameValue(MetaNameValue {
            path: syn::Ident::new("doc", span).into(),
            eq_token: Default::default(),
            value: Expr::Lit(ExprLit {
                attrs: Vec::new(),
                lit: Lit::Str(LitStr::new(line, span)),
            }),
        }),
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    fn printed(tokens: proc_macro2::TokenStream) -> String {
        let mut file = syn::parse2(tokens).unwrap();
        one_line_per_doc_line(&mut file);
        prettyplease::unparse(&file)
    }

    #[test]
    fn multi_line_docs_become_slash_lines_with_a_space() {
        let code = printed(quote! {
            #[doc = "First line\nsecond line\n\n\n```json\n{\n  \"a\": 1\n}\n```\n"]
            pub struct A {
                #[doc = "Field."]
                pub x: u8,
            }
        });
        assert_eq!(
            code,
            "/// First line\n/// second line\n///\n/// ```json\n/// {\n///   \"a\": 1\n/// }\n/// ```\npub struct A {\n    /// Field.\n    pub x: u8,\n}\n"
        );
    }

    #[test]
    fn text_that_already_has_a_space_keeps_it_and_other_attributes_stay() {
        let code = printed(quote! {
            #![doc = " Inner docs."]
            #[derive(Debug)]
            #[doc = " Already spaced."]
            mod m {
                fn f() { let _ = [0u8; 1]; }
            }
        });
        assert_eq!(
            code,
            "//! Inner docs.\n#[derive(Debug)]\n/// Already spaced.\nmod m {\n    fn f() {\n        let _ = [0u8; 1];\n    }\n}\n"
        );
    }

    #[test]
    fn docs_of_variants_and_of_trait_and_impl_members_are_split_in_place() {
        let code = printed(quote! {
            pub enum E {
                #[doc = "Two\nlines."]
                A,
            }
            pub trait T {
                #[must_use]
                #[doc = "Member\ndocs."]
                #[allow(unused)]
                fn f(&self);
            }
            impl E {
                #[doc = "Impl member."]
                pub fn g() {}
            }
        });
        for expected in [
            "    /// Two\n    /// lines.\n    A,",
            "    #[must_use]\n    /// Member\n    /// docs.\n    #[allow(unused)]\n    fn f(&self);",
            "    /// Impl member.\n    pub fn g() {}",
        ] {
            assert!(code.contains(expected), "{expected:?} not in:\n{code}");
        }
    }
}
