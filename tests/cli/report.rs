//! `claimsift report`: the HTML page over a checklist or an article, its highlights, its
//! list, its escaping, and what it does with articles that changed or went missing.

use std::fs;

use claimsift::checklist::{Checklist, Col};

use crate::util::{Dir, repo_file, run_expect, run_ok};

const NOTICE: &str = "article changed or missing: highlights left out";

/// The `<mark ...>` opening tag that directly wraps `text` (the last `<mark` before it).
fn mark_around<'p>(page: &'p str, text: &str) -> &'p str {
    let close = format!(">{text}</mark>");
    let at = page
        .find(&close)
        .unwrap_or_else(|| panic!("no mark around {text:?}"));
    let open = page[..at].rfind("<mark").expect("a mark opens before");
    &page[open..=at]
}

fn rows_listed(page: &str) -> usize {
    page.matches("<tr class=\"row").count()
}

fn anchors(page: &str) -> usize {
    page.matches(" id=\"claim-").count()
}

/// Nothing on the page runs or fetches anything.
fn assert_self_contained(page: &str) {
    let lower = page.to_lowercase();
    for bad in [
        "<script", "<link", " src=", "<iframe", "<object", "url(", "@import",
    ] {
        assert!(!lower.contains(bad), "the page holds {bad:?}");
    }
}

/// The sample article and its checklist copied into `dir` under `samples/`, where the
/// checklist's `source` column points.
fn copy_sample(dir: &Dir) {
    for name in ["obama-hollande-isis.txt", "obama-hollande-isis.csv"] {
        let bytes = fs::read(repo_file(&format!("samples/{name}"))).expect("sample");
        dir.write(&format!("samples/{name}"), bytes);
    }
}

#[test]
fn report_on_the_sample_checklist_highlights_every_row() {
    let dir = Dir::new("report-sample");
    copy_sample(&dir);
    let out = run_expect(
        &mut dir.cmd(&["report", "samples/obama-hollande-isis.csv", "-o", "r.html"]),
        None,
        0,
    );
    assert!(out.stdout.is_empty());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    let page = String::from_utf8(dir.read("r.html")).expect("UTF-8 page");
    let checklist = Checklist::read(&dir.path("samples/obama-hollande-isis.csv")).unwrap();
    assert_eq!(checklist.len(), 14);
    assert_eq!(rows_listed(&page), 14);
    assert_eq!(anchors(&page), 14, "every row of the sample is highlighted");
    assert!(!page.contains(NOTICE));

    let mark = mark_around(&page, "killed 130 people");
    assert!(
        mark.starts_with("<mark class=\"claim k-count s-todo\""),
        "{mark}"
    );
    assert!(
        mark.contains("title=\"count: 130 people\nqualifier: exact\n"),
        "{mark}"
    );
    assert!(mark_around(&page, "two-thirds of airstrikes").contains("k-fraction"));
    assert!(mark_around(&page, "95%").contains("k-percent"));
    let migrants = mark_around(&page, "thousands of migrants");
    assert!(migrants.contains("qualifier: vague"), "{migrants}");
    assert!(migrants.contains("speaker: The US president"), "{migrants}");
    // Each highlight's anchor is linked from its row in the list, with the claim as text.
    let n = 1
        + (0..checklist.len())
            .find(|&r| checklist.get(r, Col::Claim) == "killed 130 people")
            .expect("the sample has the row");
    assert!(mark.contains(&format!("id=\"claim-{n}\"")), "{mark}");
    assert!(page.contains(&format!(
        "<td class=\"claim-cell\"><a href=\"#claim-{n}\">killed 130 people</a></td>"
    )));
    // The article keeps its line breaks and curly quotes.
    assert!(page.contains("Obama, Hollande pledge solidarity against ISIS\nHe is to meet"));
    assert!(page.contains("Mr Hollande’s meeting"));
    assert!(page.contains("<meta charset=\"utf-8\">"));
    assert_self_contained(&page);

    // Standard output by default: the same page.
    let stdout = run_ok(&mut dir.cmd(&["report", "samples/obama-hollande-isis.csv"]));
    eqnice!(page, stdout);
}

