//! Where rows go: CSV, JSON Lines or one JSON array, behind one [`Sink`] trait.
//!
//! The extractor pushes rows into a sink document by document rather than handing back one
//! big list, so a run over an archive streams: memory holds one document's rows, and
//! `claimsift extract --format jsonl` can sit in a pipeline (GNU parallel, Spark's `pipe`)
//! and emit rows as it goes.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};

use crate::checklist::{self, HEADER, IdKey, UniqueIds};
use crate::claim::{Claim, round_value};
use crate::claim::{decimal_bytes, few_decimals};
use crate::parallel;
use crate::swar;

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
    fn write_claims(&mut self, claims: &[Claim]) -> io::Result<()> {
        self.write_claim_refs(&claims.iter().collect::<Vec<_>>())
    }
    /// Writes the rows of one document, in the order given, wherever they are (as
    /// [`crate::Ranked::refs`] gives them).
    fn write_claim_refs(&mut self, claims: &[&Claim]) -> io::Result<()>;
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
            ids: UniqueIds::new(),
        }),
        Format::Json => Box::new(JsonSink {
            out,
            explain,
            array: true,
            written: 0,
            ids: UniqueIds::new(),
        }),
    })
}

/// Rows serialised per block: large enough to amortise a thread hand-over, small enough that
/// the blocks of a 150,000-row document spread over the cores.
const BLOCK_ROWS: usize = 4096;

/// A new buffer for blocks of `rows` rows at most, sized for news rows (a JSON row of a wire
/// archive is about 470 bytes): grown by doubling from empty, the buffers were copied a few
/// megabytes at a time, 2% of a run.
fn block_buffer(rows: usize) -> Vec<u8> {
    Vec::with_capacity(rows.min(BLOCK_ROWS) * 640)
}

