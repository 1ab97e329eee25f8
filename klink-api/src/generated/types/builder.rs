// @generated from openapi/klink.yaml by `cargo xtask generate`.
// Do not edit by hand: change the spec or the codegen crate and regenerate.

#[derive(Clone, Debug)]
pub struct AgentActivity {
    created_at: Result<Option<crate::Timestamp>, String>,
    id: Result<Option<String>, String>,
    previous_presence_status: Result<Option<super::PresenceStatus>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for AgentActivity {
    fn default() -> Self {
        Self {
            created_at: Ok(Default::default()),
            id: Ok(Default::default()),
            previous_presence_status: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl AgentActivity {
    pub fn created_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<crate::Timestamp>>,
        T::Error: ::std::fmt::Display,
    {
        self.created_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created_at: {e}"));
        self
    }

    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn previous_presence_status<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::PresenceStatus>>,
        T::Error: ::std::fmt::Display,
    {
        self.previous_presence_status = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for previous_presence_status: {e}"
                )
            });
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<AgentActivity> for super::AgentActivity {
    type Error = super::error::ConversionError;
    fn try_from(value: AgentActivity) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            created_at: value.created_at?,
            id: value.id?,
            previous_presence_status: value.previous_presence_status?,
            extra: value.extra?,
        })
    }
}