#[test]
fn report_on_an_article_extracts_it_first_and_escapes_its_text() {
    let dir = Dir::new("report-article");
    let text = "Officials said <script>alert('x')</script> 95% of the \"fast\" trains & buses \
                were cancelled.\nThe council spent £350m on roads.\n";
    dir.write("a.txt", text);
    let page = run_ok(&mut dir.cmd(&["report", "a.txt"]));
    let rows = crate::util::parse_csv(&run_ok(&mut dir.cmd(&["extract", "a.txt"]))).1;
    assert!(rows.len() >= 2, "{rows:?}");
    assert_eq!(rows_listed(&page), rows.len());
    assert_eq!(anchors(&page), rows.len());
    assert!(mark_around(&page, "95%").contains("k-percent"));
    let money = mark_around(&page, "spent £350m");
    assert!(money.contains("k-money"), "{money}");
    assert!(money.contains("money: 350000000 GBP"), "{money}");
    assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(page.contains("&quot;fast&quot; trains &amp; buses"));
    assert!(page.contains("<title>claimsift report: a.txt</title>"));
    assert_self_contained(&page);

    // From standard input too.
    let out = run_expect(&mut dir.cmd(&["report", "-"]), Some(text.as_bytes()), 0);
    let from_stdin = String::from_utf8(out.stdout).unwrap();
    assert_eq!(anchors(&from_stdin), rows.len());
    assert!(!from_stdin.contains(NOTICE));
}

#[test]
fn report_finds_sources_beside_the_checklist() {
    let dir = Dir::new("report-beside");
    dir.write("desk/a.txt", "Prices rose 5% in May.\n");
    // Extracted inside desk/, so the source column says just `a.txt`.
    run_ok(
        dir.cmd(&["extract", "a.txt", "-o", "c.csv"])
            .current_dir(dir.path("desk")),
    );
    let page = run_ok(&mut dir.cmd(&["report", "desk/c.csv"]));
    assert!(!page.contains(NOTICE));
    assert!(rows_listed(&page) >= 1);
    assert_eq!(anchors(&page), rows_listed(&page));
    assert!(mark_around(&page, "rose 5%").contains("k-change"));
}

#[test]
fn missing_and_changed_articles_get_a_notice_and_keep_their_rows() {
    let dir = Dir::new("report-changed");
    dir.write("a.txt", "The council spent £350m on roads.\n");
    dir.write("b.txt", "It killed 130 people, police said.\n");
    dir.write("c.txt", "Turnout was 64% this year.\n");
    run_ok(&mut dir.cmd(&["extract", "a.txt", "b.txt", "c.txt", "-o", "c.csv"]));
    let checklist = Checklist::read(&dir.path("c.csv")).unwrap();
    let of = |source: &str| {
        (0..checklist.len())
            .filter(|&r| checklist.get(r, Col::Source) == source)
            .count()
    };
    let (a_rows, b_rows, c_rows) = (of("a.txt"), of("b.txt"), of("c.txt"));
    assert!(a_rows >= 1 && b_rows >= 1 && c_rows >= 1);
    // A note, a verdict and a speaker with markup in them.
    let id = checklist.get(0, Col::Id).to_string();
    run_ok(&mut dir.cmd(&[
        "mark",
        "c.csv",
        &id,
        "--verdict",
        "accurate",
        "--note",
        "<script>alert(\"n\")</script> & 'co'",
    ]));
    // b.txt is gone; c.txt changed before its figure, so the offsets point elsewhere.
    fs::remove_file(dir.path("b.txt")).unwrap();
    dir.write("c.txt", "Officially, turnout was 64% this year.\n");

    let out = run_expect(&mut dir.cmd(&["report", "c.csv", "-o", "r.html"]), None, 0);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("claimsift: c.csv: b.txt: {NOTICE} (not found")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("claimsift: c.csv: c.txt: {NOTICE} (row ")),
        "{stderr}"
    );
    assert!(!stderr.contains("a.txt"), "{stderr}");
    let page = String::from_utf8(dir.read("r.html")).unwrap();
    assert_eq!(page.matches(NOTICE).count(), 2);
    assert_eq!(rows_listed(&page), a_rows + b_rows + c_rows);
    assert_eq!(anchors(&page), a_rows, "only a.txt is highlighted");
    // The changed article is shown as it is now, without highlights.
    assert!(page.contains("Officially, turnout was 64% this year."));
    assert!(
        page.contains(
            "<td>&lt;script&gt;alert(&quot;n&quot;)&lt;/script&gt; &amp; &#39;co&#39;</td>"
        )
    );
    assert!(page.contains("<td>accurate</td>"));
    assert_self_contained(&page);
}

