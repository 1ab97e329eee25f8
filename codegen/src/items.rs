//! A Rust file as a stream of items, so that generated code is rewritten
//! and printed one item at a time instead of as one syntax tree.
//!
//! A generated client holds about 0.6 MB of syntax tree per operation:
//! built whole, a 1,000-operation client is most of a gigabyte that every
//! pass walks out of cache. Streamed, each item is parsed, rewritten,
//! printed and dropped while the next is still tokens; only progenitor's
//! token stream is whole.
//!
//! An [`Items`] receives the file's inner attributes, then each inline
//! module opening, each item and each module closing, in source order
//! (inline modules are taken apart; `mod name;` is an item). [`parse`]
//! streams a token stream into one, `feed` a parsed file, and
//! [`Collect`] builds a file back.

use proc_macro2::TokenStream;
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, Item, ItemMod};

use crate::error::Error;

// Only the printer feeds whole files (feature `files`); `extend!` never
// holds one.
#[cfg(feature = "files")]
pub(crate) mod feed;

/// What receives a file item by item. `at` is the path of the inline
/// module an item is in (`""` at the root, `types::builder`); for
/// [`Items::open`] and [`Items::close`], the module's own path.
pub(crate) trait Items {
    /// The file's inner attributes (`#![..]`, `//!`), before any item.
    fn start(&mut self, inner: Vec<Attribute>) -> Result<(), Error>;
    /// An inline module opens: `module` has its outer attributes and an
    /// empty body; `inner` are its inner attributes. Its items follow, then
    /// [`Items::close`].
    fn open(&mut self, at: &str, module: ItemMod, inner: Vec<Attribute>) -> Result<(), Error>;
    /// One item of the module at `at`.
    fn item(&mut self, at: &str, item: Item) -> Result<(), Error>;
    /// The module at `at` has no more items.
    fn close(&mut self, at: &str) -> Result<(), Error>;
    /// The file has no more items.
    fn end(&mut self) -> Result<(), Error> {
        Ok(())
    }
}

/// The path of the module `name` inside the module at `at`.
pub(crate) fn child_path(at: &str, name: &syn::Ident) -> String {
    match at {
        "" => name.to_string(),
        at => format!("{at}::{name}"),
    }
}

/// Parses `tokens` as a whole file into `sink`, item by item: each item is
/// handed over as soon as it is parsed. A syntax error is
/// [`Error::Format`] for the spec at `spec_path`; an error of the sink's
/// stops the parse and is returned as it is.
pub(crate) fn parse(
    spec_path: &std::path::Path,
    tokens: TokenStream,
    sink: &mut impl Items,
) -> Result<(), Error> {
    let mut failed = None;
    let parsed = (|input: ParseStream| {
        let mut stream = Stream {
            sink: &mut *sink,
            failed: &mut failed,
        };
        stream.start(input.call(Attribute::parse_inner)?)?;
        stream.items(input, "")?;
        stream.end()
    })
    .parse2(tokens);
    match (failed, parsed) {
        (Some(error), _) => Err(error),
        (None, Err(error)) => Err(Error::format(spec_path, &error)),
        (None, Ok(())) => Ok(()),
    }
}

/// A sink being fed from a parse, keeping the sink's own error apart from
/// syntax errors (the parser's error type is syn's).
struct Stream<'s, S> {
    sink: &'s mut S,
    failed: &'s mut Option<Error>,
}

