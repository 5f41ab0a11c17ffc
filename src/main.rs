//! `treaty-tracker`: the command line (and, later, the desktop window).

use std::process::ExitCode;

fn main() -> ExitCode {
    treaty_tracker::cli::run(std::env::args_os())
}
