//! `claimsift review` driven headless under a pseudo-terminal: keys in, the file's contents
//! asserted after each decision, and a SIGKILL at any moment losing nothing saved before it.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use claimsift::checklist::{Checklist, Col, HEADER};
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

use crate::util::{Dir, run_expect};

/// A `claimsift review` running in a pseudo-terminal; a thread feeds its output to a terminal
/// emulator (vt100), so the test reads the screen a person would see, and keeps the child
/// from blocking on a full terminal.
struct Session {
    child: Box<dyn Child + Send + Sync>,
    keys: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    _master: Box<dyn MasterPty + Send>,
}

impl Session {
    fn start(dir: &Dir, checklist: &str) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS_ON_SCREEN,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_claimsift"));
        cmd.args(["review", checklist]);
        cmd.cwd(dir.path(""));
        cmd.env("TERM", "xterm-256color");
        let child = pair.slave.spawn_command(cmd).expect("claimsift starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let keys = pair.master.take_writer().expect("pty writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(ROWS_ON_SCREEN, COLS, 0)));
        let sink = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        let session = Session {
            child,
            keys,
            screen,
            _master: pair.master,
        };
        // The help line is drawn once the terminal is in raw mode and ready for keys.
        session.wait_screen("unsupported");
        session
    }

    fn send(&mut self, keys: &str) {
        self.keys.write_all(keys.as_bytes()).unwrap();
        self.keys.flush().unwrap();
    }

    /// The screen as text, one line per terminal row.
    fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `needle`.
    fn wait_screen(&self, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let text = self.text();
            if text.contains(needle) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "screen never showed {needle:?}; it showed:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn kill9(&mut self) {
        // portable-pty's own kill sends SIGHUP; std's Child::kill is SIGKILL on Unix, and
        // needs no `kill` program (a bare Debian has none without procps).
        let child: &mut dyn Child = &mut *self.child;
        let child = child
            .downcast_mut::<std::process::Child>()
            .expect("a native pty child is a std child");
        std::process::Child::kill(child).expect("SIGKILL sent");
        let status = self.child.wait().expect("child ends");
        assert_eq!(status.signal(), Some("Killed"), "{status:?}");
    }

    fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            assert!(Instant::now() < deadline, "review did not quit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

const ROWS_ON_SCREEN: u16 = 24;
const COLS: u16 = 90;

/// A checklist written by hand (so the review order does not depend on the extractor):
/// `rows` are (id, priority, score, claim, sentence); a user column `desk` sits third.
fn write_checklist(dir: &Dir, name: &str, rows: &[(&str, &str, u32, &str, &str)]) {
    let mut header: Vec<String> = HEADER.iter().map(|s| s.to_string()).collect();
    header.insert(2, "desk".into());
    let mut c = Checklist::new(header).unwrap();
    for &(id, priority, score, claim, sentence) in rows {
        let mut row = vec![String::new(); 19];
        for (col, value) in [
            (Col::Id, id.to_string()),
            (Col::Status, "todo".into()),
            (Col::Priority, priority.into()),
            (Col::Score, score.to_string()),
            (Col::Kind, "count".into()),
            (Col::Claim, claim.into()),
            (
                Col::Value,
                claim.trim_matches(|c: char| !c.is_ascii_digit()).into(),
            ),
            (Col::Sentence, sentence.into()),
            (Col::Source, "a.txt".into()),
            (Col::Line, "1".into()),
        ] {
            row[c.position(col)] = value;
        }
        row[2] = format!("desk of {id}");
        c.push_row(row).unwrap();
    }
    c.save(&dir.path(name)).unwrap();
}

/// (status, verdict, notes) of each row, by id.
fn state(path: &Path) -> Vec<(String, [String; 3])> {
    let c = Checklist::read(path).unwrap_or_else(|e| panic!("checklist must parse: {e}"));
    (0..c.len())
        .map(|r| {
            (
                c.get(r, Col::Id).to_string(),
                [Col::Status, Col::Verdict, Col::Notes].map(|col| c.get(r, col).to_string()),
            )
        })
        .collect()
}

fn row_state(path: &Path, id: &str) -> [String; 3] {
    state(path)
        .into_iter()
        .find(|(i, _)| i == id)
        .map(|(_, s)| s)
        .unwrap_or_else(|| panic!("no row {id}"))
}

/// Polls the file until row `id` is (status, verdict, notes).
fn wait_row(path: &Path, id: &str, want: [&str; 3]) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let got = row_state(path, id);
        if got == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "row {id} never became {want:?}; it is {got:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

const ROWS: [(&str, &str, u32, &str, &str); 4] = [
    (
        "r1",
        "high",
        70,
        "130 people",
        "Officials said 130 people were killed.",
    ),
    ("r2", "low", 10, "9 tonnes", "The bridge holds 9 tonnes."),
    ("r3", "high", 90, "$5m", "The council spent $5m on roads."),
    (
        "r4",
        "medium",
        40,
        "7%",
        "Unemployment rose to 7% in March.",
    ),
];

#[test]
fn decisions_undo_and_quit_are_in_the_file() {
    let dir = Dir::new("review-keys");
    write_checklist(&dir, "c.csv", &ROWS);
    let path = dir.path("c.csv");
    let mut tty = Session::start(&dir, "c.csv");
    // Review order: r3 (high, 90), r1 (high, 70), r4 (medium), r2 (low).
    tty.wait_screen("The council spent $5m on roads.");
    tty.send("a");
    wait_row(&path, "r3", ["done", "accurate", ""]);
    tty.wait_screen("Officials said 130 people were killed.");
    tty.send("n");
    tty.wait_screen("note>");
    tty.send("ONS, table 4; \"=1+1\"\r");
    wait_row(&path, "r1", ["todo", "", "ONS, table 4; \"=1+1\""]);
    tty.send("i");
    wait_row(
        &path,
        "r1",
        ["done", "inaccurate", "ONS, table 4; \"=1+1\""],
    );
    tty.send("s");
    wait_row(&path, "r4", ["skipped", "", ""]);
    tty.send("u");
    wait_row(&path, "r4", ["todo", "", ""]);
    tty.send("o");
    wait_row(&path, "r4", ["done", "opinion", ""]);
    tty.send("q");
    assert_eq!(tty.wait_exit(), 0);
    let s = |a: &str, b: &str, c: &str| [a.to_string(), b.to_string(), c.to_string()];
    assert_eq!(
        state(&path),
        [
            (
                "r1".into(),
                s("done", "inaccurate", "ONS, table 4; \"=1+1\"")
            ),
            ("r2".into(), s("todo", "", "")),
            ("r3".into(), s("done", "accurate", "")),
            ("r4".into(), s("done", "opinion", "")),
        ]
    );
    // The user's column is where it was, with its cells.
    let c = Checklist::read(&path).unwrap();
    assert_eq!(c.header()[2], "desk");
    let desks: Vec<&str> = c.rows().iter().map(|r| r[2].as_str()).collect();
    assert_eq!(
        desks,
        ["desk of r1", "desk of r2", "desk of r3", "desk of r4"]
    );
}

#[test]
fn sigkill_mid_review_loses_only_the_note_being_typed() {
    let dir = Dir::new("review-kill");
    write_checklist(&dir, "c.csv", &ROWS);
    let path = dir.path("c.csv");
    let mut tty = Session::start(&dir, "c.csv");
    tty.send("a");
    wait_row(&path, "r3", ["done", "accurate", ""]);
    tty.send("m");
    wait_row(&path, "r1", ["done", "misleading", ""]);
    tty.send("nhalf-typed note");
    tty.wait_screen("half-typed note");
    tty.kill9();
    let s = |a: &str, b: &str| [a.to_string(), b.to_string(), String::new()];
    assert_eq!(
        state(&path),
        [
            ("r1".into(), s("done", "misleading")),
            ("r2".into(), s("todo", "")),
            ("r3".into(), s("done", "accurate")),
            ("r4".into(), s("todo", "")),
        ]
    );
    // The killed process's lock died with it: the next writer does not wait.
    let mut mark = dir.cmd(&["mark", "c.csv", "r4", "--verdict", "opinion"]);
    mark.env("CLAIMSIFT_LOCK_TIMEOUT", "2");
    run_expect(&mut mark, None, 0);
    assert_eq!(row_state(&path, "r4"), ["done", "opinion", ""]);
}

#[test]
fn sigkill_at_any_moment_leaves_a_file_that_parses_and_keeps_a_prefix() {
    const N: usize = 150;
    let sentences: Vec<String> = (0..N)
        .map(|i| format!("Item {i} cost {} dollars.", 100 + i))
        .collect();
    let claims: Vec<String> = (0..N).map(|i| format!("{} dollars", 100 + i)).collect();
    let ids: Vec<String> = (0..N).map(|i| format!("row{i:03}")).collect();
    let rows: Vec<(&str, &str, u32, &str, &str)> = (0..N)
        .map(|i| {
            (
                ids[i].as_str(),
                "high",
                (1000 - i) as u32,
                claims[i].as_str(),
                sentences[i].as_str(),
            )
        })
        .collect();
    for (round, delay_ms) in [15u64, 40, 80, 160].into_iter().enumerate() {
        let dir = Dir::new(&format!("review-stress-{round}"));
        write_checklist(&dir, "c.csv", &rows);
        let path = dir.path("c.csv");
        let mut tty = Session::start(&dir, "c.csv");
        tty.send(&"a".repeat(N));
        std::thread::sleep(Duration::from_millis(delay_ms));
        tty.kill9();
        let got = state(&path);
        assert_eq!(got.len(), N);
        // Rows are reviewed in id order (score falls with i): the accurate ones are a prefix.
        let done = got.iter().filter(|(_, s)| s[1] == "accurate").count();
        for (i, (id, s)) in got.iter().enumerate() {
            assert_eq!(id, &ids[i]);
            let want = if i < done {
                ["done", "accurate", ""]
            } else {
                ["todo", "", ""]
            };
            assert_eq!(s, &want, "round {round}: row {id} after {done} decisions");
        }
        eprintln!("round {round}: killed after {delay_ms} ms with {done} of {N} rows decided");
    }
}

#[test]
fn review_without_a_terminal_is_refused_and_nothing_changes() {
    let dir = Dir::new("review-notty");
    write_checklist(&dir, "c.csv", &ROWS);
    let before = dir.read("c.csv");
    let out = run_expect(&mut dir.cmd(&["review", "c.csv"]), None, 2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("review needs a terminal"), "{stderr}");
    assert_eq!(dir.read("c.csv"), before);
}
