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

/// Appends one record to `buf` exactly as [`Writer::write_row`] writes it (the same cell
/// escaping, and csv-core, the engine under the csv crate, for quoting), without a writer:
/// `extract` writes a record per row into a block's buffer, and a csv writer made per row
/// allocated its 8 KiB buffer each time.
pub fn append_row<'a>(buf: &mut Vec<u8>, cells: impl IntoIterator<Item = &'a str>) {
    let mut w = csv_core::Writer::new();
    let mut out = [0u8; 1024];
    for (k, cell) in cells.into_iter().enumerate() {
        if k > 0 {
            let (_, n) = w.delimiter(&mut out);
            buf.extend_from_slice(&out[..n]);
        }
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
    // The terminator closes an open quote first, as the delimiter does.
    let (_, n) = w.terminator(&mut out);
    buf.extend_from_slice(&out[..n]);
}

fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}
