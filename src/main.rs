//! The `claimsift` command: parses the command line and hands it to the library.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    match cli::run(cli::Cli::parse()) {
        // Each skipped input was named on stderr already.
        Ok(done) if done.failed_inputs > 0 => ExitCode::from(2),
        Ok(_) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimsift: {e}");
            ExitCode::from(2)
        }
    }
}
