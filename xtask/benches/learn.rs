//! How long `cargo xtask learn` takes over a capture of 10,000 entries:
//! the report alone, and the report plus `--apply` (edit, check with
//! codegen's load, write) on a fresh copy of the spec.
//!
//! The capture mixes what real traffic holds: paged contact listings and
//! contact fetches with keys the spec lacks, ticket pages with a type
//! conflict, sent messages (request and response bodies), a PATCH on an
//! unconfirmed path, paths the spec does not have and other hosts.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{BatchSize, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use serde_json::{Value, json};
use xtask::learn::{self, Options};

const ENTRIES: usize = 10_000;
const API: &str = "https://apigw.klinkcx.com";

fn entry(method: &str, url: String, request: Option<Value>, status: u16, body: Value) -> Value {
    let mut entry = json!({
        "startedDateTime": "2026-11-30T08:30:00.000Z",
        "time": 12,
        "request": {"method": method, "url": url, "httpVersion": "HTTP/1.1",
            "headers": [{"name": "Authorization", "value": "Bearer ***"}],
            "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1},
        "response": {"status": status, "statusText": "", "httpVersion": "HTTP/1.1", "headers": [],
            "cookies": [], "content": {"mimeType": "application/json", "text": body.to_string()},
            "redirectURL": "", "headersSize": -1, "bodySize": -1},
        "cache": {}, "timings": {"send": 0, "wait": 10, "receive": 2}
    });
    if let Some(request) = request {
        entry["request"]["postData"] =
            json!({"mimeType": "application/json", "text": request.to_string()});
    }
    entry
}

fn contact(i: usize) -> Value {
    json!({"id": format!("0d6b3a52-2f1e-4c7a-9b8d-{i:012}"), "name": "Customer", "socialProfileUrl": "",
        "tags": [{"id": "t1", "name": "vip"}], "company": {"id": "c1", "name": "Acme", "website": "https://acme.example"},
        "address": if i.is_multiple_of(3) { Value::Null } else { json!("1 Main St") }, "notes": null,
        "score": if i.is_multiple_of(2) { json!(3) } else { json!(4.5) },
        "emails": [{"email": "customer@example.org", "isPrimary": true}],
        "createdAt": "2026-11-30T08:30:00.000Z"})
}

fn ticket(i: usize) -> Value {
    json!({"id": format!("t{i}"), "title": "Printer", "status": "open", "createdAt": "2026-11-30T08:30:00Z",
        "ticketNumber": if i.is_multiple_of(97) { json!(i.to_string()) } else { json!(i) }, "slaDueAt": "2026-12-01T08:30:00Z"})
}

fn page(data: Vec<Value>) -> Value {
    json!({"total": 1000, "page": 1, "pageSize": data.len(), "lastPage": 200, "data": data})
}

/// Entry `i` of the capture: one of ten kinds, in turn.
fn nth(i: usize) -> Value {
    match i % 10 {
        0..=2 => entry(
            "GET",
            format!("{API}/api/v1/contacts?page={i}&pageSize=5"),
            None,
            200,
            page((0..5).map(|k| contact(i + k)).collect()),
        ),
        3 | 4 => entry(
            "GET",
            format!("{API}/api/v1/contacts/0d6b3a52-2f1e-4c7a-9b8d-{i:012}"),
            None,
            200,
            json!({"status": "success", "message": "contact", "data": contact(i)}),
        ),
        5 => entry(
            "GET",
            format!("{API}/api/v1/tickets?page={i}"),
            None,
            200,
            page((0..5).map(|k| ticket(i + k)).collect()),
        ),
        6 => entry(
            "POST",
            format!("{API}/api/v1/messages/send"),
            Some(json!({"contactId": "0d6b3a52", "messageType": "text", "message": "hi"})),
            200,
            json!({"status": 200, "message": "Message sent successfully", "data": {"id": "m", "createdAt": "2026-11-30T08:30:00Z",
                "updatedAt": "2026-11-30T08:30:00Z", "deletedAt": null, "clientRequestId": "", "partition_key": "2026_11",
                "deliveryStatus": "queued"}}),
        ),
        7 => entry(
            "PATCH",
            format!("{API}/api/v1/tickets/{i}"),
            Some(json!({"status": "resolved"})),
            200,
            json!({"status": "success"}),
        ),
        8 => entry(
            "GET",
            format!("{API}/api/v1/widgets/{i}"),
            None,
            200,
            json!({"id": "w", "size": i}),
        ),
        _ => entry(
            "GET",
            format!("https://analytics.example.com/collect?i={i}"),
            None,
            200,
            json!({}),
        ),
    }
}

/// A scratch workspace under `target/tmp` with the spec, its examples and
/// the capture.
fn scratch() -> (PathBuf, PathBuf) {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let root = workspace.join("target/tmp/learn-bench");
    let _ = std::fs::remove_dir_all(&root);
    copy_spec(&workspace, &root);
    let entries: Vec<Value> = (0..ENTRIES).map(nth).collect();
    let har = json!({"log": {"version": "1.2", "creator": {"name": "bench", "version": "1"}, "entries": entries}});
    let capture = root.join("capture.har");
    std::fs::write(&capture, har.to_string()).unwrap();
    (root, capture)
}

fn copy_spec(workspace: &Path, root: &Path) {
    let examples = root.join("openapi/examples");
    std::fs::create_dir_all(&examples).unwrap();
    std::fs::copy(
        workspace.join("openapi/klink.yaml"),
        root.join("openapi/klink.yaml"),
    )
    .unwrap();
    for file in std::fs::read_dir(workspace.join("openapi/examples")).unwrap() {
        let file = file.unwrap();
        std::fs::copy(file.path(), examples.join(file.file_name())).unwrap();
    }
}

fn bench(c: &mut Criterion) {
    let (root, capture) = scratch();
    let size = std::fs::metadata(&capture).unwrap().len();
    eprintln!(
        "learn bench: {ENTRIES} entries, {:.1} MB of HAR",
        size as f64 / 1e6
    );
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let options = |apply| Options {
        files: vec![capture.clone()],
        apply,
        ..Options::default()
    };
    // The run must do what it is measured doing.
    let outcome = learn::run(&root, &options(false)).unwrap();
    assert!(outcome.edits >= 8, "{}", outcome.report);
    let mut group = c.benchmark_group("learn");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .throughput(Throughput::Elements(ENTRIES as u64));
    group.bench_function("report", |b| {
        b.iter(|| black_box(learn::run(&root, &options(false)).unwrap()))
    });
    group.bench_function("report_and_apply", |b| {
        b.iter_batched(
            || copy_spec(&workspace, &root),
            |()| {
                let outcome = learn::run(&root, &options(true)).unwrap();
                assert!(outcome.written);
                black_box(outcome)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