impl<S: Items> Stream<'_, S> {
    /// The sink's result as the parser's: its error is kept aside and the
    /// parse stopped.
    fn handed(&mut self, result: Result<(), Error>) -> syn::Result<()> {
        result.map_err(|error| {
            *self.failed = Some(error);
            syn::Error::new(proc_macro2::Span::call_site(), "stopped by the sink")
        })
    }

    fn start(&mut self, inner: Vec<Attribute>) -> syn::Result<()> {
        let result = self.sink.start(inner);
        self.handed(result)
    }

    fn end(&mut self) -> syn::Result<()> {
        let result = self.sink.end();
        self.handed(result)
    }

    fn items(&mut self, input: ParseStream, at: &str) -> syn::Result<()> {
        while !input.is_empty() {
            if !opens_inline_module(input) {
                let item: Item = input.parse()?;
                let result = self.sink.item(at, item);
                self.handed(result)?;
                continue;
            }
            let attrs = input.call(Attribute::parse_outer)?;
            let vis = input.parse()?;
            let unsafety = input.parse()?;
            let mod_token = input.parse()?;
            let ident: syn::Ident = input.parse()?;
            let content;
            let brace = syn::braced!(content in input);
            let inner = content.call(Attribute::parse_inner)?;
            let path = child_path(at, &ident);
            let module = ItemMod {
                attrs,
                vis,
                unsafety,
                mod_token,
                ident,
                content: Some((brace, Vec::new())),
                semi: None,
            };
            let result = self.sink.open(&path, module, inner);
            self.handed(result)?;
            self.items(&content, &path)?;
            let result = self.sink.close(&path);
            self.handed(result)?;
        }
        Ok(())
    }
}

/// Whether the input starts with an inline module: attributes, a
/// visibility, `mod`, a name and a brace.
fn opens_inline_module(input: ParseStream) -> bool {
    let fork = input.fork();
    let head = || -> syn::Result<bool> {
        fork.call(Attribute::parse_outer)?;
        fork.parse::<syn::Visibility>()?;
        fork.parse::<Option<syn::Token![unsafe]>>()?;
        if !fork.peek(syn::Token![mod]) {
            return Ok(false);
        }
        fork.parse::<syn::Token![mod]>()?;
        fork.parse::<syn::Ident>()?;
        Ok(fork.peek(syn::token::Brace))
    };
    head().unwrap_or(false)
}

/// Builds the streamed file back into one syntax tree.
#[derive(Default)]
pub(crate) struct Collect {
    file: Option<syn::File>,
    /// The modules open, innermost last.
    open: Vec<ItemMod>,
}

impl Collect {
    /// The file collected.
    pub(crate) fn into_file(self) -> syn::File {
        self.file.unwrap_or_else(|| syn::File {
            shebang: None,
            frontmatter: None,
            attrs: Vec::new(),
            items: Vec::new(),
        })
    }

    fn items(&mut self) -> &mut Vec<Item> {
        match self.open.last_mut() {
            Some(module) => &mut module.content.as_mut().expect("opened with a body").1,
            None => &mut self.file.as_mut().expect("started").items,
        }
    }
}

impl Items for Collect {
    fn start(&mut self, inner: Vec<Attribute>) -> Result<(), Error> {
        self.file = Some(syn::File {
            shebang: None,
            frontmatter: None,
            attrs: inner,
            items: Vec::new(),
        });
        Ok(())
    }

    fn open(&mut self, _at: &str, mut module: ItemMod, inner: Vec<Attribute>) -> Result<(), Error> {
        module.attrs.extend(inner);
        self.open.push(module);
        Ok(())
    }

    fn item(&mut self, _at: &str, item: Item) -> Result<(), Error> {
        self.items().push(item);
        Ok(())
    }

