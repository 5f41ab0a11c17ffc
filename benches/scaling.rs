//! The scaling table of docs/BENCHMARKS.md: open, save, full analysis, one edit, report,
//! import and merge at 1k, 10k, 100k and 1m statements, each beside its anchor where one
//! exists, in one criterion run:
//!
//! - open: the RON file read, parsed on all cores and checked (`store::load`), against
//!   `serde_json` reading the same model from its JSON file (read and parse only);
//! - save: the project written as RON atomically (`store::save`: temporary file, fsync, `.bak`,
//!   rename), against `serde_json` writing the same model to a file;
//! - full analysis: every session's positions and figures;
//! - one edit: a statement's stance changed through the document (undo step), the analysis and
//!   the statement log's rows following it in place, as the window does;
//! - report: the HTML report of the latest session (analysis included);
//! - import: the statements table as CSV read, planned and applied to the project without its
//!   statements;
//! - merge: a three-way merge of two sides that each changed 1 % of the statements (edits,
//!   additions, deletions, some on the same statements), against git's own `git merge-file`
//!   on the same three RON files (when git is installed).
//!
//! The anchor for opening, a spreadsheet program opening the same statements as CSV
//! (`LibreOffice` Calc), is timed by `scripts/scaling-anchors.sh`: a process that takes a
//! minute at 1m is not a criterion benchmark.
//!
//! Sizes: `TT_SCALING_SIZES=1k,10k,100k` by default; add `1m` (slow: about 15 minutes).
//! Run with `cargo bench --bench scaling`.

mod common;

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use common::{import_once, side};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use treaty_tracker::analysis::{AnalysisCache, AnalysisOptions, ProjectAnalysis};
use treaty_tracker::app::{Document, LogState, Origin};
use treaty_tracker::generate::{GenerateOptions, generate};
use treaty_tracker::merge::{Labels, merge};
use treaty_tracker::model::{Edit, Item, Project, Stance};
use treaty_tracker::tables::{CsvOptions, statements_csv};
use treaty_tracker::{report, store};

/// (label, stakeholders, principles, sessions, statements), as in `benches/engine.rs`.
const SHAPES: [(&str, usize, usize, usize, usize); 4] = [
    ("1k", 60, 10, 8, 1_000),
    ("10k", 150, 20, 12, 10_000),
    ("100k", 300, 30, 20, 100_000),
    ("1m", 300, 30, 20, 1_000_000),
];

