//! Walking a paginated list operation: the `stream()` of its builder.
//!
//! Every list operation that pages with `page`/`pageSize` has, besides
//! `send()` (one page), a `stream()` that yields the items of every page as
//! one [`ItemStream`]:
//!
//! ```no_run
//! use futures_util::{StreamExt, TryStreamExt};
//!
//! # async fn run(client: &klink_api::Client) -> Result<(), klink_api::Error> {
//! let contacts: Vec<_> = client.list_contacts().keyword("kyaw").stream().try_collect().await?;
//! let mut first_ten = client.list_tickets().stream().take(10);
//! while let Some(ticket) = first_ten.next().await {
//!     println!("{:?}", ticket?.id);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # The walk
//!
//! Pages are fetched one after the other as the consumer pulls items, and
//! only one page is held at a time. The walk starts at the builder's `page`
//! (1 if unset) and asks for the builder's `pageSize`, or for 100 (the
//! docs' maximum) if unset; a `pageSize` above 100 is sent as it is, and the
//! server decides.
//!
//! # When it stops
//!
//! The docs' counters contradict each other (the Ticket → Listing example
//! says `total: 100, pageSize: 10, lastPage: 1`), so no single counter is
//! trusted. After each page:
//!
//! 1. an **empty page** ends the stream;
//! 2. a **short page** (fewer items than the page size: the envelope's
//!    `pageSize` if it has one, else the size asked for) ends the stream
//!    after its items;
//! 3. otherwise the walk **continues while either counter says more
//!    remain**: `page < lastPage` or `page * pageSize < total` (the
//!    envelope's `page` and `pageSize`, or what was asked for where the
//!    envelope has none). When the envelope has neither `lastPage` nor
//!    `total`, a full page is taken to mean more may follow, and the next
//!    (empty or short) page ends the walk.
//!
//! The walk never loops forever: a server that answers the same page again
//! (the same first item id on two pages in a row, as a server that ignores
//! `page` does) ends the stream with [`Error::RepeatedPage`], without
//! yielding the repeated items.
//!
//! # Errors
//!
//! Each page is one call, with the client's retry policy (list calls are
//! `GET`s, so transient failures are retried). A page that still fails
//! yields one `Err` and the stream ends; the items already yielded stay
//! delivered. Invalid builder settings (a negative `page`, a `pageSize`
//! of 0, a setter whose conversion failed) yield one
//! [`Error::InvalidRequest`] before any call.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use serde::Serialize;
use serde_json::Value;

use crate::error::Error;

/// The page size `stream()` asks for unless the builder sets one: the
/// docs' maximum.
pub const DEFAULT_PAGE_SIZE: u64 = 100;

/// A page's fetch, in flight.
#[doc(hidden)]
pub type PageFuture<'a, T> = Pin<Box<dyn Future<Output = Result<Page<T>, Error>> + Send + 'a>>;

/// Fetches the page with the given number and size.
type FetchPage<'a, T> = Box<dyn FnMut(u64, u64) -> PageFuture<'a, T> + Send + 'a>;

/// The items of every page of a list operation, fetched lazily; see the
/// [module docs](self) for when it stops.
///
/// Returned by the `stream()` method of a paginated operation's builder.
/// It is a [`futures_core::Stream`]: use it with `futures::StreamExt` /
/// `TryStreamExt` (`next`, `take`, `try_collect`, ...). It is `Unpin` and
/// `Send`.
#[must_use = "a stream does nothing unless polled"]
pub struct ItemStream<'a, T> {
    fetch: FetchPage<'a, T>,
    walk: Walk,
    /// The items of the page in hand, not yet yielded.
    items: std::vec::IntoIter<T>,
    /// The fetch of the next page, once the consumer asked for it.
    pending: Option<PageFuture<'a, T>>,
    /// What comes once `items` is empty.
    after: After,
}

/// What happens once the items in hand are yielded.
enum After {
    /// Fetch the page `walk.page`.
    Fetch,
    /// Yield this error, then end.
    Fail(Error),
    /// End.
    End,
}

impl<'a, T: Serialize> ItemStream<'a, T> {
    /// A stream that starts at `start` (page number and page size, or the
    /// error the builder's settings gave) and gets each page from `fetch`.
    // Public, hidden: called by the `stream()`s `klink_api_extend::extend!` expands in other crates.
    #[doc(hidden)]
    pub fn new<F>(start: Result<(u64, u64), Error>, fetch: F) -> Self
    where
        F: FnMut(u64, u64) -> PageFuture<'a, T> + Send + 'a,
    {
        let (walk, after) = match start {
            Ok((page, page_size)) => (Walk::new(page, page_size), After::Fetch),
            Err(error) => (Walk::new(1, DEFAULT_PAGE_SIZE), After::Fail(error)),
        };
        Self {
            fetch: Box::new(fetch),
            walk,
            items: Vec::new().into_iter(),
            pending: None,
            after,
        }
    }
}

