//! `claimsift review`: the terminal reviewer.
//!
//! It walks the open rows (status `todo`) by priority, then score, then file order; shows the
//! claim highlighted in its sentence with speaker, cues, kind and value; and takes a verdict
//! or a note with single keys. Each decision is saved at once through
//! [`checklist::edit`]: the file is locked, re-read, changed in that
//! one row and saved atomically. So a kill at any moment loses at most the note being typed,
//! and a `claimsift mark` or a second reviewer working on the same file at the same time is
//! never overwritten.
//!
//! The screen is drawn by [`App::draw`] and keys handled by [`App::handle_key`], both free of
//! any terminal, so they are tested on ratatui's `TestBackend`; [`run`] only wires them to
//! the real terminal.

use std::fmt;
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Wrap};

use crate::checklist::{self, Checklist, Col};
use crate::claim::fold_whitespace;
use crate::error::{Error, Result};

/// The verdict keys, in the order the help line shows them.
pub const VERDICT_KEYS: [(char, &str); 5] = [
    ('a', "accurate"),
    ('i', "inaccurate"),
    ('m', "misleading"),
    ('e', "unsupported"),
    ('o', "opinion"),
];

/// What a review session did, printed when it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewSummary {
    /// Decisions saved (verdicts, skips, notes; an undo takes one back).
    pub saved: usize,
    /// Rows still open when the session ended.
    pub open: usize,
}

impl fmt::Display for ReviewSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} decision(s) saved this session; {} open row(s) left",
            self.saved, self.open
        )
    }
}

/// Reviews the checklist at `path` in the terminal until the reviewer quits.
///
/// A malformed checklist is refused before the screen is touched; without a terminal on
/// stdin and stdout the command refuses too (scripts use `claimsift mark`).
pub fn run(path: &Path) -> Result<ReviewSummary> {
    let checklist = Checklist::read(path)?;
    let mut app = App::new(path, checklist);
    if app.open_rows() == 0 {
        eprintln!(
            "claimsift: {}: nothing to review: no row has status todo",
            path.display()
        );
        return Ok(app.summary());
    }
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        return Err(Error::Usage(
            "review needs a terminal; in scripts, use claimsift mark".into(),
        ));
    }
    let mut terminal = ratatui::try_init().map_err(terminal_error)?;
    let result = (|| {
        while !app.quit {
            terminal
                .draw(|frame| app.draw(frame))
                .map_err(terminal_error)?;
            if let Event::Key(key) = event::read().map_err(terminal_error)? {
                app.handle_key(key);
            }
        }
        Ok(())
    })();
    ratatui::restore();
    result.map(|()| app.summary())
}

fn terminal_error(e: io::Error) -> Error {
    Error::io("terminal", e)
}

/// What a key does in the current mode.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Mode {
    /// Looking at a row: verdict keys, navigation.
    Browse,
    /// Typing a note: the text and the cursor (a char index).
    Note { text: String, cursor: usize },
    /// The help panel.
    Help,
}

/// A saved decision, with what the row held before, for undo.
#[derive(Debug, Clone)]
struct Undo {
    id: String,
    status: String,
    verdict: String,
    notes: String,
    at: usize,
}

/// The reviewer's state: the checklist as last saved, the queue of open rows, the mode.
#[derive(Debug)]
pub struct App {
    path: PathBuf,
    checklist: Checklist,
    /// Ids of the rows that were open at the start, in review order.
    queue: Vec<String>,
    /// Position in `queue`; `queue.len()` when every row has a decision.
    at: usize,
    undo: Vec<Undo>,
    mode: Mode,
    message: String,
    saved: usize,
    quit: bool,
}

fn is_open(status: &str) -> bool {
    status.is_empty() || status.eq_ignore_ascii_case("todo")
}

impl App {
    /// A session on `checklist`, read from `path` (where each decision is saved).
    pub fn new(path: &Path, checklist: Checklist) -> App {
        let rank = |p: &str| match p {
            "high" => 0,
            "medium" => 1,
            "low" => 2,
            _ => 3,
        };
        let mut open: Vec<usize> = (0..checklist.len())
            .filter(|&r| is_open(checklist.get(r, Col::Status)))
            .collect();
        open.sort_by_key(|&r| {
            let score: i64 = checklist.get(r, Col::Score).trim().parse().unwrap_or(0);
            (rank(checklist.get(r, Col::Priority)), -score, r)
        });
        let queue = open
            .into_iter()
            .map(|r| checklist.get(r, Col::Id).to_string())
            .collect();
        App {
            path: path.to_path_buf(),
            checklist,
            queue,
            at: 0,
            undo: Vec::new(),
            mode: Mode::Browse,
            message: String::new(),
            saved: 0,
            quit: false,
        }
    }

