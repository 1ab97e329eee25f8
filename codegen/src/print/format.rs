//! Formatting generated code with prettyplease, one item at a time.
//!
//! A file is printed item by item (descending into inline modules), and
//! each item is dropped once printed: the printed text is the same as
//! prettyplease's for the whole file (a test checks it), while the syntax
//! tree shrinks as the text grows.
//!
//! Two options make the result easier to read: chosen top-level modules are
//! printed into files of their own (the root then declares `mod name;`), and
//! items are spaced out with blank lines.

use syn::{AttrStyle, Attribute, Item, ItemMod, Visibility};

/// A formatted file, with the modules that were split out of it.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Formatted {
    /// The file itself.
    pub root: String,
    /// `(module path, file text)` for every split-out module (`types`,
    /// `types::builder`), inner modules before the modules holding them.
    pub modules: Vec<(String, String)>,
}

/// How to print.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Style<'a> {
    /// Inline modules printed into files of their own, by path from the
    /// root (`types`, `types::builder`).
    pub split: &'a [&'a str],
    /// A blank line between items (but not between two `use`s), and between
    /// the items of an `impl` or a trait.
    pub spaced: bool,
}

/// Formats a token stream holding a whole Rust file exactly as prettyplease
/// prints it.
#[cfg(test)]
pub(crate) fn format_file(tokens: proc_macro2::TokenStream) -> syn::Result<String> {
    format(syn::parse2(tokens)?, Style::default()).map(|formatted| formatted.root)
}

/// Formats a whole Rust file in the given style.
pub(crate) fn format(file: syn::File, style: Style) -> syn::Result<Formatted> {
    let mut formatted = Formatted::default();
    formatted.root.push_str(&inner_attributes(file.attrs));
    let mut printer = Printer {
        style,
        modules: &mut formatted.modules,
    };
    printer.items(file.items, 0, "", &mut formatted.root)?;
    Ok(formatted)
}

/// Prints items into a file and split-out modules into files of their own.
struct Printer<'a, 'm> {
    style: Style<'a>,
    modules: &'m mut Vec<(String, String)>,
}

impl Printer<'_, '_> {
    /// Prints `items`, nested `depth` modules deep in the file being
    /// written, inside the module at `path` (`""` for the root).
    fn items(
        &mut self,
        items: Vec<Item>,
        depth: usize,
        path: &str,
        out: &mut String,
    ) -> syn::Result<()> {
        let mut block = Block::new(self.style, depth);
        for item in items {
            let (header, inner, content) = match take_apart(item) {
                Part::InlineModule(header, inner, content) => (header, inner, content),
                Part::Other(item) => {
                    block.push(item, out);
                    continue;
                }
            };
            let child = match path {
                "" => header.ident.to_string(),
                path => format!("{path}::{}", header.ident),
            };
            if self.style.split.contains(&child.as_str()) {
                let mut text = inner_attributes(inner);
                self.items(content, 0, &child, &mut text)?;
                let declaration = ItemMod {
                    content: None,
                    semi: Some(Default::default()),
                    ..header
                };
                block.push(Item::Mod(declaration), out);
                self.modules.push((child, text));
            } else {
                block.separate(false, out);
                self.module(header, inner, content, depth, &child, out)?;
            }
        }
        Ok(())
    }

    /// Prints an inline module and, one by one, its items.
    fn module(
        &mut self,
        mut header: ItemMod,
        inner: Vec<Attribute>,
        content: Vec<Item>,
        depth: usize,
        path: &str,
        out: &mut String,
    ) -> syn::Result<()> {
        header.attrs.extend(inner);
        let printed = print(Item::Mod(header), depth);
        if content.is_empty() {
            out.push_str(&printed);
            return Ok(());
        }
        // The module printed without its items, as `... mod name {}` or,
        // with inner attributes, ending in a line `}`: reopen it.
        let indent = "    ".repeat(depth);
        if let Some(open) = printed.strip_suffix("{}\n") {
            out.push_str(open);
            out.push_str("{\n");
        } else if let Some(open) = printed.strip_suffix(&format!("{indent}}}\n")) {
            out.push_str(open);
        } else {
            let message = format!("unexpected printout of module {printed:?}");
            return Err(syn::Error::new(proc_macro2::Span::call_site(), message));
        }
        self.items(content, depth + 1, path, out)?;
        out.push_str(&indent);
        out.push_str("}\n");
        Ok(())
    }
}

