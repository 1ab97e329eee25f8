//! Messages a user reads: progenitor writes a setter's conversion failure
//! as ``conversion to `:: std :: string :: String` for room_id failed``,
//! the type printed from its tokens. This pass rewrites every such string
//! literal to name the type as a user writes it (`String`).

use proc_macro2::{Group, Literal, TokenStream, TokenTree};
use syn::visit_mut::VisitMut;

use crate::syntax::type_text;

/// What starts the message, before the type in backticks.
const PREFIX: &str = "conversion to `";

/// Rewrites, at any depth and in macro arguments too, each string literal
/// that starts with [`PREFIX`] and names a type that parses.
pub(crate) fn readable_type_names(item: &mut syn::Item) {
    Messages.visit_item_mut(item);
}

struct Messages;

impl VisitMut for Messages {
    fn visit_lit_str_mut(&mut self, literal: &mut syn::LitStr) {
        if let Some(text) = readable(&literal.value()) {
            *literal = syn::LitStr::new(&text, literal.span());
        }
    }

    // A macro's arguments are tokens to syn (progenitor's messages are
    // mostly `format!` templates).
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        mac.tokens = in_tokens(std::mem::take(&mut mac.tokens));
    }
}

/// [`readable_type_names`] over tokens.
fn in_tokens(tokens: TokenStream) -> TokenStream {
    tokens
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => {
                let mut rewritten = Group::new(group.delimiter(), in_tokens(group.stream()));
                rewritten.set_span(group.span());
                TokenTree::Group(rewritten)
            }
            TokenTree::Literal(literal) => match readable_literal(&literal) {
                Some(text) => {
                    let mut rewritten = Literal::string(&text);
                    rewritten.set_span(literal.span());
                    TokenTree::Literal(rewritten)
                }
                None => TokenTree::Literal(literal),
            },
            other => other,
        })
        .collect()
}

/// The message with its type named readably, if `literal` is one.
fn readable_literal(literal: &Literal) -> Option<String> {
    let text = syn::parse2::<syn::LitStr>(TokenTree::Literal(literal.clone()).into())
        .ok()?
        .value();
    readable(&text)
}

/// The message with its type named readably, if `text` is one.
fn readable(text: &str) -> Option<String> {
    let rest = text.strip_prefix(PREFIX)?;
    let (ty, tail) = rest.split_once('`')?;
    let ty: syn::Type = syn::parse_str(ty).ok()?;
    Some(format!("{PREFIX}{}`{tail}", type_text(&ty)))
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    #[test]
    fn token_spaced_types_in_messages_read_as_written() {
        let tokens = quote! {
            fn f() {
                let a = "conversion to `:: std :: string :: String` for room_id failed";
                let b = g(|_| format!("conversion to `:: std :: option :: Option < i64 >` for page failed: {}", e));
                let c = "unrelated `:: std :: string :: String`";
            }
        };
        let mut file: syn::File = syn::parse2(tokens).unwrap();
        file.items.iter_mut().for_each(readable_type_names);
        let printed = quote::ToTokens::into_token_stream(file).to_string();
        assert!(
            printed.contains("\"conversion to `String` for room_id failed\""),
            "{printed}"
        );
        assert!(
            printed.contains("\"conversion to `Option<i64>` for page failed: {}\""),
            "{printed}"
        );
        assert!(printed.contains("\"unrelated `:: std :: string :: String`\""));
    }
}
