//! The problems of one file as `FILE:LINE:COL: message` lines, as `check` prints them and the
//! app shows them.

use std::path::Path;

use super::{LoadError, Loaded};

/// Longest error message printed as is; longer ones (a 100 MB string echoed back by the
/// parser) are cut so that one bad file cannot flood a terminal.
const MAX_MESSAGE_CHARS: usize = 300;

fn shorten(message: &str) -> String {
    if message.chars().count() <= MAX_MESSAGE_CHARS {
        message.to_owned()
    } else {
        let cut: String = message.chars().take(MAX_MESSAGE_CHARS).collect();
        format!("{cut}… (message cut)")
    }
}

/// One line per problem of one file, as `check` prints them: `FILE:LINE:COL: message`, or
/// `FILE: message` without a position.
pub fn check_lines(path: &Path, result: &Result<Loaded, LoadError>) -> Vec<String> {
    check_lines_with(path, result, ToString::to_string)
}

/// As [`check_lines`], each semantic problem said by `words` (the app's, in the window's
/// language); positions, file names and load errors stay as `check` writes them.
pub fn check_lines_with(
    path: &Path,
    result: &Result<Loaded, LoadError>,
    words: impl Fn(&crate::model::Problem) -> String,
) -> Vec<String> {
    let name = path.display();
    let lines = match result {
        Err(LoadError::Io { source, .. }) => vec![format!("{name}: cannot read: {source}")],
        Err(e) => match e.position() {
            Some((line, col)) => vec![format!("{name}:{line}:{col}: {}", shorten(&e.to_string()))],
            None => vec![format!("{name}: {}", shorten(&e.to_string()))],
        },
        Ok(loaded) => loaded
            .problems
            .iter()
            .map(|p| match p.position {
                Some(pos) => format!(
                    "{name}:{}:{}: {}",
                    pos.line,
                    pos.col,
                    shorten(&words(&p.problem))
                ),
                None => format!("{name}: {}", shorten(&words(&p.problem))),
            })
            .collect(),
    };
    // One problem, one line: ids and names from the file can never forge another line or
    // send escape sequences to the terminal.
    lines
        .into_iter()
        .map(|line| crate::text::printable(&line).into_owned())
        .collect()
}
