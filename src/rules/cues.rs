//! Contested-assertion cues: attribution, hedges, disputes, absolutes, comparisons, causation,
//! belief and prediction words.
//!
//! PLACEHOLDER: finds nothing yet. The cue lexicons of issue 3 replace it.

/// One cue found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueMatch {
    /// The category: `attribution`, `hedge`, `dispute`, ...
    pub category: &'static str,
    /// The cue word as the rule names it ("reportedly", "according to").
    pub word: String,
    /// Byte offset of the match in the sentence.
    pub start: usize,
    /// Byte offset just past the match.
    pub end: usize,
    /// How much the cue adds to a claim's score.
    pub weight: u8,
}

impl CueMatch {
    /// The `cues` column's form: `category:word`.
    pub fn label(&self) -> String {
        format!("{}:{}", self.category, self.word)
    }
}

/// The cues of one sentence, in order.
pub fn find_cues(_sentence: &str) -> Vec<CueMatch> {
    Vec::new()
}
