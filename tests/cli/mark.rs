//! `claimsift mark` and `stats`, the refusal of malformed checklists by every command that
//! rewrites one, and the lock that keeps two writers from interleaving.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use claimsift::checklist::{Checklist, Col, HEADER, Lock};

use crate::util::{Dir, run_expect, run_ok};

const HEAD: &str = "id,status,verdict,priority,score,kind,claim,value,unit,qualifier,cues,speaker,sentence,source,line,start,end,notes";

/// Three rows written by hand, a user column `desk` at the end.
fn fixture() -> String {
    format!(
        "{HEAD},desk\n\
         a1,todo,,high,80,money,$5m,5000000,USD,exact,,,The council spent $5m on roads.,a.txt,1,18,21,,metro\n\
         b2,done,accurate,medium,40,percent,7%,7,%,exact,,,Unemployment rose to 7% in March.,a.txt,3,60,62,ONS,economy\n\
         c3,stale,,low,10,change,fell 5%,-5,%,exact,attribution:said,Smith,\"''Prices fell 5%,' Smith said.\",a.txt,5,90,97,,\n"
    )
}

fn read(dir: &Dir) -> Checklist {
    Checklist::read(&dir.path("c.csv")).unwrap()
}

fn cells(c: &Checklist, id: &str) -> [String; 3] {
    let r = c.find(id).unwrap();
    [Col::Status, Col::Verdict, Col::Notes].map(|col| c.get(r, col).to_string())
}

#[test]
fn mark_sets_verdict_note_and_status_and_keeps_the_rest() {
    let dir = Dir::new("mark");
    dir.write("c.csv", fixture());
    run_ok(&mut dir.cmd(&["mark", "c.csv", "a1", "--verdict", "inaccurate"]));
    run_ok(&mut dir.cmd(&["mark", "c.csv", "b2", "--note", "=see ONS; 'table 4'"]));
    run_ok(&mut dir.cmd(&["mark", "c.csv", "c3", "--status", "todo"]));
    let c = read(&dir);
    let s = |a: &str, b: &str, n: &str| [a.to_string(), b.to_string(), n.to_string()];
    assert_eq!(cells(&c, "a1"), s("done", "inaccurate", ""));
    assert_eq!(
        cells(&c, "b2"),
        s("done", "accurate", "=see ONS; 'table 4'")
    );
    assert_eq!(cells(&c, "c3"), s("todo", "", ""));
    // Exactly the three cells changed: everything else, the user column too, as it was.
    let expected = fixture()
        .replace("a1,todo,,", "a1,done,inaccurate,")
        .replace("a.txt,3,60,62,ONS,", "a.txt,3,60,62,'=see ONS; 'table 4',")
        .replace("c3,stale,", "c3,todo,");
    eqnice!(expected, String::from_utf8(dir.read("c.csv")).unwrap());
    // A verdict with an explicit status keeps that status.
    run_ok(&mut dir.cmd(&[
        "mark",
        "c.csv",
        "c3",
        "--verdict",
        "opinion",
        "--status",
        "skipped",
    ]));
    assert_eq!(cells(&read(&dir), "c3"), s("skipped", "opinion", ""));
}

#[test]
fn mark_refuses_unknown_ids_verdicts_and_empty_changes() {
    let dir = Dir::new("mark-bad");
    dir.write("c.csv", fixture());
    let before = dir.read("c.csv");
    let out = run_expect(
        &mut dir.cmd(&["mark", "c.csv", "zz", "--verdict", "accurate"]),
        None,
        2,
    );
    eqnice!(
        "claimsift: c.csv: no row with id zz\n",
        String::from_utf8(out.stderr).unwrap()
    );
    run_expect(
        &mut dir.cmd(&["mark", "c.csv", "a1", "--verdict", "true-ish"]),
        None,
        2,
    );
    run_expect(&mut dir.cmd(&["mark", "c.csv", "a1"]), None, 2);
    assert_eq!(dir.read("c.csv"), before);
}

#[test]
fn stats_counts_by_status_verdict_kind_and_priority() {
    let dir = Dir::new("stats");
    dir.write("c.csv", fixture());
    let text = run_ok(&mut dir.cmd(&["stats", "c.csv"]));
    eqnice!(
        "rows      3\n\
         status    todo 1, done 1, stale 1\n\
         verdict   accurate 1, none 2\n\
         kind      percent 1, money 1, change 1\n\
         priority  high 1, medium 1, low 1\n",
        text
    );
    let json: serde_json::Value = serde_json::from_str(&run_ok(
        &mut dir.cmd(&["stats", "c.csv", "--format", "json"]),
    ))
    .unwrap();
    assert_eq!(json["rows"], 3);
    assert_eq!(
        json["status"],
        serde_json::json!({"todo": 1, "done": 1, "skipped": 0, "stale": 1})
    );
    assert_eq!(json["verdict"]["accurate"], 1);
    assert_eq!(json["verdict"]["none"], 2);
    assert_eq!(json["verdict"]["opinion"], 0);
    assert_eq!(json["kind"]["money"], 1);
    assert_eq!(json["kind"]["count"], 0);
    assert_eq!(
        json["priority"],
        serde_json::json!({"high": 1, "medium": 1, "low": 1})
    );
}

