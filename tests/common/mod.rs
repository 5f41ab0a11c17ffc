//! Helpers shared by the integration tests.
#![allow(dead_code, reason = "each test binary uses a different subset")]

use std::path::PathBuf;

use treaty_tracker::model::{Project, StakeholderKind};
use treaty_tracker::store;

/// The app's configuration for a test: the file to open, the recovery folder inside `dir`,
/// the in-app path prompt (no native dialog), autosave at once, reports dated now.
pub fn app_config(dir: &std::path::Path, file: Option<PathBuf>) -> treaty_tracker::app::AppConfig {
    treaty_tracker::app::AppConfig {
        file,
        recovery_dir: Some(dir.join("recovery")),
        dialogs: treaty_tracker::app::DialogMode::Prompt,
        autosave_delay_secs: 0.0,
        report_time: None,
        language: Some(treaty_tracker::i18n::Lang::En),
    }
}

/// A path in the repository.
pub fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// The worked example of `docs/METHODOLOGY.md`, also the example of `docs/FILE_FORMAT.md`.
pub const WORKED_EXAMPLE: &str = include_str!("../../docs/examples/worked_example.ron");

/// Loads RON text that must be a valid project.
pub fn valid(text: &str) -> Project {
    let loaded = store::from_str(text).expect("parses");
    assert!(
        loaded.problems.is_empty(),
        "unexpected problems: {:?}",
        loaded.problems
    );
    loaded.project
}

/// The worked example as a project.
pub fn worked_example() -> Project {
    valid(WORKED_EXAMPLE)
}

/// The ids of the blocs whose statements count for `id` by a naive reading: blocs that list
/// it, and blocs that list those, without ever coming back to `id` itself.
pub fn naive_blocs_of(project: &Project, id: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut frontier = vec![id.to_owned()];
    while let Some(member) = frontier.pop() {
        for bloc in &project.stakeholders {
            if bloc.kind == StakeholderKind::Bloc
                && bloc.members.contains(&member)
                && bloc.id != id
                && !found.contains(&bloc.id)
            {
                found.push(bloc.id.clone());
                frontier.push(bloc.id.clone());
            }
        }
    }
    found
}

/// The score of the position a naive reading of METHODOLOGY.md gives; see [`naive_source`].
pub fn naive_position(
    project: &Project,
    session: usize,
    stakeholder: usize,
    principle: usize,
    carry: bool,
    blocs: bool,
) -> Option<i8> {
    let i = naive_source(project, session, stakeholder, principle, carry, blocs)?;
    Some(project.statements[i].stances[project.principles[principle].id.as_str()].score())
}

/// The statement a position comes from by a naive reading of METHODOLOGY.md: for each cell,
/// scan every statement (and, with `blocs`, the statements of every bloc the stakeholder
/// belongs to), and keep the latest: session, day, own before bloc, `recorded_at`, file order.
pub fn naive_source(
    project: &Project,
    session: usize,
    stakeholder: usize,
    principle: usize,
    carry: bool,
    blocs: bool,
) -> Option<usize> {
    let order = project.session_order();
    let rank = |id: &str| order.iter().position(|&k| project.sessions[k].id == id);
    let target = order.iter().position(|&k| k == session)?;
    let sid = &project.stakeholders[stakeholder].id;
    let pid = &project.principles[principle].id;
    let inherited = if blocs {
        naive_blocs_of(project, sid)
    } else {
        Vec::new()
    };
    project
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| &s.stakeholder == sid || inherited.contains(&s.stakeholder))
        .filter(|(_, s)| s.stances.contains_key(pid))
        .filter_map(|(i, s)| {
            let r = rank(&s.session)?;
            let date = s.date.unwrap_or(project.sessions[order[r]].start);
            let own = &s.stakeholder == sid;
            (r == target || (carry && r < target)).then_some((r, date, own, s.recorded_at, i))
        })
        .max()
        .map(|key| key.4)
}

