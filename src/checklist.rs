//! The checklist file: its columns, reading and writing it safely, merging a re-run into it
//! (`--update`), and saving without ever leaving a half-written file behind.
//!
//! Only this module reads and writes checklists (the xsv rule), so the schema, the
//! spreadsheet-safety promise and the durability promise live in one place:
//!
//! * **Schema.** [`HEADER`]'s 18 columns, in any order, plus any columns a user adds: a
//!   [`Checklist`] is a header and rows of cells, with typed access to the known columns
//!   ([`Col`]), so user columns survive every rewrite in their place.
//! * **Safe cells.** No cell is written so that a spreadsheet runs it as a formula; reading
//!   undoes exactly what writing did ([`escape`], [`unescape`]; the scheme is in `cell.rs`).
//! * **Strict reading.** A file that is not a clean checklist (not UTF-8, not CSV, ragged
//!   rows, an unknown header, a missing id column, empty or duplicate ids) is refused with its
//!   line and reason ([`Error::Malformed`]) and never written.
//! * **Durability.** Every save goes to a temporary file in the same folder, is flushed,
//!   synced and renamed over the old one ([`AtomicFile`]), under an advisory [`Lock`] so two
//!   processes never interleave; [`edit`] re-reads the file under the lock so neither loses
//!   the other's change.

mod cell;
mod merge;
mod read;
mod save;
mod stats;
mod write;

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::Path;

pub use cell::{escape, is_plain_number, needs_escape, unescape};
pub use merge::{UpdateOptions, UpdateSummary, merge, update};
pub use save::{AtomicFile, DEFAULT_LOCK_TIMEOUT, Lock, lock_path};
pub use stats::Stats;
pub use write::{BOM, Writer, append_row};

use crate::claim::{Claim, decimal};
use crate::error::{Error, Result};

/// The checklist's columns, in order (DESIGN.md, "The claim row").
pub const HEADER: [&str; 18] = [
    "id",
    "status",
    "verdict",
    "priority",
    "score",
    "kind",
    "claim",
    "value",
    "unit",
    "qualifier",
    "cues",
    "speaker",
    "sentence",
    "source",
    "line",
    "start",
    "end",
    "notes",
];

/// The verdicts `review` and `mark` give, in the order the reviewer shows them. A checklist
/// edited by hand may hold others; they are kept as they are.
pub const VERDICTS: [&str; 5] = [
    "accurate",
    "inaccurate",
    "misleading",
    "unsupported",
    "opinion",
];

/// A known column of the checklist: `Col::Id` is `HEADER[0]`, and so on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)] // each is the HEADER word of the same name
pub enum Col {
    Id,
    Status,
    Verdict,
    Priority,
    Score,
    Kind,
    Claim,
    Value,
    Unit,
    Qualifier,
    Cues,
    Speaker,
    Sentence,
    Source,
    Line,
    Start,
    End,
    Notes,
}

impl Col {
    /// Every known column, in [`HEADER`] order.
    pub const ALL: [Col; 18] = [
        Col::Id,
        Col::Status,
        Col::Verdict,
        Col::Priority,
        Col::Score,
        Col::Kind,
        Col::Claim,
        Col::Value,
        Col::Unit,
        Col::Qualifier,
        Col::Cues,
        Col::Speaker,
        Col::Sentence,
        Col::Source,
        Col::Line,
        Col::Start,
        Col::End,
        Col::Notes,
    ];

    /// The column's name in the header.
    pub fn name(self) -> &'static str {
        HEADER[self as usize]
    }

    /// The columns the extractor fills; the others (status, verdict, notes) are the
    /// reviewer's, and `--update` never overwrites them.
    pub fn from_extractor(self) -> bool {
        !matches!(self, Col::Status | Col::Verdict | Col::Notes)
    }
}

/// The cells of a row, in [`HEADER`] order.
pub fn claim_cells(c: &Claim) -> [String; 18] {
    let mut text = CellText::default();
    row_cells(c, &c.id, &mut text).map(str::to_string)
}

/// Where [`row_cells`] keeps the cells a row does not hold as text: its value and cues
/// written out, and its score, line and offsets in decimal. One can serve row after row:
/// each call overwrites it, and reuses its strings.
#[derive(Debug, Default)]
pub struct CellText {
    value: String,
    cues: String,
    numbers: [[u8; 20]; 4],
}