/// Serialises `claims` block by block on all cores with `row` (which gets the row, its index
/// in `claims` and its id in the output), writing the blocks to `out` in order as they come.
/// Serialising was a quarter of a Reuters run on one core. The calling thread takes the ids
/// and writes while the other threads serialise the next blocks: done in turns, the writes
/// (84 MB for the Reuters bodies) left the cores idle for a tenth of a run. A bounded queue
/// and reused buffers keep the memory to a few blocks per core: fresh buffers cost a page
/// fault per 4 KiB.
///
/// Ids must be unique in the output, an earlier row keeping its id: each block is written as
/// if its ids were free and hands back their keys, which are then taken in order; a block
/// with an id already taken (rows of two articles sharing a sentence) is written again with
/// the ids it got. Taking the ids in order before writing read every row's id at a random
/// place in memory, on one core: a tenth of a run.
fn write_rows<W: Write, S: Default>(
    out: &mut W,
    claims: &[&Claim],
    ids: &mut UniqueIds,
    row: impl Fn(&mut Vec<u8>, &mut S, &Claim, usize, &str) -> io::Result<()> + Sync,
) -> io::Result<()> {
    ids.make_room(claims.len());
    let block = |from: usize| {
        claims
            .iter()
            .copied()
            .enumerate()
            .skip(from)
            .take(BLOCK_ROWS)
    };
    let serialise = |from: usize, mut buf: Vec<u8>| {
        buf.clear();
        let mut keys = Vec::with_capacity(BLOCK_ROWS);
        let mut scratch = S::default();
        for (i, c) in block(from) {
            keys.push(IdKey::of(&c.id));
            row(&mut buf, &mut scratch, c, i, &c.id)?;
        }
        Ok::<_, io::Error>((buf, keys))
    };
    // Takes the ids of a serialised block and writes it; hands the buffer back.
    let mut write_block = |from: usize, mut buf: Vec<u8>, keys: Vec<IdKey>| {
        let mut renamed: Vec<(usize, String)> = Vec::new();
        for ((i, c), key) in block(from).zip(keys) {
            if !ids.take(key) {
                renamed.push((i, ids.next_free(&c.id)));
            }
        }
        if !renamed.is_empty() {
            buf.clear();
            let mut renamed = renamed.into_iter().peekable();
            let mut scratch = S::default();
            for (i, c) in block(from) {
                match renamed.next_if(|(r, _)| *r == i) {
                    Some((_, id)) => row(&mut buf, &mut scratch, c, i, &id)?,
                    None => row(&mut buf, &mut scratch, c, i, &c.id)?,
                }
            }
        }
        out.write_all(&buf)?;
        Ok::<_, io::Error>(buf)
    };
    let blocks = claims.len().div_ceil(BLOCK_ROWS);
    let threads = parallel::threads().min(blocks);
    if threads <= 1 {
        let mut buf = block_buffer(claims.len());
        for b in 0..blocks {
            let (filled, keys) = serialise(b * BLOCK_ROWS, buf)?;
            buf = write_block(b * BLOCK_ROWS, filled, keys)?;
        }
        return Ok(());
    }
    let next = AtomicUsize::new(0);
    let pool: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        let (done, arrived) = mpsc::sync_channel(2 * threads);
        for _ in 0..threads {
            let done = done.clone();
            let (next, pool, serialise) = (&next, &pool, &serialise);
            scope.spawn(move || {
                loop {
                    let b = next.fetch_add(1, Ordering::Relaxed);
                    if b >= blocks {
                        break;
                    }
                    let buf = pool.lock().ok().and_then(|mut p| p.pop());
                    let result = serialise(
                        b * BLOCK_ROWS,
                        buf.unwrap_or_else(|| block_buffer(BLOCK_ROWS)),
                    );
                    // The receiver is gone when writing failed: stop.
                    if done.send((b, result)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done);
        // Blocks finish out of order; each waits here until those before it are written.
        let mut waiting = BTreeMap::new();
        let mut want = 0;
        for (b, result) in arrived {
            waiting.insert(b, result);
            while let Some(result) = waiting.remove(&want) {
                let (buf, keys) = result?;
                let buf = write_block(want * BLOCK_ROWS, buf, keys)?;
                if let Ok(mut p) = pool.lock() {
                    p.push(buf);
                }
                want += 1;
            }
        }
        Ok(())
    })
}

/// The checklist CSV, written through [`checklist::Writer`] (spreadsheet-safe cells, the
/// same form as every checklist `review`, `mark` and `--update` save), with ids made unique
/// across documents ([`UniqueIds`]) so the file can be reviewed and updated.
pub struct CsvSink<W: Write> {
    out: W,
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
            out: writer.into_inner()?,
            explain,
            ids: UniqueIds::new(),
        })
    }
}

