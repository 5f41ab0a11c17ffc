//! Helpers shared by the integration tests.
#![allow(dead_code, reason = "each test binary uses a different subset")]

use std::path::PathBuf;

use treaty_tracker::model::Project;
use treaty_tracker::store;

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
