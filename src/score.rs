//! Scoring: how check-worthy a row is, 0-100, with the terms that made the number.
//!
//! A first, simple model (issue 2): a base per kind, a bonus for exact figures and for a named
//! speaker, a small one for the top of the article. The ranking issue (3) refines it.

use crate::claim::{Claim, Kind, Qualifier};

/// A score and the terms it is the sum of, for `--explain`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Score {
    /// 0-100.
    pub value: u8,
    /// "kind:money+50" style terms, in the order they were added.
    pub terms: Vec<String>,
}

/// Scores one row; `sentence_index` is the 0-based position of its sentence in the article,
/// because news puts the claims it stands on in the first paragraphs.
pub fn score(claim: &Claim, sentence_index: usize) -> Score {
    let mut total: i32 = 0;
    let mut terms = Vec::new();
    let mut add = |name: &str, points: i32| {
        if points != 0 {
            total += points;
            terms.push(format!("{name}{points:+}"));
        }
    };
    let base = match claim.kind {
        Kind::Money | Kind::Change => 50,
        Kind::Percent | Kind::Count | Kind::Range | Kind::Fraction | Kind::Ratio => 45,
        Kind::Rank => 40,
        Kind::Quantity => 35,
        Kind::Contested => 30,
        Kind::Date => 10,
    };
    add(&format!("kind:{}", claim.kind.as_str()), base);
    match claim.qualifier {
        Qualifier::Exact if claim.kind != Kind::Contested => add("exact", 10),
        Qualifier::Vague => add("vague", -10),
        _ => {}
    }
    if claim.speaker.is_some() {
        add("speaker", 10);
    }
    if sentence_index < 3 {
        add("lead", 5);
    }
    Score {
        value: total.clamp(0, 100) as u8,
        terms,
    }
}
