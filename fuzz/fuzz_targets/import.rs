//! Fuzzes the spreadsheet import end to end ([`treaty_tracker::fuzzing::spreadsheet`]): any
//! bytes, read as CSV, XLSX, XLS or ODS, planned into the sample and applied. calamine's
//! panics are caught by the reader and become messages: their hook is silenced here, and a
//! panic nobody catches still fails the run.
//!
//! Run from `fuzz/`: `cargo fuzz run import` (docs/RELIABILITY.md).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        std::panic::set_hook(Box::new(|_| {}));
    },
    |data: &[u8]| treaty_tracker::fuzzing::spreadsheet(data)
);
