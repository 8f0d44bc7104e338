//! The HTML report: one self-contained page with each article and its claims highlighted by
//! kind and status, and the checklist's rows beside it.
//!
//! The page has inline CSS only (no script, no external resources), so it can be mailed,
//! archived or opened offline. Every piece of text on it (article, claims, notes, verdicts,
//! speakers, file names) goes through [`push_escaped`]: the article and the reviewer's notes
//! are text from outside, and a `<script>` in them must show as text.
//!
//! Highlights come from the rows' byte offsets. A row's offsets are trusted only when the
//! article still holds the row's claim there: if an article cannot be read, or any of its
//! live rows no longer matches it (out of range, not on a character boundary, other text),
//! that article's highlights are all left out with a notice, and its rows are still listed.
//! Stale rows (claims no longer in the article) are listed but never highlighted.

use std::collections::HashMap;

use crate::checklist::{Checklist, Col};
use crate::claim::{Kind, Status, fold_whitespace};

/// The notice shown (and warned on stderr) for an article whose highlights are left out.
pub const CHANGED_NOTICE: &str = "article changed or missing: highlights left out";

/// One stretch of an article to highlight, `text[start..end]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// The `class` attribute (escaped when written).
    pub class: String,
    /// The `title` attribute, the tooltip (escaped when written).
    pub title: String,
    /// The `id` attribute, put on the first piece of the span only.
    pub anchor: Option<String>,
}

/// Appends `s` to `out` with `&`, `<`, `>`, `"` and `'` replaced by character references,
/// which makes it safe both as element text and inside a quoted attribute.
///
/// Hand-written rather than a crate: these five characters are the whole job in UTF-8
/// output, and every other character passes through unchanged.
pub fn push_escaped(out: &mut String, s: &str) {
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let with = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        // `i` is at an ASCII byte, so both slices end on character boundaries.
        out.push_str(&s[from..i]);
        out.push_str(with);
        from = i + 1;
    }
    out.push_str(&s[from..]);
}

/// `s` escaped as [`push_escaped`] does.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_escaped(&mut out, s);
    out
}

/// `text` as HTML with each span wrapped in a `<mark>`.
///
/// Spans may nest (a figure inside a contested sentence), touch or overlap in any way; the
/// output is always well-formed: where a span crosses the end of another, it is closed and
/// opened again after it, so it is drawn in pieces (the id only on the first). Spans that
/// are empty, out of range or not on character boundaries are left out. Of spans that start
/// together, the longer one is outside. Line breaks are kept as they are (the page shows
/// the article with `white-space: pre-wrap`).
pub fn highlight(text: &str, spans: &[Span]) -> String {
    let usable = |s: &Span| {
        s.start < s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    let mut order: Vec<usize> = (0..spans.len()).filter(|&i| usable(&spans[i])).collect();
    order.sort_by_key(|&i| (spans[i].start, std::cmp::Reverse(spans[i].end), i));
    let mut bounds: Vec<usize> = order
        .iter()
        .flat_map(|&i| [spans[i].start, spans[i].end])
        .collect();
    bounds.sort_unstable();
    bounds.dedup();

    let mut out = String::with_capacity(text.len() + order.len() * 96);
    let mut stack: Vec<usize> = Vec::new();
    let mut starting = order.iter().copied().peekable();
    let mut pos = 0;
    for &at in &bounds {
        // Every bound is the start or end of a usable span: a char boundary within the text.
        push_escaped(&mut out, &text[pos..at]);
        pos = at;
        // Close from the lowest span that ends here up; reopen those above it that go on.
        if let Some(lowest) = stack.iter().position(|&i| spans[i].end <= at) {
            let above: Vec<usize> = stack.drain(lowest..).collect();
            for _ in &above {
                out.push_str("</mark>");
            }
            for i in above {
                if spans[i].end > at {
                    open_mark(&mut out, &spans[i], false);
                    stack.push(i);
                }
            }
        }
        while let Some(i) = starting.next_if(|&i| spans[i].start == at) {
            open_mark(&mut out, &spans[i], true);
            stack.push(i);
        }
    }
    push_escaped(&mut out, &text[pos..]);
    // Every span ends at a bound, so all are closed; this only guards the invariant.
    for _ in stack {
        out.push_str("</mark>");
    }
    out
}

fn open_mark(out: &mut String, span: &Span, first: bool) {
    out.push_str("<mark class=\"");
    push_escaped(out, &span.class);
    out.push_str("\" title=\"");
    push_escaped(out, &span.title);
    out.push('"');
    if let (true, Some(anchor)) = (first, &span.anchor) {
        out.push_str(" id=\"");
        push_escaped(out, anchor);
        out.push('"');
    }
    out.push('>');
}

/// A rendered report: the page, and the articles whose highlights were left out.
#[derive(Debug, Clone)]
pub struct Report {
    /// The whole HTML page.
    pub html: String,
    /// `(source, reason)` for each article that could not be read or no longer matches its
    /// rows; its section carries [`CHANGED_NOTICE`].
    pub problems: Vec<(String, String)>,
}

/// The rows of one source, in checklist order.
struct Section<'c> {
    source: &'c str,
    rows: Vec<usize>,
}

