//! A word-indexed literal matcher: the fast path of the cue lexicon ([`super::cues`]).
//!
//! Almost every cue pattern is a finite set of phrases ("said|says|say|saying", "pushed
//! back"). Such a pattern is expanded once into its literal phrases (regex-syntax's literal
//! extractor, which keeps them in the order a leftmost-first regex prefers them), and each
//! phrase is filed under its first word. A sentence is then read word by word: one lookup per
//! word, and a byte comparison for the few phrases filed under it.
//!
//! It gives exactly what the regex `(?i-u:\b(?:p1|p2|...)\b)` with `find_iter` would give
//! (ASCII case folding, ASCII word boundaries, the first pattern winning where several match
//! at the same place, matches not overlapping); a test checks the two against each other.
//! Measured on 4 MB of Reuters it costs about a tenth of the regex (which also took 35 ms
//! to compile per process and rebuilt lazy-DFA states all along the text).

use regex_syntax::hir::literal::{ExtractKind, Extractor};

use crate::swar::{self, HIGH, load_padded, load8, splat};

/// One phrase of a pattern.
#[derive(Debug, Clone, Copy)]
struct Phrase {
    /// The pattern (entry) it comes from.
    entry: u32,
    /// Rank: by entry, then the pattern's preference; the lowest matching phrase wins.
    rank: u32,
    /// Where its bytes are in [`Literals::bytes`]: lower-cased (ASCII) unless `exact_case`.
    at: u32,
    /// Its length in bytes.
    len: u32,
    /// The length of the words it is filed under: its first word, or its first two.
    key_len: u32,
    /// Its first eight bytes (fewer, padded with zeros, when it is shorter), as a number:
    /// most phrases are compared with one load, a mask and a compare.
    head: u64,
    /// Compare case as well (`(?-i:may)`: "May" the month is no hedge).
    exact_case: bool,
    /// The pattern is closed by a word boundary (all but those ending in `,:;`).
    boundary_after: bool,
    /// Its last byte is a word byte (for the boundary after it).
    ends_in_word: bool,
}

/// What is filed under a first word, or under a first pair of words.
#[derive(Debug, Clone, Default)]
struct Bucket {
    /// Phrases of one word ("said", "continued,"); in the pair table, phrases of two or
    /// more words. In rank order.
    phrases: Vec<Phrase>,
    /// The first letters of the second words of the phrases of two or more words that
    /// start with this word (see [`letter_bit`]); 0: there are none. A pair is only looked
    /// up when the next word's first letter is among them: "the" starts four pairs ("the
    /// first", "the most", ...), and most words after a "the" start with none of their
    /// letters.
    pair_letters: u32,
}

/// The bit of a word's first byte in [`Bucket::pair_letters`]: one per letter (either
/// case), one for digits and `_`.
#[inline(always)]
fn letter_bit(c: u8) -> u32 {
    if c.is_ascii_alphabetic() {
        1 << ((c | 0x20) - b'a')
    } else {
        1 << 26
    }
}

/// Multiplier of the word hash (the 64-bit golden ratio).
const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// One step of the word hash: `v` is up to eight bytes of the word, lower-cased by `| 0x20`
/// (which leaves digits alone) and masked to the word. The hash is the top half of the last
/// product: its low bits, which pick the slot, depend on every byte (the low bits of a
/// product depend only on the low bits of its factors, and gave clusters of words that
/// share their first two letters).
#[inline(always)]
fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(29) ^ v).wrapping_mul(K)
}

/// The hash of the lower-cased bytes `b[start..end]`, eight bytes at a time (one multiply
/// for most words: a multiply per byte made a dependency chain that cost more than the rest
/// of the scan). The hash only picks a bucket: a match is always checked byte by byte.
#[inline]
fn hash(b: &[u8], start: usize, end: usize) -> u32 {
    let mut h = (end - start) as u64;
    let mut pos = start;
    while pos < end {
        let n = (end - pos).min(8);
        let keep = u64::MAX >> (8 * (8 - n));
        h = mix(h, (load_padded(b, pos) | splat(0x20)) & keep);
        pos += n;
    }
    (h >> 32) as u32
}

/// [`hash`] of a word of `n` bytes (1 to 8) standing at the bottom of `x`.
#[inline(always)]
fn short_hash(x: u64, n: usize) -> u32 {
    let keep = u64::MAX >> (8 * (8 - n));
    (mix(n as u64, (x | splat(0x20)) & keep) >> 32) as u32
}

/// [`hash`] of the word `b[start..end]`: from one load when it is short (most are).
#[inline(always)]
fn word_hash(b: &[u8], start: usize, end: usize) -> u32 {
    if end - start <= 8 {
        short_hash(load_padded(b, start), end - start)
    } else {
        hash(b, start, end)
    }
}

