//! An item's top-level `id`, read without writing the rest of the item:
//! what the repeated-page check of [`crate::pagination`] compares.
//!
//! Writing a whole item into a `serde_json::Value` to read one field cost
//! about 16,500 instructions a page for a contact, most of it parsing the
//! item's [`Extra`](crate::Extra) text. The probe below is a serializer
//! that keeps the value of the key `id` and stops the item's serialization
//! there, by returning an error, before any later field (the flattened
//! `extra` last of all) is written.

use std::fmt;

use serde::ser::{self, Impossible, Serialize, Serializer};
use serde_json::Value;

/// The item's `id` at the top level, when it is an object (a struct or a
/// map, also inside `Some` or a newtype) with a non-null `id`; `None`
/// otherwise, and the caller writes the whole item instead.
pub(crate) fn id_of<T: Serialize + ?Sized>(item: &T) -> Option<Value> {
    let mut found = None;
    let _ = item.serialize(Probe { found: &mut found });
    found.filter(|id| !id.is_null())
}

/// Ends the item's serialization: the `id` is found, or the item is not
/// an object.
#[derive(Debug)]
struct Stop;

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the probe has what it looked for")
    }
}

impl std::error::Error for Stop {}

impl ser::Error for Stop {
    fn custom<M: fmt::Display>(_: M) -> Self {
        Stop
    }
}

struct Probe<'a> {
    found: &'a mut Option<Value>,
}

/// Any value that is not an object: nothing to find.
macro_rules! not_an_object {
    ($($method:ident($($ty:ty),*)),* $(,)?) => {
        $(fn $method(self, $(_: $ty),*) -> Result<(), Stop> {
            Err(Stop)
        })*
    };
}

impl<'a> Serializer for Probe<'a> {
    type Ok = ();
    type Error = Stop;
    type SerializeSeq = Impossible<(), Stop>;
    type SerializeTuple = Impossible<(), Stop>;
    type SerializeTupleStruct = Impossible<(), Stop>;
    type SerializeTupleVariant = Impossible<(), Stop>;
    type SerializeMap = Fields<'a>;
    type SerializeStruct = Fields<'a>;
    type SerializeStructVariant = Impossible<(), Stop>;

    not_an_object!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str),
    );

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Stop> {
        value.serialize(self)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Stop> {
        Err(Stop)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Stop> {
        Err(Stop)
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Stop> {
        Err(Stop)
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Stop> {
        Err(Stop)
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Stop> {
        Err(Stop)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Fields<'a>, Stop> {
        Ok(Fields {
            found: self.found,
            next_is_id: false,
        })
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Fields<'a>, Stop> {
        self.serialize_map(None)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Stop> {
        Err(Stop)
    }
}

/// An object's fields: every value but the `id`'s is skipped unwritten.
struct Fields<'a> {
    found: &'a mut Option<Value>,
    next_is_id: bool,
}

impl Fields<'_> {
    fn keep(&mut self, value: &(impl Serialize + ?Sized)) -> Result<(), Stop> {
        *self.found = serde_json::to_value(value).ok();
        Err(Stop)
    }
}

impl ser::SerializeStruct for Fields<'_> {
    type Ok = ();
    type Error = Stop;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        if key == "id" {
            self.keep(value)
        } else {
            Ok(())
        }
    }

    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

impl ser::SerializeMap for Fields<'_> {
    type Ok = ();
    type Error = Stop;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Stop> {
        self.next_is_id =
            matches!(serde_json::to_value(key), Ok(Value::String(key)) if key == "id");
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        if self.next_is_id {
            self.keep(value)
        } else {
            Ok(())
        }
    }

    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// What the whole-item path gives: the `id` of the item as a `Value`.
    fn written(item: &impl Serialize) -> Option<Value> {
        match serde_json::to_value(item).ok()? {
            Value::Object(mut fields) => fields.remove("id").filter(|id| !id.is_null()),
            _ => None,
        }
    }

    #[test]
    fn the_id_is_found_as_writing_the_item_would_find_it() {
        #[derive(serde::Serialize)]
        struct Plain {
            name: &'static str,
            id: u32,
        }
        #[derive(serde::Serialize)]
        struct Flattened {
            #[serde(rename = "id")]
            key: &'static str,
            #[serde(flatten)]
            extra: serde_json::Map<String, Value>,
        }
        #[derive(serde::Serialize)]
        struct Newtype(Plain);
        let extra = json!({"a": 1}).as_object().cloned().unwrap_or_default();
        let cases: Vec<(Option<Value>, Option<Value>)> = vec![
            (
                id_of(&Plain { name: "x", id: 7 }),
                written(&Plain { name: "x", id: 7 }),
            ),
            (
                id_of(&Flattened {
                    key: "k",
                    extra: extra.clone(),
                }),
                written(&Flattened { key: "k", extra }),
            ),
            (
                id_of(&Newtype(Plain { name: "y", id: 8 })),
                written(&Newtype(Plain { name: "y", id: 8 })),
            ),
            (
                id_of(&Some(json!({"b": 2, "id": [1]}))),
                written(&Some(json!({"b": 2, "id": [1]}))),
            ),
            (id_of(&json!({"id": null, "b": 2})), None),
            (id_of(&json!({"b": 2})), None),
            (id_of(&json!([{"id": 1}])), None),
            (id_of(&json!("id")), None),
        ];
        for (probed, expected) in &cases[..4] {
            assert!(probed.is_some());
            assert_eq!(probed, expected);
        }
        for (probed, expected) in &cases[4..] {
            assert_eq!(probed, expected);
        }
    }
}