/// Renders `checklist` as a page titled `title`. `load` gives the text of the article named
/// in a `source` cell (called once per source), or why it cannot.
pub fn render(
    title: &str,
    checklist: &Checklist,
    mut load: impl FnMut(&str) -> Result<String, String>,
) -> Report {
    let mut sections: Vec<Section<'_>> = Vec::new();
    let mut by_source: HashMap<&str, usize> = HashMap::new();
    for row in 0..checklist.len() {
        let source = checklist.get(row, Col::Source);
        let at = *by_source.entry(source).or_insert_with(|| {
            sections.push(Section {
                source,
                rows: Vec::new(),
            });
            sections.len() - 1
        });
        sections[at].rows.push(row);
    }

    let mut html = String::new();
    let mut problems = Vec::new();
    html.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html.push_str("<title>");
    push_escaped(&mut html, title);
    html.push_str("</title>\n<style>\n");
    html.push_str(CSS);
    html.push_str("</style>\n</head>\n<body>\n<header>\n<h1>");
    push_escaped(&mut html, title);
    html.push_str("</h1>\n");
    html.push_str(&format!(
        "<p class=\"summary\">{} row(s) from {} article(s).</p>\n",
        checklist.len(),
        sections.len()
    ));
    push_legend(&mut html);
    html.push_str("</header>\n");

    for (n, section) in sections.iter().enumerate() {
        let (text, problem) = match load(section.source) {
            Ok(text) => {
                let problem = section
                    .rows
                    .iter()
                    .find_map(|&row| check_row(&text, checklist, row).err());
                (Some(text), problem)
            }
            Err(reason) => (None, Some(reason)),
        };
        // One flag per row of this section (not of the checklist: a section per article
        // times every row would be quadratic over an archive's checklist).
        let mut highlighted = vec![false; section.rows.len()];
        html.push_str(&format!(
            "<section class=\"source\" id=\"source-{}\">\n<h2>",
            n + 1
        ));
        push_escaped(&mut html, section.source);
        html.push_str("</h2>\n");
        if let Some(reason) = &problem {
            html.push_str("<p class=\"notice\"><strong>");
            push_escaped(&mut html, CHANGED_NOTICE);
            html.push_str("</strong> (");
            push_escaped(&mut html, reason);
            html.push_str(")</p>\n");
            problems.push((section.source.to_string(), reason.clone()));
        }
        html.push_str("<div class=\"columns\">\n<div class=\"article\">");
        match (&text, &problem) {
            (Some(text), None) => {
                let spans: Vec<Span> = section
                    .rows
                    .iter()
                    .zip(highlighted.iter_mut())
                    .filter_map(|(&row, flag)| {
                        let span = row_span(text, checklist, row)?;
                        *flag = true;
                        Some(span)
                    })
                    .collect();
                html.push_str(&highlight(text, &spans));
            }
            (Some(text), Some(_)) => push_escaped(&mut html, text),
            (None, _) => html.push_str("<em>(the article could not be read)</em>"),
        }
        html.push_str("</div>\n<div class=\"list\">\n");
        push_table(&mut html, checklist, &section.rows, &highlighted);
        html.push_str("</div>\n</div>\n</section>\n");
    }
    html.push_str("</body>\n</html>\n");
    Report { html, problems }
}

