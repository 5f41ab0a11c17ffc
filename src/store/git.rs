//! The common ancestor of two copies of a project file from git, for the app's File > Merge
//! a colleague's file: when both files are in git and the colleague's commit is known to our
//! repository (the same clone, or after a `git fetch`), the merge can be three-way. Runs the
//! system `git`; any failure (no git, not a repository, unrelated histories) means "no
//! ancestor", and the merge is two-way.

use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .ok()?;
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout)
            .trim_end_matches('\n')
            .to_owned()
    })
}

/// The text of `ours` as it was at the merge base of our `HEAD` and the `HEAD` of the
/// repository `theirs` lives in; `None` when git cannot tell.
pub fn merge_base_text(ours: &Path, theirs: &Path) -> Option<String> {
    let our_dir = ours
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let their_dir = theirs
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let top = git(our_dir, &["rev-parse", "--show-toplevel"])?;
    let absolute = std::fs::canonicalize(ours).ok()?;
    let top = std::fs::canonicalize(top).ok()?;
    let relative = absolute.strip_prefix(&top).ok()?;
    let relative = relative.to_str()?.replace('\\', "/");
    let their_head = git(their_dir, &["rev-parse", "HEAD"])?;
    let base = git(our_dir, &["merge-base", "HEAD", &their_head])?;
    git(our_dir, &["show", &format!("{base}:{relative}")])
}
