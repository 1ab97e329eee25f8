//! The SDK as the generated CLI expects to find it (`use crate::sdk::*`):
//! klink-api's client, builders, types and its one error type.

pub use klink_api::{Client, Error, ResponseValue, builder, types};
