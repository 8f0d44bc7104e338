//! The checklist file: its columns, how a row becomes cells, and saving without ever leaving a
//! half-written file behind.
//!
//! Only this module writes checklists (the xsv rule), so the schema and the durability promise
//! live in one place.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::claim::Claim;
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

/// The cells of a row, in [`HEADER`] order.
pub fn claim_cells(c: &Claim) -> [String; 18] {
    [
        c.id.clone(),
        c.status.as_str().to_string(),
        c.verdict.clone(),
        c.priority().as_str().to_string(),
        c.score.to_string(),
        c.kind.as_str().to_string(),
        c.claim.clone(),
        c.value.to_string(),
        c.unit.clone(),
        c.qualifier.as_str().to_string(),
        c.cues_cell(),
        c.speaker.clone().unwrap_or_default(),
        c.sentence.to_string(),
        c.source.to_string(),
        c.line.to_string(),
        c.start.to_string(),
        c.end.to_string(),
        c.notes.clone(),
    ]
}

/// A file being written: the bytes go to a temporary file in the same folder, which replaces
/// the target only when [`AtomicFile::commit`] has flushed and synced it.
///
/// The same folder, because a rename is only atomic within one file system; a crash or Ctrl-C
/// before `commit` leaves the old file as it was and a stray `.claimsift-*.tmp` at worst.
#[derive(Debug)]
pub struct AtomicFile {
    target: PathBuf,
    temp: PathBuf,
    writer: Option<BufWriter<File>>,
}

impl AtomicFile {
    /// Opens a temporary file beside `target`.
    pub fn create(target: &Path) -> Result<AtomicFile> {
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "checklist".into());
        let mut attempt = 0u32;
        loop {
            let temp = dir.join(format!(
                ".{name}.claimsift-{}-{attempt}.tmp",
                std::process::id()
            ));
            match fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&temp)
            {
                Ok(file) => {
                    return Ok(AtomicFile {
                        target: target.to_path_buf(),
                        temp,
                        writer: Some(BufWriter::with_capacity(1 << 16, file)),
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => attempt += 1,
                Err(e) => return Err(Error::io(target, e)),
            }
        }
    }

    /// Flushes, syncs and renames the temporary file over the target.
    pub fn commit(mut self) -> Result<()> {
        let writer = self.writer.take().expect("commit is called once");
        let file = writer
            .into_inner()
            .map_err(|e| Error::io(&self.target, e.into_error()))?;
        file.sync_all().map_err(|e| Error::io(&self.target, e))?;
        drop(file);
        fs::rename(&self.temp, &self.target).map_err(|e| Error::io(&self.target, e))?;
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer.as_mut().expect("not committed").write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.writer.as_mut().expect("not committed").flush()
    }
}

impl Drop for AtomicFile {
    /// An uncommitted file (an error or a panic on the way) is removed, and the target keeps
    /// its old contents.
    fn drop(&mut self) {
        if self.writer.take().is_some() {
            let _ = fs::remove_file(&self.temp);
        }
    }
}
