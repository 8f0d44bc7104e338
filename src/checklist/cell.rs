//! Spreadsheet-safe cells: how a cell is written so that no spreadsheet runs it as a formula,
//! and how reading undoes exactly that.
//!
//! The scheme (OWASP's CSV-injection advice, made reversible):
//!
//! * A cell is written with one extra leading apostrophe `'` when it starts with `=`, `+`,
//!   `-`, `@`, a tab, a carriage return or a line feed (after any leading spaces), when it
//!   starts with an apostrophe itself, or with U+FEFF (which a reader would take for a BOM).
//! * Exceptions: a plain decimal number or a range of two (`-5`, `-0.25`, `-10..15`) is
//!   written as it is, so a fall stays a number a spreadsheet can sum; and so is a lone `-`
//!   (the `source` of standard input, a common "none" in hand-typed cells). Such cells hold
//!   only digits, `-` and `.`, so they cannot call anything.
//! * Reading removes one leading apostrophe from every cell that has one, and nothing else.
//!
//! This is unambiguous: every cell that starts with `'` on disk was escaped by the writer
//! (an apostrophe is itself a trigger), so a cell that legitimately starts with `'` is
//! written `''…` and reads back as `'…`. Write-then-read is the identity for every string
//! (a property test proves it).
//!
//! Why an apostrophe everywhere and never a leading space: the apostrophe is the marker
//! spreadsheets themselves use for "this is text", while a space is undone by importers that
//! trim (LibreOffice's "Trim spaces" CSV option turned `" =1+2"` back into a live formula when
//! we tried it), which is also why a trigger after leading spaces is escaped too.

use std::borrow::Cow;

/// The cell as written to the file: with one leading apostrophe when a spreadsheet could
/// take it for a formula (or when it starts with an apostrophe or U+FEFF), else unchanged.
#[inline]
pub fn escape(cell: &str) -> Cow<'_, str> {
    if needs_escape(cell) {
        let mut s = String::with_capacity(cell.len() + 1);
        s.push('\'');
        s.push_str(cell);
        Cow::Owned(s)
    } else {
        Cow::Borrowed(cell)
    }
}

/// The cell as it was before [`escape`]: one leading apostrophe removed, if there is one.
pub fn unescape(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}

/// True when [`escape`] adds an apostrophe.
#[inline]
pub fn needs_escape(cell: &str) -> bool {
    // Hot: every cell of every row `extract` writes comes here, and almost all of them
    // start with a letter or a digit, which the first arm settles.
    match cell.as_bytes().first() {
        None => false,
        Some(b)
            if !matches!(
                b,
                b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r' | b'\n' | b'\'' | b' ' | 0xEF
            ) =>
        {
            false
        }
        Some(b'\'') => true,
        // U+FEFF is EF BB BF in UTF-8.
        Some(0xEF) => cell.starts_with('\u{feff}'),
        Some(b'-') => !(cell == "-" || is_plain_number(cell)),
        Some(b' ') => matches!(
            cell.trim_start_matches(' ').as_bytes().first(),
            Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r' | b'\n')
        ),
        Some(_) => true,
    }
}

/// `-?D+(.D+)?` optionally followed by `..` and a second such number: the `value` column's
/// numbers and ranges, which spreadsheets read as numbers (or as text), never as a formula.
pub fn is_plain_number(cell: &str) -> bool {
    fn number(b: &[u8]) -> Option<&[u8]> {
        let b = b.strip_prefix(b"-").unwrap_or(b);
        let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            return None;
        }
        let b = b.get(digits..)?;
        match b {
            [b'.', d, ..] if d.is_ascii_digit() => {
                let tail = b.get(1..)?;
                let frac = tail.iter().take_while(|c| c.is_ascii_digit()).count();
                tail.get(frac..)
            }
            _ => Some(b),
        }
    }
    let Some(rest) = number(cell.as_bytes()) else {
        return false;
    };
    match rest {
        [] => true,
        [b'.', b'.', tail @ ..] => number(tail).is_some_and(<[u8]>::is_empty),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_triggers_get_an_apostrophe() {
        for (cell, written) in [
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "'=HYPERLINK(\"http://x\",\"y\")",
            ),
            ("+SUM(1,2)", "'+SUM(1,2)"),
            ("-2+3", "'-2+3"),
            ("@cmd", "'@cmd"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("\nx", "'\nx"),
            ("  =1+2", "'  =1+2"),
            ("'quoted'", "''quoted'"),
            ("''", "'''"),
            ("\u{feff}x", "'\u{feff}x"),
            ("- a list item", "'- a list item"),
            ("-.5", "'-.5"),
            ("-5.", "'-5."),
            ("-1e5", "'-1e5"),
            ("-10..", "'-10.."),
            (" -5", "' -5"),
        ] {
            assert_eq!(escape(cell), written, "{cell:?}");
            assert_eq!(unescape(&escape(cell)), cell, "{cell:?}");
        }
    }

    #[test]
    fn numbers_ranges_and_plain_text_stay_as_they_are() {
        for cell in [
            "", "-", "-5", "-0.25", "130", "-10..15", "-10..-5", "0.6667", "300..400", "a = b",
            "x'", " x", "e=mc2", "£350m", "—5", "−5",
        ] {
            assert_eq!(escape(cell), cell, "{cell:?}");
            assert!(matches!(escape(cell), Cow::Borrowed(_)));
            assert_eq!(unescape(cell), cell);
        }
    }

    #[test]
    fn plain_numbers() {
        assert!(is_plain_number("5"));
        assert!(is_plain_number("-5.5..-2"));
        assert!(!is_plain_number("5..-"));
        assert!(!is_plain_number("--5"));
        assert!(!is_plain_number("-5-3"));
        assert!(!is_plain_number("-5...6"));
    }
}
