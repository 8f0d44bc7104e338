//! Sentence splitting: a rule-based, single-pass byte scanner for news text.
//!
//! Every claim row carries its whole sentence, and the speaker of a quote is looked for in the
//! sentence and the paragraph around it, so the splitter decides both where sentences end and
//! which sentences open a paragraph.
//!
//! ## Rules
//!
//! * **Full stops** end a sentence before a word that does not start in lowercase, unless the
//!   word before is an abbreviation (the tables in `abbreviations.rs`): titles never end one ("Mr.", "Gen.",
//!   "St.", "vs."); "No.", "p.", "Vol." do not before a number ("No. 5") but do before a
//!   capital ("They voted no. Reps. ..."); company abbreviations, months and initialisms end
//!   one only before a common sentence opener ("Acme Inc. The ..." splits, "the U.S. Senate"
//!   and Reuters' "the U.S. Is pressing" do not; "U.S. TO SELL" in an ALL-CAPS headline does
//!   not); "a.m."/"p.m." end one before a capital unless a day, month, time zone or title
//!   follows. Single capitals are initials ("Jonas E. Smith").
//! * **Numbers, URLs, e-mail**: a full stop followed by a letter or digit ("5.93", "$1.13bn",
//!   "example.com") is never a boundary, except a missing space between two sentences
//!   ("world.Today" splits; "the U.S.is" does not: "S" is an initial, not a word).
//! * **Closing quotes and brackets** after the mark stay with the sentence (`."`, `.”`, `.)`,
//!   `.’`, footnotes `.[3]`); a quotation or parenthesis followed by a lowercase word goes on.
//! * **"!" and "?" runs** end a sentence unless a lowercase word follows ("Yahoo! in ...").
//! * **Ellipses**: "..." and "…" end a sentence before a capital (also glued to it, as wire
//!   copy runs items together: "yesterday...Pakistan"); the spaced ". . ." never does; a spaced
//!   four-dot ellipsis does, after its first dot when that dot closes a word. A sentence is
//!   never only marks: "it. ... He" keeps the ellipsis with "He"; "[...]" and "( ... )" go on.
//! * **Lists**: a marker opening a sentence ("1.", "2)", "a.", "(iv)", "• 3.") is not a
//!   boundary, and the next marker in sequence starts a new item even without a full stop.
//! * **Line breaks**: a blank line always ends a sentence and opens a paragraph. A single line
//!   break depends on the document: in hard-wrapped text (wire copy wrapped at ~70 columns,
//!   detected from the line lengths) it is a space unless the next line is indented (a new
//!   paragraph) or the line is an ALL-CAPS title; elsewhere every line is a paragraph (a
//!   headline without a full stop is its own sentence), unless the next line starts in
//!   lowercase and the sentence ends a few lines on (a stray break inside a sentence), or the
//!   line ends in a space (a flowed line, as PDF and e-mail text break them).
//! * **Length cap**: no sentence is longer than [`MAX_SENTENCE_BYTES`]: a longer run is cut at
//!   its last whitespace before the cap (at a character boundary if it has none), because every
//!   claim row repeats its sentence.
//!
//! `\r` and U+FEFF (a BOM) are whitespace; offsets still count their bytes. The scanner looks a
//! bounded distance around each mark, so any input runs in linear time and nothing panics.

mod abbreviations;

use abbreviations::{Abbrev, continues_after_time, is_sentence_opener, lookup};

/// The longest sentence the splitter returns, in bytes. A longer run without a boundary (a
/// table flattened to one line, a 50 MB file without punctuation) is cut into pieces no longer
/// than this, at whitespace where possible.
pub const MAX_SENTENCE_BYTES: usize = 2000;

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
///
/// ```
/// use claimsift::segment::split_sentences;
///
/// let text = "Obama, Hollande meet\nMr. Obama said the U.S.is ready. Talks went on.";
/// let got: Vec<&str> = split_sentences(text)
///     .iter()
///     .map(|s| &text[s.start..s.end])
///     .collect();
/// assert_eq!(
///     got,
///     ["Obama, Hollande meet", "Mr. Obama said the U.S.is ready.", "Talks went on."]
/// );
/// ```
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    split_range(text, 0..text.len(), is_wrapped(text))
}

/// True when `text` is hard-wrapped (wire copy wrapped at about 70 columns), where a single
/// line break is a space; decided once per document, from its line lengths.
pub fn is_wrapped(text: &str) -> bool {
    detect_wrapped(text.as_bytes())
}

/// The sentences that start in `text[range]`, as [`split_sentences`] gives them for the whole
/// text when `range` starts at the text's start or at a paragraph start after a blank line
/// (see [`paragraph_pieces`]) and `wrapped` is [`is_wrapped`] of the whole text: a blank line
/// always ends a sentence, and no rule carries anything across one. This is what lets a long
/// document be split on several cores.
pub fn split_range(text: &str, range: std::ops::Range<usize>, wrapped: bool) -> Vec<Sentence> {
    let from = range.start.min(text.len());
    let mut splitter = Splitter {
        text,
        b: text.as_bytes(),
        wrapped,
        line_start: from,
        memo_from: 0,
        memo_until: 0,
        memo_result: false,
        out: Vec::new(),
    };
    splitter.run(from, range.end.min(text.len()));
    splitter.out
}

