//! How long generation takes for the real spec and for synthetic specs of
//! 10, 100 and 1,000 operations: it should grow linearly (`synthetic/`
//! makes them). `generate_growth` measures the growth with the sizes
//! taking turns.

mod synthetic;

use std::hint::black_box;
use std::path::Path;

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};

use synthetic::{run, synthetic_spec};

fn generate(c: &mut Criterion) {
    let mut group = c.benchmark_group("generate");
    // Runs take from milliseconds to seconds: few, flat samples.
    group.sample_size(10).sampling_mode(SamplingMode::Flat);

    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/klink.yaml");
    let text = std::fs::read_to_string(&real).unwrap();
    let operations = codegen::load(&real).unwrap().openapi.operations().count();
    group.throughput(Throughput::Elements(operations as u64));
    group.bench_function("klink.yaml", |b| b.iter(|| run(&real, black_box(&text))));

    // A 1,000-operation spec takes seconds a run: `--full` only
    // (`cargo xtask bench --full` sets KLINK_BENCH_FULL).
    let sizes: &[usize] = match std::env::var_os("KLINK_BENCH_FULL") {
        Some(_) => &[10, 100, 1000],
        None => &[10, 100],
    };
    for &operations in sizes {
        let text = synthetic_spec(operations);
        let path = Path::new("synthetic.json");
        group.throughput(Throughput::Elements(operations as u64));
        group.bench_with_input(
            BenchmarkId::new("synthetic", operations),
            &text,
            |b, text| b.iter(|| run(path, black_box(text))),
        );
    }
    group.finish();
}

criterion_group!(benches, generate);
criterion_main!(benches);