/// The anchor of row `row` (0-based) of the checklist: the row number, which is unique and
/// safe in a URL, where an id from a hand-edited checklist may be neither.
fn anchor(row: usize) -> String {
    format!("claim-{}", row + 1)
}

fn is_stale(checklist: &Checklist, row: usize) -> bool {
    checklist.get(row, Col::Status) == Status::Stale.as_str()
}

/// Checks a live row against its article: `Ok` when its offsets still hold its claim.
fn check_row(text: &str, checklist: &Checklist, row: usize) -> Result<(), String> {
    if is_stale(checklist, row) {
        return Ok(());
    }
    let n = row + 1;
    let Some((start, end)) = offsets(checklist, row) else {
        return Err(format!("row {n}: start and end are not byte offsets"));
    };
    if start > end || end > text.len() {
        return Err(format!(
            "row {n}: bytes {start}..{end} are outside the article ({} bytes)",
            text.len()
        ));
    }
    let Some(there) = text.get(start..end) else {
        return Err(format!(
            "row {n}: bytes {start}..{end} do not fall on character boundaries"
        ));
    };
    let claim = checklist.get(row, Col::Claim);
    let same = if checklist.get(row, Col::Kind) == Kind::Contested.as_str() {
        // A contested row's claim is its whole sentence; a spreadsheet may have changed
        // its line ends, so only the words are compared.
        fold_whitespace(there) == fold_whitespace(claim)
    } else {
        there == claim
    };
    if same {
        Ok(())
    } else {
        Err(format!(
            "row {n}: the article no longer has \u{201c}{}\u{201d} at bytes {start}..{end}",
            shorten(claim)
        ))
    }
}

/// The row's `start` and `end` cells as byte offsets, when both are numbers.
fn offsets(checklist: &Checklist, row: usize) -> Option<(usize, usize)> {
    let offset = |col: Col| checklist.get(row, col).trim().parse::<usize>().ok();
    Some((offset(Col::Start)?, offset(Col::End)?))
}

/// A long claim cut for a message.
fn shorten(s: &str) -> String {
    let head = clip(s, 80, false);
    if head.len() < s.len() {
        format!("{head}\u{2026}")
    } else {
        s.to_string()
    }
}

/// Class names come only from the schema's words (`other` for anything else), so a
/// hand-edited cell cannot add classes or attributes.
fn kind_class(checklist: &Checklist, row: usize) -> &'static str {
    Kind::parse(checklist.get(row, Col::Kind)).map_or("other", Kind::as_str)
}

fn status_class(checklist: &Checklist, row: usize) -> &'static str {
    Status::parse(checklist.get(row, Col::Status)).map_or("other", Status::as_str)
}

