// @generated from openapi/klink.yaml by `cargo xtask generate`.
// Do not edit by hand: change the spec or the codegen crate and regenerate.

/// One presence-status change of an agent; the docs' example stops inside it.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AgentActivity {
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The status the agent moved from; whether it can be `null` (a first status) is unknown, so it may be.
    #[serde(rename = "previousPresenceStatus", skip_serializing_if = "Option::is_none")]
    pub previous_presence_status: Option<PresenceStatus>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for AgentActivity {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = AgentActivity;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct AgentActivity")
            }
            fn visit_map<A>(self, mut map: A) -> Result<AgentActivity, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<crate::Timestamp>> = None;
                let mut slot_1: Option<Option<String>> = None;
                let mut slot_2: Option<Option<PresenceStatus>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "createdAt" => Some(0),
                        "id" => Some(1),
                        "previousPresenceStatus" => Some(2),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "createdAt")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "id")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_2,
                                "previousPresenceStatus",
                            )?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(AgentActivity {
                    created_at: slot_0.unwrap_or_default(),
                    id: slot_1.unwrap_or_default(),
                    previous_presence_status: slot_2.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl AgentActivity {
    pub fn builder() -> builder::AgentActivity {
        Default::default()
    }
}

/// One page of presence-status changes. The docs' example stops inside
/// `data`; whether the list envelope's counters follow is not shown.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AgentActivityPage {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<AgentActivity>,
    #[serde(rename = "lastPage", skip_serializing_if = "Option::is_none")]
    pub last_page: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for AgentActivityPage {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = AgentActivityPage;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct AgentActivityPage")
            }
            fn visit_map<A>(self, mut map: A) -> Result<AgentActivityPage, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Vec<AgentActivity>> = None;
                let mut slot_1: Option<Option<i64>> = None;
                let mut slot_2: Option<Option<i64>> = None;
                let mut slot_3: Option<Option<i64>> = None;
                let mut slot_4: Option<Option<i64>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "data" => Some(0),
                        "lastPage" => Some(1),
                        "page" => Some(2),
                        "pageSize" => Some(3),
                        "total" => Some(4),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "data")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "lastPage")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "page")?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(&mut map, &mut slot_3, "pageSize")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_4, "total")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(AgentActivityPage {
                    data: slot_0.unwrap_or_default(),
                    last_page: slot_1.unwrap_or_default(),
                    page: slot_2.unwrap_or_default(),
                    page_size: slot_3.unwrap_or_default(),
                    total: slot_4.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl AgentActivityPage {
    pub fn builder() -> builder::AgentActivityPage {
        Default::default()
    }
}

/// A category. `deletedAt` and `parentId` are only shown as `null` and
/// `childCategoryList` only as `[]` (presumably nested categories), so
/// the three are left to `extra`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Category {
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `1` for top-level categories.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<i64>,
    #[serde(rename = "sortOrder", skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<i64>,
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
    /// The category's text; may be empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for Category {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Category;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct Category")
            }
            fn visit_map<A>(self, mut map: A) -> Result<Category, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<crate::Timestamp>> = None;
                let mut slot_1: Option<Option<String>> = None;
                let mut slot_2: Option<Option<i64>> = None;
                let mut slot_3: Option<Option<i64>> = None;
                let mut slot_4: Option<Option<crate::Timestamp>> = None;
                let mut slot_5: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "createdAt" => Some(0),
                        "id" => Some(1),
                        "level" => Some(2),
                        "sortOrder" => Some(3),
                        "updatedAt" => Some(4),
                        "value" => Some(5),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "createdAt")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "id")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "level")?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(&mut map, &mut slot_3, "sortOrder")?
                        }
                        crate::lossless::Key::Declared(4) => {
                            crate::lossless::value(&mut map, &mut slot_4, "updatedAt")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_5, "value")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(Category {
                    created_at: slot_0.unwrap_or_default(),
                    id: slot_1.unwrap_or_default(),
                    level: slot_2.unwrap_or_default(),
                    sort_order: slot_3.unwrap_or_default(),
                    updated_at: slot_4.unwrap_or_default(),
                    value: slot_5.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl Category {
    pub fn builder() -> builder::Category {
        Default::default()
    }
}

/// The categories. The docs' example stops inside `data`; whether the
/// list envelope's counters follow is not shown, so they are optional.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CategoryList {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<Category>,
    #[serde(rename = "lastPage", skip_serializing_if = "Option::is_none")]
    pub last_page: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for CategoryList {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = CategoryList;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct CategoryList")
            }
            fn visit_map<A>(self, mut map: A) -> Result<CategoryList, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Vec<Category>> = None;
                let mut slot_1: Option<Option<i64>> = None;
                let mut slot_2: Option<Option<i64>> = None;
                let mut slot_3: Option<Option<i64>> = None;
                let mut slot_4: Option<Option<i64>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "data" => Some(0),
                        "lastPage" => Some(1),
                        "page" => Some(2),
                        "pageSize" => Some(3),
                        "total" => Some(4),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "data")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "lastPage")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "page")?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(&mut map, &mut slot_3, "pageSize")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_4, "total")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(CategoryList {
                    data: slot_0.unwrap_or_default(),
                    last_page: slot_1.unwrap_or_default(),
                    page: slot_2.unwrap_or_default(),
                    page_size: slot_3.unwrap_or_default(),
                    total: slot_4.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl CategoryList {
    pub fn builder() -> builder::CategoryList {
        Default::default()
    }
}

/// A comment on a room; the docs' example stops after `type`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Comment {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "roomId", skip_serializing_if = "Option::is_none")]
    pub room_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// `comment` in the docs.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for Comment {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Comment;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct Comment")
            }
            fn visit_map<A>(self, mut map: A) -> Result<Comment, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<String>> = None;
                let mut slot_1: Option<Option<String>> = None;
                let mut slot_2: Option<Option<String>> = None;
                let mut slot_3: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "id" => Some(0),
                        "roomId" => Some(1),
                        "text" => Some(2),
                        "type" => Some(3),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "id")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "roomId")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "text")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_3, "type")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(Comment {
                    id: slot_0.unwrap_or_default(),
                    room_id: slot_1.unwrap_or_default(),
                    text: slot_2.unwrap_or_default(),
                    type_: slot_3.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl Comment {
    pub fn builder() -> builder::Comment {
        Default::default()
    }
}

/// One page of a room's comments. The docs' example stops inside
/// `data`; whether the list envelope's counters follow is not shown.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CommentPage {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<Comment>,
    #[serde(rename = "lastPage", skip_serializing_if = "Option::is_none")]
    pub last_page: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for CommentPage {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = CommentPage;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct CommentPage")
            }
            fn visit_map<A>(self, mut map: A) -> Result<CommentPage, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Vec<Comment>> = None;
                let mut slot_1: Option<Option<i64>> = None;
                let mut slot_2: Option<Option<i64>> = None;
                let mut slot_3: Option<Option<i64>> = None;
                let mut slot_4: Option<Option<String>> = None;
                let mut slot_5: Option<Option<i64>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "data" => Some(0),
                        "lastPage" => Some(1),
                        "page" => Some(2),
                        "pageSize" => Some(3),
                        "requestId" => Some(4),
                        "total" => Some(5),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "data")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "lastPage")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "page")?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(&mut map, &mut slot_3, "pageSize")?
                        }
                        crate::lossless::Key::Declared(4) => {
                            crate::lossless::value(&mut map, &mut slot_4, "requestId")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_5, "total")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(CommentPage {
                    data: slot_0.unwrap_or_default(),
                    last_page: slot_1.unwrap_or_default(),
                    page: slot_2.unwrap_or_default(),
                    page_size: slot_3.unwrap_or_default(),
                    request_id: slot_4.unwrap_or_default(),
                    total: slot_5.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl CommentPage {
    pub fn builder() -> builder::CommentPage {
        Default::default()
    }
}

/// The company linked to a contact; the docs' example stops inside `name`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Company {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for Company {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Company;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct Company")
            }
            fn visit_map<A>(self, mut map: A) -> Result<Company, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<String>> = None;
                let mut slot_1: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "id" => Some(0),
                        "name" => Some(1),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "id")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_1, "name")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(Company {
                    id: slot_0.unwrap_or_default(),
                    name: slot_1.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl Company {
    pub fn builder() -> builder::Company {
        Default::default()
    }
}

/// A contact, with the keys the current Detail example shows before it
/// stops. `address`, `channel` and `notes` are only shown as `null`
/// there (the old pages call them strings), so they are left to
/// `extra`, with everything after the cut. The old contacts page also
/// lists `customFields` (or `custom_fields`), `phone`, `email` and
/// `contact_groups`, arrays of objects whose shapes it does not give;
/// the current docs show none of them and say the current key for
/// custom fields and emails is unknown, so they too are left to
/// `extra`. Contacts inside CX logs and webhooks have other shapes and
/// are separate schemas.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Contact {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<Company>,
    /// The contact id (a UUID in current examples, 16 characters in old ones).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name shown in the contact list; defaults to the username.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "socialProfileUrl", skip_serializing_if = "Option::is_none")]
    pub social_profile_url: Option<String>,
    /// The contact's tags (objects here; `update_contact_tags` takes names).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for Contact {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Contact;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct Contact")
            }
            fn visit_map<A>(self, mut map: A) -> Result<Contact, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<Company>> = None;
                let mut slot_1: Option<Option<String>> = None;
                let mut slot_2: Option<Option<String>> = None;
                let mut slot_3: Option<Option<String>> = None;
                let mut slot_4: Option<Vec<Tag>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "company" => Some(0),
                        "id" => Some(1),
                        "name" => Some(2),
                        "socialProfileUrl" => Some(3),
                        "tags" => Some(4),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "company")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "id")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "name")?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_3,
                                "socialProfileUrl",
                            )?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_4, "tags")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(Contact {
                    company: slot_0.unwrap_or_default(),
                    id: slot_1.unwrap_or_default(),
                    name: slot_2.unwrap_or_default(),
                    social_profile_url: slot_3.unwrap_or_default(),
                    tags: slot_4.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl Contact {
    pub fn builder() -> builder::Contact {
        Default::default()
    }
}

/// The envelope around one contact; `status` is a string here (`success`).
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactEnvelope {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Contact>,
    /// `contact` in the docs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for ContactEnvelope {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = ContactEnvelope;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct ContactEnvelope")
            }
            fn visit_map<A>(self, mut map: A) -> Result<ContactEnvelope, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<Contact>> = None;
                let mut slot_1: Option<Option<String>> = None;
                let mut slot_2: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "data" => Some(0),
                        "message" => Some(1),
                        "status" => Some(2),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "data")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "message")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_2, "status")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(ContactEnvelope {
                    data: slot_0.unwrap_or_default(),
                    message: slot_1.unwrap_or_default(),
                    status: slot_2.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl ContactEnvelope {
    pub fn builder() -> builder::ContactEnvelope {
        Default::default()
    }
}

/// A contact field of the tenant, custom or not (snake_case keys, as the docs show).
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactField {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_archived: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_required: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_unique: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ContactFieldOption>,
    /// The field's key, e.g. `channel`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system_name: Option<String>,
    /// The field's kind; only `select` is shown, so it is a plain string.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for ContactField {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = ContactField;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct ContactField")
            }
            fn visit_map<A>(self, mut map: A) -> Result<ContactField, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<String>> = None;
                let mut slot_1: Option<Option<String>> = None;
                let mut slot_2: Option<Option<bool>> = None;
                let mut slot_3: Option<Option<bool>> = None;
                let mut slot_4: Option<Option<bool>> = None;
                let mut slot_5: Option<Option<bool>> = None;
                let mut slot_6: Option<Vec<ContactFieldOption>> = None;
                let mut slot_7: Option<Option<String>> = None;
                let mut slot_8: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "display_name" => Some(0),
                        "id" => Some(1),
                        "is_archived" => Some(2),
                        "is_default" => Some(3),
                        "is_required" => Some(4),
                        "is_unique" => Some(5),
                        "options" => Some(6),
                        "system_name" => Some(7),
                        "type" => Some(8),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_0,
                                "display_name",
                            )?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "id")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "is_archived")?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(&mut map, &mut slot_3, "is_default")?
                        }
                        crate::lossless::Key::Declared(4) => {
                            crate::lossless::value(&mut map, &mut slot_4, "is_required")?
                        }
                        crate::lossless::Key::Declared(5) => {
                            crate::lossless::value(&mut map, &mut slot_5, "is_unique")?
                        }
                        crate::lossless::Key::Declared(6) => {
                            crate::lossless::value(&mut map, &mut slot_6, "options")?
                        }
                        crate::lossless::Key::Declared(7) => {
                            crate::lossless::value(&mut map, &mut slot_7, "system_name")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_8, "type")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(ContactField {
                    display_name: slot_0.unwrap_or_default(),
                    id: slot_1.unwrap_or_default(),
                    is_archived: slot_2.unwrap_or_default(),
                    is_default: slot_3.unwrap_or_default(),
                    is_required: slot_4.unwrap_or_default(),
                    is_unique: slot_5.unwrap_or_default(),
                    options: slot_6.unwrap_or_default(),
                    system_name: slot_7.unwrap_or_default(),
                    type_: slot_8.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl ContactField {
    pub fn builder() -> builder::ContactField {
        Default::default()
    }
}

/// One choice of a select field.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactFieldOption {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Free text (`phone`, `G-Mail`), not an enum.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for ContactFieldOption {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = ContactFieldOption;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct ContactFieldOption")
            }
            fn visit_map<A>(self, mut map: A) -> Result<ContactFieldOption, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<bool>> = None;
                let mut slot_1: Option<Option<String>> = None;
                let mut slot_2: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "is_default" => Some(0),
                        "label" => Some(1),
                        "value" => Some(2),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "is_default")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "label")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_2, "value")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(ContactFieldOption {
                    is_default: slot_0.unwrap_or_default(),
                    label: slot_1.unwrap_or_default(),
                    value: slot_2.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl ContactFieldOption {
    pub fn builder() -> builder::ContactFieldOption {
        Default::default()
    }
}

/// One page of contact fields (the list envelope).
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactFieldPage {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<ContactField>,
    #[serde(rename = "lastPage", skip_serializing_if = "Option::is_none")]
    pub last_page: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for ContactFieldPage {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = ContactFieldPage;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct ContactFieldPage")
            }
            fn visit_map<A>(self, mut map: A) -> Result<ContactFieldPage, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Vec<ContactField>> = None;
                let mut slot_1: Option<Option<i64>> = None;
                let mut slot_2: Option<Option<i64>> = None;
                let mut slot_3: Option<Option<i64>> = None;
                let mut slot_4: Option<Option<i64>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "data" => Some(0),
                        "lastPage" => Some(1),
                        "page" => Some(2),
                        "pageSize" => Some(3),
                        "total" => Some(4),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "data")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "lastPage")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "page")?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(&mut map, &mut slot_3, "pageSize")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_4, "total")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(ContactFieldPage {
                    data: slot_0.unwrap_or_default(),
                    last_page: slot_1.unwrap_or_default(),
                    page: slot_2.unwrap_or_default(),
                    page_size: slot_3.unwrap_or_default(),
                    total: slot_4.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl ContactFieldPage {
    pub fn builder() -> builder::ContactFieldPage {
        Default::default()
    }
}

/// One page of contacts (the list envelope).
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactPage {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<Contact>,
    /// The pagination guide calls it both "whether you reached the end"
    /// and "the number of pages"; the docs' numbers fit neither always.
    #[serde(rename = "lastPage", skip_serializing_if = "Option::is_none")]
    pub last_page: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// The number of items in all pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for ContactPage {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = ContactPage;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct ContactPage")
            }
            fn visit_map<A>(self, mut map: A) -> Result<ContactPage, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Vec<Contact>> = None;
                let mut slot_1: Option<Option<i64>> = None;
                let mut slot_2: Option<Option<i64>> = None;
                let mut slot_3: Option<Option<i64>> = None;
                let mut slot_4: Option<Option<i64>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "data" => Some(0),
                        "lastPage" => Some(1),
                        "page" => Some(2),
                        "pageSize" => Some(3),
                        "total" => Some(4),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "data")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "lastPage")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "page")?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(&mut map, &mut slot_3, "pageSize")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_4, "total")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(ContactPage {
                    data: slot_0.unwrap_or_default(),
                    last_page: slot_1.unwrap_or_default(),
                    page: slot_2.unwrap_or_default(),
                    page_size: slot_3.unwrap_or_default(),
                    total: slot_4.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl ContactPage {
    pub fn builder() -> builder::ContactPage {
        Default::default()
    }
}

/// The answer to a tag update (the docs' example is whole).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactTagsEnvelope {
    /// `null` in the docs; any JSON.
    pub data: ::serde_json::Value,
    pub message: String,
    /// `success` in the docs.
    pub status: String,
}

impl ContactTagsEnvelope {
    pub fn builder() -> builder::ContactTagsEnvelope {
        Default::default()
    }
}

/// A comment on a room. The docs' sample stops inside the first
/// mention; other fields are not published.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CreateCommentRequest {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Mention>,
    /// The text; `{0}`, `{1}`, ... mark where the mentions go.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for CreateCommentRequest {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = CreateCommentRequest;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct CreateCommentRequest")
            }
            fn visit_map<A>(self, mut map: A) -> Result<CreateCommentRequest, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Vec<Mention>> = None;
                let mut slot_1: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "mentions" => Some(0),
                        "text" => Some(1),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "mentions")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_1, "text")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(CreateCommentRequest {
                    mentions: slot_0.unwrap_or_default(),
                    text: slot_1.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl CreateCommentRequest {
    pub fn builder() -> builder::CreateCommentRequest {
        Default::default()
    }
}

/// A file to upload. The docs' sample stops inside `data`; other fields
/// (name, MIME type, folder, ...) are not published.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CreateMediaFileRequest {
    /// The file's bytes in base64 (the sample has no `data:` URL prefix).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for CreateMediaFileRequest {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = CreateMediaFileRequest;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct CreateMediaFileRequest")
            }
            fn visit_map<A>(self, mut map: A) -> Result<CreateMediaFileRequest, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "data" => Some(0),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_0, "data")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(CreateMediaFileRequest {
                    data: slot_0.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl CreateMediaFileRequest {
    pub fn builder() -> builder::CreateMediaFileRequest {
        Default::default()
    }
}

/// A new ticket. The docs show these fields in a sample only; which are
/// required is not published, so all are optional. Other fields
/// (assignee, type, ...) may go in `extra`; whether the API accepts
/// them is not published.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CreateTicketRequest {
    /// E.g. `email`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The contact the ticket belongs to (snake_case here; tickets say `contactId`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<String>,
    /// Custom-field values by key (`cf_trackingid`); date fields as
    /// `YYYY-MM-DD`. The sample's values are strings; other value types
    /// are not published.
    #[serde(
        rename = "customFields",
        default,
        skip_serializing_if = "::serde_json::Map::is_empty"
    )]
    pub custom_fields: ::serde_json::Map<String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// E.g. `high`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    /// E.g. `open`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Tag ids (not names).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for CreateTicketRequest {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = CreateTicketRequest;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct CreateTicketRequest")
            }
            fn visit_map<A>(self, mut map: A) -> Result<CreateTicketRequest, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<String>> = None;
                let mut slot_1: Option<Option<String>> = None;
                let mut slot_2: Option<::serde_json::Map<String, ::serde_json::Value>> = None;
                let mut slot_3: Option<Option<String>> = None;
                let mut slot_4: Option<Option<String>> = None;
                let mut slot_5: Option<Option<String>> = None;
                let mut slot_6: Option<Vec<String>> = None;
                let mut slot_7: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "channel" => Some(0),
                        "contact_id" => Some(1),
                        "customFields" => Some(2),
                        "description" => Some(3),
                        "priority" => Some(4),
                        "status" => Some(5),
                        "tags" => Some(6),
                        "title" => Some(7),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "channel")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "contact_id")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_2,
                                "customFields",
                            )?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(&mut map, &mut slot_3, "description")?
                        }
                        crate::lossless::Key::Declared(4) => {
                            crate::lossless::value(&mut map, &mut slot_4, "priority")?
                        }
                        crate::lossless::Key::Declared(5) => {
                            crate::lossless::value(&mut map, &mut slot_5, "status")?
                        }
                        crate::lossless::Key::Declared(6) => {
                            crate::lossless::value(&mut map, &mut slot_6, "tags")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_7, "title")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(CreateTicketRequest {
                    channel: slot_0.unwrap_or_default(),
                    contact_id: slot_1.unwrap_or_default(),
                    custom_fields: slot_2.unwrap_or_default(),
                    description: slot_3.unwrap_or_default(),
                    priority: slot_4.unwrap_or_default(),
                    status: slot_5.unwrap_or_default(),
                    tags: slot_6.unwrap_or_default(),
                    title: slot_7.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl CreateTicketRequest {
    pub fn builder() -> builder::CreateTicketRequest {
        Default::default()
    }
}

/// One customer interaction ("case"). Durations are integers (their
/// unit is not stated; the sizes fit seconds) and `null` in the old
/// page's example. Left to `extra`: `caseId` (an integer in one
/// example, `null` in another), `deletedAt`, `customerPhone` and
/// `mailRoom` (only shown as `null`).
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CxLog {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<LooseObject>,
    #[serde(rename = "agentId", skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<String>,
    /// E.g. `messenger`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(rename = "channelType", skip_serializing_if = "Option::is_none")]
    pub channel_type: Option<String>,
    #[serde(rename = "closedAssignee", skip_serializing_if = "Option::is_none")]
    pub closed_assignee: Option<LooseObject>,
    #[serde(rename = "closedAssigneeId", skip_serializing_if = "Option::is_none")]
    pub closed_assignee_id: Option<String>,
    /// E.g. `2026-03-30 09:15:20+00` (not RFC 3339).
    #[serde(rename = "closedAt", skip_serializing_if = "Option::is_none")]
    pub closed_at: Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<CxLogContact>,
    #[serde(rename = "contactId", skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<String>,
    #[serde(rename = "contactLabel", default, skip_serializing_if = "Vec::is_empty")]
    pub contact_label: Vec<String>,
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// E.g. `processed`.
    #[serde(rename = "cxIntelligenceStatus", skip_serializing_if = "Option::is_none")]
    pub cx_intelligence_status: Option<String>,
    /// E.g. `inbound`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<String>,
    /// E.g. `Resolved`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disposition: Option<String>,
    #[serde(rename = "entityId", skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// E.g. `room`.
    #[serde(rename = "entityName", skip_serializing_if = "Option::is_none")]
    pub entity_name: Option<String>,
    #[serde(rename = "firstAssignee", skip_serializing_if = "Option::is_none")]
    pub first_assignee: Option<CxLogAgent>,
    #[serde(rename = "firstAssigneeId", skip_serializing_if = "Option::is_none")]
    pub first_assignee_id: Option<String>,
    #[serde(rename = "firstRepliedTime", skip_serializing_if = "Option::is_none")]
    pub first_replied_time: Option<i64>,
    #[serde(rename = "firstResponseTime", skip_serializing_if = "Option::is_none")]
    pub first_response_time: Option<i64>,
    #[serde(rename = "fullHandledTime", skip_serializing_if = "Option::is_none")]
    pub full_handled_time: Option<i64>,
    #[serde(rename = "fullResolutionTime", skip_serializing_if = "Option::is_none")]
    pub full_resolution_time: Option<i64>,
    #[serde(rename = "handledTime", skip_serializing_if = "Option::is_none")]
    pub handled_time: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    #[serde(rename = "queueName", skip_serializing_if = "Option::is_none")]
    pub queue_name: Option<String>,
    #[serde(rename = "resolutionTime", skip_serializing_if = "Option::is_none")]
    pub resolution_time: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room: Option<LooseObject>,
    /// E.g. `meet`.
    #[serde(rename = "slaStatus", skip_serializing_if = "Option::is_none")]
    pub sla_status: Option<String>,
    /// E.g. `2026-03-30 08:30:00.000+00` (not RFC 3339).
    #[serde(rename = "startedDate", skip_serializing_if = "Option::is_none")]
    pub started_date: Option<crate::Timestamp>,
    #[serde(rename = "totalHoldDuration", skip_serializing_if = "Option::is_none")]
    pub total_hold_duration: Option<i64>,
    /// The contact's id on the channel's platform (its `socialPlatformId`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
    #[serde(rename = "wrapUpDuration", skip_serializing_if = "Option::is_none")]
    pub wrap_up_duration: Option<i64>,
    #[serde(rename = "wrapUpFormId", skip_serializing_if = "Option::is_none")]
    pub wrap_up_form_id: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for CxLog {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = CxLog;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct CxLog")
            }
            fn visit_map<A>(self, mut map: A) -> Result<CxLog, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<LooseObject>> = None;
                let mut slot_1: Option<Option<String>> = None;
                let mut slot_2: Option<Option<String>> = None;
                let mut slot_3: Option<Option<String>> = None;
                let mut slot_4: Option<Option<LooseObject>> = None;
                let mut slot_5: Option<Option<String>> = None;
                let mut slot_6: Option<Option<crate::Timestamp>> = None;
                let mut slot_7: Option<Option<CxLogContact>> = None;
                let mut slot_8: Option<Option<String>> = None;
                let mut slot_9: Option<Vec<String>> = None;
                let mut slot_10: Option<Option<crate::Timestamp>> = None;
                let mut slot_11: Option<Option<String>> = None;
                let mut slot_12: Option<Option<String>> = None;
                let mut slot_13: Option<Option<String>> = None;
                let mut slot_14: Option<Option<String>> = None;
                let mut slot_15: Option<Option<String>> = None;
                let mut slot_16: Option<Option<CxLogAgent>> = None;
                let mut slot_17: Option<Option<String>> = None;
                let mut slot_18: Option<Option<i64>> = None;
                let mut slot_19: Option<Option<i64>> = None;
                let mut slot_20: Option<Option<i64>> = None;
                let mut slot_21: Option<Option<i64>> = None;
                let mut slot_22: Option<Option<i64>> = None;
                let mut slot_23: Option<Option<String>> = None;
                let mut slot_24: Option<Option<String>> = None;
                let mut slot_25: Option<Option<String>> = None;
                let mut slot_26: Option<Option<i64>> = None;
                let mut slot_27: Option<Option<LooseObject>> = None;
                let mut slot_28: Option<Option<String>> = None;
                let mut slot_29: Option<Option<crate::Timestamp>> = None;
                let mut slot_30: Option<Option<i64>> = None;
                let mut slot_31: Option<Option<String>> = None;
                let mut slot_32: Option<Option<crate::Timestamp>> = None;
                let mut slot_33: Option<Option<i64>> = None;
                let mut slot_34: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "agent" => Some(0),
                        "agentId" => Some(1),
                        "channel" => Some(2),
                        "channelType" => Some(3),
                        "closedAssignee" => Some(4),
                        "closedAssigneeId" => Some(5),
                        "closedAt" => Some(6),
                        "contact" => Some(7),
                        "contactId" => Some(8),
                        "contactLabel" => Some(9),
                        "createdAt" => Some(10),
                        "cxIntelligenceStatus" => Some(11),
                        "direction" => Some(12),
                        "disposition" => Some(13),
                        "entityId" => Some(14),
                        "entityName" => Some(15),
                        "firstAssignee" => Some(16),
                        "firstAssigneeId" => Some(17),
                        "firstRepliedTime" => Some(18),
                        "firstResponseTime" => Some(19),
                        "fullHandledTime" => Some(20),
                        "fullResolutionTime" => Some(21),
                        "handledTime" => Some(22),
                        "id" => Some(23),
                        "queueId" => Some(24),
                        "queueName" => Some(25),
                        "resolutionTime" => Some(26),
                        "room" => Some(27),
                        "slaStatus" => Some(28),
                        "startedDate" => Some(29),
                        "totalHoldDuration" => Some(30),
                        "uid" => Some(31),
                        "updatedAt" => Some(32),
                        "wrapUpDuration" => Some(33),
                        "wrapUpFormId" => Some(34),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "agent")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "agentId")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "channel")?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(&mut map, &mut slot_3, "channelType")?
                        }
                        crate::lossless::Key::Declared(4) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_4,
                                "closedAssignee",
                            )?
                        }
                        crate::lossless::Key::Declared(5) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_5,
                                "closedAssigneeId",
                            )?
                        }
                        crate::lossless::Key::Declared(6) => {
                            crate::lossless::value(&mut map, &mut slot_6, "closedAt")?
                        }
                        crate::lossless::Key::Declared(7) => {
                            crate::lossless::value(&mut map, &mut slot_7, "contact")?
                        }
                        crate::lossless::Key::Declared(8) => {
                            crate::lossless::value(&mut map, &mut slot_8, "contactId")?
                        }
                        crate::lossless::Key::Declared(9) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_9,
                                "contactLabel",
                            )?
                        }
                        crate::lossless::Key::Declared(10) => {
                            crate::lossless::value(&mut map, &mut slot_10, "createdAt")?
                        }
                        crate::lossless::Key::Declared(11) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_11,
                                "cxIntelligenceStatus",
                            )?
                        }
                        crate::lossless::Key::Declared(12) => {
                            crate::lossless::value(&mut map, &mut slot_12, "direction")?
                        }
                        crate::lossless::Key::Declared(13) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_13,
                                "disposition",
                            )?
                        }
                        crate::lossless::Key::Declared(14) => {
                            crate::lossless::value(&mut map, &mut slot_14, "entityId")?
                        }
                        crate::lossless::Key::Declared(15) => {
                            crate::lossless::value(&mut map, &mut slot_15, "entityName")?
                        }
                        crate::lossless::Key::Declared(16) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_16,
                                "firstAssignee",
                            )?
                        }
                        crate::lossless::Key::Declared(17) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_17,
                                "firstAssigneeId",
                            )?
                        }
                        crate::lossless::Key::Declared(18) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_18,
                                "firstRepliedTime",
                            )?
                        }
                        crate::lossless::Key::Declared(19) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_19,
                                "firstResponseTime",
                            )?
                        }
                        crate::lossless::Key::Declared(20) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_20,
                                "fullHandledTime",
                            )?
                        }
                        crate::lossless::Key::Declared(21) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_21,
                                "fullResolutionTime",
                            )?
                        }
                        crate::lossless::Key::Declared(22) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_22,
                                "handledTime",
                            )?
                        }
                        crate::lossless::Key::Declared(23) => {
                            crate::lossless::value(&mut map, &mut slot_23, "id")?
                        }
                        crate::lossless::Key::Declared(24) => {
                            crate::lossless::value(&mut map, &mut slot_24, "queueId")?
                        }
                        crate::lossless::Key::Declared(25) => {
                            crate::lossless::value(&mut map, &mut slot_25, "queueName")?
                        }
                        crate::lossless::Key::Declared(26) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_26,
                                "resolutionTime",
                            )?
                        }
                        crate::lossless::Key::Declared(27) => {
                            crate::lossless::value(&mut map, &mut slot_27, "room")?
                        }
                        crate::lossless::Key::Declared(28) => {
                            crate::lossless::value(&mut map, &mut slot_28, "slaStatus")?
                        }
                        crate::lossless::Key::Declared(29) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_29,
                                "startedDate",
                            )?
                        }
                        crate::lossless::Key::Declared(30) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_30,
                                "totalHoldDuration",
                            )?
                        }
                        crate::lossless::Key::Declared(31) => {
                            crate::lossless::value(&mut map, &mut slot_31, "uid")?
                        }
                        crate::lossless::Key::Declared(32) => {
                            crate::lossless::value(&mut map, &mut slot_32, "updatedAt")?
                        }
                        crate::lossless::Key::Declared(33) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_33,
                                "wrapUpDuration",
                            )?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_34,
                                "wrapUpFormId",
                            )?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(CxLog {
                    agent: slot_0.unwrap_or_default(),
                    agent_id: slot_1.unwrap_or_default(),
                    channel: slot_2.unwrap_or_default(),
                    channel_type: slot_3.unwrap_or_default(),
                    closed_assignee: slot_4.unwrap_or_default(),
                    closed_assignee_id: slot_5.unwrap_or_default(),
                    closed_at: slot_6.unwrap_or_default(),
                    contact: slot_7.unwrap_or_default(),
                    contact_id: slot_8.unwrap_or_default(),
                    contact_label: slot_9.unwrap_or_default(),
                    created_at: slot_10.unwrap_or_default(),
                    cx_intelligence_status: slot_11.unwrap_or_default(),
                    direction: slot_12.unwrap_or_default(),
                    disposition: slot_13.unwrap_or_default(),
                    entity_id: slot_14.unwrap_or_default(),
                    entity_name: slot_15.unwrap_or_default(),
                    first_assignee: slot_16.unwrap_or_default(),
                    first_assignee_id: slot_17.unwrap_or_default(),
                    first_replied_time: slot_18.unwrap_or_default(),
                    first_response_time: slot_19.unwrap_or_default(),
                    full_handled_time: slot_20.unwrap_or_default(),
                    full_resolution_time: slot_21.unwrap_or_default(),
                    handled_time: slot_22.unwrap_or_default(),
                    id: slot_23.unwrap_or_default(),
                    queue_id: slot_24.unwrap_or_default(),
                    queue_name: slot_25.unwrap_or_default(),
                    resolution_time: slot_26.unwrap_or_default(),
                    room: slot_27.unwrap_or_default(),
                    sla_status: slot_28.unwrap_or_default(),
                    started_date: slot_29.unwrap_or_default(),
                    total_hold_duration: slot_30.unwrap_or_default(),
                    uid: slot_31.unwrap_or_default(),
                    updated_at: slot_32.unwrap_or_default(),
                    wrap_up_duration: slot_33.unwrap_or_default(),
                    wrap_up_form_id: slot_34.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl CxLog {
    pub fn builder() -> builder::CxLog {
        Default::default()
    }
}

/// An agent inside a CX log record (`firstAssignee`); the docs' example
/// stops inside `createdAt`. `address`, `phone` and `deletedaAt` (spelt
/// so in the docs) are only shown as `null` and are left to `extra`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CxLogAgent {
    /// Cut off in the docs after `2024-05-10T`; RFC 3339 like every
    /// other `createdAt` of the same payload.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "notificationCount", skip_serializing_if = "Option::is_none")]
    pub notification_count: Option<i64>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for CxLogAgent {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = CxLogAgent;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct CxLogAgent")
            }
            fn visit_map<A>(self, mut map: A) -> Result<CxLogAgent, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<crate::Timestamp>> = None;
                let mut slot_1: Option<Option<String>> = None;
                let mut slot_2: Option<Option<String>> = None;
                let mut slot_3: Option<Option<String>> = None;
                let mut slot_4: Option<Option<i64>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "createdAt" => Some(0),
                        "email" => Some(1),
                        "id" => Some(2),
                        "name" => Some(3),
                        "notificationCount" => Some(4),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "createdAt")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "email")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "id")?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(&mut map, &mut slot_3, "name")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_4,
                                "notificationCount",
                            )?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(CxLogAgent {
                    created_at: slot_0.unwrap_or_default(),
                    email: slot_1.unwrap_or_default(),
                    id: slot_2.unwrap_or_default(),
                    name: slot_3.unwrap_or_default(),
                    notification_count: slot_4.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl CxLogAgent {
    pub fn builder() -> builder::CxLogAgent {
        Default::default()
    }
}

/// The contact inside a CX log record (not the same shape as
/// `Contact`). `deletedAt` is only shown as `null` and is left to
/// `extra`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CxLogContact {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(rename = "companyId", skip_serializing_if = "Option::is_none")]
    pub company_id: Option<String>,
    #[serde(rename = "contactNumber", skip_serializing_if = "Option::is_none")]
    pub contact_number: Option<String>,
    /// A profile picture URL.
    #[serde(rename = "contactProfile", skip_serializing_if = "Option::is_none")]
    pub contact_profile: Option<String>,
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(rename = "platformContacts", default, skip_serializing_if = "Vec::is_empty")]
    pub platform_contacts: Vec<PlatformContact>,
    #[serde(rename = "socialProfileUrl", skip_serializing_if = "Option::is_none")]
    pub social_profile_url: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for CxLogContact {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = CxLogContact;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct CxLogContact")
            }
            fn visit_map<A>(self, mut map: A) -> Result<CxLogContact, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<String>> = None;
                let mut slot_1: Option<Option<String>> = None;
                let mut slot_2: Option<Option<String>> = None;
                let mut slot_3: Option<Option<String>> = None;
                let mut slot_4: Option<Option<String>> = None;
                let mut slot_5: Option<Option<crate::Timestamp>> = None;
                let mut slot_6: Option<Option<String>> = None;
                let mut slot_7: Option<Option<String>> = None;
                let mut slot_8: Option<Option<String>> = None;
                let mut slot_9: Option<Vec<PlatformContact>> = None;
                let mut slot_10: Option<Option<String>> = None;
                let mut slot_11: Option<Vec<Tag>> = None;
                let mut slot_12: Option<Option<crate::Timestamp>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "address" => Some(0),
                        "channel" => Some(1),
                        "companyId" => Some(2),
                        "contactNumber" => Some(3),
                        "contactProfile" => Some(4),
                        "createdAt" => Some(5),
                        "id" => Some(6),
                        "name" => Some(7),
                        "notes" => Some(8),
                        "platformContacts" => Some(9),
                        "socialProfileUrl" => Some(10),
                        "tags" => Some(11),
                        "updatedAt" => Some(12),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "address")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "channel")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "companyId")?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_3,
                                "contactNumber",
                            )?
                        }
                        crate::lossless::Key::Declared(4) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_4,
                                "contactProfile",
                            )?
                        }
                        crate::lossless::Key::Declared(5) => {
                            crate::lossless::value(&mut map, &mut slot_5, "createdAt")?
                        }
                        crate::lossless::Key::Declared(6) => {
                            crate::lossless::value(&mut map, &mut slot_6, "id")?
                        }
                        crate::lossless::Key::Declared(7) => {
                            crate::lossless::value(&mut map, &mut slot_7, "name")?
                        }
                        crate::lossless::Key::Declared(8) => {
                            crate::lossless::value(&mut map, &mut slot_8, "notes")?
                        }
                        crate::lossless::Key::Declared(9) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_9,
                                "platformContacts",
                            )?
                        }
                        crate::lossless::Key::Declared(10) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_10,
                                "socialProfileUrl",
                            )?
                        }
                        crate::lossless::Key::Declared(11) => {
                            crate::lossless::value(&mut map, &mut slot_11, "tags")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_12, "updatedAt")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(CxLogContact {
                    address: slot_0.unwrap_or_default(),
                    channel: slot_1.unwrap_or_default(),
                    company_id: slot_2.unwrap_or_default(),
                    contact_number: slot_3.unwrap_or_default(),
                    contact_profile: slot_4.unwrap_or_default(),
                    created_at: slot_5.unwrap_or_default(),
                    id: slot_6.unwrap_or_default(),
                    name: slot_7.unwrap_or_default(),
                    notes: slot_8.unwrap_or_default(),
                    platform_contacts: slot_9.unwrap_or_default(),
                    social_profile_url: slot_10.unwrap_or_default(),
                    tags: slot_11.unwrap_or_default(),
                    updated_at: slot_12.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl CxLogContact {
    pub fn builder() -> builder::CxLogContact {
        Default::default()
    }
}

/// One page of CX log records. The pagination fields sit here, beside
/// `data`: the old page's example shows `total` and `page` and breaks
/// off at a key starting with `p`; `pageSize` and `lastPage` are the
/// pagination guide's names.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CxLogPage {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<CxLog>,
    #[serde(rename = "lastPage", skip_serializing_if = "Option::is_none")]
    pub last_page: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for CxLogPage {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = CxLogPage;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct CxLogPage")
            }
            fn visit_map<A>(self, mut map: A) -> Result<CxLogPage, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Vec<CxLog>> = None;
                let mut slot_1: Option<Option<i64>> = None;
                let mut slot_2: Option<Option<i64>> = None;
                let mut slot_3: Option<Option<i64>> = None;
                let mut slot_4: Option<Option<i64>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "data" => Some(0),
                        "lastPage" => Some(1),
                        "page" => Some(2),
                        "pageSize" => Some(3),
                        "total" => Some(4),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "data")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "lastPage")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "page")?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(&mut map, &mut slot_3, "pageSize")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_4, "total")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(CxLogPage {
                    data: slot_0.unwrap_or_default(),
                    last_page: slot_1.unwrap_or_default(),
                    page: slot_2.unwrap_or_default(),
                    page_size: slot_3.unwrap_or_default(),
                    total: slot_4.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl CxLogPage {
    pub fn builder() -> builder::CxLogPage {
        Default::default()
    }
}

/// The CX log listing; its page sits under `cxLogs`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CxLogResponse {
    #[serde(rename = "cxLogs", skip_serializing_if = "Option::is_none")]
    pub cx_logs: Option<CxLogPage>,
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for CxLogResponse {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = CxLogResponse;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct CxLogResponse")
            }
            fn visit_map<A>(self, mut map: A) -> Result<CxLogResponse, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<CxLogPage>> = None;
                let mut slot_1: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "cxLogs" => Some(0),
                        "requestId" => Some(1),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "cxLogs")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_1, "requestId")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(CxLogResponse {
                    cx_logs: slot_0.unwrap_or_default(),
                    request_id: slot_1.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl CxLogResponse {
    pub fn builder() -> builder::CxLogResponse {
        Default::default()
    }
}

/// An error body. The docs give no schema for errors, so every field is
/// optional and unknown fields are kept in `extra`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ErrorEnvelope {
    /// A human-readable explanation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The status. In success envelopes it is the integer HTTP status
    /// (Send message) or the string `success` (the Contact pages, the
    /// tag update among them); its type in error bodies is unknown, so
    /// any JSON.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<::serde_json::Value>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for ErrorEnvelope {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = ErrorEnvelope;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct ErrorEnvelope")
            }
            fn visit_map<A>(self, mut map: A) -> Result<ErrorEnvelope, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<String>> = None;
                let mut slot_1: Option<Option<::serde_json::Value>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "message" => Some(0),
                        "status" => Some(1),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "message")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_1, "status")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(ErrorEnvelope {
                    message: slot_0.unwrap_or_default(),
                    status: slot_1.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl ErrorEnvelope {
    pub fn builder() -> builder::ErrorEnvelope {
        Default::default()
    }
}

/// A JSON object whose keys the docs do not publish.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct LooseObject(pub ::serde_json::Map<String, ::serde_json::Value>);

impl ::std::ops::Deref for LooseObject {
    type Target = ::serde_json::Map<String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<String, ::serde_json::Value> {
        &self.0
    }
}

impl From<LooseObject> for ::serde_json::Map<String, ::serde_json::Value> {
    fn from(value: LooseObject) -> Self {
        value.0
    }
}

impl From<::serde_json::Map<String, ::serde_json::Value>> for LooseObject {
    fn from(value: ::serde_json::Map<String, ::serde_json::Value>) -> Self {
        Self(value)
    }
}

/// A media-manager file; the docs' example stops inside `uploadId`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MediaFile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The file's upload. How it relates to a message's `uploadId` and
    /// `upload` is not published.
    #[serde(rename = "uploadId", skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for MediaFile {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = MediaFile;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct MediaFile")
            }
            fn visit_map<A>(self, mut map: A) -> Result<MediaFile, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<String>> = None;
                let mut slot_1: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "id" => Some(0),
                        "uploadId" => Some(1),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "id")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_1, "uploadId")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(MediaFile {
                    id: slot_0.unwrap_or_default(),
                    upload_id: slot_1.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl MediaFile {
    pub fn builder() -> builder::MediaFile {
        Default::default()
    }
}

/// `{data: file}`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MediaFileEnvelope {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<MediaFile>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for MediaFileEnvelope {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = MediaFileEnvelope;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct MediaFileEnvelope")
            }
            fn visit_map<A>(self, mut map: A) -> Result<MediaFileEnvelope, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<MediaFile>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "data" => Some(0),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_0, "data")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(MediaFileEnvelope {
                    data: slot_0.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl MediaFileEnvelope {
    pub fn builder() -> builder::MediaFileEnvelope {
        Default::default()
    }
}

/// A media-manager folder; the docs' example stops after `name`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MediaFolder {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for MediaFolder {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = MediaFolder;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct MediaFolder")
            }
            fn visit_map<A>(self, mut map: A) -> Result<MediaFolder, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<String>> = None;
                let mut slot_1: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "id" => Some(0),
                        "name" => Some(1),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "id")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_1, "name")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(MediaFolder {
                    id: slot_0.unwrap_or_default(),
                    name: slot_1.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl MediaFolder {
    pub fn builder() -> builder::MediaFolder {
        Default::default()
    }
}

/// `{data: folder}`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MediaFolderEnvelope {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<MediaFolder>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for MediaFolderEnvelope {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = MediaFolderEnvelope;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct MediaFolderEnvelope")
            }
            fn visit_map<A>(self, mut map: A) -> Result<MediaFolderEnvelope, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<MediaFolder>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "data" => Some(0),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_0, "data")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(MediaFolderEnvelope {
                    data: slot_0.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl MediaFolderEnvelope {
    pub fn builder() -> builder::MediaFolderEnvelope {
        Default::default()
    }
}

/// A user mentioned in a comment.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Mention {
    /// The placeholder it fills (`0` for `{0}`), as read from the sample.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<i64>,
    /// Presumably a K-LINK user (an agent); the docs do not say.
    #[serde(rename = "userId", skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for Mention {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Mention;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct Mention")
            }
            fn visit_map<A>(self, mut map: A) -> Result<Mention, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<i64>> = None;
                let mut slot_1: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "index" => Some(0),
                        "userId" => Some(1),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "index")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_1, "userId")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(Mention {
                    index: slot_0.unwrap_or_default(),
                    user_id: slot_1.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl Mention {
    pub fn builder() -> builder::Mention {
        Default::default()
    }
}

/// A message stored in a room. The docs show it whole once and cut off
/// after `partition_key` once, so only the keys both show are
/// required. The keys the whole example only shows as `null` are left
/// to `extra`: `readAt`, `replyPlatformMessageId`, `replyReaction`,
/// `linkMessageId`, `linkMessagePartitionKey`, `template`, `actorId`,
/// `actor`, `senderId`, `workflowRule`, `assigneeId`, `assignee`,
/// `repliedMessage`, `editedMessageId`, `editedMessagePartitionKey`,
/// `editedMessage`, `editedAt`, `contactId`, `receiverMetadata`,
/// `attachments`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Message {
    /// Who sent the message, `api` in the docs; the full set is unknown.
    #[serde(rename = "actorType", skip_serializing_if = "Option::is_none")]
    pub actor_type: Option<String>,
    /// Empty in both of the docs' examples.
    #[serde(rename = "clientRequestId")]
    pub client_request_id: String,
    #[serde(rename = "createdAt")]
    pub created_at: crate::Timestamp,
    /// `null` in the docs; any JSON.
    #[serde(rename = "deletedAt")]
    pub deleted_at: ::serde_json::Value,
    /// `outgoing` in the docs; inbound messages are presumably
    /// `incoming`, but the full set is unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<String>,
    /// The message id (a UUID).
    pub id: String,
    #[serde(rename = "imageSetId", skip_serializing_if = "Option::is_none")]
    pub image_set_id: Option<String>,
    #[serde(rename = "isEdited", skip_serializing_if = "Option::is_none")]
    pub is_edited: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The text of the message; empty for media messages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<LooseObject>,
    /// The storage partition, e.g. `2026_02` (snake_case in the API).
    pub partition_key: String,
    /// The channel platform's id for the conversation.
    #[serde(rename = "platformId", skip_serializing_if = "Option::is_none")]
    pub platform_id: Option<String>,
    /// The channel platform's id for this message.
    #[serde(rename = "platformMessageId", skip_serializing_if = "Option::is_none")]
    pub platform_message_id: Option<String>,
    #[serde(rename = "previewUrl", skip_serializing_if = "Option::is_none")]
    pub preview_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room: Option<LooseObject>,
    /// The conversation room (a UUID).
    #[serde(rename = "roomId", skip_serializing_if = "Option::is_none")]
    pub room_id: Option<String>,
    /// The content type, e.g. `text` or `image`; the full set is unknown.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
    /// The attached file, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upload: Option<Upload>,
    /// The attached upload (a UUID), if any.
    #[serde(rename = "uploadId", skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for Message {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Message;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct Message")
            }
            fn visit_map<A>(self, mut map: A) -> Result<Message, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<String>> = None;
                let mut slot_1: Option<String> = None;
                let mut slot_2: Option<crate::Timestamp> = None;
                let mut slot_3: Option<::serde_json::Value> = None;
                let mut slot_4: Option<Option<String>> = None;
                let mut slot_5: Option<String> = None;
                let mut slot_6: Option<Option<String>> = None;
                let mut slot_7: Option<Option<bool>> = None;
                let mut slot_8: Option<Option<String>> = None;
                let mut slot_9: Option<Option<String>> = None;
                let mut slot_10: Option<Option<String>> = None;
                let mut slot_11: Option<Option<LooseObject>> = None;
                let mut slot_12: Option<String> = None;
                let mut slot_13: Option<Option<String>> = None;
                let mut slot_14: Option<Option<String>> = None;
                let mut slot_15: Option<Option<String>> = None;
                let mut slot_16: Option<Option<LooseObject>> = None;
                let mut slot_17: Option<Option<String>> = None;
                let mut slot_18: Option<Option<String>> = None;
                let mut slot_19: Option<crate::Timestamp> = None;
                let mut slot_20: Option<Option<Upload>> = None;
                let mut slot_21: Option<Option<String>> = None;
                let mut slot_22: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "actorType" => Some(0),
                        "clientRequestId" => Some(1),
                        "createdAt" => Some(2),
                        "deletedAt" => Some(3),
                        "direction" => Some(4),
                        "id" => Some(5),
                        "imageSetId" => Some(6),
                        "isEdited" => Some(7),
                        "label" => Some(8),
                        "locale" => Some(9),
                        "message" => Some(10),
                        "metadata" => Some(11),
                        "partition_key" => Some(12),
                        "platformId" => Some(13),
                        "platformMessageId" => Some(14),
                        "previewUrl" => Some(15),
                        "room" => Some(16),
                        "roomId" => Some(17),
                        "type" => Some(18),
                        "updatedAt" => Some(19),
                        "upload" => Some(20),
                        "uploadId" => Some(21),
                        "url" => Some(22),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "actorType")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_1,
                                "clientRequestId",
                            )?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "createdAt")?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(&mut map, &mut slot_3, "deletedAt")?
                        }
                        crate::lossless::Key::Declared(4) => {
                            crate::lossless::value(&mut map, &mut slot_4, "direction")?
                        }
                        crate::lossless::Key::Declared(5) => {
                            crate::lossless::value(&mut map, &mut slot_5, "id")?
                        }
                        crate::lossless::Key::Declared(6) => {
                            crate::lossless::value(&mut map, &mut slot_6, "imageSetId")?
                        }
                        crate::lossless::Key::Declared(7) => {
                            crate::lossless::value(&mut map, &mut slot_7, "isEdited")?
                        }
                        crate::lossless::Key::Declared(8) => {
                            crate::lossless::value(&mut map, &mut slot_8, "label")?
                        }
                        crate::lossless::Key::Declared(9) => {
                            crate::lossless::value(&mut map, &mut slot_9, "locale")?
                        }
                        crate::lossless::Key::Declared(10) => {
                            crate::lossless::value(&mut map, &mut slot_10, "message")?
                        }
                        crate::lossless::Key::Declared(11) => {
                            crate::lossless::value(&mut map, &mut slot_11, "metadata")?
                        }
                        crate::lossless::Key::Declared(12) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_12,
                                "partition_key",
                            )?
                        }
                        crate::lossless::Key::Declared(13) => {
                            crate::lossless::value(&mut map, &mut slot_13, "platformId")?
                        }
                        crate::lossless::Key::Declared(14) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_14,
                                "platformMessageId",
                            )?
                        }
                        crate::lossless::Key::Declared(15) => {
                            crate::lossless::value(&mut map, &mut slot_15, "previewUrl")?
                        }
                        crate::lossless::Key::Declared(16) => {
                            crate::lossless::value(&mut map, &mut slot_16, "room")?
                        }
                        crate::lossless::Key::Declared(17) => {
                            crate::lossless::value(&mut map, &mut slot_17, "roomId")?
                        }
                        crate::lossless::Key::Declared(18) => {
                            crate::lossless::value(&mut map, &mut slot_18, "type")?
                        }
                        crate::lossless::Key::Declared(19) => {
                            crate::lossless::value(&mut map, &mut slot_19, "updatedAt")?
                        }
                        crate::lossless::Key::Declared(20) => {
                            crate::lossless::value(&mut map, &mut slot_20, "upload")?
                        }
                        crate::lossless::Key::Declared(21) => {
                            crate::lossless::value(&mut map, &mut slot_21, "uploadId")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_22, "url")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(Message {
                    actor_type: slot_0.unwrap_or_default(),
                    client_request_id: crate::lossless::required(
                        slot_1,
                        "clientRequestId",
                    )?,
                    created_at: crate::lossless::required(slot_2, "createdAt")?,
                    deleted_at: crate::lossless::required(slot_3, "deletedAt")?,
                    direction: slot_4.unwrap_or_default(),
                    id: crate::lossless::required(slot_5, "id")?,
                    image_set_id: slot_6.unwrap_or_default(),
                    is_edited: slot_7.unwrap_or_default(),
                    label: slot_8.unwrap_or_default(),
                    locale: slot_9.unwrap_or_default(),
                    message: slot_10.unwrap_or_default(),
                    metadata: slot_11.unwrap_or_default(),
                    partition_key: crate::lossless::required(slot_12, "partition_key")?,
                    platform_id: slot_13.unwrap_or_default(),
                    platform_message_id: slot_14.unwrap_or_default(),
                    preview_url: slot_15.unwrap_or_default(),
                    room: slot_16.unwrap_or_default(),
                    room_id: slot_17.unwrap_or_default(),
                    type_: slot_18.unwrap_or_default(),
                    updated_at: crate::lossless::required(slot_19, "updatedAt")?,
                    upload: slot_20.unwrap_or_default(),
                    upload_id: slot_21.unwrap_or_default(),
                    url: slot_22.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl Message {
    pub fn builder() -> builder::Message {
        Default::default()
    }
}

/// The response envelope around one message.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MessageEnvelope {
    pub data: Message,
    /// A human-readable outcome, e.g. `Message sent successfully`.
    pub message: String,
    /// The HTTP status, repeated in the body.
    pub status: i64,
}

impl MessageEnvelope {
    pub fn builder() -> builder::MessageEnvelope {
        Default::default()
    }
}

/// A contact's identity on one channel. `deletedAt` and
/// `botpress_user_metadata` are only shown as `null` and are left to
/// `extra`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PlatformContact {
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// E.g. a Messenger PSID.
    #[serde(rename = "socialPlatformId", skip_serializing_if = "Option::is_none")]
    pub social_platform_id: Option<String>,
    /// E.g. `messenger`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::Timestamp>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for PlatformContact {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = PlatformContact;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct PlatformContact")
            }
            fn visit_map<A>(self, mut map: A) -> Result<PlatformContact, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<String>> = None;
                let mut slot_1: Option<Option<crate::Timestamp>> = None;
                let mut slot_2: Option<Option<String>> = None;
                let mut slot_3: Option<Option<String>> = None;
                let mut slot_4: Option<Option<String>> = None;
                let mut slot_5: Option<Option<crate::Timestamp>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "channelId" => Some(0),
                        "createdAt" => Some(1),
                        "id" => Some(2),
                        "socialPlatformId" => Some(3),
                        "type" => Some(4),
                        "updatedAt" => Some(5),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "channelId")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "createdAt")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "id")?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_3,
                                "socialPlatformId",
                            )?
                        }
                        crate::lossless::Key::Declared(4) => {
                            crate::lossless::value(&mut map, &mut slot_4, "type")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_5, "updatedAt")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(PlatformContact {
                    channel_id: slot_0.unwrap_or_default(),
                    created_at: slot_1.unwrap_or_default(),
                    id: slot_2.unwrap_or_default(),
                    social_platform_id: slot_3.unwrap_or_default(),
                    type_: slot_4.unwrap_or_default(),
                    updated_at: slot_5.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl PlatformContact {
    pub fn builder() -> builder::PlatformContact {
        Default::default()
    }
}

/// A presence status.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PresenceStatus {
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// E.g. 🟢.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emoji: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// E.g. `available`; no list is published.
    #[serde(rename = "systemName", skip_serializing_if = "Option::is_none")]
    pub system_name: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for PresenceStatus {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = PresenceStatus;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct PresenceStatus")
            }
            fn visit_map<A>(self, mut map: A) -> Result<PresenceStatus, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<String>> = None;
                let mut slot_1: Option<Option<String>> = None;
                let mut slot_2: Option<Option<String>> = None;
                let mut slot_3: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "displayName" => Some(0),
                        "emoji" => Some(1),
                        "id" => Some(2),
                        "systemName" => Some(3),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "displayName")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "emoji")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "id")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_3, "systemName")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(PresenceStatus {
                    display_name: slot_0.unwrap_or_default(),
                    emoji: slot_1.unwrap_or_default(),
                    id: slot_2.unwrap_or_default(),
                    system_name: slot_3.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl PresenceStatus {
    pub fn builder() -> builder::PresenceStatus {
        Default::default()
    }
}

/// An outgoing message to one contact. The docs show this body only by
/// example, with four keys; the docs' own response is an image message,
/// so other keys (an upload id for a media message, say) exist but are
/// not published. Any other key goes in `extra` and is sent as given.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SendMessageRequest {
    /// The contact (a UUID) to send to.
    #[serde(rename = "contactId")]
    pub contact_id: String,
    /// Client-side creation time. Whether the server requires it is unknown.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// The text to send (for text messages).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The kind of message, `text` in the docs. The full set of values
    /// is unknown (media types exist), so this is a plain string.
    #[serde(rename = "messageType")]
    pub message_type: String,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for SendMessageRequest {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = SendMessageRequest;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct SendMessageRequest")
            }
            fn visit_map<A>(self, mut map: A) -> Result<SendMessageRequest, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<String> = None;
                let mut slot_1: Option<Option<crate::Timestamp>> = None;
                let mut slot_2: Option<Option<String>> = None;
                let mut slot_3: Option<String> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "contactId" => Some(0),
                        "createdAt" => Some(1),
                        "message" => Some(2),
                        "messageType" => Some(3),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "contactId")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "createdAt")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "message")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_3, "messageType")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(SendMessageRequest {
                    contact_id: crate::lossless::required(slot_0, "contactId")?,
                    created_at: slot_1.unwrap_or_default(),
                    message: slot_2.unwrap_or_default(),
                    message_type: crate::lossless::required(slot_3, "messageType")?,
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl SendMessageRequest {
    pub fn builder() -> builder::SendMessageRequest {
        Default::default()
    }
}

/// A tag as it appears inside a contact.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Tag {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The tag's name, e.g. `platinum`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for Tag {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Tag;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct Tag")
            }
            fn visit_map<A>(self, mut map: A) -> Result<Tag, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<String>> = None;
                let mut slot_1: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "id" => Some(0),
                        "name" => Some(1),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "id")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_1, "name")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(Tag {
                    id: slot_0.unwrap_or_default(),
                    name: slot_1.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl Tag {
    pub fn builder() -> builder::Tag {
        Default::default()
    }
}

/// A ticket. The keys up to `assignee` come from the current Listing
/// example, whose scalar values are all the placeholder `"string"` —
/// so `createdAt` and `updatedAt` stay strings (their format is not
/// shown). `ticketType`, `contact`, `creator` and `tags` come from the
/// old tickets page's property list. `deletedAt` is only shown as
/// `null` and is left to `extra`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Ticket {
    /// The agent handling the ticket; whether it can be `null` (unassigned) is unknown, so it may be.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee: Option<TicketAssignee>,
    #[serde(rename = "assigneeId", skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<String>,
    /// The channel the ticket came in on; the docs show `email`, `mail` and `line`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<LooseObject>,
    #[serde(rename = "contactId", skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<String>,
    /// A timestamp whose format the docs do not show.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub creator: Option<LooseObject>,
    #[serde(rename = "creatorId", skip_serializing_if = "Option::is_none")]
    pub creator_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The docs show `low`, `medium` and `high`; no closed list is published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    #[serde(rename = "reasonToAssign", skip_serializing_if = "Option::is_none")]
    pub reason_to_assign: Option<String>,
    /// The docs show `open`, `in progress`, `resolved` and `pending`; no closed list is published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The old page's list stops at "array of"; the element type is not published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<::serde_json::Value>,
    /// The ticket's reference number (`38838`; the old page says "number").
    #[serde(rename = "ticketNumber", skip_serializing_if = "Option::is_none")]
    pub ticket_number: Option<i64>,
    /// The ticket type's classification (old pages only).
    #[serde(rename = "ticketType", skip_serializing_if = "Option::is_none")]
    pub ticket_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// A timestamp whose format the docs do not show.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for Ticket {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Ticket;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct Ticket")
            }
            fn visit_map<A>(self, mut map: A) -> Result<Ticket, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<TicketAssignee>> = None;
                let mut slot_1: Option<Option<String>> = None;
                let mut slot_2: Option<Option<String>> = None;
                let mut slot_3: Option<Option<LooseObject>> = None;
                let mut slot_4: Option<Option<String>> = None;
                let mut slot_5: Option<Option<String>> = None;
                let mut slot_6: Option<Option<LooseObject>> = None;
                let mut slot_7: Option<Option<String>> = None;
                let mut slot_8: Option<Option<String>> = None;
                let mut slot_9: Option<Option<String>> = None;
                let mut slot_10: Option<Option<String>> = None;
                let mut slot_11: Option<Option<String>> = None;
                let mut slot_12: Option<Option<String>> = None;
                let mut slot_13: Option<Vec<::serde_json::Value>> = None;
                let mut slot_14: Option<Option<i64>> = None;
                let mut slot_15: Option<Option<String>> = None;
                let mut slot_16: Option<Option<String>> = None;
                let mut slot_17: Option<Option<String>> = None;
                let mut slot_18: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "assignee" => Some(0),
                        "assigneeId" => Some(1),
                        "channel" => Some(2),
                        "contact" => Some(3),
                        "contactId" => Some(4),
                        "createdAt" => Some(5),
                        "creator" => Some(6),
                        "creatorId" => Some(7),
                        "description" => Some(8),
                        "id" => Some(9),
                        "priority" => Some(10),
                        "reasonToAssign" => Some(11),
                        "status" => Some(12),
                        "tags" => Some(13),
                        "ticketNumber" => Some(14),
                        "ticketType" => Some(15),
                        "title" => Some(16),
                        "type" => Some(17),
                        "updatedAt" => Some(18),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "assignee")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "assigneeId")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "channel")?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(&mut map, &mut slot_3, "contact")?
                        }
                        crate::lossless::Key::Declared(4) => {
                            crate::lossless::value(&mut map, &mut slot_4, "contactId")?
                        }
                        crate::lossless::Key::Declared(5) => {
                            crate::lossless::value(&mut map, &mut slot_5, "createdAt")?
                        }
                        crate::lossless::Key::Declared(6) => {
                            crate::lossless::value(&mut map, &mut slot_6, "creator")?
                        }
                        crate::lossless::Key::Declared(7) => {
                            crate::lossless::value(&mut map, &mut slot_7, "creatorId")?
                        }
                        crate::lossless::Key::Declared(8) => {
                            crate::lossless::value(&mut map, &mut slot_8, "description")?
                        }
                        crate::lossless::Key::Declared(9) => {
                            crate::lossless::value(&mut map, &mut slot_9, "id")?
                        }
                        crate::lossless::Key::Declared(10) => {
                            crate::lossless::value(&mut map, &mut slot_10, "priority")?
                        }
                        crate::lossless::Key::Declared(11) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_11,
                                "reasonToAssign",
                            )?
                        }
                        crate::lossless::Key::Declared(12) => {
                            crate::lossless::value(&mut map, &mut slot_12, "status")?
                        }
                        crate::lossless::Key::Declared(13) => {
                            crate::lossless::value(&mut map, &mut slot_13, "tags")?
                        }
                        crate::lossless::Key::Declared(14) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_14,
                                "ticketNumber",
                            )?
                        }
                        crate::lossless::Key::Declared(15) => {
                            crate::lossless::value(&mut map, &mut slot_15, "ticketType")?
                        }
                        crate::lossless::Key::Declared(16) => {
                            crate::lossless::value(&mut map, &mut slot_16, "title")?
                        }
                        crate::lossless::Key::Declared(17) => {
                            crate::lossless::value(&mut map, &mut slot_17, "type")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_18, "updatedAt")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(Ticket {
                    assignee: slot_0.unwrap_or_default(),
                    assignee_id: slot_1.unwrap_or_default(),
                    channel: slot_2.unwrap_or_default(),
                    contact: slot_3.unwrap_or_default(),
                    contact_id: slot_4.unwrap_or_default(),
                    created_at: slot_5.unwrap_or_default(),
                    creator: slot_6.unwrap_or_default(),
                    creator_id: slot_7.unwrap_or_default(),
                    description: slot_8.unwrap_or_default(),
                    id: slot_9.unwrap_or_default(),
                    priority: slot_10.unwrap_or_default(),
                    reason_to_assign: slot_11.unwrap_or_default(),
                    status: slot_12.unwrap_or_default(),
                    tags: slot_13.unwrap_or_default(),
                    ticket_number: slot_14.unwrap_or_default(),
                    ticket_type: slot_15.unwrap_or_default(),
                    title: slot_16.unwrap_or_default(),
                    type_: slot_17.unwrap_or_default(),
                    updated_at: slot_18.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl Ticket {
    pub fn builder() -> builder::Ticket {
        Default::default()
    }
}

/// The agent a ticket is assigned to; the docs' example stops after `id`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TicketAssignee {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for TicketAssignee {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = TicketAssignee;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct TicketAssignee")
            }
            fn visit_map<A>(self, mut map: A) -> Result<TicketAssignee, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "id" => Some(0),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_0, "id")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(TicketAssignee {
                    id: slot_0.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl TicketAssignee {
    pub fn builder() -> builder::TicketAssignee {
        Default::default()
    }
}

/// The answer to a ticket creation (`{success, data}`).
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TicketCreated {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<LooseObject>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for TicketCreated {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = TicketCreated;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct TicketCreated")
            }
            fn visit_map<A>(self, mut map: A) -> Result<TicketCreated, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<LooseObject>> = None;
                let mut slot_1: Option<Option<bool>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "data" => Some(0),
                        "success" => Some(1),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "data")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_1, "success")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(TicketCreated {
                    data: slot_0.unwrap_or_default(),
                    success: slot_1.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl TicketCreated {
    pub fn builder() -> builder::TicketCreated {
        Default::default()
    }
}

/// One page of tickets (the list envelope).
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TicketPage {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<Ticket>,
    #[serde(rename = "lastPage", skip_serializing_if = "Option::is_none")]
    pub last_page: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    #[serde(rename = "pageSize", skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for TicketPage {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = TicketPage;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct TicketPage")
            }
            fn visit_map<A>(self, mut map: A) -> Result<TicketPage, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Vec<Ticket>> = None;
                let mut slot_1: Option<Option<i64>> = None;
                let mut slot_2: Option<Option<i64>> = None;
                let mut slot_3: Option<Option<i64>> = None;
                let mut slot_4: Option<Option<i64>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "data" => Some(0),
                        "lastPage" => Some(1),
                        "page" => Some(2),
                        "pageSize" => Some(3),
                        "total" => Some(4),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "data")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "lastPage")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(&mut map, &mut slot_2, "page")?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(&mut map, &mut slot_3, "pageSize")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_4, "total")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(TicketPage {
                    data: slot_0.unwrap_or_default(),
                    last_page: slot_1.unwrap_or_default(),
                    page: slot_2.unwrap_or_default(),
                    page_size: slot_3.unwrap_or_default(),
                    total: slot_4.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl TicketPage {
    pub fn builder() -> builder::TicketPage {
        Default::default()
    }
}

/// A body the docs do not publish; any JSON value.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Unpublished(pub ::serde_json::Value);

impl ::std::ops::Deref for Unpublished {
    type Target = ::serde_json::Value;
    fn deref(&self) -> &::serde_json::Value {
        &self.0
    }
}

impl From<Unpublished> for ::serde_json::Value {
    fn from(value: Unpublished) -> Self {
        value.0
    }
}

impl From<::serde_json::Value> for Unpublished {
    fn from(value: ::serde_json::Value) -> Self {
        Self(value)
    }
}

/// The tags to apply to one contact. The docs show this body only by
/// example (the page has no field table), so any other key goes in
/// `extra` and is sent as given.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UpdateContactTagsRequest {
    /// How the tags are applied; only `MERGE` is published.
    #[serde(rename = "actionType")]
    pub action_type: String,
    /// Tag names (not ids), e.g. `vip`.
    pub tags: Vec<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for UpdateContactTagsRequest {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = UpdateContactTagsRequest;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct UpdateContactTagsRequest")
            }
            fn visit_map<A>(
                self,
                mut map: A,
            ) -> Result<UpdateContactTagsRequest, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<String> = None;
                let mut slot_1: Option<Vec<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "actionType" => Some(0),
                        "tags" => Some(1),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "actionType")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_1, "tags")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(UpdateContactTagsRequest {
                    action_type: crate::lossless::required(slot_0, "actionType")?,
                    tags: crate::lossless::required(slot_1, "tags")?,
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl UpdateContactTagsRequest {
    pub fn builder() -> builder::UpdateContactTagsRequest {
        Default::default()
    }
}

/// A file in the media manager, attached to a message (shown whole once).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Upload {
    #[serde(rename = "createdAt")]
    pub created_at: crate::Timestamp,
    /// `null` in the docs; any JSON.
    #[serde(rename = "deletedAt")]
    pub deleted_at: ::serde_json::Value,
    #[serde(rename = "fileName", skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// Size in bytes.
    #[serde(rename = "fileSize", skip_serializing_if = "Option::is_none")]
    pub file_size: Option<i64>,
    /// A signed, expiring download URL.
    #[serde(rename = "fileUrl", skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    #[serde(rename = "originalUrl", skip_serializing_if = "Option::is_none")]
    pub original_url: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::Timestamp,
}

impl Upload {
    pub fn builder() -> builder::Upload {
        Default::default()
    }
}

/// The contact in a `contact.create` webhook. It is not the REST contact
/// (this payload has `companyId` and `contactEmails`), so it has a schema
/// of its own. The docs' example stops part-way through the first email
/// address: only the keys shown before that point are modelled, and,
/// as for every type known only from a cut-off example, none of them is
/// required. `company` and `companyId` are shown only as `null`, so
/// their type is unknown: they are left to `extra`, with every key the
/// docs cut off (a `null` is kept, not dropped, when the payload is
/// written back). A `null` in the declared keys reads as absent.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct WebhookContact {
    /// A postal address, free text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The channel the contact came from, `whatsapp` in the docs; the
    /// full set is unknown, so this is an open string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The contact's email addresses.
    #[serde(rename = "contactEmails", default, skip_serializing_if = "Vec::is_empty")]
    pub contact_emails: Vec<WebhookContactEmail>,
    /// The contact id (a UUID).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The contact's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for WebhookContact {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = WebhookContact;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct WebhookContact")
            }
            fn visit_map<A>(self, mut map: A) -> Result<WebhookContact, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<String>> = None;
                let mut slot_1: Option<Option<String>> = None;
                let mut slot_2: Option<Vec<WebhookContactEmail>> = None;
                let mut slot_3: Option<Option<String>> = None;
                let mut slot_4: Option<Option<String>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "address" => Some(0),
                        "channel" => Some(1),
                        "contactEmails" => Some(2),
                        "id" => Some(3),
                        "name" => Some(4),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "address")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "channel")?
                        }
                        crate::lossless::Key::Declared(2) => {
                            crate::lossless::value(
                                &mut map,
                                &mut slot_2,
                                "contactEmails",
                            )?
                        }
                        crate::lossless::Key::Declared(3) => {
                            crate::lossless::value(&mut map, &mut slot_3, "id")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_4, "name")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(WebhookContact {
                    address: slot_0.unwrap_or_default(),
                    channel: slot_1.unwrap_or_default(),
                    contact_emails: slot_2.unwrap_or_default(),
                    id: slot_3.unwrap_or_default(),
                    name: slot_4.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl WebhookContact {
    pub fn builder() -> builder::WebhookContact {
        Default::default()
    }
}

/// The `contact.create` webhook, "triggered when a new contact is added
/// to your system": the envelope with the new contact as `data`. Used by
/// no path (OpenAPI 3.0 has no `webhooks` key).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct WebhookContactCreate {
    pub data: WebhookContact,
    /// The event type, `contact.create`.
    pub event: String,
    /// When the contact was created, in UTC.
    pub timestamp: crate::Timestamp,
}

impl WebhookContactCreate {
    pub fn builder() -> builder::WebhookContactCreate {
        Default::default()
    }
}

/// One email address of a webhook contact. The docs' example stops after
/// `isPrimary` (the next key begins `createdA`), so the keys after it are
/// unknown and kept in `extra`.
#[derive(::serde::Serialize, Clone, Debug, PartialEq)]
pub struct WebhookContactEmail {
    /// The address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The email address's id (a UUID).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Whether this is the contact's primary address.
    #[serde(rename = "isPrimary", skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    #[serde(flatten)]
    pub extra: crate::Extra,
}

impl<'de> serde::Deserialize<'de> for WebhookContactEmail {
    fn deserialize<__D>(deserializer: __D) -> Result<Self, __D::Error>
    where
        __D: ::serde::Deserializer<'de>,
    {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = WebhookContactEmail;
            fn expecting(
                &self,
                formatter: &mut ::std::fmt::Formatter,
            ) -> ::std::fmt::Result {
                formatter.write_str("struct WebhookContactEmail")
            }
            fn visit_map<A>(self, mut map: A) -> Result<WebhookContactEmail, A::Error>
            where
                A: ::serde::de::MapAccess<'de>,
            {
                let mut slot_0: Option<Option<String>> = None;
                let mut slot_1: Option<Option<String>> = None;
                let mut slot_2: Option<Option<bool>> = None;
                fn declared(key: &str) -> Option<u16> {
                    match key {
                        "email" => Some(0),
                        "id" => Some(1),
                        "isPrimary" => Some(2),
                        _ => None,
                    }
                }
                let mut undeclared = crate::lossless::Undeclared::default();
                while let Some(key) = map.next_key_seed(undeclared.key_seed(declared))? {
                    match key {
                        crate::lossless::Key::Declared(0) => {
                            crate::lossless::value(&mut map, &mut slot_0, "email")?
                        }
                        crate::lossless::Key::Declared(1) => {
                            crate::lossless::value(&mut map, &mut slot_1, "id")?
                        }
                        crate::lossless::Key::Declared(_) => {
                            crate::lossless::value(&mut map, &mut slot_2, "isPrimary")?
                        }
                        crate::lossless::Key::Undeclared => {
                            map.next_value_seed(undeclared.value())?
                        }
                    }
                }
                Ok(WebhookContactEmail {
                    email: slot_0.unwrap_or_default(),
                    id: slot_1.unwrap_or_default(),
                    is_primary: slot_2.unwrap_or_default(),
                    extra: undeclared.finish(),
                })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl WebhookContactEmail {
    pub fn builder() -> builder::WebhookContactEmail {
        Default::default()
    }
}

/// The body of every webhook request K-LINK sends (a JSON `POST` to the
/// endpoint URL you register, signed with HMAC-SHA256 in the
/// `x-signature` header). OpenAPI 3.0 has no `webhooks` key, so no path
/// refers to this schema. `data` depends on `event`; see
/// `WebhookContactCreate` for the one event whose payload the docs show.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct WebhookEnvelope {
    /// The event's payload: an object in the docs, whose shape depends
    /// on `event`. Any JSON here, so an event whose payload is not
    /// published still decodes.
    pub data: ::serde_json::Value,
    /// The event type, e.g. `contact.create`, `message.inbound` or
    /// `message.outbound`. The docs publish no full catalogue (contact
    /// update and room solved are named only in prose), so this is an
    /// open string.
    pub event: String,
    /// When the event happened, in UTC. The docs show six fractional
    /// digits (`2026-01-09T03:42:38.000000Z`).
    pub timestamp: crate::Timestamp,
}

impl WebhookEnvelope {
    pub fn builder() -> builder::WebhookEnvelope {
        Default::default()
    }
}

/// Types for composing complex structures.
pub mod builder;

/// Error types.
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    pub struct ConversionError(::std::borrow::Cow<'static, str>);

    impl ::std::error::Error for ConversionError {}

    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }

    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }

    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }

    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
