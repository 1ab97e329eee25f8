//! Field init shorthand: `Self { client, .. }` where progenitor writes
//! `Self { client: client, .. }`.

use syn::visit_mut::{self, VisitMut};

/// Writes every struct-literal field whose value is the variable of the
/// field's name in shorthand, as rustfmt and a person would.
pub(crate) fn field_shorthand(item: &mut syn::Item) {
    Shorthand.visit_item_mut(item);
}

struct Shorthand;

impl VisitMut for Shorthand {
    fn visit_field_value_mut(&mut self, field: &mut syn::FieldValue) {
        visit_mut::visit_field_value_mut(self, field);
        let syn::Member::Named(name) = &field.member else {
            return;
        };
        let same = matches!(&field.expr, syn::Expr::Path(value)
            if value.attrs.is_empty() && value.qself.is_none() && value.path.get_ident() == Some(name));
        if same && field.attrs.is_empty() {
            field.colon_token = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_set_from_its_namesake_is_written_once() {
        let mut item: syn::Item = syn::parse_quote! {
            fn f(client: Client, r#type: u8) -> S {
                S { client: client, r#type: r#type, other: client.other, inner: self::inner, 0: x, nested: T { x: x } }
            }
        };
        field_shorthand(&mut item);
        let printed = prettyplease::unparse(&syn::File {
            shebang: None,
            frontmatter: None,
            attrs: Vec::new(),
            items: vec![item],
        });
        assert!(printed.contains("client,"), "{printed}");
        assert!(printed.contains("r#type,"), "{printed}");
        assert!(printed.contains("other: client.other,"), "{printed}");
        assert!(printed.contains("inner: self::inner,"), "{printed}");
        assert!(printed.contains("nested: T { x },"), "{printed}");
        assert!(!printed.contains("client: client"), "{printed}");
    }
}