/// The items of one module body, printed in turn.
struct Block {
    style_spaced: bool,
    depth: usize,
    /// Whether an item was printed yet, and whether it was a `use`.
    previous: Option<bool>,
}

impl Block {
    fn new(style: Style, depth: usize) -> Self {
        Self {
            style_spaced: style.spaced,
            depth,
            previous: None,
        }
    }

    /// A blank line before the next item, where the style asks for one.
    fn separate(&mut self, is_use: bool, out: &mut String) {
        let both_uses = self.previous == Some(true) && is_use;
        if self.style_spaced && self.previous.is_some() && !both_uses {
            out.push('\n');
        }
        self.previous = Some(is_use);
    }

    fn push(&mut self, item: Item, out: &mut String) {
        self.separate(matches!(item, Item::Use(_)), out);
        let has_members = matches!(item, Item::Impl(_) | Item::Trait(_));
        let printed = print(item, self.depth);
        if self.style_spaced && has_members {
            out.push_str(&space_members(&printed, 4 * (self.depth + 1)));
        } else {
            out.push_str(&printed);
        }
    }
}

/// An item as the printer sees it.
enum Part {
    /// An inline module (`#[attrs] pub mod name { .. }`) taken apart: its
    /// head with an empty body and its outer attributes, its inner
    /// attributes, and its items.
    InlineModule(ItemMod, Vec<Attribute>, Vec<Item>),
    /// Any other item, as it was.
    Other(Item),
}

fn take_apart(item: Item) -> Part {
    let Item::Mod(mut module) = item else {
        return Part::Other(item);
    };
    let Some((brace, content)) = module.content.take() else {
        return Part::Other(Item::Mod(module));
    };
    module.content = Some((brace, Vec::new()));
    let (inner, outer) = module
        .attrs
        .into_iter()
        .partition(|attr| matches!(attr.style, AttrStyle::Inner(_)));
    module.attrs = outer;
    Part::InlineModule(module, inner, content)
}

/// Prints `item` as prettyplease would `depth` modules deep: wrapped in
/// `depth` throwaway modules, so that indentation and line width come out
/// right, whose lines are then dropped.
fn print(item: Item, depth: usize) -> String {
    let mut item = item;
    for _ in 0..depth {
        item = Item::Mod(ItemMod {
            attrs: Vec::new(),
            vis: Visibility::Inherited,
            unsafety: None,
            mod_token: Default::default(),
            ident: proc_macro2::Ident::new("wrapper", proc_macro2::Span::call_site()),
            content: Some((Default::default(), vec![item])),
            semi: None,
        });
    }
    let printed = prettyplease::unparse(&file(Vec::new(), vec![item]));
    if depth == 0 {
        return printed;
    }
    let lines: Vec<&str> = printed.split_inclusive('\n').collect();
    lines[depth..lines.len() - depth].concat()
}

/// Puts a blank line between the members of a printed `impl` or trait:
/// after a member's closing line (`}` or `};`) at the members' indentation,
/// when another member follows. Deeper lines are statements, left alone.
fn space_members(text: &str, indent: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        let Some(next) = lines.peek() else { break };
        let closes_member = matches!(line.trim(), "}" | "};") && indentation(line) == indent;
        let member_follows = !next.trim().is_empty() && indentation(next) == indent;
        if closes_member && member_follows {
            out.push('\n');
        }
    }
    out
}

fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// A file's inner attributes (`#![...]`, `//!`), each on a line of its own.
fn inner_attributes(attrs: Vec<Attribute>) -> String {
    if attrs.is_empty() {
        return String::new();
    }
    let mut printed = prettyplease::unparse(&file(attrs, Vec::new()));
    if !printed.ends_with('\n') {
        printed.push('\n');
    }
    printed
}

