//! `claimsift extract`: inputs, formats, the output file and bad input.

use crate::util::{Dir, parse_csv, run_expect, run_ok};

const HEADER: &str = "id,status,verdict,priority,score,kind,claim,value,unit,qualifier,cues,speaker,sentence,source,line,start,end,notes";

#[test]
fn header_is_exactly_the_design_schema_even_without_claims() {
    let dir = Dir::new("header");
    dir.write("empty.txt", "");
    let out = run_ok(&mut dir.cmd(&["extract", "empty.txt"]));
    eqnice!(format!("{HEADER}\n"), out);
}

#[test]
fn stdin_is_the_default_input_and_source_dash() {
    let dir = Dir::new("stdin");
    let out = run_expect(
        &mut dir.cmd(&["extract"]),
        Some(b"It rose 95% last year.\n".as_slice()),
        0,
    );
    let (_, rows) = parse_csv(std::str::from_utf8(&out.stdout).unwrap());
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r[13] == "-"), "{rows:?}");
}
