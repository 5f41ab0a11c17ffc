//! Reading and writing project files in RON, format version 2 (version 1 files open too).

use std::path::Path;

use ron::extensions::Extensions;

use super::atomic::write_atomic;
use super::error::{LoadError, SaveError};
use super::locate::{Position, scan};
use super::progress::{LoadPhase, LoadProgress};
use super::stamp::DiskStamp;
use crate::model::{FORMAT_VERSION, Problem, Project, Statement, validate};

/// A semantic problem with the place in the file it points at, when it could be found.
#[derive(Clone, Debug, PartialEq)]
pub struct LocatedProblem {
    /// Where in the file, when known.
    pub position: Option<Position>,
    /// The problem.
    pub problem: Problem,
}

/// A project read from text, with every semantic problem found in it.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The project as written.
    pub project: Project,
    /// Its semantic problems, in file order; empty when valid.
    pub problems: Vec<LocatedProblem>,
}

/// Largest project file read: 4 GB, about eight million statements, far beyond any negotiation;
/// a larger file is refused before it is read rather than exhausting memory.
pub const MAX_FILE_BYTES: u64 = 4_000_000_000;

const HEADER: &str = "// Treaty Tracker project file. Format: docs/FILE_FORMAT.md\n";

fn line_col_of_offset(text: &[u8], offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, col)
}

/// Reads a project from bytes: refuses text that is not UTF-8, newer format versions and
/// syntax errors (with line and column); returns the project with its semantic problems.
///
/// # Errors
/// [`LoadError::NotText`], [`LoadError::NewerVersion`] or [`LoadError::Syntax`].
pub fn from_bytes(bytes: &[u8]) -> Result<Loaded, LoadError> {
    from_bytes_with_progress(bytes, &LoadProgress::default())
}

fn from_bytes_with_progress(bytes: &[u8], progress: &LoadProgress) -> Result<Loaded, LoadError> {
    // `simdutf8` checks many bytes at once (a 460 MB file in a few hundredths of a second);
    // on an error the standard library's check says where.
    let text = match simdutf8::basic::from_utf8(bytes).or_else(|_| std::str::from_utf8(bytes)) {
        Ok(text) => text,
        Err(e) => {
            let (line, col) = line_col_of_offset(bytes, e.valid_up_to());
            return Err(LoadError::NotText { line, col });
        }
    };
    read_text(text, Some(PARALLEL_FROM), progress)
}

fn newer_version(found: &super::locate::Scan) -> Option<LoadError> {
    let (version, at) = found.format_version?;
    (version > u64::from(FORMAT_VERSION)).then_some(LoadError::NewerVersion {
        found: version,
        supported: FORMAT_VERSION,
        line: at.line,
        col: at.col,
    })
}

