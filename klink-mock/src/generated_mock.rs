// @generated from openapi/klink.yaml by `cargo xtask generate`.
// Do not edit by hand: change the spec or the codegen crate and regenerate.

pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use klink_api::*;

    pub struct SendMessageWhen(::httpmock::When);

    impl SendMessageWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/api/v1/messages/send$").unwrap()),
            )
        }

        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }

        pub fn body(self, value: &types::SendMessageRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }

    pub struct SendMessageThen(::httpmock::Then);

    impl SendMessageThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }

        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }

        pub fn ok(self, value: &types::MessageEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }

        pub fn bad_request(self, value: &types::ErrorEnvelope) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
}

/// An extension trait for [`MockServer`](::httpmock::MockServer) that
/// adds a method for each operation. These are the equivalent of
/// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
pub trait MockServerExt {
    /// Mocks `POST /api/v1/messages/send`: Send a message to a contact.
    ///
    /// `when` matches the request of [`Client::send_message`](klink_api::Client::send_message); `then` sets the response.
    fn send_message<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SendMessageWhen, operations::SendMessageThen);
}

impl MockServerExt for ::httpmock::MockServer {
    fn send_message<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SendMessageWhen, operations::SendMessageThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SendMessageWhen::new(when),
                operations::SendMessageThen::new(then),
            )
        })
    }
}