/// The highlight of a live row whose offsets were checked by [`check_row`].
fn row_span(text: &str, checklist: &Checklist, row: usize) -> Option<Span> {
    if is_stale(checklist, row) {
        return None;
    }
    let (start, end) = offsets(checklist, row)?;
    text.get(start..end).filter(|s| !s.is_empty())?;
    let get = |col| checklist.get(row, col);
    let mut title = get(Col::Kind).to_string();
    let value = [get(Col::Value), get(Col::Unit)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if !value.is_empty() {
        title.push_str(&format!(": {value}"));
    }
    for (label, col) in [
        ("qualifier", Col::Qualifier),
        ("score", Col::Score),
        ("speaker", Col::Speaker),
        ("status", Col::Status),
        ("verdict", Col::Verdict),
    ] {
        if !get(col).is_empty() {
            title.push_str(&format!("\n{label}: {}", get(col)));
        }
    }
    Some(Span {
        start,
        end,
        class: format!(
            "claim k-{} s-{}",
            kind_class(checklist, row),
            status_class(checklist, row)
        ),
        title,
        anchor: Some(anchor(row)),
    })
}

/// The columns of the list, in order.
const LIST_COLUMNS: [(&str, Col); 11] = [
    ("priority", Col::Priority),
    ("score", Col::Score),
    ("kind", Col::Kind),
    ("claim", Col::Claim),
    ("value", Col::Value),
    ("unit", Col::Unit),
    ("qualifier", Col::Qualifier),
    ("speaker", Col::Speaker),
    ("status", Col::Status),
    ("verdict", Col::Verdict),
    ("notes", Col::Notes),
];

/// The list of `rows`; `highlighted[i]` says whether `rows[i]` has a highlight to link to.
fn push_table(html: &mut String, checklist: &Checklist, rows: &[usize], highlighted: &[bool]) {
    html.push_str("<table>\n<thead><tr><th>#</th>");
    for (name, _) in LIST_COLUMNS {
        html.push_str(&format!("<th>{name}</th>"));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for (&row, &linked) in rows.iter().zip(highlighted) {
        html.push_str(&format!(
            "<tr class=\"row k-{} s-{}\"><td>{}</td>",
            kind_class(checklist, row),
            status_class(checklist, row),
            row + 1
        ));
        for (_, col) in LIST_COLUMNS {
            let cell = checklist.get(row, col);
            if col != Col::Claim {
                html.push_str("<td>");
                push_escaped(html, cell);
                html.push_str("</td>");
                continue;
            }
            // A contested claim is a whole sentence: the list shows its opening words, the
            // whole of it on hover and, one click away, in the article.
            let short = clip(cell, CLAIM_CHARS, true);
            html.push_str("<td class=\"claim-cell\"");
            if short.len() < cell.len() {
                html.push_str(" title=\"");
                push_escaped(html, cell);
                html.push('"');
            }
            html.push('>');
            if linked {
                html.push_str(&format!("<a href=\"#{}\">", anchor(row)));
            }
            push_escaped(html, short);
            if short.len() < cell.len() {
                html.push('\u{2026}');
            }
            if linked {
                html.push_str("</a>");
            }
            html.push_str("</td>");
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>\n</table>\n");
}

/// How much of a claim the list shows before an ellipsis.
const CLAIM_CHARS: usize = 120;

/// The first `chars` characters of `s` (all of it when shorter); with `words`, cut back to
/// the end of a word when one ends in the second half.
fn clip(s: &str, chars: usize, words: bool) -> &str {
    let Some((cut, _)) = s.char_indices().nth(chars) else {
        return s;
    };
    let head = &s[..cut];
    match head.rfind(' ') {
        Some(space) if words && space > cut / 2 => head[..space].trim_end(),
        _ => head,
    }
}

fn push_legend(html: &mut String) {
    html.push_str("<p class=\"legend\">Kinds: ");
    for kind in Kind::ALL {
        let word = kind.as_str();
        html.push_str(&format!(
            "<span class=\"claim k-{word} s-todo\">{word}</span> "
        ));
    }
    html.push_str("<br>Status (underline): ");
    for status in [Status::Todo, Status::Done, Status::Skipped] {
        let word = status.as_str();
        html.push_str(&format!(
            "<span class=\"claim k-date s-{word}\">{word}</span> "
        ));
    }
    html.push_str(
        "<span class=\"stale-sample\">stale</span> (listed, not highlighted). \
         Hover a highlight for its value, qualifier, score and speaker; \
         a claim in the list links to its highlight.</p>\n",
    );
}

const CSS: &str = "\
body { font: 15px/1.5 system-ui, sans-serif; margin: 1em 2em; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.4em; margin: 0.2em 0; }
h2 { font-size: 1.1em; margin: 1.5em 0 0.5em; border-bottom: 1px solid #ccc; }
.notice { background: #fff3cd; border: 1px solid #e0b400; padding: 0.4em 0.7em; }
.columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5em; align-items: start; }
@media (max-width: 900px) { .columns { grid-template-columns: minmax(0, 1fr); } }
.article { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif; font-size: 16px; }
.list { font-size: 12px; max-height: 90vh; overflow: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ddd; padding: 2px 4px; vertical-align: top; text-align: left; }
th { background: #f3f3f3; position: sticky; top: 0; }
td.claim-cell { min-width: 14em; }
tr.s-stale td { color: #888; text-decoration: line-through; }
mark.claim, span.claim { color: inherit; padding: 0 1px; border-bottom: 2px solid transparent; }
.claim:target { outline: 2px solid #d00; }
.k-count { background: #ffe08a; }
.k-percent { background: #b5e3ff; }
.k-fraction { background: #c9f0c0; }
.k-ratio { background: #d8ccff; }
.k-money { background: #ffc9a8; }
.k-quantity { background: #f5c6e8; }
.k-range { background: #c2f0ea; }
.k-change { background: #ffb8b8; }
.k-rank { background: #e6e6a0; }
.k-date { background: #dddddd; }
.k-other { background: #eeeeee; }
.k-contested { background: rgba(180, 140, 255, 0.18); }
tr.row { background: none; }
.claim.s-todo { border-bottom: 2px dashed #777; }
.claim.s-done { border-bottom: 2px solid #1a7f37; }
.claim.s-skipped { border-bottom: 2px dotted #999; }
.stale-sample { color: #888; text-decoration: line-through; }
.legend span { margin-right: 0.3em; }
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_claims_are_clipped_at_a_word_with_the_whole_on_hover() {
        assert_eq!(clip("short", 120, true), "short");
        assert_eq!(clip("one two three", 9, true), "one two");
        assert_eq!(clip("one two three", 9, false), "one two t");
        // No space in the second half: cut where the count ends, on a char boundary.
        assert_eq!(
            clip("a \u{201c}\u{201c}\u{201c}\u{201c}\u{201c}", 4, true),
            "a \u{201c}\u{201c}"
        );
        let claim = format!("{} <b>", "word ".repeat(40));
        let mut html = String::new();
        let checklist = checklist(&format!(
            "a,todo,,low,30,contested,{claim},,,,,,{claim},x.txt,1,0,{},\n",
            claim.len()
        ));
        push_table(&mut html, &checklist, &[0], &[false]);
        let shown = clip(&claim, CLAIM_CHARS, true);
        assert!(shown.len() < claim.len() && shown.ends_with("word"));
        assert!(html.contains(&format!(
            "<td class=\"claim-cell\" title=\"{} &lt;b&gt;\">{shown}\u{2026}</td>",
            claim.trim_end_matches(" <b>")
        )));
    }
    use std::path::Path;

    fn span(start: usize, end: usize, class: &str) -> Span {
        Span {
            start,
            end,
            class: class.to_string(),
            title: String::new(),
            anchor: None,
        }
    }

    /// Spans drawn as `[class|...]` instead of marks, to read the structure at a glance.
    fn shape(html: &str) -> String {
        html.replace("</mark>", "]")
            .replace("<mark class=\"", "[")
            .replace("\" title=\"\">", "|")
    }

    #[test]
    fn escapes_the_five_characters_and_nothing_else() {
        assert_eq!(
            escape_html("<script>alert('x & \"y\"')</script> £5 — é"),
            "&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt; £5 — é"
        );
        assert_eq!(escape_html(""), "");
        assert_eq!(escape_html("&amp;"), "&amp;amp;");
        assert_eq!(escape_html("plain"), "plain");
    }

    #[test]
    fn no_spans_is_the_escaped_text() {
        assert_eq!(highlight("a < b\nc", &[]), "a &lt; b\nc");
    }

    #[test]
    fn a_span_is_wrapped_with_class_title_and_anchor_escaped() {
        let s = Span {
            start: 2,
            end: 5,
            class: "claim k-count".into(),
            title: "count: 130 \"people\" <b>".into(),
            anchor: Some("claim-1".into()),
        };
        assert_eq!(
            highlight("a 130 b", &[s]),
            "a <mark class=\"claim k-count\" title=\"count: 130 &quot;people&quot; &lt;b&gt;\" \
             id=\"claim-1\">130</mark> b"
        );
    }

    #[test]
    fn spans_at_the_start_and_end_of_the_text() {
        let text = "12 cats and 7";
        let got = highlight(text, &[span(0, 2, "a"), span(12, 13, "b")]);
        assert_eq!(shape(&got), "[a|12] cats and [b|7]");
        assert_eq!(shape(&highlight("xy", &[span(0, 2, "w")])), "[w|xy]");
    }

    #[test]
    fn adjacent_spans_stay_apart() {
        let got = highlight("abcdef", &[span(3, 6, "b"), span(0, 3, "a")]);
        assert_eq!(shape(&got), "[a|abc][b|def]");
    }

    #[test]
    fn a_figure_inside_a_sentence_nests() {
        // The contested sentence outside, its figure inside, whichever comes first.
        let text = "He said 130 died. Next.";
        let got = highlight(text, &[span(8, 11, "fig"), span(0, 17, "sent")]);
        assert_eq!(shape(&got), "[sent|He said [fig|130] died.] Next.");
        // Same start: the longer span is outside.
        let got = highlight("130 died.", &[span(0, 3, "fig"), span(0, 9, "sent")]);
        assert_eq!(shape(&got), "[sent|[fig|130] died.]");
        // Same end.
        let got = highlight("He said 130", &[span(8, 11, "fig"), span(0, 11, "sent")]);
        assert_eq!(shape(&got), "[sent|He said [fig|130]]");
    }

    #[test]
    fn crossing_spans_are_split_and_stay_well_formed() {
        // "between 300 and 400" (0..19) and "400 people" (16..26) cross at 16..19.
        let text = "between 300 and 400 people";
        let a = Span {
            anchor: Some("claim-1".into()),
            ..span(0, 19, "range")
        };
        let b = Span {
            anchor: Some("claim-2".into()),
            ..span(16, 26, "count")
        };
        let got = highlight(text, &[a, b]);
        assert_eq!(
            got,
            "<mark class=\"range\" title=\"\" id=\"claim-1\">between 300 and \
             <mark class=\"count\" title=\"\" id=\"claim-2\">400</mark></mark>\
             <mark class=\"count\" title=\"\"> people</mark>"
        );
        // Three-deep crossing: the inner ones are reopened in order, the id only once.
        let got = highlight(
            "abcdefgh",
            &[span(0, 4, "a"), span(1, 6, "b"), span(2, 8, "c")],
        );
        assert_eq!(shape(&got), "[a|a[b|b[c|cd]]][b|[c|ef]][c|gh]");
    }

    #[test]
    fn identical_spans_both_show() {
        let got = highlight("x 5 y", &[span(2, 3, "one"), span(2, 3, "two")]);
        assert_eq!(shape(&got), "x [one|[two|5]] y");
    }

    #[test]
    fn multibyte_text_and_bad_spans() {
        let text = "“£350m” — €5";
        // "£350m" is bytes 3..9 (“ is 3 bytes, £ is 2); "€5" is the last 4 bytes.
        assert_eq!(&text[3..9], "£350m");
        let euro = text.len() - 4;
        let got = highlight(
            text,
            &[
                span(3, 9, "money"),
                span(euro, text.len(), "eur"),
                span(1, 4, "mid-char"), // not on a character boundary: left out
                span(5, 5, "empty"),    // empty: left out
                span(9, 99, "past-end"), // past the end: left out
                span(7, 4, "backwards"), // start after end: left out
            ],
        );
        assert_eq!(shape(&got), "“[money|£350m]” — [eur|€5]");
        assert_eq!(highlight("", &[span(0, 1, "x")]), "");
    }

    #[test]
    fn html_in_the_text_is_escaped_inside_and_outside_marks() {
        let text = "<script>x</script> & 'q'";
        let got = highlight(text, &[span(0, 8, "s")]);
        assert_eq!(
            shape(&got),
            "[s|&lt;script&gt;]x&lt;/script&gt; &amp; &#39;q&#39;"
        );
    }

    proptest::proptest! {
        /// Any spans over any text: the marks balance, each usable span's anchor appears once (others none), and
        /// taking the marks away leaves exactly the escaped text.
        #[test]
        fn highlight_is_always_well_formed(
            text in "[a<&\"'é€\n ]{0,24}",
            raw in proptest::collection::vec((0usize..40, 0usize..40), 0..8),
        ) {
            let spans: Vec<Span> = raw
                .iter()
                .enumerate()
                .map(|(i, &(start, end))| Span {
                    anchor: Some(format!("a{i}")),
                    ..span(start, end, "k")
                })
                .collect();
            let html = highlight(&text, &spans);
            let mut depth = 0i32;
            let mut plain = String::new();
            let mut rest = html.as_str();
            while let Some(at) = rest.find('<') {
                plain.push_str(&rest[..at]);
                let tag_end = rest[at..].find('>').expect("a tag closes") + at;
                let tag = &rest[at..=tag_end];
                if tag == "</mark>" {
                    depth -= 1;
                } else {
                    proptest::prop_assert!(tag.starts_with("<mark class=\"k\""), "{}", tag);
                    depth += 1;
                }
                proptest::prop_assert!(depth >= 0, "{}", html);
                rest = &rest[tag_end + 1..];
            }
            plain.push_str(rest);
            proptest::prop_assert_eq!(depth, 0);
            proptest::prop_assert_eq!(plain, escape_html(&text));
            for (i, s) in spans.iter().enumerate() {
                let usable = s.start < s.end && text.get(s.start..s.end).is_some();
                let id = format!("id=\"a{i}\"");
                proptest::prop_assert_eq!(html.matches(&id).count(), usize::from(usable));
            }
        }
    }

    const HEAD: &str = "id,status,verdict,priority,score,kind,claim,value,unit,qualifier,cues,speaker,sentence,source,line,start,end,notes\n";

    fn checklist(rows: &str) -> Checklist {
        Checklist::parse(format!("{HEAD}{rows}").as_bytes(), Path::new("c.csv")).unwrap()
    }

    #[test]
    fn rows_are_checked_against_their_article() {
        let text = "It cost “£5m”, he said.";
        let c = checklist(
            "a,todo,,high,60,money,£5m,5000000,GBP,exact,,,s,x.txt,1,11,15,\n\
             b,todo,,high,60,money,£5m,5000000,GBP,exact,,,s,x.txt,1,10,15,\n\
             c,todo,,high,60,money,£6m,6000000,GBP,exact,,,s,x.txt,1,11,15,\n\
             d,todo,,high,60,money,£5m,5000000,GBP,exact,,,s,x.txt,1,11,99,\n\
             e,stale,,high,60,money,£5m,5000000,GBP,exact,,,s,x.txt,1,11,99,\n\
             f,todo,,high,60,contested,\"It cost “£5m”,\n he said.\",,,exact,,,s,x.txt,1,0,28,\n\
             g,todo,,high,60,money,£5m,5000000,GBP,exact,,,s,x.txt,1,eleven,15,\n",
        );
        assert_eq!(&text[11..15], "£5m");
        assert_eq!(check_row(text, &c, 0), Ok(()));
        assert!(
            check_row(text, &c, 1)
                .unwrap_err()
                .contains("character boundaries")
        );
        assert!(
            check_row(text, &c, 2)
                .unwrap_err()
                .contains("no longer has")
        );
        assert!(
            check_row(text, &c, 3)
                .unwrap_err()
                .contains("outside the article")
        );
        assert_eq!(check_row(text, &c, 4), Ok(()), "stale rows are not checked");
        assert_eq!(check_row(text, &c, 5), Ok(()), "contested: words compared");
        assert!(
            check_row(text, &c, 6)
                .unwrap_err()
                .contains("not byte offsets")
        );
    }

    #[test]
    fn a_page_groups_sources_and_leaves_out_highlights_of_a_changed_article() {
        let c = checklist(
            "a,todo,,high,60,count,7 <b>,7,<b>,exact,,Ann & Bo,s,one.txt,1,3,8,note <i>\n\
             b,done,accurate,low,10,count,9 cats,9,cats,exact,,,s,two.txt,1,0,6,\n\
             c,stale,,low,10,count,3 dogs,3,dogs,exact,,,s,one.txt,1,50,56,\n",
        );
        let report = render("r <t>", &c, |source| match source {
            "one.txt" => Ok("So 7 <b> ran.".to_string()),
            "two.txt" => Ok("8 cats".to_string()),
            _ => Err("missing".to_string()),
        });
        let html = &report.html;
        assert_eq!(
            report.problems,
            vec![(
                "two.txt".to_string(),
                "row 2: the article no longer has \u{201c}9 cats\u{201d} at bytes 0..6".to_string()
            )]
        );
        assert!(html.contains("<title>r &lt;t&gt;</title>"));
        assert!(html.contains(
            "So <mark class=\"claim k-count s-todo\" title=\"count: 7 &lt;b&gt;\nqualifier: exact\n\
             score: 60\nspeaker: Ann &amp; Bo\nstatus: todo\" id=\"claim-1\">7 &lt;b&gt;</mark> ran."
        ));
        assert_eq!(
            html.matches("id=\"claim-").count(),
            1,
            "only row 1 is highlighted"
        );
        assert_eq!(html.matches("<tr class=\"row").count(), 3);
        assert_eq!(html.matches(CHANGED_NOTICE).count(), 1);
        assert!(
            html.contains("<td class=\"claim-cell\"><a href=\"#claim-1\">7 &lt;b&gt;</a></td>")
        );
        assert!(html.contains("<td>note &lt;i&gt;</td>"));
        assert!(html.contains("<tr class=\"row k-count s-stale\"><td>3</td>"));
        // one.txt's section comes first and holds rows 1 and 3.
        let one = html.find("<h2>one.txt</h2>").unwrap();
        let two = html.find("<h2>two.txt</h2>").unwrap();
        let row3 = html.find("<td>3</td>").unwrap();
        assert!(one < row3 && row3 < two);
        assert!(!html.contains("<b>") && !html.contains("<i>"));
    }

    #[test]
    fn unknown_kinds_and_statuses_get_a_neutral_class() {
        let c =
            checklist("a,\"x\"\" onclick=\"\"a\",,high,60,\"<k>\",7,7,,exact,,,s,one.txt,1,0,1,\n");
        let report = render("t", &c, |_| Ok("7".to_string()));
        assert!(
            report
                .html
                .contains("<mark class=\"claim k-other s-other\"")
        );
        assert!(!report.html.contains("onclick=\"a"));
        assert!(report.html.contains("status: x&quot; onclick=&quot;a\""));
    }
}