    fn close(&mut self, _at: &str) -> Result<(), Error> {
        let module = self.open.pop().expect("closes an open module");
        self.items().push(Item::Mod(module));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    /// Records the events as text.
    #[derive(Default)]
    struct Events(Vec<String>);

    impl Items for Events {
        fn start(&mut self, inner: Vec<Attribute>) -> Result<(), Error> {
            self.0.push(format!("start {}", inner.len()));
            Ok(())
        }
        fn open(&mut self, at: &str, module: ItemMod, inner: Vec<Attribute>) -> Result<(), Error> {
            let outer = module.attrs.len();
            self.0.push(format!("open {at} {outer} {}", inner.len()));
            Ok(())
        }
        fn item(&mut self, at: &str, item: Item) -> Result<(), Error> {
            let name = match item {
                Item::Struct(item) => item.ident.to_string(),
                Item::Mod(item) => format!("mod {};", item.ident),
                _ => "other".into(),
            };
            self.0.push(format!("item {at} {name}"));
            Ok(())
        }
        fn close(&mut self, at: &str) -> Result<(), Error> {
            self.0.push(format!("close {at}"));
            Ok(())
        }
        fn end(&mut self) -> Result<(), Error> {
            self.0.push("end".into());
            Ok(())
        }
    }

    fn sample() -> TokenStream {
        quote! {
            #![allow(dead_code)]
            pub struct A;
            /// Docs.
            pub mod types {
                #![allow(clippy::all)]
                pub struct B;
                pub mod builder { pub struct C; }
                mod declared;
                pub(crate) unsafe mod odd {}
            }
            const _: () = { mod not_an_item {} };
            pub struct D;
        }
    }

    #[cfg(feature = "files")]
    #[test]
    fn parsing_and_feeding_give_the_same_events_in_source_order() {
        let mut parsed = Events::default();
        parse(std::path::Path::new("x.yaml"), sample(), &mut parsed).unwrap();
        let mut fed = Events::default();
        super::feed::feed(syn::parse2(sample()).unwrap(), &mut fed).unwrap();
        assert_eq!(parsed.0, fed.0);
        assert_eq!(
            parsed.0,
            [
                "start 1",
                "item  A",
                "open types 1 1",
                "item types B",
                "open types::builder 0 0",
                "item types::builder C",
                "close types::builder",
                "item types mod declared;",
                "open types::odd 0 0",
                "close types::odd",
                "close types",
                "item  other",
                "item  D",
                "end",
            ]
        );
    }

    #[test]
    fn collecting_a_stream_gives_the_file_back() {
        let mut collected = Collect::default();
        parse(std::path::Path::new("x.yaml"), sample(), &mut collected).unwrap();
        let whole: syn::File = syn::parse2(sample()).unwrap();
        assert_eq!(
            prettyplease::unparse(&collected.into_file()),
            prettyplease::unparse(&whole)
        );
    }

    #[test]
    fn a_syntax_error_anywhere_names_the_spec_and_what_syn_said() {
        for broken in [
            quote! { pub struct A; fn f() {} = 1; pub struct B; },
            quote! { pub struct A; pub struct B },
            quote! { #![= 1] pub struct A; },
            quote! { pub struct A; pub mod b { const C: u8 = D {}.e { f }; } },
        ] {
            let error = parse(
                std::path::Path::new("x.yaml"),
                broken.clone(),
                &mut Events::default(),
            );
            assert!(
                matches!(&error, Err(Error::Format { path, message }) if path.ends_with("x.yaml") && !message.is_empty()),
                "{broken}: {error:?}"
            );
            assert!(syn::parse2::<syn::File>(broken).is_err());
        }
    }

    #[test]
    fn a_syntax_error_names_the_spec_and_a_sink_error_is_its_own() {
        let broken = quote! { pub mod types { pub struct ; } };
        let error = parse(
            std::path::Path::new("x.yaml"),
            broken,
            &mut Events::default(),
        );
        assert!(
            matches!(&error, Err(Error::Format { path, .. }) if path.ends_with("x.yaml")),
            "{error:?}"
        );

        struct Refuses;
        impl Items for Refuses {
            fn start(&mut self, _: Vec<Attribute>) -> Result<(), Error> {
                Ok(())
            }
            fn open(&mut self, _: &str, _: ItemMod, _: Vec<Attribute>) -> Result<(), Error> {
                Ok(())
            }
            fn item(&mut self, at: &str, _: Item) -> Result<(), Error> {
                Err(Error::Generator {
                    path: "x.yaml".into(),
                    operation: None,
                    message: format!("refused an item at `{at}`"),
                })
            }
            fn close(&mut self, _: &str) -> Result<(), Error> {
                Ok(())
            }
        }
        let error = parse(std::path::Path::new("x.yaml"), sample(), &mut Refuses);
        assert!(
            matches!(&error, Err(Error::Generator { message, .. }) if message == "refused an item at ``"),
            "{error:?}"
        );
    }
}
