//! FNV-1a hashing for maps keyed by ids.
//!
//! Ids are short strings from the user's own file, so the denial-of-service resistance of the
//! standard hasher buys nothing here, and with it hashing was half of a full analysis.

use std::hash::{BuildHasherDefault, Hasher};

/// The FNV-1a hasher (64 bits).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A `HashMap` with FNV-1a.
pub(crate) type FnvMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A `HashSet` with FNV-1a.
pub(crate) type FnvSet<K> = std::collections::HashSet<K, BuildHasherDefault<Fnv>>;
