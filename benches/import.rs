//! Importing statements from a spreadsheet: the 100k project's statements table (100,000
//! rows, 300 stakeholders, 30 principles, 20 sessions, seed 2024), exported as CSV and as XLSX,
//! imported back into the same project without its statements: reading the file, planning
//! every row (columns guessed from the header, stakeholders and sessions matched, stances
//! mapped) and applying the one edit. Run with `cargo bench --bench import`; docs/BENCHMARKS.md
//! records the figures. The target: 100,000 rows under 3 s.

mod common;

use std::hint::black_box;
use std::time::Duration;

use common::import_once;
use criterion::{Criterion, criterion_group, criterion_main};
use treaty_tracker::generate::{GenerateOptions, generate};
use treaty_tracker::tables::{CsvOptions, statements_csv, statements_xlsx};

fn bench(c: &mut Criterion) {
    let full = generate(&GenerateOptions {
        stakeholders: 300,
        principles: 30,
        sessions: 20,
        statements: 100_000,
        seed: 2024,
    })
    .expect("generates");
    // Every row must come back: confidential statements included in the table.
    let mut empty = full.clone();
    empty.statements.clear();
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("statements.csv");
    let xlsx = dir.path().join("statements.xlsx");
    std::fs::write(
        &csv,
        statements_csv(&full, true, CsvOptions::default()).expect("csv"),
    )
    .expect("write");
    std::fs::write(&xlsx, statements_xlsx(&full, true).expect("xlsx")).expect("write");
    assert_eq!(import_once(&empty, &csv), full.statements.len());

    let mut group = c.benchmark_group("import/100k");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(30));
    group.bench_function("csv", |b| b.iter(|| black_box(import_once(&empty, &csv))));
    group.bench_function("xlsx", |b| b.iter(|| black_box(import_once(&empty, &xlsx))));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
