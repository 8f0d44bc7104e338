//! `extract --update`: merging a re-run into the checklist a reviewer has been working on.
//!
//! The promise: no verdict, note or user column is ever lost. Rows are matched by `id` (a
//! hash of sentence, claim text and kind, so an unchanged claim keeps its id); a claim whose
//! sentence was edited elsewhere gets a new id and is matched to its old row when that is
//! unambiguous; everything else is new (`todo`) or stale (kept, marked `stale`).
//!
//! Which old rows a run speaks for: those whose `source` is one of the run's inputs, or all
//! of them when the checklist holds one source and the run reads one input (the article was
//! renamed, or came on stdin). Rows of other articles are left exactly as they were, so a
//! checklist of several articles can be updated one article at a time.
//!
//! Row order after an update: the run's rows in extraction order (by score within each
//! article, articles in the order given), then the rows of articles not in this run as they
//! were, then the stale rows in their old order, so what is left to review comes first and
//! what has gone sinks to the bottom.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::{Checklist, Col, Lock, UniqueIds, claim_cells};
use crate::claim::Claim;
use crate::error::{Error, Result};

/// Options of an update.
#[derive(Debug, Clone, Default)]
pub struct UpdateOptions {
    /// Fill an `explain` column (added at the end if the checklist has none).
    pub explain: bool,
    /// Write a UTF-8 byte order mark (a checklist that had one keeps it anyway).
    pub excel: bool,
}

/// What an update did, for the summary line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateSummary {
    /// Claims that kept their old row (status, verdict, notes, user columns).
    pub kept: usize,
    /// Of those, how many were matched to their old row after their sentence changed.
    pub matched_after_edit: usize,
    /// Claims with no old row: added as `todo`.
    pub new: usize,
    /// Old rows of this run's articles whose claim is gone: kept, status `stale`.
    pub stale: usize,
    /// Of those, how many were not stale before.
    pub newly_stale: usize,
    /// Rows of articles this run did not read, left as they were.
    pub other_sources: usize,
    /// True when the checklist did not exist and was created.
    pub created: bool,
}

impl std::fmt::Display for UpdateSummary {
    /// `kept 5 (1 matched after an edit), new 1, stale 2`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "kept {}", self.kept)?;
        if self.matched_after_edit > 0 {
            write!(f, " ({} matched after an edit)", self.matched_after_edit)?;
        }
        write!(f, ", new {}, stale {}", self.new, self.stale)?;
        if self.newly_stale != self.stale {
            write!(f, " ({} newly)", self.newly_stale)?;
        }
        if self.other_sources > 0 {
            write!(
                f,
                "; {} rows of other articles left as they were",
                self.other_sources
            )?;
        }
        if self.created {
            f.write_str(" (new checklist)")?;
        }
        Ok(())
    }
}

/// Two sentences count as "the same sentence, slightly edited" when their word sets overlap
/// this much (Dice coefficient): one word changed in a six-word sentence scores 0.83.
const SAME_SENTENCE: f64 = 0.5;