/// The cells of a row, in [`HEADER`] order, with `id` for its id, borrowed from the row
/// and `text`: the one list of the columns, which [`claim_cells`] copies and `extract`
/// writes as they are, with no string made per cell.
pub fn row_cells<'a>(c: &'a Claim, id: &'a str, text: &'a mut CellText) -> [&'a str; 18] {
    let CellText {
        value,
        cues,
        numbers: [score, line, start, end],
    } = text;
    value.clear();
    c.value.write_cell(value);
    cues.clear();
    c.write_cues_cell(cues);
    [
        id,
        c.status.as_str(),
        &c.verdict,
        c.priority().as_str(),
        decimal(u64::from(c.score), score),
        c.kind.as_str(),
        &c.claim,
        value,
        &c.unit,
        c.qualifier.as_str(),
        cues,
        c.speaker.as_deref().unwrap_or_default(),
        &c.sentence,
        &c.source,
        decimal(c.line as u64, line),
        decimal(c.start as u64, start),
        decimal(c.end as u64, end),
        &c.notes,
    ]
}

/// Keeps ids unique across the documents of one checklist.
///
/// The extractor makes ids unique within a document (`-2`, `-3` for repeats); two articles
/// that share a sentence word for word (wire copy) would still give the same id twice in one
/// checklist, which then could not be reviewed or updated. The later copy gets the next free
/// `-N` suffix, so ids stay stable across re-runs over the same inputs in the same order.
#[derive(Debug, Default)]
pub struct UniqueIds {
    /// The extractor's ids (12 hex digits, maybe `-N`) packed into one number each, so the
    /// hot path of `extract` allocates nothing per row.
    packed: HashSet<u64, BuildIdHasher>,
    /// Any other id (a checklist edited by hand).
    other: HashSet<String>,
}

/// `hhhhhhhhhhhh` or `hhhhhhhhhhhh-N` (2 <= N < 65536) as `N << 48 | hash`: the hash in the
/// low bits, which the hash table's multiply-hash spreads into every bit (with N there, all
/// keys would share their low bits and pile into a few buckets, as measured: 50% slower).
fn pack(id: &str) -> Option<u64> {
    // The hex digits are the first twelve bytes, so a suffix's `-` can only be the
    // thirteenth: looked at there rather than searched for (`split_once` was a call into
    // the char searcher per row). Any other `-` fails the digit test below.
    let (hex, n) = match id.as_bytes().get(12) {
        None => (id.as_bytes(), 0),
        Some(b'-') => {
            let digits = id.get(13..)?;
            let n: u16 = digits.parse().ok()?;
            // `-02`, `-+2` and `-1` are other ids than `-2`: they stay unpacked.
            if n < 2 || n.to_string() != digits {
                return None;
            }
            (id.as_bytes().get(..12)?, n)
        }
        Some(_) => return None,
    };
    if hex.len() != 12 {
        return None;
    }
    // One pass that checks and reads the digits: every row of a run comes through here, and
    // a check, then `from_str_radix`, cost 1.4% of a Reuters run.
    let mut hash = 0u64;
    for &b in hex {
        let digit = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'f' => b - b'a' + 10,
            _ => return None,
        };
        hash = hash << 4 | u64::from(digit);
    }
    Some(u64::from(n) << 48 | hash)
}

impl UniqueIds {
    /// An empty set.
    pub fn new() -> UniqueIds {
        UniqueIds::default()
    }

    /// Makes room for `n` more ids, so that a long document's rows do not rehash the set
    /// again and again as it grows.
    pub fn make_room(&mut self, n: usize) {
        self.packed.reserve(n);
    }

    /// Takes `id`; false if it was taken already.
    fn insert(&mut self, id: &str) -> bool {
        self.take(IdKey::of(id))
    }

    /// Takes the id behind `key` (see [`IdKey::of`]); false if it was taken already.
    pub fn take(&mut self, key: IdKey) -> bool {
        match key {
            IdKey::Packed(key) => self.packed.insert(key),
            IdKey::Other(id) => self.other.insert(id),
        }
    }

    /// Records `id` as taken (an id already in a checklist).
    pub fn reserve(&mut self, id: &str) {
        self.insert(id);
    }

    /// `id` itself if it is free, else the next free `BASE-N`; either way it is now taken.
    pub fn claim(&mut self, id: &str) -> String {
        self.rename(id).unwrap_or_else(|| id.to_string())
    }

    /// Like [`UniqueIds::claim`], but `None` when `id` was free (the common case, which
    /// allocates nothing).
    pub fn rename(&mut self, id: &str) -> Option<String> {
        if self.insert(id) {
            return None;
        }
        Some(self.next_free(id))
    }

