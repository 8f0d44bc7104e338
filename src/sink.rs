//! Where rows go: CSV, JSON Lines or one JSON array, behind one [`Sink`] trait.
//!
//! The extractor pushes rows into a sink document by document rather than handing back one
//! big list, so a run over an archive streams: memory holds one document's rows, and
//! `claimsift extract --format jsonl` can sit in a pipeline (GNU parallel, Spark's `pipe`)
//! and emit rows as it goes.

use std::io::{self, Write};

use serde::Serialize;
use serde::ser::Serializer;

use crate::checklist::{self, HEADER, UniqueIds, claim_cells};
use crate::claim::{Claim, round_value};

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Format {
    /// The checklist CSV (the default): DESIGN.md's header, one row per claim.
    #[default]
    Csv,
    /// One JSON object per line, the CSV's field names; numbers are JSON numbers.
    Jsonl,
    /// One JSON array of the same objects.
    Json,
}

/// Receives checklist rows.
pub trait Sink {
    /// Writes the rows of one document, in the order given.
    fn write_claims(&mut self, claims: &[Claim]) -> io::Result<()>;
    /// Ends the output (closes the JSON array, flushes).
    fn finish(&mut self) -> io::Result<()>;
}

/// A sink for `format` writing to `out`; `explain` adds the `explain` field with the terms
/// behind each score.
pub fn sink<'a, W: Write + 'a>(
    format: Format,
    out: W,
    explain: bool,
) -> io::Result<Box<dyn Sink + 'a>> {
    sink_with(format, out, explain, false)
}

/// Like [`sink`]; `bom` starts CSV output with a UTF-8 byte order mark (`--excel`).
pub fn sink_with<'a, W: Write + 'a>(
    format: Format,
    out: W,
    explain: bool,
    bom: bool,
) -> io::Result<Box<dyn Sink + 'a>> {
    Ok(match format {
        Format::Csv => Box::new(CsvSink::new(out, explain, bom)?),
        Format::Jsonl => Box::new(JsonSink {
            out,
            explain,
            array: false,
            written: 0,
        }),
        Format::Json => Box::new(JsonSink {
            out,
            explain,
            array: true,
            written: 0,
        }),
    })
}

/// The checklist CSV, written through [`checklist::Writer`] (spreadsheet-safe cells, the
/// same form as every checklist `review`, `mark` and `--update` save), with ids made unique
/// across documents ([`UniqueIds`]) so the file can be reviewed and updated.
pub struct CsvSink<W: Write> {
    writer: checklist::Writer<W>,
    explain: bool,
    ids: UniqueIds,
}

impl<W: Write> CsvSink<W> {
    /// Writes the header at once, so a document with no claims still gives a valid checklist;
    /// `bom` puts a UTF-8 byte order mark first (for Excel).
    pub fn new(out: W, explain: bool, bom: bool) -> io::Result<CsvSink<W>> {
        let mut writer = checklist::Writer::new(out, bom)?;
        if explain {
            writer.write_row(HEADER.iter().chain(&["explain"]))?;
        } else {
            writer.write_row(HEADER)?;
        }
        Ok(CsvSink {
            writer,
            explain,
            ids: UniqueIds::new(),
        })
    }
}

impl<W: Write> Sink for CsvSink<W> {
    fn write_claims(&mut self, claims: &[Claim]) -> io::Result<()> {
        for c in claims {
            let mut cells = claim_cells(c);
            if let Some(id) = self.ids.rename(&c.id) {
                cells[checklist::Col::Id as usize] = id;
            }
            if self.explain {
                let explain = c.explain.join(" ");
                self.writer
                    .write_row(cells.iter().map(String::as_str).chain([explain.as_str()]))?;
            } else {
                self.writer.write_row(&cells)?;
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// JSON Lines, or a JSON array when `array` is set.
struct JsonSink<W: Write> {
    out: W,
    explain: bool,
    array: bool,
    written: usize,
}

impl<W: Write> Sink for JsonSink<W> {
    fn write_claims(&mut self, claims: &[Claim]) -> io::Result<()> {
        for c in claims {
            if self.array {
                self.out
                    .write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
            }
            serde_json::to_writer(&mut self.out, &JsonClaim::new(c, self.explain))?;
            if !self.array {
                self.out.write_all(b"\n")?;
            }
            self.written += 1;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        if self.array {
            self.out
                .write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()
    }
}

/// A row as JSON: the CSV's fields with the same names; value, score, line, start and end as
/// numbers; a range as numeric `low` and `high` beside a null `value`.
#[derive(Serialize)]
struct JsonClaim<'a> {
    id: &'a str,
    status: &'static str,
    verdict: &'a str,
    priority: &'static str,
    score: u8,
    kind: &'static str,
    claim: &'a str,
    #[serde(serialize_with = "number")]
    value: Option<f64>,
    #[serde(serialize_with = "number")]
    low: Option<f64>,
    #[serde(serialize_with = "number")]
    high: Option<f64>,
    unit: &'a str,
    qualifier: &'static str,
    cues: String,
    speaker: Option<&'a str>,
    sentence: &'a str,
    source: &'a str,
    line: usize,
    start: usize,
    end: usize,
    notes: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    explain: Option<String>,
}

impl<'a> JsonClaim<'a> {
    fn new(c: &'a Claim, explain: bool) -> JsonClaim<'a> {
        let (low, high) = c.value.range().unzip();
        JsonClaim {
            id: &c.id,
            status: c.status.as_str(),
            verdict: &c.verdict,
            priority: c.priority().as_str(),
            score: c.score,
            kind: c.kind.as_str(),
            claim: &c.claim,
            value: c.value.number(),
            low,
            high,
            unit: &c.unit,
            qualifier: c.qualifier.as_str(),
            cues: c.cues_cell(),
            speaker: c.speaker.as_deref(),
            sentence: &c.sentence,
            source: &c.source,
            line: c.line,
            start: c.start,
            end: c.end,
            notes: &c.notes,
            explain: explain.then(|| c.explain.join(" ")),
        }
    }
}

/// Whole numbers as JSON integers (`1130000000`, not `1130000000.0`), others rounded as the
/// CSV shows them, so both formats carry the same value.
fn number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v.map(round_value) {
        None => s.serialize_none(),
        Some(v) if v.fract() == 0.0 && v.abs() < 9.0e15 => s.serialize_i64(v as i64),
        Some(v) if v.is_finite() => s.serialize_f64(v),
        Some(_) => s.serialize_none(),
    }
}