impl<W: Write> Sink for CsvSink<W> {
    fn write_claim_refs(&mut self, claims: &[&Claim]) -> io::Result<()> {
        let explain = self.explain;
        write_rows(
            &mut self.out,
            claims,
            &mut self.ids,
            |buf, text, c, _, id| {
                // The cells borrowed from the row where they can be, the numbers on the stack:
                // 18 strings and a csv writer per row were a sixth of a CSV run. The strings of
                // the value and cues cells are the block's, reused row after row.
                let cells = checklist::row_cells(c, id, text);
                if explain {
                    let terms = c.explain.join(" ");
                    checklist::append_row(buf, cells.into_iter().chain([terms.as_str()]));
                } else {
                    checklist::append_row(buf, cells);
                }
                Ok(())
            },
        )
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// JSON Lines, or a JSON array when `array` is set.
struct JsonSink<W: Write> {
    out: W,
    explain: bool,
    array: bool,
    written: usize,
    ids: UniqueIds,
}

impl<W: Write> Sink for JsonSink<W> {
    fn write_claim_refs(&mut self, claims: &[&Claim]) -> io::Result<()> {
        let (explain, array, written) = (self.explain, self.array, self.written);
        let source = JsonSource::new(claims);
        write_rows(&mut self.out, claims, &mut self.ids, |buf, (), c, i, id| {
            if array {
                buf.extend_from_slice(if written + i == 0 { b"[\n" } else { b",\n" });
            }
            json_row(buf, c, id, explain, &source);
            if !array {
                buf.push(b'\n');
            }
            Ok(())
        })?;
        self.written += claims.len();
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

/// Appends a row as one JSON object: the CSV's fields with the same names; value, score,
/// line, start and end as numbers; a range as numeric `low` and `high` beside a null
/// `value`; `speaker` null when nobody is named.
///
/// Written by hand rather than through serde: the field names are fixed, and serde's
/// per-field machinery was a fifth of a Reuters run.
fn json_row(buf: &mut Vec<u8>, c: &Claim, id: &str, explain: bool, source: &JsonSource) {
    let (low, high) = c.value.range().unzip();
    buf.extend_from_slice(b"{\"id\":");
    json_str(buf, id);
    // The schema's own words need no escaping.
    buf.extend_from_slice(b",\"status\":\"");
    buf.extend_from_slice(c.status.as_str().as_bytes());
    buf.extend_from_slice(b"\",\"verdict\":");
    json_str(buf, &c.verdict);
    buf.extend_from_slice(b",\"priority\":\"");
    buf.extend_from_slice(c.priority().as_str().as_bytes());
    buf.extend_from_slice(b"\",\"score\":");
    json_uint(buf, u64::from(c.score));
    buf.extend_from_slice(b",\"kind\":\"");
    buf.extend_from_slice(c.kind.as_str().as_bytes());
    buf.push(b'"');
    buf.extend_from_slice(b",\"claim\":");
    json_str(buf, &c.claim);
    buf.extend_from_slice(b",\"value\":");
    json_number(buf, c.value.number());
    buf.extend_from_slice(b",\"low\":");
    json_number(buf, low);
    buf.extend_from_slice(b",\"high\":");
    json_number(buf, high);
    buf.extend_from_slice(b",\"unit\":");
    json_str(buf, &c.unit);
    buf.extend_from_slice(b",\"qualifier\":\"");
    buf.extend_from_slice(c.qualifier.as_str().as_bytes());
    buf.push(b'"');
    buf.extend_from_slice(b",\"cues\":");
    json_joined(buf, &c.cues, crate::claim::CUES_SEPARATOR);
    buf.extend_from_slice(b",\"speaker\":");
    match &c.speaker {
        Some(s) => json_str(buf, s),
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b",\"sentence\":");
    json_str(buf, &c.sentence);
    buf.extend_from_slice(b",\"source\":");
    source.write(buf, &c.source);
    buf.extend_from_slice(b",\"line\":");
    json_uint(buf, c.line as u64);
    buf.extend_from_slice(b",\"start\":");
    json_uint(buf, c.start as u64);
    buf.extend_from_slice(b",\"end\":");
    json_uint(buf, c.end as u64);
    buf.extend_from_slice(b",\"notes\":");
    json_str(buf, &c.notes);
    if explain {
        buf.extend_from_slice(b",\"explain\":");
        json_joined(buf, &c.explain, " ");
    }
    buf.push(b'}');
}

/// `parts` joined by `sep` as one JSON string, escaped in place (no joined copy).
fn json_joined(buf: &mut Vec<u8>, parts: &[String], sep: &str) {
    buf.push(b'"');
    for (k, part) in parts.iter().enumerate() {
        if k > 0 {
            json_str_body(buf, sep);
        }
        json_str_body(buf, part);
    }
    buf.push(b'"');
}

/// The `source` of a batch of rows, escaped once: every row of a document names the same
/// file.
struct JsonSource {
    name: Option<Arc<str>>,
    escaped: Vec<u8>,
}

impl JsonSource {
    fn new(claims: &[&Claim]) -> JsonSource {
        let name = claims.first().map(|c| Arc::clone(&c.source));
        let mut escaped = Vec::new();
        if let Some(name) = &name {
            json_str(&mut escaped, name);
        }
        JsonSource { name, escaped }
    }

    fn write(&self, buf: &mut Vec<u8>, source: &Arc<str>) {
        match &self.name {
            Some(name) if Arc::ptr_eq(name, source) => buf.extend_from_slice(&self.escaped),
            _ => json_str(buf, source),
        }
    }
}

/// A JSON string: quoted, escaped.
fn json_str(buf: &mut Vec<u8>, s: &str) {
    buf.push(b'"');
    json_str_body(buf, s);
    buf.push(b'"');
}

/// The inside of a JSON string: `"`, `\\` and control characters escaped (as serde_json does:
/// the short forms where JSON has them, `\\u00XX` otherwise); everything else, UTF-8
/// included, copied in runs.
///
/// Eight bytes are checked at a time: every row repeats its sentence, so this loop sees
/// several times the input, and byte by byte it was 8% of a Reuters run.
fn json_str_body(buf: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(word) = swar::load8(bytes, i) {
            if !any_byte_needs_escape(word) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        if b < 0x20 || b == b'"' || b == b'\\' {
            buf.extend_from_slice(&bytes[copied..i]);
            escape_byte(buf, b);
            copied = i + 1;
        }
        i += 1;
    }
    buf.extend_from_slice(&bytes[copied..]);
}

/// True when some byte of `word` is below 0x20, a `"` or a `\\` (exact, no false
/// negatives).
#[inline]
fn any_byte_needs_escape(word: u64) -> bool {
    swar::below(word, 0x20) | swar::has_byte(word, b'"') | swar::has_byte(word, b'\\') != 0
}

fn escape_byte(buf: &mut Vec<u8>, b: u8) {
    match b {
        b'"' => buf.extend_from_slice(b"\\\""),
        b'\\' => buf.extend_from_slice(b"\\\\"),
        b'\n' => buf.extend_from_slice(b"\\n"),
        b'\r' => buf.extend_from_slice(b"\\r"),
        b'\t' => buf.extend_from_slice(b"\\t"),
        0x08 => buf.extend_from_slice(b"\\b"),
        0x0c => buf.extend_from_slice(b"\\f"),
        _ => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            buf.extend_from_slice(b"\\u00");
            buf.push(HEX[usize::from(b >> 4)]);
            buf.push(HEX[usize::from(b & 0xf)]);
        }
    }
}

/// A non-negative integer in decimal.
fn json_uint(buf: &mut Vec<u8>, n: u64) {
    let mut digits = [0u8; 20];
    buf.extend_from_slice(decimal_bytes(n, &mut digits));
}

/// A value: whole numbers as JSON integers (`1130000000`, not `1130000000.0`), others
/// rounded as the CSV shows them, so both formats carry the same value; `null` for none
/// (and for the infinities JSON cannot hold).
fn json_number(buf: &mut Vec<u8>, v: Option<f64>) {
    use std::io::Write as _;
    match v.map(round_value) {
        Some(v) if v.fract() == 0.0 && v.abs() < 9.0e15 => {
            if v < 0.0 {
                buf.push(b'-');
            }
            json_uint(buf, v.abs() as u64);
        }
        Some(v) if v.is_finite() => {
            // Display gives the shortest form that reads back as the same f64; for the
            // usual one to four decimals, `few_decimals` gives the same digits far sooner.
            let mut digits = [0u8; 32];
            match few_decimals(v, &mut digits) {
                Some(digits) => buf.extend_from_slice(digits),
                None => {
                    let _ = write!(buf, "{v}");
                }
            }
        }
        _ => buf.extend_from_slice(b"null"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row_json(c: &Claim) -> serde_json::Value {
        let mut buf = Vec::new();
        json_row(&mut buf, c, &c.id, true, &JsonSource::new(&[]));
        serde_json::from_slice(&buf)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&buf)))
    }

    #[test]
    fn hand_written_json_is_json_with_every_field() {
        let text = "Prices rose 5% to \"record\" highs\tin\u{1}May, the ministry said.\nIt said 300-400 people.";
        for c in crate::Extractor::new().with_explain(true).extract(text) {
            let v = row_json(&c);
            assert_eq!(v["claim"], c.claim.as_str());
            assert_eq!(v["sentence"], &*c.sentence);
            assert_eq!(v["cues"], c.cues_cell());
            assert_eq!(
                v["speaker"],
                c.speaker
                    .as_deref()
                    .map_or(serde_json::Value::Null, |s| s.into())
            );
            assert_eq!(v["start"], c.start);
            assert_eq!(v["explain"], c.explain.join(" "));
            match c.value {
                crate::Value::Range(lo, hi) => {
                    assert!(v["value"].is_null());
                    assert_eq!(
                        (v["low"].as_f64(), v["high"].as_f64()),
                        (Some(lo), Some(hi))
                    );
                }
                crate::Value::Number(x) => assert_eq!(v["value"].as_f64(), Some(x)),
                crate::Value::None => assert!(v["value"].is_null()),
            }
        }
    }

    #[test]
    fn csv_rows_are_the_checklist_writers_rows() {
        // Cells a spreadsheet would run, quotes, commas, line breaks and an empty speaker:
        // the block writer must write what `checklist::Writer` writes for the same cells.
        let text = "Prices rose 5% to \"record\" highs, in May, the ministry said.\n\n\
                    -5% was = to +3 \"or\" @2, he said.\nShares fell\r\n 2%.";
        let mut rows = crate::Extractor::new().with_explain(true).extract(text);
        assert!(rows.len() >= 4);
        rows[0].notes = "=HYPERLINK(\"x\")".into();
        rows[1].verdict = "line one\nline two".into();
        rows[2].speaker = None;
        for explain in [false, true] {
            let mut got = Vec::new();
            let mut sink = CsvSink {
                out: &mut got,
                explain,
                ids: UniqueIds::new(),
            };
            sink.write_claims(&rows).unwrap();
            let mut want = checklist::Writer::new(Vec::new(), false).unwrap();
            for c in &rows {
                let cells = checklist::claim_cells(c);
                if explain {
                    let terms = c.explain.join(" ");
                    want.write_row(cells.iter().map(String::as_str).chain([terms.as_str()]))
                        .unwrap();
                } else {
                    want.write_row(&cells).unwrap();
                }
            }
            assert_eq!(
                String::from_utf8(got).unwrap(),
                String::from_utf8(want.into_inner().unwrap()).unwrap()
            );
        }
    }

    #[test]
    fn ids_stay_unique_across_blocks_and_batches_the_first_keeping_its_own() {
        let one = crate::Extractor::new()
            .extract("Exports rose 5% in May.")
            .remove(0);
        let mut rows: Vec<Claim> = (0..BLOCK_ROWS + 500)
            .map(|i| Claim {
                id: format!("{i:012x}"),
                ..one.clone()
            })
            .collect();
        // A repeat in the same block, one in a later block, and one of a renamed id's name.
        rows[7].id = rows[3].id.clone();
        rows[BLOCK_ROWS + 10].id = rows[3].id.clone();
        rows[BLOCK_ROWS + 11].id = format!("{}-2", rows[3].id);
        let mut out = Vec::new();
        {
            let mut sink = sink(Format::Jsonl, &mut out, false).unwrap();
            sink.write_claims(&rows).unwrap();
            sink.write_claims(&rows[..2]).unwrap();
            sink.finish().unwrap();
        }
        let ids: Vec<String> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        let base = &rows[3].id;
        assert_eq!(ids.len(), rows.len() + 2);
        assert_eq!(ids[3], *base);
        assert_eq!(ids[7], format!("{base}-2"));
        assert_eq!(ids[BLOCK_ROWS + 10], format!("{base}-3"));
        assert_eq!(ids[BLOCK_ROWS + 11], format!("{base}-4"));
        assert_eq!(ids[rows.len()], format!("{}-2", rows[0].id));
        assert_eq!(ids[rows.len() + 1], format!("{}-2", rows[1].id));
        let distinct: std::collections::HashSet<&String> = ids.iter().collect();
        assert_eq!(distinct.len(), ids.len());
        // Everything else is written as it came.
        assert_eq!(ids[BLOCK_ROWS + 12], rows[BLOCK_ROWS + 12].id);
    }

    #[test]
    fn many_blocks_come_out_in_order_and_a_failed_write_stops_the_rest() {
        let one = crate::Extractor::new()
            .extract("Exports rose 5% in May.")
            .remove(0);
        let rows: Vec<Claim> = (0..BLOCK_ROWS * 9 + 17)
            .map(|i| Claim {
                id: format!("{i:012x}"),
                start: i,
                ..one.clone()
            })
            .collect();
        let mut out = Vec::new();
        {
            let mut sink = sink(Format::Jsonl, &mut out, false).unwrap();
            sink.write_claims(&rows).unwrap();
        }
        let starts: Vec<u64> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["start"]
                    .as_u64()
                    .unwrap()
            })
            .collect();
        assert_eq!(starts, (0..rows.len() as u64).collect::<Vec<_>>());

        /// Takes `left` bytes, then fails: a full disk.
        struct Full {
            left: usize,
        }
        impl Write for Full {
            fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
                if buf.len() > self.left {
                    return Err(io::Error::other("disk full"));
                }
                self.left -= buf.len();
                Ok(buf.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut sink = sink(Format::Jsonl, Full { left: 3_000_000 }, false).unwrap();
        let err = sink.write_claims(&rows).unwrap_err();
        assert_eq!(err.to_string(), "disk full");
    }

    #[test]
    fn numbers_are_integers_decimals_or_null() {
        let mut buf = Vec::new();
        for v in [
            Some(1_130_000_000.0),
            Some(-5.0),
            Some(2.0 / 3.0),
            Some(-0.25),
            Some(1e-12),
            None,
            Some(f64::INFINITY),
        ] {
            json_number(&mut buf, v);
            buf.push(b' ');
        }
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "1130000000 -5 0.6667 -0.25 0.000000000001 null null "
        );
        let mut buf = Vec::new();
        json_str(&mut buf, "a\"b\\c\n\u{7}é“”");
        assert_eq!(String::from_utf8(buf).unwrap(), r#""a\"b\\c\n\u0007é“”""#);
    }

    #[test]
    fn whole_numbers_print_as_the_standard_library_prints_them() {
        let mut edges = vec![0, u64::MAX, u64::MAX - 1];
        for p in 0..20 {
            let t = 10u64.pow(p);
            edges.extend([t - 1, t, t + 1, t.saturating_mul(7) / 3]);
        }
        for n in edges {
            let mut buf = Vec::new();
            json_uint(&mut buf, n);
            assert_eq!(String::from_utf8(buf).unwrap(), n.to_string());
        }
    }

    #[test]
    fn word_at_a_time_escaping_agrees_with_serde_json() {
        // Every byte that matters at every position of an 8-byte word, among UTF-8 whose
        // bytes are all >= 0x80, and lengths around the word size.
        let specials = [
            '"', '\\', '\n', '\u{1}', '\u{1f}', ' ', '!', '#', '[', ']', 'é', '€', '\u{7f}',
        ];
        for len in 0..20 {
            for (k, &c) in specials.iter().enumerate() {
                for at in 0..len {
                    let s: String = (0..len)
                        .map(|i| {
                            if i == at {
                                c
                            } else {
                                specials[(i + k) % 4 + 5]
                            }
                        })
                        .collect();
                    let mut buf = Vec::new();
                    json_str(&mut buf, &s);
                    assert_eq!(
                        String::from_utf8(buf).unwrap(),
                        serde_json::to_string(&s).unwrap(),
                        "{s:?}"
                    );
                }
            }
        }
    }
}
