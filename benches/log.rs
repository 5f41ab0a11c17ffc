//! One frame of the statement log, headless (no window, no GPU), on a generated project of
//! 100,000 statements (300 stakeholders, 30 principles, 20 sessions): layout and
//! tessellation, as the app does each frame. Run with `cargo bench --bench log`;
//! docs/BENCHMARKS.md records the figures.

use std::hint::black_box;
use std::time::Duration;

use chrono::{TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use treaty_tracker::app::{
    Document, LogState, Origin, Preferences, ViewCtx, command_channel, statement_log,
};
use treaty_tracker::generate::{GenerateOptions, generate};
use treaty_tracker::model::{Edit, Item};
use treaty_tracker::query::LogFilter;

fn raw_input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    }
}

/// Runs one frame of the log and tessellates it, as eframe would before painting.
fn frame(ctx: &egui::Context, doc: &Document, state: &mut LogState) -> usize {
    let now = Utc
        .with_ymd_and_hms(2026, 11, 23, 12, 0, 0)
        .single()
        .expect("date");
    let prefs = Preferences::default();
    let (commands, _received) = command_channel();
    let view_ctx = ViewCtx {
        doc,
        analysis: None,
        prefs: &prefs,
        commands: &commands,
        now,
    };
    let output = ctx.run_ui(raw_input(), |ui| {
        statement_log(ui, &view_ctx, state);
    });
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    primitives.len()
}

fn log_frames(c: &mut Criterion) {
    let project = generate(&GenerateOptions {
        stakeholders: 300,
        principles: 30,
        sessions: 20,
        statements: 100_000,
        seed: 2024,
    })
    .expect("valid shape");
    let session = project.sessions[project.sessions.len() / 2].id.clone();
    let principle = project.principles[3].id.clone();
    let stakeholder = project.stakeholders[0].id.clone();
    let selected = project.statements[50_000].id.clone();
    let doc = Document::new(project, Origin::New, true);
    let ctx = egui::Context::default();

    let mut group = c.benchmark_group("log/100k");
    group.sample_size(30);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(6));

    // All 100,000 rows, one statement selected (the detail panel open).
    let mut all = LogState::default();
    all.select(&selected);
    frame(&ctx, &doc, &mut all);
    group.bench_function("frame, no filter, detail open", |b| {
        b.iter(|| black_box(frame(&ctx, &doc, &mut all)));
    });

    // Filters applied: a session, a principle and two words of text.
    let mut filtered = LogState::default();
    filtered.filter = LogFilter {
        session: Some(session.clone()),
        principle: Some(principle.clone()),
        text: "the of".to_owned(),
        ..LogFilter::default()
    };
    frame(&ctx, &doc, &mut filtered);
    group.bench_function("frame, session+principle+text filters", |b| {
        b.iter(|| black_box(frame(&ctx, &doc, &mut filtered)));
    });

    // A filter changing every frame (typing in the search box, choosing a stakeholder): the
    // rows are selected again from the 100,000 statements in that frame.
    let mut changing = LogState::default();
    changing.filter.stakeholder = Some(stakeholder);
    frame(&ctx, &doc, &mut changing);
    let mut flip = false;
    group.bench_function("frame, filter changed this frame", |b| {
        b.iter(|| {
            flip = !flip;
            changing.filter.text = if flip { "a".to_owned() } else { "e".to_owned() };
            black_box(frame(&ctx, &doc, &mut changing))
        });
    });
    // An edit in that frame (a statement logged or edited): the columns are rebuilt and the
    // rows selected again from all 100,000 statements.
    let mut edited_doc = doc.clone();
    let mut edited = LogState::default();
    frame(&ctx, &edited_doc, &mut edited);
    let mut statement = edited_doc.project.statements[10].clone();
    let original = statement.summary.clone();
    let mut t = 0.0;
    group.bench_function("frame after an edit, no filter", |b| {
        b.iter(|| {
            flip = !flip;
            statement.summary = if flip {
                format!("{original}!")
            } else {
                original.clone()
            };
            t += 10.0;
            edited_doc.apply(
                &Edit::Replace {
                    index: 10,
                    item: Item::Statement(Box::new(statement.clone())),
                },
                t,
            );
            black_box(frame(&ctx, &edited_doc, &mut edited))
        });
    });

    // The selection alone, for the same change.
    let index = treaty_tracker::query::SearchIndex::build(&doc.project);
    let mut filter = changing.filter.clone();
    group.bench_function("select only, filter changed", |b| {
        b.iter(|| {
            flip = !flip;
            filter.text = if flip { "a".to_owned() } else { "e".to_owned() };
            black_box(
                treaty_tracker::query::select(
                    &doc.project,
                    &filter,
                    treaty_tracker::query::LogSort::default(),
                    Some(&index),
                )
                .len(),
            )
        });
    });
    group.finish();
}

criterion_group!(benches, log_frames);
criterion_main!(benches);
