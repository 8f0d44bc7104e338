//! Sentence splitting.
//!
//! PLACEHOLDER: a first cut that splits at `.`, `!` or `?` followed by a space and a capital,
//! and at blank lines. The rule-based splitter of issue 2 replaces it.

/// One sentence: byte offsets into the text, trimmed of surrounding whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// True when the sentence opens a paragraph (the first of the text, after a blank line,
    /// or a line that starts a new block such as a headline or an indented paragraph).
    pub new_paragraph: bool,
}

/// Splits `text` into sentences, in order, covering every non-blank character once.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut new_paragraph = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let para = b == b'\n' && next_non_space_is_newline(bytes, i + 1);
        let end_mark = matches!(b, b'.' | b'!' | b'?')
            && bytes.get(i + 1).is_some_and(|c| c.is_ascii_whitespace())
            && next_word_is_capital(bytes, i + 1);
        if para || end_mark {
            let end = if end_mark { i + 1 } else { i };
            push(text, start, end, new_paragraph, &mut out);
            new_paragraph = para;
            start = end;
        }
        i += 1;
    }
    push(text, start, bytes.len(), new_paragraph, &mut out);
    out
}

fn next_non_space_is_newline(bytes: &[u8], mut i: usize) -> bool {
    while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\r') {
        i += 1;
    }
    i < bytes.len() && bytes[i] == b'\n'
}

fn next_word_is_capital(bytes: &[u8], mut i: usize) -> bool {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i < bytes.len() && (bytes[i].is_ascii_uppercase() || bytes[i] == b'"' || bytes[i] >= 0x80)
}

fn push(text: &str, start: usize, end: usize, new_paragraph: bool, out: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let is_space = |c: char| c.is_whitespace() || c == '\u{feff}';
    let lead = piece.len() - piece.trim_start_matches(is_space).len();
    let trimmed = piece.trim_matches(is_space);
    if !trimmed.is_empty() {
        out.push(Sentence {
            start: start + lead,
            end: start + lead + trimmed.len(),
            new_paragraph,
        });
    }
}