/// Figures of one principle by a naive reading of METHODOLOGY.md: (n, mean score, verdict name).
pub fn naive_principle(
    project: &Project,
    session: usize,
    principle: usize,
    carry: bool,
    blocs: bool,
    min_positions: usize,
) -> (usize, Option<f64>, &'static str) {
    let scores: Vec<f64> = (0..project.stakeholders.len())
        .filter(|&a| project.stakeholders[a].kind != StakeholderKind::Bloc)
        .filter_map(|a| naive_position(project, session, a, principle, carry, blocs))
        .map(f64::from)
        .collect();
    if scores.is_empty() {
        return (0, None, "Silent");
    }
    if scores.len() < min_positions {
        let m = scores.iter().sum::<f64>() / scores.len() as f64 / 2.0;
        return (scores.len(), Some(m), "TooFew");
    }
    let n = scores.len() as f64;
    let m = scores.iter().sum::<f64>() / n / 2.0;
    let support = scores.iter().filter(|&&s| s > 0.0).count() as f64 / n;
    let opposition = scores.iter().filter(|&&s| s < 0.0).count() as f64 / n;
    let verdict = if support >= 0.25 && opposition >= 0.25 {
        "Contested"
    } else if m >= 0.5 {
        "BroadSupport"
    } else if m > 0.0 {
        "LeaningSupport"
    } else if m <= -0.5 {
        "BroadOpposition"
    } else if m < 0.0 {
        "LeaningOpposition"
    } else {
        "Mixed"
    };
    (scores.len(), Some(m), verdict)
}

/// Alignment and coverage of one stakeholder by a naive reading of METHODOLOGY.md.
pub fn naive_stakeholder(
    project: &Project,
    session: usize,
    stakeholder: usize,
    carry: bool,
    blocs: bool,
) -> (Option<f64>, Option<f64>) {
    let (mut weighted, mut weight) = (0.0, 0.0);
    for (p, principle) in project.principles.iter().enumerate() {
        if let Some(s) = naive_position(project, session, stakeholder, p, carry, blocs) {
            weighted += principle.weight * f64::from(s);
            weight += principle.weight;
        }
    }
    let total: f64 = project.principles.iter().map(|p| p.weight).sum();
    (
        (weight > 0.0).then(|| weighted / (2.0 * weight)),
        (total > 0.0).then(|| weight / total),
    )
}

/// The text the statement log's search looks in, as `docs/USER_GUIDE.md` lists it: stakeholder id
/// and name, summary, quote, speaker (id and name), articles, tags, source title and link,
/// recorder. Not folded: callers fold or lower-case it.
pub fn naive_search_text(project: &Project, s: &treaty_tracker::model::Statement) -> String {
    let name = |id: &str| {
        project
            .stakeholder(id)
            .map(|x| x.name.clone())
            .unwrap_or_default()
    };
    let mut fields = vec![
        s.stakeholder.clone(),
        name(&s.stakeholder),
        s.summary.clone(),
    ];
    fields.extend(s.quote.clone());
    if let Some(by) = &s.delivered_by {
        fields.push(by.clone());
        fields.push(name(by));
    }
    fields.extend(s.articles.iter().cloned());
    fields.extend(s.tags.iter().cloned());
    if let Some(source) = &s.source {
        fields.extend(source.title.clone());
        fields.extend(source.url.clone());
    }
    fields.extend(s.recorded_by.clone());
    fields.join(" ")
}

/// Steps the app until its file work (open, save, autosave, export) is done, giving the
/// threads real time to finish, then lets it settle.
pub fn settle(harness: &mut egui_kittest::Harness<'_, treaty_tracker::app::TreatyApp>) {
    for _ in 0..2000 {
        if !harness.state().busy() {
            harness.run_ok();
            if !harness.state().busy() {
                return;
            }
        }
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("timed out waiting for the app's file work");
}

/// Runs the system `git` in `dir` with a fixed author, for the tests of team work.
pub fn git(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.org")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.org")
        .output()
        .expect("git runs (install it: apt-get install git)")
}

/// [`git`], which must succeed.
pub fn git_ok(dir: &std::path::Path, args: &[&str]) {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The whole app on `project` (saved in `dir`) in a 1400×900 window, speaking `language`,
/// with its file work settled.
pub fn window<'a>(
    dir: &std::path::Path,
    project: &Project,
    language: treaty_tracker::i18n::Lang,
) -> egui_kittest::Harness<'a, treaty_tracker::app::TreatyApp> {
    let path = dir.join("project.ron");
    treaty_tracker::store::save(project, &path).expect("saves");
    let config = treaty_tracker::app::AppConfig {
        language: Some(language),
        ..app_config(dir, Some(path))
    };
    let app = treaty_tracker::app::TreatyApp::new(None, config);
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_step_dt(1.0 / 30.0)
        .build_eframe(|_cc| app);
    settle(&mut harness);
    harness
}