impl From<super::AgentActivity> for AgentActivity {
    fn from(value: super::AgentActivity) -> Self {
        Self {
            created_at: Ok(value.created_at),
            id: Ok(value.id),
            previous_presence_status: Ok(value.previous_presence_status),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct AgentActivityPage {
    data: Result<Vec<super::AgentActivity>, String>,
    last_page: Result<Option<i64>, String>,
    page: Result<Option<i64>, String>,
    page_size: Result<Option<i64>, String>,
    total: Result<Option<i64>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for AgentActivityPage {
    fn default() -> Self {
        Self {
            data: Ok(Default::default()),
            last_page: Ok(Default::default()),
            page: Ok(Default::default()),
            page_size: Ok(Default::default()),
            total: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl AgentActivityPage {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<super::AgentActivity>>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }

    pub fn last_page<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.last_page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for last_page: {e}"));
        self
    }

    pub fn page<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for page: {e}"));
        self
    }

    pub fn page_size<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.page_size = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for page_size: {e}"));
        self
    }

    pub fn total<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.total = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for total: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<AgentActivityPage> for super::AgentActivityPage {
    type Error = super::error::ConversionError;
    fn try_from(
        value: AgentActivityPage,
    ) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            last_page: value.last_page?,
            page: value.page?,
            page_size: value.page_size?,
            total: value.total?,
            extra: value.extra?,
        })
    }
}

impl From<super::AgentActivityPage> for AgentActivityPage {
    fn from(value: super::AgentActivityPage) -> Self {
        Self {
            data: Ok(value.data),
            last_page: Ok(value.last_page),
            page: Ok(value.page),
            page_size: Ok(value.page_size),
            total: Ok(value.total),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Category {
    created_at: Result<Option<crate::Timestamp>, String>,
    id: Result<Option<String>, String>,
    level: Result<Option<i64>, String>,
    sort_order: Result<Option<i64>, String>,
    updated_at: Result<Option<crate::Timestamp>, String>,
    value: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for Category {
    fn default() -> Self {
        Self {
            created_at: Ok(Default::default()),
            id: Ok(Default::default()),
            level: Ok(Default::default()),
            sort_order: Ok(Default::default()),
            updated_at: Ok(Default::default()),
            value: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl Category {
    pub fn created_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<crate::Timestamp>>,
        T::Error: ::std::fmt::Display,
    {
        self.created_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created_at: {e}"));
        self
    }

    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn level<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.level = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for level: {e}"));
        self
    }

    pub fn sort_order<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.sort_order = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for sort_order: {e}"));
        self
    }

    pub fn updated_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<crate::Timestamp>>,
        T::Error: ::std::fmt::Display,
    {
        self.updated_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
        self
    }

    pub fn value<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.value = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for value: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<Category> for super::Category {
    type Error = super::error::ConversionError;
    fn try_from(value: Category) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            created_at: value.created_at?,
            id: value.id?,
            level: value.level?,
            sort_order: value.sort_order?,
            updated_at: value.updated_at?,
            value: value.value?,
            extra: value.extra?,
        })
    }
}

impl From<super::Category> for Category {
    fn from(value: super::Category) -> Self {
        Self {
            created_at: Ok(value.created_at),
            id: Ok(value.id),
            level: Ok(value.level),
            sort_order: Ok(value.sort_order),
            updated_at: Ok(value.updated_at),
            value: Ok(value.value),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct CategoryList {
    data: Result<Vec<super::Category>, String>,
    last_page: Result<Option<i64>, String>,
    page: Result<Option<i64>, String>,
    page_size: Result<Option<i64>, String>,
    total: Result<Option<i64>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for CategoryList {
    fn default() -> Self {
        Self {
            data: Ok(Default::default()),
            last_page: Ok(Default::default()),
            page: Ok(Default::default()),
            page_size: Ok(Default::default()),
            total: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl CategoryList {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<super::Category>>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }

    pub fn last_page<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.last_page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for last_page: {e}"));
        self
    }

    pub fn page<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for page: {e}"));
        self
    }

    pub fn page_size<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.page_size = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for page_size: {e}"));
        self
    }

    pub fn total<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.total = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for total: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<CategoryList> for super::CategoryList {
    type Error = super::error::ConversionError;
    fn try_from(value: CategoryList) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            last_page: value.last_page?,
            page: value.page?,
            page_size: value.page_size?,
            total: value.total?,
            extra: value.extra?,
        })
    }
}

impl From<super::CategoryList> for CategoryList {
    fn from(value: super::CategoryList) -> Self {
        Self {
            data: Ok(value.data),
            last_page: Ok(value.last_page),
            page: Ok(value.page),
            page_size: Ok(value.page_size),
            total: Ok(value.total),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Comment {
    id: Result<Option<String>, String>,
    room_id: Result<Option<String>, String>,
    text: Result<Option<String>, String>,
    type_: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for Comment {
    fn default() -> Self {
        Self {
            id: Ok(Default::default()),
            room_id: Ok(Default::default()),
            text: Ok(Default::default()),
            type_: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl Comment {
    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn room_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.room_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for room_id: {e}"));
        self
    }

    pub fn text<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.text = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for text: {e}"));
        self
    }

    pub fn type_<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.type_ = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for type_: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<Comment> for super::Comment {
    type Error = super::error::ConversionError;
    fn try_from(value: Comment) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            id: value.id?,
            room_id: value.room_id?,
            text: value.text?,
            type_: value.type_?,
            extra: value.extra?,
        })
    }
}

impl From<super::Comment> for Comment {
    fn from(value: super::Comment) -> Self {
        Self {
            id: Ok(value.id),
            room_id: Ok(value.room_id),
            text: Ok(value.text),
            type_: Ok(value.type_),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct CommentPage {
    data: Result<Vec<super::Comment>, String>,
    last_page: Result<Option<i64>, String>,
    page: Result<Option<i64>, String>,
    page_size: Result<Option<i64>, String>,
    request_id: Result<Option<String>, String>,
    total: Result<Option<i64>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for CommentPage {
    fn default() -> Self {
        Self {
            data: Ok(Default::default()),
            last_page: Ok(Default::default()),
            page: Ok(Default::default()),
            page_size: Ok(Default::default()),
            request_id: Ok(Default::default()),
            total: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl CommentPage {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<super::Comment>>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }

    pub fn last_page<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.last_page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for last_page: {e}"));
        self
    }

    pub fn page<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for page: {e}"));
        self
    }

    pub fn page_size<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.page_size = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for page_size: {e}"));
        self
    }

    pub fn request_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.request_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for request_id: {e}"));
        self
    }

    pub fn total<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.total = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for total: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<CommentPage> for super::CommentPage {
    type Error = super::error::ConversionError;
    fn try_from(value: CommentPage) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            last_page: value.last_page?,
            page: value.page?,
            page_size: value.page_size?,
            request_id: value.request_id?,
            total: value.total?,
            extra: value.extra?,
        })
    }
}

impl From<super::CommentPage> for CommentPage {
    fn from(value: super::CommentPage) -> Self {
        Self {
            data: Ok(value.data),
            last_page: Ok(value.last_page),
            page: Ok(value.page),
            page_size: Ok(value.page_size),
            request_id: Ok(value.request_id),
            total: Ok(value.total),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Company {
    id: Result<Option<String>, String>,
    name: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for Company {
    fn default() -> Self {
        Self {
            id: Ok(Default::default()),
            name: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl Company {
    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn name<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<Company> for super::Company {
    type Error = super::error::ConversionError;
    fn try_from(value: Company) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            id: value.id?,
            name: value.name?,
            extra: value.extra?,
        })
    }
}

impl From<super::Company> for Company {
    fn from(value: super::Company) -> Self {
        Self {
            id: Ok(value.id),
            name: Ok(value.name),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Contact {
    company: Result<Option<super::Company>, String>,
    id: Result<Option<String>, String>,
    name: Result<Option<String>, String>,
    social_profile_url: Result<Option<String>, String>,
    tags: Result<Vec<super::Tag>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for Contact {
    fn default() -> Self {
        Self {
            company: Ok(Default::default()),
            id: Ok(Default::default()),
            name: Ok(Default::default()),
            social_profile_url: Ok(Default::default()),
            tags: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl Contact {
    pub fn company<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::Company>>,
        T::Error: ::std::fmt::Display,
    {
        self.company = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for company: {e}"));
        self
    }

    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn name<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }

    pub fn social_profile_url<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.social_profile_url = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for social_profile_url: {e}")
            });
        self
    }

    pub fn tags<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<super::Tag>>,
        T::Error: ::std::fmt::Display,
    {
        self.tags = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tags: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<Contact> for super::Contact {
    type Error = super::error::ConversionError;
    fn try_from(value: Contact) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            company: value.company?,
            id: value.id?,
            name: value.name?,
            social_profile_url: value.social_profile_url?,
            tags: value.tags?,
            extra: value.extra?,
        })
    }
}

impl From<super::Contact> for Contact {
    fn from(value: super::Contact) -> Self {
        Self {
            company: Ok(value.company),
            id: Ok(value.id),
            name: Ok(value.name),
            social_profile_url: Ok(value.social_profile_url),
            tags: Ok(value.tags),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct ContactEnvelope {
    data: Result<Option<super::Contact>, String>,
    message: Result<Option<String>, String>,
    status: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for ContactEnvelope {
    fn default() -> Self {
        Self {
            data: Ok(Default::default()),
            message: Ok(Default::default()),
            status: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl ContactEnvelope {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::Contact>>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }

    pub fn message<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.message = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for message: {e}"));
        self
    }

    pub fn status<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<ContactEnvelope> for super::ContactEnvelope {
    type Error = super::error::ConversionError;
    fn try_from(value: ContactEnvelope) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            message: value.message?,
            status: value.status?,
            extra: value.extra?,
        })
    }
}

impl From<super::ContactEnvelope> for ContactEnvelope {
    fn from(value: super::ContactEnvelope) -> Self {
        Self {
            data: Ok(value.data),
            message: Ok(value.message),
            status: Ok(value.status),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct ContactField {
    display_name: Result<Option<String>, String>,
    id: Result<Option<String>, String>,
    is_archived: Result<Option<bool>, String>,
    is_default: Result<Option<bool>, String>,
    is_required: Result<Option<bool>, String>,
    is_unique: Result<Option<bool>, String>,
    options: Result<Vec<super::ContactFieldOption>, String>,
    system_name: Result<Option<String>, String>,
    type_: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for ContactField {
    fn default() -> Self {
        Self {
            display_name: Ok(Default::default()),
            id: Ok(Default::default()),
            is_archived: Ok(Default::default()),
            is_default: Ok(Default::default()),
            is_required: Ok(Default::default()),
            is_unique: Ok(Default::default()),
            options: Ok(Default::default()),
            system_name: Ok(Default::default()),
            type_: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl ContactField {
    pub fn display_name<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.display_name = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for display_name: {e}")
            });
        self
    }

    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn is_archived<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.is_archived = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for is_archived: {e}")
            });
        self
    }

    pub fn is_default<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.is_default = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for is_default: {e}"));
        self
    }

    pub fn is_required<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.is_required = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for is_required: {e}")
            });
        self
    }

    pub fn is_unique<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.is_unique = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for is_unique: {e}"));
        self
    }

    pub fn options<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<super::ContactFieldOption>>,
        T::Error: ::std::fmt::Display,
    {
        self.options = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for options: {e}"));
        self
    }

    pub fn system_name<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.system_name = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for system_name: {e}")
            });
        self
    }

    pub fn type_<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.type_ = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for type_: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<ContactField> for super::ContactField {
    type Error = super::error::ConversionError;
    fn try_from(value: ContactField) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            display_name: value.display_name?,
            id: value.id?,
            is_archived: value.is_archived?,
            is_default: value.is_default?,
            is_required: value.is_required?,
            is_unique: value.is_unique?,
            options: value.options?,
            system_name: value.system_name?,
            type_: value.type_?,
            extra: value.extra?,
        })
    }
}

impl From<super::ContactField> for ContactField {
    fn from(value: super::ContactField) -> Self {
        Self {
            display_name: Ok(value.display_name),
            id: Ok(value.id),
            is_archived: Ok(value.is_archived),
            is_default: Ok(value.is_default),
            is_required: Ok(value.is_required),
            is_unique: Ok(value.is_unique),
            options: Ok(value.options),
            system_name: Ok(value.system_name),
            type_: Ok(value.type_),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct ContactFieldOption {
    is_default: Result<Option<bool>, String>,
    label: Result<Option<String>, String>,
    value: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for ContactFieldOption {
    fn default() -> Self {
        Self {
            is_default: Ok(Default::default()),
            label: Ok(Default::default()),
            value: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl ContactFieldOption {
    pub fn is_default<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.is_default = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for is_default: {e}"));
        self
    }

    pub fn label<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.label = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for label: {e}"));
        self
    }

    pub fn value<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.value = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for value: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<ContactFieldOption> for super::ContactFieldOption {
    type Error = super::error::ConversionError;
    fn try_from(
        value: ContactFieldOption,
    ) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            is_default: value.is_default?,
            label: value.label?,
            value: value.value?,
            extra: value.extra?,
        })
    }
}

impl From<super::ContactFieldOption> for ContactFieldOption {
    fn from(value: super::ContactFieldOption) -> Self {
        Self {
            is_default: Ok(value.is_default),
            label: Ok(value.label),
            value: Ok(value.value),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct ContactFieldPage {
    data: Result<Vec<super::ContactField>, String>,
    last_page: Result<Option<i64>, String>,
    page: Result<Option<i64>, String>,
    page_size: Result<Option<i64>, String>,
    total: Result<Option<i64>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for ContactFieldPage {
    fn default() -> Self {
        Self {
            data: Ok(Default::default()),
            last_page: Ok(Default::default()),
            page: Ok(Default::default()),
            page_size: Ok(Default::default()),
            total: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl ContactFieldPage {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<super::ContactField>>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }

    pub fn last_page<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.last_page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for last_page: {e}"));
        self
    }

    pub fn page<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for page: {e}"));
        self
    }

    pub fn page_size<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.page_size = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for page_size: {e}"));
        self
    }

    pub fn total<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.total = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for total: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<ContactFieldPage> for super::ContactFieldPage {
    type Error = super::error::ConversionError;
    fn try_from(value: ContactFieldPage) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            last_page: value.last_page?,
            page: value.page?,
            page_size: value.page_size?,
            total: value.total?,
            extra: value.extra?,
        })
    }
}

impl From<super::ContactFieldPage> for ContactFieldPage {
    fn from(value: super::ContactFieldPage) -> Self {
        Self {
            data: Ok(value.data),
            last_page: Ok(value.last_page),
            page: Ok(value.page),
            page_size: Ok(value.page_size),
            total: Ok(value.total),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct ContactPage {
    data: Result<Vec<super::Contact>, String>,
    last_page: Result<Option<i64>, String>,
    page: Result<Option<i64>, String>,
    page_size: Result<Option<i64>, String>,
    total: Result<Option<i64>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for ContactPage {
    fn default() -> Self {
        Self {
            data: Ok(Default::default()),
            last_page: Ok(Default::default()),
            page: Ok(Default::default()),
            page_size: Ok(Default::default()),
            total: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl ContactPage {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<super::Contact>>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }

    pub fn last_page<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.last_page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for last_page: {e}"));
        self
    }

    pub fn page<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for page: {e}"));
        self
    }

    pub fn page_size<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.page_size = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for page_size: {e}"));
        self
    }

    pub fn total<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.total = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for total: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<ContactPage> for super::ContactPage {
    type Error = super::error::ConversionError;
    fn try_from(value: ContactPage) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            last_page: value.last_page?,
            page: value.page?,
            page_size: value.page_size?,
            total: value.total?,
            extra: value.extra?,
        })
    }
}

impl From<super::ContactPage> for ContactPage {
    fn from(value: super::ContactPage) -> Self {
        Self {
            data: Ok(value.data),
            last_page: Ok(value.last_page),
            page: Ok(value.page),
            page_size: Ok(value.page_size),
            total: Ok(value.total),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct ContactTagsEnvelope {
    data: Result<::serde_json::Value, String>,
    message: Result<String, String>,
    status: Result<String, String>,
}

impl Default for ContactTagsEnvelope {
    fn default() -> Self {
        Self {
            data: Err("no value supplied for data".to_string()),
            message: Err("no value supplied for message".to_string()),
            status: Err("no value supplied for status".to_string()),
        }
    }
}

impl ContactTagsEnvelope {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: TryInto<::serde_json::Value>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }

    pub fn message<T>(mut self, value: T) -> Self
    where
        T: TryInto<String>,
        T::Error: ::std::fmt::Display,
    {
        self.message = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for message: {e}"));
        self
    }

    pub fn status<T>(mut self, value: T) -> Self
    where
        T: TryInto<String>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }
}

impl TryFrom<ContactTagsEnvelope> for super::ContactTagsEnvelope {
    type Error = super::error::ConversionError;
    fn try_from(
        value: ContactTagsEnvelope,
    ) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            message: value.message?,
            status: value.status?,
        })
    }
}

impl From<super::ContactTagsEnvelope> for ContactTagsEnvelope {
    fn from(value: super::ContactTagsEnvelope) -> Self {
        Self {
            data: Ok(value.data),
            message: Ok(value.message),
            status: Ok(value.status),
        }
    }
}

#[derive(Clone, Debug)]
pub struct CreateCommentRequest {
    mentions: Result<Vec<super::Mention>, String>,
    text: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for CreateCommentRequest {
    fn default() -> Self {
        Self {
            mentions: Ok(Default::default()),
            text: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl CreateCommentRequest {
    pub fn mentions<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<super::Mention>>,
        T::Error: ::std::fmt::Display,
    {
        self.mentions = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for mentions: {e}"));
        self
    }

    pub fn text<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.text = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for text: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<CreateCommentRequest> for super::CreateCommentRequest {
    type Error = super::error::ConversionError;
    fn try_from(
        value: CreateCommentRequest,
    ) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            mentions: value.mentions?,
            text: value.text?,
            extra: value.extra?,
        })
    }
}

impl From<super::CreateCommentRequest> for CreateCommentRequest {
    fn from(value: super::CreateCommentRequest) -> Self {
        Self {
            mentions: Ok(value.mentions),
            text: Ok(value.text),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct CreateMediaFileRequest {
    data: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for CreateMediaFileRequest {
    fn default() -> Self {
        Self {
            data: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl CreateMediaFileRequest {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<CreateMediaFileRequest> for super::CreateMediaFileRequest {
    type Error = super::error::ConversionError;
    fn try_from(
        value: CreateMediaFileRequest,
    ) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            extra: value.extra?,
        })
    }
}

impl From<super::CreateMediaFileRequest> for CreateMediaFileRequest {
    fn from(value: super::CreateMediaFileRequest) -> Self {
        Self {
            data: Ok(value.data),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct CreateTicketRequest {
    channel: Result<Option<String>, String>,
    contact_id: Result<Option<String>, String>,
    custom_fields: Result<::serde_json::Map<String, ::serde_json::Value>, String>,
    description: Result<Option<String>, String>,
    priority: Result<Option<String>, String>,
    status: Result<Option<String>, String>,
    tags: Result<Vec<String>, String>,
    title: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for CreateTicketRequest {
    fn default() -> Self {
        Self {
            channel: Ok(Default::default()),
            contact_id: Ok(Default::default()),
            custom_fields: Ok(Default::default()),
            description: Ok(Default::default()),
            priority: Ok(Default::default()),
            status: Ok(Default::default()),
            tags: Ok(Default::default()),
            title: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl CreateTicketRequest {
    pub fn channel<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.channel = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for channel: {e}"));
        self
    }

    pub fn contact_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.contact_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for contact_id: {e}"));
        self
    }

    pub fn custom_fields<T>(mut self, value: T) -> Self
    where
        T: TryInto<::serde_json::Map<String, ::serde_json::Value>>,
        T::Error: ::std::fmt::Display,
    {
        self.custom_fields = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for custom_fields: {e}")
            });
        self
    }

    pub fn description<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
        self
    }

    pub fn priority<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.priority = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for priority: {e}"));
        self
    }

    pub fn status<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }

    pub fn tags<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.tags = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tags: {e}"));
        self
    }

    pub fn title<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.title = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for title: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<CreateTicketRequest> for super::CreateTicketRequest {
    type Error = super::error::ConversionError;
    fn try_from(
        value: CreateTicketRequest,
    ) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            channel: value.channel?,
            contact_id: value.contact_id?,
            custom_fields: value.custom_fields?,
            description: value.description?,
            priority: value.priority?,
            status: value.status?,
            tags: value.tags?,
            title: value.title?,
            extra: value.extra?,
        })
    }
}

impl From<super::CreateTicketRequest> for CreateTicketRequest {
    fn from(value: super::CreateTicketRequest) -> Self {
        Self {
            channel: Ok(value.channel),
            contact_id: Ok(value.contact_id),
            custom_fields: Ok(value.custom_fields),
            description: Ok(value.description),
            priority: Ok(value.priority),
            status: Ok(value.status),
            tags: Ok(value.tags),
            title: Ok(value.title),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct CxLog {
    agent: Result<Option<super::LooseObject>, String>,
    agent_id: Result<Option<String>, String>,
    channel: Result<Option<String>, String>,
    channel_type: Result<Option<String>, String>,
    closed_assignee: Result<Option<super::LooseObject>, String>,
    closed_assignee_id: Result<Option<String>, String>,
    closed_at: Result<Option<crate::Timestamp>, String>,
    contact: Result<Option<super::CxLogContact>, String>,
    contact_id: Result<Option<String>, String>,
    contact_label: Result<Vec<String>, String>,
    created_at: Result<Option<crate::Timestamp>, String>,
    cx_intelligence_status: Result<Option<String>, String>,
    direction: Result<Option<String>, String>,
    disposition: Result<Option<String>, String>,
    entity_id: Result<Option<String>, String>,
    entity_name: Result<Option<String>, String>,
    first_assignee: Result<Option<super::CxLogAgent>, String>,
    first_assignee_id: Result<Option<String>, String>,
    first_replied_time: Result<Option<i64>, String>,
    first_response_time: Result<Option<i64>, String>,
    full_handled_time: Result<Option<i64>, String>,
    full_resolution_time: Result<Option<i64>, String>,
    handled_time: Result<Option<i64>, String>,
    id: Result<Option<String>, String>,
    queue_id: Result<Option<String>, String>,
    queue_name: Result<Option<String>, String>,
    resolution_time: Result<Option<i64>, String>,
    room: Result<Option<super::LooseObject>, String>,
    sla_status: Result<Option<String>, String>,
    started_date: Result<Option<crate::Timestamp>, String>,
    total_hold_duration: Result<Option<i64>, String>,
    uid: Result<Option<String>, String>,
    updated_at: Result<Option<crate::Timestamp>, String>,
    wrap_up_duration: Result<Option<i64>, String>,
    wrap_up_form_id: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for CxLog {
    fn default() -> Self {
        Self {
            agent: Ok(Default::default()),
            agent_id: Ok(Default::default()),
            channel: Ok(Default::default()),
            channel_type: Ok(Default::default()),
            closed_assignee: Ok(Default::default()),
            closed_assignee_id: Ok(Default::default()),
            closed_at: Ok(Default::default()),
            contact: Ok(Default::default()),
            contact_id: Ok(Default::default()),
            contact_label: Ok(Default::default()),
            created_at: Ok(Default::default()),
            cx_intelligence_status: Ok(Default::default()),
            direction: Ok(Default::default()),
            disposition: Ok(Default::default()),
            entity_id: Ok(Default::default()),
            entity_name: Ok(Default::default()),
            first_assignee: Ok(Default::default()),
            first_assignee_id: Ok(Default::default()),
            first_replied_time: Ok(Default::default()),
            first_response_time: Ok(Default::default()),
            full_handled_time: Ok(Default::default()),
            full_resolution_time: Ok(Default::default()),
            handled_time: Ok(Default::default()),
            id: Ok(Default::default()),
            queue_id: Ok(Default::default()),
            queue_name: Ok(Default::default()),
            resolution_time: Ok(Default::default()),
            room: Ok(Default::default()),
            sla_status: Ok(Default::default()),
            started_date: Ok(Default::default()),
            total_hold_duration: Ok(Default::default()),
            uid: Ok(Default::default()),
            updated_at: Ok(Default::default()),
            wrap_up_duration: Ok(Default::default()),
            wrap_up_form_id: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl CxLog {
    pub fn agent<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::LooseObject>>,
        T::Error: ::std::fmt::Display,
    {
        self.agent = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for agent: {e}"));
        self
    }

    pub fn agent_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.agent_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for agent_id: {e}"));
        self
    }

    pub fn channel<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.channel = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for channel: {e}"));
        self
    }

    pub fn channel_type<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.channel_type = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for channel_type: {e}")
            });
        self
    }

    pub fn closed_assignee<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::LooseObject>>,
        T::Error: ::std::fmt::Display,
    {
        self.closed_assignee = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for closed_assignee: {e}")
            });
        self
    }

    pub fn closed_assignee_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.closed_assignee_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for closed_assignee_id: {e}")
            });
        self
    }

    pub fn closed_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<crate::Timestamp>>,
        T::Error: ::std::fmt::Display,
    {
        self.closed_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for closed_at: {e}"));
        self
    }

    pub fn contact<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::CxLogContact>>,
        T::Error: ::std::fmt::Display,
    {
        self.contact = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for contact: {e}"));
        self
    }

    pub fn contact_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.contact_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for contact_id: {e}"));
        self
    }

    pub fn contact_label<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.contact_label = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for contact_label: {e}")
            });
        self
    }

    pub fn created_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<crate::Timestamp>>,
        T::Error: ::std::fmt::Display,
    {
        self.created_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created_at: {e}"));
        self
    }

    pub fn cx_intelligence_status<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.cx_intelligence_status = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for cx_intelligence_status: {e}"
                )
            });
        self
    }

    pub fn direction<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.direction = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for direction: {e}"));
        self
    }

    pub fn disposition<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.disposition = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for disposition: {e}")
            });
        self
    }

