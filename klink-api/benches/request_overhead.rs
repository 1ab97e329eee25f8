//! What the SDK costs on top of the wire, measured by criterion:
//! `send_message` through the generated client (with and without retries)
//! versus the same request made by hand with reqwest and serde_json, one at
//! a time and 16 at once, against one in-process loopback server that
//! answers with the docs' 200 example. See `common` for what is compared.

mod common;

use common::{CONCURRENCY, Setup, Variant};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn request_overhead(c: &mut Criterion) {
    let setup = Setup::new();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    // Every variant sends the same request and gets the same answer before
    // anything is measured.
    runtime.block_on(setup.check());

    let mut sequential = c.benchmark_group("send_message");
    sequential.throughput(Throughput::Elements(1));
    for &variant in Variant::ALL {
        sequential.bench_function(variant.name(), |b| {
            b.to_async(&runtime).iter(|| setup.call(variant))
        });
    }
    sequential.finish();

    let mut concurrent = c.benchmark_group("send_message_x16");
    concurrent.throughput(Throughput::Elements(CONCURRENCY as u64));
    for &variant in Variant::ALL {
        concurrent.bench_function(variant.name(), |b| {
            b.to_async(&runtime).iter(|| setup.batch(variant))
        });
    }
    concurrent.finish();
}

criterion_group!(benches, request_overhead);
criterion_main!(benches);
