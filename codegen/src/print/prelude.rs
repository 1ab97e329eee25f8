//! Prelude items by their prelude names: `Option<String>` where progenitor
//! and typify write `::std::option::Option<::std::string::String>`,
//! `Some(x)` for `::std::option::Option::Some(x)`, `Vec::is_empty` in
//! `#[serde(skip_serializing_if = "..")]`.
//!
//! Generators spell the full path because a name the prelude gives can be
//! hidden where the code lands: by an item or import of the module (a
//! schema named `Result` makes `pub struct Result`), by a generic
//! parameter, a binding or an item inside the item. A path is shortened
//! only where none of those spells its short name ([`super::names`]);
//! everywhere else the short name resolves to the same item.

use syn::punctuated::Punctuated;
use syn::visit_mut::{self, VisitMut};
use syn::{Path, PathArguments, PathSegment, QSelf};

use super::names::{Names, declared_inside};

/// The prelude's items by their module in `std` (and `core`, for those it
/// has): Rust 2021's prelude, which 2024's extends.
const PRELUDE: &[(&str, &[&str])] = &[
    ("borrow", &["ToOwned"]),
    ("boxed", &["Box"]),
    ("clone", &["Clone"]),
    ("cmp", &["PartialEq", "PartialOrd", "Eq", "Ord"]),
    (
        "convert",
        &["AsRef", "AsMut", "Into", "From", "TryFrom", "TryInto"],
    ),
    ("default", &["Default"]),
    (
        "iter",
        &[
            "Iterator",
            "Extend",
            "IntoIterator",
            "DoubleEndedIterator",
            "ExactSizeIterator",
            "FromIterator",
        ],
    ),
    ("marker", &["Copy", "Send", "Sized", "Sync", "Unpin"]),
    ("mem", &["drop"]),
    ("ops", &["Drop", "Fn", "FnMut", "FnOnce"]),
    ("option", &["Option"]),
    ("result", &["Result"]),
    ("string", &["String", "ToString"]),
    ("vec", &["Vec"]),
];

/// The prelude's enum variants, by their enum.
const VARIANTS: &[(&str, &[&str])] = &[("Option", &["Some", "None"]), ("Result", &["Ok", "Err"])];

/// The serde attribute keys whose string is a path (or a type) that the
/// derive names at the struct's own site.
const SERDE_PATH_KEYS: &[&str] = &[
    "default",
    "deserialize_with",
    "from",
    "getter",
    "into",
    "serialize_with",
    "skip_serializing_if",
    "try_from",
    "with",
];

/// Writes the prelude's items by their prelude names in `item`, which is
/// in a module declaring `module`.
pub(crate) fn shorten(item: &mut syn::Item, module: &Names) {
    let inside = declared_inside(item);
    Shorten {
        hidden: &|name: &str| module.has(name) || inside.has(name),
    }
    .visit_item_mut(item);
}

struct Shorten<'a> {
    /// Whether a name is declared where the item is, hiding the prelude's.
    hidden: &'a dyn Fn(&str) -> bool,
}