    pub fn entity_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.entity_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for entity_id: {e}"));
        self
    }

    pub fn entity_name<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.entity_name = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for entity_name: {e}")
            });
        self
    }

    pub fn first_assignee<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::CxLogAgent>>,
        T::Error: ::std::fmt::Display,
    {
        self.first_assignee = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for first_assignee: {e}")
            });
        self
    }

    pub fn first_assignee_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.first_assignee_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for first_assignee_id: {e}")
            });
        self
    }

    pub fn first_replied_time<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.first_replied_time = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for first_replied_time: {e}")
            });
        self
    }

    pub fn first_response_time<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.first_response_time = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for first_response_time: {e}")
            });
        self
    }

    pub fn full_handled_time<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.full_handled_time = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for full_handled_time: {e}")
            });
        self
    }

    pub fn full_resolution_time<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.full_resolution_time = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for full_resolution_time: {e}")
            });
        self
    }

    pub fn handled_time<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.handled_time = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for handled_time: {e}")
            });
        self
    }

    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn queue_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.queue_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for queue_id: {e}"));
        self
    }

    pub fn queue_name<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.queue_name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for queue_name: {e}"));
        self
    }

    pub fn resolution_time<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.resolution_time = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for resolution_time: {e}")
            });
        self
    }

    pub fn room<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::LooseObject>>,
        T::Error: ::std::fmt::Display,
    {
        self.room = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for room: {e}"));
        self
    }

    pub fn sla_status<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.sla_status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for sla_status: {e}"));
        self
    }

    pub fn started_date<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<crate::Timestamp>>,
        T::Error: ::std::fmt::Display,
    {
        self.started_date = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for started_date: {e}")
            });
        self
    }

    pub fn total_hold_duration<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.total_hold_duration = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for total_hold_duration: {e}")
            });
        self
    }

    pub fn uid<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.uid = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for uid: {e}"));
        self
    }

    pub fn updated_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<crate::Timestamp>>,
        T::Error: ::std::fmt::Display,
    {
        self.updated_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
        self
    }

    pub fn wrap_up_duration<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.wrap_up_duration = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for wrap_up_duration: {e}")
            });
        self
    }

    pub fn wrap_up_form_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.wrap_up_form_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for wrap_up_form_id: {e}")
            });
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<CxLog> for super::CxLog {
    type Error = super::error::ConversionError;
    fn try_from(value: CxLog) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            agent: value.agent?,
            agent_id: value.agent_id?,
            channel: value.channel?,
            channel_type: value.channel_type?,
            closed_assignee: value.closed_assignee?,
            closed_assignee_id: value.closed_assignee_id?,
            closed_at: value.closed_at?,
            contact: value.contact?,
            contact_id: value.contact_id?,
            contact_label: value.contact_label?,
            created_at: value.created_at?,
            cx_intelligence_status: value.cx_intelligence_status?,
            direction: value.direction?,
            disposition: value.disposition?,
            entity_id: value.entity_id?,
            entity_name: value.entity_name?,
            first_assignee: value.first_assignee?,
            first_assignee_id: value.first_assignee_id?,
            first_replied_time: value.first_replied_time?,
            first_response_time: value.first_response_time?,
            full_handled_time: value.full_handled_time?,
            full_resolution_time: value.full_resolution_time?,
            handled_time: value.handled_time?,
            id: value.id?,
            queue_id: value.queue_id?,
            queue_name: value.queue_name?,
            resolution_time: value.resolution_time?,
            room: value.room?,
            sla_status: value.sla_status?,
            started_date: value.started_date?,
            total_hold_duration: value.total_hold_duration?,
            uid: value.uid?,
            updated_at: value.updated_at?,
            wrap_up_duration: value.wrap_up_duration?,
            wrap_up_form_id: value.wrap_up_form_id?,
            extra: value.extra?,
        })
    }
}