// Nothing is ever pinned in place: items are moved out of the page, and
// the fetch is boxed.
impl<T> Unpin for ItemStream<'_, T> {}

impl<T: Serialize> futures_core::Stream for ItemStream<'_, T> {
    type Item = Result<T, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.items.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            if let Some(pending) = &mut this.pending {
                let fetched = ready!(pending.as_mut().poll(cx));
                this.pending = None;
                let page = match fetched {
                    Ok(page) => page,
                    Err(error) => {
                        this.after = After::End;
                        return Poll::Ready(Some(Err(error)));
                    }
                };
                match this.walk.next(&page) {
                    Ok(more) => this.after = if more { After::Fetch } else { After::End },
                    Err(error) => this.after = After::Fail(error),
                }
                if !matches!(this.after, After::Fail(_)) {
                    this.items = page.items.into_iter();
                }
                continue;
            }
            return match std::mem::replace(&mut this.after, After::End) {
                After::Fetch => {
                    // The spent page's buffer goes before the next page
                    // arrives: one page in memory at a time.
                    this.items = Vec::new().into_iter();
                    this.pending = Some((this.fetch)(this.walk.page, this.walk.page_size));
                    continue;
                }
                After::Fail(error) => Poll::Ready(Some(Err(error))),
                After::End => Poll::Ready(None),
            };
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let in_hand = self.items.len();
        if self.pending.is_some() {
            return (in_hand, None);
        }
        match self.after {
            After::End => (in_hand, Some(in_hand)),
            After::Fail(_) => (in_hand + 1, Some(in_hand + 1)),
            After::Fetch => (in_hand, None),
        }
    }
}

impl<T> fmt::Debug for ItemStream<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ItemStream")
            .field("page", &self.walk.page)
            .field("page_size", &self.walk.page_size)
            .field("items_in_hand", &self.items.len())
            .field("fetching", &self.pending.is_some())
            .finish_non_exhaustive()
    }
}

/// One fetched page, as the walk sees it: the items and the envelope's
/// counters (`None` where the envelope has no such field, or a value that
/// is not a count).
///
/// Public, hidden: built by the `stream()`s `klink_api_extend::extend!` expands in
/// other crates.
#[doc(hidden)]
#[derive(Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub page: Option<u64>,
    pub page_size: Option<u64>,
    pub total: Option<u64>,
    pub last_page: Option<u64>,
}

/// Where the walk is, and what it saw last.
#[derive(Debug)]
struct Walk {
    /// The number of the page to fetch next (the one just fetched, while
    /// [`Walk::next`] runs).
    page: u64,
    /// The page size asked for.
    page_size: u64,
    /// The first item's id on the previous page.
    previous_first: Option<Value>,
}

impl Walk {
    fn new(page: u64, page_size: u64) -> Self {
        Self {
            page,
            page_size,
            previous_first: None,
        }
    }

    /// Takes the page just fetched: whether to fetch another (and which,
    /// in `self.page`), or the error that ends the walk.
    fn next<T: Serialize>(&mut self, fetched: &Page<T>) -> Result<bool, Error> {
        let Some(first) = fetched.items.first() else {
            return Ok(false);
        };
        let first = first_key(first);
        if self.previous_first.as_ref() == Some(&first) {
            return Err(Error::RepeatedPage {
                page: self.page,
                first_id: match first {
                    Value::Object(_) => None,
                    Value::String(id) => Some(id),
                    other => Some(other.to_string()),
                },
            });
        }
        self.previous_first = Some(first);
        let page_size = fetched
            .page_size
            .filter(|&n| n > 0)
            .unwrap_or(self.page_size);
        let full = u64::try_from(fetched.items.len()).map_or(true, |n| n >= page_size);
        if !full {
            return Ok(false);
        }
        let page = fetched.page.unwrap_or(self.page);
        let more = match (fetched.last_page, fetched.total) {
            (None, None) => true,
            (last_page, total) => {
                last_page.is_some_and(|last| page < last)
                    || total.is_some_and(|total| page.saturating_mul(page_size) < total)
            }
        };
        match self.page.checked_add(1) {
            Some(next) if more => {
                self.page = next;
                Ok(true)
            }
            _ => Ok(false),
        }
    }
}

