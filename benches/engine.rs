//! Benchmarks of the engine on generated projects: load, save, full analysis, re-analysis after
//! one edit, JSON, HTML and Markdown reports, and `serde_json` reading the same model as a floor.
//!
//! Sizes default to 1k, 10k and 100k statements; set `TT_BENCH_SIZES=1k,10k,100k,1m` to add
//! the million (slow: docs/BENCHMARKS.md). Run with `cargo bench --bench engine`.

use std::hint::black_box;
use std::time::Duration;

use chrono::{TimeZone, Utc};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use treaty_tracker::analysis::{AnalysisOptions, ProjectAnalysis, StatementEdit};
use treaty_tracker::generate::{GenerateOptions, generate};
use treaty_tracker::model::{Project, Stance};
use treaty_tracker::{report, store};

/// The shape of a benchmark project: (label, stakeholders, principles, sessions, statements).
const SHAPES: [(&str, usize, usize, usize, usize); 4] = [
    ("1k", 60, 10, 8, 1_000),
    ("10k", 150, 20, 12, 10_000),
    ("100k", 300, 30, 20, 100_000),
    ("1m", 300, 30, 20, 1_000_000),
];

fn sizes() -> Vec<(&'static str, GenerateOptions)> {
    let wanted = std::env::var("TT_BENCH_SIZES").unwrap_or_else(|_| "1k,10k,100k".to_owned());
    SHAPES
        .iter()
        .filter(|(label, ..)| {
            wanted
                .split(',')
                .any(|w| w.trim().eq_ignore_ascii_case(label))
        })
        .map(|&(label, stakeholders, principles, sessions, statements)| {
            (
                label,
                GenerateOptions {
                    stakeholders,
                    principles,
                    sessions,
                    statements,
                    seed: 2024,
                },
            )
        })
        .collect()
}

fn project_for(options: &GenerateOptions) -> Project {
    generate(options).expect("benchmark shapes are valid")
}

fn engine(c: &mut Criterion) {
    for (label, options) in sizes() {
        let project = project_for(&options);
        let text = store::to_string(&project).expect("serialises");
        let json = serde_json::to_string(&project).expect("serialises");
        let mut group = c.benchmark_group(format!("engine/{label}"));
        group.sample_size(10);
        group.warm_up_time(Duration::from_secs(1));
        group.measurement_time(Duration::from_secs(if options.statements >= 100_000 {
            20
        } else {
            5
        }));

        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(BenchmarkId::new("load_ron", label), |b| {
            b.iter(|| store::from_str(black_box(&text)).expect("loads"));
        });
        group.bench_function(BenchmarkId::new("parse_ron_only", label), |b| {
            let options = ron::Options::default()
                .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
            b.iter(|| {
                options
                    .from_str::<Project>(black_box(&text))
                    .expect("parses")
            });
        });
        group.throughput(Throughput::Bytes(json.len() as u64));
        group.bench_function(BenchmarkId::new("load_serde_json", label), |b| {
            b.iter(|| serde_json::from_str::<Project>(black_box(&json)).expect("parses"));
        });
        group.throughput(Throughput::Elements(options.statements as u64));
        group.bench_function(BenchmarkId::new("save_to_string", label), |b| {
            b.iter(|| store::to_string(black_box(&project)).expect("serialises"));
        });
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("bench.ron");
        group.bench_function(BenchmarkId::new("save_atomic_file", label), |b| {
            b.iter(|| store::save(black_box(&project), &path).expect("saves"));
        });
        group.bench_function(BenchmarkId::new("full_analysis", label), |b| {
            b.iter(|| ProjectAnalysis::compute(black_box(&project), AnalysisOptions::default()));
        });
        // The same without bloc positions (the figures of format version 1): what counting
        // blocs' statements for their members costs.
        group.bench_function(
            BenchmarkId::new("full_analysis_own_statements_only", label),
            |b| {
                let options = AnalysisOptions {
                    bloc_positions: false,
                    ..AnalysisOptions::default()
                };
                b.iter(|| ProjectAnalysis::compute(black_box(&project), options));
            },
        );

        let mut edited = project.clone();
        let mut analysis = ProjectAnalysis::compute(&edited, AnalysisOptions::default());
        let index = edited.statements.len() / 2;
        let principle = edited.principles[0].id.clone();
        let mut flip = false;
        group.bench_function(BenchmarkId::new("edit_stance_reanalysis", label), |b| {
            b.iter(|| {
                let old = edited.statements[index].clone();
                flip = !flip;
                let stance = if flip {
                    Stance::StronglyOpposes
                } else {
                    Stance::Supports
                };
                edited.statements[index]
                    .stances
                    .insert(principle.clone(), stance);
                analysis.update_statement(&edited, StatementEdit::Changed(index, &old));
            });
        });
        // An edit to a bloc's statement changes the positions of all its members.
        let bloc_index = edited
            .statements
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                edited
                    .stakeholder(&s.stakeholder)
                    .filter(|x| x.kind == treaty_tracker::model::StakeholderKind::Bloc)
                    .map(|x| (x.members.len(), i))
            })
            .max()
            .map(|(_, i)| i);
        if let Some(bloc_index) = bloc_index {
            group.bench_function(
                BenchmarkId::new("edit_bloc_statement_reanalysis", label),
                |b| {
                    b.iter(|| {
                        let old = edited.statements[bloc_index].clone();
                        flip = !flip;
                        let stance = if flip {
                            Stance::StronglyOpposes
                        } else {
                            Stance::Supports
                        };
                        edited.statements[bloc_index]
                            .stances
                            .insert(principle.clone(), stance);
                        analysis
                            .update_statement(&edited, StatementEdit::Changed(bloc_index, &old));
                    });
                },
            );
        }
        group.bench_function(BenchmarkId::new("add_then_remove_reanalysis", label), |b| {
            b.iter(|| {
                let mut statement = edited.statements[index].clone();
                statement.recorded_at += chrono::Duration::seconds(1);
                edited.statements.push(statement);
                let at = edited.statements.len() - 1;
                analysis.update_statement(&edited, StatementEdit::Added(at));
                let old = edited.statements.pop().expect("just pushed");
                analysis.update_statement(&edited, StatementEdit::Removed(at, &old));
            });
        });
        let analysis = ProjectAnalysis::compute(&project, AnalysisOptions::default());
        let latest = analysis.latest_session().expect("sessions");
        let at = Utc
            .with_ymd_and_hms(2026, 11, 23, 12, 0, 0)
            .single()
            .expect("date");
        group.bench_function(BenchmarkId::new("json_report", label), |b| {
            b.iter(|| report::json(black_box(&project), &analysis, latest, false, at));
        });
        let report_options = report::ReportOptions {
            session: latest,
            from: None,
            analysis: treaty_tracker::analysis::AnalysisOptions::default(),
            include_confidential: false,
            generated_at: at,
            csv: treaty_tracker::tables::CsvOptions::default(),
            lang: treaty_tracker::i18n::Lang::En,
        };
        for (name, format) in [
            ("html_report_render", report::ReportFormat::Html),
            ("markdown_report_render", report::ReportFormat::Markdown),
        ] {
            group.bench_function(BenchmarkId::new(name, label), |b| {
                b.iter(|| {
                    report::render(black_box(&project), format, report_options.clone())
                        .expect("renders")
                });
            });
        }
        group.bench_function(BenchmarkId::new("coalition_map", label), |b| {
            b.iter(|| analysis.coalition_map(black_box(latest)));
        });
        group.finish();
    }
}

criterion_group!(benches, engine);
criterion_main!(benches);
