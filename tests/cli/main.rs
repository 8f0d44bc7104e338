//! Integration tests: they run the built `claimsift` binary in a fresh directory and assert
//! exact rows, exit codes and messages. One test binary with a module per topic.

#[macro_use]
mod util;

mod contested;
mod extract;
mod figures;
mod mark;
mod report;
mod review;
mod safety;
mod samples;
mod seed;
mod sentences;
mod update;