    /// The next free `BASE-N` for an `id` that is taken, now taken too.
    pub fn next_free(&mut self, id: &str) -> String {
        let base = match id.rsplit_once('-') {
            Some((base, n)) if !base.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => base,
            _ => id,
        };
        let mut n = 2u64;
        loop {
            let candidate = format!("{base}-{n}");
            if self.insert(&candidate) {
                return candidate;
            }
            n += 1;
        }
    }
}

/// An id as [`UniqueIds`] files it: worked out apart from the set, so that the rows of a
/// long document can have theirs worked out on all cores (reading each row's id was a
/// cache miss per row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdKey {
    /// One of the extractor's ids, packed into a number.
    Packed(u64),
    /// Any other id.
    Other(String),
}

impl IdKey {
    /// The key of `id`.
    pub fn of(id: &str) -> IdKey {
        match pack(id) {
            Some(key) => IdKey::Packed(key),
            None => IdKey::Other(id.to_string()),
        }
    }
}

/// Ids are already hashes, so SipHash's work is wasted on them: this is FxHash's
/// multiply-rotate step. With it and the packing above, keeping ids unique costs `extract`'s
/// CSV output about 1.5% of its instructions (callgrind, 2 MB of Reuters, placeholder
/// extractor).
#[derive(Debug, Default, Clone, Copy)]
struct BuildIdHasher;

impl std::hash::BuildHasher for BuildIdHasher {
    type Hasher = IdHasher;
    fn build_hasher(&self) -> IdHasher {
        IdHasher(0)
    }
}

struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            self.write_u64(crate::swar::load_padded(chunk, 0));
        }
    }
    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A checklist in memory: a header (the known columns in any order, plus the user's) and
/// rows of cells, as the reviewer sees them (unescaped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checklist {
    header: Vec<String>,
    /// Where each [`Col`] sits in `header`.
    columns: [usize; 18],
    rows: Vec<Vec<String>>,
    bom: bool,
}

impl Checklist {
    /// An empty checklist with `header`, which must hold every [`HEADER`] column once (in any
    /// order); other names are user columns.
    pub fn new(header: Vec<String>) -> std::result::Result<Checklist, String> {
        let columns = locate_columns(&header)?;
        Ok(Checklist {
            header,
            columns,
            rows: Vec::new(),
            bom: false,
        })
    }

    /// The checklist of freshly extracted rows: [`HEADER`] (plus `explain` when asked), ids
    /// made unique across documents.
    pub fn from_claims(claims: &[Claim], explain: bool) -> Checklist {
        let mut header: Vec<String> = HEADER.iter().map(|s| s.to_string()).collect();
        if explain {
            header.push("explain".into());
        }
        let mut checklist = Checklist::new(header).expect("HEADER holds every column");
        let mut ids = UniqueIds::new();
        for c in claims {
            let mut row: Vec<String> = claim_cells(c).into();
            row[Col::Id as usize] = ids.claim(&c.id);
            if explain {
                row.push(c.explain.join(" "));
            }
            checklist.rows.push(row);
        }
        checklist
    }

