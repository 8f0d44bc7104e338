//! The pipeline: a document in, its checklist rows out, highest score first.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::Arc;

use crate::claim::{Claim, Fnv, Status, claim_id, fold_whitespace};
use crate::document::Document;
use crate::mention::{Mention, find_mentions};
use crate::rules::cues::find_cues;
use crate::score::score;
use crate::segment::split_sentences;
use crate::speaker::SpeakerTracker;

/// Turns articles into checklist rows.
///
/// Build one and reuse it: the rule tables behind it are compiled once per process, so
/// an `Extractor` is cheap, and it holds the options that apply to every document.
#[derive(Debug, Clone, Default)]
pub struct Extractor {}

impl Extractor {
    /// An extractor with the built-in rules.
    pub fn new() -> Extractor {
        Extractor::default()
    }

    /// The checklist rows of `text`, as if it came from standard input (`source` is `-`).
    ///
    /// ```
    /// use claimsift::Value;
    ///
    /// let rows = claimsift::Extractor::new().extract("The attacks killed 130 people.");
    /// assert_eq!(rows[0].value, Value::Number(130.0));
    /// ```
    pub fn extract(&self, text: &str) -> Vec<Claim> {
        self.extract_document(&Document::new("-", text))
    }

    /// The checklist rows of one document: one per figure, sorted by score (highest first),
    /// then by position.
    pub fn extract_document(&self, doc: &Document) -> Vec<Claim> {
        let text = doc.text.as_str();
        let source: Arc<str> = Arc::from(doc.source.as_str());
        let mut tracker = SpeakerTracker::new();
        let mut claims = Vec::new();
        let mut mentions: Vec<Mention> = Vec::new();
        // Sentence index of each claim, for scoring by position.
        let mut positions = Vec::new();
        for (index, sentence) in split_sentences(text).iter().enumerate() {
            let sentence_text = &text[sentence.start..sentence.end];
            // Every sentence goes through the tracker, figures or not: "he said" in a later
            // sentence refers to whoever was named here.
            let speaker = tracker.speaker(text, sentence);
            mentions.clear();
            find_mentions(text, sentence.start, sentence.end, &mut mentions);
            if mentions.is_empty() {
                continue;
            }
            let cues: Vec<String> = find_cues(sentence_text).iter().map(|c| c.label()).collect();
            let folded: Arc<str> = Arc::from(fold_whitespace(sentence_text));
            for m in &mentions {
                let claim_text = &text[m.start..m.end];
                claims.push(Claim {
                    id: claim_id(&folded, claim_text, m.kind),
                    status: Status::Todo,
                    verdict: String::new(),
                    score: 0,
                    kind: m.kind,
                    claim: claim_text.to_string(),
                    value: m.value,
                    unit: m.unit.clone(),
                    qualifier: m.qualifier,
                    cues: cues.clone(),
                    speaker: speaker.clone(),
                    sentence: folded.clone(),
                    source: source.clone(),
                    line: doc.line_of(m.start),
                    start: m.start,
                    end: m.end,
                    notes: String::new(),
                    explain: Vec::new(),
                });
                positions.push(index);
            }
        }
        for (claim, &index) in claims.iter_mut().zip(&positions) {
            let s = score(claim, index);
            claim.score = s.value;
            claim.explain = s.terms;
        }
        make_ids_unique(&mut claims);
        // Stable sort: equal scores keep text order.
        claims.sort_by(|a, b| b.score.cmp(&a.score).then(a.start.cmp(&b.start)));
        claims
    }
}

/// A sentence repeated word for word (a standfirst repeated in the body, a quote given twice)
/// gives the same id twice; the second and later copies get `-2`, `-3`, ... in text order, so
/// ids stay unique within a checklist and still stable across re-runs.
fn make_ids_unique(claims: &mut [Claim]) {
    let mut seen: HashMap<String, usize, BuildHasherDefault<Fnv>> = HashMap::default();
    for claim in claims.iter_mut() {
        let n = seen.entry(claim.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            claim.id = format!("{}-{}", claim.id, n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_sentence_gets_distinct_ids() {
        let rows = Extractor::new().extract("It cost 5 dollars.\n\nIt cost 5 dollars.");
        assert_eq!(rows.len(), 2);
        assert_eq!(format!("{}-2", rows[0].id), rows[1].id);
    }
}
