//! One frame of each analysis view, headless (no window, no GPU): `egui::Context::run_ui` with
//! a fixed 1440 × 900 screen calling the view function the app calls, with the analysis and
//! the view's caches warmed by a first frame, on a generated project of 300 stakeholders ×
//! 30 principles × 20 sessions and 100,000 statements. `…/tessellate` adds turning the frame's
//! shapes into triangles (the rest of the CPU side of a frame; the GPU upload is not counted).
//!
//! `edit_frame` is the frame right after one edit (a statement's stance changed through the
//! document, the cached analysis following it as the app's command path does): what the view
//! recomputes for a new revision, and the frame itself. The overview and the statement log are
//! measured the same way.
//!
//! Run with `cargo bench --bench views` (results: docs/BENCHMARKS.md).

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use treaty_tracker::analysis::AnalysisCache;
use treaty_tracker::app::{
    CommandSender, Document, InsightState, LogState, Origin, OverviewState, Preferences, View,
    ViewCtx, command_channel, overview_ui, show_insight, statement_log,
};
use treaty_tracker::generate::{GenerateOptions, generate};
use treaty_tracker::model::{Edit, Item, Stance};

/// The views measured, with the names used in the report.
const VIEWS: [(&str, View); 8] = [
    ("overview", View::Overview),
    ("log", View::Log),
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

/// What each view keeps between frames.
#[derive(Default)]
struct States {
    insight: InsightState,
    overview: OverviewState,
    log: LogState,
}

/// One frame of `view` as the app draws it (inside the central panel).
fn frame(
    ctx: &egui::Context,
    view: View,
    doc: &Document,
    states: &mut States,
    cx: &mut Shared,
) -> egui::FullOutput {
    let analysis = view.is_analysis().then(|| {
        cx.analysis.get(
            &doc.project,
            doc.revision(),
            states.insight.options(doc.project.method),
        )
    });
    let view_ctx = ViewCtx {
        doc,
        analysis,
        prefs: &cx.prefs,
        commands: &cx.commands,
        now: chrono::Utc::now(),
    };
    ctx.run_ui(input(), |ui| {
        egui::CentralPanel::default_margins().show(ui, |ui| match view {
            View::Overview => overview_ui(ui, &view_ctx, &mut states.overview),
            View::Log => statement_log(ui, &view_ctx, &mut states.log),
            _ => show_insight(ui, &view_ctx, view, &mut states.insight),
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

/// The statement edited: one in the middle of the list.
const EDITED: usize = 50_000;

/// One edit as the app's command path makes it: a stance of statement [`EDITED`] changed
/// through the document, then the cached analysis moved along the recorded change.
fn edit(doc: &mut Document, cx: &mut Shared, insight: &InsightState, flip: bool, t: f64) {
    let mut statement = doc.project.statements[EDITED].clone();
    let principle = doc.project.principles[1].id.clone();
    statement.stances.insert(
        principle,
        if flip {
            Stance::Supports
        } else {
            Stance::StronglyOpposes
        },
    );
    doc.apply(
        &Edit::Replace {
            index: EDITED,
            item: Item::Statement(Box::new(statement)),
        },
        t,
    );
    if let Some(last) = doc.last_change()
        && let Some(change) = &last.change
    {
        cx.analysis.update_if_cached(
            &doc.project,
            last.from,
            last.to,
            change.as_analysis_edit(),
            insight.options(doc.project.method),
        );
    }
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
        let mut state = States::default();
        // The log with a statement open in the detail panel, as while editing it.
        state.log.select(&doc.project.statements[EDITED].id);
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
        let mut edited = doc.clone();
        let mut flip = false;
        let mut t = 0.0;
        group.bench_function(BenchmarkId::new("edit_frame_tessellate", name), |b| {
            b.iter(|| {
                flip = !flip;
                t += 10.0;
                edit(&mut edited, &mut nav, &state.insight, flip, t);
                let output = frame(&ctx, view, &edited, &mut state, &mut nav);
                black_box(ctx.tessellate(output.shapes, output.pixels_per_point))
            });
        });
    }
    group.finish();
}

criterion_group!(benches, views);
criterion_main!(benches);