impl Shorten<'_> {
    /// Shortens `path` (of at most `limit` segments, for the trait of a
    /// qualified path); returns how many segments it lost.
    fn path(&self, path: &mut Path, limit: usize) -> usize {
        let Some((short, taken)) = self.short(path, limit) else {
            return 0;
        };
        let segments = std::mem::take(&mut path.segments);
        let mut rest = segments.into_iter().skip(taken - 1);
        let last = rest.next().expect("the taken segments are there");
        let mut shortened = Punctuated::new();
        shortened.push(PathSegment {
            ident: syn::Ident::new(short, last.ident.span()),
            arguments: last.arguments,
        });
        shortened.extend(rest);
        path.leading_colon = None;
        path.segments = shortened;
        taken - 1
    }

    /// The prelude name for the start of `path` and how many of its
    /// segments that name replaces, when it is a prelude item spelled out
    /// and its name is not hidden.
    fn short(&self, path: &Path, limit: usize) -> Option<(&'static str, usize)> {
        let segments: Vec<&PathSegment> = path.segments.iter().collect();
        let [root, module, name, ..] = segments[..] else {
            return None;
        };
        let plain = |segment: &PathSegment| matches!(segment.arguments, PathArguments::None);
        // Without `::`, `std` could be a module of the file's own.
        let from_std = (root.ident == "std" || root.ident == "core")
            && (path.leading_colon.is_some() || !(self.hidden)(&root.ident.to_string()));
        if !from_std || !plain(root) || !plain(module) || limit < 3 {
            return None;
        }
        let (_, names) = PRELUDE.iter().find(|(m, _)| module.ident == m)?;
        let short = *names.iter().find(|n| name.ident == n)?;
        let variant = segments.get(3).filter(|_| plain(name) && limit >= 4);
        if let Some(variant) = variant
            && let Some((_, variants)) = VARIANTS.iter().find(|(e, _)| *e == short)
            && let Some(variant) = variants.iter().find(|v| variant.ident == v)
            && !(self.hidden)(variant)
        {
            return Some((variant, 4));
        }
        (!(self.hidden)(short)).then_some((short, 3))
    }

    /// A path that may be qualified (`<T as ::std::convert::TryFrom<U>>::Error`):
    /// only the trait's segments are shortened, and the qualification
    /// still counts them.
    fn qualified(&mut self, qself: &mut Option<QSelf>, path: &mut Path) {
        match qself {
            None => self.visit_path_mut(path),
            Some(qself) => {
                if qself.position > 0 {
                    qself.position -= self.path(path, qself.position);
                }
                self.visit_qself_mut(qself);
                for segment in &mut path.segments {
                    self.visit_path_segment_mut(segment);
                }
            }
        }
    }

    /// A serde attribute's path-valued strings, shortened like paths in
    /// code; a string holding generic arguments is left as it is.
    fn serde_strings(&self, tokens: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
        use proc_macro2::TokenTree;
        let mut trees: Vec<TokenTree> = tokens.into_iter().collect();
        for i in 2..trees.len() {
            let key = matches!(&trees[i - 2], TokenTree::Ident(key) if SERDE_PATH_KEYS.iter().any(|k| key == k));
            let equals = matches!(&trees[i - 1], TokenTree::Punct(p) if p.as_char() == '=');
            let TokenTree::Literal(literal) = &trees[i] else {
                continue;
            };
            if !key || !equals {
                continue;
            }
            let Ok(text) = syn::parse_str::<syn::LitStr>(&literal.to_string()) else {
                continue;
            };
            let Ok(mut path) = syn::parse_str::<Path>(&text.value()) else {
                continue;
            };
            let bare = path.segments.iter().all(|s| s.arguments.is_none());
            if !bare || self.path(&mut path, usize::MAX) == 0 {
                continue;
            }
            let names: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
            let mut shortened = proc_macro2::Literal::string(&names.join("::"));
            shortened.set_span(literal.span());
            trees[i] = TokenTree::Literal(shortened);
        }
        trees.into_iter().collect()
    }
}

impl VisitMut for Shorten<'_> {
    fn visit_path_mut(&mut self, path: &mut Path) {
        self.path(path, usize::MAX);
        visit_mut::visit_path_mut(self, path);
    }

    fn visit_type_path_mut(&mut self, node: &mut syn::TypePath) {
        self.qualified(&mut node.qself, &mut node.path);
    }

    fn visit_expr_path_mut(&mut self, node: &mut syn::ExprPath) {
        self.qualified(&mut node.qself, &mut node.path);
    }

    fn visit_expr_struct_mut(&mut self, node: &mut syn::ExprStruct) {
        let mut path = std::mem::replace(&mut node.path, empty());
        self.qualified(&mut node.qself, &mut path);
        visit_mut::visit_expr_struct_mut(self, node);
        node.path = path;
    }

    fn visit_pat_struct_mut(&mut self, node: &mut syn::PatStruct) {
        let mut path = std::mem::replace(&mut node.path, empty());
        self.qualified(&mut node.qself, &mut path);
        visit_mut::visit_pat_struct_mut(self, node);
        node.path = path;
    }

    fn visit_pat_tuple_struct_mut(&mut self, node: &mut syn::PatTupleStruct) {
        let mut path = std::mem::replace(&mut node.path, empty());
        self.qualified(&mut node.qself, &mut path);
        visit_mut::visit_pat_tuple_struct_mut(self, node);
        node.path = path;
    }

    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        visit_mut::visit_macro_mut(self, mac);
        // A macro's arguments are tokens, whose meaning is the macro's: only
        // clap's `value_parser!(T)`, which names a type at the call site
        // (progenitor's CLI asks for one per flag), is known to take code.
        if mac
            .path
            .segments
            .last()
            .is_some_and(|last| last.ident == "value_parser")
            && let Ok(mut ty) = syn::parse2::<syn::Type>(mac.tokens.clone())
        {
            self.visit_type_mut(&mut ty);
            mac.tokens = quote::ToTokens::to_token_stream(&ty);
        }
    }

    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        if attr.path().is_ident("serde")
            && let syn::Meta::List(list) = &mut attr.meta
        {
            list.tokens = self.serde_strings(std::mem::take(&mut list.tokens));
        }
    }
}

