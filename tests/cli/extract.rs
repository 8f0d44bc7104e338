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

#[test]
fn unreadable_inputs_are_named_skipped_and_exit_2() {
    let dir = Dir::new("bad-inputs");
    dir.write("a-good.txt", "Prices rose 95% in a year.\n");
    dir.write("b-latin1.txt", b"The caf\xe9 sold 40 cups.\n".as_slice());
    dir.write("c-binary.txt", b"PK\x03\x04\x00\x00 95%".as_slice());
    dir.write("d-good.txt", "Exports fell 12% last year.\n");
    let out = run_expect(
        &mut dir.cmd(&[
            "extract",
            "a-good.txt",
            "b-latin1.txt",
            "c-binary.txt",
            "missing.txt",
            "d-good.txt",
        ]),
        None,
        2,
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    eqnice!(
        "claimsift: b-latin1.txt: not UTF-8 text (invalid byte at offset 7); convert it to UTF-8 first, e.g. with iconv\n\
         claimsift: c-binary.txt: looks like a binary file (NUL byte at offset 4), not text\n"
            .to_string(),
        stderr.lines().take(2).map(|l| format!("{l}\n")).collect::<String>()
    );
    assert!(
        stderr
            .lines()
            .nth(2)
            .unwrap()
            .starts_with("claimsift: missing.txt: "),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 3, "{stderr}");
    // The readable files are still extracted, in the order given.
    let (_, rows) = parse_csv(std::str::from_utf8(&out.stdout).unwrap());
    let sources: Vec<&str> = rows.iter().map(|r| r[13].as_str()).collect();
    assert!(
        sources.contains(&"a-good.txt") && sources.contains(&"d-good.txt"),
        "{sources:?}"
    );
    let first_d = sources.iter().position(|s| *s == "d-good.txt").unwrap();
    assert!(
        sources[..first_d].iter().all(|s| *s == "a-good.txt"),
        "{sources:?}"
    );
}

#[test]
fn folders_are_walked_in_sorted_order_for_txt_and_md_only() {
    let dir = Dir::new("folders");
    dir.write("news/b.md", "Sales rose 7% in May.\n");
    dir.write("news/a/z.txt", "Sales rose 5% in May.\n");
    dir.write("news/c.txt", "Sales rose 9% in May.\n");
    dir.write("news/ignored.csv", "Sales rose 1% in May.\n");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path("nowhere"), dir.path("news/d-dangling.txt")).unwrap();
    let out = run_expect(
        &mut dir.cmd(&["extract", "--format", "jsonl", "news"]),
        None,
        2,
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let mut sources: Vec<String> = stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    sources.dedup();
    assert_eq!(sources, ["news/a/z.txt", "news/b.md", "news/c.txt"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("claimsift: news/d-dangling.txt: "),
        "{stderr}"
    );
}

#[test]
fn bom_and_crlf_offsets_point_into_the_bytes_as_read() {
    let dir = Dir::new("bom-crlf");
    let text = "\u{feff}Headline here\r\n\r\nProfits rose 95% this year.\r\n";
    dir.write("a.txt", text);
    let out = run_ok(&mut dir.cmd(&["extract", "--format", "jsonl", "a.txt"]));
    let row: serde_json::Value = out
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|r| r["unit"] == "%")
        .expect("a percent row");
    let (start, end) = (
        row["start"].as_u64().unwrap() as usize,
        row["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], row["claim"].as_str().unwrap());
    assert!(text[start..end].contains("95%"));
    assert_eq!(row["line"], 3);
    assert_eq!(row["value"], 95);
    assert!(!row["sentence"].as_str().unwrap().contains('\r'));
}

#[test]
fn output_file_is_written_whole_and_no_temporary_file_stays() {
    let dir = Dir::new("output");
    dir.write("a.txt", "Imports rose 4% in March.\n");
    dir.write("checklist.csv", "old contents\n");
    let out = run_ok(&mut dir.cmd(&["extract", "a.txt", "-o", "checklist.csv"]));
    assert_eq!(out, "");
    let written = String::from_utf8(dir.read("checklist.csv")).unwrap();
    assert!(written.starts_with(HEADER), "{written}");
    let (_, rows) = parse_csv(&written);
    assert!(!rows.is_empty());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path("."))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn output_into_a_missing_folder_fails_cleanly() {
    let dir = Dir::new("output-missing");
    dir.write("a.txt", "Imports rose 4% in March.\n");
    let out = run_expect(
        &mut dir.cmd(&["extract", "a.txt", "-o", "no/such/dir/c.csv"]),
        None,
        2,
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("claimsift: no/such/dir/c.csv: "),
        "{stderr}"
    );
}

#[test]
fn json_is_one_array_and_jsonl_one_object_per_line() {
    let dir = Dir::new("json");
    dir.write(
        "a.txt",
        "Imports rose 4% in March. Exports fell 3% in April.\n",
    );
    let jsonl = run_ok(&mut dir.cmd(&["extract", "--format", "jsonl", "a.txt"]));
    let json = run_ok(&mut dir.cmd(&["extract", "--format", "json", "a.txt"]));
    let from_lines: Vec<serde_json::Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let array: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert_eq!(from_lines, array);
    assert!(array.len() >= 2);
    let keys: Vec<&str> = array[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for column in HEADER.split(',') {
        assert!(keys.contains(&column), "{column} missing from {keys:?}");
    }
    let empty = run_expect(
        &mut dir.cmd(&["extract", "--format", "json"]),
        Some(b"".as_slice()),
        0,
    );
    assert_eq!(String::from_utf8(empty.stdout).unwrap(), "[]\n");
}

#[test]
fn a_closed_pipe_ends_quietly_with_exit_0() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let dir = Dir::new("pipe");
    let article = "Prices rose 95% in a year.\n".repeat(200_000);
    dir.write("big.txt", &article);
    let mut child = dir
        .cmd(&["extract", "--format", "jsonl", "big.txt"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here: claimsift's next writes hit a closed pipe.
    let out = child.wait_with_output().unwrap();
    assert!(first.starts_with('{'), "{first}");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
#[test]
fn a_50_mb_single_line_is_handled_with_bounded_sentences() {
    // No newline and no full stop anywhere: one "sentence" of 50 MB unless the splitter caps
    // it, and each of its rows would repeat all of it.
    let dir = Dir::new("huge-line");
    let filler = "and the talks went on through the night with no sign of agreement ";
    let mut text = String::with_capacity(50 << 20);
    let mut figures = 0;
    while text.len() < 50 << 20 {
        for _ in 0..1500 {
            text.push_str(filler);
        }
        text.push_str("while prices rose 7% ");
        figures += 1;
    }
    dir.write("huge.txt", &text);
    let out = run_ok(&mut dir.cmd(&["extract", "--format", "jsonl", "huge.txt"]));
    let rows: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let percents: Vec<&serde_json::Value> = rows.iter().filter(|r| r["unit"] == "%").collect();
    assert_eq!(percents.len(), figures);
    for r in &percents {
        let (start, end) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], r["claim"].as_str().unwrap());
        assert_eq!(r["line"], 1);
        assert!(
            r["sentence"].as_str().unwrap().len() <= claimsift::segment::MAX_SENTENCE_BYTES,
            "sentence of {} bytes",
            r["sentence"].as_str().unwrap().len()
        );
    }
}

/// A small news page: head, style and script to drop, a comment hiding a figure, an inline
/// tag inside a figure, entities, and a paragraph broken across source lines.
const PAGE_HTML: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Council budget</title>
  <style>.x { width: 50% }</style>
  <script>var total = 1200; if (a < b) {}</script>
</head>
<body>
  <nav><a href="/">Home</a></nav>
  <article>
    <h1>Bus fares rise</h1>
    <p>Fares will rise by <b>12</b>% in April, the council said.</p>
    <p>The new depot cost
       &pound;350m &mdash; nearly twice the&nbsp;estimate.</p>
    <!-- <p>Draft: fares up 99%.</p> -->
  </article>
</body>
</html>
"#;

/// The visible text of `PAGE_HTML`, which offsets and lines point into.
const PAGE_TEXT: &str = "Council budget\n\nHome\n\nBus fares rise\n\n\
    Fares will rise by 12% in April, the council said.\n\n\
    The new depot cost \u{a3}350m \u{2014} nearly twice the\u{a0}estimate.";

fn jsonl_rows(out: &str) -> Vec<serde_json::Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).expect("JSONL row"))
        .collect()
}

#[test]
fn html_page_gives_the_figures_of_its_visible_text() {
    let dir = Dir::new("html-page");
    dir.write("page.html", PAGE_HTML);
    let out = run_ok(&mut dir.cmd(&["extract", "page.html", "--format", "jsonl"]));
    let rows = jsonl_rows(&out);
    let got: Vec<_> = rows
        .iter()
        .map(|r| {
            (
                r["kind"].as_str().unwrap(),
                r["claim"].as_str().unwrap(),
                r["value"].as_f64().unwrap(),
                r["unit"].as_str().unwrap(),
                r["sentence"].as_str().unwrap(),
                r["source"].as_str().unwrap(),
                r["line"].as_u64().unwrap(),
                r["start"].as_u64().unwrap() as usize,
                r["end"].as_u64().unwrap() as usize,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "change",
                "rise by 12%",
                12.0,
                "%",
                "Fares will rise by 12% in April, the council said.",
                "page.html",
                7,
                49,
                60
            ),
            (
                "money",
                "cost \u{a3}350m",
                350_000_000.0,
                "GBP",
                // The sentence column folds whitespace, the no-break space included.
                "The new depot cost \u{a3}350m \u{2014} nearly twice the estimate.",
                "page.html",
                9,
                104,
                115
            ),
        ]
    );
    // Offsets are into the visible text, not the file's bytes (see the README).
    for (_, claim, _, _, _, _, _, start, end) in &got {
        assert_eq!(&PAGE_TEXT[*start..*end], *claim);
    }
    let sentences = run_ok(&mut dir.cmd(&["sentences", "page.html"]));
    eqnice!(
        "Council budget\nHome\nBus fares rise\n\
         Fares will rise by 12% in April, the council said.\n\
         The new depot cost \u{a3}350m \u{2014} nearly twice the estimate.\n",
        sentences
    );
}

#[test]
fn folders_take_html_and_htm_files_in_sorted_order() {
    let dir = Dir::new("html-folder");
    dir.write("news/b.HTM", "<p>Sales rose <i>7</i>% in May.</p>");
    dir.write("news/a.txt", "Sales rose 5% in May.\n");
    dir.write(
        "news/c.html",
        "<div>Sales &amp; rents rose 9% in May.</div>",
    );
    dir.write("news/d.xhtml", "<p>Sales rose 1% in May.</p>");
    let out = run_ok(&mut dir.cmd(&["extract", "--format", "jsonl", "news"]));
    let rows = jsonl_rows(&out);
    let got: Vec<_> = rows
        .iter()
        .map(|r| {
            (
                r["source"].as_str().unwrap(),
                r["value"].as_f64().unwrap(),
                r["sentence"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("news/a.txt", 5.0, "Sales rose 5% in May."),
            ("news/b.HTM", 7.0, "Sales rose 7% in May."),
            ("news/c.html", 9.0, "Sales & rents rose 9% in May."),
        ]
    );
}

#[test]
fn stdin_html_is_detected_by_its_doctype() {
    let dir = Dir::new("html-stdin");
    let page = "\u{feff}\n  <!doctype HTML><p>Prices rose <b>3</b>% &ndash; \
                <em>faster</em> than wages.</p><script>x = '9%'</script>";
    let out = run_expect(
        &mut dir.cmd(&["extract", "--format", "jsonl"]),
        Some(page.as_bytes()),
        0,
    );
    let rows = jsonl_rows(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["claim"], "rose 3%");
    assert_eq!(rows[0]["value"], 3.0);
    assert_eq!(rows[0]["unit"], "%");
    assert_eq!(rows[0]["source"], "-");
    assert_eq!(
        rows[0]["sentence"],
        "Prices rose 3% \u{2013} faster than wages."
    );
    assert_eq!(
        (rows[0]["start"].as_u64(), rows[0]["end"].as_u64()),
        (Some(7), Some(14))
    );
    // Plain text that only mentions a tag is read as it is.
    let out = run_expect(
        &mut dir.cmd(&["sentences"]),
        Some(b"Use <b> for 5% of words.".as_slice()),
        0,
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "Use <b> for 5% of words.\n"
    );
}

#[test]
fn bad_html_input_keeps_the_clear_errors() {
    let dir = Dir::new("html-bad");
    dir.write("latin1.html", b"<p>Caf\xe9 prices rose 4%.</p>".as_slice());
    dir.write("bin.htm", b"<p>\0\x01</p>".as_slice());
    dir.write(
        "ok.html",
        "<p>3 < 5 and <b>unclosed <i>prices rose 2%<!-- never closed",
    );
    let out = run_expect(
        &mut dir.cmd(&[
            "extract",
            "--format",
            "jsonl",
            "latin1.html",
            "bin.htm",
            "ok.html",
        ]),
        None,
        2,
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("claimsift: latin1.html: "), "{stderr}");
    assert!(stderr.contains("offset 6"), "{stderr}");
    assert!(
        stderr.contains("claimsift: bin.htm: looks like a binary file (NUL byte at offset 3)"),
        "{stderr}"
    );
    let rows = jsonl_rows(&String::from_utf8(out.stdout).unwrap());
    let claims: Vec<_> = rows.iter().map(|r| r["claim"].as_str().unwrap()).collect();
    assert!(claims.contains(&"rose 2%"), "{rows:?}");
    for r in &rows {
        assert_eq!(r["source"], "ok.html");
    }
}
