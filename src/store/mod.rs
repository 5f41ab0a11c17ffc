//! Project files: RON load and save, line lookup for problems, atomic writes, the stamp that
//! notices changes made by other programs, and crash recovery files.

mod atomic;
mod check;
mod error;
pub mod git;
mod locate;
mod open_lock;
mod progress;
mod recovery;
mod ron_io;
#[doc(hidden)]
pub mod split;
mod stamp;

pub use atomic::{
    PendingWrite, backup_path, same_file, sync_conflict_copies, write_atomic, write_export,
    write_private,
};
pub use check::{check_lines, check_lines_with};
pub use error::{LoadError, SaveError};
pub use locate::{Position, Scan, scan};
pub use open_lock::{Holder, OpenLock};
pub use progress::{LoadPhase, LoadProgress};
pub use recovery::{Recovered, Recovery};
pub use ron_io::{
    Loaded, LocatedProblem, MAX_FILE_BYTES, from_bytes, from_str, from_str_always_split,
    from_str_in_one_piece, load, load_stamped, load_stamped_with_progress, save, to_string,
};
pub use stamp::{DiskStamp, write_stamped};