/// What identifies an item for the repeated-page check: its `id` as JSON,
/// or the whole item when it has none.
fn first_key<T: Serialize>(item: &T) -> Value {
    if let Some(id) = crate::item_id::id_of(item) {
        return id;
    }
    match serde_json::to_value(item) {
        Ok(Value::Object(mut fields)) => match fields.remove("id") {
            Some(id) if !id.is_null() => id,
            _ => Value::Object(fields),
        },
        Ok(other) => other,
        // An item that cannot be written as JSON (a map with non-string
        // keys): compare nothing rather than fail the walk.
        Err(_) => Value::Null,
    }
}

/// The starting page and page size from a builder's `page` and `pageSize`
/// settings: 1 and [`DEFAULT_PAGE_SIZE`] where unset. Public, hidden: for
/// the `stream()`s `klink_api_extend::extend!` expands in other crates.
#[doc(hidden)]
pub fn start<P, S>(
    page: &Result<Option<P>, String>,
    page_size: &Result<Option<S>, String>,
) -> Result<(u64, u64), Error>
where
    P: Clone + TryInto<u64>,
    S: Clone + TryInto<u64>,
{
    let setting = |name: &str, value: Result<Option<u64>, ()>, default: u64, least: u64| match value
    {
        Ok(None) => Ok(default),
        Ok(Some(n)) if n >= least => Ok(n),
        Ok(Some(_)) | Err(()) => Err(Error::InvalidRequest(format!(
            "`{name}` must be a whole number of at least {least} to walk the pages"
        ))),
    };
    let page = match page {
        Ok(value) => setting("page", convert(value), 1, 0)?,
        Err(message) => return Err(Error::InvalidRequest(message.clone())),
    };
    let page_size = match page_size {
        Ok(value) => setting("pageSize", convert(value), DEFAULT_PAGE_SIZE, 1)?,
        Err(message) => return Err(Error::InvalidRequest(message.clone())),
    };
    Ok((page, page_size))
}

fn convert<N: Clone + TryInto<u64>>(value: &Option<N>) -> Result<Option<u64>, ()> {
    value
        .clone()
        .map(|n| n.try_into().map_err(drop))
        .transpose()
}

/// A counter field of a list envelope, whatever type the spec gave it.
/// Public, hidden: for the `stream()`s `klink_api_extend::extend!` expands in
/// other crates.
#[doc(hidden)]
pub trait Counter {
    /// The count, if it is one (not negative, not fractional, present).
    fn count(self) -> Option<u64>;
}

impl Counter for i64 {
    fn count(self) -> Option<u64> {
        u64::try_from(self).ok()
    }
}

impl Counter for i32 {
    fn count(self) -> Option<u64> {
        u64::try_from(self).ok()
    }
}

impl Counter for u64 {
    fn count(self) -> Option<u64> {
        Some(self)
    }
}

impl Counter for u32 {
    fn count(self) -> Option<u64> {
        Some(u64::from(self))
    }
}

impl Counter for std::num::NonZeroU64 {
    fn count(self) -> Option<u64> {
        Some(self.get())
    }
}

impl Counter for f64 {
    fn count(self) -> Option<u64> {
        // NaN and infinities fail the comparisons or have no zero fraction.
        let whole = self >= 0.0 && self.fract() == 0.0 && self < u64::MAX as f64;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        whole.then_some(self as u64)
    }
}

impl Counter for Value {
    fn count(self) -> Option<u64> {
        self.as_u64()
    }
}

impl<C: Counter> Counter for Option<C> {
    fn count(self) -> Option<u64> {
        self.and_then(Counter::count)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::sync::{Arc, Mutex};

    use futures_util::{StreamExt, TryStreamExt};
    use serde_json::json;

    use super::*;

    #[derive(Debug, Clone, PartialEq, Serialize)]
    struct Item {
        id: String,
    }

    fn items(ids: std::ops::Range<u32>) -> Vec<Item> {
        ids.map(|i| Item {
            id: format!("id-{i}"),
        })
        .collect()
    }

    fn page(items: Vec<Item>, page: u64, page_size: u64, total: u64, last_page: u64) -> Page<Item> {
        Page {
            items,
            page: Some(page),
            page_size: Some(page_size),
            total: Some(total),
            last_page: Some(last_page),
        }
    }

    /// The `(page, pageSize)` of every fetch so far.
    type Asked = Arc<Mutex<Vec<(u64, u64)>>>;

    /// A stream over scripted pages that records every fetch.
    fn scripted(
        start: Result<(u64, u64), Error>,
        pages: Vec<Result<Page<Item>, Error>>,
    ) -> (ItemStream<'static, Item>, Asked) {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&asked);
        let mut pages: VecDeque<_> = pages.into();
        let stream = ItemStream::new(start, move |page, page_size| {
            log.lock().unwrap().push((page, page_size));
            let next = pages.pop_front().expect("no page fetched past the script");
            Box::pin(async move { next })
        });
        (stream, asked)
    }

    fn block<F: Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(future)
    }