#[test]
fn stale_rows_are_listed_not_highlighted() {
    let dir = Dir::new("report-stale");
    dir.write("a.txt", "Turnout was 64% this year. It cost $5m.\n");
    run_ok(&mut dir.cmd(&["extract", "a.txt", "-o", "c.csv"]));
    // The figure changes: its old row becomes stale, with offsets into the old text.
    dir.write("a.txt", "Turnout was 71.5% this year. It cost $5m.\n");
    run_expect(
        &mut dir.cmd(&["extract", "a.txt", "--update", "c.csv"]),
        None,
        0,
    );
    let checklist = Checklist::read(&dir.path("c.csv")).unwrap();
    let stale: Vec<usize> = (0..checklist.len())
        .filter(|&r| checklist.get(r, Col::Status) == "stale")
        .collect();
    assert_eq!(stale.len(), 1);
    assert_eq!(checklist.get(stale[0], Col::Claim), "64%");

    let page = run_ok(&mut dir.cmd(&["report", "c.csv"]));
    assert!(
        !page.contains(NOTICE),
        "stale rows are not checked against the text"
    );
    assert_eq!(rows_listed(&page), checklist.len());
    assert_eq!(anchors(&page), checklist.len() - 1);
    assert!(!page.contains(&format!(" id=\"claim-{}\"", stale[0] + 1)));
    assert!(page.contains(&format!(
        "<tr class=\"row k-percent s-stale\"><td>{}</td>",
        stale[0] + 1
    )));
    assert!(page.contains("<td class=\"claim-cell\">64%</td>"));
    assert!(mark_around(&page, "71.5%").contains("k-percent s-todo"));
}

#[test]
fn malformed_checklist_is_refused_and_nothing_is_written() {
    let dir = Dir::new("report-malformed");
    dir.write("bad.csv", "name,age\nbob,3\n");
    let out = run_expect(
        &mut dir.cmd(&["report", "bad.csv", "-o", "r.html"]),
        None,
        2,
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad.csv:1: not a claimsift checklist"),
        "{stderr}"
    );
    assert!(!dir.path("r.html").exists());
    // An existing page is left as it was.
    dir.write("r.html", "old page");
    run_expect(
        &mut dir.cmd(&["report", "bad.csv", "-o", "r.html"]),
        None,
        2,
    );
    assert_eq!(dir.read("r.html"), b"old page");
    let names: Vec<String> = fs::read_dir(dir.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut names = names;
    names.sort();
    assert_eq!(
        names,
        ["bad.csv", "r.html"],
        "no temporary file left behind"
    );
}

#[test]
fn a_missing_article_or_an_output_over_the_checklist_is_an_error() {
    let dir = Dir::new("report-errors");
    let out = run_expect(&mut dir.cmd(&["report", "gone.txt"]), None, 2);
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("claimsift: gone.txt: "));
    assert!(out.stdout.is_empty());

    dir.write("a.txt", "It cost $5m.\n");
    run_ok(&mut dir.cmd(&["extract", "a.txt", "-o", "c.csv"]));
    let before = dir.read("c.csv");
    let out = run_expect(&mut dir.cmd(&["report", "c.csv", "-o", "c.csv"]), None, 2);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("c.csv: -o names the input itself"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(dir.read("c.csv"), before);
    run_expect(&mut dir.cmd(&["report", "a.txt", "-o", "./a.txt"]), None, 2);
    assert_eq!(dir.read("a.txt"), b"It cost $5m.\n");
}

#[test]
fn a_date_inside_a_contested_sentence_is_nested_in_its_highlight() {
    let dir = Dir::new("report-nested");
    dir.write(
        "n.txt",
        "Critics fiercely disputed the plan announced in 2015, which officials reportedly denied.\n",
    );
    let page = run_ok(&mut dir.cmd(&["report", "n.txt"]));
    assert_eq!(rows_listed(&page), 2, "a contested row and a date row");
    let sentence = page
        .find(">Critics fiercely disputed")
        .expect("the sentence is highlighted");
    let open = page[..sentence].rfind("<mark").unwrap();
    assert!(page[open..sentence].starts_with("<mark class=\"claim k-contested s-todo\""));
    let inner = &page[sentence..];
    assert!(inner.starts_with(
        ">Critics fiercely disputed the plan announced in <mark class=\"claim k-date s-todo\""
    ));
    assert!(inner.contains(">2015</mark>, which officials reportedly denied.</mark>\n"));
    assert_eq!(anchors(&page), 2);
}
