//! The fuzz targets' short run inside `cargo test`: every input kept in `fuzz/seeds/` and 300
//! of each target's corpus in `fuzz/corpus/` (the long runs' grown and minimised corpora), then
//! random and mutated inputs from proptest,
//! through the same checks the fuzzers run ([`treaty_tracker::fuzzing`]). The long runs and
//! their figures are in docs/RELIABILITY.md.

mod common;

use proptest::prelude::*;
use treaty_tracker::fuzzing;

/// How many of a target's corpus inputs a `cargo test` replays (spread evenly over the
/// corpus, by name): the whole corpus is the long run's, a few seconds are the short run's.
const FROM_CORPUS: usize = 300;

/// Every seed kept for `target`, then up to [`FROM_CORPUS`] inputs of its corpus.
fn kept(target: &str) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for (folder, at_most) in [("fuzz/seeds", usize::MAX), ("fuzz/corpus", FROM_CORPUS)] {
        let dir = common::repo_path(&format!("{folder}/{target}"));
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        let step = paths.len().div_ceil(at_most).max(1);
        out.extend(
            paths
                .iter()
                .step_by(step)
                .filter_map(|p| std::fs::read(p).ok()),
        );
    }
    out
}

#[test]
fn the_kept_inputs_pass_every_target() {
    let projects = kept("project");
    let lines = kept("quick_entry");
    let sheets = kept("import");
    assert!(projects.len() >= 5 && lines.len() >= 5 && sheets.len() >= 6);
    for data in &projects {
        fuzzing::project_file(data);
    }
    for data in &lines {
        fuzzing::quick_entry_line(data);
    }
    for data in &sheets {
        fuzzing::spreadsheet(data);
    }
}

/// A seed with some bytes changed, cut or repeated: mutations in the fuzzer's manner.
fn mutated(seeds: Vec<Vec<u8>>) -> impl Strategy<Value = Vec<u8>> {
    (
        0..seeds.len(),
        proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
        any::<prop::sample::Index>(),
        any::<bool>(),
    )
        .prop_map(move |(k, flips, cut, truncate)| {
            let mut data = seeds[k].clone();
            for (at, byte) in flips {
                if !data.is_empty() {
                    let i = at.index(data.len());
                    data[i] = byte;
                }
            }
            if truncate && !data.is_empty() {
                data.truncate(cut.index(data.len()));
            }
            data
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn mutated_project_files_keep_the_promises(data in mutated(kept("project"))) {
        fuzzing::project_file(&data);
    }

    #[test]
    fn random_quick_entry_lines_keep_the_promises(
        line in "[A-Za-z]{1,4} ([A-Z][0-9](\\+\\+|--|~|\\+|-) ){0,3}[ -~\"“”@#!:]{0,40}"
    ) {
        fuzzing::quick_entry_line(line.as_bytes());
    }

    #[test]
    fn mutated_quick_entry_lines_keep_the_promises(data in mutated(kept("quick_entry"))) {
        fuzzing::quick_entry_line(&data);
    }

    #[test]
    fn mutated_spreadsheets_keep_the_promises(data in mutated(kept("import"))) {
        fuzzing::spreadsheet(&data);
    }
}