/// The hash of a pair of words from the hashes of the two words. The separator is left
/// out: "no one" and "no-one" share a bucket, and the bytes of a phrase tell them apart.
#[inline]
fn hash_pair(first: u32, second: u32) -> u32 {
    first.rotate_left(7) ^ second
}

/// The high bit of each of the eight bytes of `x` that is not a word byte (see
/// [`is_word_byte`]): ASCII letters, digits and `_` are, everything else (UTF-8 included)
/// is not.
#[inline(always)]
fn non_word_bytes(x: u64) -> u64 {
    let word = swar::letter_bytes(x) | swar::digit_bytes(x) | swar::eq_bytes(x, b'_');
    !word & HIGH
}

/// Where the word starting at `start` ends: eight bytes at a time.
#[inline]
fn word_end(b: &[u8], start: usize) -> usize {
    let mut j = start;
    while let Some(x) = load8(b, j) {
        let stop = non_word_bytes(x);
        if stop != 0 {
            return j + swar::first_flagged(stop);
        }
        j += 8;
    }
    while j < b.len() && is_word_byte(b[j]) {
        j += 1;
    }
    j
}

/// The high bits of `high` (one per byte) gathered into the low eight bits: byte `k`'s
/// to bit `k`. The multiply moves each to bit 56 + k with no two partial products on the
/// same bit, so nothing carries.
#[inline(always)]
fn gather(high: u64) -> u64 {
    (high >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// The word bytes among the 64 bytes of `b` from `base`: bit `k` for byte `base + k`.
/// Bytes past the end are no word bytes.
#[inline(always)]
fn word_mask(b: &[u8], base: usize) -> u64 {
    let mut m = 0;
    let block = b.get(base..).unwrap_or_default();
    let block = block.get(..64).unwrap_or(block);
    // Eight loads with no bounds to check, then the bytes left, padded with zeros.
    let chunks = block.chunks_exact(8);
    let rest = chunks.remainder();
    let mut k = 0;
    for eight in chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(eight);
        let x = u64::from_le_bytes(word);
        m |= gather(!non_word_bytes(x) & HIGH) << k;
        k += 8;
    }
    if !rest.is_empty() {
        let x = load_padded(rest, 0);
        m |= gather(!non_word_bytes(x) & HIGH) << k;
    }
    m
}

/// ASCII upper-case letters of `x` lower-cased, eight bytes at a time.
#[inline]
fn lower8(x: u64) -> u64 {
    x | (swar::upper_bytes(x) >> 2)
}

/// True when `here` is `lower` (lower-cased ASCII) but for the case of ASCII letters.
#[inline]
fn eq_folded(here: &[u8], lower: &[u8]) -> bool {
    if here.len() != lower.len() {
        return false;
    }
    let mut i = 0;
    while let (Some(x), Some(y)) = (load8(here, i), load8(lower, i)) {
        if lower8(x) != y {
            return false;
        }
        i += 8;
    }
    here[i..].eq_ignore_ascii_case(&lower[i..])
}

/// A small open-addressing table from word hashes to buckets. It is keyed by the hash alone:
/// words whose hashes collide share a bucket, which is harmless because a phrase is only
/// taken when its bytes are in the text, so the bytes of a word are never compared twice.
/// One probe per word; most words are no key and end at an empty slot.
#[derive(Debug, Clone, Default)]
struct WordTable {
    /// Slot -> the hash in the high half, 1 + the index into `buckets` in the low half; 0
    /// is empty. A power of two at least eight times the bucket count long: one load per
    /// probe.
    slots: Vec<u64>,
    /// The hash each bucket was filed under.
    hashes: Vec<u32>,
    buckets: Vec<Bucket>,
}

impl WordTable {
    /// The next word among the word starts `starts` of the block at `base` (word bytes
    /// `w`) that has a bucket: its start, end, hash and bucket. The starts up to it are
    /// taken out of `starts`. This loop sees every word.
    #[inline(always)]
    fn next_candidate(
        &self,
        b: &[u8],
        base: usize,
        w: u64,
        starts: &mut u64,
    ) -> Option<(usize, usize, u32, &Bucket)> {
        let not_word = !w;
        let mask = self.slots.len().wrapping_sub(1);
        while *starts != 0 {
            let s = starts.trailing_zeros() as usize;
            *starts &= *starts - 1;
            let start = base + s;
            // The first byte after the word that is none, if it is in the block.
            let stops = not_word >> s;
            let n = stops.trailing_zeros() as usize;
            let (end, h) = if n <= 8 {
                (start + n, short_hash(load_padded(b, start), n))
            } else {
                long_word(b, base, start, stops)
            };
            let mut i = h as usize & mask;
            while let Some(&slot) = self.slots.get(i) {
                if slot == 0 {
                    break;
                }
                if (slot >> 32) as u32 == h {
                    return Some((start, end, h, self.buckets.get(slot as u32 as usize - 1)?));
                }
                i = (i + 1) & mask;
            }
        }
        None
    }

    #[inline]
    fn get(&self, h: u32) -> Option<&Bucket> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = h as usize & mask;
        loop {
            let slot = *self.slots.get(i)?;
            if slot == 0 {
                return None;
            }
            if (slot >> 32) as u32 == h {
                return self.buckets.get(slot as u32 as usize - 1);
            }
            i = (i + 1) & mask;
        }
    }

    /// The bucket for hash `h`, made when there is none.
    fn entry(&mut self, h: u32) -> &mut Bucket {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = h as usize & mask;
        while let Some(&slot) = self.slots.get(i) {
            if slot == 0 {
                break;
            }
            if (slot >> 32) as u32 == h {
                return &mut self.buckets[slot as u32 as usize - 1];
            }
            i = (i + 1) & mask;
        }
        self.buckets.push(Bucket::default());
        self.hashes.push(h);
        if self.buckets.len() * 8 > self.slots.len() {
            self.rebuild();
        } else {
            self.slots[i] = u64::from(h) << 32 | self.buckets.len() as u64;
        }
        let last = self.buckets.len() - 1;
        &mut self.buckets[last]
    }

    /// Re-files every bucket in a table sixteen times as long as the bucket count (so it
    /// doubles as it fills, and stays at least eight times as long).
    fn rebuild(&mut self) {
        let size = (self.buckets.len() * 16).next_power_of_two().max(64);
        self.slots = vec![0; size];
        let mask = size - 1;
        for (k, &h) in self.hashes.iter().enumerate() {
            let mut i = h as usize & mask;
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = u64::from(h) << 32 | (k as u64 + 1);
        }
    }
}

