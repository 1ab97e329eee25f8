//! Reports for review: the public surface of the client and of the mock,
//! read off the generated code, short enough to read in a pull request.

pub(crate) mod api;
pub(crate) mod mock;
