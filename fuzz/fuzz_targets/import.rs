//! Fuzzes the spreadsheet import end to end: any bytes, read as CSV, XLSX, XLS or ODS (the
//! kind from the first bytes, as a file picked in the app), planned into the sample project
//! with the default mapping and with unknown stakeholders created, and the plan applied. It
//! must never panic (calamine's panics are caught by the reader: a caught panic is a clear
//! message, not a failure), never hang, and never give a project that fails validation.
//!
//! Run from this folder: `cargo fuzz run import -- -max_total_time=600` (docs/BENCHMARKS.md,
//! "Fuzzing the import", says how it was run and what it found).

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use treaty_tracker::import::{Mapping, Stamp, plan, read_bytes_limited};
use treaty_tracker::model::Project;

fn sample() -> &'static Project {
    static SAMPLE: OnceLock<Project> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        treaty_tracker::store::from_str(treaty_tracker::SAMPLE_PROJECT)
            .expect("the sample loads")
            .project
    })
}

fuzz_target!(
    init: {
        // The reader catches calamine's panics and reports them as messages: silence the
        // message of a caught panic. A panic nobody catches still aborts the run.
        std::panic::set_hook(Box::new(|_| {}));
    },
    |data: &[u8]| {
        // A 16 MB unpacked limit keeps each run short; the product's is 2 GB.
        let Ok(workbook) = read_bytes_limited("fuzz", data, 16 << 20) else {
            return;
        };
        let stamp = Stamp {
            now: chrono::DateTime::from_timestamp(1_767_225_600, 0).expect("a time"),
            by: "fuzz".to_owned(),
        };
        for sheet in &workbook.sheets {
            for create in [false, true] {
                let mapping = Mapping {
                    create_unknown_stakeholders: create,
                    ..Mapping::default()
                };
                let planned = plan(sample(), sheet, &mapping, &stamp);
                if !planned.can_apply(true) {
                    continue;
                }
                let mut project = sample().clone();
                planned
                    .edit(&project)
                    .apply_to(&mut project)
                    .expect("a plan that can be applied applies");
                let problems = treaty_tracker::model::validate(&project);
                assert!(problems.is_empty(), "an import made an invalid project: {problems:?}");
            }
        }
    }
);
