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
/// clean); every cell goes through [`escape`](super::escape).
pub struct Writer<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> Writer<W> {
    /// A writer on `out`; with `bom` a UTF-8 byte order mark is written first.
    pub fn new(mut out: W, bom: bool) -> io::Result<Writer<W>> {
        if bom {
            out.write_all(BOM)?;
        }
        Ok(Writer {
            inner: csv::WriterBuilder::new().from_writer(out),
        })
    }

    /// Writes one record (the header or a row).
    pub fn write_row<I, S>(&mut self, cells: I) -> io::Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for cell in cells {
            let cell = cell.as_ref();
            // No Cow on the common path: this loop runs for every cell `extract` writes.
            if needs_escape(cell) {
                self.inner
                    .write_field(escape(cell).as_bytes())
                    .map_err(csv_io)?;
            } else {
                self.inner.write_field(cell.as_bytes()).map_err(csv_io)?;
            }
        }
        // An empty iterator ends the record (csv's documented way after write_field).
        self.inner.write_record(None::<&[u8]>).map_err(csv_io)
    }

    /// Flushes the buffered rows to the underlying writer.
    pub fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }

    /// Flushes and hands back the underlying writer.
    pub fn into_inner(self) -> io::Result<W> {
        self.inner.into_inner().map_err(|e| e.into_error())
    }
}

fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}