/// The field a parse error at (`line`, `col`) is in: the last `name:` before the column on that
/// line, if any.
fn field_at(text: &str, line: usize, col: usize) -> Option<&str> {
    let row = text.lines().nth(line.checked_sub(1)?)?;
    let end = row
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(row.len(), |(i, _)| i);
    let before = &row[..end];
    // The last colon outside a string: a time ("14:30") or a URL holds colons too.
    let (mut colon, mut in_string, mut escaped) = (None, false, false);
    for (i, c) in before.char_indices() {
        match (in_string, c) {
            (true, _) if escaped => escaped = false,
            (true, '\\') => escaped = true,
            (_, '"') => in_string = !in_string,
            (false, ':') => colon = Some(i),
            _ => {}
        }
    }
    let colon = colon?;
    let name = before[..colon].trim_end();
    // After the last character that is not part of a name (which may be several bytes long).
    let start = name
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let name = &name[start..];
    (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .then_some(name)
}

/// The parser's message, with the field it is in and, for dates and times, what is expected
/// in words instead of the date library's ("input is out of range").
fn with_field(text: &str, line: usize, col: usize, message: &str) -> String {
    let Some(field) = field_at(text, line, col) else {
        return message.to_owned();
    };
    let chrono_words = [
        "input is out of range",
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
        "input is not enough for unique date and time",
    ];
    if chrono_words.contains(&message) {
        let expected = match field {
            "recorded_at" => "a time such as \"2024-08-05T14:30:00Z\" (RFC 3339)",
            _ => "a date such as \"2024-08-05\" (YYYY-MM-DD, a real day)",
        };
        return format!("`{field}` is not {expected}: {message}");
    }
    format!("in `{field}`: {message}")
}

/// Below this many statements a file is parsed in one piece: threads would cost more than
/// they save.
const PARALLEL_FROM: usize = 2_000;

/// Parses a large project on all cores: the statements list is split at record boundaries
/// ([`super::split`]) and each piece of records parsed as one list by the `ron` crate (its
/// lines' indentation left out: [`super::split::find_records_compacted`]), while the rest of
/// the file (without the list's content) is parsed beside them. `None` when the file is small,
/// the split is not sure, or anything fails to parse: the caller then parses the whole file in
/// one piece, so that the format and every message stay exactly those of the one-piece parse.
///
/// The scan hands the records over in pieces as it finds them, and the threads parse each
/// piece while the scan goes on; this thread puts each piece in place as soon as it and those
/// before it are parsed, so that memory holds the statements once plus a few pieces, never a
/// second copy of them all.
fn parse_in_parallel(
    text: &str,
    options: &ron::Options,
    from: usize,
    progress: &LoadProgress,
) -> Option<Project> {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Mutex, mpsc};

    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .clamp(1, 16);
    let piece = LoadProgress::STEP;
    let failed = AtomicBool::new(false);
    // Three pieces a thread ahead at most: the scan is faster than the parse, and the pieces'
    // text is a copy of the file's (memory). With two the scan waited on the threads too
    // often: the window took about 6 s to show a million statements instead of about 5.
    let (work, pieces) = mpsc::sync_channel::<(usize, String, usize)>(threads * 3);
    let pieces = Mutex::new(pieces);
    let (done, parsed) = mpsc::channel::<(usize, Option<Vec<Statement>>)>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let done = done.clone();
            let (pieces, failed) = (&pieces, &failed);
            scope.spawn(move || {
                loop {
                    // A poisoned lock can only come from a panic, which the scope passes on.
                    let next = pieces.lock().ok().and_then(|pieces| pieces.recv().ok());
                    let Some((k, list, n)) = next else { return };
                    // After a failure the pieces are taken and dropped, not parsed: the scan
                    // may be waiting for room to send one.
                    if failed.load(Ordering::Relaxed) {
                        continue;
                    }
                    let statements = options
                        .from_str_seed(&list, Piece(n))
                        .ok()
                        .filter(|statements| statements.len() == n);
                    if statements.is_none() {
                        failed.store(true, Ordering::Relaxed);
                    }
                    progress.advance(n);
                    if done.send((k, statements)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done);
        // Finding the records is serial: its pieces go to the threads as they are found, each
        // written as one list. Until the scan ends, the count of statements shown is estimated
        // from how far it has got.
        progress.start(LoadPhase::Parsing, 0);
        let mut count = 0;
        let mut list_start = None;
        let mut list = String::from("[");
        // Parsed pieces are put in place, in file order, as soon as they and those before
        // them are back: during the scan too, so that the statements are never held twice.
        let mut statements: Vec<Statement> = Vec::new();
        let mut waiting: std::collections::BTreeMap<usize, Vec<Statement>> =
            std::collections::BTreeMap::new();
        let mut place =
            |k: usize, piece_parsed: Option<Vec<Statement>>, statements: &mut Vec<_>| {
                let Some(piece_parsed) = piece_parsed else {
                    failed.store(true, Ordering::Relaxed);
                    return;
                };
                waiting.insert(k, piece_parsed);
                while let Some(entry) = waiting.first_entry()
                    && *entry.key() == statements.len() / piece
                {
                    statements.extend(entry.remove());
                }
            };
        let content = super::split::find_records_compacted(text, &mut list, |record, list| {
            let first = *list_start.get_or_insert(record.start);
            count += 1;
            list.push(',');
            if count % piece == 0 {
                let estimate =
                    count.saturating_mul(text.len() - first) / (record.end - first).max(1);
                progress.expect(estimate.max(count));
                // Room for the estimate once, so that the vector is not grown (and copied)
                // along the way: at most a statement per hundred bytes of the file (a valid
                // record is hardly shorter; a longer list only grows the vector), and only if
                // the system gives it (a hostile file cannot make this abort).
                if statements.capacity() == 0 {
                    let _ = statements
                        .try_reserve(estimate.saturating_add(estimate / 16).min(text.len() / 100));
                }
                let mut full = std::mem::replace(list, String::with_capacity(list.capacity()));
                full.push(']');
                list.push('[');
                // The threads outlive the scan: a send cannot fail here.
                if !failed.load(Ordering::Relaxed) {
                    let _ = work.send((count / piece - 1, full, piece));
                }
                while let Ok((k, piece_parsed)) = parsed.try_recv() {
                    place(k, piece_parsed, &mut statements);
                }
            }
        });
        if content.is_none() || count < from {
            failed.store(true, Ordering::Relaxed);
            drop(work);
            return None;
        }
        progress.expect(count);
        if count % piece != 0 {
            list.push(']');
            let _ = work.send((count / piece, list, count % piece));
        }
        drop(work);
        let content = content?;
        // The rest of the file without the list's content: small, parsed while the records
        // are. Its positions do not matter: any failure parses the whole file again.
        let rest = format!("{}{}", &text[..content.start], &text[content.end..]);
        let rest = options.from_str::<Project>(&rest).ok();
        for (k, piece_parsed) in parsed {
            place(k, piece_parsed, &mut statements);
            if failed.load(Ordering::Relaxed) {
                return None;
            }
        }
        if failed.load(Ordering::Relaxed) || statements.len() != count {
            return None;
        }
        let mut project = rest?;
        if !project.statements.is_empty() {
            return None;
        }
        project.statements = statements;
        Some(project)
    })
}

/// The statements of one piece of the list, read into a vector of the piece's size.
struct Piece(usize);

impl<'de> serde::de::DeserializeSeed<'de> for Piece {
    type Value = Vec<Statement>;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Piece {
    type Value = Vec<Statement>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a list of statements")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut statements = Vec::with_capacity(self.0);
        while let Some(statement) = seq.next_element()? {
            statements.push(statement);
        }
        Ok(statements)
    }
}

/// Reads a project from RON text; see [`from_bytes`].
///
/// # Errors
/// [`LoadError::NewerVersion`] or [`LoadError::Syntax`].
pub fn from_str(text: &str) -> Result<Loaded, LoadError> {
    read_text(text, Some(PARALLEL_FROM), &LoadProgress::default())
}

/// [`from_str`] without the parallel parse: the whole file in one piece on one core (for
/// tests that compare the two, and the loading benchmark).
///
/// # Errors
/// As [`from_str`].
pub fn from_str_in_one_piece(text: &str) -> Result<Loaded, LoadError> {
    read_text(text, None, &LoadProgress::default())
}

/// [`from_str`] with the statements split and parsed apart however few they are: for the
/// fuzzer, which checks that this reads what the one-piece parse reads.
#[doc(hidden)]
pub fn from_str_always_split(text: &str) -> Result<Loaded, LoadError> {
    read_text(text, Some(0), &LoadProgress::default())
}

fn read_text(
    text: &str,
    parallel_from: Option<usize>,
    progress: &LoadProgress,
) -> Result<Loaded, LoadError> {
    // A byte-order mark (Windows editors add one) is not part of the text.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Line ends of old Macs (CR alone) read as line ends, not as one endless line.
    let normalized;
    let text = if text.contains('\r') && !text.contains('\n') {
        normalized = text.replace('\r', "\n");
        normalized.as_str()
    } else {
        text
    };
    if text.trim().is_empty() {
        return Err(LoadError::Syntax {
            line: 1,
            col: 1,
            message: "the file is empty; a project starts with `Project(` and `format_version: 2`"
                .to_owned(),
        });
    }
    let options = ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME);
    let split = parallel_from.and_then(|from| parse_in_parallel(text, &options, from, progress));
    let parsed = match split {
        Some(project) => Ok(project),
        None => options.from_str(text),
    };
    let project: Project = match parsed {
        Ok(project) => project,
        Err(e) => {
            // A file from a newer version may use fields this one does not know: say that,
            // rather than name the first unknown field.
            if let Some(newer) = newer_version(&scan(text)) {
                return Err(newer);
            }
            let (line, col) = (e.span.start.line, e.span.start.col);
            return Err(LoadError::Syntax {
                line,
                col,
                message: with_field(text, line, col, &e.code.to_string()),
            });
        }
    };
    if project.format_version > FORMAT_VERSION {
        return Err(
            newer_version(&scan(text)).unwrap_or(LoadError::NewerVersion {
                found: u64::from(project.format_version),
                supported: FORMAT_VERSION,
                line: 1,
                col: 1,
            }),
        );
    }
    // The positional scan costs about as much as a third of the parse: run it only when there
    // is a problem to place.
    progress.start(LoadPhase::Checking, 0);
    let problems = validate(&project);
    // An older version opens as it was written and is the current version from now on: the
    // file it is saved to is written in the current format (FILE_FORMAT.md, "Versions").
    let mut project = project;
    if project.format_version >= 1 {
        project.format_version = FORMAT_VERSION;
    }
    if problems.is_empty() {
        return Ok(Loaded {
            project,
            problems: Vec::new(),
        });
    }
    let found = scan(text);
    let problems = problems
        .into_iter()
        .map(|problem| {
            let position = match problem.entity.list_and_index() {
                Some((list, index)) => found.find(list, index, problem.field),
                None => found.format_version_at,
            };
            LocatedProblem { position, problem }
        })
        .collect();
    Ok(Loaded { project, problems })
}