impl From<super::CxLog> for CxLog {
    fn from(value: super::CxLog) -> Self {
        Self {
            agent: Ok(value.agent),
            agent_id: Ok(value.agent_id),
            channel: Ok(value.channel),
            channel_type: Ok(value.channel_type),
            closed_assignee: Ok(value.closed_assignee),
            closed_assignee_id: Ok(value.closed_assignee_id),
            closed_at: Ok(value.closed_at),
            contact: Ok(value.contact),
            contact_id: Ok(value.contact_id),
            contact_label: Ok(value.contact_label),
            created_at: Ok(value.created_at),
            cx_intelligence_status: Ok(value.cx_intelligence_status),
            direction: Ok(value.direction),
            disposition: Ok(value.disposition),
            entity_id: Ok(value.entity_id),
            entity_name: Ok(value.entity_name),
            first_assignee: Ok(value.first_assignee),
            first_assignee_id: Ok(value.first_assignee_id),
            first_replied_time: Ok(value.first_replied_time),
            first_response_time: Ok(value.first_response_time),
            full_handled_time: Ok(value.full_handled_time),
            full_resolution_time: Ok(value.full_resolution_time),
            handled_time: Ok(value.handled_time),
            id: Ok(value.id),
            queue_id: Ok(value.queue_id),
            queue_name: Ok(value.queue_name),
            resolution_time: Ok(value.resolution_time),
            room: Ok(value.room),
            sla_status: Ok(value.sla_status),
            started_date: Ok(value.started_date),
            total_hold_duration: Ok(value.total_hold_duration),
            uid: Ok(value.uid),
            updated_at: Ok(value.updated_at),
            wrap_up_duration: Ok(value.wrap_up_duration),
            wrap_up_form_id: Ok(value.wrap_up_form_id),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct CxLogAgent {
    created_at: Result<Option<crate::Timestamp>, String>,
    email: Result<Option<String>, String>,
    id: Result<Option<String>, String>,
    name: Result<Option<String>, String>,
    notification_count: Result<Option<i64>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for CxLogAgent {
    fn default() -> Self {
        Self {
            created_at: Ok(Default::default()),
            email: Ok(Default::default()),
            id: Ok(Default::default()),
            name: Ok(Default::default()),
            notification_count: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl CxLogAgent {
    pub fn created_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<crate::Timestamp>>,
        T::Error: ::std::fmt::Display,
    {
        self.created_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created_at: {e}"));
        self
    }

    pub fn email<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.email = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for email: {e}"));
        self
    }

    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn name<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }

    pub fn notification_count<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.notification_count = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for notification_count: {e}")
            });
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<CxLogAgent> for super::CxLogAgent {
    type Error = super::error::ConversionError;
    fn try_from(value: CxLogAgent) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            created_at: value.created_at?,
            email: value.email?,
            id: value.id?,
            name: value.name?,
            notification_count: value.notification_count?,
            extra: value.extra?,
        })
    }
}

impl From<super::CxLogAgent> for CxLogAgent {
    fn from(value: super::CxLogAgent) -> Self {
        Self {
            created_at: Ok(value.created_at),
            email: Ok(value.email),
            id: Ok(value.id),
            name: Ok(value.name),
            notification_count: Ok(value.notification_count),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct CxLogContact {
    address: Result<Option<String>, String>,
    channel: Result<Option<String>, String>,
    company_id: Result<Option<String>, String>,
    contact_number: Result<Option<String>, String>,
    contact_profile: Result<Option<String>, String>,
    created_at: Result<Option<crate::Timestamp>, String>,
    id: Result<Option<String>, String>,
    name: Result<Option<String>, String>,
    notes: Result<Option<String>, String>,
    platform_contacts: Result<Vec<super::PlatformContact>, String>,
    social_profile_url: Result<Option<String>, String>,
    tags: Result<Vec<super::Tag>, String>,
    updated_at: Result<Option<crate::Timestamp>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for CxLogContact {
    fn default() -> Self {
        Self {
            address: Ok(Default::default()),
            channel: Ok(Default::default()),
            company_id: Ok(Default::default()),
            contact_number: Ok(Default::default()),
            contact_profile: Ok(Default::default()),
            created_at: Ok(Default::default()),
            id: Ok(Default::default()),
            name: Ok(Default::default()),
            notes: Ok(Default::default()),
            platform_contacts: Ok(Default::default()),
            social_profile_url: Ok(Default::default()),
            tags: Ok(Default::default()),
            updated_at: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl CxLogContact {
    pub fn address<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.address = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for address: {e}"));
        self
    }

    pub fn channel<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.channel = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for channel: {e}"));
        self
    }

    pub fn company_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.company_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for company_id: {e}"));
        self
    }

    pub fn contact_number<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.contact_number = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for contact_number: {e}")
            });
        self
    }

    pub fn contact_profile<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.contact_profile = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for contact_profile: {e}")
            });
        self
    }

    pub fn created_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<crate::Timestamp>>,
        T::Error: ::std::fmt::Display,
    {
        self.created_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created_at: {e}"));
        self
    }

    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn name<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }

    pub fn notes<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.notes = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for notes: {e}"));
        self
    }

    pub fn platform_contacts<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<super::PlatformContact>>,
        T::Error: ::std::fmt::Display,
    {
        self.platform_contacts = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for platform_contacts: {e}")
            });
        self
    }

    pub fn social_profile_url<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.social_profile_url = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for social_profile_url: {e}")
            });
        self
    }

    pub fn tags<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<super::Tag>>,
        T::Error: ::std::fmt::Display,
    {
        self.tags = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tags: {e}"));
        self
    }

    pub fn updated_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<crate::Timestamp>>,
        T::Error: ::std::fmt::Display,
    {
        self.updated_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<CxLogContact> for super::CxLogContact {
    type Error = super::error::ConversionError;
    fn try_from(value: CxLogContact) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            address: value.address?,
            channel: value.channel?,
            company_id: value.company_id?,
            contact_number: value.contact_number?,
            contact_profile: value.contact_profile?,
            created_at: value.created_at?,
            id: value.id?,
            name: value.name?,
            notes: value.notes?,
            platform_contacts: value.platform_contacts?,
            social_profile_url: value.social_profile_url?,
            tags: value.tags?,
            updated_at: value.updated_at?,
            extra: value.extra?,
        })
    }
}

