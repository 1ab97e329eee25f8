//! `--all`: every item of every page of a paginated operation, walked with
//! the SDK's `stream()` and printed one JSON object per line as it arrives.

use futures_util::{Stream, TryStreamExt};
use serde::Serialize;

use crate::generated_cli::CliConfig;

/// Prints each item of `items` through `output`; the first error ends the
/// walk (the items before it stay printed) and is returned.
// Called by the generated walks only: a spec without paginated operations
// leaves it unused.
#[allow(dead_code)]
pub async fn print_every_item<C, S, T>(output: &C, items: S) -> anyhow::Result<()>
where
    C: CliConfig,
    S: Stream<Item = Result<T, klink_api::Error>>,
    T: Serialize + std::fmt::Debug,
{
    let mut items = std::pin::pin!(items);
    while let Some(item) = items.try_next().await? {
        output.list_item(&item);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use futures_util::stream;

    use super::*;
    use crate::sdk::{Error, ResponseValue};

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
}