/// Cuts `text` into ranges of at least `size` bytes (the last may be shorter), each after the
/// first starting just after a blank line, for [`split_range`]. A text with no blank line
/// after the first `size` bytes is one range.
pub fn paragraph_pieces(text: &str, size: usize) -> Vec<std::ops::Range<usize>> {
    let b = text.as_bytes();
    let mut pieces = Vec::new();
    let mut from = 0;
    let mut i = size.max(1);
    while i < b.len() {
        // The next blank line: a line break, blanks, a line break.
        let Some(nl) = b[i..].iter().position(|&c| c == b'\n') else {
            break;
        };
        let mut j = i + nl + 1;
        while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\r') {
            j += 1;
        }
        if j < b.len() && b[j] == b'\n' {
            pieces.push(from..j + 1);
            from = j + 1;
            i = from + size.max(1);
        } else {
            i = j;
        }
    }
    pieces.push(from..b.len());
    pieces
}

/// Bytes the scanner stops at: marks, line ends, ")" (list items) and the lead bytes of "…",
/// "。" and the full-width marks. Everything else is skipped with one table lookup per byte.
static INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[b')' as usize] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

/// The first byte at or after `i` that the scanner must look at (see [`INTERESTING`]), or the
/// end. Eight bytes at a time: one word tests all six ASCII marks and the high bit at once
/// (the byte-by-byte table loop was half of the splitter's instructions on Reuters).
#[inline]
fn skip_plain(b: &[u8], mut i: usize) -> usize {
    use crate::swar::{HIGH, first_flagged, has_byte};
    if let Some(rest) = b.get(i..) {
        // Only the lowest flagged byte is used, so the borrow tricks' stray flags above it
        // are harmless.
        for chunk in rest.chunks_exact(8) {
            let x = u64::from_le_bytes([
                chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
            ]);
            let hits = (x & HIGH)
                | has_byte(x, b'.')
                | has_byte(x, b'!')
                | has_byte(x, b'?')
                | has_byte(x, b'\n')
                | has_byte(x, b'\r')
                | has_byte(x, b')');
            if hits != 0 {
                return i + first_flagged(hits);
            }
            i += 8;
        }
    }
    while i < b.len() && !INTERESTING[b[i] as usize] {
        i += 1;
    }
    i
}

/// The byte at `i`, or 0 past the end: lets the rules peek ahead without bounds checks.
#[inline]
fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// Spaces and tabs inside a line.
#[inline]
fn is_hspace(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | 0x0b | 0x0c)
}

#[inline]
fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Whitespace as `claim::fold_whitespace` sees it: Unicode whitespace and the BOM.
#[inline]
fn is_space_char(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// What follows a sentence mark, as far as the rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    /// End of the text.
    End,
    /// A word starting in lowercase: the sentence goes on.
    Lower,
    /// A capitalised word, its ASCII letters at `b[.0...1]` (empty when not ASCII).
    Upper(usize, usize),
    /// A number or an amount of money.
    Digit,
    /// A capital or digit behind an opening quotation mark.
    Quote,
    /// A list marker ("b.", "(iv)", "2)").
    Marker,
    /// Anything else (punctuation, symbols).
    Other,
}

/// How a list marker is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkerStyle {
    /// "1."
    Dot,
    /// "1.)"
    DotParen,
    /// "1)"
    Paren,
    /// "(1)"
    Wrapped,
}

/// A list marker: its number, letter or roman numeral (a single "i", "v" or "x" may be either
/// of the last two), how it is written, and the byte after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker {
    number: Option<u16>,
    letter: Option<u8>,
    roman: Option<(u8, bool)>,
    style: MarkerStyle,
    end: usize,
}

impl Marker {
    /// Whether `next` is the item after `self` in the same list ("2." after "1.", "c)" after
    /// "b)", "(iv)" after "(iii)").
    fn is_followed_by(&self, next: &Marker) -> bool {
        if self.style != next.style {
            return false;
        }
        let numbers = matches!((self.number, next.number), (Some(a), Some(b)) if b == a + 1);
        let letters = matches!((self.letter, next.letter), (Some(a), Some(b))
            if b == a + 1 && a.is_ascii_uppercase() == b.is_ascii_uppercase());
        let romans = matches!((self.roman, next.roman), (Some((a, ua)), Some((b, ub)))
            if b == a + 1 && ua == ub);
        numbers || letters || romans
    }

    /// Whether this is the first item of a list ("1.", "a)", "(i)"): a second list written the
    /// same way may follow the first without a full stop between them.
    fn is_first(&self) -> bool {
        self.number == Some(1)
            || matches!(self.letter, Some(b'a' | b'A'))
            || self.roman.is_some_and(|(v, _)| v == 1)
    }
}

const ROMANS: [&str; 12] = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
];

/// The value of a roman numeral up to twelve, all lowercase or all uppercase.
fn roman_value(x: &[u8]) -> Option<(u8, bool)> {
    let upper = x.iter().all(u8::is_ascii_uppercase);
    let lower = x.iter().all(u8::is_ascii_lowercase);
    if !(upper || lower) {
        return None;
    }
    ROMANS
        .iter()
        .position(|r| r.as_bytes().eq_ignore_ascii_case(x))
        .and_then(|i| u8::try_from(i + 1).ok())
        .map(|v| (v, upper))
}

