//! The bundled samples: the committed checklist is exactly what the binary writes, so a
//! change in extraction shows up as a diff of `samples/*.csv` in review.

use std::process::Command;

use crate::util::{repo_file, run_ok};

const REGENERATE: &str = "if the change is intended, regenerate it with:\n    \
    cargo run --release -- extract samples/obama-hollande-isis.txt -o samples/obama-hollande-isis.csv";

#[test]
fn committed_seed_checklist_is_what_the_binary_writes() {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimsift"));
    cmd.current_dir(repo_file(""))
        .args(["extract", "samples/obama-hollande-isis.txt"]);
    let written = run_ok(&mut cmd);
    let committed = std::fs::read_to_string(repo_file("samples/obama-hollande-isis.csv"))
        .unwrap_or_else(|e| panic!("samples/obama-hollande-isis.csv: {e}\n{REGENERATE}"));
    if written != committed {
        eprintln!("samples/obama-hollande-isis.csv differs from the binary's output; {REGENERATE}");
    }
    eqnice!(committed, written);
}