/// The phrases of a set of patterns, filed under their first word, and the phrases of
/// several words under their first two ("it is", "no-one", "pushed back"): common first
/// words ("is", "the", "in") start dozens of phrases, and trying each of them at every "is"
/// cost more than the regex.
#[derive(Debug, Clone, Default)]
pub struct Literals {
    by_first_word: WordTable,
    by_first_two: WordTable,
    /// The bytes of every phrase, one after the other (one allocation, not one per phrase).
    bytes: Vec<u8>,
    /// Next rank to give.
    next_rank: usize,
}

/// The word after the word that ends at `first`, when only a short separator (1 to 4
/// bytes: a space, a hyphen, an apostrophe) comes between: its start and end.
fn second_word(b: &[u8], first: usize) -> Option<(usize, usize)> {
    let mut i = first;
    while i < b.len() && !is_word_byte(b[i]) && i - first < 4 {
        i += 1;
    }
    if i == first || i >= b.len() || !is_word_byte(b[i]) {
        return None;
    }
    Some((i, word_end(b, i)))
}

fn first_word_end(b: &[u8], start: usize) -> usize {
    let mut i = start;
    while i < b.len() && is_word_byte(b[i]) {
        i += 1;
    }
    i
}

/// The most phrases a pattern may stand for, and the longest phrase (regex-syntax's limits,
/// as [`phrases`] sets them).
const LIMIT_TOTAL: usize = 4096;
const LIMIT_LEN: usize = 64;
const LIMIT_CLASS: usize = 16;

/// The phrases a pattern stands for, in the order a leftmost-first regex prefers them, or
/// `None` when it is not a small finite set of phrases starting with a word character
/// (then the regex path takes it).
pub fn phrases(pattern: &str) -> Option<(Vec<Vec<u8>>, bool)> {
    // Inline flags change what the phrases mean; only `(?-i:...)` (case-sensitive) is
    // understood here.
    let exact_case = pattern.contains("(?-i:");
    let rest = pattern.replace("(?-i:", "(?:");
    if rest.contains("(?") && rest.replace("(?:", "").contains("(?") {
        return None;
    }
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(&rest)
        .ok()?;
    if !hir.properties().look_set().is_empty() {
        return None;
    }
    let mut extractor = Extractor::new();
    extractor
        .kind(ExtractKind::Prefix)
        .limit_class(LIMIT_CLASS)
        .limit_repeat(4)
        .limit_literal_len(LIMIT_LEN)
        .limit_total(LIMIT_TOTAL);
    let seq = extractor.extract(&hir);
    if !seq.is_exact() {
        return None;
    }
    finish(
        seq.literals()?.iter().map(|l| l.as_bytes().to_vec()),
        exact_case,
    )
}

