//! `claimsift extract --update`: a reviewed checklist merged with a re-run over the edited
//! article. The tests find rows by their sentence (each test sentence holds one figure and a
//! word no other sentence has) and compute the expected counts from what the binary extracts,
//! so they hold whatever figure rows the extractor finds in a sentence.

use claimsift::checklist::{Checklist, Col};

use crate::util::{Dir, run_expect, run_ok};

/// Each line is one paragraph, so the sentence splitter cannot merge them.
const V1: &str = "\
The council spent $5m on roads last year.

Officials said 130 people were killed in the attacks.

Unemployment rose to 7% in March.

The bridge carries 900 lorries every day.

Exports grew 15 percent.
";

/// V1 with one sentence edited away from its figure, one figure changed, one sentence
/// deleted and one added.
const V2: &str = "\
The council spent $5m on roads last year.

Local officials said 130 people were killed in the attacks.

Unemployment rose to 8% in March.

Exports grew 15 percent.

A new school will cost $9m.
";

fn read(dir: &Dir, name: &str) -> Checklist {
    Checklist::read(&dir.path(name)).unwrap_or_else(|e| panic!("{name} must parse: {e}"))
}

/// Rows whose sentence contains `marker`.
fn rows_with(c: &Checklist, marker: &str) -> Vec<usize> {
    (0..c.len())
        .filter(|&r| c.get(r, Col::Sentence).contains(marker))
        .collect()
}

/// (status, verdict, notes, checker) of a row.
fn review_of(c: &Checklist, r: usize) -> [String; 4] {
    let checker = c.position_of("checker").expect("checker column");
    [
        c.get(r, Col::Status).to_string(),
        c.get(r, Col::Verdict).to_string(),
        c.get(r, Col::Notes).to_string(),
        c.rows()[r][checker].clone(),
    ]
}

/// Edits the checklist as a reviewer would in a spreadsheet, with another CSV writer than
/// ours: a `checker` column inserted after `status`, and every row of the sentences holding
/// `marker` given a verdict, a note and a checker.
fn review_in_spreadsheet(dir: &Dir, name: &str, reviewed: &[(&str, &str)]) {
    let text = String::from_utf8(dir.read(name)).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (status, verdict, notes, sentence) =
        (at("status"), at("verdict"), at("notes"), at("sentence"));
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut new_header = header.clone();
    new_header.insert(status + 1, "checker".into());
    out.write_record(&new_header).unwrap();
    for record in reader.records() {
        let mut row: Vec<String> = record.unwrap().iter().map(String::from).collect();
        let mut checker = String::new();
        if let Some((marker, v)) = reviewed.iter().find(|(m, _)| row[sentence].contains(m)) {
            row[status] = "done".into();
            row[verdict] = v.to_string();
            row[notes] = format!("checked {marker}");
            checker = format!("ana/{marker}");
        }
        row.insert(status + 1, checker);
        out.write_record(&row).unwrap();
    }
    dir.write(name, out.into_inner().unwrap());
}

