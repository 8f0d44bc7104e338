//! The one CSV writer of checklists: `extract`'s output (stdout and `-o`), `--update`,
//! `review` and `mark` all write through it, so every checklist has the same form.

use std::io::{self, Write};

use super::cell::needs_escape;
use crate::swar;

/// The UTF-8 byte order mark that `--excel` puts first: without it Excel reads a CSV as the
/// local code page and turns "£" and "—" into mojibake.
pub const BOM: &[u8] = "\u{feff}".as_bytes();

/// Writes RFC 4180 records of spreadsheet-safe cells.
///
/// Fields that hold a comma, a quote, CR or LF are quoted, quotes doubled; records end in LF
/// (every spreadsheet and CSV library reads it, and it keeps diffs of committed checklists
/// clean); every cell goes through [`escape`](super::escape). Each record is made by
/// [`append_row`], the same function `extract` writes its blocks of rows with, so the two
/// cannot drift apart.
pub struct Writer<W: Write> {
    out: io::BufWriter<W>,
    /// The record being made, reused.
    record: Vec<u8>,
    /// The number of cells of the first record: every record must have as many (as the csv
    /// writer this replaced required).
    width: Option<usize>,
}

impl<W: Write> Writer<W> {
    /// A writer on `out`; with `bom` a UTF-8 byte order mark is written first.
    pub fn new(out: W, bom: bool) -> io::Result<Writer<W>> {
        let mut out = io::BufWriter::new(out);
        if bom {
            out.write_all(BOM)?;
        }
        Ok(Writer {
            out,
            record: Vec::new(),
            width: None,
        })
    }

    /// Writes one record (the header or a row).
    pub fn write_row<I, S>(&mut self, cells: I) -> io::Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.record.clear();
        let width = append_row(&mut self.record, cells);
        let expected = *self.width.get_or_insert(width);
        if width != expected {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("a record of {width} cells where the first had {expected}"),
            ));
        }
        self.out.write_all(&self.record)
    }

    /// Flushes the buffered rows to the underlying writer.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Flushes and hands back the underlying writer.
    pub fn into_inner(self) -> io::Result<W> {
        self.out.into_inner().map_err(|e| e.into_error())
    }
}

/// Appends one record of `cells` to `buf` and returns how many cells it has: each cell
/// escaped for spreadsheets, and quoted as the csv crate quotes (its `Necessary` style): a
/// cell holding a comma, a quote, CR or LF is put in quotes with its quotes doubled, and a
/// record of one empty cell is written `""` so it is not an empty line. `extract` writes a
/// record per row into a block's buffer with it.
///
/// Written by hand rather than through csv-core: its writer tests the cell a byte at a time
/// through a table, then copies it through a scratch buffer, which was a tenth of a CSV run;
/// here the test reads eight bytes at a time and a cell that needs no quotes is copied once.
pub fn append_row<I, S>(buf: &mut Vec<u8>, cells: I) -> usize
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let start = buf.len();
    let mut width = 0;
    for cell in cells {
        let cell = cell.as_ref();
        if width > 0 {
            buf.push(b',');
        }
        width += 1;
        // The apostrophe of an escaped cell is no byte that needs quotes, so whether to
        // quote depends on the cell alone, and no escaped copy is made.
        let apostrophe = needs_escape(cell);
        let cell = cell.as_bytes();
        if needs_quotes(cell) {
            buf.push(b'"');
            if apostrophe {
                buf.push(b'\'');
            }
            let mut copied = 0;
            while let Some(k) = swar::find_byte(&cell[copied..], b'"') {
                // Up to and including the quote, then the quote once more.
                let quote = copied + k;
                buf.extend_from_slice(&cell[copied..=quote]);
                buf.push(b'"');
                copied = quote + 1;
            }
            buf.extend_from_slice(&cell[copied..]);
            buf.push(b'"');
        } else {
            if apostrophe {
                buf.push(b'\'');
            }
            buf.extend_from_slice(cell);
        }
    }
    if buf.len() == start {
        buf.extend_from_slice(b"\"\"");
    }
    buf.push(b'\n');
    width
}

/// True when a cell holds a comma, a quote, CR or LF: the bytes the csv crate's writer
/// quotes a cell for (its reader ends a record at CR as well as at LF).
fn needs_quotes(cell: &[u8]) -> bool {
    let mut i = 0;
    while let Some(x) = swar::load8(cell, i) {
        // `has_byte` is exact about whether any byte matches, which is all this asks.
        if swar::has_byte(x, b',')
            | swar::has_byte(x, b'"')
            | swar::has_byte(x, b'\r')
            | swar::has_byte(x, b'\n')
            != 0
        {
            return true;
        }
        i += 8;
    }
    cell.get(i..)
        .unwrap_or_default()
        .iter()
        .any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The record the csv crate writes for the escaped cells: what checklists were written
    /// with before `append_row` quoted by hand, and what every reader of them expects.
    fn csv_crate_record(cells: &[&str]) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
        w.write_record(cells.iter().map(|c| super::super::escape(c).into_owned()))
            .expect("writing to a Vec");
        w.into_inner().expect("flushing a Vec")
    }

    #[test]
    fn records_are_quoted_as_the_csv_crate_quotes_them() {
        let cells = [
            "",
            "plain",
            "a, b",
            "say \"no\"",
            "\"",
            "\"\"",
            "line\nbreak",
            "cr\r",
            "=1+2",
            "-5",
            "-x, \"y\"",
            "'quoted'",
            "£350m, “curly”",
            "eight by,eight by",
            "sixteen bytes!!\"",
        ];
        for a in cells {
            for b in cells {
                let mut buf = b"kept".to_vec();
                assert_eq!(append_row(&mut buf, [a, b]), 2);
                assert_eq!(&buf[4..], csv_crate_record(&[a, b]), "{a:?} {b:?}");
            }
            let mut buf = Vec::new();
            append_row(&mut buf, [a]);
            assert_eq!(buf, csv_crate_record(&[a]), "{a:?}");
        }
        // One empty cell is a quoted empty cell, not an empty line.
        let mut buf = Vec::new();
        append_row(&mut buf, [""]);
        assert_eq!(buf, b"\"\"\n");
        let mut buf = Vec::new();
        assert_eq!(append_row(&mut buf, ["a", "", ""]), 3);
        assert_eq!(buf, b"a,,\n");
    }
}
