//! [`DiskStamp`]: what a project file looked like when it was last read or written, to notice
//! that another program (a sync, a git pull, a colleague) changed it since.

use std::path::Path;
use std::time::SystemTime;

/// What the file on disk looked like when we last read or wrote it, to notice that another
/// program (a sync, a git pull, a colleague) changed it since.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DiskStamp {
    /// Length in bytes.
    pub len: u64,
    /// Last modification time.
    pub modified: Option<SystemTime>,
    /// XXH3 of the content: a touch without a change is not a change. (Kept in memory only,
    /// never written: the function may change between versions.)
    pub hash: u64,
}

impl DiskStamp {
    /// The stamp of the file at `path` now; `None` when it cannot be read.
    pub fn read(path: &Path) -> Option<DiskStamp> {
        let bytes = std::fs::read(path).ok()?;
        let modified = std::fs::metadata(path).ok().and_then(|m| m.modified().ok());
        Some(DiskStamp::of_bytes(&bytes, modified))
    }

    /// The stamp of a file that holds `bytes`, modified at `modified`: for a file just read or
    /// written, without reading it again.
    pub fn of_bytes(bytes: &[u8], modified: Option<SystemTime>) -> DiskStamp {
        DiskStamp {
            len: bytes.len() as u64,
            modified,
            hash: xxhash_rust::xxh3::xxh3_64(bytes),
        }
    }

    /// The file's stamp now when its content differs from `known`; `None` when it is the same
    /// (or cannot be read). Reads the file only when its length or modification time moved,
    /// so that watching a large file costs a `stat` most of the time.
    pub fn changed_since(path: &Path, known: &DiskStamp) -> Option<DiskStamp> {
        let meta = std::fs::metadata(path).ok()?;
        if meta.len() == known.len && meta.modified().ok() == known.modified {
            return None;
        }
        DiskStamp::read(path).filter(|now| now.differs(known))
    }

    /// Whether two stamps describe different contents.
    pub fn differs(&self, other: &DiskStamp) -> bool {
        self.len != other.len || self.hash != other.hash
    }
}

/// Writes `bytes` to `target` atomically, as [`super::write_atomic`] (the previous version kept
/// as `FILE.bak`), and returns the stamp of the file written, without reading it back.
///
/// # Errors
/// As [`super::write_atomic`]; the target is then unchanged.
pub fn write_stamped(target: &Path, bytes: &[u8]) -> Result<DiskStamp, super::SaveError> {
    super::write_atomic(target, bytes)?;
    let modified = std::fs::metadata(target).and_then(|m| m.modified()).ok();
    Ok(DiskStamp::of_bytes(bytes, modified))
}