#[test]
fn update_keeps_verdicts_adds_new_claims_and_marks_gone_ones_stale() {
    let dir = Dir::new("update-edit");
    dir.write("article.txt", V1);
    run_ok(&mut dir.cmd(&["extract", "article.txt", "-o", "checklist.csv"]));
    let v1 = read(&dir, "checklist.csv");
    let figure_rows = |c: &Checklist, m: &str| rows_with(c, m).len();
    for marker in ["roads", "130 people", "7%", "bridge", "Exports"] {
        assert!(
            figure_rows(&v1, marker) > 0,
            "no row for {marker:?}: {v1:?}"
        );
    }
    review_in_spreadsheet(
        &dir,
        "checklist.csv",
        &[
            ("roads", "accurate"),
            ("130 people", "misleading"),
            ("7%", "inaccurate"),
            ("bridge", "unsupported"),
        ],
    );
    let reviewed = read(&dir, "checklist.csv");

    dir.write("article.txt", V2);
    // What the binary finds in V2 on its own, to compare against.
    dir.write("fresh.txt", V2);
    run_ok(&mut dir.cmd(&["extract", "fresh.txt", "-o", "fresh.csv"]));
    let fresh = read(&dir, "fresh.csv");

    let out = run_expect(
        &mut dir.cmd(&["extract", "article.txt", "--update", "checklist.csv"]),
        None,
        0,
    );
    assert!(
        out.stdout.is_empty(),
        "--update writes the file, not stdout"
    );
    let merged = read(&dir, "checklist.csv");

    // The header is the reviewer's, their column in its place.
    assert_eq!(merged.header(), reviewed.header());
    assert_eq!(merged.header()[2], "checker");

    let n = |c: &Checklist, m: &str| rows_with(c, m).len();
    let (roads, officials, seven, bridge, exports) = (
        n(&v1, "roads"),
        n(&v1, "130 people"),
        n(&v1, "7%"),
        n(&v1, "bridge"),
        n(&v1, "Exports"),
    );
    let (eight, school) = (n(&fresh, "8%"), n(&fresh, "school"));
    let s = |a: &str, b: &str, c: &str, d: &str| {
        [a.to_string(), b.to_string(), c.to_string(), d.to_string()]
    };

    // Unchanged sentences keep everything, reviewed or not.
    for r in rows_with(&merged, "roads") {
        assert_eq!(
            review_of(&merged, r),
            s("done", "accurate", "checked roads", "ana/roads")
        );
    }
    for r in rows_with(&merged, "Exports") {
        assert_eq!(review_of(&merged, r), s("todo", "", "", ""));
    }
    // The edited sentence: matched to its old rows, which say so in their notes.
    let edited = rows_with(&merged, "Local officials");
    assert_eq!(edited.len(), officials);
    for r in edited {
        let [status, verdict, notes, checker] = review_of(&merged, r);
        assert_eq!((status.as_str(), verdict.as_str()), ("done", "misleading"));
        assert_eq!(checker, "ana/130 people");
        let old = (0..v1.len())
            .find(|&o| {
                v1.get(o, Col::Sentence).contains("130 people")
                    && v1.get(o, Col::Claim) == merged.get(r, Col::Claim)
                    && v1.get(o, Col::Kind) == merged.get(r, Col::Kind)
            })
            .expect("the old row of the edited claim");
        assert_eq!(
            notes,
            format!(
                "checked 130 people; matched to earlier row {}: sentence changed",
                v1.get(old, Col::Id)
            )
        );
        // The row takes the new id, so the next update matches it directly.
        assert!(
            rows_with(&fresh, "Local officials")
                .iter()
                .any(|&f| fresh.get(f, Col::Id) == merged.get(r, Col::Id))
        );
    }
    // The changed figure and the added sentence are new.
    assert_eq!(n(&merged, "8%"), eight);
    assert_eq!(n(&merged, "school"), school);
    for r in rows_with(&merged, "8%")
        .into_iter()
        .chain(rows_with(&merged, "school"))
    {
        assert_eq!(review_of(&merged, r), s("todo", "", "", ""));
    }
    // The old figure and the deleted sentence are stale, their reviews kept, at the end.
    let stale: Vec<usize> = rows_with(&merged, "7%")
        .into_iter()
        .chain(rows_with(&merged, "bridge"))
        .collect();
    assert_eq!(stale.len(), seven + bridge);
    for r in rows_with(&merged, "7%") {
        assert_eq!(
            review_of(&merged, r),
            s("stale", "inaccurate", "checked 7%", "ana/7%")
        );
    }
    for r in rows_with(&merged, "bridge") {
        assert_eq!(
            review_of(&merged, r),
            s("stale", "unsupported", "checked bridge", "ana/bridge")
        );
    }
    assert_eq!(merged.len(), fresh.len() + seven + bridge);
    let first_stale = merged.len() - seven - bridge;
    assert!(
        stale.iter().all(|&r| r >= first_stale),
        "stale rows go last"
    );
    // Before them, the fresh extraction's rows in its order.
    let ids: Vec<&str> = (0..first_stale).map(|r| merged.get(r, Col::Id)).collect();
    let fresh_ids: Vec<&str> = (0..fresh.len()).map(|r| fresh.get(r, Col::Id)).collect();
    assert_eq!(ids, fresh_ids);

    let stderr = String::from_utf8(out.stderr).unwrap();
    eqnice!(
        format!(
            "claimsift: checklist.csv: kept {} ({officials} matched after an edit), new {}, stale {}\n",
            roads + officials + exports,
            eight + school,
            seven + bridge
        ),
        stderr
    );

    // Running the update again changes nothing.
    let before = dir.read("checklist.csv");
    let again = run_expect(
        &mut dir.cmd(&["extract", "article.txt", "--update", "checklist.csv"]),
        None,
        0,
    );
    assert_eq!(dir.read("checklist.csv"), before);
    let stderr = String::from_utf8(again.stderr).unwrap();
    assert!(
        stderr.ends_with(&format!("new 0, stale {} (0 newly)\n", seven + bridge)),
        "{stderr}"
    );
}

#[test]
fn update_of_an_unchanged_article_is_byte_identical() {
    let dir = Dir::new("update-same");
    dir.write("a.txt", V1);
    run_ok(&mut dir.cmd(&["extract", "a.txt", "-o", "c.csv"]));
    let extracted = dir.read("c.csv");
    let out = run_expect(
        &mut dir.cmd(&["extract", "a.txt", "--update", "c.csv"]),
        None,
        0,
    );
    assert_eq!(dir.read("c.csv"), extracted);
    let rows = read(&dir, "c.csv").len();
    eqnice!(
        format!("claimsift: c.csv: kept {rows}, new 0, stale 0\n"),
        String::from_utf8(out.stderr).unwrap()
    );
}