/// A list marker starting exactly at `p` ("12.", "b)", "(iv)", "3.)"), followed by whitespace.
fn parse_marker(b: &[u8], p: usize) -> Option<Marker> {
    let mut q = p;
    let wrapped = at(b, q) == b'(';
    if wrapped {
        q += 1;
    }
    let xs = q;
    while q < xs + 4 && at(b, q).is_ascii_alphanumeric() {
        q += 1;
    }
    if q == xs || at(b, q).is_ascii_alphanumeric() {
        return None;
    }
    let x = b.get(xs..q)?;
    let number = if x.len() <= 3 && x.iter().all(u8::is_ascii_digit) {
        x.iter().try_fold(0u16, |n, d| {
            n.checked_mul(10)?.checked_add(u16::from(d - b'0'))
        })
    } else {
        None
    };
    let letter = (x.len() == 1 && x[0].is_ascii_alphabetic()).then(|| x[0]);
    let roman = roman_value(x);
    if number.is_none() && letter.is_none() && roman.is_none() {
        return None;
    }
    let style = if wrapped {
        if at(b, q) != b')' {
            return None;
        }
        q += 1;
        MarkerStyle::Wrapped
    } else if at(b, q) == b'.' && at(b, q + 1) == b')' {
        q += 2;
        MarkerStyle::DotParen
    } else if at(b, q) == b'.' {
        q += 1;
        MarkerStyle::Dot
    } else if at(b, q) == b')' {
        q += 1;
        MarkerStyle::Paren
    } else {
        return None;
    };
    if !is_ascii_space(at(b, q)) {
        return None;
    }
    Some(Marker {
        number,
        letter,
        roman,
        style,
        end: q,
    })
}

/// Width of a bullet character ending just before `p` ("•", "⁃", "-", "*", "·"), or 0.
fn bullet_before(b: &[u8], p: usize) -> usize {
    if p >= 3
        && matches!(
            b.get(p - 3..p),
            Some([0xE2, 0x80, 0xA2] | [0xE2, 0x81, 0x83])
        )
    {
        3
    } else if p >= 2 && b.get(p - 2..p) == Some(&[0xC2, 0xB7]) {
        2
    } else if p >= 1 && matches!(b[p - 1], b'-' | b'*') {
        1
    } else {
        0
    }
}

/// Width of a bullet character starting at `p`, or 0.
fn bullet_at(b: &[u8], p: usize) -> usize {
    match (at(b, p), at(b, p + 1), at(b, p + 2)) {
        (0xE2, 0x80, 0xA2) | (0xE2, 0x81, 0x83) => 3,
        (0xC2, 0xB7, _) => 2,
        (b'-' | b'*', c, _) if is_hspace(c) => 1,
        _ => 0,
    }
}

/// A list marker opening a sentence at `p`, an optional bullet before it ("• 9.", "⁃10.").
fn sentence_marker(b: &[u8], p: usize) -> Option<Marker> {
    let mut q = p + bullet_at(b, p);
    let mut spaces = 0;
    while spaces < 3 && is_hspace(at(b, q)) {
        q += 1;
        spaces += 1;
    }
    parse_marker(b, q)
}

