//! `--json-body` is optional wherever flags can build the whole body.
//!
//! progenitor requires `--json-body` as soon as one property of the body
//! has no flag of its own, required or not: a map, an array, or the
//! `extra` map of a body that accepts additional keys. Then
//! `klink send-message --contact-id .. --message-type text` is refused,
//! although every required property has its flag. The rule here: the
//! body file is required only when a required property has no flag.

use std::collections::{BTreeSet, HashMap};

use quote::ToTokens;
use serde_json::Value;
use syn::visit_mut::{self, VisitMut};

use crate::spec::Spec;

/// Makes `--json-body` optional in each `cli_<operation>` command whose
/// body's required properties all have flags.
pub(crate) fn relax(spec: &Spec, file: &mut syn::File) {
    Relax {
        raw: &spec.raw,
        operations: operations_by_id(&spec.raw),
    }
    .visit_file_mut(file);
}

struct Relax<'a> {
    raw: &'a Value,
    /// The raw spec's operations by `operationId`.
    operations: HashMap<&'a str, &'a Value>,
}

/// The operations of the raw spec by `operationId` (the first of an id).
fn operations_by_id(raw: &Value) -> HashMap<&str, &Value> {
    let mut operations = HashMap::new();
    let items = raw["paths"]
        .as_object()
        .into_iter()
        .flat_map(|paths| paths.values());
    for operation in items
        .filter_map(Value::as_object)
        .flat_map(|item| item.values())
    {
        if let Some(id) = operation["operationId"].as_str() {
            operations.entry(id).or_insert(operation);
        }
    }
    operations
}

impl VisitMut for Relax<'_> {
    fn visit_impl_item_fn_mut(&mut self, function: &mut syn::ImplItemFn) {
        let name = function.sig.ident.to_string();
        if let Some(operation) = name.strip_prefix("cli_") {
            let flags = flags(&function.block);
            if flags.contains("json-body")
                && let Some(&operation) = self.operations.get(operation)
                && required_properties(self.raw, operation)
                    .is_some_and(|required| required.iter().all(|p| flags.contains(&kebab(p))))
            {
                JsonBodyOptional.visit_block_mut(&mut function.block);
            }
        }
        visit_mut::visit_impl_item_fn_mut(self, function);
    }
}

/// The ids of the `Arg::new("id")` calls in a command.
fn flags(block: &syn::Block) -> BTreeSet<String> {
    struct Flags(BTreeSet<String>);
    impl<'ast> syn::visit::Visit<'ast> for Flags {
        fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
            let is_new = call
                .func
                .to_token_stream()
                .to_string()
                .ends_with("Arg :: new");
            if let (true, Some(syn::Expr::Lit(lit))) = (is_new, call.args.first())
                && let syn::Lit::Str(id) = &lit.lit
            {
                self.0.insert(id.value());
            }
            syn::visit::visit_expr_call(self, call);
        }
    }
    let mut found = Flags(BTreeSet::new());
    syn::visit::Visit::visit_block(&mut found, block);
    found.0
}

/// Turns `.required(true)` into `.required(false)` inside the
/// `.arg(Arg::new("json-body")..)` of a command.
struct JsonBodyOptional;

impl VisitMut for JsonBodyOptional {
    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        let adds_json_body = call.method == "arg"
            && call
                .args
                .first()
                .is_some_and(|arg| arg.to_token_stream().to_string().contains("\"json-body\""));
        if adds_json_body && let Some(arg) = call.args.first_mut() {
            MakeOptional.visit_expr_mut(arg);
        }
        visit_mut::visit_expr_method_call_mut(self, call);
    }
}

struct MakeOptional;

impl VisitMut for MakeOptional {
    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        if call.method == "required" && call.args.len() == 1 {
            call.args[0] = syn::parse_quote!(false);
        }
        visit_mut::visit_expr_method_call_mut(self, call);
    }
}

/// The required properties of `operation`'s JSON request body, following
/// `$ref`s into the raw spec's `components`; `None` when the body's schema
/// is not an object that lists its properties.
fn required_properties(raw: &Value, operation: &Value) -> Option<Vec<String>> {
    let body = resolve(raw, &operation["requestBody"])?;
    let schema = resolve(raw, &body["content"]["application/json"]["schema"])?;
    schema["properties"].as_object()?;
    Some(
        schema["required"]
            .as_array()
            .map(|names| {
                names
                    .iter()
                    .filter_map(|n| n.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default(),
    )
}

/// `value`, or what its local `$ref` points at (one level: the spec's
/// bodies and schemas refer to components directly).
fn resolve<'a>(raw: &'a Value, value: &'a Value) -> Option<&'a Value> {
    match value.get("$ref").and_then(Value::as_str) {
        None => (!value.is_null()).then_some(value),
        Some(reference) => {
            let pointer = reference.strip_prefix('#')?;
            raw.pointer(pointer)
        }
    }
}

/// A property name as progenitor names its flag: `contactId` →
/// `contact-id`, `contact_id` → `contact-id`.
fn kebab(name: &str) -> String {
    let mut out = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        if c == '_' || c == '-' {
            out.push('-');
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower {
            out.push('-');
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
        out.extend(c.to_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn property_names_become_flag_names() {
        assert_eq!(kebab("contactId"), "contact-id");
        assert_eq!(kebab("contact_id"), "contact-id");
        assert_eq!(kebab("messageType"), "message-type");
        assert_eq!(kebab("title"), "title");
    }

    #[test]
    fn required_properties_are_found_through_refs() {
        let raw = serde_json::json!({
            "paths": {"/m": {"post": {
                "operationId": "send",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/M"}}}}
            }}},
            "components": {"schemas": {"M": {
                "type": "object", "required": ["contactId"], "additionalProperties": {},
                "properties": {"contactId": {"type": "string"}}
            }}}
        });
        let operations = operations_by_id(&raw);
        assert_eq!(operations.len(), 1);
        assert_eq!(
            required_properties(&raw, operations["send"]),
            Some(vec!["contactId".into()])
        );
        assert!(!operations.contains_key("other"));
    }

    #[test]
    fn only_the_json_body_flag_becomes_optional() {
        let mut block: syn::Block = syn::parse_quote!({
            ::clap::Command::new("")
                .arg(::clap::Arg::new("contact-id").required_unless_present("json-body"))
                .arg(::clap::Arg::new("tags").required(true))
                .arg(
                    ::clap::Arg::new("json-body")
                        .long("json-body")
                        .required(true),
                )
        });
        assert_eq!(
            flags(&block).into_iter().collect::<Vec<_>>(),
            ["contact-id", "json-body", "tags"]
        );
        JsonBodyOptional.visit_block_mut(&mut block);
        let text = block.to_token_stream().to_string();
        assert!(text.contains("\"tags\") . required (true)"), "{text}");
        assert!(text.contains(". required (false)"), "{text}");
    }
}
