//! Test helpers: a fresh directory per test and a command for the built binary (ripgrep's
//! `rgtest!` idea), and a runner that prints everything when a command does not do what the
//! test expected.
// Helpers serve every test module; not each module uses each helper.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// A fresh, empty directory under cargo's per-target temporary folder.
pub struct Dir {
    root: PathBuf,
}

impl Dir {
    /// Makes `<tmp>/<name>-<n>`, emptied first so a rerun starts clean.
    pub fn new(name: &str) -> Dir {
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("{name}-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(&root).expect("temp dir");
        Dir { root }
    }

    /// The absolute path of `rel` inside the directory.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// Writes `contents` to `rel`, creating parent folders.
    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(rel);
        if let Some(parent) = p.parent() {
            fs::create_dir_all(parent).expect("parent dir");
        }
        fs::write(&p, contents).expect("write test file");
        p
    }

    /// Reads `rel` as bytes.
    pub fn read(&self, rel: &str) -> Vec<u8> {
        fs::read(self.path(rel)).unwrap_or_else(|e| panic!("reading {rel}: {e}"))
    }

    /// A `claimsift` command running in this directory.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimsift"));
        cmd.current_dir(&self.root).args(args);
        cmd
    }
}

/// The path of a file in the repository (samples, fixtures).
pub fn repo_file(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// Runs `cmd` with `stdin` and returns its output, panicking with command, status, stdout
/// and stderr when the exit code is not `code`.
pub fn run_expect(cmd: &mut Command, stdin: Option<&[u8]>, code: i32) -> Output {
    use std::io::Write;
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("claimsift starts");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin piped");
        let input = input.to_vec();
        std::thread::spawn(move || {
            let _ = pipe.write_all(&input);
        });
    }
    let out = child.wait_with_output().expect("claimsift finishes");
    if out.status.code() != Some(code) {
        panic!(
            "\n\ncommand: {cmd:?}\nexpected exit code {code}, got {:?}\n\nstdout:\n```\n{}\n```\n\nstderr:\n```\n{}\n```\n",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    out
}

/// Runs `cmd` and expects success (exit 0); returns stdout as text.
pub fn run_ok(cmd: &mut Command) -> String {
    String::from_utf8(run_expect(cmd, None, 0).stdout).expect("stdout is UTF-8")
}

/// Parses CSV text into a header and rows of strings.
pub fn parse_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("CSV record").iter().map(String::from).collect())
        .collect();
    (header, rows)
}

/// Compares two texts and prints both in fenced blocks when they differ (ripgrep's `eqnice!`).
#[macro_export]
macro_rules! eqnice {
    ($expected:expr, $got:expr) => {{
        let expected = &$expected;
        let got = &$got;
        if expected != got {
            panic!(
                "\n\nexpected:\n```\n{}\n```\n\ngot:\n```\n{}\n```\n",
                expected, got
            );
        }
    }};
}