    /// Reads and checks the checklist at `path`; a malformed one is an [`Error::Malformed`]
    /// naming the line and what is wrong.
    pub fn read(path: &Path) -> Result<Checklist> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        Checklist::parse(&bytes, path)
    }

    /// Parses and checks checklist bytes; `path` is for messages only.
    pub fn parse(bytes: &[u8], path: &Path) -> Result<Checklist> {
        let bad = |line: Option<u64>, reason: String| Error::malformed(path, line, reason);
        let line_at = |offset: usize| -> u64 {
            1 + bytes.iter().take(offset).filter(|&&b| b == b'\n').count() as u64
        };
        if let Some(nul) = bytes.iter().position(|&b| b == 0) {
            return Err(bad(
                Some(line_at(nul)),
                format!("a NUL byte at offset {nul}: a binary file, not a CSV checklist"),
            ));
        }
        let (bom, body) = match bytes.strip_prefix(BOM) {
            Some(rest) => (true, rest),
            None => (false, bytes),
        };
        let text = std::str::from_utf8(body).map_err(|e| {
            let offset = e.valid_up_to() + if bom { BOM.len() } else { 0 };
            bad(
                Some(line_at(offset)),
                format!(
                    "not UTF-8 (invalid byte at offset {offset}); save the checklist as UTF-8 CSV"
                ),
            )
        })?;
        let records =
            read::records(text).map_err(|e| bad(Some(e.line), format!("not CSV: {}", e.reason)))?;
        let mut records = records.into_iter();
        let Some(head) = records.next() else {
            return Err(bad(None, "empty file: no header, not a checklist".into()));
        };
        let header: Vec<String> = head.cells.iter().map(|c| unescape(c).to_string()).collect();
        let mut checklist = Checklist::new(header).map_err(|reason| {
            bad(
                Some(head.line),
                format!("not a claimsift checklist: {reason}"),
            )
        })?;
        checklist.bom = bom;
        let mut ids: HashMap<String, u64> = HashMap::new();
        let width = checklist.header.len();
        let id_col = checklist.columns[Col::Id as usize];
        for record in records {
            if record.cells.len() != width {
                return Err(bad(
                    Some(record.line),
                    format!(
                        "{} fields where the header has {width} (a ragged row)",
                        record.cells.len()
                    ),
                ));
            }
            let row: Vec<String> = record
                .cells
                .iter()
                .map(|c| unescape(c).to_string())
                .collect();
            let id = row.get(id_col).map(String::as_str).unwrap_or_default();
            if id.trim().is_empty() {
                return Err(bad(Some(record.line), "a row without an id".into()));
            }
            if let Some(first) = ids.insert(id.to_string(), record.line) {
                return Err(bad(
                    Some(record.line),
                    format!("duplicate id {id} (also on line {first})"),
                ));
            }
            checklist.rows.push(row);
        }
        Ok(checklist)
    }

    /// Writes the checklist as CSV through [`Writer`] (with a BOM if it had one or was given
    /// one with [`Checklist::set_bom`]).
    pub fn write_to<W: Write>(&self, out: W) -> std::io::Result<W> {
        let mut w = Writer::new(out, self.bom)?;
        w.write_row(&self.header)?;
        for row in &self.rows {
            w.write_row(row)?;
        }
        w.into_inner()
    }

    /// Saves atomically to `path` (see [`AtomicFile`]). The caller holds the [`Lock`].
    pub fn save(&self, path: &Path) -> Result<()> {
        let mut file = AtomicFile::create(path)?;
        self.write_to(&mut file).map_err(|e| Error::io(path, e))?;
        file.commit()
    }

    /// The header, user columns included.
    pub fn header(&self) -> &[String] {
        &self.header
    }

    /// Where a known column sits in the header.
    pub fn position(&self, col: Col) -> usize {
        self.columns[col as usize]
    }

    /// Where a column sits in the header, by name.
    pub fn position_of(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// All rows, each with one cell per header column.
    pub fn rows(&self) -> &[Vec<String>] {
        &self.rows
    }

    /// A known cell of row `row` (empty for a row out of range).
    pub fn get(&self, row: usize, col: Col) -> &str {
        self.rows
            .get(row)
            .and_then(|r| r.get(self.columns[col as usize]))
            .map_or("", String::as_str)
    }

    /// Sets a known cell of row `row` (nothing for a row out of range).
    pub fn set(&mut self, row: usize, col: Col, value: impl Into<String>) {
        let at = self.columns[col as usize];
        if let Some(cell) = self.rows.get_mut(row).and_then(|r| r.get_mut(at)) {
            *cell = value.into();
        }
    }

    /// The index of the row with `id`.
    pub fn find(&self, id: &str) -> Option<usize> {
        let at = self.columns[Col::Id as usize];
        self.rows
            .iter()
            .position(|r| r.get(at).is_some_and(|c| c == id))
    }

    /// Appends a row; it must have one cell per header column.
    pub fn push_row(&mut self, row: Vec<String>) -> std::result::Result<(), String> {
        if row.len() != self.header.len() {
            return Err(format!(
                "{} cells where the header has {}",
                row.len(),
                self.header.len()
            ));
        }
        self.rows.push(row);
        Ok(())
    }

    /// True when the file began with a UTF-8 byte order mark (kept on rewrite).
    pub fn bom(&self) -> bool {
        self.bom
    }

    /// Writes (or stops writing) a byte order mark on the next save.
    pub fn set_bom(&mut self, bom: bool) {
        self.bom = bom;
    }
}