/// The phrases as the matcher files them: each must start with a word byte; lower-cased
/// unless the pattern is case-sensitive.
fn finish(
    lits: impl ExactSizeIterator<Item = Vec<u8>>,
    exact_case: bool,
) -> Option<(Vec<Vec<u8>>, bool)> {
    let mut out = Vec::with_capacity(lits.len());
    for mut bytes in lits {
        if !bytes.first().is_some_and(|&b| is_word_byte(b)) {
            return None;
        }
        if !exact_case {
            bytes.make_ascii_lowercase();
        }
        out.push(bytes);
    }
    Some((out, exact_case))
}

/// [`phrases`] for the plain patterns the built-in tables are written in, without building
/// a regex syntax tree: literal characters, `|`, groups `(?:...)` and `(?-i:...)`, `?` after
/// a character, class or group, and small classes (`[sz]`, `[- ]`). Anything else gives
/// `None`, and the caller asks [`phrases`]. Parsing the built-in tables with regex-syntax
/// and extracting their literals was a third of the start-up of every process (12 M
/// instructions); this takes a few hundred thousand. A test checks that it gives exactly
/// what [`phrases`] gives for every built-in pattern. It is not meant for a user's patterns:
/// regex-syntax also simplifies a pattern before reading it (`a(?:b|c)|a(?:c|b)` is `a[bc]`,
/// two phrases, not four), which this reader does not try to copy.
pub fn simple_phrases(pattern: &str) -> Option<(Vec<Vec<u8>>, bool)> {
    let exact_case = pattern.contains("(?-i:");
    let mut p = SimpleParser {
        chars: pattern.chars().collect(),
        pos: 0,
    };
    let seq = p.alternation()?;
    if p.pos != p.chars.len() {
        return None;
    }
    finish(seq.into_iter(), exact_case)
}

/// A branch of an alternation: its phrases, and its character when it is one plain
/// character (an alternation of such is a class to regex-syntax, which sorts it).
struct Branch {
    seq: Vec<Vec<u8>>,
    single: Option<char>,
}

/// The recursive-descent reader behind [`simple_phrases`]. Each method returns the phrase
/// sequence of what it read, with regex-syntax's order and de-duplication of neighbours.
struct SimpleParser {
    chars: Vec<char>,
    pos: usize,
}

impl SimpleParser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn eat(&mut self, s: &str) -> bool {
        let n = s.chars().count();
        let here = self.chars.get(self.pos..self.pos + n);
        if here.is_some_and(|h| h.iter().copied().eq(s.chars())) {
            self.pos += n;
            true
        } else {
            false
        }
    }

    fn alternation(&mut self) -> Option<Vec<Vec<u8>>> {
        let mut branches = vec![self.concat()?];
        while self.peek() == Some('|') {
            self.pos += 1;
            branches.push(self.concat()?);
        }
        if branches.len() > 1 && branches.iter().all(|b| b.single.is_some()) {
            let mut chars: Vec<char> = branches.iter().filter_map(|b| b.single).collect();
            chars.sort_unstable();
            chars.dedup();
            return Some(chars.iter().map(|c| utf8(*c)).collect());
        }
        let mut seq: Vec<Vec<u8>> = Vec::new();
        for b in branches {
            seq.extend(b.seq);
            seq.dedup();
            if seq.len() > LIMIT_TOTAL {
                return None;
            }
        }
        Some(seq)
    }

    fn concat(&mut self) -> Option<Branch> {
        let mut seq = vec![Vec::new()];
        let mut atoms = 0;
        let mut single = None;
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let (mut atom, plain) = self.atom()?;
            let mut optional = false;
            if self.peek() == Some('?') {
                self.pos += 1;
                // A lazy `??` prefers the empty string: not worth supporting.
                if self.peek() == Some('?') {
                    return None;
                }
                atom.push(Vec::new());
                atom.dedup();
                optional = true;
            }
            if let [one] = atom.as_slice() {
                // A character or a group of one phrase (most atoms): appended in place.
                for lit in &mut seq {
                    lit.extend_from_slice(one);
                    if lit.len() > LIMIT_LEN {
                        return None;
                    }
                }
                atoms += 1;
                single = plain.filter(|_| !optional);
                continue;
            }
            if seq.len() * atom.len() > LIMIT_TOTAL {
                return None;
            }
            let mut next = Vec::with_capacity(seq.len() * atom.len());
            for a in &seq {
                for b in &atom {
                    let mut lit = Vec::with_capacity(a.len() + b.len());
                    lit.extend_from_slice(a);
                    lit.extend_from_slice(b);
                    if lit.len() > LIMIT_LEN {
                        return None;
                    }
                    next.push(lit);
                }
            }
            next.dedup();
            seq = next;
            atoms += 1;
            single = plain.filter(|_| !optional);
        }
        Some(Branch {
            seq,
            single: single.filter(|_| atoms == 1),
        })
    }

    /// One atom: its phrases, and its character when it is a plain character.
    fn atom(&mut self) -> Option<(Vec<Vec<u8>>, Option<char>)> {
        let c = self.peek()?;
        match c {
            '(' => {
                if !(self.eat("(?:") || self.eat("(?-i:")) {
                    return None;
                }
                let seq = self.alternation()?;
                if !self.eat(")") {
                    return None;
                }
                Some((seq, None))
            }
            '[' => {
                self.pos += 1;
                let mut chars = Vec::new();
                let mut first = true;
                loop {
                    let c = self.peek()?;
                    self.pos += 1;
                    match c {
                        ']' if !first => break,
                        '\\' | '[' | ']' | '^' | '&' | '~' => return None,
                        '-' if !first && self.peek() != Some(']') => {
                            let lo = *chars.last()?;
                            let hi = self.peek()?;
                            if matches!(hi, '\\' | '[' | ']' | '^') || hi < lo {
                                return None;
                            }
                            self.pos += 1;
                            chars.extend((lo..=hi).skip(1));
                        }
                        c => chars.push(c),
                    }
                    first = false;
                    if chars.len() > LIMIT_CLASS {
                        return None;
                    }
                }
                chars.sort_unstable();
                chars.dedup();
                Some((chars.iter().map(|c| utf8(*c)).collect(), None))
            }
            '\\' | '.' | '*' | '+' | '?' | '{' | '}' | '^' | '$' | ')' | '|' => None,
            c => {
                self.pos += 1;
                Some((vec![utf8(c)], Some(c)))
            }
        }
    }
}

