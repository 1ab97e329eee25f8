//! Decoding into the generated types versus into `serde_json::Value`, in
//! bytes per second: the send-message 200 body (as the docs print it, and
//! compact as a server sends it), a page of 100 contacts
//! carrying keys the spec does not declare (kept in `extra`), and a CxLog
//! page of 100 logs (nested contacts, agents and CxLog timestamps).
//!
//! `typed` is plain `serde_json::from_slice`; `sdk` is the decode a
//! generated `send()` runs on a success's body
//! (`klink_api::__private::decode_body`).
//!
//! `--instructions BODY INTO COUNT` (BODY `send_message`,
//! `send_message_compact` (the same without whitespace), `contact_page`
//! or `cx_log_page`; INTO `typed`, `sdk` or `value`) decodes the body
//! COUNT times inside `measured_decodes`, for
//! `valgrind --tool=callgrind --toggle-collect=*measured_decodes*`: wall
//! clock on a shared machine is noisy, instruction counts are not.

use std::fmt::Write;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group};
use klink_api::types::{ContactPage, CxLogResponse, MessageEnvelope};
use serde::de::DeserializeOwned;

const SEND_MESSAGE: &str = include_str!("../../openapi/examples/message.send.response.200.json");
const CX_LOGS: &str = include_str!("../../openapi/examples/cx-logs.list.response.200.prefix.json");

/// Items per page in the page benchmarks (the docs' maximum page size).
const PAGE: usize = 100;

fn decode(c: &mut Criterion) {
    compare::<MessageEnvelope>(c, "decode", SEND_MESSAGE);
    compare::<MessageEnvelope>(c, "decode_compact", &compact(SEND_MESSAGE));
    compare::<ContactPage>(c, "decode_contact_page", &contact_page());
    compare::<CxLogResponse>(c, "decode_cx_log_page", &cx_log_page());
}

/// One group: `typed` (into `T`), `sdk` (into `T` as the SDK decodes) and
/// `value` (into `serde_json::Value`).
fn compare<T: DeserializeOwned>(c: &mut Criterion, group: &str, body: &str) {
    // A body that does not decode would measure an early error.
    serde_json::from_str::<T>(body).unwrap_or_else(|e| panic!("{group}: {e}"));
    let mut group = c.benchmark_group(group);
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("typed", |b| {
        b.iter(|| serde_json::from_slice::<T>(black_box(body.as_bytes())).unwrap())
    });
    group.bench_function("sdk", |b| {
        b.iter(|| klink_api::__private::decode_body::<T>(black_box(body.as_bytes())).unwrap())
    });
    group.bench_function("value", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(body.as_bytes())).unwrap())
    });
    group.finish();
}

/// `json` without the whitespace between tokens, keys in the same order:
/// the docs print bodies indented, servers send them compact.
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c.is_ascii_whitespace() {
            continue;
        } else if c == '"' {
            in_string = true;
        }
        out.push(c);
    }
    out
}

/// A page of contacts shaped like the contact inside the docs' CxLog
/// example: `Contact` declares `id`, `name`, `socialProfileUrl`, `tags`
/// and `company`; the timestamps, `address`, `notes`, `contactNumber`,
/// `platformContacts` and the rest are undeclared and land in `extra`.
fn contact_page() -> String {
    let mut body = format!(
        r#"{{"total":{},"page":1,"pageSize":{PAGE},"lastPage":10,"data":["#,
        PAGE * 10
    );
    for i in 0..PAGE {
        if i > 0 {
            body.push(',');
        }
        let _ = write!(
            body,
            r#"{{"id":"c786bb40-a58e-4d60-afe6-{i:012}","createdAt":"2026-01-15T10:00:00.000Z","updatedAt":"2026-03-30T08:30:00.000Z","deletedAt":null,"name":"Contact {i}","address":"123 Business Ave, Singapore","channel":"messenger","notes":null,"contactNumber":"+6591234567","companyId":"b5efc76a-4fc2-48df-b6c9-0083b3e341c4","contactProfile":"https://cdn.klink.cloud/assets/profiles/{i}.jpg","socialProfileUrl":"https://facebook.com/contact.{i}","tags":[{{"id":"2ee98c63-24b2-49ed-a867-e20b0f83c7e0","name":"platinum"}}],"platformContacts":[{{"id":"9d0e5b0c-1f5e-4a8e-9a43-{i:012}","channelId":"0f3a7c52-5d0b-4a3c-8f67-1c2d3e4f5a6b","socialPlatformId":"PSID-{i}","type":"messenger","botpress_user_metadata":null}}],"company":{{"id":"b5efc76a-4fc2-48df-b6c9-0083b3e341c4","name":"Company {i}"}}}}"#
        );
    }
    body.push_str("]}");
    body
}

/// The docs' CxLog example with its one log repeated to a page of 100
/// (each with its own id) and the list envelope's counters.
fn cx_log_page() -> String {
    let example: serde_json::Value = serde_json::from_str(CX_LOGS).unwrap();
    let log = &example["cxLogs"]["data"][0];
    let logs: Vec<serde_json::Value> = (0..PAGE)
        .map(|i| {
            let mut log = log.clone();
            log["id"] = format!("6f1e2d3c-4b5a-4978-8a6b-{i:012}").into();
            log
        })
        .collect();
    serde_json::json!({
        "requestId": example["requestId"],
        "cxLogs": {"data": logs, "total": PAGE * 10, "page": 1, "pageSize": PAGE, "lastPage": 10},
    })
    .to_string()
}

/// Decodes `body` `count` times with `decode`; kept out of line so that
/// callgrind can count it by name.
#[inline(never)]
fn measured_decodes<T>(body: &str, count: usize, decode: fn(&[u8]) -> serde_json::Result<T>) {
    for _ in 0..count {
        black_box(decode(black_box(body.as_bytes())).unwrap());
    }
}

/// `measured_decodes` into `T`, the plain serde_json way or the SDK's.
fn typed<T: DeserializeOwned>(body: &str, count: usize, into: &str) {
    match into {
        "typed" => measured_decodes::<T>(body, count, |b| serde_json::from_slice(b)),
        "sdk" => measured_decodes::<T>(body, count, klink_api::__private::decode_body),
        other => panic!("INTO is typed, sdk or value, not {other}"),
    }
}

/// `--instructions BODY INTO COUNT`: see the module docs.
fn instructions(args: &[String]) {
    let [body, into, count] = args else {
        panic!("--instructions takes BODY INTO COUNT");
    };
    let count: usize = count.parse().expect("COUNT is a number");
    let text = match body.as_str() {
        "send_message" => SEND_MESSAGE.to_owned(),
        "send_message_compact" => compact(SEND_MESSAGE),
        "contact_page" => contact_page(),
        "cx_log_page" => cx_log_page(),
        other => panic!("unknown body {other}"),
    };
    match (body.as_str(), into.as_str()) {
        (_, "value") => {
            measured_decodes::<serde_json::Value>(&text, count, |b| serde_json::from_slice(b));
        }
        ("send_message" | "send_message_compact", into) => {
            typed::<MessageEnvelope>(&text, count, into)
        }
        ("contact_page", into) => typed::<ContactPage>(&text, count, into),
        ("cx_log_page", into) => typed::<CxLogResponse>(&text, count, into),
        (other, _) => unreachable!("{other} was checked above"),
    }
    println!("measured decodes: {count}");
}

criterion_group!(benches, decode);

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--instructions") {
        instructions(&args[at + 1..]);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