impl From<super::CxLogContact> for CxLogContact {
    fn from(value: super::CxLogContact) -> Self {
        Self {
            address: Ok(value.address),
            channel: Ok(value.channel),
            company_id: Ok(value.company_id),
            contact_number: Ok(value.contact_number),
            contact_profile: Ok(value.contact_profile),
            created_at: Ok(value.created_at),
            id: Ok(value.id),
            name: Ok(value.name),
            notes: Ok(value.notes),
            platform_contacts: Ok(value.platform_contacts),
            social_profile_url: Ok(value.social_profile_url),
            tags: Ok(value.tags),
            updated_at: Ok(value.updated_at),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct CxLogPage {
    data: Result<Vec<super::CxLog>, String>,
    last_page: Result<Option<i64>, String>,
    page: Result<Option<i64>, String>,
    page_size: Result<Option<i64>, String>,
    total: Result<Option<i64>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for CxLogPage {
    fn default() -> Self {
        Self {
            data: Ok(Default::default()),
            last_page: Ok(Default::default()),
            page: Ok(Default::default()),
            page_size: Ok(Default::default()),
            total: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl CxLogPage {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<super::CxLog>>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }

    pub fn last_page<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.last_page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for last_page: {e}"));
        self
    }

    pub fn page<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for page: {e}"));
        self
    }

    pub fn page_size<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.page_size = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for page_size: {e}"));
        self
    }

    pub fn total<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.total = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for total: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<CxLogPage> for super::CxLogPage {
    type Error = super::error::ConversionError;
    fn try_from(value: CxLogPage) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            last_page: value.last_page?,
            page: value.page?,
            page_size: value.page_size?,
            total: value.total?,
            extra: value.extra?,
        })
    }
}

impl From<super::CxLogPage> for CxLogPage {
    fn from(value: super::CxLogPage) -> Self {
        Self {
            data: Ok(value.data),
            last_page: Ok(value.last_page),
            page: Ok(value.page),
            page_size: Ok(value.page_size),
            total: Ok(value.total),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct CxLogResponse {
    cx_logs: Result<Option<super::CxLogPage>, String>,
    request_id: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for CxLogResponse {
    fn default() -> Self {
        Self {
            cx_logs: Ok(Default::default()),
            request_id: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl CxLogResponse {
    pub fn cx_logs<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::CxLogPage>>,
        T::Error: ::std::fmt::Display,
    {
        self.cx_logs = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for cx_logs: {e}"));
        self
    }

    pub fn request_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.request_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for request_id: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<CxLogResponse> for super::CxLogResponse {
    type Error = super::error::ConversionError;
    fn try_from(value: CxLogResponse) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            cx_logs: value.cx_logs?,
            request_id: value.request_id?,
            extra: value.extra?,
        })
    }
}

impl From<super::CxLogResponse> for CxLogResponse {
    fn from(value: super::CxLogResponse) -> Self {
        Self {
            cx_logs: Ok(value.cx_logs),
            request_id: Ok(value.request_id),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct ErrorEnvelope {
    message: Result<Option<String>, String>,
    status: Result<Option<::serde_json::Value>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for ErrorEnvelope {
    fn default() -> Self {
        Self {
            message: Ok(Default::default()),
            status: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl ErrorEnvelope {
    pub fn message<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.message = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for message: {e}"));
        self
    }

    pub fn status<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<::serde_json::Value>>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<ErrorEnvelope> for super::ErrorEnvelope {
    type Error = super::error::ConversionError;
    fn try_from(value: ErrorEnvelope) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            message: value.message?,
            status: value.status?,
            extra: value.extra?,
        })
    }
}

impl From<super::ErrorEnvelope> for ErrorEnvelope {
    fn from(value: super::ErrorEnvelope) -> Self {
        Self {
            message: Ok(value.message),
            status: Ok(value.status),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct MediaFile {
    id: Result<Option<String>, String>,
    upload_id: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for MediaFile {
    fn default() -> Self {
        Self {
            id: Ok(Default::default()),
            upload_id: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl MediaFile {
    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn upload_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.upload_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for upload_id: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<MediaFile> for super::MediaFile {
    type Error = super::error::ConversionError;
    fn try_from(value: MediaFile) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            id: value.id?,
            upload_id: value.upload_id?,
            extra: value.extra?,
        })
    }
}

impl From<super::MediaFile> for MediaFile {
    fn from(value: super::MediaFile) -> Self {
        Self {
            id: Ok(value.id),
            upload_id: Ok(value.upload_id),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct MediaFileEnvelope {
    data: Result<Option<super::MediaFile>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for MediaFileEnvelope {
    fn default() -> Self {
        Self {
            data: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl MediaFileEnvelope {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::MediaFile>>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<MediaFileEnvelope> for super::MediaFileEnvelope {
    type Error = super::error::ConversionError;
    fn try_from(
        value: MediaFileEnvelope,
    ) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            extra: value.extra?,
        })
    }
}

impl From<super::MediaFileEnvelope> for MediaFileEnvelope {
    fn from(value: super::MediaFileEnvelope) -> Self {
        Self {
            data: Ok(value.data),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct MediaFolder {
    id: Result<Option<String>, String>,
    name: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for MediaFolder {
    fn default() -> Self {
        Self {
            id: Ok(Default::default()),
            name: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl MediaFolder {
    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn name<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<MediaFolder> for super::MediaFolder {
    type Error = super::error::ConversionError;
    fn try_from(value: MediaFolder) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            id: value.id?,
            name: value.name?,
            extra: value.extra?,
        })
    }
}

impl From<super::MediaFolder> for MediaFolder {
    fn from(value: super::MediaFolder) -> Self {
        Self {
            id: Ok(value.id),
            name: Ok(value.name),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct MediaFolderEnvelope {
    data: Result<Option<super::MediaFolder>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for MediaFolderEnvelope {
    fn default() -> Self {
        Self {
            data: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl MediaFolderEnvelope {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::MediaFolder>>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<MediaFolderEnvelope> for super::MediaFolderEnvelope {
    type Error = super::error::ConversionError;
    fn try_from(
        value: MediaFolderEnvelope,
    ) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            extra: value.extra?,
        })
    }
}

impl From<super::MediaFolderEnvelope> for MediaFolderEnvelope {
    fn from(value: super::MediaFolderEnvelope) -> Self {
        Self {
            data: Ok(value.data),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Mention {
    index: Result<Option<i64>, String>,
    user_id: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for Mention {
    fn default() -> Self {
        Self {
            index: Ok(Default::default()),
            user_id: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl Mention {
    pub fn index<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.index = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for index: {e}"));
        self
    }

    pub fn user_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.user_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for user_id: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<Mention> for super::Mention {
    type Error = super::error::ConversionError;
    fn try_from(value: Mention) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            index: value.index?,
            user_id: value.user_id?,
            extra: value.extra?,
        })
    }
}

impl From<super::Mention> for Mention {
    fn from(value: super::Mention) -> Self {
        Self {
            index: Ok(value.index),
            user_id: Ok(value.user_id),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Message {
    actor_type: Result<Option<String>, String>,
    client_request_id: Result<String, String>,
    created_at: Result<crate::Timestamp, String>,
    deleted_at: Result<::serde_json::Value, String>,
    direction: Result<Option<String>, String>,
    id: Result<String, String>,
    image_set_id: Result<Option<String>, String>,
    is_edited: Result<Option<bool>, String>,
    label: Result<Option<String>, String>,
    locale: Result<Option<String>, String>,
    message: Result<Option<String>, String>,
    metadata: Result<Option<super::LooseObject>, String>,
    partition_key: Result<String, String>,
    platform_id: Result<Option<String>, String>,
    platform_message_id: Result<Option<String>, String>,
    preview_url: Result<Option<String>, String>,
    room: Result<Option<super::LooseObject>, String>,
    room_id: Result<Option<String>, String>,
    type_: Result<Option<String>, String>,
    updated_at: Result<crate::Timestamp, String>,
    upload: Result<Option<super::Upload>, String>,
    upload_id: Result<Option<String>, String>,
    url: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for Message {
    fn default() -> Self {
        Self {
            actor_type: Ok(Default::default()),
            client_request_id: Err(
                "no value supplied for client_request_id".to_string(),
            ),
            created_at: Err("no value supplied for created_at".to_string()),
            deleted_at: Err("no value supplied for deleted_at".to_string()),
            direction: Ok(Default::default()),
            id: Err("no value supplied for id".to_string()),
            image_set_id: Ok(Default::default()),
            is_edited: Ok(Default::default()),
            label: Ok(Default::default()),
            locale: Ok(Default::default()),
            message: Ok(Default::default()),
            metadata: Ok(Default::default()),
            partition_key: Err("no value supplied for partition_key".to_string()),
            platform_id: Ok(Default::default()),
            platform_message_id: Ok(Default::default()),
            preview_url: Ok(Default::default()),
            room: Ok(Default::default()),
            room_id: Ok(Default::default()),
            type_: Ok(Default::default()),
            updated_at: Err("no value supplied for updated_at".to_string()),
            upload: Ok(Default::default()),
            upload_id: Ok(Default::default()),
            url: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl Message {
    pub fn actor_type<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.actor_type = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for actor_type: {e}"));
        self
    }

    pub fn client_request_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<String>,
        T::Error: ::std::fmt::Display,
    {
        self.client_request_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for client_request_id: {e}")
            });
        self
    }

    pub fn created_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Timestamp>,
        T::Error: ::std::fmt::Display,
    {
        self.created_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created_at: {e}"));
        self
    }

    pub fn deleted_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<::serde_json::Value>,
        T::Error: ::std::fmt::Display,
    {
        self.deleted_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for deleted_at: {e}"));
        self
    }

    pub fn direction<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.direction = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for direction: {e}"));
        self
    }

    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<String>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn image_set_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.image_set_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for image_set_id: {e}")
            });
        self
    }

    pub fn is_edited<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.is_edited = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for is_edited: {e}"));
        self
    }

    pub fn label<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.label = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for label: {e}"));
        self
    }

    pub fn locale<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.locale = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for locale: {e}"));
        self
    }

    pub fn message<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.message = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for message: {e}"));
        self
    }

    pub fn metadata<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::LooseObject>>,
        T::Error: ::std::fmt::Display,
    {
        self.metadata = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for metadata: {e}"));
        self
    }

    pub fn partition_key<T>(mut self, value: T) -> Self
    where
        T: TryInto<String>,
        T::Error: ::std::fmt::Display,
    {
        self.partition_key = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for partition_key: {e}")
            });
        self
    }

    pub fn platform_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.platform_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for platform_id: {e}")
            });
        self
    }

    pub fn platform_message_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.platform_message_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for platform_message_id: {e}")
            });
        self
    }

    pub fn preview_url<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.preview_url = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for preview_url: {e}")
            });
        self
    }

    pub fn room<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::LooseObject>>,
        T::Error: ::std::fmt::Display,
    {
        self.room = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for room: {e}"));
        self
    }

    pub fn room_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.room_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for room_id: {e}"));
        self
    }

    pub fn type_<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.type_ = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for type_: {e}"));
        self
    }

    pub fn updated_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Timestamp>,
        T::Error: ::std::fmt::Display,
    {
        self.updated_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
        self
    }

    pub fn upload<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::Upload>>,
        T::Error: ::std::fmt::Display,
    {
        self.upload = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for upload: {e}"));
        self
    }

    pub fn upload_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.upload_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for upload_id: {e}"));
        self
    }

    pub fn url<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.url = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for url: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<Message> for super::Message {
    type Error = super::error::ConversionError;
    fn try_from(value: Message) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            actor_type: value.actor_type?,
            client_request_id: value.client_request_id?,
            created_at: value.created_at?,
            deleted_at: value.deleted_at?,
            direction: value.direction?,
            id: value.id?,
            image_set_id: value.image_set_id?,
            is_edited: value.is_edited?,
            label: value.label?,
            locale: value.locale?,
            message: value.message?,
            metadata: value.metadata?,
            partition_key: value.partition_key?,
            platform_id: value.platform_id?,
            platform_message_id: value.platform_message_id?,
            preview_url: value.preview_url?,
            room: value.room?,
            room_id: value.room_id?,
            type_: value.type_?,
            updated_at: value.updated_at?,
            upload: value.upload?,
            upload_id: value.upload_id?,
            url: value.url?,
            extra: value.extra?,
        })
    }
}

impl From<super::Message> for Message {
    fn from(value: super::Message) -> Self {
        Self {
            actor_type: Ok(value.actor_type),
            client_request_id: Ok(value.client_request_id),
            created_at: Ok(value.created_at),
            deleted_at: Ok(value.deleted_at),
            direction: Ok(value.direction),
            id: Ok(value.id),
            image_set_id: Ok(value.image_set_id),
            is_edited: Ok(value.is_edited),
            label: Ok(value.label),
            locale: Ok(value.locale),
            message: Ok(value.message),
            metadata: Ok(value.metadata),
            partition_key: Ok(value.partition_key),
            platform_id: Ok(value.platform_id),
            platform_message_id: Ok(value.platform_message_id),
            preview_url: Ok(value.preview_url),
            room: Ok(value.room),
            room_id: Ok(value.room_id),
            type_: Ok(value.type_),
            updated_at: Ok(value.updated_at),
            upload: Ok(value.upload),
            upload_id: Ok(value.upload_id),
            url: Ok(value.url),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct MessageEnvelope {
    data: Result<super::Message, String>,
    message: Result<String, String>,
    status: Result<i64, String>,
}

impl Default for MessageEnvelope {
    fn default() -> Self {
        Self {
            data: Err("no value supplied for data".to_string()),
            message: Err("no value supplied for message".to_string()),
            status: Err("no value supplied for status".to_string()),
        }
    }
}

impl MessageEnvelope {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: TryInto<super::Message>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }

    pub fn message<T>(mut self, value: T) -> Self
    where
        T: TryInto<String>,
        T::Error: ::std::fmt::Display,
    {
        self.message = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for message: {e}"));
        self
    }

    pub fn status<T>(mut self, value: T) -> Self
    where
        T: TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }
}

impl TryFrom<MessageEnvelope> for super::MessageEnvelope {
    type Error = super::error::ConversionError;
    fn try_from(value: MessageEnvelope) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            message: value.message?,
            status: value.status?,
        })
    }
}

impl From<super::MessageEnvelope> for MessageEnvelope {
    fn from(value: super::MessageEnvelope) -> Self {
        Self {
            data: Ok(value.data),
            message: Ok(value.message),
            status: Ok(value.status),
        }
    }
}

#[derive(Clone, Debug)]
pub struct PlatformContact {
    channel_id: Result<Option<String>, String>,
    created_at: Result<Option<crate::Timestamp>, String>,
    id: Result<Option<String>, String>,
    social_platform_id: Result<Option<String>, String>,
    type_: Result<Option<String>, String>,
    updated_at: Result<Option<crate::Timestamp>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for PlatformContact {
    fn default() -> Self {
        Self {
            channel_id: Ok(Default::default()),
            created_at: Ok(Default::default()),
            id: Ok(Default::default()),
            social_platform_id: Ok(Default::default()),
            type_: Ok(Default::default()),
            updated_at: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl PlatformContact {
    pub fn channel_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.channel_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for channel_id: {e}"));
        self
    }

    pub fn created_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<crate::Timestamp>>,
        T::Error: ::std::fmt::Display,
    {
        self.created_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created_at: {e}"));
        self
    }

    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn social_platform_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.social_platform_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for social_platform_id: {e}")
            });
        self
    }

    pub fn type_<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.type_ = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for type_: {e}"));
        self
    }

    pub fn updated_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<crate::Timestamp>>,
        T::Error: ::std::fmt::Display,
    {
        self.updated_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<PlatformContact> for super::PlatformContact {
    type Error = super::error::ConversionError;
    fn try_from(value: PlatformContact) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            channel_id: value.channel_id?,
            created_at: value.created_at?,
            id: value.id?,
            social_platform_id: value.social_platform_id?,
            type_: value.type_?,
            updated_at: value.updated_at?,
            extra: value.extra?,
        })
    }
}

impl From<super::PlatformContact> for PlatformContact {
    fn from(value: super::PlatformContact) -> Self {
        Self {
            channel_id: Ok(value.channel_id),
            created_at: Ok(value.created_at),
            id: Ok(value.id),
            social_platform_id: Ok(value.social_platform_id),
            type_: Ok(value.type_),
            updated_at: Ok(value.updated_at),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct PresenceStatus {
    display_name: Result<Option<String>, String>,
    emoji: Result<Option<String>, String>,
    id: Result<Option<String>, String>,
    system_name: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for PresenceStatus {
    fn default() -> Self {
        Self {
            display_name: Ok(Default::default()),
            emoji: Ok(Default::default()),
            id: Ok(Default::default()),
            system_name: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl PresenceStatus {
    pub fn display_name<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.display_name = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for display_name: {e}")
            });
        self
    }

    pub fn emoji<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.emoji = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for emoji: {e}"));
        self
    }

    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn system_name<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.system_name = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for system_name: {e}")
            });
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<PresenceStatus> for super::PresenceStatus {
    type Error = super::error::ConversionError;
    fn try_from(value: PresenceStatus) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            display_name: value.display_name?,
            emoji: value.emoji?,
            id: value.id?,
            system_name: value.system_name?,
            extra: value.extra?,
        })
    }
}

impl From<super::PresenceStatus> for PresenceStatus {
    fn from(value: super::PresenceStatus) -> Self {
        Self {
            display_name: Ok(value.display_name),
            emoji: Ok(value.emoji),
            id: Ok(value.id),
            system_name: Ok(value.system_name),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct SendMessageRequest {
    contact_id: Result<String, String>,
    created_at: Result<Option<crate::Timestamp>, String>,
    message: Result<Option<String>, String>,
    message_type: Result<String, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for SendMessageRequest {
    fn default() -> Self {
        Self {
            contact_id: Err("no value supplied for contact_id".to_string()),
            created_at: Ok(Default::default()),
            message: Ok(Default::default()),
            message_type: Err("no value supplied for message_type".to_string()),
            extra: Ok(Default::default()),
        }
    }
}

impl SendMessageRequest {
    pub fn contact_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<String>,
        T::Error: ::std::fmt::Display,
    {
        self.contact_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for contact_id: {e}"));
        self
    }

    pub fn created_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<crate::Timestamp>>,
        T::Error: ::std::fmt::Display,
    {
        self.created_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created_at: {e}"));
        self
    }

    pub fn message<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.message = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for message: {e}"));
        self
    }

    pub fn message_type<T>(mut self, value: T) -> Self
    where
        T: TryInto<String>,
        T::Error: ::std::fmt::Display,
    {
        self.message_type = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for message_type: {e}")
            });
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<SendMessageRequest> for super::SendMessageRequest {
    type Error = super::error::ConversionError;
    fn try_from(
        value: SendMessageRequest,
    ) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            contact_id: value.contact_id?,
            created_at: value.created_at?,
            message: value.message?,
            message_type: value.message_type?,
            extra: value.extra?,
        })
    }
}

impl From<super::SendMessageRequest> for SendMessageRequest {
    fn from(value: super::SendMessageRequest) -> Self {
        Self {
            contact_id: Ok(value.contact_id),
            created_at: Ok(value.created_at),
            message: Ok(value.message),
            message_type: Ok(value.message_type),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Tag {
    id: Result<Option<String>, String>,
    name: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for Tag {
    fn default() -> Self {
        Self {
            id: Ok(Default::default()),
            name: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl Tag {
    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn name<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<Tag> for super::Tag {
    type Error = super::error::ConversionError;
    fn try_from(value: Tag) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            id: value.id?,
            name: value.name?,
            extra: value.extra?,
        })
    }
}

impl From<super::Tag> for Tag {
    fn from(value: super::Tag) -> Self {
        Self {
            id: Ok(value.id),
            name: Ok(value.name),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Ticket {
    assignee: Result<Option<super::TicketAssignee>, String>,
    assignee_id: Result<Option<String>, String>,
    channel: Result<Option<String>, String>,
    contact: Result<Option<super::LooseObject>, String>,
    contact_id: Result<Option<String>, String>,
    created_at: Result<Option<String>, String>,
    creator: Result<Option<super::LooseObject>, String>,
    creator_id: Result<Option<String>, String>,
    description: Result<Option<String>, String>,
    id: Result<Option<String>, String>,
    priority: Result<Option<String>, String>,
    reason_to_assign: Result<Option<String>, String>,
    status: Result<Option<String>, String>,
    tags: Result<Vec<::serde_json::Value>, String>,
    ticket_number: Result<Option<i64>, String>,
    ticket_type: Result<Option<String>, String>,
    title: Result<Option<String>, String>,
    type_: Result<Option<String>, String>,
    updated_at: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for Ticket {
    fn default() -> Self {
        Self {
            assignee: Ok(Default::default()),
            assignee_id: Ok(Default::default()),
            channel: Ok(Default::default()),
            contact: Ok(Default::default()),
            contact_id: Ok(Default::default()),
            created_at: Ok(Default::default()),
            creator: Ok(Default::default()),
            creator_id: Ok(Default::default()),
            description: Ok(Default::default()),
            id: Ok(Default::default()),
            priority: Ok(Default::default()),
            reason_to_assign: Ok(Default::default()),
            status: Ok(Default::default()),
            tags: Ok(Default::default()),
            ticket_number: Ok(Default::default()),
            ticket_type: Ok(Default::default()),
            title: Ok(Default::default()),
            type_: Ok(Default::default()),
            updated_at: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl Ticket {
    pub fn assignee<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::TicketAssignee>>,
        T::Error: ::std::fmt::Display,
    {
        self.assignee = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for assignee: {e}"));
        self
    }

    pub fn assignee_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.assignee_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for assignee_id: {e}")
            });
        self
    }

    pub fn channel<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.channel = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for channel: {e}"));
        self
    }

    pub fn contact<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::LooseObject>>,
        T::Error: ::std::fmt::Display,
    {
        self.contact = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for contact: {e}"));
        self
    }

    pub fn contact_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.contact_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for contact_id: {e}"));
        self
    }

    pub fn created_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.created_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created_at: {e}"));
        self
    }

    pub fn creator<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::LooseObject>>,
        T::Error: ::std::fmt::Display,
    {
        self.creator = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for creator: {e}"));
        self
    }

    pub fn creator_id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.creator_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for creator_id: {e}"));
        self
    }

    pub fn description<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
        self
    }

    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn priority<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.priority = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for priority: {e}"));
        self
    }

    pub fn reason_to_assign<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.reason_to_assign = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for reason_to_assign: {e}")
            });
        self
    }

    pub fn status<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }

    pub fn tags<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<::serde_json::Value>>,
        T::Error: ::std::fmt::Display,
    {
        self.tags = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tags: {e}"));
        self
    }

    pub fn ticket_number<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.ticket_number = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for ticket_number: {e}")
            });
        self
    }

    pub fn ticket_type<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.ticket_type = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for ticket_type: {e}")
            });
        self
    }

    pub fn title<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.title = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for title: {e}"));
        self
    }

