//! The one CSV writer of checklists: `extract`'s output (stdout and `-o`), `--update`,
//! `review` and `mark` all write through it, so every checklist has the same form.

use std::io::{self, Write};

use super::cell::{escape, needs_escape};

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
/// escaped for spreadsheets, and quoted by csv-core, the engine inside the csv crate.
/// `extract` writes a record per row into a block's buffer with it, where a csv writer made
/// per row allocated its 8 KiB buffer each time.
pub fn append_row<I, S>(buf: &mut Vec<u8>, cells: I) -> usize
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut w = csv_core::Writer::new();
    let mut out = [0u8; 1024];
    let mut width = 0;
    for cell in cells {
        let cell = cell.as_ref();
        if width > 0 {
            let (_, n) = w.delimiter(&mut out);
            buf.extend_from_slice(&out[..n]);
        }
        width += 1;
        // No Cow on the common path: this runs for every cell `extract` writes.
        let escaped;
        let mut input = if needs_escape(cell) {
            escaped = escape(cell);
            escaped.as_bytes()
        } else {
            cell.as_bytes()
        };
        loop {
            let (result, read, wrote) = w.field(input, &mut out);
            buf.extend_from_slice(&out[..wrote]);
            input = &input[read..];
            if result == csv_core::WriteResult::InputEmpty {
                break;
            }
        }
    }
    // The terminator closes an open quote first, as the delimiter does; a record of no
    // cells is written as one empty quoted cell, as the csv crate writes it.
    let (_, n) = w.terminator(&mut out);
    buf.extend_from_slice(&out[..n]);
    width
}