    /// The checklist as last read or saved.
    pub fn checklist(&self) -> &Checklist {
        &self.checklist
    }

    /// True once the reviewer has quit.
    pub fn has_quit(&self) -> bool {
        self.quit
    }

    /// The session's summary so far.
    pub fn summary(&self) -> ReviewSummary {
        ReviewSummary {
            saved: self.saved,
            open: self.open_rows(),
        }
    }

    /// Rows of the queue that are still open.
    pub fn open_rows(&self) -> usize {
        self.queue
            .iter()
            .filter(|id| {
                self.row_of(id)
                    .is_some_and(|r| is_open(self.checklist.get(r, Col::Status)))
            })
            .count()
    }

    fn row_of(&self, id: &str) -> Option<usize> {
        self.checklist.find(id)
    }

    /// The row under review, if any is left.
    fn current(&self) -> Option<usize> {
        self.queue.get(self.at).and_then(|id| self.row_of(id))
    }

    fn open_at(&self, i: usize) -> bool {
        self.queue
            .get(i)
            .and_then(|id| self.row_of(id))
            .is_some_and(|r| is_open(self.checklist.get(r, Col::Status)))
    }

    /// Moves to the next open row after the current one, wrapping round; past the end when
    /// none is left.
    fn advance(&mut self) {
        let n = self.queue.len();
        self.at = (1..=n)
            .map(|step| (self.at + step) % n.max(1))
            .find(|&i| self.open_at(i))
            .unwrap_or(n);
    }

    fn back(&mut self) {
        let n = self.queue.len();
        if n == 0 {
            return;
        }
        let from = self.at.min(n);
        if let Some(i) = (1..=n)
            .map(|step| (from + n - step) % n)
            .find(|&i| self.open_at(i))
        {
            self.at = i;
        }
    }

    /// Saves a change to the current row and remembers how to undo it.
    fn save(&mut self, change: impl FnOnce(&mut Checklist, usize)) -> bool {
        let Some(id) = self.queue.get(self.at).cloned() else {
            return false;
        };
        let result = checklist::edit(&self.path, |c| {
            let row = c
                .find(&id)
                .ok_or_else(|| Error::Usage(format!("the row {id} is no longer in the file")))?;
            let before = (
                c.get(row, Col::Status).to_string(),
                c.get(row, Col::Verdict).to_string(),
                c.get(row, Col::Notes).to_string(),
            );
            change(c, row);
            Ok(before)
        });
        match result {
            Ok(((status, verdict, notes), saved)) => {
                self.checklist = saved;
                self.undo.push(Undo {
                    id,
                    status,
                    verdict,
                    notes,
                    at: self.at,
                });
                self.saved += 1;
                true
            }
            Err(e) => {
                self.message = format!("NOT SAVED: {e}");
                false
            }
        }
    }

    fn decide(&mut self, verdict: Option<&str>, status: &str) {
        if self.current().is_none() {
            return;
        }
        let saved = self.save(|c, row| {
            if let Some(v) = verdict {
                c.set(row, Col::Verdict, v);
            }
            c.set(row, Col::Status, status);
        });
        if saved {
            self.message = match verdict {
                Some(v) => format!("saved: {v}"),
                None => "saved: skipped".into(),
            };
            self.advance();
        }
    }

    fn take_back(&mut self) {
        let Some(undo) = self.undo.pop() else {
            self.message = "nothing to undo".into();
            return;
        };
        let result = checklist::edit(&self.path, |c| {
            let row = c.find(&undo.id).ok_or_else(|| {
                Error::Usage(format!("the row {} is no longer in the file", undo.id))
            })?;
            c.set(row, Col::Status, undo.status.clone());
            c.set(row, Col::Verdict, undo.verdict.clone());
            c.set(row, Col::Notes, undo.notes.clone());
            Ok(())
        });
        match result {
            Ok(((), saved)) => {
                self.checklist = saved;
                self.at = undo.at;
                self.saved = self.saved.saturating_sub(1);
                self.message = format!("undone: row {} is as it was", undo.id);
            }
            Err(e) => {
                self.message = format!("NOT UNDONE: {e}");
                self.undo.push(undo);
            }
        }
    }

