//! Decoding the send-message 200 body: into the generated types versus into
//! `serde_json::Value`, in bytes per second.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use klink_api::types::MessageEnvelope;

const BODY: &str = include_str!("../../openapi/examples/message.send.response.200.json");

fn decode(c: &mut Criterion) {
    let mut group = c.benchmark_group("decode");
    group.throughput(Throughput::Bytes(BODY.len() as u64));
    group.bench_function("typed", |b| {
        b.iter(|| serde_json::from_slice::<MessageEnvelope>(black_box(BODY.as_bytes())).unwrap())
    });
    group.bench_function("value", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(BODY.as_bytes())).unwrap())
    });
    group.finish();
}

criterion_group!(benches, decode);
criterion_main!(benches);
