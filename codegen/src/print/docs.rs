//! Doc comments a reader can scan: one `/// ` line per line of text.
//!
//! progenitor and typify emit each doc comment as a single `#[doc = "..."]`
//! attribute, often spanning several lines and without a leading space;
//! prettyplease prints those as `/** ... */` blocks with unindented lines, or
//! as `///Text`. Splitting every doc string into one attribute per line, each
//! starting with a space, makes prettyplease print ordinary `/// ` comments.
//! rustdoc renders both forms the same way.

use proc_macro2::{Delimiter, Group, Literal, Punct, Spacing, TokenStream, TokenTree};

/// Rewrites every `#[doc = "..."]` and `#![doc = "..."]` in `tokens`, at any
/// depth, into one attribute per line of text.
pub(crate) fn one_line_per_doc_line(tokens: TokenStream) -> TokenStream {
    let mut out = Vec::new();
    let mut iter = tokens.into_iter().peekable();
    while let Some(tree) = iter.next() {
        match tree {
            TokenTree::Punct(pound) if pound.as_char() == '#' => {
                let inner = iter
                    .next_if(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == '!'))
                    .is_some();
                let attribute = iter.next_if(
                    |t| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Bracket),
                );
                match attribute.as_ref().and_then(doc_text) {
                    Some(text) => {
                        for line in lines(&text) {
                            out.extend(doc_attribute(inner, &line));
                        }
                    }
                    None => {
                        out.push(TokenTree::Punct(pound));
                        if inner {
                            out.push(TokenTree::Punct(Punct::new('!', Spacing::Alone)));
                        }
                        out.extend(attribute.map(recurse));
                    }
                }
            }
            other => out.push(recurse(other)),
        }
    }
    out.into_iter().collect()
}

fn recurse(tree: TokenTree) -> TokenTree {
    match tree {
        TokenTree::Group(group) => {
            let mut rewritten =
                Group::new(group.delimiter(), one_line_per_doc_line(group.stream()));
            rewritten.set_span(group.span());
            TokenTree::Group(rewritten)
        }
        other => other,
    }
}

/// The text of a `[doc = "..."]` attribute body, if that is what it is.
fn doc_text(tree: &TokenTree) -> Option<String> {
    let TokenTree::Group(group) = tree else {
        return None;
    };
    let mut tokens = group.stream().into_iter();
    let (
        Some(TokenTree::Ident(name)),
        Some(TokenTree::Punct(eq)),
        Some(TokenTree::Literal(lit)),
        None,
    ) = (tokens.next(), tokens.next(), tokens.next(), tokens.next())
    else {
        return None;
    };
    if name != "doc" || eq.as_char() != '=' {
        return None;
    }
    syn::parse2::<syn::LitStr>(TokenTree::Literal(lit).into())
        .ok()
        .map(|lit| lit.value())
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

fn doc_attribute(inner: bool, line: &str) -> TokenStream {
    let literal = Literal::string(line);
    if inner {
        quote::quote!(#![doc = #literal])
    } else {
        quote::quote!(#[doc = #literal])
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    fn printed(tokens: TokenStream) -> String {
        prettyplease::unparse(&syn::parse2(one_line_per_doc_line(tokens)).unwrap())
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
}