    #[test]
    fn twenty_five_items_in_pages_of_ten_take_three_fetches() {
        let (stream, asked) = scripted(
            Ok((1, 10)),
            vec![
                Ok(page(items(0..10), 1, 10, 25, 3)),
                Ok(page(items(10..20), 2, 10, 25, 3)),
                Ok(page(items(20..25), 3, 10, 25, 3)),
            ],
        );
        let all: Vec<Item> = block(stream.try_collect()).unwrap();
        assert_eq!(all, items(0..25));
        assert_eq!(*asked.lock().unwrap(), [(1, 10), (2, 10), (3, 10)]);
    }

    #[test]
    fn pages_are_fetched_only_as_items_are_pulled() {
        let (mut stream, asked) = scripted(
            Ok((1, 2)),
            vec![
                Ok(page(items(0..2), 1, 2, 6, 3)),
                Ok(page(items(2..4), 2, 2, 6, 3)),
            ],
        );
        assert!(asked.lock().unwrap().is_empty(), "nothing before a poll");
        let first_two: Vec<_> = block(stream.by_ref().take(2).try_collect::<Vec<_>>()).unwrap();
        assert_eq!(first_two, items(0..2));
        assert_eq!(asked.lock().unwrap().len(), 1);
        assert_eq!(futures_core::Stream::size_hint(&stream), (0, None));
        let third = block(stream.next()).unwrap().unwrap();
        assert_eq!(third, items(2..3)[0]);
        assert_eq!(asked.lock().unwrap().len(), 2);
    }

    #[test]
    fn the_docs_inconsistent_counters_do_not_cut_the_walk_short() {
        // The Ticket → Listing example: total 100, pageSize 10, lastPage 1.
        let pages = (0..10)
            .map(|p| {
                Ok(page(
                    items(p * 10..p * 10 + 10),
                    u64::from(p) + 1,
                    10,
                    100,
                    1,
                ))
            })
            .collect();
        let (stream, asked) = scripted(Ok((1, 10)), pages);
        let all: Vec<Item> = block(stream.try_collect()).unwrap();
        assert_eq!(all.len(), 100);
        // Page 10: 10 * 10 < 100 no longer holds and lastPage says 1.
        assert_eq!(asked.lock().unwrap().len(), 10);
    }

    #[test]
    fn last_page_alone_keeps_the_walk_going() {
        let pages = vec![
            Ok(page(items(0..10), 1, 10, 0, 2)),
            Ok(page(items(10..20), 2, 10, 0, 2)),
        ];
        let (stream, asked) = scripted(Ok((1, 10)), pages);
        assert_eq!(block(stream.try_collect::<Vec<_>>()).unwrap().len(), 20);
        assert_eq!(asked.lock().unwrap().len(), 2);
    }

    #[test]
    fn an_empty_or_short_page_ends_the_walk_whatever_the_counters_say() {
        let (stream, asked) = scripted(Ok((1, 10)), vec![Ok(page(vec![], 1, 10, 500, 50))]);
        assert!(block(stream.try_collect::<Vec<_>>()).unwrap().is_empty());
        assert_eq!(asked.lock().unwrap().len(), 1);

        let (stream, asked) = scripted(Ok((1, 10)), vec![Ok(page(items(0..9), 1, 10, 500, 50))]);
        assert_eq!(block(stream.try_collect::<Vec<_>>()).unwrap().len(), 9);
        assert_eq!(asked.lock().unwrap().len(), 1);
    }

    #[test]
    fn without_counters_a_full_page_asks_for_the_next() {
        let bare = |items| Page {
            items,
            page: None,
            page_size: None,
            total: None,
            last_page: None,
        };
        let (stream, asked) = scripted(
            Ok((1, 10)),
            vec![Ok(bare(items(0..10))), Ok(bare(items(10..13)))],
        );
        assert_eq!(block(stream.try_collect::<Vec<_>>()).unwrap().len(), 13);
        assert_eq!(*asked.lock().unwrap(), [(1, 10), (2, 10)]);
    }