    pub fn type_<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.type_ = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for type_: {e}"));
        self
    }

    pub fn updated_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.updated_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<Ticket> for super::Ticket {
    type Error = super::error::ConversionError;
    fn try_from(value: Ticket) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            assignee: value.assignee?,
            assignee_id: value.assignee_id?,
            channel: value.channel?,
            contact: value.contact?,
            contact_id: value.contact_id?,
            created_at: value.created_at?,
            creator: value.creator?,
            creator_id: value.creator_id?,
            description: value.description?,
            id: value.id?,
            priority: value.priority?,
            reason_to_assign: value.reason_to_assign?,
            status: value.status?,
            tags: value.tags?,
            ticket_number: value.ticket_number?,
            ticket_type: value.ticket_type?,
            title: value.title?,
            type_: value.type_?,
            updated_at: value.updated_at?,
            extra: value.extra?,
        })
    }
}

impl From<super::Ticket> for Ticket {
    fn from(value: super::Ticket) -> Self {
        Self {
            assignee: Ok(value.assignee),
            assignee_id: Ok(value.assignee_id),
            channel: Ok(value.channel),
            contact: Ok(value.contact),
            contact_id: Ok(value.contact_id),
            created_at: Ok(value.created_at),
            creator: Ok(value.creator),
            creator_id: Ok(value.creator_id),
            description: Ok(value.description),
            id: Ok(value.id),
            priority: Ok(value.priority),
            reason_to_assign: Ok(value.reason_to_assign),
            status: Ok(value.status),
            tags: Ok(value.tags),
            ticket_number: Ok(value.ticket_number),
            ticket_type: Ok(value.ticket_type),
            title: Ok(value.title),
            type_: Ok(value.type_),
            updated_at: Ok(value.updated_at),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct TicketAssignee {
    id: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for TicketAssignee {
    fn default() -> Self {
        Self {
            id: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl TicketAssignee {
    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<TicketAssignee> for super::TicketAssignee {
    type Error = super::error::ConversionError;
    fn try_from(value: TicketAssignee) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            id: value.id?,
            extra: value.extra?,
        })
    }
}

impl From<super::TicketAssignee> for TicketAssignee {
    fn from(value: super::TicketAssignee) -> Self {
        Self {
            id: Ok(value.id),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct TicketCreated {
    data: Result<Option<super::LooseObject>, String>,
    success: Result<Option<bool>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for TicketCreated {
    fn default() -> Self {
        Self {
            data: Ok(Default::default()),
            success: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl TicketCreated {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<super::LooseObject>>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }

    pub fn success<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.success = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for success: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<TicketCreated> for super::TicketCreated {
    type Error = super::error::ConversionError;
    fn try_from(value: TicketCreated) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            success: value.success?,
            extra: value.extra?,
        })
    }
}

impl From<super::TicketCreated> for TicketCreated {
    fn from(value: super::TicketCreated) -> Self {
        Self {
            data: Ok(value.data),
            success: Ok(value.success),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct TicketPage {
    data: Result<Vec<super::Ticket>, String>,
    last_page: Result<Option<i64>, String>,
    page: Result<Option<i64>, String>,
    page_size: Result<Option<i64>, String>,
    total: Result<Option<i64>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for TicketPage {
    fn default() -> Self {
        Self {
            data: Ok(Default::default()),
            last_page: Ok(Default::default()),
            page: Ok(Default::default()),
            page_size: Ok(Default::default()),
            total: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl TicketPage {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<super::Ticket>>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }

    pub fn last_page<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.last_page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for last_page: {e}"));
        self
    }

    pub fn page<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for page: {e}"));
        self
    }

    pub fn page_size<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.page_size = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for page_size: {e}"));
        self
    }

    pub fn total<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.total = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for total: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<TicketPage> for super::TicketPage {
    type Error = super::error::ConversionError;
    fn try_from(value: TicketPage) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            last_page: value.last_page?,
            page: value.page?,
            page_size: value.page_size?,
            total: value.total?,
            extra: value.extra?,
        })
    }
}

impl From<super::TicketPage> for TicketPage {
    fn from(value: super::TicketPage) -> Self {
        Self {
            data: Ok(value.data),
            last_page: Ok(value.last_page),
            page: Ok(value.page),
            page_size: Ok(value.page_size),
            total: Ok(value.total),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct UpdateContactTagsRequest {
    action_type: Result<String, String>,
    tags: Result<Vec<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for UpdateContactTagsRequest {
    fn default() -> Self {
        Self {
            action_type: Err("no value supplied for action_type".to_string()),
            tags: Err("no value supplied for tags".to_string()),
            extra: Ok(Default::default()),
        }
    }
}

impl UpdateContactTagsRequest {
    pub fn action_type<T>(mut self, value: T) -> Self
    where
        T: TryInto<String>,
        T::Error: ::std::fmt::Display,
    {
        self.action_type = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for action_type: {e}")
            });
        self
    }

    pub fn tags<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.tags = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tags: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<UpdateContactTagsRequest> for super::UpdateContactTagsRequest {
    type Error = super::error::ConversionError;
    fn try_from(
        value: UpdateContactTagsRequest,
    ) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            action_type: value.action_type?,
            tags: value.tags?,
            extra: value.extra?,
        })
    }
}

impl From<super::UpdateContactTagsRequest> for UpdateContactTagsRequest {
    fn from(value: super::UpdateContactTagsRequest) -> Self {
        Self {
            action_type: Ok(value.action_type),
            tags: Ok(value.tags),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Upload {
    created_at: Result<crate::Timestamp, String>,
    deleted_at: Result<::serde_json::Value, String>,
    file_name: Result<Option<String>, String>,
    file_size: Result<Option<i64>, String>,
    file_url: Result<Option<String>, String>,
    original_url: Result<Option<String>, String>,
    updated_at: Result<crate::Timestamp, String>,
}

impl Default for Upload {
    fn default() -> Self {
        Self {
            created_at: Err("no value supplied for created_at".to_string()),
            deleted_at: Err("no value supplied for deleted_at".to_string()),
            file_name: Ok(Default::default()),
            file_size: Ok(Default::default()),
            file_url: Ok(Default::default()),
            original_url: Ok(Default::default()),
            updated_at: Err("no value supplied for updated_at".to_string()),
        }
    }
}

impl Upload {
    pub fn created_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Timestamp>,
        T::Error: ::std::fmt::Display,
    {
        self.created_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created_at: {e}"));
        self
    }

    pub fn deleted_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<::serde_json::Value>,
        T::Error: ::std::fmt::Display,
    {
        self.deleted_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for deleted_at: {e}"));
        self
    }

    pub fn file_name<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.file_name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for file_name: {e}"));
        self
    }

    pub fn file_size<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.file_size = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for file_size: {e}"));
        self
    }

    pub fn file_url<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.file_url = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for file_url: {e}"));
        self
    }

    pub fn original_url<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.original_url = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for original_url: {e}")
            });
        self
    }

    pub fn updated_at<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Timestamp>,
        T::Error: ::std::fmt::Display,
    {
        self.updated_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
        self
    }
}

impl TryFrom<Upload> for super::Upload {
    type Error = super::error::ConversionError;
    fn try_from(value: Upload) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            created_at: value.created_at?,
            deleted_at: value.deleted_at?,
            file_name: value.file_name?,
            file_size: value.file_size?,
            file_url: value.file_url?,
            original_url: value.original_url?,
            updated_at: value.updated_at?,
        })
    }
}

impl From<super::Upload> for Upload {
    fn from(value: super::Upload) -> Self {
        Self {
            created_at: Ok(value.created_at),
            deleted_at: Ok(value.deleted_at),
            file_name: Ok(value.file_name),
            file_size: Ok(value.file_size),
            file_url: Ok(value.file_url),
            original_url: Ok(value.original_url),
            updated_at: Ok(value.updated_at),
        }
    }
}

#[derive(Clone, Debug)]
pub struct WebhookContact {
    address: Result<Option<String>, String>,
    channel: Result<Option<String>, String>,
    contact_emails: Result<Vec<super::WebhookContactEmail>, String>,
    id: Result<Option<String>, String>,
    name: Result<Option<String>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for WebhookContact {
    fn default() -> Self {
        Self {
            address: Ok(Default::default()),
            channel: Ok(Default::default()),
            contact_emails: Ok(Default::default()),
            id: Ok(Default::default()),
            name: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl WebhookContact {
    pub fn address<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.address = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for address: {e}"));
        self
    }

    pub fn channel<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.channel = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for channel: {e}"));
        self
    }

    pub fn contact_emails<T>(mut self, value: T) -> Self
    where
        T: TryInto<Vec<super::WebhookContactEmail>>,
        T::Error: ::std::fmt::Display,
    {
        self.contact_emails = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for contact_emails: {e}")
            });
        self
    }

    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn name<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<WebhookContact> for super::WebhookContact {
    type Error = super::error::ConversionError;
    fn try_from(value: WebhookContact) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            address: value.address?,
            channel: value.channel?,
            contact_emails: value.contact_emails?,
            id: value.id?,
            name: value.name?,
            extra: value.extra?,
        })
    }
}

impl From<super::WebhookContact> for WebhookContact {
    fn from(value: super::WebhookContact) -> Self {
        Self {
            address: Ok(value.address),
            channel: Ok(value.channel),
            contact_emails: Ok(value.contact_emails),
            id: Ok(value.id),
            name: Ok(value.name),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct WebhookContactCreate {
    data: Result<super::WebhookContact, String>,
    event: Result<String, String>,
    timestamp: Result<crate::Timestamp, String>,
}

impl Default for WebhookContactCreate {
    fn default() -> Self {
        Self {
            data: Err("no value supplied for data".to_string()),
            event: Err("no value supplied for event".to_string()),
            timestamp: Err("no value supplied for timestamp".to_string()),
        }
    }
}

impl WebhookContactCreate {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: TryInto<super::WebhookContact>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }

    pub fn event<T>(mut self, value: T) -> Self
    where
        T: TryInto<String>,
        T::Error: ::std::fmt::Display,
    {
        self.event = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for event: {e}"));
        self
    }

    pub fn timestamp<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Timestamp>,
        T::Error: ::std::fmt::Display,
    {
        self.timestamp = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for timestamp: {e}"));
        self
    }
}

impl TryFrom<WebhookContactCreate> for super::WebhookContactCreate {
    type Error = super::error::ConversionError;
    fn try_from(
        value: WebhookContactCreate,
    ) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            event: value.event?,
            timestamp: value.timestamp?,
        })
    }
}

impl From<super::WebhookContactCreate> for WebhookContactCreate {
    fn from(value: super::WebhookContactCreate) -> Self {
        Self {
            data: Ok(value.data),
            event: Ok(value.event),
            timestamp: Ok(value.timestamp),
        }
    }
}

#[derive(Clone, Debug)]
pub struct WebhookContactEmail {
    email: Result<Option<String>, String>,
    id: Result<Option<String>, String>,
    is_primary: Result<Option<bool>, String>,
    extra: Result<crate::Extra, String>,
}

impl Default for WebhookContactEmail {
    fn default() -> Self {
        Self {
            email: Ok(Default::default()),
            id: Ok(Default::default()),
            is_primary: Ok(Default::default()),
            extra: Ok(Default::default()),
        }
    }
}

impl WebhookContactEmail {
    pub fn email<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.email = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for email: {e}"));
        self
    }