    /// Handles one key press.
    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind != KeyEventKind::Press {
            return;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            self.quit = true;
            return;
        }
        match std::mem::replace(&mut self.mode, Mode::Browse) {
            Mode::Help => {
                if key.code == KeyCode::Char('q') {
                    self.quit = true;
                }
            }
            Mode::Note { text, cursor } => self.note_key(key, text, cursor),
            Mode::Browse => self.browse_key(key),
        }
    }

    fn browse_key(&mut self, key: KeyEvent) {
        self.message.clear();
        match key.code {
            KeyCode::Char('q') | KeyCode::Esc => self.quit = true,
            KeyCode::Char('?') | KeyCode::Char('h') => self.mode = Mode::Help,
            KeyCode::Char('u') => self.take_back(),
            KeyCode::Char('s') => self.decide(None, "skipped"),
            KeyCode::Char('n') => {
                if let Some(row) = self.current() {
                    let text = self.checklist.get(row, Col::Notes).to_string();
                    let cursor = text.chars().count();
                    self.mode = Mode::Note { text, cursor };
                }
            }
            KeyCode::Right | KeyCode::Down | KeyCode::Tab | KeyCode::Char('j')
                if self.open_rows() > 0 =>
            {
                self.advance()
            }
            KeyCode::Left | KeyCode::Up | KeyCode::BackTab | KeyCode::Char('k') => self.back(),
            KeyCode::Char(c) => {
                if let Some((_, verdict)) = VERDICT_KEYS.iter().find(|(k, _)| *k == c) {
                    self.decide(Some(verdict), "done");
                }
            }
            _ => {}
        }
    }

    fn note_key(&mut self, key: KeyEvent, mut text: String, mut cursor: usize) {
        let byte = |text: &str, cursor: usize| {
            text.char_indices()
                .nth(cursor)
                .map_or(text.len(), |(i, _)| i)
        };
        match key.code {
            KeyCode::Enter => {
                let saved = self.save(|c, row| c.set(row, Col::Notes, text));
                if saved {
                    self.message = "saved: note".into();
                }
                return;
            }
            KeyCode::Esc => {
                self.message = "note not changed".into();
                return;
            }
            KeyCode::Char(c) => {
                let at = byte(&text, cursor);
                text.insert(at, c);
                cursor += 1;
            }
            KeyCode::Backspace if cursor > 0 => {
                cursor -= 1;
                let at = byte(&text, cursor);
                text.remove(at);
            }
            KeyCode::Delete if cursor < text.chars().count() => {
                let at = byte(&text, cursor);
                text.remove(at);
            }
            KeyCode::Left => cursor = cursor.saturating_sub(1),
            KeyCode::Right => cursor = (cursor + 1).min(text.chars().count()),
            KeyCode::Home => cursor = 0,
            KeyCode::End => cursor = text.chars().count(),
            _ => {}
        }
        self.mode = Mode::Note { text, cursor };
    }

    /// Draws the screen.
    pub fn draw(&self, frame: &mut Frame) {
        // The sentence box is as tall as the wrapped sentence (plus a blank line and borders),
        // so the details sit right under it; spare rows go below them.
        let area = frame.area();
        let sentence_width = self.current().map_or(0, |r| {
            Line::from(display(self.checklist.get(r, Col::Sentence))).width()
        });
        let inner = usize::from(area.width.saturating_sub(4)).max(1);
        let wrapped = sentence_width.div_ceil(inner).max(1) + 1;
        let box_height = u16::try_from(wrapped + 2).unwrap_or(u16::MAX).max(5);
        let [title, body, details, spare, status, help] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(box_height),
            Constraint::Length(9),
            Constraint::Min(0),
            Constraint::Length(1),
            Constraint::Length(2),
        ])
        .areas(area);
        let name = self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let open = self.open_rows();
        let position = match self.current() {
            Some(_) => {
                let nth = (0..self.at).filter(|&i| self.open_at(i)).count() + 1;
                format!("row {nth} of {open} open")
            }
            None => "no open rows".to_string(),
        };
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(
                    " claimsift review ",
                    Style::new().add_modifier(Modifier::BOLD),
                ),
                Span::raw(format!("{name} · {position} · {} saved", self.saved)),
            ])),
            title,
        );
        match (&self.mode, self.current()) {
            (Mode::Help, _) => self.draw_help(frame, body.union(details).union(spare)),
            (_, Some(row)) if self.open_at(self.at) => {
                self.draw_row(frame, row, body, details);
            }
            _ => frame.render_widget(
                Paragraph::new(
                    "Every open row has a decision. u takes the last one back, q quits.",
                )
                .block(Block::new().borders(Borders::ALL))
                .wrap(Wrap { trim: false }),
                body,
            ),
        }
        match &self.mode {
            Mode::Note { text, cursor } => {
                let prompt = "note> ";
                let shown = display(text);
                frame.render_widget(
                    Paragraph::new(Line::from(vec![
                        Span::styled(prompt, Style::new().add_modifier(Modifier::BOLD)),
                        Span::raw(shown.clone()),
                    ])),
                    status,
                );
                let before: String = shown.chars().take(*cursor).collect();
                // A note longer than the screen must not overflow the column arithmetic.
                let offset = prompt.len() + Line::from(before).width();
                let x = status
                    .x
                    .saturating_add(u16::try_from(offset).unwrap_or(u16::MAX));
                frame.set_cursor_position(Position::new(
                    x.min(status.right().saturating_sub(1)),
                    status.y,
                ));
            }
            _ => frame.render_widget(
                Paragraph::new(self.message.as_str()).style(if self.message.starts_with("NOT") {
                    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
                } else {
                    Style::new()
                }),
                status,
            ),
        }
        frame.render_widget(
            Paragraph::new(help_line(&self.mode)).wrap(Wrap { trim: true }),
            help,
        );
    }

    fn draw_row(&self, frame: &mut Frame, row: usize, body: Rect, details: Rect) {
        let c = &self.checklist;
        let get = |col| c.get(row, col);
        let sentence = display(get(Col::Sentence));
        let claim = display(&fold_whitespace(get(Col::Claim)));
        let highlight = Style::new()
            .fg(Color::Black)
            .bg(Color::Yellow)
            .add_modifier(Modifier::BOLD);
        let line = match sentence.find(&claim).filter(|_| !claim.is_empty()) {
            Some(at) => Line::from(vec![
                Span::raw(sentence[..at].to_string()),
                Span::styled(claim.clone(), highlight),
                Span::raw(sentence[at + claim.len()..].to_string()),
            ]),
            None => Line::from(sentence.clone()),
        };
        let title = format!(
            " {} priority · score {} · {} ",
            or_dash(get(Col::Priority)),
            or_dash(get(Col::Score)),
            or_dash(get(Col::Kind))
        );
        frame.render_widget(
            Paragraph::new(Text::from(vec![Line::raw(""), line]))
                .block(
                    Block::new()
                        .borders(Borders::ALL)
                        .title(title)
                        .padding(Padding::horizontal(1)),
                )
                .wrap(Wrap { trim: false }),
            body,
        );
        let label = Style::new().fg(Color::Cyan);
        let field = |name: &'static str, value: String| {
            Line::from(vec![
                Span::styled(format!(" {name:<9}"), label),
                Span::raw(value),
            ])
        };
        let value = {
            let mut parts = vec![or_dash(get(Col::Value)).to_string()];
            if !get(Col::Unit).is_empty() {
                parts.push(display(get(Col::Unit)));
            }
            if !get(Col::Qualifier).is_empty() && get(Col::Qualifier) != "exact" {
                parts.push(format!("({})", display(get(Col::Qualifier))));
            }
            parts.join(" ")
        };
        let lines = vec![
            field("claim", display(get(Col::Claim))),
            field("value", value),
            field("speaker", display(or_dash(get(Col::Speaker)))),
            field("cues", display(or_dash(get(Col::Cues)))),
            field(
                "source",
                format!(
                    "{}, line {}",
                    display(get(Col::Source)),
                    or_dash(get(Col::Line))
                ),
            ),
            field("verdict", display(or_dash(get(Col::Verdict)))),
            field("notes", display(or_dash(get(Col::Notes)))),
            field("id", display(get(Col::Id))),
        ];
        frame.render_widget(Paragraph::new(lines), details);
    }

    fn draw_help(&self, frame: &mut Frame, area: Rect) {
        let mut lines = vec![Line::raw("")];
        for (key, verdict) in VERDICT_KEYS {
            lines.push(Line::raw(format!(
                "  {key}      {verdict}: the row is done with this verdict"
            )));
        }
        for (keys, what) in [
            ("s", "skip: set aside (status skipped), no verdict"),
            ("n", "note: type, Enter saves, Esc cancels"),
            ("u", "undo the last decision (saved at once too)"),
            ("→ ←", "next / previous open row without deciding"),
            ("q", "quit: every decision is already in the file"),
        ] {
            lines.push(Line::raw(format!("  {keys:<6} {what}")));
        }
        lines.push(Line::raw(""));
        lines.push(Line::raw("  Any key closes this help."));
        frame.render_widget(
            Paragraph::new(lines).block(Block::new().borders(Borders::ALL).title(" keys ")),
            area,
        );
    }
}