/// Finds every known column once in `header`; user columns may sit anywhere, and may have
/// empty names (a spreadsheet saves stray empty columns), but no non-empty name twice.
fn locate_columns(header: &[String]) -> std::result::Result<[usize; 18], String> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, name) in header.iter().enumerate() {
        if name.is_empty() {
            continue;
        }
        if seen.insert(name.as_str(), i).is_some() {
            return Err(format!("the column `{name}` appears twice"));
        }
    }
    if !seen.contains_key("id") {
        let shown: Vec<&str> = header.iter().take(6).map(String::as_str).collect();
        return Err(format!(
            "the header has no `id` column (it starts {:?}); a checklist's header is {}",
            shown.join(","),
            HEADER.join(",")
        ));
    }
    let missing: Vec<&str> = HEADER
        .iter()
        .copied()
        .filter(|h| !seen.contains_key(h))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "the header lacks the column(s) {}; a checklist's header holds {}",
            missing.join(", "),
            HEADER.join(",")
        ));
    }
    let mut columns = [0usize; 18];
    for (slot, name) in columns.iter_mut().zip(HEADER) {
        *slot = seen.get(name).copied().unwrap_or_default();
    }
    Ok(columns)
}

/// Changes the checklist at `path` in place: takes its [`Lock`], reads it (refusing a
/// malformed one, which is left untouched), lets `change` edit it, and saves it atomically
/// if `change` succeeded. Returns what `change` returned and the checklist as saved.
///
/// Reading under the lock, rather than saving a copy read earlier, is what lets `review` and
/// `mark` (or two `mark`s) work on one file at once without losing each other's changes.
pub fn edit<T>(
    path: &Path,
    change: impl FnOnce(&mut Checklist) -> Result<T>,
) -> Result<(T, Checklist)> {
    let _lock = Lock::acquire(path)?;
    let mut checklist = Checklist::read(path)?;
    let out = change(&mut checklist)?;
    checklist.save(path)?;
    Ok((out, checklist))
}

/// What `mark` changes in a row.
#[derive(Debug, Clone, Default)]
pub struct Mark {
    /// The new verdict, if any.
    pub verdict: Option<String>,
    /// The new notes (they replace the old ones), if any.
    pub note: Option<String>,
    /// The new status; with a verdict and no status, the status becomes `done`.
    pub status: Option<String>,
}