    pub fn id<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<String>>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }

    pub fn is_primary<T>(mut self, value: T) -> Self
    where
        T: TryInto<Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.is_primary = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for is_primary: {e}"));
        self
    }

    pub fn extra<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Extra>,
        T::Error: ::std::fmt::Display,
    {
        self.extra = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extra: {e}"));
        self
    }
}

impl TryFrom<WebhookContactEmail> for super::WebhookContactEmail {
    type Error = super::error::ConversionError;
    fn try_from(
        value: WebhookContactEmail,
    ) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            email: value.email?,
            id: value.id?,
            is_primary: value.is_primary?,
            extra: value.extra?,
        })
    }
}

impl From<super::WebhookContactEmail> for WebhookContactEmail {
    fn from(value: super::WebhookContactEmail) -> Self {
        Self {
            email: Ok(value.email),
            id: Ok(value.id),
            is_primary: Ok(value.is_primary),
            extra: Ok(value.extra),
        }
    }
}

#[derive(Clone, Debug)]
pub struct WebhookEnvelope {
    data: Result<::serde_json::Value, String>,
    event: Result<String, String>,
    timestamp: Result<crate::Timestamp, String>,
}

impl Default for WebhookEnvelope {
    fn default() -> Self {
        Self {
            data: Err("no value supplied for data".to_string()),
            event: Err("no value supplied for event".to_string()),
            timestamp: Err("no value supplied for timestamp".to_string()),
        }
    }
}

impl WebhookEnvelope {
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: TryInto<::serde_json::Value>,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }

    pub fn event<T>(mut self, value: T) -> Self
    where
        T: TryInto<String>,
        T::Error: ::std::fmt::Display,
    {
        self.event = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for event: {e}"));
        self
    }

    pub fn timestamp<T>(mut self, value: T) -> Self
    where
        T: TryInto<crate::Timestamp>,
        T::Error: ::std::fmt::Display,
    {
        self.timestamp = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for timestamp: {e}"));
        self
    }
}

impl TryFrom<WebhookEnvelope> for super::WebhookEnvelope {
    type Error = super::error::ConversionError;
    fn try_from(value: WebhookEnvelope) -> Result<Self, super::error::ConversionError> {
        Ok(Self {
            data: value.data?,
            event: value.event?,
            timestamp: value.timestamp?,
        })
    }
}

impl From<super::WebhookEnvelope> for WebhookEnvelope {
    fn from(value: super::WebhookEnvelope) -> Self {
        Self {
            data: Ok(value.data),
            event: Ok(value.event),
            timestamp: Ok(value.timestamp),
        }
    }
}
