//! The serde attributes the derive reads, shared with serde's `Serialize`
//! derive on the same struct. One this derive does not know is an error at
//! its span: decoding differently from what the attribute asks for,
//! silently, would be worse.

use syn::{Attribute, Error, LitStr};

/// A field's serde attributes that change how it is decoded.
#[derive(Default)]
pub(crate) struct FieldAttributes {
    /// `rename = ".."`: the JSON key.
    pub rename: Option<String>,
    /// `Some(None)` for `default`, `Some(Some(path))` for `default = ".."`.
    pub default: Option<Option<syn::ExprPath>>,
    /// `flatten`: the field that keeps the undeclared keys.
    pub flatten: bool,
}

impl FieldAttributes {
    /// Reads every `#[serde(..)]` of a field.
    pub(crate) fn parse(attrs: &[Attribute]) -> Result<Self, Error> {
        let mut found = Self::default();
        for attr in serde_attributes(attrs) {
            attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    found.rename = Some(meta.value()?.parse::<LitStr>()?.value());
                } else if meta.path.is_ident("default") {
                    found.default = Some(match meta.value() {
                        Ok(value) => Some(value.parse::<LitStr>()?.parse()?),
                        Err(_) => None,
                    });
                } else if meta.path.is_ident("flatten") {
                    found.flatten = true;
                } else if meta.path.is_ident("skip_serializing_if")
                    || meta.path.is_ident("serialize_with")
                {
                    // Serialization only: serde's `Serialize` reads them.
                    meta.value()?.parse::<LitStr>()?;
                } else if meta.path.is_ident("skip_serializing") {
                    // Serialization only, and takes no value.
                } else {
                    return Err(
                        meta.error("klink_api::Deserialize does not support this serde attribute")
                    );
                }
                Ok(())
            })?;
        }
        Ok(found)
    }
}

/// Checks the struct's own `#[serde(..)]` attributes: only `crate = ".."`
/// (which tells serde's `Serialize` derive where serde is; the expansion
/// always reaches serde through klink-api) is allowed.
pub(crate) fn container_attributes(attrs: &[Attribute]) -> Result<(), Error> {
    for attr in serde_attributes(attrs) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("crate") {
                meta.value()?.parse::<LitStr>()?;
                Ok(())
            } else {
                Err(meta.error(
                    "klink_api::Deserialize does not support this serde container attribute",
                ))
            }
        })?;
    }
    Ok(())
}

fn serde_attributes(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|attr| attr.path().is_ident("serde"))
}
