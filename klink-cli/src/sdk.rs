//! The SDK as the generated CLI expects to find it (`use crate::sdk::*`):
//! klink-api's client, builders and types, with progenitor's generic error
//! type under the name `Error` (klink-api's own `Error` is not generic).

pub use klink_api::{Client, ResponseValue, builder, types};
pub use progenitor_client::Error;
