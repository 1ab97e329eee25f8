//! Formatting generated code with prettyplease, one item at a time.
//!
//! [`Printer`] receives a file as a stream of items ([`crate::items`]) and
//! prints each as it comes, descending into inline modules; an item is
//! dropped once printed. The text is the same as prettyplease's for the
//! whole file (a test checks it).
//!
//! Two options make the result easier to read: chosen top-level modules are
//! printed into files of their own (the root then declares `mod name;`), and
//! items are spaced out with blank lines.

use std::path::Path;

use syn::{Attribute, Item, ItemMod, Visibility};

use crate::error::Error;
use crate::items::Items;
#[cfg(test)]
use crate::items::feed::feed;

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
pub(crate) fn format_file(tokens: proc_macro2::TokenStream) -> Result<String, Error> {
    let file = syn::parse2(tokens).map_err(|e| Error::format(Path::new("test"), &e))?;
    format(Path::new("test"), file, Style::default()).map(|formatted| formatted.root)
}

/// Formats a whole Rust file in the given style; `spec_path` is the spec
/// it came from, for errors.
#[cfg(test)]
pub(crate) fn format(spec_path: &Path, file: syn::File, style: Style) -> Result<Formatted, Error> {
    let mut printer = Printer::new(spec_path, style);
    feed(file, &mut printer)?;
    Ok(printer.finish())
}

/// Prints a stream of items into a file and split-out modules into files
/// of their own, each item as it comes.
pub(crate) struct Printer<'a> {
    style: Style<'a>,
    spec_path: &'a Path,
    formatted: Formatted,
    /// The root's items.
    root: Block,
    /// The modules open, innermost last.
    open: Vec<Open>,
}

/// A module being printed.
struct Open {
    /// Its items, printed so far.
    block: Block,
    text: String,
    /// `None` for a module split into a file of its own; otherwise the
    /// module printed with an empty body, reopened around its items.
    head: Option<String>,
}

impl<'a> Printer<'a> {
    /// A printer in `style` for code generated from the spec at `spec_path`.
    pub(crate) fn new(spec_path: &'a Path, style: Style<'a>) -> Self {
        Printer {
            style,
            spec_path,
            formatted: Formatted::default(),
            root: Block::new(style, 0),
            open: Vec::new(),
        }
    }

    /// Everything printed.
    pub(crate) fn finish(self) -> Formatted {
        self.formatted
    }

    /// The items of the innermost open module, and where they are printed.
    fn current(&mut self) -> (&mut Block, &mut String) {
        match self.open.last_mut() {
            Some(module) => (&mut module.block, &mut module.text),
            None => (&mut self.root, &mut self.formatted.root),
        }
    }
}

impl Items for Printer<'_> {
    fn start(&mut self, inner: Vec<Attribute>) -> Result<(), Error> {
        self.formatted.root.push_str(&inner_attributes(inner));
        Ok(())
    }

    fn open(&mut self, at: &str, mut header: ItemMod, inner: Vec<Attribute>) -> Result<(), Error> {
        let style = self.style;
        let (block, out) = self.current();
        if style.split.contains(&at) {
            let declaration = ItemMod {
                content: None,
                semi: Some(Default::default()),
                ..header
            };
            block.push(Item::Mod(declaration), out);
            self.open.push(Open {
                block: Block::new(style, 0),
                text: inner_attributes(inner),
                head: None,
            });
        } else {
            block.separate(false, out);
            let depth = block.depth;
            header.attrs.extend(inner);
            self.open.push(Open {
                block: Block::new(style, depth + 1),
                text: String::new(),
                head: Some(print(Item::Mod(header), depth)),
            });
        }
        Ok(())
    }

    fn item(&mut self, _at: &str, item: Item) -> Result<(), Error> {
        let (block, out) = self.current();
        block.push(item, out);
        Ok(())
    }

    fn close(&mut self, at: &str) -> Result<(), Error> {
        let module = self.open.pop().expect("closes an open module");
        let Some(head) = module.head else {
            self.formatted.modules.push((at.to_owned(), module.text));
            return Ok(());
        };
        let spec_path = self.spec_path;
        let (_, out) = self.current();
        if module.block.previous.is_none() {
            out.push_str(&head);
            return Ok(());
        }
        // The module printed without its items, as `... mod name {}` or,
        // with inner attributes, ending in a line `}`: reopen it.
        let indent = "    ".repeat(module.block.depth - 1);
        if let Some(open) = head.strip_suffix("{}\n") {
            out.push_str(open);
            out.push_str("{\n");
        } else if let Some(open) = head.strip_suffix(&format!("{indent}}}\n")) {
            out.push_str(open);
        } else {
            let message = format!("unexpected printout of module {head:?}");
            let error = syn::Error::new(proc_macro2::Span::call_site(), message);
            return Err(Error::format(spec_path, &error));
        }
        out.push_str(&module.text);
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
        let formatted = format(Path::new("test"), syn::parse2(tokens).unwrap(), style).unwrap();
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
        let formatted = format(Path::new("test"), syn::parse2(tokens).unwrap(), style).unwrap();
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
