//! Fuzzes the quick entry's parser ([`treaty_tracker::fuzzing::quick_entry_line`]).
//! Run from `fuzz/`: `cargo fuzz run quick_entry` (docs/RELIABILITY.md).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| treaty_tracker::fuzzing::quick_entry_line(data));
