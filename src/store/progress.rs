//! [`LoadProgress`]: how far the opening of a project file has got, written by the threads
//! that read it and read by the window, which shows it while a large file opens.

use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};

/// A step of opening a file, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadPhase {
    /// Reading the file from disk.
    Reading,
    /// Parsing the statements (`done` of `total` counted).
    Parsing,
    /// Checking the project (ids, references).
    Checking,
    /// Preparing the project for the window (a copy kept as read, for merging later).
    Preparing,
}

impl LoadPhase {
    const ALL: [LoadPhase; 4] = [
        LoadPhase::Reading,
        LoadPhase::Parsing,
        LoadPhase::Checking,
        LoadPhase::Preparing,
    ];
}

/// How far a load has got: the phase, and within parsing how many statements are read of how
/// many. Shared between threads (atomics: no lock, no waiting). The parse reports in steps of
/// [`LoadProgress::STEP`] statements so that counting costs nothing measurable.
#[derive(Debug)]
pub struct LoadProgress {
    phase: AtomicU8,
    done: AtomicUsize,
    total: AtomicUsize,
    began: std::time::Instant,
}

impl Default for LoadProgress {
    fn default() -> Self {
        LoadProgress {
            phase: AtomicU8::new(0),
            done: AtomicUsize::new(0),
            total: AtomicUsize::new(0),
            began: std::time::Instant::now(),
        }
    }
}

impl LoadProgress {
    /// Statements a parsing thread reads between two reports.
    pub const STEP: usize = 4096;

    /// Enters `phase`, with `total` items to do in it (0 when not counted).
    /// Logged at `info` level with the time since the load began (`RUST_LOG=info`), so that
    /// docs/BENCHMARKS.md can say where the time of an opening goes.
    pub fn start(&self, phase: LoadPhase, total: usize) {
        log::info!(
            "loading: {phase:?} from {:.2} s",
            self.began.elapsed().as_secs_f64()
        );
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        let k = LoadPhase::ALL.iter().position(|p| *p == phase).unwrap_or(0);
        self.phase
            .store(u8::try_from(k).unwrap_or(0), Ordering::Release);
    }

    /// Sets how many items the current phase has in all, when it was not known at its start
    /// (or was an estimate), keeping the count done.
    pub fn expect(&self, total: usize) {
        self.total.store(total, Ordering::Relaxed);
    }

    /// Counts `n` more items done in the current phase.
    pub fn advance(&self, n: usize) {
        self.done.fetch_add(n, Ordering::Relaxed);
    }

    /// The phase, the items done and the items in all (0 when the phase is not counted).
    pub fn get(&self) -> (LoadPhase, usize, usize) {
        let phase = LoadPhase::ALL
            .get(usize::from(self.phase.load(Ordering::Acquire)))
            .copied()
            .unwrap_or(LoadPhase::Reading);
        let total = self.total.load(Ordering::Relaxed);
        (phase, self.done.load(Ordering::Relaxed).min(total), total)
    }

    /// The share of the phase done, in 0..=1, when it is counted.
    pub fn fraction(&self) -> Option<f32> {
        let (_, done, total) = self.get();
        (total > 0).then(|| done as f32 / total as f32)
    }
}