    #[test]
    fn the_servers_page_size_decides_what_is_short() {
        // Asked for 250; the server caps at 100 and says so.
        let (stream, asked) = scripted(
            Ok((1, 250)),
            vec![
                Ok(page(items(0..100), 1, 100, 230, 3)),
                Ok(page(items(100..200), 2, 100, 230, 3)),
                Ok(page(items(200..230), 3, 100, 230, 3)),
            ],
        );
        assert_eq!(block(stream.try_collect::<Vec<_>>()).unwrap().len(), 230);
        assert_eq!(*asked.lock().unwrap(), [(1, 250), (2, 250), (3, 250)]);
    }

    #[test]
    fn a_repeated_page_ends_the_walk_with_an_error_and_no_duplicates() {
        let (stream, _) = scripted(
            Ok((1, 10)),
            vec![
                Ok(page(items(0..10), 1, 10, 30, 3)),
                Ok(page(items(0..10), 1, 10, 30, 3)),
            ],
        );
        let results: Vec<_> = block(stream.collect());
        assert_eq!(results.len(), 11);
        assert!(results[..10].iter().all(Result::is_ok));
        match &results[10] {
            Err(Error::RepeatedPage { page, first_id }) => {
                assert_eq!(*page, 2);
                assert_eq!(first_id.as_deref(), Some("id-0"));
            }
            other => panic!("{other:?}"),
        }
        let message = results[10].as_ref().unwrap_err().to_string();
        assert!(
            message.contains("page 2") && message.contains("id-0"),
            "{message}"
        );
    }

    #[test]
    fn a_failed_page_yields_one_error_after_the_delivered_items() {
        let failure = Error::InvalidRequest("boom".into());
        let (stream, asked) = scripted(
            Ok((1, 10)),
            vec![Ok(page(items(0..10), 1, 10, 30, 3)), Err(failure)],
        );
        let results: Vec<_> = block(stream.collect());
        assert_eq!(results.len(), 11);
        assert!(matches!(results[10], Err(Error::InvalidRequest(ref m)) if m == "boom"));
        assert_eq!(asked.lock().unwrap().len(), 2);
    }

    #[test]
    fn bad_settings_yield_one_error_and_fetch_nothing() {
        let negative = start::<i64, i64>(&Ok(Some(-1)), &Ok(None));
        let (stream, asked) = scripted(negative, vec![]);
        let results: Vec<_> = block(stream.collect());
        assert_eq!(results.len(), 1);
        let message = results[0].as_ref().unwrap_err().to_string();
        assert!(message.contains("`page`"), "{message}");
        assert!(asked.lock().unwrap().is_empty());

        assert!(start::<i64, i64>(&Ok(None), &Ok(Some(0))).is_err());
        assert!(matches!(
            start::<i64, i64>(&Err("conversion failed".into()), &Ok(None)),
            Err(Error::InvalidRequest(m)) if m == "conversion failed"
        ));
    }

    #[test]
    fn settings_default_to_page_one_of_one_hundred_and_pass_large_sizes_through() {
        assert_eq!(start::<i64, i64>(&Ok(None), &Ok(None)).unwrap(), (1, 100));
        assert_eq!(
            start::<i64, i64>(&Ok(Some(3)), &Ok(Some(500))).unwrap(),
            (3, 500)
        );
    }

    #[test]
    fn items_without_an_id_are_compared_whole() {
        assert_eq!(first_key(&json!({"id": "a", "x": 1})), json!("a"));
        assert_eq!(first_key(&json!({"id": null, "x": 1})), json!({"x": 1}));
        assert_eq!(first_key(&json!({"x": 1})), json!({"x": 1}));
    }

    #[test]
    fn counters_of_any_numeric_type() {
        assert_eq!(Some(5_i64).count(), Some(5));
        assert_eq!((-1_i64).count(), None);
        assert_eq!(None::<i64>.count(), None);
        assert_eq!(7.0_f64.count(), Some(7));
        assert_eq!(7.5_f64.count(), None);
        assert_eq!(f64::NAN.count(), None);
        assert_eq!(json!(9).count(), Some(9));
        assert_eq!(json!("9").count(), None);
    }

    #[test]
    fn the_stream_is_send_and_unpin() {
        fn check<S: Send + Unpin>(_: &S) {}
        let (stream, _) = scripted(Ok((1, 10)), vec![]);
        check(&stream);
    }
}