fn utf8(c: char) -> Vec<u8> {
    c.to_string().into_bytes()
}

/// Drops the word starts of the block (word bytes `w`) before bit `k`, where the scan
/// goes on after a match; a word byte there starts a word even inside a word (a user's
/// phrase ending in `,` may end inside one: the regex reads the rest as a word too).
#[inline(always)]
fn resume_at(k: usize, w: u64, starts: &mut u64) {
    if k >= 64 {
        *starts = 0;
        return;
    }
    *starts &= u64::MAX << k;
    *starts |= w & (1 << k);
}

/// The end and hash of a word that [`WordTable::next_candidate`] cannot take from one load:
/// longer than eight bytes, or running past its block. `stops` are the bytes after its
/// start in the block that are no word bytes.
#[inline(never)]
fn long_word(b: &[u8], base: usize, start: usize, stops: u64) -> (usize, u32) {
    let n = if stops != 0 {
        stops.trailing_zeros() as usize
    } else {
        word_end(b, base + 64) - start
    };
    let h = match n {
        0..=8 => short_hash(load_padded(b, start), n),
        // Two loads: what `hash` does for 9 to 16 bytes, without its loop.
        9..=16 => {
            let first = mix(n as u64, load_padded(b, start) | splat(0x20));
            let keep = u64::MAX >> (8 * (16 - n));
            (mix(first, (load_padded(b, start + 8) | splat(0x20)) & keep) >> 32) as u32
        }
        _ => hash(b, start, start + n),
    };
    (start + n, h)
}

/// [`second_word`] from the word bytes `w` of the block at `base`, when the separator is
/// in the block; `None` too when its first letter is not among `letters`.
#[inline(always)]
fn second_word_in(
    b: &[u8],
    base: usize,
    w: u64,
    end: usize,
    letters: u32,
) -> Option<(usize, usize)> {
    let k = end - base;
    if k + 5 > 64 {
        return second_word(b, end)
            .filter(|&(s2, _)| b.get(s2).is_some_and(|&c| letter_bit(c) & letters != 0));
    }
    let gap = (w >> k).trailing_zeros() as usize;
    if gap > 4 {
        return None;
    }
    let s2 = end + gap;
    if b.get(s2).is_none_or(|&c| letter_bit(c) & letters == 0) {
        return None;
    }
    let stops = !w >> (k + gap);
    let e2 = if stops != 0 {
        s2 + stops.trailing_zeros() as usize
    } else {
        word_end(b, base + 64)
    };
    Some((s2, e2))
}

/// False when no pair can start with the word that ends at `end`: no word comes after it
/// within four bytes, or the next word's first letter is not among `letters` (the block
/// at `base` has word bytes `w`). True when the next word is past the block (then
/// [`second_word_in`] looks).
#[inline(always)]
fn may_pair(b: &[u8], base: usize, w: u64, end: usize, letters: u32) -> bool {
    let k = end - base;
    if letters == 0 {
        return false;
    }
    if k + 5 > 64 {
        return true;
    }
    let gap = (w >> k).trailing_zeros() as usize;
    gap <= 4
        && b.get(end + gap)
            .is_some_and(|&c| letter_bit(c) & letters != 0)
}