/// Merges a run's `claims` (from the inputs `sources`, in order) into `old`; `None` means
/// there is no checklist yet.
pub fn merge(
    old: Option<Checklist>,
    claims: &[Claim],
    sources: &[String],
    explain: bool,
) -> (Checklist, UpdateSummary) {
    let mut summary = UpdateSummary::default();
    let Some(mut old) = old else {
        let fresh = Checklist::from_claims(claims, explain);
        summary.new = fresh.len();
        summary.created = true;
        return (fresh, summary);
    };
    if explain && old.position_of("explain").is_none() {
        old.header.push("explain".into());
        for row in &mut old.rows {
            row.push(String::new());
        }
    }
    let explain_at = if explain {
        old.position_of("explain")
    } else {
        None
    };

    // Which old rows this run speaks for, and under which source.
    let run_sources: HashSet<&str> = sources.iter().map(String::as_str).collect();
    let old_sources: HashSet<&str> = (0..old.len()).map(|r| old.get(r, Col::Source)).collect();
    let renamed_to = match (old_sources.len(), sources) {
        (1, [only]) => Some(only.as_str()),
        _ => None,
    };
    let scope: Vec<Option<&str>> = (0..old.len())
        .map(|r| {
            let s = old.get(r, Col::Source);
            if run_sources.contains(s) {
                Some(s)
            } else {
                renamed_to
            }
        })
        .collect();

    // Ids of other articles' rows stay taken, so a shared sentence cannot collide with them.
    let mut ids = UniqueIds::new();
    for (r, s) in scope.iter().enumerate() {
        if s.is_none() {
            ids.reserve(old.get(r, Col::Id));
        }
    }
    let new_cells: Vec<[String; 18]> = claims
        .iter()
        .map(|c| {
            let mut cells = claim_cells(c);
            cells[Col::Id as usize] = ids.claim(&c.id);
            cells
        })
        .collect();

    // 1. Same id.
    let by_id: HashMap<&str, usize> = (0..old.len())
        .filter(|&r| scope[r].is_some())
        .map(|r| (old.get(r, Col::Id), r))
        .collect();
    let mut matched: Vec<Option<(usize, bool)>> = new_cells
        .iter()
        .map(|cells| {
            by_id
                .get(cells[Col::Id as usize].as_str())
                .map(|&r| (r, false))
        })
        .collect();
    let mut used = vec![false; old.len()];
    for (r, _) in matched.iter().flatten() {
        used[*r] = true;
    }

    // 2. Same kind, value, claim text and source, sentence edited: only one-to-one pairs.
    type Key<'a> = (&'a str, &'a str, &'a str, &'a str);
    let mut groups: HashMap<Key, (Vec<usize>, Vec<usize>)> = HashMap::new();
    for (k, cells) in new_cells.iter().enumerate() {
        if matched[k].is_none() {
            let key = (
                cells[Col::Kind as usize].as_str(),
                cells[Col::Value as usize].as_str(),
                cells[Col::Claim as usize].as_str(),
                cells[Col::Source as usize].as_str(),
            );
            groups.entry(key).or_default().0.push(k);
        }
    }
    for r in 0..old.len() {
        if let (false, Some(source)) = (used[r], scope[r]) {
            let key = (
                old.get(r, Col::Kind),
                old.get(r, Col::Value),
                old.get(r, Col::Claim),
                source,
            );
            if let Some(group) = groups.get_mut(&key) {
                group.1.push(r);
            }
        }
    }
    for (news, olds) in groups.values() {
        if let ([k], [r]) = (news.as_slice(), olds.as_slice()) {
            let similar = word_overlap(
                &new_cells[*k][Col::Sentence as usize],
                old.get(*r, Col::Sentence),
            ) >= SAME_SENTENCE;
            if similar {
                matched[*k] = Some((*r, true));
                used[*r] = true;
            }
        }
    }

    // 3. Build the merged checklist.
    let width = old.header.len();
    let mut rows = Vec::with_capacity(old.len() + claims.len());
    for ((cells, found), claim) in new_cells.iter().zip(&matched).zip(claims) {
        let mut row = match found {
            Some((r, _)) => old.rows[*r].clone(),
            None => vec![String::new(); width],
        };
        for col in Col::ALL {
            if found.is_none() || col.from_extractor() {
                row[old.columns[col as usize]] = cells[col as usize].clone();
            }
        }
        if let Some(at) = explain_at {
            row[at] = claim.explain.join(" ");
        }
        match found {
            Some((r, edited)) => {
                summary.kept += 1;
                let status_at = old.columns[Col::Status as usize];
                if row[status_at] == "stale" {
                    // The claim is back: done if it had a verdict, else to review again.
                    let verdict = old.get(*r, Col::Verdict);
                    row[status_at] = if verdict.is_empty() { "todo" } else { "done" }.into();
                }
                if *edited {
                    summary.matched_after_edit += 1;
                    let notes_at = old.columns[Col::Notes as usize];
                    let note = format!(
                        "matched to earlier row {}: sentence changed",
                        old.get(*r, Col::Id)
                    );
                    let notes = &mut row[notes_at];
                    if !notes.is_empty() {
                        notes.push_str("; ");
                    }
                    notes.push_str(&note);
                }
            }
            None => summary.new += 1,
        }
        rows.push(row);
    }
    for (r, row) in old.rows.iter().enumerate() {
        if scope[r].is_none() {
            summary.other_sources += 1;
            rows.push(row.clone());
        }
    }
    for (r, row) in old.rows.iter().enumerate() {
        if scope[r].is_some() && !used[r] {
            summary.stale += 1;
            let mut row = row.clone();
            let status = &mut row[old.columns[Col::Status as usize]];
            if status != "stale" {
                summary.newly_stale += 1;
                *status = "stale".into();
            }
            rows.push(row);
        }
    }
    old.rows = rows;
    (old, summary)
}