fn file(attrs: Vec<Attribute>, items: Vec<Item>) -> syn::File {
    syn::File {
        shebang: None,
        frontmatter: None,
        attrs,
        items,
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    /// What prettyplease prints for the whole file at once.
    fn whole(tokens: proc_macro2::TokenStream) -> String {
        prettyplease::unparse(&syn::parse2(tokens).unwrap())
    }

    #[test]
    fn item_by_item_printing_matches_whole_file_printing() {
        let long = "a doc line long enough that, nested three modules deep, prettyplease must wrap the attribute it sits in";
        let tokens = quote! {
            //! Inner docs of the file.
            use std::fmt;
            #[doc = "Outer docs\nover two lines."]
            pub mod outer {
                #![allow(dead_code)]
                pub struct Unit;
                mod middle {
                    #[doc = #long]
                    pub mod inner {
                        #[derive(Debug)]
                        #[doc = "A block comment\n  keeps its own indentation\n"]
                        pub struct Wide { pub first_field_with_a_long_name: ::std::option::Option<::std::string::String>, pub second: u8 }
                        impl Wide { pub fn new() -> Self { Self { first_field_with_a_long_name: Some(format!("{}", "x".repeat(40))), second: 0 } } }
                    }
                    pub mod empty {}
                }
            }
            mod declared;
            const _: () = { fn check() {} };
        };
        assert_eq!(format_file(tokens.clone()).unwrap(), whole(tokens));
    }

    #[test]
    fn the_real_spec_prints_the_same_either_way() {
        let spec = crate::load(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../openapi/klink.yaml"
        ))
        .unwrap();
        let tokens = progenitor_impl::Generator::new(&crate::settings())
            .generate_tokens(&spec.openapi)
            .unwrap();
        assert_eq!(format_file(tokens.clone()).unwrap(), whole(tokens));
    }

    #[test]
    fn spaced_style_separates_items_and_members_but_not_statements_or_uses() {
        let tokens = quote! {
            use a::b;
            use c::d;
            mod m {
                struct A { x: u8 }
                impl A {
                    fn f() { if true { g(); } h(); }
                    fn g() {}
                    const C: u8 = 1;
                }
                const B: u8 = 1;
            }
            fn top() {}
        };
        let style = Style {
            split: &[],
            spaced: true,
        };
        let formatted = format(syn::parse2(tokens).unwrap(), style).unwrap();
        assert_eq!(
            formatted.root,
            "use a::b;\nuse c::d;\n\nmod m {\n    struct A {\n        x: u8,\n    }\n\n    impl A {\n        fn f() {\n            if true {\n                g();\n            }\n            h();\n        }\n\n        fn g() {}\n        const C: u8 = 1;\n    }\n\n    const B: u8 = 1;\n}\n\nfn top() {}\n"
        );
    }

    #[test]
    fn split_modules_get_files_and_a_declaration() {
        let tokens = quote! {
            /// Types.
            #[allow(clippy::all)]
            pub mod types {
                #![allow(dead_code)]
                pub struct A;
                pub mod inner { pub struct B; }
                pub mod split { pub struct C; }
            }
            pub struct Client;
        };
        let style = Style {
            split: &["types", "types::split", "inner"],
            spaced: true,
        };
        let formatted = format(syn::parse2(tokens).unwrap(), style).unwrap();
        assert_eq!(
            formatted.root,
            "/// Types.\n#[allow(clippy::all)]\npub mod types;\n\npub struct Client;\n"
        );
        assert_eq!(
            formatted.modules,
            vec![
                ("types::split".to_owned(), "pub struct C;\n".to_owned()),
                (
                    "types".to_owned(),
                    "#![allow(dead_code)]\npub struct A;\n\npub mod inner {\n    pub struct B;\n}\n\npub mod split;\n"
                        .to_owned()
                ),
            ]
        );
    }
}