/// A byte of an ASCII word (what `(?-u:\b)` looks at).
pub fn is_word_byte(b: u8) -> bool {
    WORD[usize::from(b)]
}

/// [`is_word_byte`] as a table: it runs on every byte of every sentence.
static WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric() || b == b'_';
        i += 1;
    }
    t
};

impl Literals {
    /// Files the phrases of entry `entry`; entries must be added in order.
    pub fn add(
        &mut self,
        entry: usize,
        phrases: Vec<Vec<u8>>,
        exact_case: bool,
        boundary_after: bool,
    ) {
        for bytes in phrases {
            let first = first_word_end(&bytes, 0);
            let second = second_word(&bytes, first);
            let phrase = Phrase {
                entry: entry as u32,
                rank: self.next_rank as u32,
                at: self.bytes.len() as u32,
                len: bytes.len() as u32,
                key_len: second.map_or(first, |(_, end)| end) as u32,
                head: load_padded(&bytes[..bytes.len().min(8)], 0),
                exact_case,
                boundary_after,
                ends_in_word: bytes.last().copied().is_some_and(is_word_byte),
            };
            self.bytes.extend_from_slice(&bytes);
            self.next_rank += 1;
            let h = hash(&bytes, 0, first);
            match second {
                None => self.by_first_word.entry(h).phrases.push(phrase),
                Some((start, end)) => {
                    let letter = bytes.get(start).copied().map_or(0, letter_bit);
                    self.by_first_word.entry(h).pair_letters |= letter;
                    let h2 = hash_pair(h, hash(&bytes, start, end));
                    self.by_first_two.entry(h2).phrases.push(phrase);
                }
            }
        }
    }

    /// Calls `found(entry, start, end)` for each match in `text`, in order, not overlapping.
    ///
    /// The text is read in blocks of 64 bytes: one pass over a block, eight bytes at a
    /// time, marks its word bytes in a 64-bit mask, from which every word's start and end
    /// come with a bit operation (a byte loop cost a compare and a branch per byte).
    pub fn find(&self, text: &str, mut found: impl FnMut(usize, usize, usize)) {
        if self.by_first_word.buckets.is_empty() {
            return;
        }
        let b = text.as_bytes();
        let mut base = 0;
        // Where to go on after a match that ended past the block it started in.
        let mut resume: Option<usize> = None;
        while base < b.len() {
            let w = word_mask(b, base);
            let before = base
                .checked_sub(1)
                .and_then(|i| b.get(i))
                .is_some_and(|&c| is_word_byte(c));
            // A word starts where a word byte follows a byte that is none.
            let mut starts = w & !((w << 1) | u64::from(before));
            if let Some(at) = resume.take() {
                resume_at(at - base, w, &mut starts);
            }
            let mut jumped = false;
            while let Some((start, end, h, bucket)) =
                self.by_first_word.next_candidate(b, base, w, &mut starts)
            {
                // Most candidates are words such as "the" and "in" that only start pairs,
                // followed by a word no pair of theirs goes on with: told apart here, without
                // a call.
                if bucket.phrases.is_empty() && !may_pair(b, base, w, end, bucket.pair_letters) {
                    continue;
                }
                let Some((entry, matched)) = self.best_at(b, (base, w), (start, end, h), bucket)
                else {
                    continue;
                };
                found(entry, start, matched);
                // Matches do not overlap: go on after this one.
                if matched < base + 64 {
                    resume_at(matched - base, w, &mut starts);
                } else {
                    resume = Some(matched);
                    base = matched - matched % 64;
                    jumped = true;
                    break;
                }
            }
            if !jumped {
                base += 64;
            }
        }
    }

    /// The phrase that matches at the word `start..end` (hash `h`), whose bucket is
    /// `bucket`: (entry, end of the match). The block is `base` with word bytes `w`. Kept
    /// out of line: most words have no bucket, and the scan of them runs faster without
    /// this code around it (fewer values to keep in registers).
    #[inline(never)]
    fn best_at(
        &self,
        b: &[u8],
        (base, w): (usize, u64),
        (start, end, h): (usize, usize, u32),
        bucket: &Bucket,
    ) -> Option<(usize, usize)> {
        let mut best = bucket.phrases.iter().find(|p| self.matches_at(b, start, p));
        if bucket.pair_letters != 0 {
            if let Some((s2, e2)) = second_word_in(b, base, w, end, bucket.pair_letters) {
                let h2 = word_hash(b, s2, e2);
                if let Some(pair) = self.by_first_two.get(hash_pair(h, h2)) {
                    if let Some(p) = pair.phrases.iter().find(|p| self.matches_at(b, start, p)) {
                        if best.is_none_or(|q| p.rank < q.rank) {
                            best = Some(p);
                        }
                    }
                }
            }
        }
        best.map(|p| (p.entry as usize, start + p.len as usize))
    }

