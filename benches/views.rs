//! One frame of each analysis view, headless (no window, no GPU): `egui::Context::run_ui` with
//! a fixed 1440 × 900 screen calling the view function the app calls, with the analysis and
//! the view's caches warmed by a first frame, on a generated project of 300 stakeholders ×
//! 30 principles × 20 sessions and 100,000 statements. `…/tessellate` adds turning the frame's
//! shapes into triangles (the rest of the CPU side of a frame; the GPU upload is not counted).
//!
//! Run with `cargo bench --bench views` (results: docs/BENCHMARKS.md).

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use treaty_tracker::analysis::AnalysisCache;
use treaty_tracker::app::{
    CommandSender, Document, InsightState, Origin, Preferences, View, ViewCtx, command_channel,
    show_insight,
};
use treaty_tracker::generate::{GenerateOptions, generate};

/// The views measured, with the names used in the report.
const VIEWS: [(&str, View); 6] = [
    ("matrix", View::Matrix),
    ("trends", View::Trends),
    ("gaps", View::Gaps),
    ("shifts", View::Shifts),
    ("coalition", View::Coalition),
    ("profile", View::Profile),
];

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1440.0, 900.0),
        )),
        ..Default::default()
    }
}

/// One frame of `view` as the app draws it (inside the central panel).
fn frame(
    ctx: &egui::Context,
    view: View,
    doc: &Document,
    state: &mut InsightState,
    cx: &mut Shared,
) -> egui::FullOutput {
    let analysis = cx.analysis.get(
        &doc.project,
        doc.revision(),
        state.options(doc.project.method),
    );
    let view_ctx = ViewCtx {
        doc,
        analysis: Some(analysis),
        prefs: &cx.prefs,
        commands: &cx.commands,
        now: chrono::Utc::now(),
    };
    ctx.run_ui(input(), |ui| {
        egui::CentralPanel::default_margins().show(ui, |ui| {
            show_insight(ui, &view_ctx, view, state);
        });
    })
}

/// What the app holds beside the view's own state: the analysis cache, the preferences and the
/// command channel (the commands sent are dropped).
struct Shared {
    analysis: AnalysisCache,
    prefs: Preferences,
    commands: CommandSender,
    _received: std::sync::mpsc::Receiver<treaty_tracker::app::Command>,
}

fn views(c: &mut Criterion) {
    let project = generate(&GenerateOptions {
        stakeholders: 300,
        principles: 30,
        sessions: 20,
        statements: 100_000,
        seed: 2024,
    })
    .expect("a valid benchmark shape");
    let doc = Document::new(project, Origin::New, true);
    let mut group = c.benchmark_group("views/100k");
    group.sample_size(30);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(5));
    for (name, view) in VIEWS {
        let ctx = egui::Context::default();
        let mut state = InsightState::default();
        let (commands, received) = command_channel();
        let mut nav = Shared {
            analysis: AnalysisCache::default(),
            prefs: Preferences::default(),
            commands,
            _received: received,
        };
        // Warm up: analysis, coalition map, row order, fonts.
        for _ in 0..3 {
            frame(&ctx, view, &doc, &mut state, &mut nav);
        }
        group.bench_function(BenchmarkId::new("frame", name), |b| {
            b.iter(|| black_box(frame(&ctx, view, &doc, &mut state, &mut nav)));
        });
        group.bench_function(BenchmarkId::new("frame_tessellate", name), |b| {
            b.iter(|| {
                let output = frame(&ctx, view, &doc, &mut state, &mut nav);
                black_box(ctx.tessellate(output.shapes, output.pixels_per_point))
            });
        });
    }
    group.finish();
}

criterion_group!(benches, views);
criterion_main!(benches);
