//! The record-level merge on the 100k project: two colleagues' files with a thousand changes
//! each (500 stances or summaries edited, 250 statements logged, 250 deleted; a tenth of the
//! edits on the same statements, so that some conflict). Run with `cargo bench --bench merge`
//! (docs/BENCHMARKS.md); `TT_BENCH_SIZES` picks the sizes as for the engine benchmark.

mod common;

use std::hint::black_box;
use std::time::Duration;

use common::side;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use treaty_tracker::generate::{GenerateOptions, generate};
use treaty_tracker::merge::{Labels, merge};

fn bench(c: &mut Criterion) {
    let wanted = std::env::var("TT_BENCH_SIZES").unwrap_or_else(|_| "100k".to_owned());
    for (label, stakeholders, principles, sessions, statements) in
        [("10k", 150, 20, 12, 10_000), ("100k", 300, 30, 20, 100_000)]
    {
        if !wanted.split(',').any(|w| w.trim() == label) {
            continue;
        }
        let base = generate(&GenerateOptions {
            stakeholders,
            principles,
            sessions,
            statements,
            seed: 2024,
        })
        .expect("generates");
        let ours = side(&base, 13, 1, 500, 250);
        let theirs = side(&base, 5003, 2, 500, 250);
        let labels = Labels {
            ours: "ours".to_owned(),
            theirs: "theirs".to_owned(),
        };
        let merged = merge(&base, &ours, &theirs, &labels);
        eprintln!(
            "{label}: {} ({} statements)",
            merged.summary,
            merged.project.statements.len()
        );
        let mut group = c.benchmark_group(format!("merge/{label}"));
        group.sample_size(10);
        group.warm_up_time(Duration::from_secs(1));
        group.bench_function(
            BenchmarkId::new("three_way_1000_changes_each", label),
            |b| {
                b.iter(|| {
                    merge(
                        black_box(&base),
                        black_box(&ours),
                        black_box(&theirs),
                        &labels,
                    )
                });
            },
        );
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