    /// True when phrase `p` stands at `start` (a word start) in `b`, closed by a word
    /// boundary when its pattern is.
    #[inline]
    fn matches_at(&self, b: &[u8], start: usize, p: &Phrase) -> bool {
        let len = p.len as usize;
        let end = start + len;
        if end > b.len() {
            return false;
        }
        let x = load_padded(b, start);
        let keep = u64::MAX >> (8 * (8 - len.min(8)));
        let x = if p.exact_case { x } else { lower8(x) };
        if x & keep != p.head {
            return false;
        }
        if len > 8 {
            let (Some(here), Some(rest)) = (
                b.get(start + 8..end),
                self.bytes.get(p.at as usize + 8..(p.at + p.len) as usize),
            ) else {
                return false;
            };
            let same = if p.exact_case {
                here == rest
            } else {
                eq_folded(here, rest)
            };
            if !same {
                return false;
            }
        }
        if !p.boundary_after {
            // The words it is filed under must be whole words of the text: a bucket is
            // found by hash alone, and "foo" (from "foo|bar,") must not match in "foobar"
            // under a colliding hash. With a boundary, matching bytes say as much.
            let key_end = start + p.key_len as usize;
            return !b.get(key_end).is_some_and(|&c| is_word_byte(c));
        }
        // (?-u:\b) after the phrase: its last byte and the next differ in wordness.
        let next = b.get(end).copied().is_some_and(is_word_byte);
        p.ends_in_word != next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_expand_in_preference_order() {
        let (p, exact) = phrases("said|says|say|saying").unwrap();
        assert!(!exact);
        assert_eq!(
            p,
            [
                b"said".to_vec(),
                b"says".to_vec(),
                b"say".to_vec(),
                b"saying".to_vec()
            ]
        );
        let (p, exact) = phrases("(?-i:will|won(?:'|’)t)").unwrap();
        assert!(exact);
        assert_eq!(p.len(), 3);
        assert_eq!(p[2], "won’t".as_bytes());
        assert!(phrases(r"\d+ people").is_none());
        assert!(phrases(r"(?i)x").is_none());
        assert!(phrases(r"\bx").is_none());
        assert!(phrases(r"’s").is_none());
    }

    /// The reader of plain patterns gives exactly regex-syntax's phrases, in the same order,
    /// for every built-in pattern, and leaves what it does not know to regex-syntax.
    #[test]
    fn simple_phrases_match_regex_syntax_on_every_builtin_pattern() {
        for table in crate::rules::cues::TABLES {
            for r in *table {
                let simple = simple_phrases(r.pattern);
                assert!(simple.is_some(), "{}: not read", r.id);
                assert_eq!(simple, phrases(r.pattern), "{}", r.id);
            }
        }
        for p in [
            "a|b|c",
            "c|b|a",
            "ab?c|d",
            "(?:x|y)?z",
            "[sz]e|[- ]x",
            "[a-d]x",
            "it(?:'|’)s",
            "said|says|say|saying",
            "(?:a|)b",
            "ac|ab|a",
        ] {
            assert_eq!(simple_phrases(p), phrases(p), "{p}");
        }
        for p in [
            r"\d+", "a*", "a+", "a{2}", "a??", "(?i)x", "[^a]", "[a-z]x", "(a)", "a)", ".",
        ] {
            assert_eq!(simple_phrases(p), None, "{p}");
        }
    }

    #[test]
    fn word_bytes_are_found_eight_at_a_time() {
        for b in 0..=255u8 {
            for k in 0..8 {
                let x = u64::from(b) << (8 * k) | 0x4141_4141_4141_4141 & !(0xFF << (8 * k));
                let stop = non_word_bytes(x);
                assert_eq!(stop & (0x80 << (8 * k)) == 0, is_word_byte(b), "{b} at {k}");
                assert_eq!(stop & !(0x80 << (8 * k)), 0, "{b} at {k}");
            }
        }
        let text = b"Saying  no_one9 x ABCDEFGHIJKLMNOPQ, \xe2\x80\x99t";
        let mut i = 0;
        while i < text.len() {
            if !is_word_byte(text[i]) {
                i += 1;
                continue;
            }
            let end = first_word_end(text, i);
            assert_eq!(word_end(text, i), end);
            assert_eq!(word_hash(text, i, end), hash(text, i, end));
            i = end;
        }
        let long: Vec<u8> = (0..300u32)
            .map(|i| b"ab_9 ,\xe2Z\x80."[(i * 7 % 10) as usize])
            .collect();
        for base in (0..long.len()).step_by(64) {
            let w = word_mask(&long, base);
            for k in 0..64 {
                let expected = long.get(base + k).is_some_and(|&c| is_word_byte(c));
                assert_eq!(w >> k & 1 == 1, expected, "byte {}", base + k);
            }
        }
        assert_eq!(hash(b"SAID", 0, 4), hash(b"said", 0, 4));
        assert!(eq_folded(b"NO ONE-Is HERE_9", b"no one-is here_9"));
        assert!(!eq_folded(b"no one-is here_9", b"no one-is here_8"));
        assert!(!eq_folded(b"[", b"{"));
        assert!(!eq_folded(b"@@@@@@@@", b"````````"));
    }

    /// The block scan against the regex it stands for, on random text made of the
    /// patterns' words, long words, separators and UTF-8, so that words and matches fall
    /// across block boundaries.
    #[test]
    fn random_text_finds_like_the_regex() {
        let patterns = [
            "said|says|say|saying",
            "no one|no-one|nobody",
            "(?-i:may)",
            "continued,|continued:",
            "foo,|bar;",
            "it is (?:believed|said)|is",
            "pushed back|push",
            "abcdefghijkl|abcdefghijklmnopqrst uv",
            "the first|the",
        ];
        let mut l = Literals::default();
        let mut alternatives = Vec::new();
        for (i, pat) in patterns.iter().enumerate() {
            let (p, exact) = phrases(pat).unwrap();
            let boundary = !pat.ends_with([',', ':', ';']);
            l.add(i, p, exact, boundary);
            let after = if boundary { r"(?-u:\b)" } else { "" };
            alternatives.push(format!(r"(?P<p{i}>(?-u:\b)(?:{pat}){after})"));
        }
        let re = regex::Regex::new(&format!("(?i-u:{})", alternatives.join("|"))).unwrap();
        let pieces = [
            "said",
            "SAYING",
            "say",
            "no",
            "one",
            "no-one",
            "nobody",
            "may",
            "May",
            "continued",
            "foo",
            "bar",
            "it",
            "is",
            "believed",
            "pushed",
            "back",
            "push",
            "the",
            "first",
            "abcdefghijkl",
            "abcdefghijklmnopqrst",
            "uv",
            "x",
            "9",
            "_",
            "é",
            "’",
        ];
        let gaps = [
            " ", " ", " ", ", ", "-", ": ", "  ", "", "\u{2014}", ".", "\n",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..next(60) {
                text.push_str(pieces[next(pieces.len())]);
                text.push_str(gaps[next(gaps.len())]);
            }
            let mut got = Vec::new();
            l.find(&text, |e, s, t| got.push((e, s, t)));
            let expected: Vec<(usize, usize, usize)> = re
                .captures_iter(&text)
                .map(|c| {
                    let e = (0..patterns.len())
                        .find(|i| c.name(&format!("p{i}")).is_some())
                        .unwrap();
                    let m = c.get(0).unwrap();
                    (e, m.start(), m.end())
                })
                .collect();
            assert_eq!(got, expected, "on {text:?}");
        }
    }

    /// A pattern ending in `,` has no boundary after it, but its phrases are still found
    /// as whole words only: "foo" from `foo|bar,` is not found in "foobar" (the regex would
    /// find it; no built-in pattern is written so).
    #[test]
    fn phrases_without_a_boundary_are_whole_words() {
        let mut l = Literals::default();
        let (p, exact) = phrases("foo|bar,").unwrap();
        l.add(0, p, exact, false);
        let mut got = Vec::new();
        let text = "foobar foo bar, bar";
        l.find(text, |_, s, t| got.push(&text[s..t]));
        assert_eq!(got, ["foo", "bar,"]);
    }

    #[test]
    fn finds_like_a_leftmost_first_regex() {
        let mut l = Literals::default();
        for (i, pat) in [
            "said|says|say|saying",
            "no one|nobody",
            "(?-i:may)",
            "continued,",
        ]
        .iter()
        .enumerate()
        {
            let (p, exact) = phrases(pat).unwrap();
            l.add(i, p, exact, !pat.ends_with(','));
        }
        let text = "Saying no-one, No one may say; May continued, sayings";
        let mut got = Vec::new();
        l.find(text, |e, s, t| got.push((e, &text[s..t])));
        assert_eq!(
            got,
            [
                (0, "Saying"),
                (1, "No one"),
                (2, "may"),
                (0, "say"),
                (3, "continued,")
            ]
        );
    }
}
