//! Formatting the generated tokens with prettyplease, one item at a time.
//!
//! Parsing the whole generated file into one `syn::File` holds its entire
//! syntax tree in memory at once (about 0.6 MB per operation), and the
//! allocator and page faults then dominate generation time and make it grow
//! faster than the spec. Instead, top-level items and the items inside
//! inline modules are parsed, printed and dropped one by one; the printed
//! text is the same as prettyplease's for the whole file (a test checks it).

use proc_macro2::TokenStream;
use syn::parse::discouraged::Speculative;
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, Item, ItemMod, Token, Visibility, braced};

/// Formats a token stream holding a whole Rust file.
pub(crate) fn format_file(tokens: TokenStream) -> syn::Result<String> {
    let mut out = String::new();
    let parser = |input: ParseStream| {
        let attrs = input.call(Attribute::parse_inner)?;
        if !attrs.is_empty() {
            out.push_str(&prettyplease::unparse(&file(attrs, Vec::new())));
        }
        items(input, 0, &mut out)
    };
    parser.parse2(tokens)?;
    Ok(out)
}

/// Prints the items of `input`, nested `depth` modules deep.
fn items(input: ParseStream, depth: usize, out: &mut String) -> syn::Result<()> {
    while !input.is_empty() {
        match inline_module(input)? {
            Some((header, content)) => {
                let printed = print(Item::Mod(header), depth);
                if content.is_empty() {
                    out.push_str(&printed);
                    continue;
                }
                // The module printed without its items, as `... mod name {}`
                // or, with inner attributes, ending in a line `}`: reopen it.
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
                items(&content, depth + 1, out)?;
                out.push_str(&indent);
                out.push_str("}\n");
            }
            None => out.push_str(&print(input.parse()?, depth)),
        }
    }
    Ok(())
}

/// Parses the head of an inline module (`#[attrs] pub mod name {`) if one
/// comes next, returning it with an empty body and the body's tokens.
fn inline_module<'a>(
    input: ParseStream<'a>,
) -> syn::Result<Option<(ItemMod, syn::parse::ParseBuffer<'a>)>> {
    let ahead = input.fork();
    let attrs = ahead.call(Attribute::parse_outer)?;
    let vis: Visibility = ahead.parse()?;
    if !(ahead.peek(Token![mod]) && ahead.peek3(syn::token::Brace)) {
        return Ok(None);
    }
    input.advance_to(&ahead);
    let mod_token: Token![mod] = input.parse()?;
    let ident = input.parse()?;
    let content;
    let brace = braced!(content in input);
    let inner_attrs = content.call(Attribute::parse_inner)?;
    let header = ItemMod {
        attrs: attrs.into_iter().chain(inner_attrs).collect(),
        vis,
        unsafety: None,
        mod_token,
        ident,
        content: Some((brace, Vec::new())),
        semi: None,
    };
    Ok(Some((header, content)))
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
    fn whole(tokens: TokenStream) -> String {
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
}
