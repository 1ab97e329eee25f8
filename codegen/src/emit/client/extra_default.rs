//! typify's builders start a type's `extra` map (its
//! `additionalProperties`) as "no value supplied", like a required field,
//! whenever the type has required fields: building a `SendMessageRequest`
//! from its builder would fail unless the caller set `extra`. An empty map
//! is always a valid `extra`, so the builders start with one.

use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};

/// Makes every builder's `Default` start `extra` empty.
pub(crate) fn empty_extra(item: &mut syn::Item) {
    EmptyExtra.visit_item_mut(item);
}

struct EmptyExtra;

impl VisitMut for EmptyExtra {
    fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
        let is_default = item
            .trait_
            .as_ref()
            .and_then(|(path, _)| path.segments.last())
            .is_some_and(|segment| segment.ident == "Default");
        if is_default {
            ExtraStartsEmpty.visit_item_impl_mut(item);
        }
        visit_mut::visit_item_impl_mut(self, item);
    }
}

struct ExtraStartsEmpty;

impl VisitMut for ExtraStartsEmpty {
    fn visit_field_value_mut(&mut self, field: &mut syn::FieldValue) {
        let is_extra = matches!(&field.member, syn::Member::Named(name) if name == "extra");
        let unset = matches!(&field.expr, syn::Expr::Call(call)
            if call.func.to_token_stream().to_string() == "Err");
        if is_extra && unset {
            field.expr = syn::parse_quote!(Ok(Default::default()));
        }
        visit_mut::visit_field_value_mut(self, field);
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    #[test]
    fn only_extra_in_default_impls_starts_empty() {
        let tokens = quote! {
            impl ::std::default::Default for SendMessageRequest {
                fn default() -> Self {
                    Self {
                        contact_id: Err("no value supplied for contact_id".to_string()),
                        extra: Err("no value supplied for extra".to_string()),
                    }
                }
            }
            impl From<X> for SendMessageRequest {
                fn from(value: X) -> Self {
                    Self { extra: Err("kept".to_string()) }
                }
            }
        };
        let mut file: syn::File = syn::parse2(tokens).unwrap();
        file.items.iter_mut().for_each(empty_extra);
        let text = file.into_token_stream().to_string();
        assert!(
            text.contains("extra : Ok (Default :: default ())"),
            "{text}"
        );
        assert!(text.contains("contact_id : Err"), "{text}");
        assert!(text.contains("extra : Err (\"kept\""), "{text}");
    }
}