/// Reads a project file; see [`from_bytes`].
///
/// # Errors
/// [`LoadError::Io`] when the file cannot be read, else as [`from_bytes`].
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    load_stamped(path).map(|(loaded, _)| loaded)
}

/// Reads a project file once, and says what the file was ([`DiskStamp`]) so that a later
/// save notices another program's change; see [`from_bytes`].
///
/// # Errors
/// As [`load`].
pub fn load_stamped(path: &Path) -> Result<(Loaded, DiskStamp), LoadError> {
    load_stamped_with_progress(path, &LoadProgress::default())
}

/// [`load_stamped`], saying how far it has got in `progress` as it goes (for the window, which
/// shows it while a large file opens).
///
/// # Errors
/// As [`load`].
pub fn load_stamped_with_progress(
    path: &Path,
    progress: &LoadProgress,
) -> Result<(Loaded, DiskStamp), LoadError> {
    progress.start(LoadPhase::Reading, 0);
    let io_error = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    if path.is_dir() {
        return Err(io_error(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "it is a folder, not a project file",
        )));
    }
    let meta = std::fs::metadata(path).map_err(io_error)?;
    if !meta.is_file() {
        // A device or a pipe (`/dev/zero`) could be read forever.
        return Err(io_error(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "it is not a regular file",
        )));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(io_error(std::io::Error::new(
            std::io::ErrorKind::FileTooLarge,
            format!(
                "it is {} MB, larger than the {} MB a project file may be",
                meta.len() / 1_000_000,
                MAX_FILE_BYTES / 1_000_000
            ),
        )));
    }
    let bytes = read_file(path, meta.len()).map_err(io_error)?;
    // The stamp's hash (one pass over the bytes: XXH3, about 0.05 s for 460 MB) runs beside
    // the parse, whose first step (finding the records) is serial.
    let (stamp, loaded) = std::thread::scope(|scope| {
        let stamp = scope.spawn(|| DiskStamp::of_bytes(&bytes, meta.modified().ok()));
        let loaded = from_bytes_with_progress(&bytes, progress);
        let stamp = stamp
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (stamp, loaded)
    });
    Ok((loaded?, stamp))
}