/// A path with no segments, left while the real one is rewritten apart
/// (visiting it does nothing).
fn empty() -> Path {
    Path {
        leading_colon: None,
        segments: Punctuated::new(),
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;
    use crate::print::names::Declared;

    /// The items of `tokens` shortened as the root module of that file.
    fn shortened(tokens: proc_macro2::TokenStream) -> String {
        let declared = Declared::of(&tokens);
        let mut file: syn::File = syn::parse2(tokens).unwrap();
        for item in &mut file.items {
            shorten(item, declared.module(""));
        }
        prettyplease::unparse(&file)
    }

    #[test]
    fn prelude_paths_become_prelude_names_in_types_calls_and_patterns() {
        let printed = shortened(quote! {
            pub struct A {
                #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
                pub name: ::std::option::Option<::std::string::String>,
                #[serde(rename = "::std::vec::Vec::is_empty")]
                pub list: ::std::vec::Vec<::std::boxed::Box<u8>>,
            }
            impl ::std::convert::TryFrom<&str> for A {
                type Error = ::std::string::String;
                fn try_from(value: &str) -> ::std::result::Result<Self, <Self as ::std::convert::TryFrom<&str>>::Error> {
                    match value.parse::<u8>() {
                        ::std::result::Result::Ok(n) => ::std::result::Result::Ok(A {
                            name: ::std::option::Option::Some(::std::string::ToString::to_string(&n)),
                            list: ::std::default::Default::default(),
                        }),
                        ::std::result::Result::Err(_) => ::std::result::Result::Err(::std::string::String::new()),
                    }
                }
            }
            fn f(x: std::option::Option<u8>) -> ::std::fmt::Result {
                let _ = ::std::option::Option::<u8>::None;
                let _ = ::core::option::Option::None::<u8>;
                let _ = ::clap::value_parser!(::std::string::String);
                let _ = stringify!(::std::string::String);
                ::std::mem::drop(x);
                Ok(())
            }
        });
        let expected = [
            r#"skip_serializing_if = "Option::is_none""#,
            "pub name: Option<String>,",
            // Not a path: a JSON key.
            r#"rename = "::std::vec::Vec::is_empty""#,
            "pub list: Vec<Box<u8>>,",
            "impl TryFrom<&str> for A {",
            "type Error = String;",
            "-> Result<Self, <Self as TryFrom<&str>>::Error>",
            "Ok(n) => {",
            "Ok(A {",
            "name: Some(ToString::to_string(&n)),",
            "list: Default::default(),",
            "Err(_) => Err(String::new()),",
            "fn f(x: Option<u8>) -> ::std::fmt::Result {",
            "let _ = Option::<u8>::None;",
            "let _ = None::<u8>;",
            "let _ = ::clap::value_parser!(String);",
            // Another macro's arguments mean what the macro makes of them.
            "let _ = stringify!(::std::string::String);",
            "drop(x);",
        ];
        for line in expected {
            assert!(printed.contains(line), "{line}\n{printed}");
        }
    }

    #[test]
    fn a_name_the_module_or_the_item_declares_keeps_its_full_path() {
        let printed = shortened(quote! {
            pub struct Result { pub ok: ::std::option::Option<u8> }
            pub fn f() -> ::std::result::Result<(), ()> { ::std::result::Result::Ok(()) }
            pub struct B<Vec> {
                #[serde(skip_serializing_if = "::std::vec::Vec::is_empty")]
                pub v: ::std::vec::Vec<Vec>,
                pub s: ::std::string::String,
            }
            pub fn g(Some: u8) -> ::std::option::Option<u8> { ::std::option::Option::Some(Some) }
            pub fn h() {
                struct String;
                let _ = ::std::string::String::new();
                let _: ::std::boxed::Box<u8>;
            }
            mod std { pub mod option { pub struct Option; } }
            pub fn i(x: std::option::Option) -> ::std::option::Option<u8> { None }
        });
        let expected = [
            "pub ok: Option<u8>",
            "pub fn f() -> ::std::result::Result<(), ()> {",
            // `Ok` itself is not hidden.
            "    Ok(())",
            r#"skip_serializing_if = "::std::vec::Vec::is_empty""#,
            "pub v: ::std::vec::Vec<Vec>,",
            "pub s: String,",
            "-> Option<u8> {",
            "    Option::Some(Some)",
            "let _ = ::std::string::String::new();",
            "let _: Box<u8>;",
            "pub fn i(x: std::option::Option) -> Option<u8>",
        ];
        for line in expected {
            assert!(printed.contains(line), "{line}\n{printed}");
        }
    }

    #[test]
    fn a_glob_import_hides_every_name() {
        let printed = shortened(quote! {
            use other::*;
            pub struct A { pub name: ::std::option::Option<u8> }
        });
        assert!(printed.contains("::std::option::Option<u8>"), "{printed}");
    }
}
