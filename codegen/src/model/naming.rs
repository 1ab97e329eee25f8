//! The Rust names progenitor gives what the spec names, computed the way
//! progenitor computes them (with `heck`, as progenitor does), so codegen's
//! own passes find the builders and setters progenitor wrote.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// `list_contacts` -> `ListContacts`: an operation's builder (and mock
/// `When`/`Then` prefix, and CLI command variant).
pub(crate) fn builder_name(operation_id: &str) -> String {
    operation_id.to_upper_camel_case()
}

/// `update_contact_response` -> `UpdateContactResponse`: the Rust type a
/// schema of that name becomes, as typify spells it.
pub fn type_name(name: &str) -> String {
    name.to_upper_camel_case()
}

/// `pageSize` -> `page_size`: a parameter's setter.
pub(crate) fn setter_name(parameter: &str) -> String {
    parameter.to_snake_case()
}

/// `list_contacts` -> `list-contacts`: an operation's CLI subcommand
/// (only the CLI, feature `files`, names them).
#[cfg(feature = "files")]
pub(crate) fn command_name(operation_id: &str) -> String {
    operation_id.replace('_', "-")
}

/// `partitionKey` -> `partition_key`: the field a property key becomes, as
/// typify (progenitor's type generator) spells it; empty for a key with no
/// letter or digit (typify then invents a name), so two keys whose fields
/// would clash are found before generation.
pub fn field_name(key: &str) -> String {
    // typify drops apostrophes before converting (`don't` -> `dont`).
    key.replace('\'', "").to_snake_case()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_progenitor() {
        assert_eq!(builder_name("list_cx_logs"), "ListCxLogs");
        assert_eq!(builder_name("send_message"), "SendMessage");
        assert_eq!(setter_name("pageSize"), "page_size");
        assert_eq!(setter_name("page"), "page");
        assert_eq!(field_name("partitionKey"), "partition_key");
        assert_eq!(field_name("partition_key"), "partition_key");
        assert_eq!(field_name("@type"), "type");
        assert_eq!(field_name("$"), "");
        assert_eq!(
            type_name("update_contact_response"),
            "UpdateContactResponse"
        );
    }
}
