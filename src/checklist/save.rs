//! Saving without ever leaving a half-written file, and one writer at a time.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};

/// A file being written: the bytes go to a temporary file in the same folder, which replaces
/// the target only when [`AtomicFile::commit`] has flushed and synced it.
///
/// The same folder, because a rename is only atomic within one file system; a crash, Ctrl-C
/// or SIGKILL before `commit` leaves the old file as it was and a stray `.NAME.claimsift-*.tmp`
/// at worst. The temporary file takes the old file's permissions, and a target that is a
/// symbolic link is written through (the link stays a link).
#[derive(Debug)]
pub struct AtomicFile {
    target: PathBuf,
    temp: PathBuf,
    writer: Option<BufWriter<File>>,
}

impl AtomicFile {
    /// Opens a temporary file beside `target`.
    pub fn create(target: &Path) -> Result<AtomicFile> {
        let real = resolve(target);
        let dir = parent_dir(&real);
        let name = file_name(&real);
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
                    if let Ok(meta) = fs::metadata(&real) {
                        // Best effort: a file we may not chmod still gets written.
                        let _ = file.set_permissions(meta.permissions());
                    }
                    return Ok(AtomicFile {
                        target: real,
                        temp,
                        writer: Some(BufWriter::with_capacity(1 << 16, file)),
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => attempt += 1,
                Err(e) => return Err(Error::io(target, e)),
            }
        }
    }

    /// Flushes, syncs and renames the temporary file over the target, then syncs the folder
    /// so the rename itself survives a power cut.
    pub fn commit(mut self) -> Result<()> {
        let Some(writer) = self.writer.take() else {
            return Ok(());
        };
        let result = (|| {
            let file = writer.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()?;
            drop(file);
            fs::rename(&self.temp, &self.target)?;
            sync_dir(&parent_dir(&self.target));
            Ok(())
        })();
        result.map_err(|e: io::Error| {
            let _ = fs::remove_file(&self.temp);
            Error::io(&self.target, e)
        })
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self.writer.as_mut() {
            Some(w) => w.write(buf),
            None => Err(io::Error::other("write after commit")),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self.writer.as_mut() {
            Some(w) => w.flush(),
            None => Ok(()),
        }
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

/// How long a writer waits for another one to finish, unless `CLAIMSIFT_LOCK_TIMEOUT`
/// (seconds) says otherwise.
pub const DEFAULT_LOCK_TIMEOUT: Duration = Duration::from_secs(10);

/// An advisory lock on a checklist, held until dropped: every command that rewrites a
/// checklist (`extract -o` and `--update`, `review`, `mark`) takes it, re-reads the file
/// under it, writes, and lets go, so two of them never interleave and neither loses the
/// other's change.
///
/// The lock is on a sidecar file `.NAME.lock` beside the checklist, not on the checklist
/// itself: a save renames a new file over the checklist, and a lock on the old file would
/// not stop a process that opens the new one. The sidecar is never deleted (deleting lock
/// files races with processes waiting on them); the operating system releases the lock when
/// the process ends, however it ends.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

impl Lock {
    /// Takes the lock of `checklist`, waiting up to `CLAIMSIFT_LOCK_TIMEOUT` seconds
    /// (default 10) for another process to release it.
    pub fn acquire(checklist: &Path) -> Result<Lock> {
        let timeout = std::env::var("CLAIMSIFT_LOCK_TIMEOUT")
            .ok()
            .and_then(|s| s.trim().parse::<f64>().ok())
            .filter(|s| s.is_finite() && *s >= 0.0)
            .map_or(DEFAULT_LOCK_TIMEOUT, Duration::from_secs_f64);
        Lock::acquire_within(checklist, timeout)
    }

    /// Takes the lock of `checklist`, waiting at most `timeout`.
    pub fn acquire_within(checklist: &Path, timeout: Duration) -> Result<Lock> {
        let path = lock_path(checklist);
        let file = fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| lock_error(checklist, &path, e))?;
        let deadline = Instant::now() + timeout;
        loop {
            match fs4::FileExt::try_lock(&file) {
                Ok(()) => return Ok(Lock { _file: file }),
                Err(fs4::TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(25));
                }
                Err(fs4::TryLockError::WouldBlock) => {
                    return Err(Error::io(
                        checklist,
                        io::Error::new(
                            io::ErrorKind::WouldBlock,
                            format!(
                                "another claimsift process is writing this checklist (it holds the lock {}); waited {:.1} s, nothing was changed: try again when it is done (CLAIMSIFT_LOCK_TIMEOUT sets the wait in seconds)",
                                path.display(),
                                timeout.as_secs_f64()
                            ),
                        ),
                    ));
                }
                Err(fs4::TryLockError::Error(e)) => return Err(lock_error(checklist, &path, e)),
            }
        }
    }
}

/// An error about the lock file, told as an error about the checklist the user named.
fn lock_error(checklist: &Path, lock: &Path, e: io::Error) -> Error {
    let message = format!("cannot use its lock file {}: {e}", lock.display());
    Error::io(checklist, io::Error::new(e.kind(), message))
}

/// The sidecar lock file of a checklist: `.NAME.lock` in the same folder.
pub fn lock_path(checklist: &Path) -> PathBuf {
    let real = resolve(checklist);
    parent_dir(&real).join(format!(".{}.lock", file_name(&real)))
}

/// A symbolic link is followed, so the link stays a link and the lock is the target's.
fn resolve(target: &Path) -> PathBuf {
    match fs::symlink_metadata(target) {
        Ok(m) if m.file_type().is_symlink() => {
            fs::canonicalize(target).unwrap_or_else(|_| target.to_path_buf())
        }
        _ => target.to_path_buf(),
    }
}

fn parent_dir(target: &Path) -> PathBuf {
    match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn file_name(target: &Path) -> String {
    target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "checklist".into())
}

#[cfg(unix)]
fn sync_dir(dir: &Path) {
    // Best effort: the data is already synced; this makes the new name durable too.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}
