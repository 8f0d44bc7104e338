//! The one error type of the library.
//!
//! Every variant names the file it is about (`-` for standard input) and, where it is known, the
//! line or byte, because a fact-checker with a folder of 300 articles needs to know which one
//! to look at, not just that "something" was wrong.

use std::fmt;
use std::io;
use std::path::PathBuf;

/// Everything that can go wrong in claimsift, each variant naming the file it concerns.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Reading or writing a file failed.
    Io {
        /// The file, as the user named it (`-` for stdin/stdout).
        path: PathBuf,
        /// The operating system's reason.
        source: io::Error,
    },
    /// An input is not valid UTF-8; `byte` is the offset of the first invalid byte.
    InvalidUtf8 {
        /// The input file.
        path: PathBuf,
        /// Offset of the first byte that is not UTF-8.
        byte: usize,
    },
    /// An input looks like a binary file (it holds NUL bytes), so it is not read as text.
    Binary {
        /// The input file.
        path: PathBuf,
        /// Offset of the first NUL byte.
        byte: usize,
    },
    /// A checklist or rules file is malformed: refused, and left as it was.
    Malformed {
        /// The file.
        path: PathBuf,
        /// 1-based line of the problem, when it is known.
        line: Option<u64>,
        /// What is wrong, in words a reviewer understands.
        reason: String,
    },
    /// A request that cannot be carried out (an unknown id, a bad flag value, ...).
    Usage(String),
}

impl Error {
    /// Shorthand for an I/O error about `path`.
    pub fn io(path: impl Into<PathBuf>, source: io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// Shorthand for a malformed file, with the line where the problem is.
    pub fn malformed(
        path: impl Into<PathBuf>,
        line: Option<u64>,
        reason: impl Into<String>,
    ) -> Error {
        Error::Malformed {
            path: path.into(),
            line,
            reason: reason.into(),
        }
    }

    /// True when the error is a closed pipe on output (`claimsift extract | head`), which is
    /// not a failure: the reader has all it wanted, so the program exits 0 quietly as ripgrep does.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, source } => write!(f, "{}: {}", path.display(), source),
            Error::InvalidUtf8 { path, byte } => write!(
                f,
                "{}: not UTF-8 text (invalid byte at offset {byte}); convert it to UTF-8 first, e.g. with iconv",
                path.display()
            ),
            Error::Binary { path, byte } => write!(
                f,
                "{}: looks like a binary file (NUL byte at offset {byte}), not text",
                path.display()
            ),
            Error::Malformed { path, line, reason } => match line {
                Some(line) => write!(f, "{}:{line}: {reason}", path.display()),
                None => write!(f, "{}: {reason}", path.display()),
            },
            Error::Usage(msg) => f.write_str(msg),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
