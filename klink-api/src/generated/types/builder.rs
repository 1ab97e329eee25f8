// @generated from openapi/klink.yaml by `cargo xtask generate`.
// Do not edit by hand: change the spec or the codegen crate and regenerate.

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