/// Each malformed checklist, with the line and the words the refusal must give.
fn malformed() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let good = fixture();
    let row = "d4,todo,,low,1,count,3,3,,exact,,,It had 3.,a.txt,1,7,8,,";
    vec![
        (
            "not CSV: an unclosed quote",
            format!("{good}{row}\"x\n").into_bytes(),
            "c.csv:5: not CSV",
        ),
        (
            "not CSV: a JSON file",
            b"{\"id\": 1, \"status\": \"todo\"}\n".to_vec(),
            "c.csv:1: not CSV",
        ),
        (
            "unknown header",
            b"name,age\nbob,3\n".to_vec(),
            "c.csv:1: not a claimsift checklist: the header has no `id` column",
        ),
        (
            "missing id column",
            good.replacen("id,", "ident,", 1).into_bytes(),
            "c.csv:1: not a claimsift checklist: the header has no `id` column",
        ),
        (
            "missing known column",
            good.replacen(",verdict", ",verdikt", 1).into_bytes(),
            "c.csv:1: not a claimsift checklist: the header lacks the column(s) verdict",
        ),
        (
            "duplicate ids",
            good.replace("b2,", "a1,").into_bytes(),
            "c.csv:3: duplicate id a1 (also on line 2)",
        ),
        (
            "ragged row",
            format!("{good}{row},extra\n").into_bytes(),
            "c.csv:5: 20 fields where the header has 19",
        ),
        (
            "invalid UTF-8",
            [good.as_bytes(), b"d4,todo,\xff\xfe,low\n"].concat(),
            "c.csv:5: not UTF-8",
        ),
        (
            "binary",
            b"PK\x03\x04\x00\x00 zip".to_vec(),
            "c.csv:1: a NUL byte",
        ),
        ("empty", Vec::new(), "c.csv: empty file"),
        (
            "row without id",
            format!("{good}{}\n", row.replacen("d4", "", 1)).into_bytes(),
            "c.csv:5: a row without an id",
        ),
    ]
}

#[test]
fn malformed_checklists_are_refused_by_update_review_and_mark_and_left_untouched() {
    let dir = Dir::new("malformed");
    dir.write("a.txt", "The council spent $5m on roads.\n");
    for (what, bytes, message) in malformed() {
        for args in [
            &["extract", "a.txt", "--update", "c.csv"][..],
            &["review", "c.csv"],
            &["mark", "c.csv", "a1", "--verdict", "accurate"],
            &["stats", "c.csv"],
        ] {
            dir.write("c.csv", &bytes);
            let out = run_expect(&mut dir.cmd(args), None, 2);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                stderr.starts_with(&format!("claimsift: {message}")),
                "{what}, {args:?}: {stderr}"
            );
            assert_eq!(
                dir.read("c.csv"),
                bytes,
                "{what}, {args:?}: the file changed"
            );
            let stray: Vec<_> = std::fs::read_dir(dir.path(""))
                .unwrap()
                .filter_map(|e| e.ok())
                .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
                .collect();
            assert!(stray.is_empty(), "{what}: left {stray:?}");
        }
    }
}

#[test]
fn a_second_writer_waits_for_the_lock_or_fails_clearly() {
    let dir = Dir::new("lock");
    dir.write("c.csv", fixture());
    let path = dir.path("c.csv");
    let before = dir.read("c.csv");
    let lock = Lock::acquire_within(&path, Duration::from_secs(1)).unwrap();

    // With a short wait, mark gives up and says why, leaving the file alone.
    let mut quick = dir.cmd(&["mark", "c.csv", "a1", "--verdict", "accurate"]);
    quick.env("CLAIMSIFT_LOCK_TIMEOUT", "0.3");
    let out = run_expect(&mut quick, None, 2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("claimsift: c.csv: another claimsift process is writing this checklist"),
        "{stderr}"
    );
    assert_eq!(dir.read("c.csv"), before);

    // With a longer one, it waits for the lock to go and then does its work.
    let mut patient = dir.cmd(&["mark", "c.csv", "a1", "--verdict", "accurate"]);
    patient
        .env("CLAIMSIFT_LOCK_TIMEOUT", "30")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let started = Instant::now();
    let child = patient.spawn().unwrap();
    std::thread::sleep(Duration::from_millis(400));
    assert_eq!(
        dir.read("c.csv"),
        before,
        "mark must wait while the lock is held"
    );
    drop(lock);
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(started.elapsed() >= Duration::from_millis(400));
    assert_eq!(cells(&read(&dir), "a1")[1], "accurate");
}

#[test]
fn concurrent_marks_never_lose_one_another() {
    let dir = Dir::new("concurrent");
    // 16 rows; 16 processes each mark their own row at the same moment.
    let mut text = format!("{}\n", HEADER.join(","));
    for i in 0..16 {
        text.push_str(&format!(
            "r{i},todo,,high,50,count,{i},{i},,exact,,,It had {i}.,a.txt,1,7,8,\n"
        ));
    }
    dir.write("c.csv", &text);
    let children: Vec<_> = (0..16)
        .map(|i| {
            let mut cmd: Command = dir.cmd(&[
                "mark",
                "c.csv",
                &format!("r{i}"),
                "--verdict",
                "accurate",
                "--note",
                &format!("by process {i}"),
            ]);
            cmd.env("CLAIMSIFT_LOCK_TIMEOUT", "60")
                .stdout(Stdio::null())
                .stderr(Stdio::piped());
            cmd.spawn().unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let c = read(&dir);
    assert_eq!(c.len(), 16);
    for i in 0..16 {
        assert_eq!(
            cells(&c, &format!("r{i}")),
            [
                "done".to_string(),
                "accurate".into(),
                format!("by process {i}")
            ]
        );
    }
}
