//! Loading a project, side by side in one run: the RON file read on all cores (the statements
//! split at record boundaries, each parsed by the `ron` crate; then validation), the same file
//! read in one piece on one core, and `serde_json` reading the same model from JSON (parse
//! only: the anchor). The generated project has 300 stakeholders, 30 principles, 20 sessions
//! and `TT_LOAD_STATEMENTS` statements (100,000 unless set; docs/BENCHMARKS.md has the run at
//! 1,000,000). Run with `cargo bench --bench load`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use treaty_tracker::generate::{GenerateOptions, generate};
use treaty_tracker::model::Project;
use treaty_tracker::store;

fn bench(c: &mut Criterion) {
    let statements = std::env::var("TT_LOAD_STATEMENTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let project = generate(&GenerateOptions {
        stakeholders: 300,
        principles: 30,
        sessions: 20,
        statements,
        seed: 2024,
    })
    .expect("generates");
    let ron = store::to_string(&project).expect("serialises");
    let json = serde_json::to_string(&project).expect("serialises");
    assert_eq!(
        store::from_str(&ron).expect("reads").project,
        store::from_str_in_one_piece(&ron).expect("reads").project
    );
    eprintln!(
        "{statements} statements: RON {} MB, JSON {} MB",
        ron.len() / 1_000_000,
        json.len() / 1_000_000
    );
    let mut group = c.benchmark_group(format!("load {statements}"));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(if statements > 200_000 {
        60
    } else {
        15
    }));
    group.bench_function("ron, all cores (parse and validate)", |b| {
        b.iter(|| black_box(store::from_str(black_box(&ron)).expect("reads")));
    });
    group.bench_function("ron, one piece (parse and validate)", |b| {
        b.iter(|| black_box(store::from_str_in_one_piece(black_box(&ron)).expect("reads")));
    });
    group.bench_function("validate, all cores (part of each ron line above)", |b| {
        b.iter(|| black_box(treaty_tracker::model::validate(black_box(&project))));
    });
    group.bench_function("validate, one thread", |b| {
        b.iter(|| black_box(treaty_tracker::model::validate_on(black_box(&project), 1)));
    });
    group.bench_function("serde_json (parse only)", |b| {
        b.iter(|| black_box(serde_json::from_str::<Project>(black_box(&json)).expect("reads")));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
