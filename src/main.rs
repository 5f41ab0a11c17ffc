//! `treaty-tracker`: the command line, and the desktop window when no subcommand is given.

use std::process::ExitCode;

fn main() -> ExitCode {
    // Errors are shown in the window and also logged to standard error (RUST_LOG to change).
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    treaty_tracker::cli::run(std::env::args_os())
}
