//! The policy of what learned evidence can become a typed schema: one JSON
//! type (not only `null`, not a conflict), and for arrays, typed items.
//! The YAML writer and the proposals both ask here.

use super::shape::{Kind, Shape};

/// Whether a shape can become a typed schema.
pub fn typed(shape: &Shape) -> bool {
    match shape.kind() {
        Kind::Unknown | Kind::Conflict => false,
        Kind::Array => shape
            .items
            .as_deref()
            .is_some_and(|i| i.seen > 0 && typed(i)),
        _ => true,
    }
}

/// Why a shape cannot become a typed schema, if it cannot.
pub fn untyped_reason(shape: &Shape) -> Option<String> {
    match shape.kind() {
        Kind::Unknown => Some("only seen as null, type unknown".to_owned()),
        Kind::Conflict => Some(format!("type conflict ({})", shape.type_counts())),
        Kind::Array => match shape.items.as_deref() {
            Some(items) if items.seen > 0 => untyped_reason(items).map(|r| format!("items: {r}")),
            _ => Some("only seen as [], item type unknown".to_owned()),
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn one_type_is_typed_and_nulls_or_conflicts_are_not() {
        assert!(typed(&Shape::of(&json!([1]), false)));
        assert!(!typed(&Shape::of(&json!([]), false)));
        assert_eq!(
            untyped_reason(&Shape::of(&json!(null), false)).as_deref(),
            Some("only seen as null, type unknown")
        );
        assert_eq!(
            untyped_reason(&Shape::of(&json!([[null]]), false)).as_deref(),
            Some("items: items: only seen as null, type unknown")
        );
    }
}
