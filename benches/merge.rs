//! The record-level merge on the 100k project: two colleagues' files with a thousand changes
//! each (500 stances or summaries edited, 250 statements logged, 250 deleted; a tenth of the
//! edits on the same statements, so that some conflict). Run with `cargo bench --bench merge`
//! (docs/BENCHMARKS.md); `TT_BENCH_SIZES` picks the sizes as for the engine benchmark.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use treaty_tracker::generate::{GenerateOptions, generate};
use treaty_tracker::merge::{Labels, merge};
use treaty_tracker::model::{Project, Stance};

fn side(base: &Project, offset: usize, stamp: i64) -> Project {
    let mut p = base.clone();
    let n = p.statements.len();
    let principle = p.principles[0].id.clone();
    for k in 0..500 {
        // Every 10th edit lands on a statement the other side edits too.
        let i = if k % 10 == 0 {
            (k * 97) % n
        } else {
            (k * 97 + offset) % n
        };
        if k % 2 == 0 {
            p.statements[i].summary = format!("edited by side {stamp}");
        } else {
            p.statements[i].stances.insert(
                principle.clone(),
                if stamp == 1 {
                    Stance::Supports
                } else {
                    Stance::Opposes
                },
            );
        }
    }
    for k in 0..250 {
        let mut s = p.statements[(k * 31 + offset) % n].clone();
        s.stamp_new(
            s.recorded_at
                + chrono::Duration::seconds(stamp * 10_000 + i64::try_from(k).unwrap_or(0)),
            "bench",
        );
        p.statements.push(s);
    }
    for k in 0..250 {
        let i = (k * 53 + offset * 3 + 7) % p.statements.len().min(n);
        p.statements.remove(i);
    }
    p
}

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
        let ours = side(&base, 13, 1);
        let theirs = side(&base, 5003, 2);
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
