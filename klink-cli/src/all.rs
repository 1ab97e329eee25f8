//! `--all`: the generated walk (`generated_cli::print_every_item`), which
//! prints every item of every page of a paginated operation as it arrives,
//! tested with a recording output.

use std::cell::RefCell;

use futures_util::stream;
use klink_api::Error;
use klink_api::ResponseValue;
use serde::Serialize;

use crate::generated_cli::{CliConfig, print_every_item};

/// Records the items it is given.
#[derive(Default)]
struct Recorder(RefCell<Vec<String>>);

impl CliConfig for Recorder {
    fn success_item<T: Serialize + std::fmt::Debug>(&self, _: &ResponseValue<T>) {}
    fn success_no_item(&self, _: &ResponseValue<()>) {}
    fn error(&self, _: &Error) {}
    fn list_start<T: Serialize + std::fmt::Debug>(&self) {}
    fn list_item<T: Serialize + std::fmt::Debug>(&self, value: &T) {
        self.0
            .borrow_mut()
            .push(serde_json::to_string(value).unwrap());
    }
    fn list_end_success<T: Serialize + std::fmt::Debug>(&self) {}
    fn list_end_error(&self, _: &Error) {}
}

#[tokio::test]
async fn items_are_printed_until_the_first_error_which_is_returned() {
    let items = stream::iter([
        Ok(1),
        Ok(2),
        Err(klink_api::Error::InvalidRequest("page 3 failed".into())),
        Ok(3),
    ]);
    let recorder = Recorder::default();
    let error = print_every_item(&recorder, items).await.unwrap_err();
    assert_eq!(*recorder.0.borrow(), ["1", "2"]);
    assert!(matches!(
        error.downcast_ref::<klink_api::Error>(),
        Some(klink_api::Error::InvalidRequest(message)) if message == "page 3 failed"
    ));
}