/// Files from this size are read on all cores (each thread its part of the file).
#[cfg(unix)]
const PARALLEL_READ_FROM: u64 = 32 << 20;

/// The bytes of the file at `path`, of `len` bytes when it was looked at. A large file is read
/// in parts on all cores: on this machine the kernel's copy into fresh memory reads only about
/// 1 GB a second on one core. Read again in one piece if its length moved meanwhile.
fn read_file(path: &Path, len: u64) -> std::io::Result<Vec<u8>> {
    #[cfg(unix)]
    if len >= PARALLEL_READ_FROM
        && let Ok(size) = usize::try_from(len)
    {
        use std::os::unix::fs::FileExt as _;
        let file = std::fs::File::open(path)?;
        let threads = std::thread::available_parallelism()
            .map_or(1, std::num::NonZero::get)
            .clamp(1, 8);
        let part = size.div_ceil(threads);
        // Zeroed by the system as the pages are first written, not by a pass over them.
        let mut bytes = vec![0u8; size];
        let read = std::thread::scope(|scope| {
            let parts: Vec<_> = bytes
                .chunks_mut(part)
                .enumerate()
                .map(|(k, chunk)| {
                    let file = &file;
                    scope.spawn(move || file.read_exact_at(chunk, (k * part) as u64))
                })
                .collect();
            parts
                .into_iter()
                .all(|part| part.join().is_ok_and(|read| read.is_ok()))
        });
        let mut more = [0u8; 1];
        if read && file.read_at(&mut more, len)? == 0 && file.metadata()?.len() == len {
            return Ok(bytes);
        }
    }
    std::fs::read(path)
}