fn git_available() -> bool {
    std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn scaling(c: &mut Criterion) {
    let wanted = std::env::var("TT_SCALING_SIZES").unwrap_or_else(|_| "1k,10k,100k".to_owned());
    let git = git_available();
    for &(label, stakeholders, principles, sessions, statements) in &SHAPES {
        if !wanted
            .split(',')
            .any(|w| w.trim().eq_ignore_ascii_case(label))
        {
            continue;
        }
        let project = generate(&GenerateOptions {
            stakeholders,
            principles,
            sessions,
            statements,
            seed: 2024,
        })
        .expect("generates");
        let dir = tempfile::tempdir().expect("tempdir");
        let ron_path = dir.path().join("project.ron");
        let json_path = dir.path().join("project.json");
        store::save(&project, &ron_path).expect("saves");
        std::fs::write(
            &json_path,
            serde_json::to_vec(&project).expect("serialises"),
        )
        .expect("writes");
        let mb = |p: &Path| std::fs::metadata(p).map_or(0.0, |m| m.len() as f64 / 1e6);
        eprintln!(
            "{label}: RON {:.1} MB, JSON {:.1} MB",
            mb(&ron_path),
            mb(&json_path)
        );
        let big = statements > 200_000;
        let mut group = c.benchmark_group(format!("scaling/{label}"));
        group.sample_size(10);
        group.warm_up_time(Duration::from_secs(1));
        group.measurement_time(Duration::from_secs(if big { 60 } else { 10 }));

        // Open, against serde_json.
        group.bench_function(BenchmarkId::new("open", "ron"), |b| {
            b.iter(|| black_box(store::load(&ron_path).expect("loads")));
        });
        group.bench_function(BenchmarkId::new("open", "serde_json anchor"), |b| {
            b.iter(|| {
                let bytes = std::fs::read(&json_path).expect("reads");
                black_box(serde_json::from_slice::<Project>(&bytes).expect("parses"))
            });
        });

        // Save, against serde_json.
        let out_ron = dir.path().join("saved.ron");
        let out_json = dir.path().join("saved.json");
        group.bench_function(BenchmarkId::new("save", "ron"), |b| {
            b.iter(|| store::save(&project, &out_ron).expect("saves"));
        });
        group.bench_function(BenchmarkId::new("save", "serde_json anchor"), |b| {
            b.iter(|| {
                let file = std::fs::File::create(&out_json).expect("creates");
                let mut writer = std::io::BufWriter::new(file);
                serde_json::to_writer(&mut writer, &project).expect("writes");
                let file = writer.into_inner().expect("flushes");
                file.sync_all().expect("syncs");
            });
        });

        // Full analysis.
        let options = AnalysisOptions::default();
        group.bench_function(BenchmarkId::new("full analysis", "ron"), |b| {
            b.iter(|| black_box(ProjectAnalysis::compute(&project, options)));
        });

        // One edit, as the window makes it: through the document, the analysis and the log
        // following it in place.
        let mut doc = Document::new(project.clone(), Origin::New, true);
        let mut cache = AnalysisCache::default();
        cache.get(&doc.project, doc.revision(), options);
        let mut log = LogState::default();
        log.rows(&doc);
        let index = statements / 2;
        let principle = project.principles[1].id.clone();
        let mut flip = false;
        let mut t = 0.0;
        group.bench_function(BenchmarkId::new("one edit", "ron"), |b| {
            b.iter(|| {
                flip = !flip;
                t += 10.0;
                let mut statement = doc.project.statements[index].clone();
                statement.stances.insert(
                    principle.clone(),
                    if flip {
                        Stance::Supports
                    } else {
                        Stance::Opposes
                    },
                );
                doc.apply(
                    &Edit::Replace {
                        index,
                        item: Item::Statement(Box::new(statement)),
                    },
                    t,
                );
                let last = doc.last_change().expect("changed");
                let change = last.change.as_ref().expect("one statement");
                assert!(cache.update_if_cached(
                    &doc.project,
                    last.from,
                    last.to,
                    change.as_analysis_edit(),
                    options
                ));
                black_box(log.rows(&doc).len())
            });
        });
        drop(doc);

        // Report.
        let analysis = ProjectAnalysis::compute(&project, options);
        let latest = analysis.latest_session().expect("sessions");
        drop(analysis);
        let report_options = report::ReportOptions {
            session: latest,
            from: None,
            analysis: options,
            include_confidential: false,
            generated_at: chrono::DateTime::UNIX_EPOCH,
            csv: CsvOptions::default(),
            lang: treaty_tracker::i18n::Lang::En,
        };
        group.bench_function(BenchmarkId::new("report (HTML)", "ron"), |b| {
            b.iter(|| {
                report::render(&project, report::ReportFormat::Html, report_options.clone())
                    .expect("renders")
            });
        });

        // Import.
        let csv = dir.path().join("statements.csv");
        std::fs::write(
            &csv,
            statements_csv(&project, true, CsvOptions::default()).expect("csv"),
        )
        .expect("writes");
        let mut empty = project.clone();
        empty.statements.clear();
        assert_eq!(import_once(&empty, &csv), statements);
        group.bench_function(BenchmarkId::new("import (CSV)", "ron"), |b| {
            b.iter(|| black_box(import_once(&empty, &csv)));
        });
        drop(empty);

        // Merge, against git merge-file on the same three files.
        // Each side changes 1 % of the statements, as colleagues would in a session or two,
        // and logs and deletes a quarter as many.
        let edits = (statements / 100).max(2);
        let ours = side(&project, 13, 1, edits, edits / 4);
        let theirs = side(&project, statements / 2 + 3, 2, edits, edits / 4);
        let labels = Labels {
            ours: "ours".to_owned(),
            theirs: "theirs".to_owned(),
        };
        let merged = merge(&project, &ours, &theirs, &labels);
        eprintln!("{label} merge: {}", merged.summary);
        drop(merged);
        group.bench_function(BenchmarkId::new("merge", "ron"), |b| {
            b.iter(|| black_box(merge(&project, &ours, &theirs, &labels)));
        });
        if git {
            let base_path = dir.path().join("base.ron");
            let ours_path = dir.path().join("ours.ron");
            let theirs_path = dir.path().join("theirs.ron");
            store::save(&project, &base_path).expect("saves");
            store::save(&ours, &ours_path).expect("saves");
            store::save(&theirs, &theirs_path).expect("saves");
            group.bench_function(BenchmarkId::new("merge", "git merge-file anchor"), |b| {
                b.iter_custom(|iters| {
                    let mut total = Duration::ZERO;
                    for _ in 0..iters {
                        let start = Instant::now();
                        // -p: the result to standard output (discarded), the inputs untouched.
                        let out = std::process::Command::new("git")
                            .args(["merge-file", "-p", "--quiet"])
                            .arg(&ours_path)
                            .arg(&base_path)
                            .arg(&theirs_path)
                            .stdout(std::process::Stdio::null())
                            .status()
                            .expect("git runs");
                        total += start.elapsed();
                        black_box(out);
                    }
                    total
                });
            });
        }
        group.finish();
    }
}

criterion_group!(benches, scaling);
criterion_main!(benches);