fn help_line(mode: &Mode) -> Line<'static> {
    let key = Style::new().add_modifier(Modifier::BOLD).fg(Color::Yellow);
    let mut spans = Vec::new();
    let pairs: Vec<(&str, &str)> = match mode {
        Mode::Note { .. } => vec![("Enter", "save note"), ("Esc", "cancel")],
        Mode::Help => vec![("any key", "back"), ("q", "quit")],
        Mode::Browse => vec![
            ("a", "accurate"),
            ("i", "inaccurate"),
            ("m", "misleading"),
            ("e", "unsupported"),
            ("o", "opinion"),
            ("s", "skip"),
            ("n", "note"),
            ("u", "undo"),
            ("←→", "move"),
            ("?", "help"),
            ("q", "quit"),
        ],
    };
    for (i, (k, what)) in pairs.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(k, key));
        spans.push(Span::raw(format!(" {what}")));
    }
    Line::from(spans)
}

fn or_dash(s: &str) -> &str {
    if s.is_empty() { "—" } else { s }
}

/// Control characters (a newline in a note, a tab from the article) would break the layout:
/// they are shown as spaces.
fn display(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::HEADER;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    struct Temp(PathBuf);
    impl Drop for Temp {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// A checklist of three rows (ids r1..r3), saved in a fresh folder.
    fn fixture(name: &str) -> (Temp, PathBuf) {
        let dir =
            std::env::temp_dir().join(format!("claimsift-review-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("c.csv");
        let mut header: Vec<String> = HEADER.iter().map(|s| s.to_string()).collect();
        header.insert(3, "desk".into());
        let mut c = Checklist::new(header).unwrap();
        for (id, priority, score, claim, sentence) in [
            (
                "r1",
                "low",
                "20",
                "3 bridges",
                "Officials said 3 bridges closed.",
            ),
            (
                "r2",
                "high",
                "80",
                "$5m",
                "The council spent $5m on roads, Smith said.",
            ),
            ("r3", "high", "70", "95%", "It rose to 95% in Syria."),
        ] {
            let mut row = vec![String::new(); 19];
            let at = |col: Col| c.position(col);
            row[at(Col::Id)] = id.into();
            row[at(Col::Status)] = "todo".into();
            row[at(Col::Priority)] = priority.into();
            row[at(Col::Score)] = score.into();
            row[at(Col::Kind)] = "count".into();
            row[at(Col::Claim)] = claim.into();
            row[at(Col::Sentence)] = sentence.into();
            row[at(Col::Source)] = "a.txt".into();
            row[at(Col::Speaker)] = if id == "r2" {
                "Smith".into()
            } else {
                String::new()
            };
            row[3] = format!("desk {id}");
            c.push_row(row).unwrap();
        }
        c.save(&path).unwrap();
        (Temp(dir), path)
    }

    fn key(c: char) -> KeyEvent {
        KeyEvent::from(KeyCode::Char(c))
    }

    fn states(path: &Path) -> Vec<(String, String, String, String)> {
        let c = Checklist::read(path).unwrap();
        (0..c.len())
            .map(|r| {
                (
                    c.get(r, Col::Id).to_string(),
                    c.get(r, Col::Status).to_string(),
                    c.get(r, Col::Verdict).to_string(),
                    c.get(r, Col::Notes).to_string(),
                )
            })
            .collect()
    }

    fn s(id: &str, status: &str, verdict: &str, notes: &str) -> (String, String, String, String) {
        (id.into(), status.into(), verdict.into(), notes.into())
    }

    #[test]
    fn walks_by_priority_saves_each_decision_and_undoes() {
        let (_t, path) = fixture("walk");
        let mut app = App::new(&path, Checklist::read(&path).unwrap());
        // r2 (high, 80) first, then r3 (high, 70), then r1 (low).
        assert_eq!(app.queue, ["r2", "r3", "r1"]);
        app.handle_key(key('a'));
        assert_eq!(states(&path)[1], s("r2", "done", "accurate", ""));
        app.handle_key(key('n'));
        for c in "ONS, table 4".chars() {
            app.handle_key(key(c));
        }
        app.handle_key(KeyEvent::from(KeyCode::Enter));
        assert_eq!(states(&path)[2], s("r3", "todo", "", "ONS, table 4"));
        app.handle_key(key('s'));
        assert_eq!(states(&path)[2], s("r3", "skipped", "", "ONS, table 4"));
        app.handle_key(key('u'));
        assert_eq!(states(&path)[2], s("r3", "todo", "", "ONS, table 4"));
        app.handle_key(key('e'));
        app.handle_key(key('m'));
        assert_eq!(
            states(&path),
            [
                s("r1", "done", "misleading", ""),
                s("r2", "done", "accurate", ""),
                s("r3", "done", "unsupported", "ONS, table 4"),
            ]
        );
        assert_eq!(app.summary(), ReviewSummary { saved: 4, open: 0 });
        // The user column is kept.
        let c = Checklist::read(&path).unwrap();
        assert_eq!(c.rows()[0][3], "desk r1");
        app.handle_key(key('q'));
        assert!(app.has_quit());
    }

    #[test]
    fn escape_cancels_a_note_and_arrows_move_without_saving() {
        let (_t, path) = fixture("esc");
        let before = std::fs::read(&path).unwrap();
        let mut app = App::new(&path, Checklist::read(&path).unwrap());
        app.handle_key(key('n'));
        app.handle_key(key('x'));
        app.handle_key(KeyEvent::from(KeyCode::Esc));
        app.handle_key(KeyEvent::from(KeyCode::Right));
        app.handle_key(KeyEvent::from(KeyCode::Right));
        assert_eq!(app.queue[app.at], "r1");
        app.handle_key(KeyEvent::from(KeyCode::Right));
        assert_eq!(app.queue[app.at], "r2");
        app.handle_key(KeyEvent::from(KeyCode::Left));
        assert_eq!(app.queue[app.at], "r1");
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn a_change_made_by_another_process_is_not_overwritten() {
        let (_t, path) = fixture("other");
        let mut app = App::new(&path, Checklist::read(&path).unwrap());
        // `claimsift mark` on r1 while the reviewer looks at r2.
        let change = checklist::Mark {
            verdict: Some("opinion".into()),
            ..Default::default()
        };
        checklist::mark(&path, "r1", &change).unwrap();
        app.handle_key(key('a'));
        let got = states(&path);
        assert_eq!(got[0], s("r1", "done", "opinion", ""));
        assert_eq!(got[1], s("r2", "done", "accurate", ""));
        // r1 is no longer open, so after r3 the review is over.
        app.handle_key(key('i'));
        assert_eq!(app.summary().open, 0);
    }

    fn screen(app: &App) -> (Vec<String>, ratatui::buffer::Buffer) {
        let mut terminal = Terminal::new(TestBackend::new(80, 20)).unwrap();
        terminal.draw(|f| app.draw(f)).unwrap();
        let buffer = terminal.backend().buffer().clone();
        let lines = (0..buffer.area.height)
            .map(|y| {
                (0..buffer.area.width)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect();
        (lines, buffer)
    }

    #[test]
    fn screen_shows_the_claim_highlighted_in_its_sentence() {
        let (_t, path) = fixture("screen");
        let app = App::new(&path, Checklist::read(&path).unwrap());
        let (lines, buffer) = screen(&app);
        let text = lines.join("\n");
        assert!(
            lines[0].contains("c.csv · row 1 of 3 open · 0 saved"),
            "{text}"
        );
        assert!(
            lines[1].contains("high priority · score 80 · count"),
            "{text}"
        );
        let y = lines
            .iter()
            .position(|l| l.contains("The council spent $5m on roads, Smith said."))
            .unwrap_or_else(|| panic!("{text}"));
        let byte = lines[y].find("$5m").unwrap();
        let x = lines[y][..byte].chars().count() as u16;
        for dx in 0..3 {
            assert_eq!(buffer[(x + dx, y as u16)].bg, Color::Yellow, "{text}");
        }
        assert_ne!(buffer[(x + 3, y as u16)].bg, Color::Yellow);
        assert!(text.contains(" speaker  Smith"), "{text}");
        assert!(text.contains(" source   a.txt, line —"), "{text}");
        assert!(
            text.contains("a accurate  i inaccurate  m misleading  e unsupported"),
            "{text}"
        );
    }
}
