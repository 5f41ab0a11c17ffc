//! Frames while a large project is saved: the real app (`TreatyApp`, headless in
//! `egui_kittest`) on a generated project of 100,000 statements (300 stakeholders, 30
//! principles, 20 sessions, seed 2024). Ctrl+S hands a snapshot to the save thread; this
//! measures every frame from the key press until the file is written, and the frame of an
//! edit made while the save runs (which copies the project once, because the save still holds
//! the snapshot). For comparison it also times the synchronous save the frame used to do.
//!
//! Run with `cargo bench --bench save` (`TT_SAVE_RUNS=N` for N saves, default 5);
//! docs/BENCHMARKS.md records the figures. The target: no frame longer than 50 ms.

use std::time::{Duration, Instant};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use treaty_tracker::app::{AppConfig, DialogMode, TreatyApp};
use treaty_tracker::generate::{GenerateOptions, generate};
use treaty_tracker::store;

/// The `pct`th percentile of sorted durations (nearest rank below).
fn percentile(sorted: &[Duration], pct: usize) -> Duration {
    let k = (sorted.len().saturating_sub(1) * pct) / 100;
    sorted.get(k).copied().unwrap_or_default()
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// Steps frames until the app's file work is done; returns each frame's time.
fn frames_until_idle(harness: &mut Harness<'_, TreatyApp>) -> Vec<Duration> {
    let mut frames = Vec::new();
    let started = Instant::now();
    loop {
        let t = Instant::now();
        harness.step();
        frames.push(t.elapsed());
        if !harness.state().busy() {
            return frames;
        }
        assert!(
            started.elapsed() < Duration::from_mins(2),
            "the file work did not finish"
        );
        // A 60 Hz display: the window paints about every 16 ms while it waits.
        std::thread::sleep(Duration::from_millis(16));
    }
}

fn main() {
    let runs: usize = std::env::var("TT_SAVE_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let project = generate(&GenerateOptions {
        stakeholders: 300,
        principles: 30,
        sessions: 20,
        statements: 100_000,
        seed: 2024,
    })
    .expect("valid shape");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("big.ron");
    store::save(&project, &path).expect("save");
    let size_mb = std::fs::metadata(&path).expect("file").len() as f64 / 1e6;

    // What the frame used to do on Ctrl+S: read the file for the changed-on-disk check,
    // serialize, write atomically (fsync, .bak, rename), read it again for the new stamp.
    let mut sync = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let before = std::fs::read(&path).expect("read");
        std::hint::black_box(before.len());
        store::save(&project, &path).expect("save");
        let after = std::fs::read(&path).expect("read");
        std::hint::black_box(after.len());
        sync.push(t.elapsed());
    }
    sync.sort();

    let config = AppConfig {
        file: None,
        recovery_dir: Some(dir.path().join("recovery")),
        dialogs: DialogMode::Prompt,
        autosave_delay_secs: 3600.0,
        report_time: None,
        language: Some(treaty_tracker::i18n::Lang::En),
    };
    let app = TreatyApp::new(None, config);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(u64::MAX)
        .build_eframe(|_cc| app);
    // The first run opens the embedded sample; then the big file is opened as from the menu.
    harness.step();
    harness
        .state()
        .command_sender()
        .send(treaty_tracker::app::Command::Open(path.clone()));
    let open_frames = frames_until_idle(&mut harness);
    assert_eq!(
        harness
            .state()
            .document()
            .map(|d| d.project.statements.len()),
        Some(100_000),
        "the project opened"
    );
    let mut open_sorted = open_frames.clone();
    open_sorted.sort();

    // Frames with nothing running, for comparison: what the view itself costs.
    let mut idle = Vec::new();
    for _ in 0..30 {
        let t = Instant::now();
        harness.step();
        idle.push(t.elapsed());
    }
    idle.sort();

    let mut all = Vec::new();
    let mut saves = Vec::new();
    let mut edit_frames = Vec::new();
    for run in 0..runs {
        let t = Instant::now();
        harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
        let mut frames = Vec::new();
        // The frame of the key press, then the frames while the thread writes.
        let first = Instant::now();
        harness.step();
        frames.push(first.elapsed());
        if run % 2 == 1 {
            // An edit while the save runs: the title, one undo step.
            let edit = Instant::now();
            harness
                .state()
                .command_sender()
                .edit(treaty_tracker::model::Edit::Title(format!("Edited {run}")));
            harness.step();
            edit_frames.push(edit.elapsed());
        }
        frames.extend(frames_until_idle(&mut harness));
        saves.push(t.elapsed());
        if std::env::var_os("TT_SAVE_VERBOSE").is_some() {
            let shown: Vec<String> = frames
                .iter()
                .map(|f| format!("{:.0}", f.as_secs_f64() * 1e3))
                .collect();
            println!("  run {run}: frames (ms) {}", shown.join(" "));
        }
        assert!(
            harness.state().status().starts_with("Saved"),
            "{}",
            harness.state().status()
        );
        all.extend(frames);
    }
    all.sort();
    saves.sort();
    let max = all.last().copied().unwrap_or_default();

    println!("save/100k: project file {size_mb:.1} MB, {runs} saves");
    println!(
        "  before (synchronous, in the frame): median {}, max {}",
        ms(percentile(&sync, 50)),
        ms(sync.last().copied().unwrap_or_default())
    );
    println!(
        "  idle frames (no file work): median {}, max {}",
        ms(percentile(&idle, 50)),
        ms(idle.last().copied().unwrap_or_default())
    );
    println!(
        "  now: {} frames during the saves: median {}, p99 {}, max {} (target: max < 50 ms)",
        all.len(),
        ms(percentile(&all, 50)),
        ms(percentile(&all, 99)),
        ms(max)
    );
    println!(
        "  key press to saved (wall time): median {}",
        ms(percentile(&saves, 50))
    );
    if !edit_frames.is_empty() {
        edit_frames.sort();
        println!(
            "  an edit while the save runs (copies the project once): max {}",
            ms(edit_frames.last().copied().unwrap_or_default())
        );
    }
    println!(
        "  open: {} frames while the file was read: max {}",
        open_sorted.len(),
        ms(open_sorted.last().copied().unwrap_or_default())
    );
}
