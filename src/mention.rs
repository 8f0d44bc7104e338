//! Numeric mentions: every figure in a sentence, with its value, unit, qualifier and kind.
//!
//! PLACEHOLDER: finds plain numerals and percentages only. The numeric rules of issue 2
//! replace it.

use std::sync::LazyLock;

use regex::Regex;

use crate::claim::{Kind, Qualifier, Value};

/// One figure found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte offset of the first byte of the claim text in the whole input.
    pub start: usize,
    /// Byte offset just past the claim text.
    pub end: usize,
    /// What kind of figure it is.
    pub kind: Kind,
    /// Its normalised value.
    pub value: Value,
    /// `%`, a currency code, a unit, or the noun counted; empty when there is none.
    pub unit: String,
    /// How the text hedges it.
    pub qualifier: Qualifier,
}

static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9]+(?:\.[0-9]+)?%?").expect("tested pattern"));

/// Appends the figures of `text[start..end]` (one sentence) to `out`, offsets into `text`.
pub fn find_mentions(text: &str, start: usize, end: usize, out: &mut Vec<Mention>) {
    let sentence = &text[start..end];
    for m in NUMBER.find_iter(sentence) {
        let s = m.as_str();
        let (digits, percent) = match s.strip_suffix('%') {
            Some(d) => (d, true),
            None => (s, false),
        };
        let Ok(v) = digits.parse::<f64>() else {
            continue;
        };
        out.push(Mention {
            start: start + m.start(),
            end: start + m.end(),
            kind: if percent { Kind::Percent } else { Kind::Count },
            value: Value::Number(v),
            unit: if percent { "%".into() } else { String::new() },
            qualifier: Qualifier::Exact,
        });
    }
}
