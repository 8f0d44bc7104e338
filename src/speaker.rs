//! Who said it: the speaker of a claim, where the text names one.
//!
//! PLACEHOLDER: names nobody yet. The speaker rules of issue 3 replace it.

use crate::segment::Sentence;

/// Follows a document sentence by sentence, remembering who was last named, so that "he
/// said" and a quote whose speaker came in the previous sentence can be resolved.
#[derive(Debug, Default)]
pub struct SpeakerTracker {}

impl SpeakerTracker {
    /// A tracker at the start of a document.
    pub fn new() -> SpeakerTracker {
        SpeakerTracker::default()
    }

    /// The speaker of `sentence` (offsets into `text`), if the text names one. Call it for
    /// every sentence in order.
    pub fn speaker(&mut self, _text: &str, _sentence: &Sentence) -> Option<String> {
        None
    }
}