#[test]
fn update_creates_a_missing_checklist() {
    let dir = Dir::new("update-create");
    dir.write("a.txt", V1);
    let out = run_expect(
        &mut dir.cmd(&["extract", "a.txt", "--update", "new.csv"]),
        None,
        0,
    );
    let expected = run_ok(&mut dir.cmd(&["extract", "a.txt"]));
    assert_eq!(String::from_utf8(dir.read("new.csv")).unwrap(), expected);
    let rows = read(&dir, "new.csv").len();
    eqnice!(
        format!("claimsift: new.csv: kept 0, new {rows}, stale 0 (new checklist)\n"),
        String::from_utf8(out.stderr).unwrap()
    );
}

#[test]
fn update_of_one_article_leaves_the_others_rows_alone() {
    let dir = Dir::new("update-multi");
    dir.write("a.txt", "The council spent $5m on roads last year.\n");
    dir.write("b.txt", "Exports grew 15 percent.\n");
    run_ok(&mut dir.cmd(&["extract", "a.txt", "b.txt", "-o", "c.csv"]));
    let before = read(&dir, "c.csv");
    let b_rows: Vec<Vec<String>> = (0..before.len())
        .filter(|&r| before.get(r, Col::Source) == "b.txt")
        .map(|r| before.rows()[r].clone())
        .collect();
    assert!(!b_rows.is_empty());
    let a_ids: Vec<String> = (0..before.len())
        .filter(|&r| before.get(r, Col::Source) == "a.txt")
        .map(|r| before.get(r, Col::Id).to_string())
        .collect();
    // a.txt loses its figure: a's rows go stale, b's are not touched.
    dir.write("a.txt", "Rain fell on the town.\n");
    let out = run_expect(
        &mut dir.cmd(&["extract", "a.txt", "--update", "c.csv"]),
        None,
        0,
    );
    let after = read(&dir, "c.csv");
    for id in &a_ids {
        let r = after.find(id).expect("a's old rows are kept");
        assert_eq!(after.get(r, Col::Status), "stale", "{:?}", after.rows()[r]);
    }
    let b_after: Vec<Vec<String>> = (0..after.len())
        .filter(|&r| after.get(r, Col::Source) == "b.txt")
        .map(|r| after.rows()[r].clone())
        .collect();
    assert_eq!(b_after, b_rows);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&format!(
            "{} rows of other articles left as they were",
            b_rows.len()
        )),
        "{stderr}"
    );
}

#[test]
fn an_unreadable_input_stops_the_update() {
    let dir = Dir::new("update-unreadable");
    dir.write("a.txt", V1);
    run_ok(&mut dir.cmd(&["extract", "a.txt", "-o", "c.csv"]));
    let before = dir.read("c.csv");
    dir.write("a.txt", b"\xff\xfe not text \x00");
    let out = run_expect(
        &mut dir.cmd(&["extract", "a.txt", "--update", "c.csv"]),
        None,
        2,
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("c.csv: not updated"), "{stderr}");
    assert_eq!(dir.read("c.csv"), before);
}

#[test]
fn update_keeps_a_bom_and_excel_adds_one() {
    let dir = Dir::new("update-bom");
    dir.write("a.txt", V1);
    run_ok(&mut dir.cmd(&["extract", "a.txt", "-o", "plain.csv"]));
    run_ok(&mut dir.cmd(&["extract", "a.txt", "--excel", "-o", "excel.csv"]));
    assert!(!dir.read("plain.csv").starts_with(b"\xef\xbb\xbf"));
    assert!(dir.read("excel.csv").starts_with(b"\xef\xbb\xbf"));
    assert_eq!(
        &dir.read("excel.csv")[3..],
        dir.read("plain.csv").as_slice()
    );
    run_expect(
        &mut dir.cmd(&["extract", "a.txt", "--update", "excel.csv"]),
        None,
        0,
    );
    assert!(dir.read("excel.csv").starts_with(b"\xef\xbb\xbf"));
    run_expect(
        &mut dir.cmd(&["extract", "a.txt", "--excel", "--update", "plain.csv"]),
        None,
        0,
    );
    assert_eq!(dir.read("plain.csv"), dir.read("excel.csv"));
}

#[test]
fn update_refuses_other_formats_and_output() {
    let dir = Dir::new("update-flags");
    dir.write("a.txt", V1);
    run_ok(&mut dir.cmd(&["extract", "a.txt", "-o", "c.csv"]));
    let before = dir.read("c.csv");
    run_expect(
        &mut dir.cmd(&["extract", "a.txt", "--update", "c.csv", "-o", "x.csv"]),
        None,
        2,
    );
    let out = run_expect(
        &mut dir.cmd(&["extract", "a.txt", "--update", "c.csv", "--format", "jsonl"]),
        None,
        2,
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("--update merges into a CSV"));
    assert_eq!(dir.read("c.csv"), before);
}
