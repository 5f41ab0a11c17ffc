//! Fuzzes the project loader and validation ([`treaty_tracker::fuzzing::project_file`]).
//! Run from `fuzz/`: `cargo fuzz run project` (docs/RELIABILITY.md).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| treaty_tracker::fuzzing::project_file(data));