/// Re-extracted `claims` from `sources` merged into the checklist at `path` (created if it
/// does not exist), under its lock, saved atomically. A malformed checklist is refused and
/// left untouched.
pub fn update(
    path: &Path,
    claims: &[Claim],
    sources: &[String],
    options: &UpdateOptions,
) -> Result<UpdateSummary> {
    let _lock = Lock::acquire(path)?;
    let old = match std::fs::metadata(path) {
        Ok(_) => Some(Checklist::read(path)?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::io(path, e)),
    };
    let (mut merged, summary) = merge(old, claims, sources, options.explain);
    if options.excel {
        merged.set_bom(true);
    }
    merged.save(path)?;
    Ok(summary)
}

/// Dice coefficient of the two sentences' word sets (case-folded, punctuation at word ends
/// ignored): 1 for the same words, 0 for none in common.
fn word_overlap(a: &str, b: &str) -> f64 {
    fn words(s: &str) -> HashSet<String> {
        s.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect()
    }
    let (a, b) = (words(a), words(b));
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let common = a.intersection(&b).count();
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Kind, Qualifier, Status, Value, claim_id};

    /// Rows built by hand, so these tests do not depend on what the extractor finds.
    fn claims(source: &str, rows: &[(&str, &str, f64)]) -> Vec<Claim> {
        let mut seen = UniqueIds::new();
        rows.iter()
            .enumerate()
            .map(|(i, &(sentence, claim, value))| Claim {
                id: seen.claim(&claim_id(sentence, claim, Kind::Count)),
                status: Status::Todo,
                verdict: String::new(),
                score: 50,
                kind: Kind::Count,
                claim: claim.into(),
                value: Value::Number(value),
                unit: String::new(),
                qualifier: Qualifier::Exact,
                cues: std::sync::Arc::from([]),
                speaker: None,
                sentence: sentence.into(),
                source: source.into(),
                line: i + 1,
                start: 0,
                end: 0,
                notes: String::new(),
                explain: Vec::new(),
            })
            .collect()
    }

    fn row_of<'a>(c: &'a Checklist, claim: &str, sentence_part: &str) -> Vec<&'a str> {
        let r = (0..c.len())
            .find(|&r| {
                c.get(r, Col::Claim) == claim && c.get(r, Col::Sentence).contains(sentence_part)
            })
            .unwrap_or_else(|| panic!("no row {claim:?} in {sentence_part:?}: {c:?}"));
        vec![
            c.get(r, Col::Status),
            c.get(r, Col::Verdict),
            c.get(r, Col::Notes),
        ]
    }

    const ROADS: (&str, &str, f64) = ("The council spent 120 on roads.", "120", 120.0);

    #[test]
    fn keeps_reviews_marks_new_and_stale() {
        let sources = vec!["a.txt".to_string()];
        let v1 = claims(
            "a.txt",
            &[
                ROADS,
                ("The mayor said 45 schools closed.", "45 schools", 45.0),
                ("Taxes rose 7 points.", "7 points", 7.0),
            ],
        );
        let (mut c, s) = merge(None, &v1, &sources, false);
        assert!(s.created);
        for r in 0..c.len() {
            c.set(r, Col::Status, "done");
            c.set(r, Col::Verdict, "accurate");
            c.set(r, Col::Notes, format!("note {}", c.get(r, Col::Claim)));
        }
        // The second sentence is edited elsewhere; the third deleted; one added.
        let v2 = claims(
            "a.txt",
            &[
                ROADS,
                (
                    "The mayor said on Monday that 45 schools closed.",
                    "45 schools",
                    45.0,
                ),
                ("Fees fell 3 points.", "3 points", 3.0),
            ],
        );
        let (c2, s) = merge(Some(c), &v2, &sources, false);
        assert_eq!(
            s,
            UpdateSummary {
                kept: 2,
                matched_after_edit: 1,
                new: 1,
                stale: 1,
                newly_stale: 1,
                ..Default::default()
            }
        );
        assert_eq!(
            s.to_string(),
            "kept 2 (1 matched after an edit), new 1, stale 1"
        );
        assert_eq!(
            row_of(&c2, "120", "roads"),
            ["done", "accurate", "note 120"]
        );
        let old_id = claim_id(
            "The mayor said 45 schools closed.",
            "45 schools",
            Kind::Count,
        );
        assert_eq!(
            row_of(&c2, "45 schools", "Monday"),
            [
                "done",
                "accurate",
                &format!("note 45 schools; matched to earlier row {old_id}: sentence changed")
            ]
        );
        assert_eq!(row_of(&c2, "3 points", "Fees"), ["todo", "", ""]);
        assert_eq!(
            row_of(&c2, "7 points", "Taxes"),
            ["stale", "accurate", "note 7 points"]
        );
        // Extraction order first, stale last.
        let order: Vec<&str> = (0..c2.len()).map(|r| c2.get(r, Col::Claim)).collect();
        assert_eq!(order, ["120", "45 schools", "3 points", "7 points"]);
        // Ids are the new extraction's, so the next update matches by id.
        assert_eq!(c2.get(1, Col::Id), v2[1].id);

        // The deleted sentence comes back: its row is revived with its verdict.
        let (c3, s) = merge(Some(c2), &v1, &sources, false);
        // ... and the edited sentence is back to its first wording: matched again.
        assert_eq!(
            (s.kept, s.matched_after_edit, s.new, s.stale, s.newly_stale),
            (3, 1, 0, 1, 1),
            "{s:?}"
        );
        assert_eq!(
            row_of(&c3, "7 points", "Taxes"),
            ["done", "accurate", "note 7 points"]
        );
    }

    #[test]
    fn ambiguous_or_unlike_edits_are_not_matched() {
        let sources = vec!["a.txt".to_string()];
        let two = |place: &str| {
            let sentence = format!("Roads cost 5 and bridges cost 5 in the {place}.");
            claims("a.txt", &[(&sentence, "5", 5.0), (&sentence, "5", 5.0)])
        };
        let (c, _) = merge(None, &two("north"), &sources, false);
        let (c2, s) = merge(Some(c), &two("south"), &sources, false);
        assert_eq!((s.kept, s.new, s.stale), (0, 2, 2), "{s:?}");
        assert_eq!(c2.len(), 4);
        // Same claim text but a different sentence altogether: new and stale, not matched.
        let (c, _) = merge(None, &claims("a.txt", &[ROADS]), &sources, false);
        let other = claims(
            "a.txt",
            &[("Inflation hit 120 in the spring.", "120", 120.0)],
        );
        let (_, s) = merge(Some(c), &other, &sources, false);
        assert_eq!((s.kept, s.new, s.stale), (0, 1, 1), "{s:?}");
    }

    #[test]
    fn other_articles_are_left_alone_and_ids_stay_unique() {
        let both = vec!["a.txt".to_string(), "b.txt".to_string()];
        let mut rows = claims("a.txt", &[ROADS]);
        rows.extend(claims("b.txt", &[ROADS]));
        let (c, _) = merge(None, &rows, &both, false);
        assert_eq!(c.len(), 2);
        assert_eq!(c.get(1, Col::Id), format!("{}-2", c.get(0, Col::Id)));
        // Update only b.txt, which now also holds a new figure.
        let b2 = claims("b.txt", &[ROADS, ("It weighed 9 tonnes.", "9 tonnes", 9.0)]);
        let (c2, s) = merge(Some(c.clone()), &b2, &["b.txt".to_string()], false);
        assert_eq!(
            (s.kept, s.new, s.stale, s.other_sources),
            (1, 1, 0, 1),
            "{s:?}"
        );
        let ids: HashSet<&str> = (0..c2.len()).map(|r| c2.get(r, Col::Id)).collect();
        assert_eq!(ids.len(), 3);
        assert_eq!(c2.get(0, Col::Id), c.get(1, Col::Id));
        assert_eq!(c2.rows()[2], c.rows()[0]);
    }

    #[test]
    fn a_renamed_single_article_is_the_same_article() {
        let (c, _) = merge(
            None,
            &claims("draft.txt", &[ROADS]),
            &["draft.txt".into()],
            false,
        );
        let (c2, s) = merge(
            Some(c),
            &claims("final.txt", &[ROADS]),
            &["final.txt".into()],
            false,
        );
        assert_eq!((s.kept, s.new, s.stale), (1, 0, 0));
        assert_eq!(c2.get(0, Col::Source), "final.txt");
    }

    #[test]
    fn word_overlap_scores() {
        assert_eq!(word_overlap("A b c.", "a B c"), 1.0);
        assert!(
            word_overlap(
                "one two three four five six",
                "one two three four five seven"
            ) > 0.8
        );
        assert!(word_overlap("one two", "three four") < 0.01);
    }
}