/// The project as RON text: deterministic (same project, same bytes), one block per entity,
/// optional fields left out when empty.
///
/// # Errors
/// [`SaveError::Serialize`] if serde refuses a value (not expected for this model).
pub fn to_string(project: &Project) -> Result<String, SaveError> {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(3)
        .indentor("    ")
        .new_line("\n")
        .struct_names(false)
        .extensions(Extensions::IMPLICIT_SOME);
    let body = ron::ser::to_string_pretty(project, config)
        .map_err(|e| SaveError::Serialize(e.to_string()))?;
    // The top-level struct is named so that a reader of the file knows what it holds; nested
    // structs stay anonymous to keep each line short.
    let Some(open) = body.find("\n(") else {
        return Err(SaveError::Serialize(format!(
            "unexpected serializer output: {}",
            body.chars().take(40).collect::<String>()
        )));
    };
    let mut out = String::with_capacity(body.len() + HEADER.len() + 8);
    out.push_str(HEADER);
    out.push_str(&body[..=open]);
    out.push_str("Project");
    out.push_str(&body[open + 1..]);
    out.push('\n');
    Ok(out)
}

/// Saves the project atomically (see [`write_atomic`]): the previous file is kept as
/// `FILE.bak`, and a crash leaves either the old or the new file, never a truncated one.
///
/// # Errors
/// [`SaveError`] naming the step that failed; the previous file is then untouched.
pub fn save(project: &Project, path: &Path) -> Result<(), SaveError> {
    let text = to_string(project)?;
    write_atomic(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::field_at;

    #[test]
    fn the_field_of_an_error_is_named_past_colons_in_strings() {
        let text = "(\n    recorded_at: \"2024-08-05T14:30:00Z\",\n    url: \"https://a.org/x:y\\\"z:\",\n)";
        for col in [18, 30, 42] {
            assert_eq!(field_at(text, 2, col), Some("recorded_at"), "column {col}");
        }
        assert_eq!(field_at(text, 3, 33), Some("url"));
        assert_eq!(field_at(text, 1, 1), None);
    }
}