/// Applies `mark` to the row `id` of the checklist at `path` (locked, re-read, saved
/// atomically); an unknown id is an error and the file is left untouched.
pub fn mark(path: &Path, id: &str, mark: &Mark) -> Result<Checklist> {
    let ((), checklist) = edit(path, |c| {
        let row = c
            .find(id)
            .ok_or_else(|| Error::Usage(format!("{}: no row with id {id}", path.display())))?;
        if let Some(v) = &mark.verdict {
            c.set(row, Col::Verdict, v.clone());
        }
        if let Some(n) = &mark.note {
            c.set(row, Col::Notes, n.clone());
        }
        match (&mark.status, &mark.verdict) {
            (Some(s), _) => c.set(row, Col::Status, s.clone()),
            (None, Some(_)) => c.set(row, Col::Status, "done"),
            (None, None) => {}
        }
        Ok(())
    })?;
    Ok(checklist)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn header_line() -> String {
        HEADER.join(",")
    }

    fn parse(text: &str) -> Result<Checklist> {
        Checklist::parse(text.as_bytes(), &PathBuf::from("c.csv"))
    }

    fn malformed_line(text: &[u8]) -> (Option<u64>, String) {
        match Checklist::parse(text, &PathBuf::from("c.csv")) {
            Err(Error::Malformed { line, reason, .. }) => (line, reason),
            other => panic!("expected Malformed, got {other:?}"),
        }
    }

    const ROW: &str = "abc,todo,,high,60,count,5,5,,exact,,,It cost 5.,a.txt,1,8,9,";

    #[test]
    fn reused_cell_text_keeps_nothing_of_the_last_row() {
        let rows = crate::Extractor::new()
            .extract("Critics disputed that it cost between £3m and £4m, he said. It was 7 miles.");
        assert!(rows.len() >= 2, "{rows:?}");
        let mut text = CellText::default();
        // Each row twice, after every other: the cells must be those of the row alone.
        for first in &rows {
            for c in &rows {
                row_cells(first, &first.id, &mut text);
                let cells = row_cells(c, &c.id, &mut text).map(str::to_string);
                assert_eq!(cells, claim_cells(c));
                assert_eq!(cells[Col::Value as usize], c.value.to_string());
                assert_eq!(cells[Col::Cues as usize], c.cues_cell());
            }
        }
    }

    #[test]
    fn col_names_match_header() {
        for (i, c) in Col::ALL.iter().enumerate() {
            assert_eq!(*c as usize, i);
            assert_eq!(c.name(), HEADER[i]);
        }
    }

    #[test]
    fn user_columns_anywhere_are_kept_in_place() {
        let text = format!("mine,{},theirs\nx,{ROW},\"y,z\"\n", header_line());
        let c = parse(&text).unwrap();
        assert_eq!(c.header()[0], "mine");
        assert_eq!(c.get(0, Col::Id), "abc");
        assert_eq!(c.get(0, Col::Sentence), "It cost 5.");
        assert_eq!(c.rows()[0][19], "y,z");
        let mut out = Vec::new();
        c.write_to(&mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), text);
    }

    #[test]
    fn bom_is_read_and_kept() {
        let text = format!("\u{feff}{}\n{ROW}\n", header_line());
        let c = parse(&text).unwrap();
        assert!(c.bom());
        let mut out = Vec::new();
        c.write_to(&mut out).unwrap();
        assert_eq!(out, text.as_bytes());
    }

    #[test]
    fn malformed_checklists_name_line_and_reason() {
        let h = header_line();
        let cases: Vec<(Vec<u8>, Option<u64>, &str)> = vec![
            (b"".to_vec(), None, "empty file"),
            (b"name,age\nbob,3\n".to_vec(), Some(1), "no `id` column"),
            (
                format!("{}\n", h.replace(",cues", "")).into_bytes(),
                Some(1),
                "lacks the column(s) cues",
            ),
            (
                format!("{h},id\n").into_bytes(),
                Some(1),
                "`id` appears twice",
            ),
            (
                format!("{h}\n{ROW}\n{ROW}\n").into_bytes(),
                Some(3),
                "duplicate id abc (also on line 2)",
            ),
            (
                format!("{h}\n{ROW},extra\n").into_bytes(),
                Some(2),
                "19 fields where the header has 18",
            ),
            (
                format!("{h}\n\n{}\n", ROW.replace("abc", "")).into_bytes(),
                Some(3),
                "without an id",
            ),
            (
                [format!("{h}\n").as_bytes(), b"ab\xff,todo"].concat(),
                Some(2),
                "not UTF-8",
            ),
            (
                format!("{h}\nabc,\"todo\n").into_bytes(),
                Some(2),
                "never closed",
            ),
            (b"\x00\x01PK".to_vec(), Some(1), "NUL byte"),
        ];
        for (text, line, reason) in cases {
            let (got_line, got_reason) = malformed_line(&text);
            assert_eq!(got_line, line, "{got_reason}");
            assert!(
                got_reason.contains(reason),
                "{got_reason:?} lacks {reason:?}"
            );
        }
    }

    #[test]
    fn unique_ids_across_documents() {
        let mut ids = UniqueIds::new();
        assert_eq!(ids.claim("aa"), "aa");
        assert_eq!(ids.claim("aa-2"), "aa-2");
        assert_eq!(ids.claim("aa"), "aa-3");
        assert_eq!(ids.claim("aa-2"), "aa-4");
        assert_eq!(ids.claim("b-c"), "b-c");
        assert_eq!(ids.claim("b-c"), "b-c-2");
        // Packed and unpacked forms do not mix up.
        let mut ids = UniqueIds::new();
        assert_eq!(ids.rename("0123456789ab"), None);
        assert_eq!(ids.rename("0123456789ab-02"), None);
        assert_eq!(ids.rename("0123456789ab-2"), None);
        assert_eq!(ids.rename("0123456789ab-1"), None);
        assert_eq!(ids.rename("0123456789AB"), None);
        assert_eq!(
            ids.rename("0123456789ab").as_deref(),
            Some("0123456789ab-3")
        );
        assert_eq!(pack("0123456789ab-3"), Some(0x0003_0123_4567_89ab));
        assert_eq!(pack("0123456789ab-70000"), None);
        assert_eq!(pack("fedcba987654"), Some(0xfedc_ba98_7654));
        for other in [
            "0123456789aB",
            "0123456789a",
            "0123456789abc",
            "0123456789a+",
            "é123456789a",
            // A `-` anywhere but after the twelfth digit, or with no number after it.
            "0123-56789ab-2",
            "0123456789a-2",
            "0123456789abc-2",
            "0123456789ab-",
            "0123456789ab--2",
            "0123456789ab-2-3",
            "é123456789ab-2",
            "0123456789a€-2",
        ] {
            assert_eq!(pack(other), None, "{other}");
        }
    }
}
