//! Generated code as a person writes it, item by item as it is printed:
//! prelude names ([`super::prelude`]) and field init shorthand
//! ([`super::shorthand`]). Only the spelling changes: the code means the
//! same, and the rewrites assume nothing about the passes before them.

use std::path::Path;

use syn::{Attribute, Item, ItemMod};

use super::names::{Declared, declared_by};
use super::{prelude, shorthand};
use crate::error::Error;
use crate::items::Items;

/// The rewrites over a stream of items, each then handed on to `next`.
pub(crate) struct Readable<'a, S> {
    /// The spec the code comes from, for errors.
    spec_path: &'a Path,
    /// The names each module of the file declares, read before the stream.
    declared: Declared,
    next: S,
}

impl<'a, S> Readable<'a, S> {
    /// The rewrites over a file whose modules declare `declared`.
    pub(crate) fn new(spec_path: &'a Path, declared: Declared, next: S) -> Self {
        Readable {
            spec_path,
            declared,
            next,
        }
    }

    /// The sink the items go on to.
    pub(crate) fn into_inner(self) -> S {
        self.next
    }
}

impl<S: Items> Items for Readable<'_, S> {
    fn start(&mut self, inner: Vec<Attribute>) -> Result<(), Error> {
        self.next.start(inner)
    }

    fn open(&mut self, at: &str, module: ItemMod, inner: Vec<Attribute>) -> Result<(), Error> {
        self.next.open(at, module, inner)
    }

    fn item(&mut self, at: &str, mut item: Item) -> Result<(), Error> {
        let module = self.declared.module(at);
        // A pass added an item whose name was not read before the stream:
        // items before it may have been shortened to a name it now hides.
        if let Some(name) = declared_by(&item).beyond(module).next() {
            let place = match at {
                "" => "the root module".to_owned(),
                at => format!("module `{at}`"),
            };
            let message = format!(
                "an item added to {place} declares {name}, which the names read before printing do not hold"
            );
            return Err(Error::generator(self.spec_path, None, message));
        }
        prelude::shorten(&mut item, module);
        shorthand::field_shorthand(&mut item);
        self.next.item(at, item)
    }

    fn close(&mut self, at: &str) -> Result<(), Error> {
        self.next.close(at)
    }

    fn end(&mut self) -> Result<(), Error> {
        self.next.end()
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;
    use crate::items::{Collect, parse};

    #[test]
    fn each_module_is_shortened_by_its_own_names() {
        let tokens = quote! {
            pub struct Client { pub client: ::std::string::String }
            impl Client {
                pub fn new(client: ::std::string::String) -> Self { Self { client: client } }
            }
            pub mod types {
                pub struct String;
                pub struct A { pub name: ::std::string::String, pub list: ::std::vec::Vec<u8> }
            }
        };
        let mut readable = Readable::new(
            Path::new("spec.yaml"),
            Declared::of(&tokens),
            Collect::default(),
        );
        parse(Path::new("spec.yaml"), tokens, &mut readable).unwrap();
        let printed = prettyplease::unparse(&readable.into_inner().into_file());
        assert!(printed.contains("pub client: String"), "{printed}");
        assert!(printed.contains("Self { client }"), "{printed}");
        assert!(
            printed.contains("pub name: ::std::string::String,"),
            "{printed}"
        );
        assert!(printed.contains("pub list: Vec<u8>"), "{printed}");
    }

    /// A schema named like a prelude type: its module keeps full paths,
    /// the others do not.
    #[test]
    fn a_generated_type_named_string_keeps_the_full_path_in_its_module_only() {
        use crate::model::paginated::tests::{list, spec};
        let schemas = "String:\n  type: object\n  properties:\n    label: {type: string}\n";
        let paths = list(
            "/labels",
            "get_label",
            "{name: name, in: query, schema: {type: string}}",
            "{$ref: \"#/components/schemas/String\"}",
        );
        let files = crate::generate(&spec(&paths, schemas)).unwrap();
        let file = |name: &str| {
            let path = format!("{}/{name}", crate::CLIENT_DIR);
            let file = files.iter().find(|file| file.path == path).unwrap();
            file.contents.clone()
        };
        let types = file("types.rs");
        assert!(types.contains("pub struct String {"), "{types}");
        assert!(
            types.contains("pub label: Option<::std::string::String>,"),
            "{types}"
        );
        assert!(!types.contains(": String,"), "{types}");
        let builder = file("builder.rs");
        assert!(
            builder.contains("name: Result<Option<String>, String>,"),
            "{builder}"
        );
        assert!(
            builder.contains("ResponseValue<types::String>"),
            "{builder}"
        );
    }

    #[test]
    fn an_added_item_with_a_name_not_read_before_is_an_error() {
        let tokens = quote! { pub struct A; };
        let mut readable = Readable::new(
            Path::new("spec.yaml"),
            Declared::of(&tokens),
            Collect::default(),
        );
        readable.start(Vec::new()).unwrap();
        readable
            .item(
                "",
                syn::parse_quote!(
                    pub struct A;
                ),
            )
            .unwrap();
        let error = readable
            .item(
                "",
                syn::parse_quote!(
                    pub struct Result;
                ),
            )
            .unwrap_err();
        assert!(
            error.to_string().starts_with(
                "spec.yaml: generator error: an item added to the root module declares Result"
            ),
            "{error}"
        );
    }
}