/// Skips closing quotes, brackets and footnote marks ("[12]") after a sentence mark.
fn skip_closers(b: &[u8], mut j: usize) -> usize {
    for _ in 0..16 {
        match at(b, j) {
            b'"' | b'\'' | b')' | b']' | b'}' => j += 1,
            // ’ ” ›
            0xE2 if at(b, j + 1) == 0x80 && matches!(at(b, j + 2), 0x99 | 0x9D | 0xBA) => j += 3,
            // »
            0xC2 if at(b, j + 1) == 0xBB => j += 2,
            // “ typed for ” ("decision.“ However"): closing when whitespace follows.
            0xE2 if at(b, j + 1) == 0x80
                && at(b, j + 2) == 0x9C
                && (j + 3 >= b.len() || is_ascii_space(at(b, j + 3))) =>
            {
                j += 3
            }
            b'[' => {
                let mut k = j + 1;
                while k < j + 4 && at(b, k).is_ascii_digit() {
                    k += 1;
                }
                if k > j + 1 && at(b, k) == b']' {
                    j = k + 1;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    j
}

/// Whether a line (trailing whitespace included or not) ends with a sentence mark, closers
/// after it allowed.
fn line_ends_sentence(line: &[u8]) -> bool {
    let mut e = line.len();
    while e > 0 && is_ascii_space(line[e - 1]) {
        e -= 1;
    }
    for _ in 0..8 {
        if e == 0 {
            return false;
        }
        match line[e - 1] {
            b'"' | b'\'' | b')' | b']' => e -= 1,
            0x99 | 0x9D | 0xBB if e >= 3 && line[e - 3] == 0xE2 && line[e - 2] == 0x80 => e -= 3,
            _ => break,
        }
    }
    if e == 0 {
        return false;
    }
    match line[e - 1] {
        b'.' | b'!' | b'?' => true,
        // … and the full-width ． ！ ？ and 。
        0xA6 => e >= 3 && line[e - 3] == 0xE2 && line[e - 2] == 0x80,
        0x8E | 0x81 | 0x9F => e >= 3 && line[e - 3] == 0xEF && line[e - 2] == 0xBC,
        0x82 => e >= 3 && line[e - 3] == 0xE3 && line[e - 2] == 0x80,
        _ => false,
    }
}

/// Whether the text is hard-wrapped: most lines that run on into the next line without a
/// sentence mark are about as long as the text's wrap width (the 95th percentile of line
/// lengths, 30 to 200 characters). One-paragraph-per-line text (the seed article, BBC files)
/// has few such lines: its lines run on only after a headline. Looks at the first MiB only:
/// enough lines to tell, and a fixed cost on huge inputs.
fn detect_wrapped(b: &[u8]) -> bool {
    const MAX_COUNTED: usize = 256;
    let limit = b.len().min(1 << 20);
    let mut hist = [0u32; MAX_COUNTED + 1];
    let mut open_hist = [0u32; MAX_COUNTED + 1];
    let (mut lines, mut inner, mut open_inner) = (0u32, 0u32, 0u32);
    let mut prev: Option<(usize, bool)> = None;
    let mut s = 0;
    while s < limit {
        // Word-at-a-time scans: with a byte loop here and in the count below, this pass
        // was 2.7% of a run over 2 MB of wire copy (it reads the first MiB).
        let e = s + crate::swar::find_byte(&b[s..limit], b'\n').unwrap_or(limit - s);
        let mut t = e;
        while t > s && is_ascii_space(b[t - 1]) {
            t -= 1;
        }
        if t == s {
            prev = None;
        } else {
            let line = &b[s..t];
            let chars = utf8_chars(line);
            let n = chars.min(MAX_COUNTED);
            if let Some((prev_len, prev_open)) = prev {
                inner += 1;
                if prev_open {
                    open_inner += 1;
                    open_hist[prev_len] += 1;
                }
            }
            hist[n] += 1;
            lines += 1;
            prev = Some((n, !line_ends_sentence(line)));
        }
        s = e + 1;
    }
    if lines < 4 || open_inner < 3 {
        return false;
    }
    let target = (u64::from(lines) * 95).div_ceil(100);
    let mut seen = 0u64;
    let mut width = MAX_COUNTED;
    for (len, &count) in hist.iter().enumerate() {
        seen += u64::from(count);
        if seen >= target {
            width = len;
            break;
        }
    }
    if !(30..=200).contains(&width) {
        return false;
    }
    let long_open: u32 = open_hist[(width * 6).div_ceil(10)..].iter().sum();
    open_inner * 3 >= inner && long_open * 10 >= open_inner * 6
}

/// The number of characters of UTF-8 `line`: its bytes that are not continuation bytes
/// (`10xxxxxx`), eight at a time.
fn utf8_chars(line: &[u8]) -> usize {
    let words = line.chunks_exact(8);
    let rest = words.remainder();
    let mut continuation = 0;
    for word in words.filter_map(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*word);
        continuation += crate::swar::continuation_bytes(x).count_ones() as usize;
    }
    continuation += rest.iter().filter(|&&c| c & 0xC0 == 0x80).count();
    line.len() - continuation
}

/// What a rule decided at a mark or a line break.
enum Step {
    /// No boundary: scan on from here.
    Go(usize),
    /// The sentence ends here.
    End(usize),
    /// The sentence ends at a line break; `true` when the next one opens a block (an indented
    /// paragraph, the line after a title) even where a single line break would not say so.
    Hard(usize, bool),
}

/// How the word before a full stop behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordClass {
    Regular,
    Abbrev(Abbrev),
    /// "U.S.", "U.N.", "E.U.": as [`Abbrev::Ambiguous`], without the weak openers.
    Initialism,
}

struct Splitter<'a> {
    text: &'a str,
    b: &'a [u8],
    /// Hard-wrapped text: single line breaks are spaces.
    wrapped: bool,
    /// Start of the line the scanner is in.
    line_start: usize,
    /// Last answer of `lowercase_continues`, valid for line starts in `memo_from..memo_until`:
    /// keeps a long run of lowercase lines linear.
    memo_from: usize,
    memo_until: usize,
    memo_result: bool,
    out: Vec<Sentence>,
}

impl Splitter<'_> {
    /// Splits the sentences that start in `from..to`.
    fn run(&mut self, from: usize, to: usize) {
        let mut pos = from;
        let mut first = true;
        let mut force_para = false;
        loop {
            let (start, para) = self.skip_space(pos);
            if start >= to {
                break;
            }
            let marker = sentence_marker(self.b, start);
            let body = marker.map_or(start, |m| m.end);
            let (mut end, force) = self.find_end(start, body, marker);
            if end <= start {
                // Cannot happen by construction; keeps the loop moving if it ever does.
                end = start + self.char_width(start);
            }
            self.push(start, end, first || force_para || para);
            first = false;
            force_para = force;
            pos = end;
        }
    }

    /// Skips whitespace from `i`; returns where the next sentence starts and whether the
    /// whitespace opened a paragraph (a blank line; any line break in unwrapped text; a line
    /// break and indentation in wrapped text).
    fn skip_space(&mut self, mut i: usize) -> (usize, bool) {
        let b = self.b;
        let (mut newlines, mut blank, mut indent) = (0, false, false);
        while i < b.len() {
            let c = b[i];
            match c {
                b'\r' if at(b, i + 1) == b'\n' => i += 1,
                b'\n' | b'\r' => {
                    newlines += 1;
                    blank |= newlines >= 2;
                    indent = false;
                    i += 1;
                    self.line_start = i;
                }
                b' ' | b'\t' | 0x0b | 0x0c => {
                    indent |= newlines > 0;
                    i += 1;
                }
                _ if c < 0x80 => break,
                _ => {
                    let w = self.space_width(i);
                    if w == 0 {
                        break;
                    }
                    // U+2029 PARAGRAPH SEPARATOR
                    blank |= b.get(i..i + 3) == Some(&[0xE2, 0x80, 0xA9]);
                    indent |= newlines > 0;
                    i += w;
                }
            }
        }
        let para = blank || (newlines > 0 && (!self.wrapped || indent));
        (i, para)
    }

    /// Finds the end of the sentence that starts at `start`, scanning from `from` (after its
    /// list marker, if it has one).
    fn find_end(&mut self, start: usize, from: usize, marker: Option<Marker>) -> (usize, bool) {
        let b = self.b;
        let len = b.len();
        let mut i = from;
        loop {
            i = skip_plain(b, i);
            if i >= len {
                return (len, false);
            }
            let step = match b[i] {
                b'\r' if at(b, i + 1) == b'\n' => Step::Go(i + 1),
                b'\n' | b'\r' => self.line_break(i),
                b'.' | b'!' | b'?' => self.mark(start, i, marker),
                b')' => match marker.and_then(|m| self.next_item_starts(i, &m)) {
                    Some(cut) if cut > start => Step::End(cut),
                    _ => Step::Go(i + 1),
                },
                0xE2 if at(b, i + 1) == 0x80 && at(b, i + 2) == 0xA6 => self.mark(start, i, marker),
                // 。 and the full-width ． ！ ？: no space follows them in East Asian text.
                0xE3 if at(b, i + 1) == 0x80 && at(b, i + 2) == 0x82 => {
                    Step::End(skip_closers(b, i + 3))
                }
                0xEF if at(b, i + 1) == 0xBC && matches!(at(b, i + 2), 0x8E | 0x81 | 0x9F) => {
                    Step::End(skip_closers(b, i + 3))
                }
                _ => Step::Go(i + 1),
            };
            match step {
                Step::Go(n) => i = n.max(i + 1),
                Step::End(e) if e > start => return (e, false),
                Step::End(_) => i += 1,
                Step::Hard(e, force) => return (e, force),
            }
        }
    }

    /// A single line break at `k` inside a sentence: a boundary or a space.
    fn line_break(&mut self, k: usize) -> Step {
        let b = self.b;
        let next_line = k + 1;
        let mut q = next_line;
        while is_hspace(at(b, q)) {
            q += 1;
        }
        if q >= b.len() || matches!(b[q], b'\n' | b'\r') {
            // A blank line or the end: `skip_space` sees the paragraph.
            return Step::Hard(k, false);
        }
        let mut line = &b[self.line_start.min(k)..k];
        if let [rest @ .., b'\r'] = line {
            line = rest;
        }
        if self.wrapped {
            if q > next_line || is_title_line(line) {
                return Step::Hard(k, true);
            }
            self.line_start = next_line;
            return Step::Go(next_line);
        }
        // "if you follow \na few": a trailing space marks a flowed (soft-wrapped) line.
        let flowed = line.last().is_some_and(|&c| is_hspace(c));
        let soft = match self.classify_at(q) {
            Next::Lower => flowed || self.lowercase_continues(next_line),
            Next::Digit | Next::Other => flowed,
            _ => false,
        };
        if soft {
            self.line_start = next_line;
            Step::Go(next_line)
        } else {
            Step::Hard(k, false)
        }
    }

    /// Whether the lowercase line at `from` continues the sentence above it: it, or a
    /// lowercase line run on from it, ends with a sentence mark before a line that does not
    /// start in lowercase ("cut off in the\nmiddle of it." joins, a list of lowercase items
    /// without full stops does not). Looks at most 4 KiB ahead.
    fn lowercase_continues(&mut self, from: usize) -> bool {
        if from >= self.memo_from && from < self.memo_until {
            return self.memo_result;
        }
        let b = self.b;
        let len = b.len();
        let budget_end = from.saturating_add(4096);
        let mut line = from;
        let mut result = false;
        let mut e;
        loop {
            e = line;
            while e < len && e < budget_end && !matches!(b[e], b'\n' | b'\r') {
                e += 1;
            }
            if e >= budget_end && e < len {
                break;
            }
            if line_ends_sentence(&b[line..e]) {
                result = true;
                break;
            }
            if e >= len {
                break;
            }
            let mut n = e + 1;
            if b[e] == b'\r' && at(b, n) == b'\n' {
                n += 1;
            }
            let mut q = n;
            while is_hspace(at(b, q)) {
                q += 1;
            }
            if q >= len || matches!(b[q], b'\n' | b'\r') || self.classify_at(q) != Next::Lower {
                break;
            }
            line = n;
        }
        self.memo_from = from;
        self.memo_until = e;
        self.memo_result = result;
        result
    }

    /// A run of marks starting at `k` ("." "!" "?" "…" and spaced ellipses).
    fn mark(&self, start: usize, k: usize, marker: Option<Marker>) -> Step {
        let b = self.b;
        if b[k] == b'.' {
            if let Some(cut) = marker.and_then(|m| self.next_item_starts(k, &m)) {
                return Step::End(cut);
            }
        }
        let (mut j, mut dots, mut spaced, mut bangs) = (k, 0usize, false, false);
        loop {
            match at(b, j) {
                b'.' => {
                    dots += 1;
                    j += 1;
                }
                b'!' | b'?' => {
                    bangs = true;
                    j += 1;
                }
                0xE2 if at(b, j + 1) == 0x80 && at(b, j + 2) == 0xA6 => {
                    dots += 3;
                    j += 3;
                }
                b' ' if dots > 0 && !bangs && at(b, j + 1) == b'.' => {
                    spaced = true;
                    j += 1;
                }
                _ => break,
            }
        }
        if k == start && j < b.len() {
            // A sentence is never only marks: "it. ... He would not" keeps the ellipsis with
            // the words after it.
            return Step::Go(j);
        }
        let before = if k == 0 { b' ' } else { b[k - 1] };
        let attached = !is_ascii_space(before);
        if bangs {
            if !attached {
                // A detached "!" or "?" ("! ! !", "Fig. ??") closes a sentence only before a
                // capital.
                return self.after_mark(j, |next| matches!(next, Next::Upper(..) | Next::Quote));
            }
            // "Yahoo!" is a name: it ends a sentence only where an abbreviation would.
            if b[k] == b'!'
                && j == k + 1
                && self.word_before(start, k).eq_ignore_ascii_case(b"yahoo")
            {
                return self.after_mark(j, |next| self.opens_sentence(next, true));
            }
            return self.after_mark(j, |next| next != Next::Lower);
        }
        if dots == 1 && !spaced {
            return self.full_stop(start, k);
        }
        // "[...]" marks an omission inside a quotation.
        if matches!(before, b'[' | b'(') {
            return Step::Go(j);
        }
        let ac = skip_closers(b, j);
        if ac >= b.len() {
            return Step::End(b.len());
        }
        if self.space_width(ac) == 0 {
            // "yesterday...Pakistan rejected": wire copy runs items together with "...".
            let glued = !spaced
                && dots >= 3
                && at(b, ac).is_ascii_uppercase()
                && at(b, ac + 1).is_ascii_lowercase();
            return if glued { Step::End(ac) } else { Step::Go(ac) };
        }
        match self.classify_next(ac) {
            Next::Lower => Step::Go(ac),
            _ if spaced && dots == 3 => Step::Go(ac),
            // "compounds. . . . The": the first dot ends the sentence, ". . ." opens the next.
            _ if spaced && attached => Step::End(k + if b[k] == b'.' { 1 } else { 3 }),
            _ => Step::End(ac),
        }
    }

    /// After "!"/"?" (ending at `j`): closers, then a boundary when whitespace follows and
    /// `ends` accepts the next word.
    fn after_mark(&self, j: usize, ends: impl Fn(Next) -> bool) -> Step {
        let ac = skip_closers(self.b, j);
        if ac >= self.b.len() {
            return Step::End(self.b.len());
        }
        if self.space_width(ac) == 0 {
            return Step::Go(ac);
        }
        if ends(self.classify_next(ac)) {
            Step::End(ac)
        } else {
            Step::Go(ac)
        }
    }

    /// A single full stop at `k` in the sentence that starts at `start`.
    fn full_stop(&self, start: usize, k: usize) -> Step {
        let b = self.b;
        if let Some(step) = self.footnote_number(k) {
            return step;
        }
        if at(b, k + 1).is_ascii_alphanumeric() {
            return if self.missing_space(k) {
                Step::End(k + 1)
            } else {
                Step::Go(k + 1)
            };
        }
        let ac = skip_closers(b, k + 1);
        if ac >= b.len() {
            return Step::End(b.len());
        }
        if self.space_width(ac) == 0 {
            return Step::Go(ac);
        }
        let next = self.classify_next(ac);
        let class = self.word_class(start, k);
        let opens = |next: Next| self.opens_sentence(next, class != WordClass::Initialism);
        let boundary = match class {
            WordClass::Regular => next != Next::Lower,
            WordClass::Abbrev(Abbrev::Never) => false,
            WordClass::Abbrev(Abbrev::Number) => {
                matches!(
                    next,
                    Next::Upper(..) | Next::Quote | Next::Marker | Next::End
                )
            }
            WordClass::Abbrev(Abbrev::Ambiguous | Abbrev::Month) | WordClass::Initialism => {
                opens(next)
            }
            WordClass::Abbrev(Abbrev::Time) => match next {
                Next::Upper(s, e) => !continues_after_time(&b[s..e]),
                Next::Lower | Next::Digit => false,
                _ => true,
            },
        };
        if boundary {
            Step::End(ac)
        } else {
            Step::Go(ac)
        }
    }

    /// Whether `next` opens a sentence after an abbreviation: a common sentence opener (with
    /// the question openers when `weak`), a quotation or a list item.
    fn opens_sentence(&self, next: Next, weak: bool) -> bool {
        match next {
            Next::Upper(s, e) => is_sentence_opener(&self.b[s..e], weak),
            Next::Quote | Next::Marker | Next::End => true,
            _ => false,
        }
    }

    /// The whitespace-delimited token that ends at `k`, within the sentence from `start`
    /// (64 bytes at most).
    fn word_before(&self, start: usize, k: usize) -> &[u8] {
        let b = self.b;
        let mut s = k;
        while s > start && k - s < 64 && !is_ascii_space(b[s - 1]) {
            s -= 1;
        }
        &b[s..k]
    }

    /// The class of the whitespace-delimited token that ends at the full stop at `k`, within
    /// the sentence that starts at `start` ("Tuesday.Mr." split before "Mr.": the token is "Mr").
    fn word_class(&self, start: usize, k: usize) -> WordClass {
        let b = self.b;
        let mut s = k;
        while s > start && k - s < 64 && !is_ascii_space(b[s - 1]) {
            s -= 1;
        }
        // Opening quotes and brackets: "(Ind." "“Inc."
        loop {
            match b.get(s..k) {
                Some([b'"' | b'\'' | b'(' | b'[' | b'{', ..]) => s += 1,
                Some([0xE2, 0x80, 0x98 | 0x9C, ..]) => s += 3,
                Some([0xC2, 0xAB, ..]) => s += 2,
                _ => break,
            }
        }
        let tok = &b[s..k];
        if tok.is_empty() {
            return WordClass::Regular;
        }
        // "N°." / "Nº." (number sign)
        if matches!(tok, [b'N' | b'n', 0xC2, 0xB0 | 0xBA]) {
            return WordClass::Abbrev(Abbrev::Number);
        }
        let has = |needle: &[u8]| tok.windows(needle.len()).any(|w| w == needle);
        if tok.contains(&b'@')
            || tok.contains(&b'/')
            || has(b"://")
            || tok.len() >= 4 && tok[..4].eq_ignore_ascii_case(b"www.")
        {
            return WordClass::Regular;
        }
        if tok.contains(&b'.') {
            // Initialisms: "U.S", "e.g", "a.m", "Ph.D", "U.S.A".
            let initialism = tok
                .split(|&c| c == b'.')
                .all(|seg| (1..=2).contains(&seg.len()) && seg.iter().all(u8::is_ascii_alphabetic));
            if !initialism {
                return WordClass::Regular;
            }
            let mut compact = [0u8; 2];
            let mut n = 0;
            for &c in tok.iter().filter(|c| c.is_ascii_alphabetic()) {
                if n < 2 {
                    compact[n] = c.to_ascii_lowercase();
                }
                n += 1;
            }
            return match (n, &compact) {
                (2, b"eg" | b"ie" | b"cf") => WordClass::Abbrev(Abbrev::Never),
                (2, b"am" | b"pm") => WordClass::Abbrev(Abbrev::Time),
                _ => WordClass::Initialism,
            };
        }
        if let Some(class) = lookup(tok) {
            return WordClass::Abbrev(class);
        }
        if tok.len() == 1 && tok[0].is_ascii_alphabetic() {
            // An initial ("Jonas E. Smith") or a single letter ("you and I. Did").
            return WordClass::Abbrev(Abbrev::Ambiguous);
        }
        WordClass::Regular
    }

    /// A footnote number glued to the full stop at `k` ("in 1987).1 According", "in
    /// consultation.11 Take"): it stays with the sentence, which ends after it when a capital
    /// follows. Only after ")" or a lowercase word, so decimals ("5.93") and section numbers
    /// ("A.1", "2.1") are never taken for one.
    fn footnote_number(&self, k: usize) -> Option<Step> {
        let b = self.b;
        if !at(b, k + 1).is_ascii_digit() || k == 0 {
            return None;
        }
        let before = b[k - 1];
        let word_before = before.is_ascii_lowercase()
            && k >= 3
            && b[k - 3..k - 1].iter().all(u8::is_ascii_lowercase);
        if !(before == b')' || word_before) {
            return None;
        }
        let mut j = k + 1;
        while j < k + 4 && at(b, j).is_ascii_digit() {
            j += 1;
        }
        if j >= b.len() || !is_hspace(b[j]) {
            return None;
        }
        Some(match self.classify_next(j) {
            Next::Upper(..) | Next::Quote => Step::End(j),
            _ => Step::Go(j),
        })
    }

    /// A full stop at `k` directly followed by a letter: two sentences run together
    /// ("world.Today", "1,000.That") rather than a name, number or address ("U.S.is",
    /// "Jane.Doe@example.com", "www.example.Com").
    fn missing_space(&self, k: usize) -> bool {
        let b = self.b;
        let mut s = k;
        while s > 0 && k - s < 32 && (b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b',') {
            s -= 1;
        }
        if k - s < 2 {
            return false;
        }
        let before = if s == 0 { b' ' } else { b[s - 1] };
        if !(is_ascii_space(before) || matches!(before, b'"' | b'(' | b'\'')) {
            return false;
        }
        let last = b[k - 1];
        if !(last.is_ascii_lowercase() || last.is_ascii_digit()) || lookup(&b[s..k]).is_some() {
            return false;
        }
        if !(at(b, k + 1).is_ascii_uppercase() && at(b, k + 2).is_ascii_lowercase()) {
            return false;
        }
        let mut e = k + 2;
        while e < b.len() && e - k < 40 && b[e].is_ascii_alphabetic() {
            e += 1;
        }
        let after = at(b, e);
        !(matches!(after, b'@' | b'/' | b'_')
            || (after == b'.' && at(b, e + 1).is_ascii_alphanumeric()))
    }

    /// When the sentence is a list item with `marker`, and the "." or ")" at `k` closes the
    /// marker of the next item ("1. The first 2. The second"), where that item starts.
    fn next_item_starts(&self, k: usize, marker: &Marker) -> Option<usize> {
        let b = self.b;
        let mut x_end = k;
        if b[k] == b')' && k > 0 && b[k - 1] == b'.' {
            x_end = k - 1;
        }
        let mut xs = x_end;
        while xs > 0 && x_end - xs < 4 && b[xs - 1].is_ascii_alphanumeric() {
            xs -= 1;
        }
        if xs == x_end {
            return None;
        }
        let p = if xs > 0 && b[xs - 1] == b'(' {
            xs - 1
        } else {
            xs
        };
        let candidate = parse_marker(b, p)?;
        let restart = candidate.style == marker.style && candidate.is_first();
        if candidate.end <= k || !(marker.is_followed_by(&candidate) || restart) {
            return None;
        }
        // "1. Growth reached 2. 5 percent ...": a number after it makes it a figure.
        if self.classify_next(candidate.end) == Next::Digit {
            return None;
        }
        // A bullet before it, attached ("⁃10.") or spaced ("• 10.").
        let mut q = p;
        while q > 0 && p - q < 3 && is_hspace(b[q - 1]) {
            q -= 1;
        }
        let bullet = bullet_before(b, q);
        let cut = if bullet > 0 { q - bullet } else { p };
        (cut > 0 && is_ascii_space(b[cut - 1])).then_some(cut)
    }

    /// Classifies what starts at `p` after whitespace (at most 256 bytes of it).
    fn classify_next(&self, mut p: usize) -> Next {
        let limit = p + 256;
        loop {
            if p >= self.b.len() {
                return Next::End;
            }
            let w = self.space_width(p);
            if w == 0 {
                return self.classify_at(p);
            }
            p += w;
            if p > limit {
                return Next::Other;
            }
        }
    }

    /// Classifies the word at `p`, looking through opening quotes, brackets and dashes.
    fn classify_at(&self, mut p: usize) -> Next {
        let b = self.b;
        if p >= b.len() {
            return Next::End;
        }
        if let Some(m) = parse_marker(b, p) {
            let lower_letter = m.letter.is_some_and(|c| c.is_ascii_lowercase())
                || m.roman.is_some_and(|(_, upper)| !upper);
            if m.style != MarkerStyle::Dot || (lower_letter && m.number.is_none()) {
                return Next::Marker;
            }
        }
        // A quotation opening the next word starts a sentence; one inside brackets
        // ("Inc. (“Acme”)") does not.
        let mut quote = false;
        let mut bracket = false;
        for _ in 0..8 {
            let (width, opens_quote) = match (at(b, p), at(b, p + 1), at(b, p + 2)) {
                (b'"' | b'\'' | b'`', _, _) => (1, true),
                (b'(' | b'[' | b'{', _, _) => {
                    bracket = true;
                    (1, false)
                }
                (b'-' | b'*' | b'_', _, _) => (1, false),
                (0xC2, 0xAB, _) => (2, true),
                (0xC2, 0xBF | 0xA1, _) => (2, false),
                (0xE2, 0x80, 0x98 | 0x9C) => (3, true),
                (0xE2, 0x80, 0x93 | 0x94 | 0xA2) => (3, false),
                _ => break,
            };
            quote |= opens_quote && !bracket;
            p += width;
            let mut spaces = 0;
            while spaces < 8 && is_hspace(at(b, p)) {
                p += 1;
                spaces += 1;
            }
        }
        let c = at(b, p);
        if p >= b.len() {
            Next::Other
        } else if matches!(c, b')' | b']') {
            // Still inside brackets: "(Ae Fond Kiss... )".
            Next::Lower
        } else if c.is_ascii_lowercase() {
            // "eBay", "iPhone", "wikiHow": a name written in lowercase first can open a
            // sentence like any capitalised word.
            let mut e = p;
            while e < b.len() && e - p < 12 && b[e].is_ascii_alphabetic() {
                if b[e].is_ascii_uppercase() {
                    return Next::Upper(p, p);
                }
                e += 1;
            }
            Next::Lower
        } else if c.is_ascii_uppercase() {
            if quote {
                return Next::Quote;
            }
            let mut e = p;
            while e < b.len() && e - p < 16 && b[e].is_ascii_alphabetic() {
                e += 1;
            }
            Next::Upper(p, e)
        } else if c.is_ascii_digit() || c == b'$' {
            if quote { Next::Quote } else { Next::Digit }
        } else if c >= 0x80 {
            match self.char_at(p) {
                Some(ch) if ch.is_lowercase() => Next::Lower,
                Some('£' | '€' | '¥') => Next::Digit,
                Some(ch) if ch.is_alphabetic() => {
                    if quote {
                        Next::Quote
                    } else {
                        Next::Upper(p, p)
                    }
                }
                _ => Next::Other,
            }
        } else {
            Next::Other
        }
    }

    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|s| s.chars().next())
    }

    fn char_width(&self, i: usize) -> usize {
        self.char_at(i).map_or(1, char::len_utf8)
    }

    /// Width of the whitespace character at `i`, or 0 when there is none.
    #[inline]
    fn space_width(&self, i: usize) -> usize {
        let c = at(self.b, i);
        if c < 0x80 {
            return usize::from(is_ascii_space(c));
        }
        match self.char_at(i) {
            Some(ch) if is_space_char(ch) => ch.len_utf8(),
            _ => 0,
        }
    }

    /// `start..end` without surrounding whitespace.
    fn trim(&self, mut s: usize, mut e: usize) -> (usize, usize) {
        let b = self.b;
        while s < e {
            let w = self.space_width(s);
            if w == 0 {
                break;
            }
            s += w;
        }
        while e > s {
            let c = b[e - 1];
            if c < 0x80 {
                if is_ascii_space(c) {
                    e -= 1;
                    continue;
                }
                break;
            }
            let mut p = e - 1;
            while p > s && b[p] & 0xC0 == 0x80 {
                p -= 1;
            }
            match self.char_at(p) {
                Some(ch) if is_space_char(ch) => e = p,
                _ => break,
            }
        }
        (s, e)
    }

    /// Records the sentence `start..end`, trimmed, cut into pieces of at most
    /// [`MAX_SENTENCE_BYTES`].
    fn push(&mut self, start: usize, end: usize, new_paragraph: bool) {
        let (mut s, e) = self.trim(start, end.min(self.b.len()));
        let mut new_paragraph = new_paragraph;
        while e - s > MAX_SENTENCE_BYTES {
            let mut limit = s + MAX_SENTENCE_BYTES;
            while !self.text.is_char_boundary(limit) {
                limit -= 1;
            }
            // Cut at whitespace in the second half only, so every piece is at least half the
            // cap long and the back-scan stays linear.
            let cut = (s + MAX_SENTENCE_BYTES / 2..limit)
                .rev()
                .find(|&p| is_ascii_space(self.b[p]))
                .unwrap_or(limit);
            let (ps, pe) = self.trim(s, cut);
            if pe > ps {
                self.out.push(Sentence {
                    start: ps,
                    end: pe,
                    new_paragraph,
                });
                new_paragraph = false;
            }
            s = self.trim(cut, e).0;
        }
        if e > s {
            self.out.push(Sentence {
                start: s,
                end: e,
                new_paragraph,
            });
        }
    }
}

/// An ALL-CAPS title line ("BAHIA COCOA REVIEW"): no lowercase letter, two capitals at least.
fn is_title_line(line: &[u8]) -> bool {
    if line.len() > 300 {
        return false;
    }
    let mut capitals = 0;
    for &c in line {
        if c.is_ascii_lowercase() {
            return false;
        }
        capitals += usize::from(c.is_ascii_uppercase());
    }
    capitals >= 2
}

#[cfg(test)]
mod tests;
