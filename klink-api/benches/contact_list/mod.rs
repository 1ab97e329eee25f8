//! What the pagination benchmarks share: a loopback server holding a long
//! contact list, a client of it, and the ways of walking the list.
//!
//! The server (hyper, on its own thread) renders each page of contacts on
//! request, so the list costs it no memory.

use std::fmt::Write as _;
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};

use bytes::Bytes;
use futures_util::{StreamExt, TryStreamExt};
use klink_api::Client;

/// Items per page, the most the docs allow (and what `stream()` asks for).
pub const PAGE_SIZE: u64 = 100;

/// How many contacts the server's list holds.
static TOTAL: AtomicU64 = AtomicU64::new(0);

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// `stream()`, items consumed one by one.
    Stream,
    /// The loop a user writes without `stream()`.
    HandLoop,
    /// `stream().try_collect()`.
    Collect,
}

impl Variant {
    pub const ALL: [Variant; 3] = [Self::Stream, Self::HandLoop, Self::Collect];

    /// The variant called `name` on a command line.
    pub fn named(name: &str) -> Option<Variant> {
        Self::ALL.into_iter().find(|variant| variant.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Stream => "stream",
            Self::HandLoop => "hand_loop",
            Self::Collect => "collect",
        }
    }
}

/// The server of a list of `length` contacts, on its own thread and
/// runtime for as long as the process lives, and a client of it with a
/// runtime to drive it.
pub fn setup(length: u64) -> (tokio::runtime::Runtime, Client) {
    TOTAL.store(length, Ordering::Relaxed);
    let address = klink_tests::serve(respond);
    let client = Client::builder()
        .base_url(format!("http://{address}"))
        .token("kpt_bench_0123456789abcdef")
        .build()
        .unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    (runtime, client)
}

/// Walks the whole list with `variant` and returns how many items came.
pub async fn walk(client: &Client, variant: Variant) -> u64 {
    match variant {
        Variant::Stream => {
            let mut items = client.list_contacts().stream();
            let mut received = 0_u64;
            while let Some(contact) = items.next().await {
                black_box(contact.unwrap());
                received += 1;
            }
            received
        }
        Variant::HandLoop => hand_loop(client).await,
        Variant::Collect => {
            let all: Vec<_> = client.list_contacts().stream().try_collect().await.unwrap();
            black_box(&all);
            all.len() as u64
        }
    }
}

/// The loop a user writes without `stream()`: page after page until a short
/// page or the last one.
async fn hand_loop(client: &Client) -> u64 {
    let mut received = 0;
    let mut page = 1_i64;
    loop {
        let envelope = client
            .list_contacts()
            .page(page)
            .page_size(PAGE_SIZE as i64)
            .send()
            .await
            .unwrap()
            .into_inner();
        let count = envelope.data.len();
        for contact in envelope.data {
            black_box(contact);
            received += 1;
        }
        let last_page = envelope.last_page.unwrap_or(page);
        if (count as u64) < PAGE_SIZE || page >= last_page {
            return received;
        }
        page += 1;
    }
}

/// One page of the list, rendered on request from the query string.
fn respond(request: http::Request<Bytes>) -> http::Response<Bytes> {
    let query = request.uri().query().unwrap_or_default();
    let number = |key: &str| {
        query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(k, _)| *k == key)
            .and_then(|(_, v)| v.parse::<u64>().ok())
    };
    let page = number("page").unwrap_or(1);
    let page_size = number("pageSize").unwrap_or(10);
    let body = render_page(page, page_size, TOTAL.load(Ordering::Relaxed));
    http::Response::builder()
        .header("content-type", "application/json")
        .body(Bytes::from(body))
        .unwrap()
}

/// The list envelope of one page, contacts shaped like the docs' Detail
/// example.
fn render_page(page: u64, page_size: u64, total: u64) -> String {
    let first = (page.saturating_sub(1) * page_size).min(total);
    let last = (first + page_size).min(total);
    let mut body = String::with_capacity(300 * (last - first) as usize + 100);
    let _ = write!(
        body,
        r#"{{"total":{total},"page":{page},"pageSize":{page_size},"lastPage":{},"data":["#,
        total.div_ceil(page_size)
    );
    for i in first..last {
        if i > first {
            body.push(',');
        }
        let _ = write!(
            body,
            r#"{{"id":"c786bb40-a58e-4d60-afe6-{i:012}","name":"Contact {i}","address":null,"channel":null,"notes":null,"socialProfileUrl":"https://facebook.com/contact.{i}","tags":[{{"id":"2ee98c63-24b2-49ed-a867-e20b0f83c7e0","name":"platinum"}}],"company":{{"id":"b5efc76a-4fc2-48df-b6c9-0083b3e341c4","name":"Company {i}"}}}}"#
        );
    }
    body.push_str("]}");
    body
}
