//! The `claimsift` command: parses the command line and hands it to the library.

mod cli;

use std::process::ExitCode;

use clap::Parser;

// glibc's malloc grows each thread's arena a page range at a time with mprotect, which
// takes the address-space lock the other thread's page faults need: a Reuters run made
// 4,800 such calls and 37,000 page faults. mimalloc keeps per-thread pages of its own
// (about 400 faults): 7% off the median run, 15% off the best, output unchanged.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
