//! Messages a user reads: progenitor writes a setter's conversion failure
//! as ``conversion to `:: std :: string :: String` for room_id failed``,
//! the type printed from its tokens. This pass rewrites every such string
//! literal to name the type as a user writes it (`String`).

use proc_macro2::{Group, Literal, TokenStream, TokenTree};

use crate::syntax::type_text;

/// What starts the message, before the type in backticks.
const PREFIX: &str = "conversion to `";

/// Rewrites, at any depth, each string literal that starts with
/// [`PREFIX`] and names a type that parses.
pub(crate) fn readable_type_names(tokens: TokenStream) -> TokenStream {
    tokens
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => {
                let mut rewritten =
                    Group::new(group.delimiter(), readable_type_names(group.stream()));
                rewritten.set_span(group.span());
                TokenTree::Group(rewritten)
            }
            TokenTree::Literal(literal) => match readable(&literal) {
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
fn readable(literal: &Literal) -> Option<String> {
    let text = syn::parse2::<syn::LitStr>(TokenTree::Literal(literal.clone()).into())
        .ok()?
        .value();
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
        let printed = readable_type_names(tokens).to_string();
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
