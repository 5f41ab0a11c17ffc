//! Project files: RON load and save, line lookup for problems, atomic writes.

mod atomic;
mod check;
mod error;
mod locate;
mod ron_io;

pub use atomic::{PendingWrite, backup_path, write_atomic, write_export};
pub use check::check_lines;
pub use error::{LoadError, SaveError};
pub use locate::{Position, Scan, scan};
pub use ron_io::{
    Loaded, LocatedProblem, MAX_FILE_BYTES, from_bytes, from_str, load, save, to_string,
};
