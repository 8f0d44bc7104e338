//! `claimsift stats`: where a review stands.

use std::fmt;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::{Checklist, Col, VERDICTS};
use crate::claim::{Kind, Priority, Status};

/// Counts of a checklist's rows by status, verdict, kind and priority.
///
/// Each table lists the schema's words first, in the schema's order and with zeros, so a
/// script can rely on the keys; words a user typed by hand follow, sorted. An empty verdict
/// is counted as `none`, an empty cell elsewhere as `(empty)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Number of rows.
    pub rows: usize,
    /// Rows by status.
    #[serde(serialize_with = "ordered")]
    pub status: Vec<(String, usize)>,
    /// Rows by verdict.
    #[serde(serialize_with = "ordered")]
    pub verdict: Vec<(String, usize)>,
    /// Rows by kind.
    #[serde(serialize_with = "ordered")]
    pub kind: Vec<(String, usize)>,
    /// Rows by priority.
    #[serde(serialize_with = "ordered")]
    pub priority: Vec<(String, usize)>,
}

impl Stats {
    /// Counts the rows of `checklist`.
    pub fn of(checklist: &Checklist) -> Stats {
        let count = |col: Col, known: &[&str], empty: &str| -> Vec<(String, usize)> {
            let mut table: Vec<(String, usize)> =
                known.iter().map(|k| (k.to_string(), 0)).collect();
            let mut extra: Vec<(String, usize)> = Vec::new();
            for r in 0..checklist.len() {
                let cell = checklist.get(r, col);
                let word = if cell.is_empty() { empty } else { cell };
                match table.iter_mut().find(|(k, _)| k == word) {
                    Some((_, n)) => *n += 1,
                    None => match extra.iter_mut().find(|(k, _)| k == word) {
                        Some((_, n)) => *n += 1,
                        None => extra.push((word.to_string(), 1)),
                    },
                }
            }
            extra.sort();
            table.extend(extra);
            table
        };
        let statuses: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        let mut verdicts: Vec<&str> = VERDICTS.to_vec();
        verdicts.push("none");
        let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        let priorities: Vec<&str> = Priority::ALL.iter().map(|p| p.as_str()).collect();
        Stats {
            rows: checklist.len(),
            status: count(Col::Status, &statuses, "(empty)"),
            verdict: count(Col::Verdict, &verdicts, "none"),
            kind: count(Col::Kind, &kinds, "(empty)"),
            priority: count(Col::Priority, &priorities, "(empty)"),
        }
    }
}

impl fmt::Display for Stats {
    /// A table for the terminal; zero counts are left out.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:<9} {}", "rows", self.rows)?;
        for (name, table) in [
            ("status", &self.status),
            ("verdict", &self.verdict),
            ("kind", &self.kind),
            ("priority", &self.priority),
        ] {
            let cells: Vec<String> = table
                .iter()
                .filter(|(_, n)| *n > 0)
                .map(|(k, n)| format!("{k} {n}"))
                .collect();
            writeln!(f, "{name:<9} {}", cells.join(", "))?;
        }
        Ok(())
    }
}

/// A table as a JSON object whose keys keep the table's order.
fn ordered<S: Serializer>(table: &[(String, usize)], s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(table.len()))?;
    for (k, n) in table {
        map.serialize_entry(k, n)?;
    }
    map.end()
}
