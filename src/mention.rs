//! Numeric mentions: every figure in a sentence, with its value, unit, qualifier and kind.
//!
//! ## How it works
//!
//! Most sentences hold no figure: a byte automaton (`may_hold_figure`) passes over those
//! with no digit, no `$`/`#`, no non-ASCII character and no word that can start a figure
//! alone, before any token is made (the test `quick_rejection_never_hides_a_figure` parses
//! what it rejects, in full).
//!
//! A hand-written tokenizer cuts the sentence into numerals, words and punctuation with byte
//! spans, noting for each whether whitespace (and a line break) came before it, and looks
//! each word up once in a map of the words that can start a figure (number words, "a",
//! vague plurals, months, "doubled"). A left-to-right pass then tries, at each token, to read
//! a figure: the number itself ([`crate::number::read_number`]), then what follows it (a
//! percent sign, a currency, a unit, a counted noun, the other end of a range), then what
//! precedes it (a currency symbol, a qualifier, a change or event verb). A figure consumes
//! its tokens, so one figure is one row: "$1.13bn" is one money figure, "between 300 and
//! 400" one range. Contexts that make a number a name, a time or a label (see
//! [`crate::rules::numeric`]) consume their tokens and give no row.
//!
//! The tables of words live in [`crate::rules`]; their doc comments state the conventions
//! (units, signs, vague values) and their rows carry the examples the tests run.
//!
//! ## Decisions worth knowing
//!
//! * The counted noun is the first plural noun among the (up to three) words after the
//!   number, skipping adjectives: "130 innocent people" counts `people`. With no plural, a
//!   singular noun right after the number is taken ("a 200 page report": `page`). The unit
//!   is the word as written (lowercased only when the sentence is an all-caps headline).
//! * "the two countries", "both", "all three": a small number word after a definite article
//!   refers back to things already named; it is not a figure to check, so it gives no row.
//!   A period after a preposition is a figure: "for the three months to June" (3 months).
//!   "one" alone ("one of them", "which one", "one analyst said") gives no row either; "one"
//!   with a qualifier, an event verb, a unit or in a ratio does ("at least one person").
//! * A 4-digit number from 1900 to 2099 with no separator is a year (kind `date`) unless it is
//!   clearly a quantity: a currency, a unit, a counted plural after it ("2000 people"), or a
//!   qualifier on a round hundred ("more than 2000"). Verbs and other qualifiers say nothing
//!   ("made 2004 the costliest year", "up to 2010", "a rise over 1985"), and a year opening a
//!   clause may be the subject of a verb in -s ("2004 reinforces the trend"). Other years
//!   need a year word before them ("in 1492"). Decades: "1980s", "'90s", "the eighties".
//!   A date's value is its year when the text gives one, otherwise its day of the month
//!   ("Nov. 13" is 13); a preposition is not part of a date claim ("2012", not "in 2012").
//! * "m" after a numeral is million ("£350m", "3m people") unless a word such as "tall",
//!   "long" or "race" follows, when it is metres; "bn"/"b" billion, "k" thousand. A
//!   thousandfold mistake is the worst one this code can make, so each has tests.
//! * A change verb reaches the second figure of a pair ("fell 40p, or 25%", "rose 0.6% on the
//!   month and 6.1% on the year": both changes, same sign); so do a change noun ("a 0.2%
//!   slip") and "up"/"down" after the figure ("2% up on last year").
//! * "1,3" with one or two digits after the comma is a decimal comma only as a lone numeral in
//!   running text; in brackets or a formula ("(1,2)", "SUM(1,2)") it is a list, and a
//!   function's arguments give no row.
//! * A range keeps both ends, in the text's order, and shares a trailing scale and unit with
//!   its first end when that end is smaller ("5-7 million", "$5-7bn"); "from 500 to 2
//!   million" keeps 500. "3-1" (a score) and "747-400" (a model) are not ranges.
//! * "-odd" glued to a number is `approx`, "-plus" and "+" `at-least`, and the counted noun
//!   after them is kept ("80-odd resorts"); "80 odd resorts" with a space is `approx` only
//!   after a round number and before a plain word ("30 odd jobs" stays exact).
//!   "double-digit" (at least 10) and "single-digit" (less than 10) are bounds only where
//!   their unit is known, as adjectives and as nouns ("inflation hit double digits"): see
//!   [`numeric::DIGIT_WORDS`]. "magnitude 6 to 6.5" is a range, unit `magnitude`. A rate
//!   after a counted noun stays in the claim, the unit is the noun ("180 flights a day":
//!   `flights`).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::claim::{Kind, Qualifier, Value};
use crate::number::{self, Item, NumWord, Reading};
use crate::rules::currency;
use crate::rules::numeric::{self, VerbRole};
use crate::rules::units;
use crate::swar;

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

/// Appends the figures of `text[start..end]` (one sentence) to `out`, offsets into `text`.
///
/// Offsets that are out of range or not on character boundaries give no figures rather than
/// a panic.
///
/// ```
/// use claimsift::mention::find_mentions;
/// use claimsift::{Kind, Value};
///
/// let text = "The attacks killed 130 people.";
/// let mut out = Vec::new();
/// find_mentions(text, 0, text.len(), &mut out);
/// assert_eq!(&text[out[0].start..out[0].end], "killed 130 people");
/// assert_eq!((out[0].kind, out[0].value), (Kind::Count, Value::Number(130.0)));
/// assert_eq!(out[0].unit, "people");
/// ```
pub fn find_mentions(text: &str, start: usize, end: usize, out: &mut Vec<Mention>) {
    if start >= end || text.get(start..end).is_none() {
        return;
    }
    // Most sentences hold no figure: a scan of their bytes says so at a fraction of the
    // cost of cutting them into tokens.
    if !may_hold_figure(text.as_bytes(), start, end, &TABLES) {
        return;
    }
    parse_sentence(text, start, end, out);
}

/// [`find_mentions`] without the quick rejection, for sentences that may hold a figure (and
/// for the tests that prove the rejection never loses one).
fn parse_sentence(text: &str, start: usize, end: usize, out: &mut Vec<Mention>) {
    // The token buffer is reused from sentence to sentence: one allocation per thread
    // rather than one per sentence.
    thread_local! {
        static TOKENS: std::cell::RefCell<Vec<Tok>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let mut toks = TOKENS.with_borrow_mut(std::mem::take);
    toks.clear();
    let shouting = tokenize(text, start, end, &mut toks);
    if toks.is_empty() {
        return;
    }
    let mut p = Parser::new(text, toks, shouting, out);
    p.run();
    let toks = p.t;
    TOKENS.with_borrow_mut(|t| *t = toks);
}

// ---------------------------------------------------------------------------------------
// Lexicon

/// FxHash: the lexicon is looked up once per word of every sentence, and SipHash's DoS
/// protection buys nothing for a fixed table.
#[derive(Default, Clone, Copy)]
struct Fx(u64);

impl Fx {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.add(u64::from(b));
        }
    }
    #[inline]
    fn write_u128(&mut self, i: u128) {
        self.add(i as u64);
        self.add((i >> 64) as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxBuild = BuildHasherDefault<Fx>;
/// The lexicon: keyed by [`pack`]ed words, so a lookup is an integer hash with no lowercase
/// copy and no UTF-8 check (the tokenizer packs each word once).
type Lexicon = HashMap<u128, u8, FxBuild>;

/// A word table keyed by [`pack`]ed words, with a 1024-bit filter in front of the hash map.
/// Most words a figure's context is looked up for are in no table: the filter turns them
/// away in a few instructions, where the map's hash and probe took a few dozen (about a
/// tenth of the cost of each figure on Reuters, spread over twenty tables).
struct Map<V> {
    filter: [u64; 16],
    map: HashMap<u128, V, FxBuild>,
}

type Set = Map<()>;

impl<V> Default for Map<V> {
    fn default() -> Map<V> {
        Map {
            filter: [0; 16],
            map: HashMap::default(),
        }
    }
}

impl<V> Map<V> {
    /// The key's bit in the filter: both halves of the key, mixed by one multiplication.
    #[inline(always)]
    fn bit(key: u128) -> (usize, u64) {
        let h = ((key as u64) ^ ((key >> 64) as u64)).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 54;
        ((h >> 6) as usize, 1u64 << (h & 63))
    }
    fn insert(&mut self, key: u128, value: V) {
        let (word, bit) = Self::bit(key);
        self.filter[word] |= bit;
        self.map.insert(key, value);
    }
    /// The value for `key`, inserted with `value()` when there is none.
    fn get_or_insert_with(&mut self, key: u128, value: impl FnOnce() -> V) -> &mut V {
        let (word, bit) = Self::bit(key);
        self.filter[word] |= bit;
        self.map.entry(key).or_insert_with(value)
    }
    #[inline(always)]
    fn get(&self, key: &u128) -> Option<&V> {
        let (word, bit) = Self::bit(*key);
        if self.filter[word] & bit == 0 {
            return None;
        }
        self.map.get(key)
    }
    #[inline(always)]
    fn contains_key(&self, key: &u128) -> bool {
        self.get(key).is_some()
    }
}

impl Set {
    #[inline(always)]
    fn contains(&self, key: &u128) -> bool {
        self.contains_key(key)
    }
}

impl<V> FromIterator<(u128, V)> for Map<V> {
    fn from_iter<I: IntoIterator<Item = (u128, V)>>(iter: I) -> Map<V> {
        let mut m = Map::default();
        for (k, v) in iter {
            m.insert(k, v);
        }
        m
    }
}

impl FromIterator<u128> for Set {
    fn from_iter<I: IntoIterator<Item = u128>>(iter: I) -> Set {
        iter.into_iter().map(|k| (k, ())).collect()
    }
}

/// A word's lowercase bytes packed into an integer (words longer than 16 bytes give 0, which
/// no table holds). Distinct words give distinct keys: no byte of UTF-8 text is zero.
#[inline]
const fn pack(s: &str) -> u128 {
    let b = s.as_bytes();
    if b.len() > 16 {
        return 0;
    }
    let mut k: u128 = 0;
    let mut i = 0;
    while i < b.len() {
        k = (k << 8) | b[i].to_ascii_lowercase() as u128;
        i += 1;
    }
    k
}

/// Packed keys of literal words, computed at compile time.
macro_rules! kws {
    ($($w:literal),+ $(,)?) => {
        &[$(const { pack($w) }),+] as &[u128]
    };
}

/// A packed word's length in bytes.
fn key_len(key: u128) -> u32 {
    (128 - key.leading_zeros()).div_ceil(8)
}

/// Does the packed word end with `suffix`?
fn key_ends(key: u128, suffix: &str) -> bool {
    let n = suffix.len() as u32;
    key_len(key) >= n && key & ((1u128 << (8 * n)) - 1) == pack(suffix)
}

/// What a word can start or continue.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
enum Anchor {
    #[default]
    None,
    Num(NumWord),
    Abbrev(f64),
    A,
    And,
    Of,
    Point,
    Minus,
    Vague(f64, bool),
    VagueMod,
    Month(u8),
    Multiplier(f64),
    /// "eighties": the decade's first year.
    Decade(f64),
    /// "digit", "digits": a figure when "single", "double" or "triple" stands before it
    /// ("single-digit growth", "inflation hit double digits"). "single" is a common word
    /// and "digit" a rare one: the rare word is the one that lets a sentence through the
    /// quick rejection.
    Digits,
}

impl Anchor {
    /// Can a figure start at this word in a sentence with no digit, no `$` or `#` and no
    /// non-ASCII character? "a", "and", "of", "point", "minus" and the newsroom scale
    /// abbreviations only continue a number that something else starts ("a dozen", "point
    /// five", "minus 5", "5 mln"); a month makes a date only with a numeral after it
    /// ("Nov. 13"), and "several", "few", "many" a figure only with a scale or a vague
    /// plural after them ("several hundred"). None of them alone makes a figure: see
    /// [`may_hold_figure`].
    fn starts_figure_alone(self) -> bool {
        !matches!(
            self,
            Anchor::None
                | Anchor::A
                | Anchor::And
                | Anchor::Of
                | Anchor::Point
                | Anchor::Minus
                | Anchor::Abbrev(_)
                | Anchor::Month(_)
                | Anchor::VagueMod
        )
    }
}

struct Tables {
    lexicon: Lexicon,
    /// For each word length and first letter, a bit per last letter that some lexicon word
    /// has: most words are ruled out without hashing.
    possible: [[u32; 32]; 17],
    /// The quick rejection's automaton ([`may_hold_figure`]).
    rejection: Rejection,
    /// By [`Tok::aid`]: a fixed size, so that a lookup needs no bounds check.
    anchors: Box<[Anchor; 256]>,
    /// For each anchor, how the walk treats a word with it ([`passes_over`]): [`PASSIVE`],
    /// [`WAKES`].
    walk: Box<[u8; 256]>,
    verbs: Map<VerbRole>,
    currency_words: Map<usize>,
    dollar_prefixes: Map<&'static str>,
    codes: HashSet<&'static str, FxBuild>,
    /// The length of the longest code or alias, in bytes.
    longest_code: usize,
    /// ISO codes written in lower case, for "20 usd".
    lower_codes: Map<&'static str>,
    units: Map<Vec<(usize, Vec<u128>)>>,
    qualifiers: Vec<(Vec<u128>, &'static numeric::QualifierRule)>,
    /// Qualifiers before a figure, by the key of their last word.
    qualifiers_by_last: Map<Vec<usize>>,
    /// Qualifiers after a figure ("or more").
    qualifiers_after: Vec<usize>,
    not_nouns: Set,
    noun_modifiers: Set,
    labels: Set,
    streets: Set,
    times: Set,
    index_words: Set,
    metre: Set,
    rank_verbs: Set,
    rank_nouns: Set,
    year_context: Set,
    /// [`numeric::LEVEL_VERBS`]: whether each says the level went up. Looked up for the
    /// words before most figures; scanning the table there packed every row each time.
    level_verbs: Map<bool>,
    /// Verbs of movement, and whether they need an object before "up to".
    movement_verbs: Map<bool>,
    share_nouns: Set,
    collective_nouns: Set,
    change_nouns: Map<bool>,
    time_units: Map<&'static str>,
    /// [`numeric::DIGIT_WORDS`]: "double" in "double-digit", and the bound it sets.
    digit_words: Map<f64>,
    digit_rate_nouns: Set,
    /// [`numeric::DIGIT_BANDS`]: "high" in "high single digits", and its band.
    digit_bands: Map<(f64, f64)>,
    /// [`numeric::ODD_ADJECTIVE_NOUNS`].
    odd_adjective_nouns: Set,
}

static TABLES: LazyLock<Tables> = LazyLock::new(build_tables);

fn set(words: &[&'static str]) -> Set {
    words.iter().map(|w| pack(w)).collect()
}

fn build_tables() -> Tables {
    let mut entries: Vec<(u128, Anchor)> = Vec::new();
    for (w, n) in number::CARDINALS
        .iter()
        .chain(number::ORDINALS)
        .chain(number::DENOMINATORS)
    {
        entries.push((pack(w), Anchor::Num(*n)));
    }
    for (w, f) in number::SCALE_ABBREVIATIONS {
        entries.push((pack(w), Anchor::Abbrev(*f)));
    }
    for r in numeric::VAGUE {
        entries.push((pack(r.word), Anchor::Vague(r.value, r.needs_of)));
    }
    for w in numeric::VAGUE_MODIFIERS {
        entries.push((pack(w), Anchor::VagueMod));
    }
    for (w, m) in numeric::MONTHS {
        entries.push((pack(w), Anchor::Month(*m)));
    }
    for (w, f) in numeric::MULTIPLIERS {
        entries.push((pack(w), Anchor::Multiplier(*f)));
    }
    for (w, y) in numeric::DECADE_WORDS {
        entries.push((pack(w), Anchor::Decade(*y)));
    }
    for (w, a) in [
        ("a", Anchor::A),
        ("an", Anchor::A),
        ("and", Anchor::And),
        ("of", Anchor::Of),
        ("point", Anchor::Point),
        ("minus", Anchor::Minus),
        ("negative", Anchor::Minus),
        ("digit", Anchor::Digits),
        ("digits", Anchor::Digits),
    ] {
        entries.push((pack(w), a));
    }
    let mut anchors = vec![Anchor::None];
    let mut lexicon = Lexicon::default();
    let mut possible = [[0u32; 32]; 17];
    // Not a lexicon word, but the tokenizer looks for it where it looks words up: "www"
    // opens a URL.
    possible[3][usize::from(b'w' & 31)] |= 1u32 << (b'w' & 31);
    for (key, anchor) in entries {
        let len = key_len(key) as usize;
        let first = (key >> (8 * (len.max(1) - 1))) as u8;
        let last = key as u8;
        if len <= 16 {
            possible[len][usize::from(first & 31)] |= 1u32 << (last & 31);
        }
        let id = anchors
            .iter()
            .position(|a| *a == anchor)
            .unwrap_or_else(|| {
                anchors.push(anchor);
                anchors.len() - 1
            });
        // The build runs in every test: a table too rich for a byte fails them all.
        lexicon.insert(key, u8::try_from(id).expect("fewer than 256 anchors"));
    }
    let rejection = Rejection::new(
        lexicon
            .iter()
            .filter(|&(_, &id)| anchors[usize::from(id)].starts_figure_alone())
            .filter_map(|(&key, _)| Low::from_key(key))
            .map(|w| w.as_str().to_owned()),
    );
    let mut verbs: Map<VerbRole> = Map::default();
    for r in numeric::VERBS {
        for w in r.words {
            verbs.insert(pack(w), r.role);
        }
    }
    let mut currency_words: Map<usize> = Map::default();
    for (i, r) in currency::WORDS.iter().enumerate() {
        for w in r.words {
            currency_words.insert(pack(w), i);
        }
    }
    let mut units: Map<Vec<(usize, Vec<u128>)>> = Map::default();
    for (i, r) in units::UNITS.iter().enumerate() {
        for phrase in r.words {
            let parts: Vec<u128> = phrase.split(' ').map(pack).collect();
            units
                .get_or_insert_with(parts[0], Vec::new)
                .push((i, parts));
        }
    }
    let qualifiers: Vec<(Vec<u128>, &'static numeric::QualifierRule)> = numeric::QUALIFIERS
        .iter()
        .map(|q| (q.words.iter().map(|w| pack(w)).collect(), q))
        .collect();
    let mut qualifiers_by_last: Map<Vec<usize>> = Map::default();
    for (i, (words, q)) in qualifiers.iter().enumerate() {
        if !q.after
            && let Some(last) = words.last()
        {
            qualifiers_by_last
                .get_or_insert_with(*last, Vec::new)
                .push(i);
        }
    }
    let qualifiers_after = (0..qualifiers.len())
        .filter(|&i| qualifiers[i].1.after)
        .collect();
    let mut walk = Box::new([0u8; 256]);
    for (w, a) in walk.iter_mut().zip(&anchors) {
        *w = match a {
            Anchor::None
            | Anchor::And
            | Anchor::Of
            | Anchor::Abbrev(_)
            | Anchor::Month(_)
            | Anchor::VagueMod
            | Anchor::A => PASSIVE,
            Anchor::Num(_) | Anchor::Vague(..) => WAKES,
            _ => 0,
        };
    }
    let anchors = {
        let mut table = Box::new([Anchor::None; 256]);
        table[..anchors.len()].copy_from_slice(&anchors);
        table
    };
    Tables {
        lexicon,
        walk,
        possible,
        rejection,
        anchors,
        qualifiers_by_last,
        qualifiers_after,
        verbs,
        currency_words,
        dollar_prefixes: currency::DOLLAR_PREFIXES
            .iter()
            .map(|(w, c)| (pack(w), *c))
            .collect(),
        codes: currency::CODES.iter().copied().collect(),
        longest_code: currency::CODES
            .iter()
            .chain(currency::CODE_ALIASES.iter().map(|(a, _)| a))
            .map(|c| c.len())
            .max()
            .unwrap_or(0),
        lower_codes: currency::CODES
            .iter()
            .filter(|c| !matches!(**c, "TRY" | "MAD" | "PHP" | "ALL" | "TOP"))
            .map(|c| (pack(c), *c))
            .collect(),
        qualifiers,
        units,
        not_nouns: set(numeric::NOT_NOUNS),
        noun_modifiers: set(numeric::NOUN_MODIFIERS),
        labels: numeric::LABELS
            .iter()
            .flat_map(|r| r.words.iter().map(|w| pack(w)))
            .collect(),
        streets: set(numeric::STREET_WORDS),
        times: set(numeric::TIME_WORDS),
        index_words: set(numeric::INDEX_WORDS),
        metre: set(numeric::METRE_CONTEXT),
        rank_verbs: set(numeric::RANK_VERBS),
        rank_nouns: set(numeric::RANK_NOUNS),
        year_context: set(numeric::YEAR_CONTEXT),
        level_verbs: numeric::LEVEL_VERBS
            .iter()
            .rev() // the first row of a word wins, as a scan would find it
            .map(|(w, up)| (pack(w), *up))
            .collect(),
        movement_verbs: numeric::MOVEMENT_VERBS
            .iter()
            .map(|(w, o)| (pack(w), *o))
            .collect(),
        share_nouns: set(numeric::SHARE_NOUNS),
        collective_nouns: set(numeric::COLLECTIVE_NOUNS),
        change_nouns: numeric::CHANGE_NOUNS
            .iter()
            .map(|(w, b)| (pack(w), *b))
            .collect(),
        time_units: numeric::TIME_UNITS
            .iter()
            .map(|(w, u)| (pack(w), *u))
            .collect(),
        digit_words: numeric::DIGIT_WORDS
            .iter()
            .map(|(w, f)| (pack(w), *f))
            .collect(),
        digit_rate_nouns: set(numeric::DIGIT_RATE_NOUNS),
        digit_bands: numeric::DIGIT_BANDS
            .iter()
            .map(|(w, lo, hi)| (pack(w), (*lo, *hi)))
            .collect(),
        odd_adjective_nouns: set(numeric::ODD_ADJECTIVE_NOUNS),
    }
}

// ---------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TK {
    Num,
    Word,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Lower,
    Cap,
    Upper,
    Mixed,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    kind: TK,
    /// Whitespace (or the sentence start) before it.
    space: bool,
    /// A line break in that whitespace, or the token opens a line.
    nl: bool,
    /// Inside a URL, an e-mail address or a ticker: never part of a figure.
    skip: bool,
    case: Case,
    /// The lowercase word (or punctuation) [`pack`]ed.
    key: u128,
    /// Index of the word's [`Anchor`] in `Tables::anchors` (0: none); an index keeps the
    /// token small, and tokens are made for every word of every sentence.
    aid: u8,
    ch: char,
    val: f64,
    int_digits: u8,
    dec: bool,
    comma: bool,
    lead0: bool,
}

impl Tok {
    fn new(start: usize, end: usize, kind: TK, space: bool, nl: bool) -> Tok {
        Tok {
            start,
            end,
            kind,
            space,
            nl,
            skip: false,
            case: Case::Lower,
            key: 0,
            aid: 0,
            ch: '\0',
            val: 0.0,
            int_digits: 0,
            dec: false,
            comma: false,
            lead0: false,
        }
    }
}

/// Lowercase copy of a short ASCII word, on the stack.
struct Low {
    buf: [u8; 32],
    len: usize,
}

impl Low {
    /// The word a [`pack`]ed key holds.
    fn from_key(key: u128) -> Option<Low> {
        if key == 0 {
            return None;
        }
        let bytes = key.to_be_bytes();
        let skip = bytes.iter().take_while(|b| **b == 0).count();
        let mut buf = [0u8; 32];
        buf[..16 - skip].copy_from_slice(&bytes[skip..]);
        Some(Low {
            buf,
            len: 16 - skip,
        })
    }
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

const OTHER: u8 = 0;
const SPACE: u8 = 1;
const DIGIT: u8 = 2;
const LETTER: u8 = 3;

/// The class of each byte, for the tokenizer's inner loops.
static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_whitespace() {
            SPACE
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b.is_ascii_alphabetic() {
            LETTER
        } else {
            OTHER
        };
        c += 1;
    }
    t
};

/// 0x20 in each of the 16 bytes of a packed key.
const LETTER_BITS: u128 = 0x2020_2020_2020_2020_2020_2020_2020_2020;

/// The end of the run of ASCII letters in `b[..n]` that goes on at `j`. Words are read
/// eight bytes at a time: byte by byte, the loop was the largest single cost of the
/// tokenizer (seven instructions a letter).
#[inline(always)]
fn letters_end(b: &[u8], mut j: usize, n: usize) -> usize {
    while let Some(chunk) = b.get(j..n).and_then(|r| r.first_chunk::<8>()) {
        let others = !swar::letter_bytes(u64::from_le_bytes(*chunk)) & swar::HIGH;
        if others != 0 {
            return j + swar::first_flagged(others);
        }
        j += 8;
    }
    while j < n && CLASS[usize::from(b[j])] == LETTER {
        j += 1;
    }
    j
}

/// `KEY_MASKS[n]`: the low `n` bytes of a packed key set (n from 0 to 16).
static KEY_MASKS: [u128; 17] = {
    let mut t = [0u128; 17];
    let mut n = 1;
    while n <= 16 {
        t[n] = u128::MAX >> (8 * (16 - n));
        n += 1;
    }
    t
};

/// `LETTER_BITS_OF[n]`: bit 0x20 of each byte of an `n`-byte packed key.
static LETTER_BITS_OF: [u128; 17] = {
    let mut t = [0u128; 17];
    let mut n = 1;
    while n <= 16 {
        t[n] = LETTER_BITS >> (8 * (16 - n));
        n += 1;
    }
    t
};

/// `FIRST_LETTER_BITS[n]`: bit 0x20 of the first byte of an `n`-byte packed key.
static FIRST_LETTER_BITS: [u128; 17] = {
    let mut t = [0u128; 17];
    let mut n = 1;
    while n <= 16 {
        t[n] = 0x20u128 << (8 * (n - 1));
        n += 1;
    }
    t
};

/// The bytes `b[i..j]` (at most 16) packed big-endian, as they are: one 16-byte load
/// ending at `j` and a mask, so a word costs a few instructions rather than a few per
/// letter (callers pass the whole text, so only its first 16 bytes take the slow way).
#[inline(always)]
fn raw_key(b: &[u8], i: usize, j: usize) -> u128 {
    let len = j - i;
    match b.get(..j).and_then(|p| p.last_chunk::<16>()) {
        Some(w) => u128::from_be_bytes(*w) & KEY_MASKS[len],
        None => b[i..j].iter().fold(0u128, |k, &x| (k << 8) | u128::from(x)),
    }
}

/// Non-breaking and thin spaces used as thousands separators ("40 000").
fn is_group_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Bytes that may start a figure on their own: digits, `$`, `#` and the first byte of any
/// non-ASCII character (currency symbols, vulgar fractions, dashes, letters with accents).
static FIGURE_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_digit() || b == b'$' || b == b'#' || b >= 0x80;
        c += 1;
    }
    t
};

/// Could the sentence `b[start..end]` hold a figure? False only when it has no digit, no `$`
/// or `#`, no non-ASCII character and no word that can start a figure alone (a number word,
/// a vague amount, a multiplier, a decade word): then every path of the parser ends without
/// a row (a numeral, a symbol or such a word is where each begins), and the sentence needs
/// no tokens at all. On 2 MB of Reuters, 9,573 of 19,799 sentences (41% of the bytes) are
/// passed over here.
fn may_hold_figure(b: &[u8], start: usize, end: usize, tab: &Tables) -> bool {
    b.get(start..end)
        .is_some_and(|s| tab.rejection.may_hold_figure(s))
}

/// The quick rejection as a byte automaton: one table step a byte tells figure bytes,
/// the letters of words that can start a figure alone, and the ends of such words. Words
/// read one at a time, each looked up, cost about 13 instructions a byte; this costs 5.4
/// (callgrind, Reuters).
///
/// The words are the tokenizer's: runs of ASCII letters (a non-ASCII letter next to one is
/// a figure byte, so such words never matter here), in either case.
struct Rejection {
    /// The class of each byte: [`Rejection::GAP`], a letter (1 to 26) or
    /// [`Rejection::FIGURE`].
    class: [u8; 256],
    /// `next[state + class]`: a state is the start of its row of 32 (states are
    /// [`Rejection::BETWEEN`], [`Rejection::NO_WORD`], the prefixes of the words and
    /// [`Rejection::FOUND`], which never leads elsewhere). A fixed size, so that a masked
    /// index needs no bounds check.
    next: Box<[u16; Rejection::ROWS * 32]>,
    /// Whether the word read so far in each state is a whole word that starts a figure.
    whole: Vec<bool>,
}

impl Rejection {
    /// Between words, or at the start.
    const BETWEEN: u16 = 0;
    /// In a word that is none of ours (the second row).
    const NO_WORD: u16 = 32;
    /// The last row.
    const FOUND: u16 = ((Rejection::ROWS - 1) * 32) as u16;
    /// A byte that is no letter and no figure byte.
    const GAP: u8 = 0;
    const FIGURE: u8 = 27;
    /// Room for the states: the words that start figures have about 600 prefixes.
    const ROWS: usize = 1024;

    fn new(words: impl Iterator<Item = String>) -> Rejection {
        let mut class = [Rejection::GAP; 256];
        for c in 0..=255u8 {
            if FIGURE_BYTE[usize::from(c)] {
                class[usize::from(c)] = Rejection::FIGURE;
            } else if c.is_ascii_alphabetic() {
                class[usize::from(c)] = (c | 0x20) - b'a' + 1;
            }
        }
        // The trie of the words, a row per state; a letter with no edge leads to NO_WORD.
        let mut rows = vec![[Rejection::NO_WORD; 32]; 2];
        let mut whole = vec![false; 2];
        for w in words {
            // Words with other characters are never one token: they cannot be met.
            if !w.bytes().all(|c| c.is_ascii_lowercase()) {
                continue;
            }
            let mut state = Rejection::BETWEEN;
            for c in w.bytes() {
                let at = (usize::from(state) / 32, usize::from(c - b'a' + 1));
                if rows[at.0][at.1] == Rejection::NO_WORD {
                    assert!(rows.len() < Rejection::ROWS - 1, "room for the prefixes");
                    rows[at.0][at.1] = (rows.len() * 32) as u16;
                    rows.push([Rejection::NO_WORD; 32]);
                    whole.push(false);
                }
                state = rows[at.0][at.1];
            }
            whole[usize::from(state) / 32] = true;
        }
        let mut next = Box::new([Rejection::FOUND; Rejection::ROWS * 32]);
        for (r, row) in rows.iter_mut().enumerate() {
            row[usize::from(Rejection::FIGURE)] = Rejection::FOUND;
            // The end of a word: found if it is whole, else between words again.
            row[usize::from(Rejection::GAP)] = if whole[r] {
                Rejection::FOUND
            } else {
                Rejection::BETWEEN
            };
            next[r * 32..r * 32 + 32].copy_from_slice(row);
        }
        Rejection { class, next, whole }
    }

    fn may_hold_figure(&self, b: &[u8]) -> bool {
        let step = |state: u16, c: u8| {
            let at = usize::from(state) + usize::from(self.class[usize::from(c)]);
            self.next[at & (Rejection::ROWS * 32 - 1)]
        };
        let mut state = Rejection::BETWEEN;
        // FOUND leads nowhere else, so it is looked for once every eight bytes.
        let mut eights = b.chunks_exact(8);
        for eight in eights.by_ref() {
            for &c in eight {
                state = step(state, c);
            }
            if state == Rejection::FOUND {
                return true;
            }
        }
        for &c in eights.remainder() {
            state = step(state, c);
        }
        state == Rejection::FOUND
            || self
                .whole
                .get(usize::from(state) / 32)
                .copied()
                .unwrap_or(true)
    }
}

/// Cuts `text[start..end]` into tokens; also says whether the sentence is an all-caps
/// headline.
///
/// Every sentence that may hold a figure is cut here, so the common token (a word of up to
/// 16 ASCII letters) takes a short path: one load for its key and case, a bit test before
/// any hashing, one push. Numerals, punctuation and other words take [`scan_numeral`],
/// [`other_token`] and [`long_word`].
#[inline(never)]
fn tokenize(text: &str, start: usize, end: usize, toks: &mut Vec<Tok>) -> bool {
    let s = &text[start..end];
    let tb = text.as_bytes();
    let b = s.as_bytes();
    let n = b.len();
    toks.reserve(n / 4 + 4);
    let tab = &*TABLES;
    let mut space = true;
    let mut maybe_skip = false;
    let mut upper_words = 0usize;
    let mut lower_words = 0usize;
    // Does the sentence open a line?
    // (Byte by byte: the blanks skipped are ASCII, and the last byte of any other
    // character is not a line feed.)
    let mut nl = tb[..start]
        .iter()
        .rev()
        .find(|&&c| !matches!(c, b' ' | b'\t' | b'\r'))
        .is_none_or(|&c| c == b'\n');
    let mut i = 0;
    while i < n {
        let c0 = b[i];
        let class = CLASS[usize::from(c0)];
        if class == LETTER {
            // Words of up to seven letters (most of them) are found in the eight bytes from
            // `i`, read once for their end and their key; longer ones are read on.
            let mut short = None;
            if let Some(chunk) = b.get(i..).and_then(|r| r.first_chunk::<8>()) {
                let w = u64::from_le_bytes(*chunk);
                let others = !swar::letter_bytes(w) & swar::HIGH;
                if others != 0 {
                    let len = swar::first_flagged(others);
                    // The first `len` bytes, the first the highest, as `pack` has them.
                    short = Some((i + len, w.swap_bytes() >> (8 * (8 - len))));
                }
            }
            let j = short.map_or_else(|| letters_end(b, i + 1, n), |(j, _)| j);
            let len = j - i;
            // A letter with an accent continues the word ("café"), and a letter with a full
            // stop may open dotted initials ("U.S."): those take the long way.
            let plain = len <= 16
                && (j == n || b[j] < 0x80)
                && !(len == 1
                    && j + 2 < n
                    && b[j] == b'.'
                    && b[j + 1].is_ascii_alphabetic()
                    && b[j + 2] == b'.');
            if !plain {
                let (j, tok) = long_word(s, i, j, start, space, nl);
                match tok.case {
                    Case::Upper => upper_words += 1,
                    Case::Lower => lower_words += 1,
                    _ => {}
                }
                toks.push(tok);
                i = j;
                space = false;
                nl = false;
                continue;
            }
            // Letters differ from their lower case in bit 0x20 alone: set it for the key,
            // count where it was clear for the case.
            let raw = match short {
                Some((_, raw)) => u128::from(raw),
                None => raw_key(tb, start + i, start + j),
            };
            let bits = LETTER_BITS_OF[len];
            let key = raw | bits;
            let upper_bits = !raw & bits;
            let case = if upper_bits == 0 {
                lower_words += 1;
                Case::Lower
            } else if upper_bits == FIRST_LETTER_BITS[len] {
                Case::Cap
            } else if upper_bits == bits {
                upper_words += 1;
                Case::Upper
            } else {
                Case::Mixed
            };
            // "www" is in `possible` too, so that it is looked for only here.
            let aid = if may_be_in(&tab.possible, len, c0, key as u8) {
                maybe_skip |= key == const { pack("www") };
                tab.lexicon.get(&key).copied().unwrap_or(0)
            } else {
                0
            };
            toks.push(Tok {
                case,
                key,
                aid,
                ..Tok::new(start + i, start + j, TK::Word, space, nl)
            });
            i = j;
        } else if class == SPACE {
            space = true;
            nl |= c0 == b'\n';
            i += 1;
            while i < n && CLASS[usize::from(b[i])] == SPACE {
                nl |= b[i] == b'\n';
                i += 1;
            }
            continue;
        } else if class == DIGIT
            || (c0 == b'.'
                && i + 1 < n
                && b[i + 1].is_ascii_digit()
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric())))
        {
            let (j, tok) = scan_numeral(s, i, start, space, nl);
            toks.push(tok);
            i = j;
        } else if c0 < 0x80 && c0 != 0x0b {
            // ASCII punctuation (the vertical tab, whitespace to `char::is_whitespace`, is not
            // in `SPACE`): the key of a byte that is no letter is the byte.
            let mut tok = Tok::new(start + i, start + i + 1, TK::Punct, space, nl);
            tok.ch = char::from(c0);
            tok.key = u128::from(c0);
            maybe_skip |= matches!(c0, b'@' | b':' | b'<');
            toks.push(tok);
            i += 1;
        } else {
            let Some((j, tok)) = other_token(s, i, start, space, nl) else {
                break;
            };
            i = j;
            let Some(tok) = tok else {
                space = true;
                continue;
            };
            // Words that open with a non-ASCII letter do not count towards the case of the
            // sentence.
            maybe_skip |= matches!(tok.ch, '@' | ':' | '<');
            toks.push(tok);
        }
        space = false;
        nl = false;
    }
    if maybe_skip {
        mark_skips(toks);
    }
    upper_words > 2 && upper_words > 2 * lower_words
}

/// Is a word of `len` bytes with these first and last bytes possibly in the table
/// ([`Tables::possible`], [`Tables::starters`])? Letters in either case give the same
/// answer; a false "yes" costs a hash lookup, a "no" is always right.
#[inline(always)]
fn may_be_in(table: &[[u32; 32]; 17], len: usize, first: u8, last: u8) -> bool {
    len <= 16 && table[len][usize::from(first & 31)] & (1u32 << (last & 31)) != 0
}

/// The word at `i` whose ASCII letters end at `j`, when it goes on with a letter with an
/// accent, is dotted initials or is longer than 16 bytes: its end and token.
#[cold]
#[inline(never)]
fn long_word(s: &str, i: usize, j: usize, start: usize, space: bool, nl: bool) -> (usize, Tok) {
    let b = s.as_bytes();
    let n = b.len();
    let tab = &*TABLES;
    let mut j = j;
    let mut ascii = true;
    // Words with non-ASCII letters ("café") continue.
    while j < n && b[j] >= 0x80 {
        let Some(c) = s[j..].chars().next() else {
            break;
        };
        if !c.is_alphabetic() {
            break;
        }
        ascii = false;
        j += c.len_utf8();
        while j < n && b[j].is_ascii_alphabetic() {
            j += 1;
        }
    }
    // Dotted initials are one word: "U.S.", "p.m.", "H.K.".
    if j == i + 1 && j + 2 < n && b[j] == b'.' && b[j + 1].is_ascii_alphabetic() && b[j + 2] == b'.'
    {
        j += 3;
        while j + 1 < n
            && b[j].is_ascii_alphabetic()
            && b[j + 1] == b'.'
            && (j + 2 == n || !b[j + 2].is_ascii_alphabetic())
        {
            j += 2;
        }
        ascii = false; // recompute below
    }
    let mut tok = Tok::new(start + i, start + j, TK::Word, space, nl);
    let len = j - i;
    if ascii && len <= 16 {
        let raw = raw_key(b, i, j);
        let bits = LETTER_BITS & KEY_MASKS[len];
        tok.key = raw | bits;
        let upper_bits = !raw & bits;
        tok.case = if upper_bits == 0 {
            Case::Lower
        } else if upper_bits == FIRST_LETTER_BITS[len] {
            Case::Cap
        } else if upper_bits == bits {
            Case::Upper
        } else {
            Case::Mixed
        };
    } else {
        let word = s.get(i..j).unwrap_or("");
        tok.key = pack(word);
        tok.case = case_of(word);
    }
    if tok.key != 0 && may_be_in(&tab.possible, len, b[i], tok.key as u8) {
        tok.aid = tab.lexicon.get(&tok.key).copied().unwrap_or(0);
    }
    (j, tok)
}

/// The token at `i` that is neither an ASCII word, a numeral nor ASCII whitespace: its end
/// and the token, `None` for Unicode whitespace; `None` altogether when `i` is not on a
/// character boundary (it always is).
#[inline(never)]
fn other_token(
    s: &str,
    i: usize,
    start: usize,
    space: bool,
    nl: bool,
) -> Option<(usize, Option<Tok>)> {
    let c = s[i..].chars().next()?;
    let len = c.len_utf8();
    if is_space(c) {
        return Some((i + len, None));
    }
    if c.is_alphabetic() {
        // A word starting with a non-ASCII letter.
        let n = s.len();
        let mut j = i + len;
        while j < n {
            let Some(d) = s[j..].chars().next() else {
                break;
            };
            if !d.is_alphabetic() {
                break;
            }
            j += d.len_utf8();
        }
        let mut tok = Tok::new(start + i, start + j, TK::Word, space, nl);
        tok.case = case_of(&s[i..j]);
        tok.key = pack(&s[i..j]);
        return Some((j, Some(tok)));
    }
    let mut tok = Tok::new(start + i, start + i + len, TK::Punct, space, nl);
    tok.ch = c;
    tok.key = pack(&s[i..i + len]);
    Some((i + len, Some(tok)))
}

fn case_of(word: &str) -> Case {
    let mut upper = 0;
    let mut lower = 0;
    let mut first_upper = false;
    if word.is_ascii() {
        for (k, b) in word.bytes().enumerate() {
            if b.is_ascii_uppercase() {
                upper += 1;
                first_upper |= k == 0;
            } else if b.is_ascii_lowercase() {
                lower += 1;
            }
        }
        return case_from(upper, lower, first_upper);
    }
    for (k, c) in word.chars().enumerate() {
        if c.is_uppercase() {
            upper += 1;
            if k == 0 {
                first_upper = true;
            }
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    case_from(upper, lower, first_upper)
}

fn case_from(upper: usize, lower: usize, first_upper: bool) -> Case {
    if upper == 0 {
        Case::Lower
    } else if lower == 0 && upper > 1 {
        Case::Upper
    } else if (first_upper && upper == 1) || lower == 0 {
        Case::Cap
    } else {
        Case::Mixed
    }
}

/// Reads a numeral at `i`: digits, thousands groups (commas, or non-breaking/thin spaces, or
/// plain spaces when at least two groups follow), a decimal part, an exponent.
fn scan_numeral(s: &str, i: usize, base: usize, space: bool, nl: bool) -> (usize, Tok) {
    let b = s.as_bytes();
    let n = b.len();
    // Most numerals are a few digits, perhaps in groups of three or with a decimal part
    // ("5 mln", "1,250", "1.23 dlrs", "1987,"): their value is read as the digits go by.
    // Anything rarer (a decimal comma, a list, spaces or non-breaking spaces between groups,
    // an exponent, more than 15 digits) takes the full reading below, which cost about 400
    // instructions a numeral.
    let digit_at = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    let mut j = i;
    let mut m = 0u64;
    while j < n && j - i < 16 && b[j].is_ascii_digit() {
        m = m * 10 + u64::from(b[j] - b'0');
        j += 1;
    }
    let first_group = j - i;
    let mut int_digits = first_group;
    let mut digits = first_group;
    let mut comma = false;
    if (1..=3).contains(&first_group) {
        while j + 3 < n
            && b[j] == b','
            && digit_at(j + 1)
            && digit_at(j + 2)
            && digit_at(j + 3)
            && !digit_at(j + 4)
        {
            for &d in &b[j + 1..j + 4] {
                m = m.wrapping_mul(10).wrapping_add(u64::from(d - b'0'));
            }
            j += 4;
            int_digits += 3;
            digits += 3;
            comma = true;
        }
    }
    // What only the full reading handles after the integer part.
    let rare =
        j < n && !comma && (b[j] >= 0x80 || (matches!(b[j], b',' | b' ') && digit_at(j + 1)));
    let mut decimals = 0;
    if !rare && j + 1 < n && b[j] == b'.' && digit_at(j + 1) {
        let mut k = j + 1;
        while k < n && b[k].is_ascii_digit() {
            m = m.wrapping_mul(10).wrapping_add(u64::from(b[k] - b'0'));
            k += 1;
        }
        decimals = k - j - 1;
        digits += decimals;
        j = k;
    }
    let ends = j == n || !matches!(b[j], b'0'..=b'9' | b'e');
    // At most 15 digits in all: the value is below 2^53, and the quotient of two exact
    // doubles is the double nearest the decimal, as parsing it gives.
    if (1..=15).contains(&first_group) && digits <= 15 && !rare && ends {
        let mut tok = Tok::new(base + i, base + j, TK::Num, space, nl);
        tok.val = if decimals == 0 {
            m as f64
        } else {
            m as f64 / POWERS_OF_TEN[decimals]
        };
        // Digits, commas and points have no case: the key is the bytes as they are.
        tok.key = if j - i <= 16 { raw_key(b, i, j) } else { 0 };
        tok.int_digits = int_digits.min(255) as u8;
        tok.dec = decimals > 0;
        tok.comma = comma;
        tok.lead0 = b[i] == b'0' && first_group >= 2;
        return (j, tok);
    }
    scan_numeral_in_full(s, i, base, space, nl)
}

/// 10^0 to 10^15, all exact doubles.
const POWERS_OF_TEN: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// [`scan_numeral`] for any numeral: separators, decimals, exponents, long runs of digits.
fn scan_numeral_in_full(s: &str, i: usize, base: usize, space: bool, nl: bool) -> (usize, Tok) {
    let b = s.as_bytes();
    let n = b.len();
    // The numeral without separators, on the stack: one heap allocation per numeral was a
    // measurable share of the run time.
    let mut clean = Clean::default();
    let mut j = i;
    while j < n && b[j].is_ascii_digit() {
        clean.push(b[j] as char);
        j += 1;
    }
    let first_group = j - i;
    let mut int_digits = first_group;
    let mut comma = false;
    let three_digits_at = |k: usize| -> bool {
        k + 3 <= n
            && b[k..k + 3].iter().all(u8::is_ascii_digit)
            && (k + 3 == n || !b[k + 3].is_ascii_digit())
    };
    if (1..=3).contains(&first_group) {
        // Commas every three digits.
        while j < n && b[j] == b',' && three_digits_at(j + 1) {
            clean.push_str(&s[j + 1..j + 4]);
            j += 4;
            int_digits += 3;
            comma = true;
        }
        if !comma {
            // Non-breaking or thin spaces every three digits.
            while let Some(c) = s[j..].chars().next() {
                if !(is_group_space(c) && three_digits_at(j + c.len_utf8())) {
                    break;
                }
                let k = j + c.len_utf8();
                clean.push_str(&s[k..k + 3]);
                j = k + 3;
                int_digits += 3;
                comma = true;
            }
        }
        if !comma {
            // Plain spaces only when two or more groups follow ("1 234 567"): "on March 3
            // 100 people" must stay two numbers.
            let mut k = j;
            let mut groups = 0;
            while k < n && b[k] == b' ' && three_digits_at(k + 1) {
                groups += 1;
                k += 4;
            }
            if groups >= 2 {
                while j < k {
                    clean.push_str(&s[j + 1..j + 4]);
                    j += 4;
                    int_digits += 3;
                }
                comma = true;
            }
        }
    }
    let mut dec = false;
    // A decimal comma: "1,3", "5,00" (one or two digits), as a lone numeral in running text.
    // English never groups thousands by one or two digits, so "1,3" is either a decimal
    // written the continental way or a list; a list it is when more items follow
    // ("22,24,26") or a bracket holds it: "(1,2)", "SUM(1,2)", "[3,4]" are two numbers.
    let in_list = i > 0 && matches!(b[i - 1], b',' | b'(' | b'[' | b'{');
    if !comma && !in_list && (1..=3).contains(&first_group) && j + 1 < n && b[j] == b',' {
        let mut k = j + 1;
        while k < n && b[k].is_ascii_digit() {
            k += 1;
        }
        let digits = k - j - 1;
        let list_goes_on = k < n
            && (matches!(b[k], b')' | b']' | b'}')
                || (k + 1 < n && matches!(b[k], b',' | b'.') && b[k + 1].is_ascii_digit()));
        if (1..=2).contains(&digits) && !list_goes_on && (k == n || !b[k].is_ascii_alphabetic()) {
            clean.push('.');
            clean.push_str(&s[j + 1..k]);
            j = k;
            dec = true;
        }
    }
    if !dec && j + 1 < n && b[j] == b'.' && b[j + 1].is_ascii_digit() {
        dec = true;
        clean.push('.');
        j += 1;
        while j < n && b[j].is_ascii_digit() {
            clean.push(b[j] as char);
            j += 1;
        }
    }
    if clean.len == 0 {
        clean.push('0');
    }
    // Exponent: "1e10", "12.32e+14", but not "5ers" or "3e" alone, and never a capital E:
    // "7E7" is the name of an aircraft in news copy, not 70 million.
    if j + 1 < n && b[j] == b'e' {
        let mut k = j + 1;
        if k < n && (b[k] == b'+' || b[k] == b'-') {
            k += 1;
        }
        let digits_start = k;
        while k < n && b[k].is_ascii_digit() {
            k += 1;
        }
        if k > digits_start && (k == n || !b[k].is_ascii_alphabetic()) {
            clean.push('e');
            clean.push_str(&s[j + 1..k]);
            j = k;
        }
    }
    let mut tok = Tok::new(base + i, base + j, TK::Num, space, nl);
    tok.val = clean.value();
    // Numerals get a key too, for unit phrases such as "m 2".
    tok.key = pack(&s[i..j]);
    tok.int_digits = int_digits.min(255) as u8;
    tok.dec = dec;
    tok.comma = comma;
    tok.lead0 = b[i] == b'0' && first_group >= 2;
    (j, tok)
}

/// A numeral's characters without separators, for `f64::from_str`.
struct Clean {
    buf: [u8; 64],
    len: usize,
    overflow: bool,
}

impl Default for Clean {
    fn default() -> Clean {
        Clean {
            buf: [0; 64],
            len: 0,
            overflow: false,
        }
    }
}

impl Clean {
    fn push(&mut self, c: char) {
        if c.is_ascii() && self.len < self.buf.len() {
            self.buf[self.len] = c as u8;
            self.len += 1;
        } else {
            self.overflow = true;
        }
    }
    fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            self.push(c);
        }
    }
    /// The value; an absurdly long numeral is infinite, and infinite values give no row.
    fn value(&self) -> f64 {
        if self.overflow {
            return f64::INFINITY;
        }
        // Most numerals are whole numbers of a few digits: read them directly (exact below
        // 2^53) rather than through UTF-8 validation and the float parser.
        let digits = &self.buf[..self.len];
        if (1..=15).contains(&digits.len()) && digits.iter().all(u8::is_ascii_digit) {
            let n = digits
                .iter()
                .fold(0u64, |n, d| n * 10 + u64::from(d - b'0'));
            return n as f64;
        }
        let s = std::str::from_utf8(digits).unwrap_or("");
        // "0.5" from ".5": f64 parsing accepts a leading point.
        s.parse().unwrap_or(0.0)
    }
}

/// Marks tokens inside URLs, e-mail addresses and Reuters tickers ("<SRD>", "<7203.T>").
fn mark_skips(toks: &mut [Tok]) {
    let n = toks.len();
    let mut k = 0;
    while k < n {
        let (kind, ch) = (toks[k].kind, toks[k].ch);
        let url = (kind == TK::Punct && ch == '@')
            || (kind == TK::Punct
                && ch == ':'
                && k + 2 < n
                && toks[k + 1].ch == '/'
                && toks[k + 2].ch == '/')
            // The key is the word in lower case: "www" in any case.
            || (kind == TK::Word
                && toks[k].key == const { pack("www") }
                && k + 1 < n
                && toks[k + 1].ch == '.'
                && !toks[k + 1].space);
        if url {
            let mut a = k;
            while a > 0 && !toks[a].space {
                a -= 1;
            }
            let mut b = k + 1;
            while b < n && !toks[b].space {
                b += 1;
            }
            for t in &mut toks[a..b] {
                t.skip = true;
            }
            k = b;
            continue;
        }
        if kind == TK::Punct && ch == '<' {
            // A ticker: "<" glued tokens ">" within a short span.
            let mut b = k + 1;
            while b < n && b < k + 8 && !toks[b].space && toks[b].ch != '>' {
                b += 1;
            }
            if b < n && toks[b].ch == '>' && !toks[b].space && b > k + 1 {
                for t in &mut toks[k..=b] {
                    t.skip = true;
                }
                k = b + 1;
                continue;
            }
        }
        k += 1;
    }
}

// ---------------------------------------------------------------------------------------
// The parser

/// What a figure's right-hand side turned out to be.
#[derive(Debug, Clone, PartialEq)]
enum Tail {
    Bare,
    Percent,
    Points,
    Pp,
    Bp,
    /// A currency code (all static: one allocation, when the row is made).
    Money(&'static str, f64),
    Unit(&'static str, f64),
    Noun(String),
    /// "10-fold": a change by a factor.
    Times,
    /// A bare number scaled by a hyphenated abbreviation: "a 50-mln issue".
    Scaled(f64),
}

impl Tail {
    fn unit(&self) -> String {
        match self {
            Tail::Bare => String::new(),
            Tail::Percent => "%".into(),
            Tail::Points => "points".into(),
            Tail::Pp => "pp".into(),
            Tail::Bp => "bp".into(),
            Tail::Money(code, _) => (*code).into(),
            Tail::Unit(u, _) => (*u).into(),
            Tail::Noun(w) => w.clone(),
            Tail::Times => "x".into(),
            Tail::Scaled(_) => String::new(),
        }
    }
    fn kind(&self) -> Kind {
        match self {
            Tail::Percent | Tail::Pp | Tail::Bp => Kind::Percent,
            Tail::Money(..) => Kind::Money,
            Tail::Unit(..) => Kind::Quantity,
            Tail::Bare | Tail::Noun(_) | Tail::Points => Kind::Count,
            Tail::Times => Kind::Change,
            Tail::Scaled(_) => Kind::Count,
        }
    }
    fn factor(&self) -> f64 {
        match self {
            Tail::Money(_, f) | Tail::Unit(_, f) | Tail::Scaled(f) => *f,
            _ => 1.0,
        }
    }
    /// A unit that says what is measured: a bare number or a counted noun does not.
    fn is_measure(&self) -> bool {
        !matches!(self, Tail::Bare | Tail::Noun(_) | Tail::Scaled(_))
    }
}

/// The number at the heart of a figure.
#[derive(Debug, Clone, Copy)]
struct Core {
    /// Tokens `[s, e)`, currency prefix and sign included.
    s: usize,
    e: usize,
    value: f64,
    fraction: bool,
    scaled: bool,
    scale: f64,
    base: f64,
    words: bool,
    /// One numeral token, unscaled, no decimals, no separators: could be a year or a day.
    plain: bool,
    /// A currency from a prefix ("$", "US$", "EUR").
    money: Option<(&'static str, f64)>,
}

#[derive(Debug, Clone)]
struct Fig {
    s: usize,
    e: usize,
    kind: Kind,
    value: Value,
    unit: String,
    qual: Qualifier,
}

enum Step {
    Emit(Fig),
    Skip(usize),
    No,
}

struct Parser<'a> {
    text: &'a str,
    t: Vec<Tok>,
    tab: &'static Tables,
    out: &'a mut Vec<Mention>,
    /// First token a new figure may use.
    floor: usize,
    /// All-caps headline: capitalisation says nothing.
    shouting: bool,
    /// Index of the first word token.
    first_word: usize,
    left_cache: std::cell::Cell<Option<(usize, usize, Left)>>,
    /// The last change emitted in the sentence (the token after it, and whether it is a
    /// fall), for the second figure of a pair ("fell 40p, or 25%"); a date between keeps
    /// it, any other figure ends it.
    last_change: Option<(usize, bool)>,
}

/// A word that does nothing unless what follows it does: see [`passes_over`].
const PASSIVE: u8 = 1;
/// A word that makes a passive word before it worth a step: a number word ("a dozen",
/// "several hundred") or a vague plural ("several thousands").
const WAKES: u8 = 2;

/// Can the token at `i` be passed over without a [`Parser::step`]? Most tokens are words
/// that neither start a figure nor stand right before one, or punctuation that never does.
/// A [`PASSIVE`] word (no anchor, "a", "and", "of", a scale abbreviation, a month,
/// "several") makes something only with a numeral, `$`, a dash, a full stop, or a word
/// that [`WAKES`] it after it; number words, vague plurals, multipliers, decade words,
/// "point" and "minus" always take a step. "a", "and" and "of" alone are one word in
/// seven of news text, and the words before them as many again; each step cost about a
/// hundred instructions.
#[inline(always)]
fn passes_over(t: &[Tok], walk: &[u8; 256], i: usize) -> bool {
    let Some(tok) = t.get(i) else {
        return true;
    };
    match tok.kind {
        TK::Word => {
            walk[usize::from(tok.aid)] & PASSIVE != 0
                && !t.get(i + 1).is_some_and(|n| match n.kind {
                    TK::Num => true,
                    TK::Punct => matches!(n.ch, '$' | '-' | '.' | '‐' | '–'),
                    TK::Word => walk[usize::from(n.aid)] & WAKES != 0,
                })
        }
        TK::Punct => tok.ch.is_ascii() && !matches!(tok.ch, '$' | '#' | '-'),
        TK::Num => false,
    }
}

/// Superlatives ("largest", "best"); the list holds the "-est" words that are not.
fn superlative(key: u128) -> bool {
    const NOT: &[u128] = kws![
        "interest",
        "honest",
        "modest",
        "forest",
        "contest",
        "protest",
        "request",
        "harvest",
        "invest",
        "suggest",
        "arrest",
        "west",
        "test",
        "rest",
        "nest",
        "chest",
        "guest",
        "quest",
        "digest",
        "earnest",
        "manifest",
        "attest",
        "detest",
        "unrest",
        "priest",
        "behest",
        "conquest",
        "inquest",
        "midwest",
        "southwest",
        "northwest",
        "latest",
    ];
    (key_len(key) >= 4 && key_ends(key, "est") && !NOT.contains(&key))
        || kws!["best", "worst"].contains(&key)
}

/// Plural-looking nouns: "people", "airstrikes"; not "bus", "crisis", "business".
fn plural_like(key: u128) -> bool {
    const IRREGULAR: &[u128] = kws![
        "people",
        "men",
        "women",
        "children",
        "police",
        "staff",
        "personnel",
        "cattle",
        "sheep",
        "fish",
        "aircraft",
        "feet",
        "teeth",
        "mice",
        "geese",
        "data",
        "media",
        "crew",
        "livestock",
        "military",
        "troops",
        "poultry",
        "swine",
        "deer",
        "offspring",
        "bacteria",
        "criteria",
        "folk",
        "youth",
        "clergy",
        "infantry",
        "workforce",
    ];
    if IRREGULAR.contains(&key) {
        return true;
    }
    // "seamen", "businessmen"; not "specimen" or a place.
    if key_ends(key, "men") {
        const NOT: &[u128] = kws![
            "specimen", "regimen", "abdomen", "acumen", "stamen", "albumen", "bitumen", "yemen",
            "xiamen", "omen", "amen",
        ];
        return key_len(key) >= 5 && !NOT.contains(&key);
    }
    key_len(key) >= 3
        && key != const { pack("gas") }
        && key_ends(key, "s")
        && !key_ends(key, "ss")
        && !key_ends(key, "us")
        && !key_ends(key, "is")
        && !key_ends(key, "'s")
}

impl<'a> Parser<'a> {
    fn new(text: &'a str, t: Vec<Tok>, shouting: bool, out: &'a mut Vec<Mention>) -> Parser<'a> {
        let first_word = t.iter().position(|k| k.kind == TK::Word).unwrap_or(0);
        Parser {
            text,
            t,
            tab: &TABLES,
            out,
            floor: 0,
            shouting,
            first_word,
            left_cache: std::cell::Cell::new(None),
            last_change: None,
        }
    }

    // Out of line, as `tokenize` is: one call per sentence costs nothing, and profiles then
    // show the two stages apart.
    #[inline(never)]
    fn run(&mut self) {
        let mut i = 0;
        let n = self.t.len();
        while i < n {
            if i < self.floor {
                i = self.floor;
                continue;
            }
            // The tokens passed over, in a loop of its own: with the tokens and the table
            // held in locals, the loop keeps them in registers.
            let (t, walk) = (&self.t[..], &*self.tab.walk);
            while i < n && passes_over(t, walk, i) {
                i += 1;
            }
            if i == n {
                break;
            }
            match self.step(i) {
                Step::Emit(f) => {
                    let e = f.e.max(i + 1);
                    if f.kind == Kind::Change && f.unit != "x" {
                        let fall = match f.value {
                            Value::Number(v) | Value::Range(v, _) => v < 0.0,
                            Value::None => false,
                        };
                        self.last_change = Some((e, fall));
                    } else if f.kind != Kind::Date {
                        self.last_change = None;
                    }
                    self.emit(f);
                    self.floor = e;
                    i = e;
                }
                Step::Skip(next) => i = next.max(i + 1),
                Step::No => i += 1,
            }
        }
    }

    /// [`passes_over`], for the tests.
    #[cfg(test)]
    fn passes_over(&self, i: usize) -> bool {
        passes_over(&self.t, &self.tab.walk, i)
    }

    fn emit(&mut self, f: Fig) {
        let (Some(a), Some(b)) = (self.t.get(f.s), self.t.get(f.e.wrapping_sub(1))) else {
            return;
        };
        if b.end <= a.start {
            return;
        }
        if let Value::Number(v) = f.value
            && !v.is_finite()
        {
            return;
        }
        self.out.push(Mention {
            start: a.start,
            end: b.end,
            kind: f.kind,
            value: f.value,
            unit: f.unit,
            qualifier: f.qual,
        });
    }

    // ---- token helpers

    fn text(&self, k: usize) -> &'a str {
        self.t
            .get(k)
            .map_or("", |t| self.text.get(t.start..t.end).unwrap_or(""))
    }
    fn low(&self, k: usize) -> Option<Low> {
        let t = self.t.get(k)?;
        if t.kind != TK::Word {
            return None;
        }
        Low::from_key(t.key)
    }
    /// The packed word at `k`, or 0 when `k` is not a word.
    fn key(&self, k: usize) -> u128 {
        self.t
            .get(k)
            .map_or(0, |t| if t.kind == TK::Word { t.key } else { 0 })
    }
    /// Is the word at `k` one of `words` (packed, see [`kws!`])?
    fn key_is(&self, k: usize, words: &[u128]) -> bool {
        let key = self.key(k);
        key != 0 && words.contains(&key)
    }
    fn word_in(&self, k: usize, set: &Set) -> bool {
        let key = self.key(k);
        key != 0 && set.contains(&key)
    }
    #[inline]
    fn is_word(&self, k: usize, w: &str) -> bool {
        let key = self.key(k);
        key != 0 && key == pack(w)
    }
    fn is_punct(&self, k: usize, c: char) -> bool {
        self.t
            .get(k)
            .is_some_and(|t| t.kind == TK::Punct && t.ch == c)
    }
    fn is_num(&self, k: usize) -> bool {
        self.t.get(k).is_some_and(|t| t.kind == TK::Num && !t.skip)
    }
    fn glued(&self, k: usize) -> bool {
        self.t.get(k).is_some_and(|t| !t.space)
    }
    fn kind(&self, k: usize) -> Option<TK> {
        self.t.get(k).map(|t| t.kind)
    }
    fn anchor(&self, k: usize) -> Anchor {
        self.t
            .get(k)
            .map_or(Anchor::None, |t| self.tab.anchors[usize::from(t.aid)])
    }
    fn is_dash(&self, k: usize) -> bool {
        self.t
            .get(k)
            .is_some_and(|t| t.kind == TK::Punct && matches!(t.ch, '-' | '‐' | '–'))
    }
    /// The end of the run of tokens glued to `k` (no whitespace between).
    fn chunk_end(&self, k: usize) -> usize {
        let mut e = k + 1;
        while e < self.t.len() && !self.t[e].space {
            e += 1;
        }
        e
    }
    fn month_at(&self, k: usize) -> Option<u8> {
        let t = self.t.get(k)?;
        match self.tab.anchors[usize::from(t.aid)] {
            Anchor::Month(m) if t.case != Case::Lower => Some(m),
            _ => None,
        }
    }
    /// The direction of a verb of level ("raised", "cut"): [`numeric::LEVEL_VERBS`].
    fn level_verb(&self, w: u128) -> Option<VerbRole> {
        self.tab
            .level_verbs
            .get(&w)
            .map(|&up| if up { VerbRole::Rise } else { VerbRole::Fall })
    }
    fn int_val(&self, k: usize) -> Option<f64> {
        let t = self.t.get(k)?;
        (t.kind == TK::Num && !t.dec && !t.comma && !t.skip).then_some(t.val)
    }

    // ---- dispatch

    fn step(&mut self, i: usize) -> Step {
        let tk = &self.t[i];
        if tk.skip {
            return Step::Skip(i + 1);
        }
        match tk.kind {
            TK::Num => self.at_numeral(i),
            TK::Word => self.at_word(i),
            TK::Punct => self.at_punct(i),
        }
    }

    fn at_punct(&mut self, i: usize) -> Step {
        let c = self.t[i].ch;
        if c.is_ascii() && !matches!(c, '$' | '#' | '-') {
            return Step::No;
        }
        if let Some((_, code)) = currency::SYMBOLS.iter().find(|(s, _)| *s == c) {
            // A dollar prefix glued before is handled at the word.
            if self.number_starts(i + 1) {
                return self.figure(i + 1, Some(i), Some((code, 1.0)));
            }
            return Step::No;
        }
        if c == '#'
            && self.is_num(i + 1)
            && self.glued(i + 1)
            && !(i > 0 && self.is_punct(i - 1, '&'))
        {
            return self.rank_fig(i, i + 2, self.t[i + 1].val, Qualifier::Exact);
        }
        if matches!(c, '-' | '−')
            && self.is_num(i + 1)
            && self.glued(i + 1)
            && (self.t[i].space || i == 0 || self.is_punct(i - 1, '('))
        {
            return self.figure(i + 1, Some(i), None);
        }
        if let Some(v) = number::vulgar_fraction(c) {
            let core = Core {
                s: i,
                e: i + 1,
                value: v,
                fraction: true,
                scaled: false,
                scale: 1.0,
                base: v,
                words: false,
                plain: false,
                money: None,
            };
            return self.finish(core, false);
        }
        Step::No
    }

    /// Can a number be read at `k` (a numeral, a number word, "a" before a scale)?
    fn number_starts(&self, k: usize) -> bool {
        match self.t.get(k) {
            Some(t) if t.kind == TK::Num => !t.skip,
            Some(t) if t.kind == TK::Word => matches!(
                self.tab.anchors[usize::from(t.aid)],
                Anchor::Num(NumWord::Unit(_) | NumWord::Teen(_) | NumWord::Tens(_))
                    | Anchor::A
                    | Anchor::Num(NumWord::Denom(2, false))
            ),
            _ => false,
        }
    }

    fn at_word(&mut self, i: usize) -> Step {
        // Most words neither start a figure nor stand right before one: leave at once.
        if self.t[i].aid == 0 {
            let interesting = self.t.get(i + 1).is_some_and(|n| match n.kind {
                TK::Num => true,
                TK::Punct => matches!(n.ch, '$' | '-' | '.' | '‐'),
                TK::Word => matches!(self.tab.anchors[usize::from(n.aid)], Anchor::Num(_)),
            });
            if !interesting {
                return Step::No;
            }
        }
        let (w, case) = (self.t[i].key, self.t[i].case);
        let next_glued = self.glued(i + 1);
        // Codes are upper case ("USD", "EUR", "MAUD") or one of a few aliases ("Rs", "RM").
        let maybe_code =
            case == Case::Upper || self.text.as_bytes().get(self.t[i].start) == Some(&b'R');
        // "USD3.14", "Rs20", "RM42"; otherwise a name with a number in it: "G20", "MH17".
        if next_glued && self.is_num(i + 1) {
            if maybe_code && let Some(code) = self.code_of(i) {
                return self.figure(i + 1, Some(i), Some((code, 1.0)));
            }
            return Step::Skip(self.chunk_end(i));
        }
        // "US$5bn", "C$16.4 million", "HK $ 10bn".
        if self.is_punct(i + 1, '$')
            && let Some(code) = self.tab.dollar_prefixes.get(&w)
            && (next_glued || kws!["us", "hk", "nz", "c"].contains(&w))
            && self.number_starts(i + 2)
        {
            return self.figure(i + 2, Some(i), Some((code, 1.0)));
        }
        // "a magnitude 7.8 quake", "magnitude-6.1": the unit before the number (after it:
        // the unit table's "seismic/magnitude").
        if w == const { pack("magnitude") } {
            let k = if self.is_dash(i + 1) && self.glued(i + 1) && self.glued(i + 2) {
                i + 2
            } else {
                i + 1
            };
            if self.is_num(k)
                && let Some(core) = self.core(k, None, None)
                && (0.0..=10.0).contains(&core.value)
            {
                let (s, e, kind, value) = match self.magnitude_range(i, &core) {
                    Some((s, e, hi)) => (s, e, Kind::Range, Value::Range(core.value, hi)),
                    None => (i, core.e, Kind::Quantity, Value::Number(core.value)),
                };
                let f = Fig {
                    s,
                    e,
                    kind,
                    value,
                    unit: "magnitude".into(),
                    qual: Qualifier::Exact,
                };
                return Step::Emit(self.with_left(f, false));
            }
        }
        // "mid-2015", "top-10", "F-16", "COVID-19".
        if next_glued && self.is_dash(i + 1) && self.is_num(i + 2) && self.glued(i + 2) {
            if kws!["mid", "pre", "post", "early", "late", "end"].contains(&w)
                && let Some(step) = self.year_or_decade(i + 2, i)
            {
                return step;
            }
            if w == const { pack("top") } {
                return self.rank_fig(i, i + 3, self.t[i + 2].val, Qualifier::AtMost);
            }
            return Step::Skip(self.chunk_end(i));
        }
        if maybe_code {
            // "MAUD 60": millions.
            if let Some(code) = self.million_code(i)
                && self.is_num(i + 1)
            {
                return self.figure(i + 1, Some(i), Some((code, 1e6)));
            }
            // "USD 5", "EUR 20", "Rs. 20"
            if let Some(code) = self.code_of(i) {
                let mut k = i + 1;
                if self.text(i) == "Rs" && self.is_punct(k, '.') {
                    k += 1;
                }
                if self.is_num(k) {
                    return self.figure(k, Some(i), Some((code, 1.0)));
                }
            }
        }
        // "No. 1", "No 2": a rank; "No 10" is Downing Street.
        if w == const { pack("no") } && (case != Case::Lower || self.is_punct(i + 1, '.')) {
            let k = if self.is_punct(i + 1, '.') {
                i + 2
            } else {
                i + 1
            };
            if let Some(v) = self.int_val(k) {
                if v == 10.0 {
                    return Step::Skip(k + 1);
                }
                return self.rank_fig(i, k + 1, v, Qualifier::Exact);
            }
        }
        if w == const { pack("number") }
            && let Anchor::Num(NumWord::Unit(v) | NumWord::Teen(v)) = self.anchor(i + 1)
            && v > 0
            && !matches!(self.anchor(i + 2), Anchor::Num(_))
        {
            return self.rank_fig(i, i + 2, f64::from(v), Qualifier::Exact);
        }
        if w == const { pack("top") } {
            if let Some(v) = self.int_val(i + 1) {
                if (1.0..=1000.0).contains(&v) {
                    return self.rank_fig(i, i + 2, v, Qualifier::AtMost);
                }
            } else if let Anchor::Num(NumWord::Unit(v) | NumWord::Teen(v) | NumWord::Tens(v)) =
                self.anchor(i + 1)
                && v > 1
            {
                return self.rank_fig(i, i + 2, f64::from(v), Qualifier::AtMost);
            }
        }
        // Labels: "Article 5", "page 12", "p. 55", "Boeing 747", "Windows 10".
        if self.tab.labels.contains(&w) {
            let k = if self.is_punct(i + 1, '.') && self.glued(i + 1) {
                i + 2
            } else {
                i + 1
            };
            if self.is_num(k)
                && (k == i + 1 || kws!["p", "pp", "no", "nos", "fig", "vol", "para"].contains(&w))
            {
                let mut e = self.chunk_end(k);
                // "pages 3-5", "Articles 5 and 6"
                if self.is_dash(e) && self.is_num(e + 1) {
                    e = self.chunk_end(e + 1);
                }
                return Step::Skip(e);
            }
        }
        if let Some(m) = self.month_at(i) {
            let _ = m;
            if let Some(f) = self.date_from_month(i) {
                return Step::Emit(f);
            }
            return Step::No;
        }
        // "twenty-first": an ordinal, not twenty.
        if let Anchor::Num(NumWord::Tens(tens)) = self.anchor(i)
            && self.is_dash(i + 1)
            && self.glued(i + 1)
            && self.glued(i + 2)
            && let Some(u) = match self.anchor(i + 2) {
                Anchor::Num(NumWord::Ordinal(u)) => Some(f64::from(u)),
                Anchor::Num(NumWord::OrdDenom(u @ 3..=9)) => Some(u as f64),
                _ => None,
            }
        {
            let n = f64::from(tens) + u;
            return self.ordinal_rank(i, i + 3, n).unwrap_or(Step::Skip(i + 3));
        }
        // "double-digit billions", "triple-digit growth": before "double" is read as a verb.
        if let Some(&bound) = self.tab.digit_words.get(&w)
            && let Some(step) = self.digit_fig(i, bound)
        {
            return step;
        }
        match self.anchor(i) {
            Anchor::Num(NumWord::Ordinal(n)) => {
                if let Some(step) = self.ordinal_rank(i, i + 1, f64::from(n)) {
                    return step;
                }
                Step::No
            }
            Anchor::Num(NumWord::OrdDenom(n)) => {
                if let Some(step) = self.ordinal_rank(i, i + 1, n as f64) {
                    return step;
                }
                Step::No
            }
            Anchor::A => match self.anchor(i + 1) {
                Anchor::Num(
                    NumWord::Hundred
                    | NumWord::Scale(_)
                    | NumWord::Dozen
                    | NumWord::OrdDenom(_)
                    | NumWord::Denom(_, false),
                ) => self.figure(i, None, None),
                _ => Step::No,
            },
            Anchor::Point if self.number_starts(i + 1) => self.figure(i, None, None),
            Anchor::Num(_) => self.figure(i, None, None),
            Anchor::Minus if self.number_starts(i + 1) => self.figure(i + 1, Some(i), None),
            Anchor::Vague(v, needs_of) => self.vague_fig(i, i, v, needs_of),
            Anchor::VagueMod => self.vague_modified(i),
            Anchor::Multiplier(_)
                if self.key_is(i, kws!["double", "triple", "quadruple", "halve"])
                    && !(i > 0
                        && self.key_is(
                            i - 1,
                            kws![
                                "to", "will", "would", "could", "can", "may", "might", "should",
                                "than", "must", "nearly", "almost",
                            ],
                        )) =>
            {
                Step::No
            }
            Anchor::Decade(y) => self.decade_word(i, y),
            Anchor::Digits => self.digits_word(i),
            Anchor::Multiplier(f) => {
                let core = Fig {
                    s: i,
                    e: i + 1,
                    kind: Kind::Change,
                    value: Value::Number(f),
                    unit: "x".into(),
                    qual: Qualifier::Exact,
                };
                Step::Emit(self.with_left(core, false))
            }
            _ => Step::No,
        }
    }

    /// An ISO code or alias at `k` ("USD", "Rs", "RM"), case-sensitive.
    fn code_of(&self, k: usize) -> Option<&'static str> {
        let t = self.t.get(k)?;
        // Most words asked about are longer than any code or alias.
        if t.end - t.start > self.tab.longest_code {
            return None;
        }
        let w = self.text(k);
        if t.case == Case::Upper
            && let Some(c) = self.tab.codes.get(w)
        {
            return Some(c);
        }
        currency::CODE_ALIASES
            .iter()
            .find(|(a, _)| *a == w)
            .map(|(_, c)| *c)
    }

    /// The minor part of an amount after its major currency word: "[and] 50 cents", "and
    /// forty-five cents", or a bare "50" ending the sentence ("15 dollars 50.").
    fn minor_after(&self, e: usize, bare: bool) -> Option<(f64, usize)> {
        let k = if self.is_word(e, "and") { e + 1 } else { e };
        if !self.number_starts(k) || self.is_word(k, "a") || self.is_word(k, "an") {
            return None;
        }
        let c = self.core(k, None, None)?;
        if c.scaled || c.fraction || c.value >= 100.0 || c.value < 1.0 || c.value.fract() != 0.0 {
            return None;
        }
        if self.key_is(
            c.e,
            kws!["cents", "cent", "c", "pence", "p", "penny", "cts", "ct"],
        ) {
            return Some((c.value / 100.0, c.e + 1));
        }
        let ends = self
            .t
            .get(c.e)
            .is_none_or(|t| t.kind == TK::Punct && matches!(t.ch, '.' | '!' | '?'));
        (bare && ends).then_some((c.value / 100.0, c.e))
    }

    /// "MEUR", "MUSD": a million of the currency.
    fn million_code(&self, k: usize) -> Option<&'static str> {
        let t = self.t.get(k)?;
        let w = self.text(k);
        if t.case != Case::Upper || w.len() != 4 || !w.starts_with('M') {
            return None;
        }
        self.tab.codes.get(&w[1..]).copied()
    }

    fn at_numeral(&mut self, i: usize) -> Step {
        let tk = &self.t[i];
        // List numbering: "1." or "2)" opening a line.
        // "1." only at the sentence start: in hard-wrapped text a line can start with the
        // last figure of a sentence ("growth of\n5."); "2)" anywhere at a line start.
        if tk.nl
            && !tk.dec
            && tk.val < 100.0
            && ((i == 0 && self.is_punct(i + 1, '.')) || self.is_punct(i + 1, ')'))
            && self.glued(i + 1)
            && self.t.get(i + 2).is_none_or(|t| t.space)
        {
            return Step::Skip(i + 2);
        }
        // "(1)", "(12)": enumerations and references.
        if i > 0
            && self.is_punct(i - 1, '(')
            && self.glued(i)
            && self.is_punct(i + 1, ')')
            && self.glued(i + 1)
            && !tk.dec
            && tk.val < 30.0
        {
            return Step::Skip(i + 2);
        }
        // A code after an apostrophe: "known as '771" ("'90s" is a decade, read below).
        if i > 0
            && self.glued(i)
            && matches!(self.t[i - 1].ch, '\'' | '’')
            && self.t[i - 1].space
            && !(self.glued(i + 1) && self.is_word(i + 1, "s"))
        {
            return Step::Skip(self.chunk_end(i));
        }
        // A function's arguments: "SUM(1,2)", "f(3)".
        if i >= 2
            && self.glued(i)
            && self.is_punct(i - 1, '(')
            && self.glued(i - 1)
            && self.kind(i - 2) == Some(TK::Word)
        {
            return Step::Skip(self.chunk_end(i));
        }
        // HTML character references left in the text: "communiqu&#233;".
        if i >= 2 && self.glued(i) && self.is_punct(i - 1, '#') && self.is_punct(i - 2, '&') {
            return Step::Skip(self.chunk_end(i));
        }
        // Phone numbers, codes with a leading zero ("020 7946", "007").
        if tk.lead0 || (i > 0 && self.is_punct(i - 1, '+') && self.glued(i)) {
            let mut e = self.chunk_end(i);
            while self.is_num(e) {
                e = self.chunk_end(e);
            }
            return Step::Skip(e);
        }
        // Times: "10:30", "2:1" (a score or ratio is not a figure we can normalise), "9am",
        // "5 p.m.", "10.30 GMT".
        if self.is_punct(i + 1, ':') && self.glued(i + 1) && self.is_num(i + 2) && self.glued(i + 2)
        {
            let mut e = i + 3;
            while self.is_punct(e, ':') && self.glued(e) && self.is_num(e + 1) {
                e += 2;
            }
            if self.kind(e) == Some(TK::Word) && self.word_in(e, &self.tab.times) {
                e += 1;
            }
            return Step::Skip(e);
        }
        if self.kind(i + 1) == Some(TK::Word)
            && self.word_in(i + 1, &self.tab.times)
            && tk.val < 2400.0
            // "ET" (Eastern Time) only glued: "5 et al." is not a time.
            && (!self.is_word(i + 1, "et") || self.glued(i + 1))
        {
            return Step::Skip(i + 2);
        }
        // Version numbers and addresses: "1.2.3", "192.168.1.2".
        if self.is_punct(i + 1, '.') && self.glued(i + 1) && self.is_num(i + 2) && self.glued(i + 2)
        {
            return Step::Skip(self.chunk_end(i));
        }
        // Numeric dates and slashes: "5/17/2018", "1986/87", "3/4", "24/7".
        if self.is_punct(i + 1, '/') && self.glued(i + 1) && self.is_num(i + 2) && self.glued(i + 2)
        {
            return self.slash(i);
        }
        // ISO dates: "2015-11-13".
        if tk.int_digits == 4
            && !tk.dec
            && self.is_dash(i + 1)
            && self.glued(i + 1)
            && self.int_val(i + 2).is_some()
            && self.is_dash(i + 3)
            && self.glued(i + 3)
            && self.int_val(i + 4).is_some()
            && self.glued(i + 4)
        {
            let f = Fig {
                s: i,
                e: i + 5,
                kind: Kind::Date,
                value: Value::Number(tk.val),
                unit: String::new(),
                qual: Qualifier::Exact,
            };
            return Step::Emit(f);
        }
        // Three or more numbers joined by hyphens: a phone number or a code.
        if self.is_dash(i + 1)
            && self.glued(i + 1)
            && self.is_num(i + 2)
            && self.glued(i + 2)
            && self.is_dash(i + 3)
            && self.glued(i + 3)
            && self.is_num(i + 4)
            && self.glued(i + 4)
        {
            return Step::Skip(self.chunk_end(i));
        }
        // Ordinals: "25th", "1st".
        if self.kind(i + 1) == Some(TK::Word)
            && self.glued(i + 1)
            && self.key_is(i + 1, kws!["st", "nd", "rd", "th"])
            && !tk.dec
        {
            if let Some(step) = self.ordinal_rank(i, i + 2, tk.val) {
                return step;
            }
            // "13th November"
            if let Some(f) = self.day_month(i, i + 2) {
                return Step::Emit(f);
            }
            return Step::Skip(i + 2);
        }
        // Decades: "1990s", "90s", "the 1990's".
        if let Some(step) = self.decade(i, i) {
            return step;
        }
        self.figure(i, None, None)
    }

    // ---- numbers

    /// Classifies the tokens from `i` for [`number::read_number`].
    /// Fills `items` (all [`Item::Other`]) with the tokens from `i` as the number reader
    /// sees them, up to the first that ends a number; returns how many tokens there are to
    /// read from `i`, at most 16.
    fn items(&self, i: usize, money: bool, items: &mut [Item; 16]) -> usize {
        let end = (i + 16).min(self.t.len());
        for k in i..end {
            let tok = &self.t[k];
            if tok.skip {
                break;
            }
            // A table's next line ("Net 130.22 billion\n    Nine months") is not part of
            // the number.
            if k > i && tok.nl && tok.kind == TK::Word && tok.case != Case::Lower {
                break;
            }
            let item = match tok.kind {
                TK::Num => Item::Digits(tok.val),
                TK::Word => {
                    let after_numeral = k > i && self.kind(k - 1) == Some(TK::Num);
                    if after_numeral && !tok.space {
                        self.suffix(k, money)
                    } else {
                        match self.anchor(k) {
                            Anchor::Num(NumWord::Dozen) => Item::Word(NumWord::Dozen),
                            Anchor::Num(n) => Item::Word(n),
                            Anchor::Abbrev(f) => Item::Suffix(f),
                            Anchor::Vague(v, _) if k > i => {
                                if v == 12.0 {
                                    Item::Word(NumWord::Dozen)
                                } else {
                                    Item::Word(NumWord::Scale(v))
                                }
                            }
                            Anchor::A => Item::A,
                            Anchor::And => Item::And,
                            Anchor::Of => Item::Of,
                            Anchor::Point => Item::Point,
                            _ if after_numeral => self.spaced_suffix(k, money),
                            _ => Item::Other,
                        }
                    }
                }
                TK::Punct if matches!(tok.ch, '-' | '‐') => Item::Hyphen,
                TK::Punct => Item::Other,
            };
            items[k - i] = item;
            if item == Item::Other {
                break;
            }
        }
        end - i
    }

    /// A word glued to a numeral: a scale suffix ("350m", "1.13bn", "10k") or nothing.
    fn suffix(&self, k: usize, money: bool) -> Item {
        let w = self.text(k);
        match w {
            "k" | "K" => Item::Suffix(1e3),
            "M" | "MM" | "mn" | "Mn" | "MN" | "mln" | "Mln" | "MLN" | "mil" | "mill" => {
                Item::Suffix(1e6)
            }
            "m" => {
                // Metres when a length word follows and no currency is in sight; square or
                // cubic metres when "2" or "3" is glued on.
                if !money
                    && (self.word_in(k + 1, &self.tab.metre)
                        || (self.glued(k + 1)
                            && matches!(self.int_val(k + 1), Some(2.0 | 3.0))
                            && !(self.glued(k + 2) && self.kind(k + 2) != Some(TK::Punct)))
                        || self.is_word(k + 1, "x")
                        || self.is_punct(k + 1, '×'))
                {
                    Item::Other
                } else {
                    Item::Suffix(1e6)
                }
            }
            "b" | "B" | "bn" | "Bn" | "BN" | "bln" | "BLN" | "Bln" => Item::Suffix(1e9),
            "tn" | "trn" | "tln" | "TN" | "Tn" => Item::Suffix(1e12),
            _ => match self.anchor(k) {
                Anchor::Num(n @ NumWord::Scale(_)) => Item::Word(n),
                Anchor::Num(NumWord::Hundred) => Item::Word(NumWord::Hundred),
                _ => Item::Other,
            },
        }
    }

    /// A one-letter scale after a space: "2.33 k", "$5 m" (money only: "5 m" is metres).
    fn spaced_suffix(&self, k: usize, money: bool) -> Item {
        let w = self.text(k);
        let next_is_word = self.kind(k + 1) == Some(TK::Word) && self.glued(k + 1);
        if next_is_word {
            return Item::Other;
        }
        match w {
            "k" | "K" if !self.is_punct(k + 1, '.') => Item::Suffix(1e3),
            "m" | "M" if money => Item::Suffix(1e6),
            // Upper-case "M" is never metres.
            "M" | "MM" => Item::Suffix(1e6),
            _ => Item::Other,
        }
    }

    /// Reads the number at `i`; `prefix` is the first token of a currency prefix or sign
    /// before it.
    fn core(
        &self,
        i: usize,
        prefix: Option<usize>,
        money: Option<(&'static str, f64)>,
    ) -> Option<Core> {
        let mut items = [Item::Other; 16];
        let n = self.items(i, money.is_some(), &mut items);
        let mut r: Reading = number::read_number(&items[..n.max(1)])?;
        let last = i + r.len - 1;
        if r.ends_in_denominator {
            // "a fifth said they were too sick to work", "a quarter were": a share of people,
            // the subject of a verb of saying, thinking or being (plural: "a quarter was
            // lost" is three months).
            let people_verb = self.key_is(
                last + 1,
                kws![
                    "were",
                    "are",
                    "have",
                    "said",
                    "say",
                    "saying",
                    "think",
                    "thought",
                    "believe",
                    "believed",
                    "want",
                    "wanted",
                    "support",
                    "supported",
                    "oppose",
                    "opposed",
                    "voted",
                    "agreed",
                    "felt",
                    "feel",
                ],
            );
            // "a third" is a fraction before "of", a scale or the end of a phrase; "a third
            // term" is an ordinal. "three quarters" before anything but "of" may be
            // periods ("two quarters of growth" aside).
            let next_ok = self.is_word(last + 1, "of")
                || matches!(self.kind(last + 1), None | Some(TK::Punct))
                || matches!(self.anchor(last + 1), Anchor::Num(NumWord::Scale(_)))
                || self.key_is(
                    last + 1,
                    kws![
                        "more", "less", "fewer", "higher", "lower", "as", "in", "on", "from", "to",
                        "and", "or", "since", "this", "last", "over", "by", "than",
                    ],
                )
                || people_verb
                // Or a singular verb ("a fifth is", "a fifth says"), which a quarter does not
                // take.
                || self.key_is(
                    last + 1,
                    kws!["says", "was", "is", "had", "has", "expect", "expected", "agree", "reported"],
                );
            // "a quarter stake", "a half share": a fraction before a noun of ownership.
            let share = matches!(items[0], Item::A)
                && r.len == 2
                && self.key_is(last, kws!["quarter", "half"])
                && self.word_in(last + 1, &self.tab.share_nouns);
            let next_ok = next_ok || share;
            let quarter =
                !share && (self.is_word(last, "quarter") || self.is_word(last, "quarters"));
            // "the preceding three quarters" are periods.
            let periods = i > 0
                && self.key_is(
                    i - 1,
                    kws![
                        "the",
                        "preceding",
                        "past",
                        "last",
                        "next",
                        "previous",
                        "consecutive",
                        "following",
                        "first",
                        "straight",
                        "successive",
                        "recent",
                        "those",
                        "these",
                        "its",
                        "their",
                    ],
                );
            let quarter_people = matches!(items[0], Item::A) && people_verb;
            let quarter_ok = !periods
                && (self.is_word(last + 1, "of")
                    || quarter_people
                    || matches!(self.kind(last + 1), None | Some(TK::Punct))
                    || matches!(self.anchor(last + 1), Anchor::Num(NumWord::Scale(_))));
            if !next_ok || (quarter && !quarter_ok) {
                if r.len <= 1 || matches!(items[0], Item::A) {
                    return None;
                }
                // "three quarters": read "three" alone.
                r = number::read_number(&items[..r.len - 1])?;
            }
        }
        let first = &self.t[i];
        let plain = r.len == 1 && first.kind == TK::Num && !first.dec && !first.comma && !r.scaled;
        let mut value = r.value;
        let mut e = i + r.len;
        // A mixed number: "2 1/4", "10 1/2 miles", "10½", Reuters' "2-1/2 pct".
        if plain
            && self.is_dash(e)
            && self.glued(e)
            && self.is_num(e + 1)
            && self.glued(e + 1)
            && self.is_punct(e + 2, '/')
            && self.glued(e + 2)
            && self.glued(e + 3)
            && let (Some(a), Some(b)) = (self.int_val(e + 1), self.int_val(e + 3))
            && a < b
            && fraction_denominator(b)
        {
            value += a / b;
            e += 4;
        } else if plain
            && self.is_num(e)
            && self.is_punct(e + 1, '/')
            && self.glued(e + 1)
            && self.glued(e + 2)
            && let (Some(a), Some(b)) = (self.int_val(e), self.int_val(e + 2))
            && a < b
            && b <= 64.0
            && b > 0.0
        {
            value += a / b;
            e += 3;
        } else if first.kind == TK::Num
            && self.glued(e)
            && self.kind(e) == Some(TK::Punct)
            && let Some(v) = number::vulgar_fraction(self.t[e].ch)
        {
            value += v;
            e += 1;
        }
        // Scientific notation written out: "1.3x10^6".
        if r.len == 1
            && first.kind == TK::Num
            && self.glued(e)
            && (self.is_word(e, "x") || self.is_punct(e, '×'))
            && self.int_val(e + 1) == Some(10.0)
            && self.glued(e + 1)
            && self.is_punct(e + 2, '^')
            && self.glued(e + 2)
        {
            let mut k = e + 3;
            let mut negative_exponent = false;
            while self.glued(k) && (self.is_punct(k, '-') || self.is_punct(k, '+')) {
                negative_exponent ^= self.is_punct(k, '-');
                k += 1;
            }
            if self.is_num(k) && self.glued(k) {
                let x = self.t[k].val;
                value *= 10f64.powf(if negative_exponent { -x } else { x });
                e = k + 1;
            }
        }
        // A power ("1.1^23", "2.5^-1") and a fraction after a sign ("-4/5").
        if r.len == 1 && first.kind == TK::Num && self.is_punct(e, '^') && self.glued(e) {
            let mut k = e + 1;
            let mut negative_exponent = false;
            while self.glued(k) && (self.is_punct(k, '-') || self.is_punct(k, '+')) {
                negative_exponent ^= self.is_punct(k, '-');
                k += 1;
            }
            if self.is_num(k) && self.glued(k) {
                let x = self.t[k].val;
                value = value.powf(if negative_exponent { -x } else { x });
                e = k + 1;
            }
        } else if plain
            && e == i + 1
            && prefix.is_some()
            && self.is_punct(e, '/')
            && self.glued(e)
            && self.glued(e + 1)
            && let Some(b) = self.int_val(e + 1)
            && value < b
            && fraction_denominator(b)
        {
            value /= b;
            e += 2;
        }
        let neg = prefix.is_some_and(|p| {
            self.anchor(p) == Anchor::Minus
                || (self.t[p].kind == TK::Punct && matches!(self.t[p].ch, '-' | '−'))
        });
        if neg {
            value = -value;
        }
        Some(Core {
            s: prefix.unwrap_or(i),
            e,
            value,
            fraction: r.fraction,
            scaled: r.scaled,
            scale: r.scale,
            base: if neg { -r.base } else { r.base },
            words: r.words,
            plain: plain && e == i + 1,
            money,
        })
    }

    /// The figure whose number starts at `i`.
    fn figure(
        &mut self,
        i: usize,
        prefix: Option<usize>,
        money: Option<(&'static str, f64)>,
    ) -> Step {
        let Some(core) = self.core(i, prefix, money) else {
            return Step::No;
        };
        // "half" and "quarter" on their own are figures only in a figure's company: "half
        // of", "more than half", "half a million", not "the first half".
        if self.t[i].kind == TK::Word
            && matches!(self.anchor(i), Anchor::Num(NumWord::Denom(2 | 4, false)))
            && core.e == i + 1
            && !self.half_is_figure(i)
        {
            return Step::No;
        }
        self.finish(core, true)
    }

    fn half_is_figure(&self, i: usize) -> bool {
        if i > 0 {
            if self.key_is(
                i - 1,
                kws![
                    "first", "second", "third", "fourth", "the", "this", "last", "next", "each",
                    "every", "other", "latter", "former", "final",
                ],
            ) {
                return false;
            }
            if self.key_is(
                i - 1,
                kws![
                    "than",
                    "almost",
                    "nearly",
                    "about",
                    "around",
                    "roughly",
                    "over",
                    "under",
                    "some",
                    "just",
                    "only",
                    "by",
                    "least",
                    "most",
                    "approximately",
                    "barely",
                    "fully",
                ],
            ) {
                return true;
            }
        }
        if self.glued(i + 1) && self.is_dash(i + 1) {
            return false; // "half-time", "half-year"
        }
        // "quarter" alone is a period of the year ("the quarter of this year").
        !self.is_word(i, "quarter")
            && self.key_is(
                i + 1,
                kws![
                    "of", "the", "a", "an", "its", "their", "his", "her", "our", "all", "that",
                    "those", "these", "this",
                ],
            )
    }

    /// Everything after the number: a range, the unit, the left context, the gates.
    fn finish(&mut self, core: Core, allow_range: bool) -> Step {
        // "25 Downing Street"
        if core.plain && self.is_street(core.e) {
            return Step::Skip(core.e + 1);
        }
        // "13 November 2015"
        if core.plain
            && let Some(f) = self.day_month(core.s, core.e)
        {
            return Step::Emit(f);
        }
        // Ratios: "three in four", "1 in 5", "nine out of 10".
        if let Some(step) = self.ratio(&core) {
            return step;
        }
        // A range straight after the first end: "340-350", "5-7 million", "$5-7bn".
        if allow_range && let Some(step) = self.range(&core, None) {
            return step;
        }
        // "80-odd resorts", "30-plus years", "65+ staff": a qualifier glued to the number
        // stands between it and what it counts.
        let (glued_qual, tail_at) = self
            .glued_qualifier(&core)
            .unwrap_or((Qualifier::Exact, core.e));
        let (tail, mut e) = match self.tail(&core, tail_at) {
            Ok(x) => x,
            Err(step) => return step,
        };
        let tail_end = e;
        // A range after the first end's unit: "10 dollars to 20 dollars", "5% to 7%".
        if allow_range
            && tail.is_measure()
            && let Some(step) = self.range(&core, Some((&tail, e)))
        {
            return step;
        }
        let mut kind = tail.kind();
        let mut value = core.value * tail.factor();
        let mut unit = tail.unit();
        if core.fraction && matches!(tail, Tail::Bare | Tail::Noun(_)) {
            kind = Kind::Fraction;
        }
        // "150 times the minimum wage", "three times as many": a multiple (kind ratio, unit
        // `x`), not a count of occasions ("won five times").
        if matches!(&tail, Tail::Noun(w) if w.eq_ignore_ascii_case("times"))
            && self.key_is(
                e,
                kws![
                    "the", "as", "more", "higher", "larger", "bigger", "greater", "faster",
                    "cheaper", "lower", "smaller", "less", "fewer", "longer", "that", "those",
                    "its", "their", "his", "her", "our", "what",
                ],
            )
            // "four times as a player": how often.
            && !(self.is_word(e, "as") && self.key_is(e + 1, kws!["a", "an", "the"]))
        {
            kind = Kind::Ratio;
            unit = "x".into();
        }
        // Dollars and cents: "3 dollars 50 cents", "thirteen dollars and forty-five cents".
        if let Tail::Money(_, f) = &tail
            && *f == 1.0
            && let Some((cents, k)) = self.minor_after(e, core.money.is_none())
        {
            value += cents;
            e = k;
        }
        // Trailing qualifiers: "50 or more", "20 or so".
        let mut qual = glued_qual;
        if let Some((q, k)) = self.after_qualifier(e) {
            qual = q;
            e = k;
        }
        // A change noun after the figure: "a 5% rise", "2% lower".
        // One adjective may stand between: "a 5% annual increase".
        let mut change_after = None;
        if matches!(kind, Kind::Percent | Kind::Money | Kind::Quantity) {
            let k = if self.key_is(
                e,
                kws![
                    "annual",
                    "yearly",
                    "quarterly",
                    "monthly",
                    "overall",
                    "further",
                    "sharp",
                    "steep",
                    "modest",
                    "year-on-year",
                ],
            ) {
                e + 1
            } else {
                e
            };
            if let Some(&up) = self.tab.change_nouns.get(&self.key(k)) {
                change_after = Some(up);
                e = k + 1;
            } else if k == e
                && kind == Kind::Percent
                && self.key_is(e, kws!["more", "less"])
                && self.kind(e + 1) == Some(TK::Word)
                && self.is_word(e + 2, "than")
            {
                // "30% more expensive than a year ago": compared with another level, as
                // "30% higher than" is.
                change_after = Some(self.is_word(e, "more"));
                e += 2;
            } else if k == e
                && kind == Kind::Percent
                && self.is_word(e + 1, "than")
                && let Some(up) = if self.key_is(e, kws!["cheaper", "smaller"]) {
                    Some(false)
                } else if self.key_is(e, kws!["dearer", "bigger", "larger", "greater"]) {
                    Some(true)
                } else {
                    None
                }
            {
                change_after = Some(up);
                e += 1;
            } else if k == e
                && self.key_is(e, kws!["up", "down"])
                && self.direction_ends(e + 1)
                // "pay 10% down": a deposit.
                && !self
                    .left(core.s)
                    .verb
                    .is_some_and(|(_, r)| r == VerbRole::Event)
            {
                // "2% up on last year", "sales were 4% down".
                change_after = Some(self.is_word(e, "up"));
                e += 1;
            }
        }
        // Years: a plain 4-digit number.
        let mut fig = Fig {
            s: core.s,
            e,
            kind,
            value: Value::Number(value),
            unit,
            qual,
        };
        let year = core.plain
            && core.money.is_none()
            && matches!(tail, Tail::Bare | Tail::Noun(_))
            && self.t[core.s].kind == TK::Num
            && self.t[core.s].int_digits == 4;
        if year {
            let v = core.value;
            let before = self.year_word_before(core.s);
            // "2000 people" counts; "2005 sales" are a year's.
            let plural_after = matches!(&tail, Tail::Noun(w)
                if plural_like(pack(w))
                    && !numeric::YEAR_NOUNS.iter().any(|y| y.eq_ignore_ascii_case(w)));
            let left = self.left(core.s);
            let is_year = if (1900.0..=2099.0).contains(&v) {
                // A number that could be a year is one unless it is clearly a quantity: a
                // counted plural after it (handled above: "2000 people"), or a qualifier on a
                // round hundred ("more than 2000", "nearly 1900", "2000 or more"). A verb
                // says nothing ("made 2004 the costliest year", "reported 1986 net"), nor
                // does a qualifier on other numbers ("a rise over 1985", "up to 2010",
                // "until at least 2008").
                let hedged = left.qual != Qualifier::Exact || qual != Qualifier::Exact;
                let quantity = hedged && v % 100.0 == 0.0 && !self.year_word_before(left.start);
                // "2004 reinforces the trend": a year opening the clause, with a verb in -s
                // and its object after it.
                let subject = plural_after
                    && tail_end == core.e + 1
                    && self.opens_clause(core.s)
                    && self.key_is(
                        tail_end,
                        kws![
                            "the", "a", "an", "its", "their", "his", "her", "this", "that",
                            "these", "those", "our", "my", "your", "another", "no",
                        ],
                    );
                !quantity && (!plural_after || before || subject)
            } else {
                let counted = left.qual != Qualifier::Exact || left.verb.is_some();
                (1000.0..=2100.0).contains(&v) && before && !counted && !plural_after
            };
            if is_year {
                fig.e = core.e;
                fig.kind = Kind::Date;
                fig.unit = String::new();
                fig.qual = Qualifier::Exact;
                fig.value = Value::Number(v);
                return Step::Emit(fig);
            }
        }
        // Word numbers that are not figures.
        if core.words && !tail.is_measure() && !core.scaled && !core.fraction {
            let v = core.value;
            let left = self.left(core.s);
            let plain_word = self.t[core.s].kind == TK::Word && core.e == core.s + 1
                || matches!(self.anchor(core.s), Anchor::Num(NumWord::Tens(_)));
            if left.qual == Qualifier::Exact && left.verb.is_none() && core.s > 0 {
                let prev = self.key(core.s - 1);
                // "the two countries", "both", "all three": things already named. Not a
                // period after a preposition: "for the three months to June", "in the two
                // years since" say how long.
                let period = prev == const { pack("the") }
                    && core.s >= 2
                    && self.key_is(
                        core.s - 2,
                        kws![
                            "for",
                            "in",
                            "over",
                            "during",
                            "within",
                            "across",
                            "throughout",
                            "after",
                            "into",
                        ],
                    )
                    && matches!(&tail, Tail::Noun(w) if kws![
                        "years", "months", "weeks", "days", "hours", "minutes", "decades",
                        "centuries", "nights",
                    ]
                    .contains(&pack(w)));
                if v <= 10.0
                    && !period
                    && kws!["the", "these", "those", "all", "both", "whose"].contains(&prev)
                {
                    return Step::Skip(core.e);
                }
            }
            // "one" alone: a pronoun far more often than a figure.
            if v == 1.0
                && plain_word
                && left.qual == Qualifier::Exact
                && left.verb.is_none()
                && !(core.s == 0 && core.e == self.t.len())
                && !self.is_word(core.s.wrapping_sub(1), "only")
                && !self.is_word(core.s.wrapping_sub(1), "just")
            {
                return Step::Skip(core.e);
            }
            // "zero tolerance", "net zero" as a name.
            if v == 0.0 && matches!(&tail, Tail::Noun(w) if !plural_like(pack(w))) {
                return Step::Skip(core.e);
            }
            // "the Big Four", "Group of Seven": a capitalised number word mid-sentence.
            if plain_word
                && self.t[core.s].case == Case::Cap
                && core.s != self.first_word
                && !self.shouting
                && !self.is_punct(core.s.wrapping_sub(1), '"')
                && !self.is_punct(core.s.wrapping_sub(1), '“')
                && !self.t[core.s].nl
            {
                return Step::Skip(core.e);
            }
        }
        // A number right after a capitalised name is part of the name: "Windows 10",
        // "FTSE 100 index". Not when it counts something plural.
        if core.plain
            && core.s > 0
            && core.money.is_none()
            && !matches!(&tail, Tail::Noun(w) if plural_like(pack(w)))
            && !tail.is_measure()
            && self.name_before(core.s)
            // A table of figures: "Sweden 51 (52), Turkey 355 (340)".
            && !(self.is_punct(core.e, '(') && self.is_num(core.e + 1))
            && !(self.is_punct(core.e, ',')
                && self.kind(core.e + 1) == Some(TK::Word)
                && self.is_num(core.e + 2))
        {
            return Step::Skip(core.e);
        }
        if let Some(up) = change_after {
            fig.kind = Kind::Change;
            if !up {
                value = -value;
            }
            fig.value = Value::Number(value);
        }
        let mut f = self.with_left(fig, true);
        // "a workforce of 75,000": the noun before "of" is what is counted.
        if f.kind == Kind::Count
            && f.unit.is_empty()
            && f.s >= 2
            && f.s - 2 >= self.floor
            && self.is_word(f.s - 1, "of")
            && self.word_in(f.s - 2, &self.tab.collective_nouns)
        {
            f.unit = self.text(f.s - 2).to_lowercase();
        }
        // "buy 20 of the jets", "30 of its new planes": what is counted follows "of" and a
        // determiner ("12 of the 40 boats" stays bare: the noun goes with the 40). Not a
        // name ("18 of the Rules of Fair Practice") and not "one of the": a pronoun.
        if f.kind == Kind::Count
            && f.unit.is_empty()
            && f.value != Value::Number(1.0)
            && self.is_word(f.e, "of")
            && self.key_is(
                f.e + 1,
                kws!["the", "its", "their", "his", "her", "our", "these", "those"],
            )
            && let Some((w, e)) = self.noun(f.e + 2, false)
            && (self.shouting || self.t[e - 1].case == Case::Lower)
        {
            f.unit = w;
            f.e = e;
        }
        Step::Emit(f)
    }

    /// A qualifier glued to the end of the number `core`: "80-odd" is about 80; "80-plus"
    /// and "65+" are at least 80 and 65 (the number itself included, as in "80 or more");
    /// "80 odd" with a space: [`Parser::spaced_odd`]. Returns the qualifier and the token
    /// after it, where the unit or counted noun starts.
    fn glued_qualifier(&self, core: &Core) -> Option<(Qualifier, usize)> {
        let e = core.e;
        if !self.glued(e) {
            // Nearly every figure passes here: one comparison before the rare "odd".
            if self.key(e) == const { pack("odd") } {
                return self.spaced_odd(core);
            }
            return None;
        }
        if self.is_dash(e) && self.glued(e + 1) {
            let q = if self.is_word(e + 1, "odd") {
                Qualifier::Approx
            } else if self.is_word(e + 1, "plus") {
                Qualifier::AtLeast
            } else {
                return None;
            };
            // "a 40-odd-year career": the tail reads "-year" as it reads "40-year".
            return Some((q, e + 2));
        }
        // "2+3" is arithmetic (the tail skips it).
        if self.is_punct(e, '+') && !(self.is_num(e + 1) && self.glued(e + 1)) {
            return Some((Qualifier::AtLeast, e + 1));
        }
        None
    }

    /// The upper end of a range after "magnitude" at `i` and its first end `a`: "magnitude
    /// 6 to 6.5", "magnitude 7.1-7.3", "between magnitude 5 and 6". Returns the claim's
    /// first and end tokens and the upper end. "upgraded from magnitude 6.8 to 7.0" is a
    /// revision, not a range; the second end must be a larger magnitude with no unit of its
    /// own ("magnitude 5 to 10 km" is not one).
    fn magnitude_range(&self, i: usize, a: &Core) -> Option<(usize, usize, f64)> {
        let c = a.e;
        let between = i > self.floor && self.is_word(i - 1, "between");
        let joined = if between {
            self.is_word(c, "and")
        } else {
            self.is_dash(c) || self.is_word(c, "to")
        };
        if !joined || (i > 0 && self.is_word(i - 1, "from")) || a.scaled || !self.is_num(c + 1) {
            return None;
        }
        let b = self.core(c + 1, None, None)?;
        let unit_after = self.tab.units.contains_key(&self.key(b.e)) || self.percent(b.e).is_some();
        if b.scaled || unit_after || !(b.value > a.value && b.value <= 10.0) {
            return None;
        }
        Some((if between { i - 1 } else { i }, b.e, b.value))
    }

    /// "80 odd resorts", "twenty odd years": "odd" with a space is "about" only after a
    /// round number (a multiple of ten, so "two odd things" stays strange) and before a
    /// plain lower-case word that is not one "odd" describes in its own sense ("10 odd
    /// numbers", "30 odd jobs": [`numeric::ODD_ADJECTIVE_NOUNS`]); "80 odd-numbered plots"
    /// has a hyphen after it and stays exact. Returns what [`Parser::glued_qualifier`] does.
    #[inline(never)]
    fn spaced_odd(&self, core: &Core) -> Option<(Qualifier, usize)> {
        let e = core.e;
        let odd = self.t.get(e)?;
        if odd.key != const { pack("odd") } || odd.case != Case::Lower || !odd.space {
            return None;
        }
        let v = core.value;
        if core.fraction || core.scaled || v < 10.0 || v % 10.0 != 0.0 {
            return None;
        }
        let next = self.t.get(e + 1)?;
        let plain = next.kind == TK::Word
            && next.space
            && next.case == Case::Lower
            && !self.is_dash(e + 2)
            && !self.tab.odd_adjective_nouns.contains(&next.key);
        plain.then_some((Qualifier::Approx, e + 1))
    }

    /// Can "up"/"down" after a figure, followed by the token at `k`, be its direction? Only
    /// at the end of a clause or before a comparison ("on last year", "from 5%", "at
    /// 120p"): "10% down payment" and "5% up front" are other things.
    fn direction_ends(&self, k: usize) -> bool {
        match self.t.get(k) {
            None => true,
            Some(t) if t.kind == TK::Punct => {
                matches!(
                    t.ch,
                    ',' | '.' | ';' | ':' | ')' | '!' | '?' | '"' | '”' | '’'
                ) || (t.space && matches!(t.ch, '-' | '–' | '—'))
            }
            // "up from last year", but "163 mln up from 133 mln" is a level and where it
            // came from.
            Some(t) if t.kind == TK::Word && t.key == const { pack("from") } => {
                !self.number_starts(k + 1)
                    && !self
                        .t
                        .get(k + 1)
                        .is_some_and(|n| n.kind == TK::Punct && !n.ch.is_ascii_punctuation())
                    && !self.is_punct(k + 1, '$')
            }
            Some(t) if t.kind == TK::Word => kws![
                "on",
                "against",
                "compared",
                "year-on-year",
                "in",
                "at",
                "over",
                "since",
                "versus",
                "vs",
                "this",
                "last",
                "for",
                "and",
                "but",
                "while",
                "after",
                "overall",
            ]
            .contains(&t.key),
            Some(_) => false,
        }
    }

    /// Is the word before a number (at `s`) a name the number belongs to ("Windows 10",
    /// "FTSE 100")?
    fn name_before(&self, s: usize) -> bool {
        let k = s - 1;
        let Some(t) = self.t.get(k) else { return false };
        if t.kind != TK::Word || !self.t[s].space {
            return false;
        }
        if k == self.first_word || self.shouting {
            return false;
        }
        if !matches!(t.case, Case::Cap | Case::Mixed | Case::Upper) {
            return false;
        }
        if t.case == Case::Cap && t.end - t.start <= 1 {
            return false; // "I", "A"
        }
        if self.month_at(k).is_some() || self.code_of(k).is_some() {
            return false;
        }
        let w = t.key;
        let not_a_name = self.tab.not_nouns.contains(&w)
            || self.tab.verbs.contains_key(&w)
            || self.tab.year_context.contains(&w)
            || self.tab.qualifiers_by_last.contains_key(&w)
            || key_ends(w, "day") // "Sunday 13"
            || kws!["mr", "mrs", "ms", "dr", "st", "no", "us", "uk", "eu"].contains(&w)
            // Newswire table labels head figures: "Net 98", "Revs 100".
            || kws![
                "net", "revs", "shr", "sales", "profit", "loss", "avg", "qtr", "turnover",
                "revenue", "income", "assets", "deposits", "loans", "total", "exports",
                "imports", "output", "production", "stocks", "reserves", "dividend", "div",
                "oper", "year", "mths",
            ]
            .contains(&w);
        !not_a_name
    }

    fn is_street(&self, k: usize) -> bool {
        let mut j = k;
        let mut names = 0;
        while names < 3 && self.kind(j) == Some(TK::Word) && self.t[j].case == Case::Cap {
            if names > 0 && self.word_in(j, &self.tab.streets) {
                return true;
            }
            names += 1;
            j += 1;
        }
        names > 0 && self.word_in(j, &self.tab.streets) && self.t[j].case != Case::Lower
    }

    /// Does the token at `s` open the sentence or a clause (after an opening quote or
    /// bracket, a colon, a semicolon or a spaced dash)?
    fn opens_clause(&self, s: usize) -> bool {
        s == 0
            || s <= self.floor
            || self.t.get(s - 1).is_some_and(|t| {
                t.kind == TK::Punct
                    && (matches!(t.ch, '"' | '“' | '‘' | '\'' | '(' | '[' | ':' | ';')
                        || (t.space && matches!(t.ch, '-' | '–' | '—')))
            })
    }

    fn year_word_before(&self, s: usize) -> bool {
        if s == 0 {
            return false;
        }
        if self.word_in(s - 1, &self.tab.year_context) || self.month_at(s - 1).is_some() {
            return true;
        }
        // "the 2015 election", "Britain's 2015 budget"
        self.key_is(
            s - 1,
            kws!["the", "its", "their", "his", "her", "our", "this", "s"],
        )
    }

    // ---- right context

    /// What follows the number at `j`.
    fn tail(&self, core: &Core, j: usize) -> Result<(Tail, usize), Step> {
        if let Some((code, f)) = core.money {
            // Only a rate can follow a prefixed amount: "$5 a share".
            return Ok((Tail::Money(code, f), self.rate(j)));
        }
        let last_is_numeral = j > 0 && self.kind(j - 1) == Some(TK::Num);
        // Glued letters: a percent, a unit, a currency, or a name ("3D", "4G").
        if last_is_numeral && self.glued(j) && self.kind(j) == Some(TK::Word) {
            if let Some(x) = self.percent(j) {
                return Ok(x);
            }
            if let Some((code, f, e)) = self.currency_after(j, true) {
                return Ok((Tail::Money(code, f), self.rate(e)));
            }
            if let Some((u, f, e)) = self.unit_at(j, true) {
                return Ok((Tail::Unit(u, f), self.rate(e)));
            }
            if self.is_word(j, "x") {
                return Ok((Tail::Noun("x".into()), j + 1));
            }
            if self.is_word(j, "p") {
                // "873p": pence.
                return Ok((Tail::Money("GBP", 0.01), self.rate(j + 1)));
            }
            if self.is_word(j, "c") && !self.glued(j + 1) {
                return Ok((Tail::Money("USD", 0.01), self.rate(j + 1)));
            }
            return Err(Step::Skip(self.chunk_end(j)));
        }
        // Glued symbols after: "20€", "10$", "10¢", "37°C", "45°".
        if last_is_numeral && self.glued(j) && self.kind(j) == Some(TK::Punct) {
            let c = self.t[j].ch;
            if c == '%' {
                return Ok(self.points_after(j + 1, Tail::Percent));
            }
            if c == '¢' {
                return Ok((Tail::Money("USD", 0.01), self.rate(j + 1)));
            }
            if let Some((_, code)) = currency::SYMBOLS.iter().find(|(s, _)| *s == c) {
                return Ok((Tail::Money(code, 1.0), self.rate(j + 1)));
            }
            if c == '+' && !self.is_num(j + 1) {
                return Ok((Tail::Bare, j));
            }
            // "-2+3", "4*5": arithmetic, not a figure.
            if matches!(c, '+' | '*' | '=') && self.is_num(j + 1) && self.glued(j + 1) {
                return Err(Step::Skip(self.chunk_end(j)));
            }
        }
        if self.is_dash(j)
            && self.glued(j)
            && self.kind(j + 1) == Some(TK::Word)
            && self.glued(j + 1)
            && let Some(x) = self.compound(core, j)?
        {
            return Ok(x);
        }
        if let Some(x) = self.percent(j) {
            return Ok(x);
        }
        if self.is_punct(j, '%') {
            return Ok(self.points_after(j + 1, Tail::Percent));
        }
        if let Some(x) = self.points(core, j) {
            return Ok(x);
        }
        if let Some((code, f, e)) = self.currency_after(j, false) {
            return Ok((Tail::Money(code, f), self.rate(e)));
        }
        if let Some((u, f, e)) = self.unit_at(j, false) {
            return Ok((Tail::Unit(u, f), self.rate(e)));
        }
        if core.fraction {
            // "a quarter of a point", "half a percentage point", "a quarter-point": a
            // fraction of a percentage point.
            let mut k = j;
            if self.is_word(k, "of") {
                k += 1;
            }
            if self.key_is(k, kws!["a", "one"]) {
                k += 1;
                if self.is_word(k, "percentage") {
                    k += 1;
                }
                if self.is_word(k, "point") {
                    return Ok((Tail::Pp, k + 1));
                }
            }
            if self.is_dash(j) && self.glued(j) && self.is_word(j + 1, "point") {
                return Ok((Tail::Pp, j + 2));
            }
        }
        if core.fraction && self.word_in(j, &self.tab.share_nouns) {
            // "a quarter stake"
            return Ok((Tail::Noun(self.text(j).to_string()), j + 1));
        }
        if core.fraction || matches!(self.anchor(core.s), Anchor::Vague(..)) {
            // "two-thirds of airstrikes"
            if self.is_word(j, "of") {
                if let Some((code, f, e)) = self.currency_after(j + 1, false) {
                    return Ok((Tail::Money(code, f), e));
                }
                let k = if self.is_word(j + 1, "all") {
                    j + 2
                } else {
                    j + 1
                };
                if let Some((w, e)) = self.noun(k, false) {
                    return Ok((Tail::Noun(w), e));
                }
            }
            return Ok((Tail::Bare, j));
        }
        if let Some((w, e)) = self.noun(j, core.value == 1.0) {
            // "180 flights a day": the rate stays in the claim, the unit is what is counted.
            // "cut 500 jobs a day after the vote" is a time ("£50 a month after tax" is a
            // rate: money keeps reading it as one), and in Reuters' "six mths per share
            // figures" the period heads the per-share figures.
            let r = self.rate(e);
            let time = self.is_word(r, "after")
                || r > e
                    && self.is_word(r - 1, "share")
                    && kws![
                        "mths", "months", "qtrs", "quarters", "weeks", "years", "yrs"
                    ]
                    .contains(&pack(&w));
            return Ok((Tail::Noun(w), if time { e } else { r }));
        }
        Ok((Tail::Bare, j))
    }

    /// "-" and a word glued to a number: "10-year", "six-mile", "12-cent", "10-fold".
    #[allow(clippy::type_complexity)]
    fn compound(&self, core: &Core, j: usize) -> Result<Option<(Tail, usize)>, Step> {
        let k = j + 1;
        let Some(l) = self.low(k) else {
            return Ok(None);
        };
        let w = l.as_str();
        // Reuters' "a 5.0-mln-dlr credit line", "a 50-mln guilder issue", "a 51-pct stake".
        let scale = match self.anchor(k) {
            Anchor::Abbrev(f) | Anchor::Num(NumWord::Scale(f)) => Some(f),
            _ => None,
        };
        if let Some(f) = scale {
            let (m, glued) = if self.is_dash(k + 1) && self.glued(k + 1) {
                (k + 2, true)
            } else {
                (k + 1, false)
            };
            if let Some((code, factor, e)) = self.currency_after(m, false)
                && (glued || self.t.get(m).is_some_and(|t| t.space))
            {
                return Ok(Some((Tail::Money(code, f * factor), e)));
            }
            return Ok(Some((Tail::Scaled(f), k + 1)));
        }
        if self.key_is(k, kws!["pct", "percent"]) {
            return Ok(Some((Tail::Percent, k + 1)));
        }
        if matches!(self.anchor(k), Anchor::Num(_)) {
            return Ok(None); // "three-nought-four": numbers read out one by one
        }
        if let Some((u, f, e)) = self.unit_at(k, false) {
            return Ok(Some((Tail::Unit(u, f), e)));
        }
        if let Some(&idx) = self.tab.currency_words.get(&pack(w)) {
            let cw = &currency::WORDS[idx];
            return Ok(Some((Tail::Money(cw.unit, cw.factor), k + 1)));
        }
        if core.fraction && w == "point" {
            return Ok(Some((Tail::Pp, k + 1)));
        }
        if w == "fold" {
            return Ok(Some((Tail::Times, k + 1)));
        }
        if let Some(&plural) = self.tab.time_units.get(&pack(w)) {
            let mut e = k + 1;
            // "45-year-old"
            if self.is_dash(e) && self.glued(e) && self.is_word(e + 1, "old") {
                e += 2;
            }
            return Ok(Some((Tail::Noun(plural.into()), e)));
        }
        if core.value == 0.0
            || (core.words
                && (core.value == 1.0
                    || kws![
                        "way",
                        "off",
                        "sided",
                        "time",
                        "times",
                        "party",
                        "tier",
                        "speed",
                        "legged",
                        "dimensional",
                        "horse",
                        "star",
                        "piece",
                        "handed",
                        "faced",
                        "eyed",
                        "stroke",
                        "wheel",
                        "track",
                        "pronged",
                        "fold",
                        "some",
                        "digit",
                        "level",
                    ]
                    .contains(&self.key(k))))
        {
            // "two-way", "one-off", "zero-hours": names, not figures.
            return Err(Step::Skip(k + 1));
        }
        if matches!(w, "odd" | "plus" | "strong") {
            return Ok(None);
        }
        // "27-nation", "5-star": the count of whatever the word names.
        Ok(Some((Tail::Noun(self.text(k).to_string()), k + 1)))
    }

    fn percent(&self, j: usize) -> Option<(Tail, usize)> {
        let w = self.key(j);
        if w == 0 {
            return None;
        }
        let glued = self.glued(j) && j > 0 && self.kind(j - 1) == Some(TK::Num);
        if kws!["percent", "percents", "pct", "prc"].contains(&w) {
            return Some(self.points_after(j + 1, Tail::Percent));
        }
        if w == const { pack("pc") } && (glued || !self.is_punct(j + 1, '.')) {
            return Some(self.points_after(j + 1, Tail::Percent));
        }
        if w == const { pack("per") } {
            if self.is_word(j + 1, "cent") {
                return Some(self.points_after(j + 2, Tail::Percent));
            }
            if self.is_dash(j + 1) && self.is_word(j + 2, "cent") {
                return Some(self.points_after(j + 3, Tail::Percent));
            }
        }
        if w == const { pack("percentage") } {
            if self.key_is(j + 1, kws!["point", "points"]) {
                return Some((Tail::Pp, j + 2));
            }
            return Some((Tail::Percent, j + 1));
        }
        None
    }

    /// After a percent: "% points", "pct points" are percentage points.
    fn points_after(&self, j: usize, t: Tail) -> (Tail, usize) {
        if self.is_word(j, "point") || self.is_word(j, "points") {
            (Tail::Pp, j + 1)
        } else {
            (t, j)
        }
    }

    /// "3 points", "0.5 point", "50 basis points", "25bp".
    fn points(&self, core: &Core, j: usize) -> Option<(Tail, usize)> {
        let w = self.key(j);
        if w == 0 {
            return None;
        }
        if w == const { pack("basis") } && self.key_is(j + 1, kws!["points", "point"]) {
            return Some((Tail::Bp, j + 2));
        }
        if kws!["bp", "bps", "bpts"].contains(&w) {
            return Some((Tail::Bp, j + 1));
        }
        if kws!["point", "points", "pts"].contains(&w) && (!core.words || core.value != 1.0) {
            if core.value >= 100.0 || self.index_context() {
                return Some((Tail::Points, j + 1));
            }
            return Some((Tail::Pp, j + 1));
        }
        None
    }

    fn index_context(&self) -> bool {
        (0..self.t.len())
            .any(|k| self.kind(k) == Some(TK::Word) && self.word_in(k, &self.tab.index_words))
            || self.t.iter().any(|t| t.kind == TK::Punct && t.ch == '&')
    }

    /// A currency after a number: "dlrs", "Canadian dlrs", "U.S. dollars", "EUR", "stg".
    /// Returns the code, the factor to the major unit and the end.
    fn currency_after(&self, j: usize, glued: bool) -> Option<(&'static str, f64, usize)> {
        let t = self.t.get(j)?;
        if t.kind == TK::Punct {
            if let Some((_, code)) = currency::SYMBOLS.iter().find(|(s, _)| *s == t.ch) {
                // "20 €" (a symbol after the figure, spaced) only when nothing numeric follows.
                if !self.number_starts(j + 1) || self.t[j + 1].space {
                    return Some((code, 1.0, j + 1));
                }
            }
            return None;
        }
        if t.kind != TK::Word {
            return None;
        }
        if let Some(code) = self.code_of(j) {
            // "3.14US$"
            if self.is_punct(j + 1, '$') && self.glued(j + 1) {
                return Some((code, 1.0, j + 2));
            }
            return Some((code, 1.0, j + 1));
        }
        // Finance shorthand: "120 MEUR", "30 MUSD" (millions).
        if let Some(code) = self.million_code(j) {
            return Some((code, 1e6, j + 1));
        }
        // A code in lower case straight after the figure: "20 usd" ("10 try" is English).
        if t.case == Case::Lower
            && j > 0
            && self.kind(j - 1) == Some(TK::Num)
            && let Some(code) = self.tab.lower_codes.get(&t.key)
        {
            return Some((code, 1.0, j + 1));
        }
        // Up to two adjective words, then the currency word.
        for skip in 0..=2usize {
            let k = j + skip;
            let w = self.key(k);
            if w == 0 {
                return None;
            }
            if let Some(&idx) = self.tab.currency_words.get(&w) {
                let cw = &currency::WORDS[idx];
                if cw.strict && skip > 0 && self.adjective_for(j, k, cw.family).is_none() {
                    return None;
                }
                if cw.strict && glued {
                    return None;
                }
                if cw.family == "pound"
                    && cw.factor == 1.0
                    && skip == 0
                    && self.pounds_are_weight(k)
                {
                    return None;
                }
                let unit = if skip > 0 {
                    self.adjective_for(j, k, cw.family)?
                } else {
                    cw.unit
                };
                return Some((unit, cw.factor, k + 1));
            }
            if skip == 2 || self.t.get(k).is_none_or(|t| t.kind != TK::Word) {
                return None;
            }
        }
        None
    }

    /// The code the adjective words `[j, k)` give a currency family.
    fn adjective_for(&self, j: usize, k: usize, family: &str) -> Option<&'static str> {
        let mut phrase = String::new();
        for m in j..k {
            if !phrase.is_empty() {
                phrase.push(' ');
            }
            phrase.push_str(self.low(m)?.as_str());
        }
        currency::ADJECTIVES
            .iter()
            .find(|(a, f, _)| *a == phrase && *f == family)
            .map(|(_, _, c)| *c)
    }

    fn pounds_are_weight(&self, k: usize) -> bool {
        if self.is_word(k + 1, "of") {
            return true;
        }
        (0..self.t.len()).any(|m| {
            self.low(m).is_some_and(|l| {
                matches!(
                    l.as_str(),
                    "weigh"
                        | "weighs"
                        | "weighed"
                        | "weighing"
                        | "weight"
                        | "heavy"
                        | "heavier"
                        | "lbs"
                        | "ounces"
                        | "kilos"
                        | "kg"
                )
            })
        })
    }

    /// The longest unit phrase at `j`. `glued`: the word is glued to the numeral.
    fn unit_at(&self, j: usize, glued: bool) -> Option<(&'static str, f64, usize)> {
        let t = self.t.get(j)?;
        if t.kind == TK::Num || t.key == 0 {
            return None;
        }
        let cands = self.tab.units.get(&t.key)?;
        let text = self.text(j);
        let mut best: Option<(&'static str, f64, usize)> = None;
        for (idx, parts) in cands {
            let rule = &units::UNITS[*idx];
            if rule.glued_only && !glued {
                continue;
            }
            if rule.glued_only && text.len() == 1 {
                // One-letter glued units are case-sensitive: "5t", "500g", "30C"; "4G" is a
                // network and "5T" nothing.
                let ok = matches!(text, "t" | "g" | "l" | "L" | "C");
                if !ok {
                    continue;
                }
            }
            let mut k = j;
            let mut ok = true;
            for p in parts {
                if self.t.get(k).is_none_or(|t| t.key != *p) {
                    ok = false;
                    break;
                }
                k += 1;
            }
            if ok && best.is_none_or(|b| k > b.2) {
                best = Some((rule.unit, rule.factor, k));
            }
        }
        best
    }

    /// "$5 a share", "£30,000 a year", "1,750 dlrs per tonne", "5 tonnes a year": the rate
    /// stays in the claim text. (Rates that make a unit of their own, "barrels a day", are in
    /// the unit table.)
    fn rate(&self, e: usize) -> usize {
        const PER: &[u128] = kws!["a", "an", "per"];
        const WHAT: &[u128] = kws![
            "share", "tonne", "ton", "barrel", "ounce", "head", "year", "month", "week", "day",
            "hour", "kilo", "bushel", "gallon", "litre", "liter", "person", "capita", "pound",
            "arroba", "bag", "unit", "megawatt", "acre", "hectare",
        ];
        // "a year ago" is a date, not a rate.
        if self.key_is(e, PER)
            && self.key_is(e + 1, WHAT)
            && !self.key_is(
                e + 2,
                kws!["ago", "earlier", "before", "later", "previously"],
            )
        {
            return e + 2;
        }
        e
    }

    /// The counted noun after a number, and the end of the claim.
    fn noun(&self, j: usize, singular_ok: bool) -> Option<(String, usize)> {
        // Up to three words: (first token, last token) of each, hyphenated words whole.
        let mut chain: [(usize, usize); 3] = [(0, 0); 3];
        // Which links of the chain are model names (bit per link): never the head.
        let mut models = 0u8;
        let mut n = 0;
        let mut k = j;
        while n < 3 {
            let Some(t) = self.t.get(k) else {
                break;
            };
            // A model name may stand between the number and what it counts: "10 A320
            // aircraft", "30 of its 7E7 planes".
            if (t.kind == TK::Num || t.kind == TK::Word && t.case != Case::Lower)
                && t.space
                && self.t.get(k + 1).is_some_and(|x| !x.space)
                && !t.skip
                && !(t.nl && n > 0)
                && let Some(last) = self.model_end(k)
            {
                chain[n] = (k, last);
                models |= 1 << n;
                n += 1;
                k = last + 1;
                continue;
            }
            if t.kind != TK::Word || t.skip || (t.nl && t.case != Case::Lower) {
                break;
            }
            let w = t.key;
            // Two adjectives joined by "and"/"or" before the noun: "300 natural and man-made
            // disasters". Only that shape, adjective, "and", adjective, plural: "300 workers
            // and managers" counts workers, "one website and stores" a website, and "1987
            // winter wheat and feedgrains farmers" opens with a year.
            if n == 1
                && models == 0
                && (w == const { pack("and") } || w == const { pack("or") })
                && !plural_like(self.key(chain[0].1))
                && self.phrase_word(k + 1)
                && {
                    let a = self.word_end(k + 1);
                    !plural_like(self.key(a))
                        && self.phrase_word(a + 1)
                        && plural_like(self.key(self.word_end(a + 1)))
                }
            {
                k += 1;
                continue;
            }
            // "three then directors": "then" as an adjective, straight before the noun.
            if n == 0
                && w == const { pack("then") }
                && self.phrase_word(k + 1)
                && plural_like(self.key(self.word_end(k + 1)))
            {
                k += 1;
                continue;
            }
            if w == 0 && !self.text(k).chars().all(char::is_alphabetic) {
                break;
            }
            if self.tab.not_nouns.contains(&w)
                || self.tab.verbs.contains_key(&w) && !plural_like(w) && !key_ends(w, "ing")
                || matches!(
                    self.tab.anchors[usize::from(t.aid)],
                    Anchor::Num(
                        NumWord::Unit(_)
                            | NumWord::Teen(_)
                            | NumWord::Tens(_)
                            | NumWord::Hundred
                            | NumWord::Scale(_)
                            | NumWord::Dozen
                    ) | Anchor::Month(_)
                        | Anchor::Vague(..)
                        | Anchor::A
                        | Anchor::And
                        | Anchor::Of
                )
                || self.tab.currency_words.contains_key(&w)
            {
                break;
            }
            // Words glued to the next token by an apostrophe ("Hollande's") are names.
            if self.glued(k + 1) && matches!(self.t.get(k + 1).map(|t| t.ch), Some('\'' | '’')) {
                break;
            }
            // Adverbs end the phrase: "5 sharply". Past participles may modify a noun
            // ("seven industrialised nations") but are never the noun ("130 died").
            if key_len(w) > 4 && key_ends(w, "ly") {
                if n == 0 {
                    return None;
                }
                break;
            }
            // After a noun, a participle is a verb: "12 seats changed hands".
            if key_ends(w, "ed") && chain[..n].iter().any(|&(_, l)| plural_like(self.key(l))) {
                break;
            }
            let first = k;
            // A hyphenated word is one word: "high-speed", "part-timers".
            while self.is_dash(k + 1)
                && self.glued(k + 1)
                && self.kind(k + 2) == Some(TK::Word)
                && self.glued(k + 2)
            {
                k += 2;
            }
            chain[n] = (first, k);
            n += 1;
            k += 1;
        }
        let chain = &chain[..n];
        if chain.is_empty() {
            return None;
        }
        // The head of a compound is its last noun: "30,000 sports utility vehicles".
        let head = chain
            .iter()
            .rev()
            .copied()
            .find(|&(_, last)| {
                plural_like(self.key(last))
                    || !self.text(last).is_ascii() && self.text(last).ends_with('s')
            })
            .or_else(|| {
                // A singular noun is counted only by 1 ("1 dead", "1 person"): after any other
                // number a singular word is a verb or a compound ("200 remain", "a 30 year
                // high").
                // The first link that is no model name: "one MP3 file" counts a file.
                let (first, last) = *chain.get((!models).trailing_zeros() as usize)?;
                let w = self.key(last);
                (singular_ok
                    && !self.tab.noun_modifiers.contains(&w)
                    && !key_ends(w, "ing")
                    && !key_ends(w, "ed")
                    && self.t[first].case != Case::Cap)
                    .then_some((first, last))
            })?;
        let word = self
            .text
            .get(self.t[head.0].start..self.t[head.1].end)
            .unwrap_or("");
        // An all-caps headline's words are lowercased: "UNITS" is "units".
        let word = if self.shouting || self.t[head.0].case == Case::Upper && word.len() > 3 {
            word.to_lowercase()
        } else {
            word.to_string()
        };
        Some((word, head.1 + 1))
    }

    /// Can the word at `k` be part of a counted noun phrase (see [`Parser::noun`])? Not a
    /// function word, a verb, a number, a month, a currency, a possessive or an adverb.
    fn phrase_word(&self, k: usize) -> bool {
        let Some(t) = self.t.get(k) else {
            return false;
        };
        let w = t.key;
        let function_word = self.tab.not_nouns.contains(&w) || self.tab.verbs.contains_key(&w);
        t.kind == TK::Word
            && !t.skip
            && !(t.nl && t.case != Case::Lower)
            && w != 0
            && !function_word
            && matches!(
                self.tab.anchors[usize::from(t.aid)],
                Anchor::None | Anchor::Digits
            )
            && !self.tab.currency_words.contains_key(&w)
            && !(key_len(w) > 4 && key_ends(w, "ly"))
            && !(self.glued(k + 1) && matches!(self.t.get(k + 1).map(|t| t.ch), Some('\'' | '’')))
    }

    /// The last token of the word at `k`, a hyphenated word whole ("man-made").
    fn word_end(&self, mut k: usize) -> usize {
        while self.is_dash(k + 1)
            && self.glued(k + 1)
            && self.kind(k + 2) == Some(TK::Word)
            && self.glued(k + 2)
        {
            k += 2;
        }
        k
    }

    /// The last token of a model name that starts at `k`: letters and digits run together
    /// ("A320", "MH17", "7E7"), or a capitalised word, a hyphen and digits ("F-16",
    /// "COVID-19"). Such a name is never a figure (see [`Parser::at_word`]); in a counted
    /// phrase it is a modifier, never what is counted. A numeral glued to letters alone is
    /// not one: "10km", "5G" and "3bn" are figures or other names.
    fn model_end(&self, k: usize) -> Option<usize> {
        let t = self.t.get(k)?;
        let e = self.chunk_end(k);
        if e - k > 5 || (e - k) < 2 {
            return None;
        }
        let ok = match t.kind {
            TK::Word => {
                let m = if self.is_dash(k + 1) { k + 2 } else { k + 1 };
                m < e && t.case != Case::Lower && self.is_num(m) && self.code_of(k).is_none()
            }
            TK::Num => k + 2 < e && self.kind(k + 1) == Some(TK::Word) && self.is_num(k + 2),
            TK::Punct => false,
        };
        let parts_ok =
            (k..e).all(|m| self.t[m].kind != TK::Punct || (self.is_dash(m) && m > k && m + 1 < e));
        (ok && parts_ok).then_some(e - 1)
    }

    fn after_qualifier(&self, e: usize) -> Option<(Qualifier, usize)> {
        for &qi in &self.tab.qualifiers_after {
            let (words, q) = &self.tab.qualifiers[qi];
            let mut k = e;
            let mut ok = true;
            for w in words {
                if self
                    .t
                    .get(k)
                    .is_none_or(|t| t.key != *w || t.kind == TK::Num)
                {
                    ok = false;
                    break;
                }
                k += 1;
            }
            // "50 or more people"
            // "65+" only glued.
            if ok && (q.words != ["+"] || self.glued(e)) {
                return Some((q.qualifier, k));
            }
        }
        None
    }

    // ---- left context

    /// The qualifier and verb before a figure starting at token `s` (cached: a figure's
    /// gates ask more than once).
    fn left(&self, s: usize) -> Left {
        if let Some((cs, cf, l)) = self.left_cache.get()
            && cs == s
            && cf == self.floor
        {
            return l;
        }
        let l = self.left_uncached(s);
        self.left_cache.set(Some((s, self.floor, l)));
        l
    }

    fn left_uncached(&self, s: usize) -> Left {
        let mut start = s;
        let mut qual = Qualifier::Exact;
        // Longest qualifier phrase ending right before s.
        let mut best_len = 0;
        let last_key = if s > 0 { self.t[s - 1].key } else { 0 };
        let candidates = self
            .tab
            .qualifiers_by_last
            .get(&last_key)
            .map_or(&[][..], Vec::as_slice);
        for &qi in candidates {
            let (words, q) = &self.tab.qualifiers[qi];
            let n = words.len();
            if n > s || s - n < self.floor || n <= best_len {
                continue;
            }
            let ok = words.iter().enumerate().all(|(m, w)| {
                let t = &self.t[s - n + m];
                t.key == *w && t.kind != TK::Num
            });
            if ok {
                best_len = n;
                qual = q.qualifier;
            }
        }
        // "pushed claims up to $37bn", "rose up to 5%": "up to" after a verb of movement
        // says where the level went, not a ceiling.
        if best_len == 2 && qual == Qualifier::UpTo && self.moved_up_to(s - 2) {
            best_len = 0;
            qual = Qualifier::Exact;
        }
        // "an estimated debt of 6.5 billion reais": the estimate is the figure's.
        if best_len == 0
            && s >= self.floor + 3
            && self.is_word(s - 1, "of")
            && self.kind(s - 2) == Some(TK::Word)
            && (self.is_word(s - 3, "estimated")
                || (s >= self.floor + 4
                    && self.kind(s - 3) == Some(TK::Word)
                    && self.is_word(s - 4, "estimated")))
        {
            qual = Qualifier::Approx;
        }
        start -= best_len;
        // "the US is to spend about $5bn": "some" as "some of" is not a qualifier, and "about"
        // after a verb of speech is; both fine. "over" after "rose" is "more than" still.
        let mut verb = None;
        let mut k = start;
        // "grew just 0.2%", "rose by only 1%", "fell a mere 2%": a word that plays the
        // figure down stands between the verb and it.
        if k > self.floor && self.key_is(k - 1, kws!["just", "only", "merely", "barely"]) {
            k -= 1;
        } else if k > self.floor + 1 && self.is_word(k - 1, "mere") && self.is_word(k - 2, "a") {
            k -= 2;
        }
        if k > self.floor && self.is_word(k - 1, "by") {
            k -= 1;
            // "cut its workforce by 10%", "raised interest rates by a quarter of a point": a
            // change or level verb up to three words before "by".
            for back in 2..=4 {
                if k < self.floor + back {
                    break;
                }
                let v = k - back;
                if (v + 1..k).any(|m| {
                    self.kind(m) != Some(TK::Word) || self.tab.verbs.contains_key(&self.key(m))
                }) {
                    break;
                }
                let w = self.key(v);
                let role = self.level_verb(w).or_else(|| {
                    self.tab
                        .verbs
                        .get(&w)
                        .copied()
                        // "lost by two points" is a margin, not a change.
                        .filter(|r| !matches!(r, VerbRole::Event | VerbRole::Lose))
                });
                if let Some(role) = role {
                    return Left {
                        start,
                        qual,
                        verb: Some((v, role)),
                        over_change: None,
                    };
                }
            }
        }
        // One adverb: "rose sharply", "fell slightly".
        let mut adverb = false;
        if k > self.floor + 1 {
            let w = self.key(k - 1);
            if key_len(w) > 4 && key_ends(w, "ly") && self.tab.verbs.contains_key(&self.key(k - 2))
            {
                k -= 1;
                adverb = true;
            }
        }
        // "rose above $50", "fell below 2%": a level reached, not the size of a change.
        let directional =
            best_len == 1 && self.key_is(start, kws!["above", "below", "under", "over"]);
        // A lone "over" after a change may be either: "rose over $17" is a level, "up over
        // 10%" a rise of more than 10%. The verb is held back for `with_left`, which knows
        // the figure's kind.
        let over = directional && self.is_word(start, "over");
        let mut over_change = None;
        // "cut rates by half a point", "raised its stake by 5%": a level verb with "by" is a
        // change.
        let level = if k < start && k > self.floor {
            self.level_verb(self.key(k - 1))
        } else {
            None
        };
        if let Some(role) = level
            && (!directional || over)
        {
            if directional {
                over_change = Some((k - 1, role));
            } else {
                verb = Some((k - 1, role));
            }
        } else if k > self.floor
            // "a rise", "the gain", "includes gain 12.9 mln": nouns, not verbs.
            && !(k >= 2
                && self.key_is(
                    k - 2,
                    kws!["a", "an", "the", "its", "their", "includes", "excludes", "include", "of"],
                ))
            && let Some(&role) = self.tab.verbs.get(&self.key(k - 1))
            && (!directional || over || matches!(role, VerbRole::Event | VerbRole::Lose))
        {
            // "up" and "down" are changes only right before the figure ("up 5%", "down by
            // 3%"), not "up sharply 5%".
            let updown = self.key_is(k - 1, kws!["up", "down"]);
            // "makes up 22% of", "took up half": phrasal verbs, not changes.
            let phrasal = updown
                && k >= 2
                && self.key_is(
                    k - 2,
                    kws![
                        "make", "makes", "made", "making", "take", "takes", "took", "taking",
                        "taken", "pick", "picks", "picked", "set", "sets", "sum", "sums", "add",
                        "adds", "added", "turn", "turns", "turned",
                    ],
                );
            if !(updown && (adverb || phrasal)) {
                // "lost by two points": a margin, not a change.
                let role = if role == VerbRole::Lose && self.is_word(k, "by") {
                    VerbRole::Event
                } else {
                    role
                };
                if directional && matches!(role, VerbRole::Rise | VerbRole::Fall) {
                    over_change = Some((k - 1, role));
                } else {
                    verb = Some((k - 1, role));
                }
            }
        }
        Left {
            start,
            qual,
            verb,
            over_change,
        }
    }

    /// Is the "up" at `u` (of "up to") the particle of a verb of movement ("pushed claims
    /// up to", "went up to")? The verb may have an object of up to three words; a modal or
    /// "to" before it makes the movement a possibility, and "up to" a ceiling again ("could
    /// rise up to 5%").
    fn moved_up_to(&self, u: usize) -> bool {
        if !self.is_word(u, "up") {
            return false;
        }
        for back in 1..=4 {
            let Some(v) = u.checked_sub(back) else {
                return false;
            };
            if v < self.floor || self.kind(v) != Some(TK::Word) {
                return false;
            }
            if let Some(&needs_object) = self.tab.movement_verbs.get(&self.key(v)) {
                let modal = v > 0
                    && self.key_is(
                        v - 1,
                        kws![
                            "to", "will", "would", "could", "can", "may", "might", "should",
                            "must", "shall",
                        ],
                    );
                let object = back > 1;
                return (object || !needs_object) && !modal;
            }
            let w = self.key(v);
            let determiner = kws![
                "the", "its", "their", "his", "her", "a", "an", "our", "this"
            ];
            if self.tab.not_nouns.contains(&w) && !determiner.contains(&w) {
                return false;
            }
        }
        false
    }

    /// Adds the left context to a figure: qualifier, verb; `change_ok` when a change verb may
    /// make it a change.
    fn with_left(&self, mut f: Fig, change_ok: bool) -> Fig {
        let left = self.left(f.s);
        if left.qual != Qualifier::Exact {
            f.qual = left.qual;
        }
        f.s = left.start;
        // "launched four years ago": a time, not the verb's object.
        let time = matches!(
            f.unit.as_str(),
            "years" | "months" | "weeks" | "days" | "decades" | "hours" | "minutes"
        ) && self.key_is(f.e, kws!["ago", "earlier", "later", "before"]);
        // "up over 10%", "rose over 40 points": a change of more than so much.
        let verb = left.verb.or(left
            .over_change
            .filter(|_| change_ok && (f.kind == Kind::Percent || f.unit == "points")));
        if let Some((v, role)) = verb
            && !matches!(f.kind, Kind::Date | Kind::Rank)
            && !time
        {
            let role = match role {
                VerbRole::Lose if change_ok && self.is_loss(&f) => VerbRole::Fall,
                VerbRole::Lose => VerbRole::Event,
                r => r,
            };
            match role {
                VerbRole::Event | VerbRole::Lose => f.s = v,
                VerbRole::Rise | VerbRole::Fall if f.kind == Kind::Change && f.unit == "x" => {
                    // "rose threefold"
                    f.s = v;
                }
                VerbRole::Rise | VerbRole::Fall if change_ok => {
                    f.s = v;
                    f.kind = Kind::Change;
                    if role == VerbRole::Fall {
                        f.value = match f.value {
                            Value::Number(x) => Value::Number(-x),
                            Value::Range(a, b) => Value::Range(-a, -b),
                            v => v,
                        };
                    }
                }
                _ => {}
            }
        } else if left.verb.is_none()
            && change_ok
            && matches!(f.kind, Kind::Percent | Kind::Money | Kind::Quantity)
            && let Some(fall) = self.paired_change(left.start, f.e)
        {
            // "fell 40p, or 25%", "rose 0.6% on the month and 6.1% on the year": the second
            // figure of the pair is the same change, with the same sign.
            f.kind = Kind::Change;
            if fall {
                f.value = match f.value {
                    Value::Number(x) => Value::Number(-x),
                    v => v,
                };
            }
        }
        f
    }

    /// Is a figure the object of "lost"/"shed" a fall? A measure is ("lost 65 cents", "shed
    /// 2%", "lost 45 points"), unless "of" or a possessive makes it a share of a whole
    /// ("lost half of its value", "lost half its value"); a count is not ("lost 3,000
    /// jobs").
    fn is_loss(&self, f: &Fig) -> bool {
        let measure = matches!(f.kind, Kind::Percent | Kind::Money | Kind::Quantity)
            || f.unit == "points"
            // "lost a third", not "lost a third of developers".
            || (f.kind == Kind::Fraction && f.unit.is_empty());
        measure
            && !self.key_is(
                f.e,
                kws![
                    "of", "its", "their", "his", "her", "the", "our", "your", "my"
                ],
            )
    }

    /// When the figure whose claim starts at token `s` and ends before `e` is the second of
    /// a pair after a change ("down 247p, or 18%"), whether that change was a fall.
    ///
    /// The pair needs "or"/"and" right before the figure, at most five words (no verb, no
    /// clause opener) or commas since the change ("on the month and"), and after the
    /// figure the end of the clause or a preposition: "and 40% came from abroad" is a new
    /// clause, "and 20% of sales" a share.
    fn paired_change(&self, s: usize, e: usize) -> Option<bool> {
        let (ce, fall) = self.last_change?;
        let c = s.checked_sub(1)?;
        if c < ce || c - ce > 5 || !self.key_is(c, kws!["or", "and"]) {
            return None;
        }
        for m in ce..c {
            let t = &self.t[m];
            let ok = match t.kind {
                TK::Punct => t.ch == ',',
                TK::Word => {
                    !self.tab.verbs.contains_key(&t.key)
                        && !kws![
                            "but", "while", "whereas", "although", "though", "because", "when",
                            "which", "who", "that", "as", "if", "after", "before", "since", "with",
                            "to", "from", "at",
                        ]
                        .contains(&t.key)
                }
                // A year between: "grew 4% in 2003 and 6% in 2004".
                TK::Num => t.int_digits == 4 && !t.dec && !t.comma,
            };
            if !ok {
                return None;
            }
        }
        let follow_ok = match self.t.get(e) {
            None => true,
            Some(t) if t.kind == TK::Punct => !matches!(t.ch, '%' | '$' | '£' | '€'),
            Some(t) if t.kind == TK::Word => kws![
                "on",
                "in",
                "at",
                "for",
                "over",
                "from",
                "against",
                "compared",
                "year-on-year",
                "respectively",
                "to",
                "since",
                "this",
                "last",
                "versus",
                "vs",
                "a",
                "an",
                "year",
            ]
            .contains(&t.key),
            Some(_) => false,
        };
        follow_ok.then_some(fall)
    }

    // ---- ranges and ratios

    /// A range whose first end is `a`; `after` is the first end's unit and where it ends when
    /// the connector comes after the unit.
    fn range(&mut self, a: &Core, after: Option<(&Tail, usize)>) -> Option<Step> {
        let c = after.map_or(a.e, |(_, e)| e);
        let conn = self.t.get(c)?;
        // Most figures are followed by no connective at all: leave before looking back.
        let may_join = match conn.kind {
            TK::Punct => matches!(conn.ch, '-' | '‐' | '~' | '–' | '—'),
            TK::Word => kws!["to", "through", "and", "or"].contains(&conn.key),
            TK::Num => false,
        };
        if !may_join {
            return None;
        }
        let between = a.s > self.floor && self.is_word(a.s - 1, "between");
        let from = a.s > self.floor && self.is_word(a.s - 1, "from");
        let dash = conn.kind == TK::Punct
            && (matches!(conn.ch, '-' | '‐' | '~')
                && (!conn.space || self.t.get(c + 1).is_some_and(|t| t.space))
                || conn.ch == '–'
                || conn.ch == '—' && !conn.space);
        // A hyphen joins numerals only: "three-nought-four" is digits read out, "two thirds -
        // 65%" an aside.
        let dash = dash && !a.words && self.kind(c + 1) != Some(TK::Word);
        // "10 737-800 planes": a model number after a count.
        if dash && a.s > 0 && self.kind(a.s - 1) == Some(TK::Num) && self.t[a.s].space {
            return Some(Step::Skip(self.chunk_end(a.s)));
        }
        let word_to = self.is_word(c, "to") || self.is_word(c, "through");
        let word_and = between && self.is_word(c, "and");
        // "three or four times", "two or three weeks": a range of close estimates.
        let word_or = self.is_word(c, "or") && !between && !from;
        if !(dash || word_to || word_and || word_or) {
            return None;
        }
        if word_to && !from {
            // After a change verb, "rose 5% to 7%" is a change and a level.
            let left = self.left(a.s);
            if left.verb.is_some_and(|(_, r)| r != VerbRole::Event) {
                return None;
            }
            // "to" needs both ends alike: "340 to 350", not "3 to 1".
        }
        if from {
            // "rose from 5% to 7%": old and new values, not a range.
            let k = a.s - 1;
            let changes = |m: usize| {
                let w = self.key(m);
                self.tab
                    .verbs
                    .get(&w)
                    .is_some_and(|r| *r != VerbRole::Event)
                    || self.tab.level_verbs.contains_key(&w)
            };
            if k > self.floor && (changes(k - 1) || (k > self.floor + 1 && changes(k - 2))) {
                return None;
            }
        }
        // The second end, with its own currency prefix if any ("$10-$20", "£5m-£7m").
        let mut k = c + 1;
        let mut money = a.money;
        if let Some(t) = self.t.get(k)
            && t.kind == TK::Punct
            && let Some((_, code)) = currency::SYMBOLS.iter().find(|(s, _)| *s == t.ch)
        {
            money = Some((code, 1.0));
            k += 1;
        }
        if !self.number_starts(k) {
            return None;
        }
        let b = self.core(k, None, money)?;
        let b = Core { s: c + 1, ..b };
        if b.fraction != a.fraction || (dash && b.words) {
            return None;
        }
        // Aircraft models: "737-800", "A320-200" ("747-400" is caught as a score below).
        if dash
            && !conn.space
            && a.plain
            && matches!(
                a.value as u32,
                707 | 717 | 727 | 737 | 747 | 757 | 767 | 777 | 787
            )
        {
            return Some(Step::Skip(self.chunk_end(a.s)));
        }
        // Years: "2004-05", "1986/87", "2010 to 2015".
        let a_year = a.plain && self.t[a.s].int_digits == 4 && (1000.0..=2100.0).contains(&a.value);
        if a_year && after.is_none() && b.plain && !b.scaled {
            let bv = self.t[b.e - 1].val;
            let digits = self.t[b.e - 1].int_digits;
            // "2004-05", "2000-1": the second year written short.
            let hi = if digits < 4 && dash {
                let m = 10f64.powi(i32::from(digits));
                (a.value / m).floor() * m + bv
            } else {
                bv
            };
            if digits == 4 || (digits < 4 && dash) {
                if hi > a.value && hi - a.value < 200.0 {
                    let f = Fig {
                        s: a.s,
                        e: b.e,
                        kind: Kind::Date,
                        value: Value::Range(a.value, hi),
                        unit: String::new(),
                        qual: Qualifier::Exact,
                    };
                    return Some(Step::Emit(f));
                }
                if dash {
                    return Some(Step::Skip(b.e));
                }
                return None;
            }
        }
        let (tail_b, e) = match self.tail(&b, b.e) {
            Ok(x) => x,
            // "777-200LR": a name glued together.
            Err(step) if dash && !conn.space => return Some(step),
            Err(_) => return None,
        };
        // Units must agree.
        let tail = match after {
            Some((ta, _)) => {
                if tail_b.is_measure() && tail_b.unit() != ta.unit() {
                    return None;
                }
                ta.clone()
            }
            None => tail_b.clone(),
        };
        // A trailing scale serves both ends when the first is smaller: "5-7 million".
        let fb = tail_b.factor();
        let fa = match after {
            Some((ta, _)) => ta.factor(),
            None => fb,
        };
        let mut lo = a.value;
        if !a.scaled && b.scaled && after.is_none() && a.value.abs() < b.base.abs() {
            lo *= b.scale;
        }
        lo *= fa;
        let hi = b.value * if matches!(tail_b, Tail::Bare) { fa } else { fb };
        // Scores, votes and model numbers ("3-1", "5-4", "747-400") are not ranges.
        if lo >= hi {
            if dash && !word_and {
                return Some(Step::Skip(b.e));
            }
            return None;
        }
        if word_or && (a.words != b.words || hi > 2.0 * lo || a.scaled || a_year) {
            return None;
        }
        if word_to && !from && !between && (a.words != b.words || hi > 10.0 * lo) {
            // "340 to 350", "two to three months"; "adding $1.89 to $48.62" is a change and a
            // level, and "in 2004 to 136,000" two figures.
            return None;
        }
        let start = if between || from { a.s - 1 } else { a.s };
        let kind = Kind::Range;
        let mut unit = tail.unit();
        if matches!(tail, Tail::Bare) {
            unit = String::new();
        }
        let mut f = Fig {
            s: start,
            e,
            kind,
            value: Value::Range(lo, hi),
            unit,
            qual: Qualifier::Exact,
        };
        let left = self.left(start);
        f.qual = left.qual;
        f.s = left.start;
        if let Some((v, role)) = left.verb {
            let role = match role {
                VerbRole::Lose if tail.is_measure() && !self.is_word(e, "of") => VerbRole::Fall,
                r => r,
            };
            match role {
                VerbRole::Event | VerbRole::Lose => f.s = v,
                VerbRole::Rise | VerbRole::Fall => {
                    f.s = v;
                    f.kind = Kind::Change;
                    if role == VerbRole::Fall {
                        f.value = Value::Range(-lo, -hi);
                    }
                }
            }
        }
        Some(Step::Emit(f))
    }

    fn ratio(&mut self, a: &Core) -> Option<Step> {
        if a.scaled || a.fraction || a.money.is_some() || a.value.fract() != 0.0 || a.value == 0.0 {
            return None;
        }
        let mut k = a.e;
        let mut over = false;
        if self.is_word(k, "in") {
            k += 1;
            if self.is_word(k, "every") {
                k += 1;
            }
        } else if self.is_word(k, "out") && self.is_word(k + 1, "of") {
            k += 2;
        } else if self.is_word(k, "over") {
            // "one over three": a fraction read aloud; only when nothing is counted after it
            // ("$2000 over 3 years" is money and a duration).
            over = true;
            k += 1;
        } else {
            return None;
        }
        if !self.number_starts(k) || matches!(self.anchor(k), Anchor::A) {
            return None;
        }
        let b = self.core(k, None, None)?;
        let year = b.plain && self.t[b.s].int_digits == 4;
        if over {
            let followed = self.t.get(b.e).is_some_and(|t| t.kind != TK::Punct);
            if followed || b.fraction || b.value == 0.0 || b.scaled {
                return None;
            }
            let f = Fig {
                s: a.s,
                e: b.e,
                kind: Kind::Ratio,
                value: Value::Number(a.value / b.value),
                unit: String::new(),
                qual: Qualifier::Exact,
            };
            return Some(Step::Emit(f));
        }
        if b.value <= a.value || a.value < 1.0 || year || b.fraction || b.value.fract() != 0.0 {
            return None;
        }
        let mut e = b.e;
        let mut unit = String::new();
        if let Some((w, ne)) = self.noun(e, false) {
            unit = w;
            e = ne;
        }
        let f = Fig {
            s: a.s,
            e,
            kind: Kind::Ratio,
            value: Value::Number(a.value / b.value),
            unit,
            qual: Qualifier::Exact,
        };
        Some(Step::Emit(self.with_left(f, false)))
    }

    // ---- vague amounts

    fn vague_fig(&mut self, s: usize, i: usize, v: f64, needs_of: bool) -> Step {
        let mut value = v;
        let mut e = i + 1;
        // "tens of thousands", "hundreds of millions"
        if self.is_word(e, "of")
            && let Anchor::Vague(v2, _) = self.anchor(e + 1)
            && v2 > v
            && v2 >= 1000.0
        {
            value = v * v2;
            e += 2;
        } else if needs_of && !self.is_word(e, "of") {
            return Step::No;
        } else if needs_of && v == 10.0 {
            return Step::No; // "tens of" must be followed by thousands/millions
        }
        // "thousands of migrants", "billions of dollars"
        let mut kind = Kind::Count;
        let mut unit = String::new();
        if self.is_word(e, "of") {
            if let Some((code, f, ne)) = self.currency_after(e + 1, false) {
                kind = Kind::Money;
                unit = code.into();
                value *= f;
                e = ne;
            } else if let Some((u, f, ne)) = self.unit_at(e + 1, false) {
                kind = Kind::Quantity;
                unit = u.into();
                value *= f;
                e = ne;
            } else {
                let k = if self.is_word(e + 1, "all") {
                    e + 2
                } else {
                    e + 1
                };
                if let Some((w, ne)) = self.noun(k, false) {
                    unit = w;
                    e = ne;
                }
            }
        } else if let Some((code, f, ne)) = self.currency_after(e, false) {
            kind = Kind::Money;
            unit = code.into();
            value *= f;
            e = ne;
        } else if let Some((w, ne)) = self.noun(e, false) {
            unit = w;
            e = ne;
        }
        let f = Fig {
            s,
            e,
            kind,
            value: Value::Number(value),
            unit,
            qual: Qualifier::Vague,
        };
        let mut f = self.with_left(f, false);
        f.qual = Qualifier::Vague;
        Step::Emit(f)
    }

    /// "several hundred", "a few thousand", "many millions".
    fn vague_modified(&mut self, i: usize) -> Step {
        let s = if i > 0 && self.is_word(i, "few") && self.is_word(i - 1, "a") && i > self.floor {
            i - 1
        } else {
            i
        };
        let mut k = i + 1;
        let mut value = 1.0;
        let mut any = false;
        loop {
            match self.anchor(k) {
                Anchor::Num(NumWord::Hundred) => value *= 100.0,
                Anchor::Num(NumWord::Scale(f)) => value *= f,
                Anchor::Num(NumWord::Dozen) => value *= 12.0,
                Anchor::Vague(v, false) if !any => {
                    return self.vague_fig(s, k, v, false);
                }
                _ => break,
            }
            any = true;
            k += 1;
        }
        if !any {
            return Step::No;
        }
        // Reuse the vague tail with the value found.
        match self.vague_fig(s, k - 1, value, false) {
            Step::Emit(mut f) => {
                if let Value::Number(v) = f.value {
                    // vague_fig multiplied by a currency factor only; the value is ours.
                    f.value = Value::Number(v);
                }
                Step::Emit(f)
            }
            other => other,
        }
    }

    /// "digit"/"digits" at `i`: the figure of a "single" before it ("single digit growth",
    /// "fell into single digits"), which is no lexicon word and so is passed over. "double"
    /// and "triple" were read at their own word: their tokens are behind the floor by now.
    fn digits_word(&mut self, i: usize) -> Step {
        let j = if i >= 2 && self.is_dash(i - 1) && self.glued(i - 1) && self.glued(i) {
            i - 2
        } else if i >= 1 && !self.glued(i) {
            i - 1
        } else {
            return Step::No;
        };
        if j < self.floor {
            return Step::No;
        }
        match self.tab.digit_words.get(&self.key(j)) {
            Some(&lowest) => self.digit_fig(j, lowest).unwrap_or(Step::No),
            None => Step::No,
        }
    }

    /// "double-digit" at `i` (or "double digit", "double digits"), a number of at least
    /// `lowest` ("single": below 10): see [`numeric::DIGIT_WORDS`] for why only a few shapes
    /// give a row.
    fn digit_fig(&mut self, i: usize, lowest: f64) -> Option<Step> {
        let k = if self.is_dash(i + 1) && self.glued(i + 1) && self.glued(i + 2) {
            i + 2
        } else {
            i + 1
        };
        let plural = match self.key(k) {
            w if w == const { pack("digit") } => false,
            w if w == const { pack("digits") } => true,
            _ => return None,
        };
        let single = lowest == 1.0;
        let (bound, qual) = if single {
            (10.0, Qualifier::LessThan)
        } else {
            (lowest, Qualifier::AtLeast)
        };
        let n = k + 1;
        // "high single digits", "mid-single-digit growth": a band of the digits.
        let mut s = i;
        let mut band = None;
        if single {
            let b = if i >= 2 && self.is_dash(i - 1) && self.glued(i - 1) && self.glued(i) {
                Some(i - 2)
            } else if i >= 1 && !self.glued(i) {
                Some(i - 1)
            } else {
                None
            };
            if let Some(b) = b.filter(|&b| b >= self.floor)
                && let Some(&lh) = self.tab.digit_bands.get(&self.key(b))
            {
                band = Some(lh);
                s = b;
            }
        }
        let (change, unit, e) = if plural || self.ends_digit_noun(n) {
            // "inflation hit double digits", "fell to a single digit": the clause says what
            // is counted, or nothing is.
            let verb = matches!(
                self.left(s).verb,
                Some((_, VerbRole::Rise | VerbRole::Fall))
            );
            match self.digit_subject(s).or_else(|| self.grew_in(s).map(Some)) {
                Some(change) => (change, "%", n),
                None if verb => (None, "%", n),
                // "won by double digits", "in the single digits": points, degrees, votes.
                None => return Some(Step::Skip(n)),
            }
        } else {
            // "double-digit billions": tens of billions, as "tens of billions" reads.
            if let Anchor::Vague(v, _) = self.anchor(n)
                && v >= 1000.0
            {
                return Some(self.vague_fig(i, n, lowest * v, false));
            }
            // "double-digit growth", "double-digit earnings growth", "triple-digit percentages".
            let rate_at = |m: usize| {
                if let Some(&up) = self.tab.change_nouns.get(&self.key(m)) {
                    Some((Some(up), "%", m + 1))
                } else if self.word_in(m, &self.tab.digit_rate_nouns) {
                    Some((None, "%", m + 1))
                } else {
                    // "a double-digit percentage fall": the change noun after it says the sign.
                    let (unit, e) = match self.percent(m)? {
                        (Tail::Percent, e) => ("%", e),
                        (Tail::Pp, e) => ("pp", e),
                        _ => return None,
                    };
                    match self.tab.change_nouns.get(&self.key(e)) {
                        Some(&up) => Some((Some(up), unit, e + 1)),
                        None => Some((None, unit, e)),
                    }
                }
            };
            // One noun may stand before it ("sales growth"), but "double-digit job cuts" counts
            // the cuts.
            let found = rate_at(n).or_else(|| {
                (self.t.get(n).is_some_and(|t| t.case == Case::Lower)
                    && self.phrase_word(n)
                    && !self.key_is(n, kws!["job", "jobs"]))
                .then(|| rate_at(n + 1))
                .flatten()
            });
            match found {
                Some(x) => x,
                // "a double-digit lead": a bound in an unknown unit; no row, and "double" is
                // no verb here.
                None => return Some(Step::Skip(n)),
            }
        };
        let sign = |x: f64| if change == Some(false) { -x } else { x };
        let (value, qual) = match band {
            Some((lo, hi)) => (Value::Range(sign(lo), sign(hi)), Qualifier::Approx),
            None => (Value::Number(sign(bound)), qual),
        };
        let kind = match (change, band) {
            (Some(_), _) => Kind::Change,
            (None, Some(_)) => Kind::Range,
            (None, None) => Kind::Percent,
        };
        // "rose by a single-digit percentage": the article joins the claim, so that the
        // verb before "by" is seen.
        if s >= self.floor + 2 && self.key_is(s - 1, kws!["a", "an"]) && self.is_word(s - 2, "by") {
            s -= 1;
        }
        let f = Fig {
            s,
            e,
            kind,
            value,
            unit: unit.into(),
            qual,
        };
        Some(Step::Emit(self.with_left(f, kind != Kind::Change)))
    }

    /// "grow in the low single digits", "rose at double digits": a change verb, then "in" or
    /// "at" (and "the") before `s`; whether it rises.
    fn grew_in(&self, s: usize) -> Option<bool> {
        let mut m = s.checked_sub(1)?;
        if self.is_word(m, "the") {
            m = m.checked_sub(1)?;
        }
        if m < self.floor + 1 || !self.key_is(m, kws!["in", "at"]) {
            return None;
        }
        match self.tab.verbs.get(&self.key(m - 1)) {
            Some(VerbRole::Rise) => Some(true),
            Some(VerbRole::Fall) => Some(false),
            _ => None,
        }
    }

    /// Does the word "digit" end its phrase before `n` ("fell to a single digit since ...",
    /// "Growth was double-digit."), rather than stand before the noun it sizes?
    fn ends_digit_noun(&self, n: usize) -> bool {
        match self.t.get(n) {
            None => true,
            Some(t) if t.kind == TK::Punct => !matches!(t.ch, '-' | '‐' | '%'),
            Some(t) if t.kind == TK::Word => kws![
                "since", "for", "in", "on", "by", "this", "last", "after", "before", "from", "at",
                "and", "or", "but", "as", "until", "while", "with", "over", "during", "again",
                "then", "now", "so", "yet", "when", "because", "amid",
            ]
            .contains(&t.key),
            Some(_) => false,
        }
    }

    /// What "double digits" before `s` measures, from the clause it ends: a change noun as
    /// its subject ("growth hit double digits": `Some(Some(up))`), a rate noun ("inflation
    /// fell into single digits": `Some(None)`), or neither (`None`). The clause is read back
    /// at most eight tokens, to a comma, a bracket or quote, or a word that opens a clause
    /// or an object ("but", "which", "its": "the club grew its lead to double digits").
    /// A change noun that can be a verb ("cut", "rise") is no subject: "rates were cut to
    /// single digits" is a level.
    fn digit_subject(&self, s: usize) -> Option<Option<bool>> {
        for m in (s.saturating_sub(8)..s).rev() {
            let t = self.t.get(m)?;
            match t.kind {
                TK::Num => {}
                TK::Punct => {
                    if matches!(
                        t.ch,
                        ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '—' | '–'
                    ) {
                        return None;
                    }
                }
                TK::Word => {
                    let w = t.key;
                    if kws![
                        "but", "while", "whereas", "although", "though", "because", "when",
                        "which", "who", "that", "if", "since", "despite", "and", "or", "its",
                        "their", "his", "her", "our", "my", "your",
                    ]
                    .contains(&w)
                    {
                        return None;
                    }
                    if self.tab.digit_rate_nouns.contains(&w) {
                        return Some(None);
                    }
                    if let Some(&up) = self.tab.change_nouns.get(&w)
                        && !self.tab.verbs.contains_key(&w)
                        && !self.tab.level_verbs.contains_key(&w)
                        && !kws!["higher", "lower"].contains(&w)
                    {
                        return Some(Some(up));
                    }
                }
            }
        }
        None
    }

    // ---- ranks

    fn rank_fig(&mut self, s: usize, e: usize, v: f64, qual: Qualifier) -> Step {
        let f = Fig {
            s,
            e,
            kind: Kind::Rank,
            value: Value::Number(v),
            unit: String::new(),
            qual,
        };
        Step::Emit(f)
    }

    /// An ordinal at `[s, e)` with value `n`: a rank when a superlative, "place" or a rank verb
    /// goes with it.
    fn ordinal_rank(&mut self, s: usize, e: usize, n: f64) -> Option<Step> {
        // "for the 21st time", "a third straight time": how often it has happened, a count
        // (as "won five times" is). "the first time" says only that it never had, and "a
        // second time" alone ("tried a second time") only that it happened again.
        if n >= 2.0 && s > self.floor {
            let t = if self.key_is(e, kws!["straight", "consecutive", "successive", "running"]) {
                e + 1
            } else {
                e
            };
            let again = n == 2.0
                && t == e
                && self.is_word(s - 1, "a")
                && !(s >= 2 && self.is_word(s - 2, "for"));
            // "a second-time buyer", "the third time around": no count of times.
            let not_count = again
                || (self.is_dash(t + 1) && self.glued(t + 1))
                || self.key_is(t + 1, kws!["around", "round"]);
            if self.is_word(t, "time")
                && !not_count
                && self.key_is(
                    s - 1,
                    kws!["the", "a", "an", "its", "their", "his", "her", "record"],
                )
            {
                return Some(Step::Emit(Fig {
                    s,
                    e: t + 1,
                    kind: Kind::Count,
                    value: Value::Number(n),
                    unit: "times".into(),
                    qual: Qualifier::Exact,
                }));
            }
        }
        let mut end = e;
        let mut found = false;
        // "third-largest", "10th-biggest"
        if self.is_dash(e) && self.glued(e) && self.glued(e + 1) && superlative(self.key(e + 1)) {
            end = e + 2;
            found = true;
        } else if self.key(e) != 0 {
            let w = self.key(e);
            if superlative(w) {
                end = e + 1;
                found = true;
            } else if self.key_is(e, kws!["most", "least"]) && self.kind(e + 1) == Some(TK::Word) {
                end = e + 2;
                found = true;
            } else if self.tab.rank_nouns.contains(&w) {
                end = e + 1;
                found = true;
            } else if self.is_dash(e) && self.glued(e) && self.is_word(e + 1, "placed") {
                end = e + 2;
                found = true;
            } else if self.key_is(e, kws!["straight", "consecutive", "successive", "running"])
                && self.kind(e + 1) == Some(TK::Word)
            {
                // "a sixth straight quarter of growth"
                end = e + 2;
                found = true;
            } else if self.kind(e) == Some(TK::Word)
                && self.is_word(e + 1, "in")
                && self.is_word(e + 2, "a")
                && self.is_word(e + 3, "row")
            {
                // "the 21st month in a row"
                end = e + 4;
                found = true;
            }
        }
        let mut start = s;
        if s > self.floor && self.word_in(s - 1, &self.tab.rank_verbs) {
            start = s - 1;
            found = true;
        } else if s > self.floor + 1
            && self.is_word(s - 1, "in")
            && self.word_in(s - 2, &self.tab.rank_verbs)
        {
            found = true;
        }
        if !found {
            return None;
        }
        Some(Step::Emit(Fig {
            s: start,
            e: end,
            kind: Kind::Rank,
            value: Value::Number(n),
            unit: String::new(),
            qual: Qualifier::Exact,
        }))
    }

    // ---- dates

    /// "Nov. 13", "November 13, 2015", "March 2009", "Nov 13-15".
    fn date_from_month(&self, i: usize) -> Option<Fig> {
        let month = self.month_at(i)?;
        let mut j = i + 1;
        if self.is_punct(j, '.') && self.glued(j) {
            j += 1;
        }
        // "May" the verb: only with a day or a year after it.
        let t = self.t.get(j)?;
        if t.kind != TK::Num || t.dec || t.comma || t.skip {
            return None;
        }
        let _ = month;
        let v = t.val;
        let mut value = Value::Number(v);
        let mut e = j + 1;
        if t.int_digits <= 2 && (1.0..=31.0).contains(&v) {
            if self.glued(e)
                && self
                    .low(e)
                    .is_some_and(|l| matches!(l.as_str(), "st" | "nd" | "rd" | "th"))
            {
                e += 1;
            }
            if self.is_dash(e)
                && let Some(d2) = self.int_val(e + 1)
                && d2 > v
                && d2 <= 31.0
                && self.t[e + 1].int_digits <= 2
            {
                value = Value::Range(v, d2);
                e += 2;
            }
            let k = if self.is_punct(e, ',') { e + 1 } else { e };
            if let Some(y) = self.int_val(k)
                && self.t[k].int_digits == 4
                && (1000.0..=2100.0).contains(&y)
            {
                value = Value::Number(y);
                e = k + 1;
            }
        } else if t.int_digits == 4 && (1000.0..=2100.0).contains(&v) {
            // "March 2009"
        } else {
            return None;
        }
        Some(Fig {
            s: i,
            e,
            kind: Kind::Date,
            value,
            unit: String::new(),
            qual: Qualifier::Exact,
        })
    }

    /// "13 November", "13th November 2015": the day at `[s, e)`.
    fn day_month(&self, s: usize, e: usize) -> Option<Fig> {
        let day = self.t.get(s)?;
        if day.kind != TK::Num || day.dec || day.int_digits > 2 || !(1.0..=31.0).contains(&day.val)
        {
            return None;
        }
        let m = if self.is_word(e, "of") { e + 1 } else { e };
        self.month_at(m)?;
        let mut end = m + 1;
        let mut value = day.val;
        if self.is_punct(end, '.') && self.glued(end) {
            end += 1;
        }
        let k = if self.is_punct(end, ',') {
            end + 1
        } else {
            end
        };
        if let Some(y) = self.int_val(k)
            && self.t[k].int_digits == 4
            && (1000.0..=2100.0).contains(&y)
        {
            value = y;
            end = k + 1;
        } else if self.is_punct(m + 1, '.') && self.glued(m + 1) {
            end = m + 1; // leave the full stop of "Nov." out when nothing follows
        }
        Some(Fig {
            s,
            e: end,
            kind: Kind::Date,
            value: Value::Number(value),
            unit: String::new(),
            qual: Qualifier::Exact,
        })
    }

    /// "1990s", "90s", "1990's", "mid-1990s", "mid-2015" at numeral `k`; `s` is where the
    /// claim starts.
    fn year_or_decade(&self, k: usize, s: usize) -> Option<Step> {
        if let Some(step) = self.decade(k, s) {
            return Some(step);
        }
        let v = self.int_val(k)?;
        if self.t[k].int_digits == 4 && (1000.0..=2100.0).contains(&v) {
            return Some(Step::Emit(Fig {
                s,
                e: k + 1,
                kind: Kind::Date,
                value: Value::Number(v),
                unit: String::new(),
                qual: Qualifier::Exact,
            }));
        }
        None
    }

    fn decade(&self, k: usize, s: usize) -> Option<Step> {
        let v = self.int_val(k)?;
        let digits = self.t[k].int_digits;
        if v % 10.0 != 0.0 || !(digits == 4 || digits == 2) {
            return None;
        }
        let mut e = k + 1;
        if matches!(self.t.get(e).map(|t| t.ch), Some('\'' | '’')) && self.glued(e) {
            e += 1;
        }
        if !(self.glued(e) && self.text(e) == "s") {
            return None;
        }
        // "in their 80s" is an age.
        if digits == 2
            && k > 0
            && self.key_is(k - 1, kws!["their", "his", "her", "my", "your", "our"])
        {
            return Some(Step::Skip(e + 1));
        }
        let mut start = s;
        // "'90s"
        if digits == 2
            && start == k
            && k > 0
            && matches!(self.t[k - 1].ch, '\'' | '’')
            && self.glued(k)
        {
            start = k - 1;
        }
        let year = if digits == 2 { 1900.0 + v } else { v };
        if !(1000.0..=2100.0).contains(&year) {
            return None;
        }
        Some(Step::Emit(Fig {
            s: start,
            e: e + 1,
            kind: Kind::Date,
            value: Value::Number(year),
            unit: String::new(),
            qual: Qualifier::Exact,
        }))
    }

    /// A decade in words at `i` ("the eighties", "the early nineties", "the mid-sixties"),
    /// year `y`; anything but "the" before it ("in their eighties": an age) gives no row.
    fn decade_word(&self, i: usize, y: f64) -> Step {
        const PART: &[u128] = kws!["early", "mid", "late"];
        let mut s = i;
        if i >= 2 && self.is_dash(i - 1) && self.glued(i) && self.glued(i - 1) {
            // "mid-sixties"
            if !self.key_is(i - 2, PART) {
                return Step::No;
            }
            s = i - 2;
        } else if i >= 1 && self.key_is(i - 1, PART) {
            s = i - 1;
        }
        if s == 0 || s <= self.floor || !self.is_word(s - 1, "the") {
            return Step::No;
        }
        Step::Emit(Fig {
            s,
            e: i + 1,
            kind: Kind::Date,
            value: Value::Number(y),
            unit: String::new(),
            qual: Qualifier::Exact,
        })
    }

    /// A numeral followed by "/" and a numeral, at `i`.
    fn slash(&mut self, i: usize) -> Step {
        let a = self.t[i];
        let b = self.t[i + 2];
        let end = self.chunk_end(i);
        // "5/17/2018", "13/11/15": a numeric date; the value is the year.
        if self.is_punct(i + 3, '/') && self.glued(i + 3) && self.is_num(i + 4) && self.glued(i + 4)
        {
            let y = self.t[i + 4];
            let year = match y.int_digits {
                4 => y.val,
                2 => 2000.0 + y.val,
                _ => return Step::Skip(end),
            };
            return Step::Emit(Fig {
                s: i,
                e: i + 5,
                kind: Kind::Date,
                value: Value::Number(year),
                unit: String::new(),
                qual: Qualifier::Exact,
            });
        }
        // "1986/87", "1987/1988": a crop or fiscal year.
        if a.int_digits == 4 && !a.dec && (1000.0..=2100.0).contains(&a.val) {
            let hi = match b.int_digits {
                2 => (a.val / 100.0).floor() * 100.0 + b.val,
                4 => b.val,
                _ => 0.0,
            };
            if hi == a.val + 1.0 {
                return Step::Emit(Fig {
                    s: i,
                    e: i + 3,
                    kind: Kind::Date,
                    value: Value::Range(a.val, hi),
                    unit: String::new(),
                    qual: Qualifier::Exact,
                });
            }
        }
        // "3/4", "1/2": a fraction, when the denominator is one a fraction would use.
        if !a.dec && !b.dec && a.val < b.val && fraction_denominator(b.val) {
            let core = Core {
                s: i,
                e: i + 3,
                value: a.val / b.val,
                fraction: true,
                scaled: false,
                scale: 1.0,
                base: a.val / b.val,
                words: false,
                plain: false,
                money: None,
            };
            return self.finish(core, false);
        }
        // "24/7", "9/11", "50/50": names.
        Step::Skip(end)
    }
}

/// Denominators a written fraction uses: "3/4", "5/8", "7/10"; not "9/11" or "24/7".
fn fraction_denominator(b: f64) -> bool {
    b.fract() == 0.0 && matches!(b as u32, 2 | 3 | 4 | 5 | 8 | 10 | 16 | 32 | 64 | 100)
}

#[derive(Debug, Clone, Copy)]
struct Left {
    start: usize,
    qual: Qualifier,
    verb: Option<(usize, VerbRole)>,
    /// A rise or fall before a lone "over" ("up over 10%"): a change when the figure is a
    /// percentage or points, a level otherwise ("rose over $17", "down over 10 years").
    over_change: Option<(usize, VerbRole)>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::numeric::Hit;

    fn find(text: &str) -> Vec<Mention> {
        let mut out = Vec::new();
        find_mentions(text, 0, text.len(), &mut out);
        out
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    fn value_is(v: Value, want: f64) -> bool {
        match v {
            Value::Number(x) => close(x, want),
            Value::Range(a, b) => close(a, want) || close(b, want),
            Value::None => false,
        }
    }

    fn describe(text: &str, got: &[Mention]) -> String {
        got.iter()
            .map(|m| {
                format!(
                    "{:?} {:?} {} {:?} {}",
                    &text[m.start..m.end],
                    m.kind,
                    m.value,
                    m.unit,
                    m.qualifier.as_str()
                )
            })
            .collect::<Vec<_>>()
            .join("\n    ")
    }

    /// Checks one example; returns the mention found.
    fn check_hit(id: &str, (text, claim, value, unit): &Hit) -> Result<Mention, String> {
        let got = find(text);
        got.iter()
            .find(|m| &text[m.start..m.end] == *claim)
            .filter(|m| value_is(m.value, *value) && m.unit == *unit)
            .cloned()
            .ok_or_else(|| {
                format!(
                    "{id}: {text:?} should give {claim:?} = {value} {unit:?}; got\n    {}",
                    describe(text, &got)
                )
            })
    }

    /// Like [`check_hit`], and the mention must be of `kind`.
    fn check_kind(id: &str, hit: &Hit, kind: Kind) -> Result<(), String> {
        match check_hit(id, hit) {
            Ok(m) if m.kind != kind => Err(format!("{id}: {:?} kind {:?}", hit.0, m.kind)),
            Ok(_) => Ok(()),
            Err(e) => Err(e),
        }
    }

    fn check_miss(id: &str, text: &str) -> Result<(), String> {
        let got = find(text);
        if got.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{id}: {text:?} should give nothing; got\n    {}",
                describe(text, &got)
            ))
        }
    }

    #[test]
    fn every_row_passes_its_examples() {
        let mut errors = Vec::new();
        let mut checked = 0;
        for r in numeric::QUALIFIERS {
            for h in r.hits {
                checked += 1;
                match check_hit(r.id, h) {
                    Ok(m) if m.qualifier != r.qualifier => errors.push(format!(
                        "{}: {:?} qualifier {} not {}",
                        r.id,
                        h.0,
                        m.qualifier.as_str(),
                        r.qualifier.as_str()
                    )),
                    Ok(_) => {}
                    Err(e) => errors.push(e),
                }
            }
            errors.extend(r.misses.iter().filter_map(|m| check_miss(r.id, m).err()));
        }
        for r in numeric::VERBS {
            for h in r.hits {
                checked += 1;
                match check_hit(r.id, h) {
                    Ok(m) => {
                        let want = if r.role == VerbRole::Event {
                            m.kind
                        } else {
                            Kind::Change
                        };
                        if m.kind != want {
                            errors.push(format!("{}: {:?} kind {:?}", r.id, h.0, m.kind));
                        }
                    }
                    Err(e) => errors.push(e),
                }
            }
            errors.extend(r.misses.iter().filter_map(|m| check_miss(r.id, m).err()));
        }
        for r in numeric::VAGUE {
            for h in r.hits {
                checked += 1;
                match check_hit(r.id, h) {
                    Ok(m) if m.qualifier != Qualifier::Vague => {
                        errors.push(format!("{}: {:?} not vague", r.id, h.0))
                    }
                    Ok(_) => {}
                    Err(e) => errors.push(e),
                }
            }
            errors.extend(r.misses.iter().filter_map(|m| check_miss(r.id, m).err()));
        }
        for r in numeric::LABELS {
            for h in r.hits {
                checked += 1;
                if let Err(e) = check_hit(r.id, h) {
                    errors.push(e);
                }
            }
            for m in r.misses {
                checked += 1;
                if let Err(e) = check_miss(r.id, m) {
                    errors.push(e);
                }
            }
        }
        let kinds = (numeric::MULTIPLIER_HITS.iter())
            .map(|&(text, claim, value)| ("multiplier", (text, claim, value, "x"), Kind::Change))
            .chain((numeric::CHANGE_NOUN_HITS.iter()).map(|&h| ("change-noun", h, Kind::Change)))
            .chain(
                (numeric::DATE_HITS.iter())
                    .map(|&(text, claim, value)| ("date", (text, claim, value, ""), Kind::Date)),
            );
        for (id, hit, kind) in kinds {
            checked += 1;
            if let Err(e) = check_kind(id, &hit, kind) {
                errors.push(e);
            }
        }
        for (h, q) in numeric::DIGIT_HITS {
            checked += 1;
            match check_hit("digit", h) {
                Ok(m) if m.qualifier != *q => errors.push(format!(
                    "digit: {:?} qualifier {} not {}",
                    h.0,
                    m.qualifier.as_str(),
                    q.as_str()
                )),
                Ok(_) => {}
                Err(e) => errors.push(e),
            }
        }
        for h in numeric::ODD_HITS {
            checked += 1;
            match check_hit("odd", h) {
                Ok(m) if m.qualifier != Qualifier::Approx => {
                    errors.push(format!("odd: {:?} is not approx", h.0))
                }
                Ok(_) => {}
                Err(e) => errors.push(e),
            }
        }
        for h in numeric::ODD_EXACT {
            checked += 1;
            match check_hit("odd", h) {
                Ok(m) if m.qualifier != Qualifier::Exact => {
                    errors.push(format!("odd: {:?} is not exact", h.0))
                }
                Ok(_) => {}
                Err(e) => errors.push(e),
            }
        }
        for r in currency::WORDS {
            for h in r.hits {
                checked += 1;
                if let Err(e) = check_hit(r.words[0], h) {
                    errors.push(e);
                }
            }
        }
        for r in units::UNITS {
            for h in r.hits {
                checked += 1;
                if let Err(e) = check_hit(r.id, h) {
                    errors.push(e);
                }
            }
        }
        assert!(
            errors.is_empty(),
            "{} of {checked} examples fail:\n{}",
            errors.len(),
            errors.join("\n")
        );
    }
}

/// Exact-value tests for every kind of figure, on sentences written for these tests: each
/// sentence must give exactly the rows listed (claim, kind, value as the CSV shows it, unit,
/// qualifier), in order.
#[cfg(test)]
mod exact {
    use super::*;

    fn rows(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        find_mentions(text, 0, text.len(), &mut out);
        out.iter()
            .map(|m| {
                assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                format!(
                    "{} | {} | {} | {} | {}",
                    &text[m.start..m.end],
                    m.kind.as_str(),
                    m.value,
                    m.unit,
                    m.qualifier.as_str()
                )
            })
            .map(|r: String| r.replace(" |  | ", " | | "))
            .collect()
    }

    #[track_caller]
    fn expect(text: &str, want: &[&str]) {
        let got = rows(text);
        assert_eq!(got, want, "\n  text: {text:?}");
    }

    #[test]
    fn counted_nouns_after_of_models_and_paired_adjectives() {
        expect(
            "Boeing will buy 30 of its new planes.",
            &["buy 30 of its new planes | count | 30 | planes | exact"],
        );
        expect(
            "The fleet has 10 A320 aircraft.",
            &["10 A320 aircraft | count | 10 | aircraft | exact"],
        );
        expect(
            "It listed about 300 natural and man-made disasters.",
            &["about 300 natural and man-made disasters | count | 300 | disasters | approx"],
        );
        expect(
            "Some 40,000 seamen went on strike.",
            &["Some 40,000 seamen | count | 40000 | seamen | approx"],
        );
        // A model name is never the figure: "MP3" holds no 3.
        expect(
            "It is about one MP3 file.",
            &["about one MP3 file | count | 1 | file | approx"],
        );
    }

    #[test]
    fn percent_compared_with_another_level_is_a_change() {
        expect(
            "US crude is still 30% more expensive than in 2004.",
            &[
                "30% more expensive | change | 30 | % | exact",
                "2004 | date | 2004 | | exact",
            ],
        );
        expect(
            "Flights are 15% cheaper than last year.",
            &["15% cheaper | change | -15 | % | exact"],
        );
        // No "than": a share, not a comparison.
        expect(
            "About 30% more people came.",
            &["About 30% | percent | 30 | % | approx"],
        );
    }

    #[test]
    fn changes_played_down() {
        expect(
            "Spending grew just 0.2% in March.",
            &["grew just 0.2% | change | 0.2 | % | exact"],
        );
        expect(
            "Sales rose by only 1%.",
            &["rose by only 1% | change | 1 | % | exact"],
        );
        expect(
            "Shares fell a mere 2%.",
            &["fell a mere 2% | change | -2 | % | exact"],
        );
        expect("Only 5% voted.", &["5% | percent | 5 | % | exact"]);
    }

    #[test]
    fn fractions_of_people_before_a_verb() {
        expect(
            "Nearly a fifth said they were too sick to work.",
            &["Nearly a fifth | fraction | 0.2 | | approx"],
        );
        expect(
            "About a quarter were sick.",
            &["About a quarter | fraction | 0.25 | | approx"],
        );
        expect(
            "A third think so.",
            &["A third | fraction | 0.3333 | | exact"],
        );
        // A period, and an ordinal, stay what they were.
        expect("It was a third option.", &[]);
        expect(
            "The last three quarters were weak.",
            &["three quarters | count | 3 | quarters | exact"],
        );
    }

    #[test]
    fn ordinal_times_are_counts() {
        expect(
            "He won for the 21st time on Sunday.",
            &["21st time | count | 21 | times | exact"],
        );
        // "a second time" says only that it happened again; "twenty-first" is no twenty.
        expect("He tried a second time.", &[]);
        expect("Now in its twenty-first year, the festival grows.", &[]);
    }

    #[test]
    fn over_after_a_change_verb() {
        expect(
            "Ticket sales were up over 10% on the year.",
            &["up over 10% | change | 10 | % | more-than"],
        );
        // Over an amount it is the level reached.
        expect(
            "The crude price rose over $17 in early deals.",
            &["over $17 | money | 17 | USD | more-than"],
        );
        expect(
            "The bond rallied, climbing as much as 8% by noon.",
            &["climbing as much as 8% | change | 8 | % | up-to"],
        );
    }

    #[test]
    fn counts_and_counted_nouns() {
        expect(
            "The attacks killed 130 people.",
            &["killed 130 people | count | 130 | people | exact"],
        );
        expect(
            "They flew more than 400 airstrikes.",
            &["more than 400 airstrikes | count | 400 | airstrikes | more-than"],
        );
        expect(
            "Police found 130 innocent people inside.",
            &["130 innocent people | count | 130 | people | exact"],
        );
        expect(
            "The firm has 3,400 staff.",
            &["3,400 staff | count | 3400 | staff | exact"],
        );
        expect(
            "Only 12 of the 40 boats returned.",
            &[
                "12 | count | 12 | | exact",
                "40 boats | count | 40 | boats | exact",
            ],
        );
        expect(
            "The toll reached 57.",
            &["reached 57 | count | 57 | | exact"],
        );
        expect(
            "Some 2.5 million Syrians fled.",
            &["Some 2.5 million Syrians | count | 2500000 | Syrians | approx"],
        );
        expect(
            "Seven men were charged.",
            &["Seven men | count | 7 | men | exact"],
        );
        expect(
            "At least one person died.",
            &["At least one person | count | 1 | person | at-least"],
        );
    }

    #[test]
    fn number_words() {
        expect(
            "A dozen ships sailed.",
            &["A dozen ships | count | 12 | ships | exact"],
        );
        expect(
            "It has one hundred and thirty members.",
            &["one hundred and thirty members | count | 130 | members | exact"],
        );
        expect(
            "Twenty-six people were hurt.",
            &["Twenty-six people | count | 26 | people | exact"],
        );
        expect(
            "We need half a million doses.",
            &["half a million doses | count | 500000 | doses | exact"],
        );
        expect(
            "About two and a half thousand came.",
            &["About two and a half thousand | count | 2500 | | approx"],
        );
        expect(
            "A million people marched.",
            &["A million people | count | 1000000 | people | exact"],
        );
    }

    #[test]
    fn fractions_and_ratios() {
        expect(
            "The US flies two-thirds of airstrikes.",
            &["two-thirds of airstrikes | fraction | 0.6667 | airstrikes | exact"],
        );
        expect(
            "Half of all adults agreed.",
            &["Half of all adults | fraction | 0.5 | adults | exact"],
        );
        expect(
            "A quarter of voters abstained.",
            &["A quarter of voters | fraction | 0.25 | voters | exact"],
        );
        expect(
            "Almost a third of firms cut pay.",
            &["Almost a third of firms | fraction | 0.3333 | firms | approx"],
        );
        expect(
            "Three in four adults drive.",
            &["Three in four adults | ratio | 0.75 | adults | exact"],
        );
        expect(
            "Just 1 in 5 schools passed.",
            &["1 in 5 schools | ratio | 0.2 | schools | exact"],
        );
        expect(
            "Nine out of 10 dentists agree.",
            &["Nine out of 10 dentists | ratio | 0.9 | dentists | exact"],
        );
        expect(
            "Use 3/4 of the flour.",
            &["3/4 | fraction | 0.75 | | exact"],
        );
        expect(
            "More than half voted.",
            &["More than half | fraction | 0.5 | | more-than"],
        );
        // Not fractions: ordinals and halves of a period.
        expect("He won a third term.", &[]);
        expect("Sales rose in the first half.", &[]);
        expect(
            "It was the third quarter in a row.",
            &["third quarter in a row | rank | 3 | | exact"],
        );
        expect("Profits fell in the third quarter.", &[]);
    }

    #[test]
    fn percentages_and_points() {
        expect("Turnout was 95%.", &["95% | percent | 95 | % | exact"]);
        expect(
            "Turnout was 95 per cent.",
            &["95 per cent | percent | 95 | % | exact"],
        );
        expect(
            "Turnout was 95 percent.",
            &["95 percent | percent | 95 | % | exact"],
        );
        expect(
            "It holds a 55 pct stake.",
            &["55 pct | percent | 55 | % | exact"],
        );
        expect(
            "Unemployment rose 3 points.",
            &["rose 3 points | change | 3 | pp | exact"],
        );
        expect(
            "It gained 3 percentage points.",
            &["gained 3 percentage points | change | 3 | pp | exact"],
        );
        expect(
            "The FTSE 100 index fell 45 points.",
            &["fell 45 points | change | -45 | points | exact"],
        );
        expect(
            "The bank cut rates by 25 basis points.",
            &["cut rates by 25 basis points | change | -25 | bp | exact"],
        );
        expect(
            "Twenty percent said no.",
            &["Twenty percent | percent | 20 | % | exact"],
        );
    }

    #[test]
    fn money() {
        expect(
            "It sold the unit for £350m.",
            &["£350m | money | 350000000 | GBP | exact"],
        );
        expect(
            "Profit jumped 76% to $1.13bn.",
            &[
                "jumped 76% | change | 76 | % | exact",
                "$1.13bn | money | 1130000000 | USD | exact",
            ],
        );
        expect(
            "Net profit was 5.5 mln dlrs.",
            &["5.5 mln dlrs | money | 5500000 | USD | exact"],
        );
        expect(
            "It paid €2 million in fines.",
            &["paid €2 million | money | 2000000 | EUR | exact"],
        );
        expect(
            "A US$4.7 billion loan was agreed.",
            &["US$4.7 billion | money | 4700000000 | USD | exact"],
        );
        expect(
            "Shares closed at 873p.",
            &["873p | money | 8.73 | GBP | exact"],
        );
        expect(
            "The fee is 30 cents.",
            &["30 cents | money | 0.3 | USD | exact"],
        );
        expect(
            "Revenue hit ¥3.2 trillion.",
            &["¥3.2 trillion | money | 3200000000000 | JPY | exact"],
        );
        expect(
            "He earns £30,000 a year.",
            &["earns £30,000 a year | money | 30000 | GBP | exact"],
        );
        expect(
            "It raised 40 mln stg.",
            &["raised 40 mln stg | money | 40000000 | GBP | exact"],
        );
        expect(
            "The bid was USD 5m.",
            &["USD 5m | money | 5000000 | USD | exact"],
        );
        expect(
            "It spent $500k.",
            &["spent $500k | money | 500000 | USD | exact"],
        );
        // A loss of money is a fall (issue 2 audit): "lost $500k" is -500000.
        expect(
            "It lost $500k.",
            &["lost $500k | change | -500000 | USD | exact"],
        );
        // Minor and major units must never be confused.
        expect(
            "It was 1.2M dollars.",
            &["1.2M dollars | money | 1200000 | USD | exact"],
        );
    }

    #[test]
    fn quantities() {
        expect(
            "The pipeline runs 1,200 km.",
            &["1,200 km | quantity | 1200 | km | exact"],
        );
        expect(
            "Output was 2 mln barrels.",
            &["2 mln barrels | quantity | 2000000 | bbl | exact"],
        );
        expect(
            "Opec pumps 30 mln barrels per day.",
            &["30 mln barrels per day | quantity | 30000000 | bbl/d | exact"],
        );
        expect("The wall is 3m high.", &["3m | quantity | 3 | m | exact"]);
        expect(
            "Bags of 60 kilos were sold.",
            &["60 kilos | quantity | 60 | kg | exact"],
        );
        expect(
            "Temperatures hit 40C.",
            &["40C | quantity | 40 | °C | exact"],
        );
        expect(
            "The farm covers 500 hectares.",
            &["500 hectares | quantity | 500 | ha | exact"],
        );
        expect(
            "Exports were 1.5 mln tonnes.",
            &["1.5 mln tonnes | quantity | 1500000 | t | exact"],
        );
        expect(
            "It weighs 200 pounds.",
            &["200 pounds | quantity | 200 | lb | exact"],
        );
    }

    #[test]
    fn ranges() {
        expect(
            "Between 300 and 400 people came.",
            &["Between 300 and 400 people | range | 300..400 | people | exact"],
        );
        expect(
            "Prices rose to 340-350 cruzados.",
            &["340-350 cruzados | range | 340..350 | BRC | exact"],
        );
        expect(
            "Beans sold at 340 to 350 dlrs.",
            &["340 to 350 dlrs | range | 340..350 | USD | exact"],
        );
        expect(
            "It will cost from 5 to 7 million euros.",
            &["cost from 5 to 7 million euros | range | 5000000..7000000 | EUR | exact"],
        );
        expect(
            "Estimates are $5-7bn.",
            &["$5-7bn | range | 5000000000..7000000000 | USD | exact"],
        );
        expect(
            "Up to 50 flights were cut.",
            &["Up to 50 flights | count | 50 | flights | up-to"],
        );
        expect(
            "Crowds grew from 500 to 2 million.",
            &[
                "500 | count | 500 | | exact",
                "2 million | count | 2000000 | | exact",
            ],
        );
        expect(
            "Rates of 5% to 7% apply.",
            &["5% to 7% | range | 5..7 | % | exact"],
        );
        // Not ranges: a score and a model number.
        expect("They won 3-1 at home.", &[]);
    }

    #[test]
    fn changes() {
        expect(
            "Sales rose 27% last year.",
            &["rose 27% | change | 27 | % | exact"],
        );
        expect("Output fell 5%.", &["fell 5% | change | -5 | % | exact"]);
        expect(
            "Imports fell by a third.",
            &["fell by a third | change | -0.3333 | | exact"],
        );
        expect("Its debt doubled.", &["doubled | change | 2 | x | exact"]);
        expect(
            "The deficit was halved.",
            &["halved | change | 0.5 | x | exact"],
        );
        expect("Prices tripled.", &["tripled | change | 3 | x | exact"]);
        expect(
            "Shares were up 5.2 pct.",
            &["up 5.2 pct | change | 5.2 | % | exact"],
        );
        expect(
            "Volume was down 3%.",
            &["down 3% | change | -3 | % | exact"],
        );
        expect("Inflation rose to 5%.", &["5% | percent | 5 | % | exact"]);
        expect(
            "Rates rose from 2% to 3%.",
            &[
                "2% | percent | 2 | % | exact",
                "3% | percent | 3 | % | exact",
            ],
        );
        expect("A 5% rise followed.", &["5% rise | change | 5 | % | exact"]);
    }

    #[test]
    fn ranks() {
        expect(
            "It is the third-largest bank.",
            &["third-largest | rank | 3 | | exact"],
        );
        expect(
            "The song hit No. 1 in May.",
            &["No. 1 | rank | 1 | | exact"],
        );
        expect(
            "It is the second-biggest market.",
            &["second-biggest | rank | 2 | | exact"],
        );
        expect(
            "It is the 10th largest economy.",
            &["10th largest | rank | 10 | | exact"],
        );
        expect(
            "The city was ranked fifth.",
            &["ranked fifth | rank | 5 | | exact"],
        );
        expect("It is the first time.", &[]);
    }

    #[test]
    fn dates() {
        expect("It happened in 2015.", &["2015 | date | 2015 | | exact"]);
        expect("Talks end on Nov. 13.", &["Nov. 13 | date | 13 | | exact"]);
        expect(
            "It was November 13, 2015.",
            &["November 13, 2015 | date | 2015 | | exact"],
        );
        expect(
            "Votes close on 13 November.",
            &["13 November | date | 13 | | exact"],
        );
        expect(
            "Sales in 1987 were weak.",
            &["1987 | date | 1987 | | exact"],
        );
        expect(
            "The boom of the 1990s ended.",
            &["1990s | date | 1990 | | exact"],
        );
        expect(
            "The 1986/87 crop was poor.",
            &["1986/87 | date | 1986..1987 | | exact"],
        );
        expect(
            "The 2015 election was close.",
            &["2015 | date | 2015 | | exact"],
        );
        expect(
            "It hired 2000 people.",
            &["hired 2000 people | count | 2000 | people | exact"],
        );
    }

    #[test]
    fn vague_amounts() {
        expect(
            "Thousands of migrants waited.",
            &["Thousands of migrants | count | 1000 | migrants | vague"],
        );
        expect("Dozens were hurt.", &["Dozens | count | 12 | | vague"]);
        expect(
            "Hundreds of homes flooded.",
            &["Hundreds of homes | count | 100 | homes | vague"],
        );
        expect(
            "Millions of people voted.",
            &["Millions of people | count | 1000000 | people | vague"],
        );
        expect(
            "Tens of thousands marched.",
            &["Tens of thousands | count | 10000 | | vague"],
        );
        expect(
            "Several hundred troops left.",
            &["Several hundred troops | count | 100 | troops | vague"],
        );
    }

    #[test]
    fn not_claims() {
        for text in [
            "The G20 met in Rome.",
            "The G7 leaders spoke.",
            "A Boeing 747 landed.",
            "COVID-19 spread fast.",
            "Article 5 was invoked.",
            "Section 230 was debated.",
            "An F-16 crashed.",
            "Flight MH17 was lost.",
            "The iPhone 6 sold well.",
            "Windows 10 is free.",
            "Print it on A4 paper.",
            "We meet at 10:30.",
            "We meet at 5 p.m. sharp.",
            "Doors open at 9am.",
            "Call 020 7946 0000 now.",
            "See www.example.com/2015 for details.",
            "Mail jo2015@example.com now.",
            "See p. 55 and page 12.",
            "Read chapter 3.",
            "He lives at 10 Downing Street.",
            "Install version 2.1.3 today.",
            "Standard Oil <SRD> agreed.",
            "Which one do you prefer?",
            "It is one of the best.",
            "The one who left was sad.",
            "He was a hero.",
            "Ties between the two countries grew.",
        ] {
            expect(text, &[]);
        }
        expect("1. Preheat the oven.", &[]);
        expect("Intro\n2) Stir well.", &[]);
    }

    #[test]
    fn newswire_style() {
        expect(
            "Net profit was 5.93\nmln dlrs.",
            &["5.93\nmln dlrs | money | 5930000 | USD | exact"],
        );
        expect(
            "Fees total 2-1/2 pct.",
            &["2-1/2 pct | percent | 2.5 | % | exact"],
        );
        expect(
            "It got a 5.0-mln-dlr credit line.",
            &["5.0-mln-dlr | money | 5000000 | USD | exact"],
        );
        expect(
            "It holds a 51-pct stake.",
            &["51-pct | percent | 51 | % | exact"],
        );
        expect(
            "The 1987/88 crop is late.",
            &["1987/88 | date | 1987..1988 | | exact"],
        );
        expect(
            "It will sell one mln cars.",
            &["sell one mln cars | count | 1000000 | cars | exact"],
        );
        expect(
            "Shr 39 cts vs 41 cts.",
            &[
                "39 cts | money | 0.39 | USD | exact",
                "41 cts | money | 0.41 | USD | exact",
            ],
        );
        // A table's next line is not part of a number or its noun.
        expect(
            "Net 130.22 billion\n    Nine mths 2.3 billion",
            &[
                "130.22 billion | count | 130220000000 | | exact",
                "Nine mths | count | 9 | mths | exact",
                "2.3 billion | count | 2300000000 | | exact",
            ],
        );
        // Country tables survive the name rule; product names do not.
        expect(
            "Sweden 51 (52), Turkey 355 (340).",
            &[
                "51 | count | 51 | | exact",
                "52 | count | 52 | | exact",
                "355 | count | 355 | | exact",
                "340 | count | 340 | | exact",
            ],
        );
        expect("It makes the Logician 386 range.", &[]);
    }

    #[test]
    fn level_verbs_points_and_phrasal_verbs() {
        expect(
            "The Fed raised rates by a quarter of a point.",
            &["raised rates by a quarter of a point | change | 0.25 | pp | exact"],
        );
        expect(
            "It cut its workforce by 10%.",
            &["cut its workforce by 10% | change | -10 | % | exact"],
        );
        expect(
            "They cut 2,000 jobs.",
            &["cut 2,000 jobs | count | 2000 | jobs | exact"],
        );
        expect(
            "The fee was raised from £2.50 to £4.",
            &[
                "£2.50 | money | 2.5 | GBP | exact",
                "£4 | money | 4 | GBP | exact",
            ],
        );
        expect(
            "Prices ranged from £5 to £10.",
            &["from £5 to £10 | range | 5..10 | GBP | exact"],
        );
        expect(
            "A half-point cut came.",
            &["A half-point cut | change | -0.5 | pp | exact"],
        );
        expect(
            "Services make up 22% of output.",
            &["22% | percent | 22 | % | exact"],
        );
        expect(
            "Prices rose above $50 a barrel.",
            &["above $50 a barrel | money | 50 | USD | more-than"],
        );
        expect(
            "Revenue was $45.9bn a year ago.",
            &["$45.9bn | money | 45900000000 | USD | exact"],
        );
    }

    #[test]
    fn models_entities_and_years() {
        expect(
            "It ordered 10 737-800 planes.",
            &["10 | count | 10 | | exact"],
        );
        expect("The 777-200LR flew.", &[]);
        expect("The communiqu&#233; was out.", &[]);
        expect(
            "It hopes 2005 sales will rise.",
            &["2005 | date | 2005 | | exact"],
        );
        expect(
            "The 2004-05 season ended.",
            &["2004-05 | date | 2004..2005 | | exact"],
        );
        expect("They scored in a 3-1 win.", &[]);
        expect(
            "It was launched four years ago.",
            &["four years | count | 4 | years | exact"],
        );
    }

    #[test]
    fn more_money() {
        expect(
            "It cost 3 dollars 50 cents.",
            &["cost 3 dollars 50 cents | money | 3.5 | USD | exact"],
        );
        expect(
            "It cost $20 and 43c.",
            &["cost $20 and 43c | money | 20.43 | USD | exact"],
        );
        expect(
            "It grew to 120 MEUR.",
            &["120 MEUR | money | 120000000 | EUR | exact"],
        );
        expect(
            "It paid 20 usd.",
            &["paid 20 usd | money | 20 | USD | exact"],
        );
        expect(
            "Losses hit C$16.4 million.",
            &["C$16.4 million | money | 16400000 | CAD | exact"],
        );
        expect(
            "It was 10 Swiss francs.",
            &["10 Swiss francs | money | 10 | CHF | exact"],
        );
        expect(
            "It was 10 francs.",
            &["10 francs | money | 10 | francs | exact"],
        );
        expect("A 90m2 flat.", &["90m2 | quantity | 90 | m2 | exact"]);
    }

    #[test]
    fn estimates_streaks_and_compounds() {
        expect(
            "We met three or four times.",
            &["three or four times | range | 3..4 | times | exact"],
        );
        expect(
            "It took two or three weeks.",
            &["two or three weeks | range | 2..3 | weeks | exact"],
        );
        expect(
            "The slump of 2000-1 hurt.",
            &["2000-1 | date | 2000..2001 | | exact"],
        );
        expect(
            "It agreed to quadruple the fee.",
            &["quadruple | change | 4 | x | exact"],
        );
        expect(
            "Output should more than double.",
            &["more than double | change | 2 | x | more-than"],
        );
        expect("They booked a double room.", &[]);
        expect(
            "It marks a sixth straight quarter of growth.",
            &["sixth straight quarter | rank | 6 | | exact"],
        );
        expect(
            "Output rose for the 21st month in a row.",
            &["21st month in a row | rank | 21 | | exact"],
        );
        expect(
            "A three-judge panel ruled.",
            &["three-judge | count | 3 | judge | exact"],
        );
        expect("It is a two-way street.", &[]);
        expect(
            "It enjoyed a 5% annual increase.",
            &["5% annual increase | change | 5 | % | exact"],
        );
        expect("The drug, known as '771, failed.", &[]);
        expect(
            "It hit its highest in four years despite signs.",
            &["four years | count | 4 | years | exact"],
        );
    }

    #[test]
    fn second_figure_of_a_pair_shares_the_change() {
        expect(
            "Its shares lost 80 cents, or 20%, to close at 3.10 Canadian dollars.",
            &[
                "lost 80 cents | change | -0.8 | USD | exact",
                "20% | change | -20 | % | exact",
                "3.10 Canadian dollars | money | 3.1 | CAD | exact",
            ],
        );
        expect(
            "The stock closed down 150p, or 12%, at 900p.",
            &[
                "down 150p | change | -1.5 | GBP | exact",
                "12% | change | -12 | % | exact",
                "900p | money | 9 | GBP | exact",
            ],
        );
        expect(
            "Prices rose 0.4% on the month and 3.2% on the year.",
            &[
                "rose 0.4% | change | 0.4 | % | exact",
                "3.2% | change | 3.2 | % | exact",
            ],
        );
        expect(
            "Rents fell by 2% and 0.7% in the two cities respectively.",
            &[
                "fell by 2% | change | -2 | % | exact",
                "0.7% | change | -0.7 | % | exact",
            ],
        );
        // A date between keeps the pair; a new clause or a share does not make one.
        expect(
            "Sales grew 4% in 2003 and 6% in 2004.",
            &[
                "grew 4% | change | 4 | % | exact",
                "2003 | date | 2003 | | exact",
                "6% | change | 6 | % | exact",
                "2004 | date | 2004 | | exact",
            ],
        );
        expect(
            "Sales rose 5%, and 40% came from abroad.",
            &[
                "rose 5% | change | 5 | % | exact",
                "40% | percent | 40 | % | exact",
            ],
        );
        expect(
            "Exports rose 3% and 20% of firms hired.",
            &[
                "rose 3% | change | 3 | % | exact",
                "20% | percent | 20 | % | exact",
            ],
        );
        expect(
            "Costs rose 3% to $2bn and 5% went on wages.",
            &[
                "rose 3% | change | 3 | % | exact",
                "$2bn | money | 2000000000 | USD | exact",
                "5% | percent | 5 | % | exact",
            ],
        );
    }

    #[test]
    fn losses_of_measures_are_falls() {
        expect(
            "The bank shed $4bn in value.",
            &["shed $4bn | change | -4000000000 | USD | exact"],
        );
        expect(
            "The index lost 45 points.",
            &["lost 45 points | change | -45 | points | exact"],
        );
        // Counts, margins and shares of a whole are not changes.
        expect(
            "The firm lost 3,000 jobs.",
            &["lost 3,000 jobs | count | 3000 | jobs | exact"],
        );
        expect(
            "Investors lost more than 50% of their money.",
            &["lost more than 50% | percent | 50 | % | more-than"],
        );
        expect(
            "The peso lost almost half its value.",
            &["lost almost half | fraction | 0.5 | | approx"],
        );
        expect(
            "The team lost by 12 goals.",
            &["lost by 12 goals | count | 12 | goals | exact"],
        );
    }

    #[test]
    fn change_nouns_and_a_trailing_direction() {
        expect(
            "Retail sales saw a 0.4% slip.",
            &["0.4% slip | change | -0.4 | % | exact"],
        );
        expect(
            "It forecast a 2% decline and a 1% gain.",
            &[
                "2% decline | change | -2 | % | exact",
                "1% gain | change | 1 | % | exact",
            ],
        );
        expect(
            "Orders were 6% up on last spring.",
            &["6% up | change | 6 | % | exact"],
        );
        expect(
            "Volumes ended the year 3% down.",
            &["3% down | change | -3 | % | exact"],
        );
        // A stake, a deposit and a level reached are not changes.
        expect("It bought a 5% stake.", &["5% | percent | 5 | % | exact"]);
        expect(
            "He paid a 10% down payment.",
            &["10% | percent | 10 | % | exact"],
        );
        expect(
            "Profit was 90 mln rupees up from 70 mln.",
            &[
                "90 mln rupees | money | 90000000 | INR | exact",
                "70 mln | count | 70000000 | | exact",
            ],
        );
    }

    #[test]
    fn years_without_a_counted_noun_are_dates() {
        expect(
            "The scheme may run up to 2010 under the deal.",
            &["2010 | date | 2010 | | exact"],
        );
        expect(
            "The storms made 2004 the costliest year yet.",
            &["2004 | date | 2004 | | exact"],
        );
        expect(
            "\"2004 reinforces the view that risks are rising,\" he said.",
            &["2004 | date | 2004 | | exact"],
        );
        expect(
            "Output rose 10 pct over 1985.",
            &[
                "rose 10 pct | change | 10 | % | exact",
                "1985 | date | 1985 | | exact",
            ],
        );
        expect(
            "The launch slipped until at least 2008.",
            &["2008 | date | 2008 | | exact"],
        );
        // Quantities: a counted noun, or a qualifier on a round hundred.
        expect(
            "More than 2000 signed.",
            &["More than 2000 | count | 2000 | | more-than"],
        );
        expect(
            "Nearly 1900 were hurt.",
            &["Nearly 1900 | count | 1900 | | approx"],
        );
        expect(
            "2000 jobs go at the plant",
            &["2000 jobs | count | 2000 | jobs | exact"],
        );
    }

    #[test]
    fn up_to_after_a_movement_is_the_level() {
        expect(
            "The storms pushed claims up to $30bn.",
            &["$30bn | money | 30000000000 | USD | exact"],
        );
        expect(
            "Prices went up to 40p.",
            &["40p | money | 0.4 | GBP | exact"],
        );
        expect(
            "The deal took the total up to 130.",
            &["130 | count | 130 | | exact"],
        );
        // Ceilings: a verb that needs an object, a modal, no movement at all.
        expect(
            "It takes up to three years.",
            &["up to three years | count | 3 | years | up-to"],
        );
        expect(
            "Costs could rise up to 9%.",
            &["rise up to 9% | change | 9 | % | up-to"],
        );
        expect(
            "It will cost up to $5bn.",
            &["cost up to $5bn | money | 5000000000 | USD | up-to"],
        );
    }

    #[test]
    fn periods_decades_and_quarter_stakes() {
        expect(
            "Profit for the three months to 31 March rose.",
            &[
                "three months | count | 3 | months | exact",
                "31 March | date | 31 | | exact",
            ],
        );
        expect(
            "In the two years since, prices fell.",
            &["two years | count | 2 | years | exact"],
        );
        expect("The two sides met again.", &[]);
        expect(
            "Prices last hit this level in the seventies.",
            &["seventies | date | 1970 | | exact"],
        );
        expect(
            "The tower dates from the mid-sixties.",
            &["mid-sixties | date | 1960 | | exact"],
        );
        expect("She is in her eighties.", &[]);
        expect(
            "The exchange owns a quarter stake in the bourse.",
            &["a quarter stake | fraction | 0.25 | stake | exact"],
        );
        expect("It took a quarter century.", &[]);
    }

    #[test]
    fn multiples_estimates_and_collective_nouns() {
        expect(
            "Bosses earn 150 times the average wage.",
            &["earn 150 times | ratio | 150 | x | exact"],
        );
        expect(
            "It has three times as many staff.",
            &["three times | ratio | 3 | x | exact"],
        );
        expect(
            "He won five times.",
            &["won five times | count | 5 | times | exact"],
        );
        expect(
            "It carries an estimated debt of 4.2 billion euros.",
            &["4.2 billion euros | money | 4200000000 | EUR | approx"],
        );
        expect(
            "Damage was estimated at $2bn.",
            &["estimated at $2bn | money | 2000000000 | USD | approx"],
        );
        expect(
            "The airline has a workforce of 40,000.",
            &["40,000 | count | 40000 | workforce | exact"],
        );
        expect(
            "The town has a population of about 8,000.",
            &["about 8,000 | count | 8000 | population | approx"],
        );
    }

    #[test]
    fn formulas_and_bracketed_lists_are_not_decimals() {
        expect(
            "+SUM(1,2) is what 12 voters wrote.",
            &["12 voters | count | 12 | voters | exact"],
        );
        expect(
            "Points (3,4) lie on it.",
            &["3 | count | 3 | | exact", "4 | count | 4 | | exact"],
        );
        expect("-2+3 was the sum.", &[]);
        // A lone "1,3" in running text is a decimal comma.
        expect("The number is 1,3.", &["1,3 | count | 1.3 | | exact"]);
    }

    #[test]
    fn a_capital_e_is_a_model_name_not_an_exponent() {
        // BBC audit, business 320-339: nine rows of 70,000,000 "planes" from the 7E7.
        expect("The airline will buy the 7E7 jet from Boeing.", &[]);
        expect(
            "The lab logged 2e6 events.",
            &["2e6 events | count | 2000000 | events | exact"],
        );
    }

    #[test]
    fn arbitrary_text_never_panics() {
        // A fixed pseudo-random mix of fragments that stress the tokenizer: multi-byte
        // characters, lone signs, separators, huge and empty numerals.
        const BITS: &[&str] = &[
            "£",
            "€",
            "5",
            "3.",
            ".",
            ",",
            "000",
            "-",
            "–",
            "—",
            "/",
            "%",
            " ",
            "\n",
            "\r\n",
            "\u{a0}",
            "m",
            "bn",
            "mln",
            "dlrs",
            "a",
            "third",
            "half",
            "of",
            "between",
            "and",
            "to",
            "Nov",
            "1987",
            "’",
            "“",
            "é",
            "₹",
            "½",
            "#",
            "&",
            "<",
            ">",
            "@",
            ":",
            "99999999999999999999999999",
            "e",
            "E",
            "^",
            "x",
            "The",
            "U.S.",
            "p.m.",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(state % 23) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(BITS[(state % BITS.len() as u64) as usize]);
            }
            let mut out = Vec::new();
            find_mentions(&text, 0, text.len(), &mut out);
            for m in &out {
                assert!(m.start < m.end && m.end <= text.len(), "{text:?}");
                assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            }
        }
    }

    /// The quick rejection ([`may_hold_figure`]) must never hide a figure: on a
    /// pseudo-random mix of the words it passes over (and of some it stops at), whatever it
    /// rejects gives no figure when parsed in full.
    #[test]
    fn quick_rejection_never_hides_a_figure() {
        const GLUE: &[&str] = &[
            " ", " ", " ", " ", " ", "\n", ". ", ", ", "-", " (", ") ", "'", "\"", "/", "%", "&",
            ": ", "",
        ];
        const BITS: &[&str] = &[
            "a", "an", "A", "and", "of", "point", "minus", "negative", "mln", "bn", "billions",
            "No", "no", "number", "top", "US", "C", "HK", "mid", "per", "cent", "percent", "pct",
            "dlrs", "dollars", "pounds", "rose", "fell", "by", "more", "than", "up", "to", "about",
            "nearly", "over", "between", "times", "x", "m", "k", "Article", "page", "p", "Downing",
            "Street", "the", "The", "people", "once", "ones", "tenth", "may", "May", "Nov", "one",
            "dozen", "hundreds", "several", "doubled", "eighties", "half", "USD", "Rs", "MEUR",
            "fold", "www",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let (mut rejected, mut passed) = (0, 0);
        for _ in 0..20_000 {
            let mut text = String::new();
            state = state.wrapping_mul(0x2545_f491_4f6c_dd1d).wrapping_add(1);
            for _ in 0..(state >> 60) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(BITS[(state % BITS.len() as u64) as usize]);
                text.push_str(GLUE[((state >> 32) % GLUE.len() as u64) as usize]);
            }
            let mut out = Vec::new();
            parse_sentence(&text, 0, text.len(), &mut out);
            if may_hold_figure(text.as_bytes(), 0, text.len(), &TABLES) {
                passed += 1;
            } else {
                rejected += 1;
                assert!(out.is_empty(), "{text:?} was rejected but holds {out:?}");
            }
        }
        // Both sides were exercised.
        assert!(
            rejected > 1000 && passed > 1000,
            "{rejected} rejected, {passed} passed"
        );
    }

    /// Every token the parser passes over ([`passes_over`]) is one where a full
    /// step would have found nothing either.
    #[test]
    fn passing_over_a_token_loses_nothing() {
        const BITS: &[&str] = &[
            "a",
            "A",
            "and",
            "of",
            "OF",
            "mln",
            "bn",
            "BN",
            "May",
            "may",
            "Nov",
            "several",
            "few",
            "point",
            "minus",
            "No",
            "no",
            "number",
            "top",
            "mid",
            "US",
            "C",
            "USD",
            "EUR",
            "Rs",
            "RM",
            "MEUR",
            "page",
            "Article",
            "Boeing",
            "one",
            "dozen",
            "first",
            "thousands",
            "doubled",
            "eighties",
            "half",
            "the",
            "rose",
            "by",
            "5",
            "13",
            "1987",
            "3.5",
            " ",
            " ",
            " ",
            "\n",
            ".",
            ",",
            "-",
            "‐",
            "–",
            "—",
            "$",
            "#",
            "(",
            "/",
            "%",
            "£",
            "½",
            "'",
            "x",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut passed = 0;
        for _ in 0..20_000 {
            let mut text = String::new();
            state = state.wrapping_mul(0x9e37_79b9_7f4a_7c15).wrapping_add(7);
            for _ in 0..(state >> 60) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(BITS[(state % BITS.len() as u64) as usize]);
                if state & 0x300 != 0 {
                    text.push(' ');
                }
            }
            let mut toks = Vec::new();
            let shouting = tokenize(&text, 0, text.len(), &mut toks);
            let mut out = Vec::new();
            let mut p = Parser::new(&text, toks, shouting, &mut out);
            for i in 0..p.t.len() {
                if p.passes_over(i) {
                    passed += 1;
                    let step = p.step(i);
                    assert!(
                        matches!(step, Step::No) || matches!(step, Step::Skip(k) if k <= i + 1),
                        "{text:?}: token {i} passed over"
                    );
                }
            }
        }
        assert!(passed > 10_000, "{passed}");
    }

    /// The short way through [`scan_numeral`] reads every numeral it takes exactly as the
    /// full reading does.
    #[test]
    fn numerals_read_the_short_way_read_as_in_full() {
        const HEADS: &[&str] = &[
            "",
            "0",
            "1",
            "12",
            "123",
            "1234",
            "0123",
            "999999999999999",
            "12345678901234",
        ];
        const TAILS: &[&str] = &[
            "",
            " ",
            " mln",
            "  5",
            " 5",
            " 123 456",
            " 123",
            ",",
            ",5",
            ",000",
            ",000,000",
            ".",
            ".5",
            "e",
            "e5",
            "E-3",
            "%",
            "-",
            "\u{a0}000",
            "\u{a0}",
            "’",
            "m",
            "th",
            ")",
            "1",
            "0000000000000000",
            ".25 dlrs",
            ".1",
            ".10",
            ".333",
            ".5.",
            ".5,",
            ".5e3",
            ".5E",
            ".5 6",
            ".5 123 456",
            ".1234567890123",
            ".12345678901234",
            ".x",
            ".",
            ".999999999999999",
            ".30000000000000004",
            ".1e",
            ".07%",
            ",000.5",
            ",000,000.25",
            ",000,00",
            ",00",
            ",0000",
            ",000 123",
            ",000\u{a0}123",
            ",000e3",
            ",000.",
            ",000,",
            ",000.1234567890123",
            ",000,000,000,000",
            ",000,000,000,000,000",
            ", 5",
            ",x",
            ". 5",
            ".5\u{a0}1",
            "\u{202f}123",
            "\u{2009}123 mln",
            "1,000",
            "e",
            " 12 345 678",
        ];
        for h in HEADS {
            for t in TAILS {
                for lead in ["", "(", ","] {
                    let text = format!("{lead}{h}{t}");
                    let i = lead.len();
                    if !text[i..].starts_with(|c: char| c.is_ascii_digit()) {
                        continue;
                    }
                    let short = scan_numeral(&text, i, 3, true, false);
                    let full = scan_numeral_in_full(&text, i, 3, true, false);
                    assert_eq!(format!("{short:?}"), format!("{full:?}"), "{text:?}");
                }
            }
        }
    }

    /// ASCII punctuation cut in the tokenizer's loop makes the token [`other_token`] makes.
    #[test]
    fn ascii_punctuation_tokens_are_those_of_the_general_way() {
        for c in 0u8..0x80 {
            if c.is_ascii_alphanumeric() || CLASS[usize::from(c)] == SPACE || c == b'.' {
                continue;
            }
            let text = format!("x{}y", char::from(c));
            let mut toks = Vec::new();
            tokenize(&text, 0, text.len(), &mut toks);
            let general = other_token(&text, 1, 0, false, false).and_then(|(_, t)| t);
            match general {
                None => assert_eq!(toks.len(), 2, "{c:#x}"),
                Some(t) => {
                    // Only the marks of URLs and tickers ("@", "<") come later.
                    let got = Tok {
                        skip: false,
                        ..toks[1]
                    };
                    assert_eq!(format!("{got:?}"), format!("{t:?}"), "{c:#x}");
                }
            }
        }
    }

    /// The automaton of the quick rejection says what reading word by word says: a figure
    /// byte, or a run of ASCII letters whose word can start a figure alone.
    #[test]
    fn quick_rejection_automaton_reads_words_as_the_lexicon_does() {
        fn word_by_word(b: &[u8]) -> bool {
            let tab = &*TABLES;
            let mut i = 0;
            while i < b.len() {
                if b[i].is_ascii_alphabetic() {
                    let mut j = i;
                    while j < b.len() && b[j].is_ascii_alphabetic() {
                        j += 1;
                    }
                    let word = std::str::from_utf8(&b[i..j]).expect("ASCII");
                    if tab
                        .lexicon
                        .get(&pack(word))
                        .is_some_and(|&id| tab.anchors[usize::from(id)].starts_figure_alone())
                    {
                        return true;
                    }
                    i = j;
                } else if FIGURE_BYTE[usize::from(b[i])] {
                    return true;
                } else {
                    i += 1;
                }
            }
            false
        }
        const WORDS: &[&str] = &[
            "a",
            "of",
            "the",
            "seven",
            "Seventeen",
            "SEVEN",
            "sevens",
            "seventh",
            "sevent",
            "eleven",
            "elevenfold",
            "thousands",
            "thousandsx",
            "hundredfold",
            "x",
            "ab",
            "to",
            "one",
            "oneone",
            "on",
            "zero",
            "quarters",
            "doubled",
            "double",
            "doubl",
            "eighties",
            "internationalisation",
            "dz",
            "d",
            "mln",
            "bn",
            "billions",
            "millionths",
            "May",
            "several",
            "the",
            "tenfold",
            "tens",
            "ten",
            "te",
            "dozens",
        ];
        const GLUE: &[&str] = &[" ", "  ", ",", "-", "\n", ". ", "", "'", "_", "5", "é", "$"];
        let mut state: u64 = 0x1234_5678_9abc_def1;
        let mut next = |m: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % m as u64) as usize
        };
        let (mut yes, mut no) = (0, 0);
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..next(8) {
                text.push_str(WORDS[next(WORDS.len())]);
                let g = next(GLUE.len() * 3);
                if g < GLUE.len() {
                    text.push_str(GLUE[g]);
                } else {
                    text.push(' ');
                }
            }
            let want = word_by_word(text.as_bytes());
            assert_eq!(
                may_hold_figure(text.as_bytes(), 0, text.len(), &TABLES),
                want,
                "{text:?}"
            );
            if want {
                yes += 1;
            } else {
                no += 1;
            }
        }
        assert!(yes > 1000 && no > 1000, "{yes} yes, {no} no");
    }

    #[test]
    fn quick_rejection_stops_at_anything_a_figure_starts_from() {
        let may = |t: &str| may_hold_figure(t.as_bytes(), 0, t.len(), &TABLES);
        for t in [
            "It cost 5 dollars.",
            "Prices rose sharply, by a third.",
            "It costs $ a lot.",
            "Item #one.",
            "Ten people came.",
            "Thousands came.",
            "A few hundred came.",
            "Profits doubled.",
            "Back in the eighties.",
            "It cost £ nothing.",
            "Half of them.",
            "A café.",
            "The FIRST time.",
        ] {
            assert!(may(t), "{t:?}");
        }
        for t in [
            "",
            "The minister said the plan would work.",
            "A point of order, and of a kind: minus the fuss.",
            "Reserves fell sharply in mln terms, he said.",
            "No comment from the US or the top of the company.",
            "Someone, anyone, nobody else.",
            "It happened in March, as several people may say.",
        ] {
            assert!(!may(t), "{t:?}");
        }
        // The range is honoured: the figure outside it is not seen.
        let t = "5 people. None here.";
        assert!(!may_hold_figure(t.as_bytes(), 10, t.len(), &TABLES));
        assert!(may_hold_figure(t.as_bytes(), 0, 9, &TABLES));
    }

    #[test]
    fn odd_and_plus_glued_to_a_number_are_qualifiers() {
        // "-odd" is "about": the number stays, and so does what it counts.
        expect(
            "The chain sold its 60-odd hotels in Spain.",
            &["60-odd hotels | count | 60 | hotels | approx"],
        );
        expect(
            "It took some 20-odd months to build.",
            &["some 20-odd months | count | 20 | months | approx"],
        );
        expect(
            "Only fifty-odd members turned up.",
            &["fifty-odd members | count | 50 | members | approx"],
        );
        expect(
            "The board paid £300-odd for the chairs.",
            &["paid £300-odd | money | 300 | GBP | approx"],
        );
        expect(
            "She ended a 30-odd-year career in banking.",
            &["30-odd-year | count | 30 | years | approx"],
        );
        // "-plus" and a glued "+" are a lower bound, the number included ("at least").
        expect(
            "The site has 70-plus shops.",
            &["70-plus shops | count | 70 | shops | at-least"],
        );
        expect(
            "Her 2,000+ clients were told.",
            &["2,000+ clients | count | 2000 | clients | at-least"],
        );
        // "-strong" sizes a group: the number is exact.
        expect(
            "A 3,000-strong march reached the bank.",
            &["3,000-strong | count | 3000 | | exact"],
        );
        // Arithmetic is still no figure.
        expect("Add 3+4 to get 7.", &["7 | count | 7 | | exact"]);
    }

    #[test]
    fn double_digit_is_a_bound_of_the_right_size_or_nothing() {
        // Before an order of magnitude: tens of it, as "tens of billions" reads. Never the
        // bare "billions" (ten times low).
        expect(
            "Banks face double-digit billions in fines.",
            &["double-digit billions | count | 10000000000 | | vague"],
        );
        expect(
            "The club lost triple-digit millions of pounds.",
            &["lost triple-digit millions of pounds | money | 100000000 | GBP | vague"],
        );
        // Before a noun of change or rate: a percentage of at least 10 (100).
        expect(
            "Retailers reported double digit sales growth.",
            &["reported double digit sales growth | change | 10 | % | at-least"],
        );
        expect(
            "Exports suffered a double-digit decline.",
            &["double-digit decline | change | -10 | % | at-least"],
        );
        expect(
            "Fees face a double-digit percentage cut.",
            &["double-digit percentage cut | change | -10 | % | at-least"],
        );
        expect(
            "Some states endured triple-digit inflation.",
            &["triple-digit inflation | percent | 100 | % | at-least"],
        );
        // Elsewhere the unit is unknown: no row, and "double" is not read as a doubling.
        expect("The party built a double-digit lead.", &[]);
        expect("Losses returned to double-digit levels.", &[]);
        expect("The plan means double-digit job cuts.", &[]);
        // At the very end of the text (no token after it), nothing to read and no panic.
        // A predicate adjective ends its phrase: the subject says it is a rate of change.
        expect(
            "Growth was double-digit",
            &["double-digit | change | 10 | % | at-least"],
        );
        expect("Loyalty was double digit", &[]);
        expect("It was a magnitude", &[]);
        expect("He scored 80-", &["80 | count | 80 | | exact"]);
        expect("He scored 80+", &["80+ | count | 80 | | at-least"]);
        // The verb still doubles.
        expect(
            "Fares are set to double.",
            &["double | change | 2 | x | exact"],
        );
    }

    #[test]
    fn single_digit_is_below_ten() {
        // The mirror of "double-digit": the useful bound is the upper one.
        expect(
            "Pay saw single-digit growth in 2004.",
            &[
                "single-digit growth | change | 10 | % | less-than",
                "2004 | date | 2004 | | exact",
            ],
        );
        expect(
            "The port town kept single digit inflation.",
            &["single digit inflation | percent | 10 | % | less-than"],
        );
        expect(
            "Rents went up by a single-digit percentage.",
            &["up by a single-digit percentage | change | 10 | % | less-than"],
        );
        expect(
            "Tariffs face a single-digit percentage cut.",
            &["single-digit percentage cut | change | -10 | % | less-than"],
        );
        // Before an order of magnitude: that order itself.
        expect(
            "Their bill runs to single-digit millions.",
            &["single-digit millions | count | 1000000 | | vague"],
        );
        // "low", "mid", "high": the band of digits, as markets read it.
        expect("Bookings rose at a high single-digit pace.", &[]);
        expect(
            "Brokers forecast low single-digit growth.",
            &["low single-digit growth | change | 1..3 | % | approx"],
        );
        expect(
            "Prices should fall by a mid-single-digit percentage.",
            &["fall by a mid-single-digit percentage | change | -4..-6 | % | approx"],
        );
        expect(
            "Output will grow in the high single digits.",
            &["high single digits | change | 7..9 | % | approx"],
        );
        // The unit is unknown: no row.
        expect("He won by a single-digit margin.", &[]);
        expect("Only single-digit crowds came.", &[]);
    }

    #[test]
    fn digits_as_a_noun_need_a_rate_or_a_change() {
        expect(
            "Inflation hit double digits in May.",
            &["double digits | percent | 10 | % | at-least"],
        );
        expect(
            "Wage growth stayed in double digits.",
            &["double digits | change | 10 | % | at-least"],
        );
        expect(
            "Exports grew by double digits.",
            &["grew by double digits | change | 10 | % | at-least"],
        );
        expect(
            "Home sales dropped by double digits.",
            &["dropped by double digits | change | -10 | % | at-least"],
        );
        expect(
            "Unemployment has dropped to a single digit again.",
            &["single digit | percent | 10 | % | less-than"],
        );
        expect(
            "Interest rates fell into single digits.",
            &["single digits | percent | 10 | % | less-than"],
        );
        expect(
            "Inflation is nearly in double digits.",
            &["double digits | percent | 10 | % | at-least"],
        );
        // "to double digits" is no doubling.
        expect(
            "Inflation rose to double digits.",
            &["double digits | percent | 10 | % | at-least"],
        );
        // No rate in the clause: points, degrees, votes; no row, and no doubling either.
        expect("The side won by double digits.", &[]);
        expect("Nights fell to single digits.", &[]);
        expect("Crowds were in the single digits.", &[]);
        expect("The firm grew its lead to double digits.", &[]);
        expect("Inflation eased, but the team won by double digits.", &[]);
        // A verb of change that is also a noun is no subject: "cut" here is the verb.
        expect(
            "Rates were cut to single digits.",
            &["single digits | percent | 10 | % | less-than"],
        );
    }

    #[test]
    fn odd_with_a_space_after_a_round_number_is_about() {
        expect(
            "Some 80 odd resorts shut.",
            &["Some 80 odd resorts | count | 80 | resorts | approx"],
        );
        expect(
            "The town has 60 odd bars.",
            &["60 odd bars | count | 60 | bars | approx"],
        );
        expect(
            "She spent thirty odd years at sea.",
            &["spent thirty odd years | count | 30 | years | approx"],
        );
        expect(
            "They hired 1,200 odd temporary staff.",
            &["hired 1,200 odd temporary staff | count | 1200 | staff | approx"],
        );
        // "odd" in its own senses: strange, unmatched, not even.
        expect(
            "Two odd things happened.",
            &["Two odd things | count | 2 | things | exact"],
        );
        expect(
            "She picked 10 odd numbers.",
            &["10 odd numbers | count | 10 | numbers | exact"],
        );
        expect(
            "He took 20 odd jobs that summer.",
            &["20 odd jobs | count | 20 | jobs | exact"],
        );
        expect(
            "They sold 80 odd-numbered plots.",
            &["sold 80 odd-numbered plots | count | 80 | plots | exact"],
        );
        expect(
            "There are 20 odd and 20 even seats.",
            &["20 | count | 20 | | exact", "20 | count | 20 | | exact"],
        );
        expect(
            "The odd 80 people came.",
            &["80 people | count | 80 | people | exact"],
        );
        expect("It was an odd number.", &[]);
        // A capital "Odd" is a name: an address here, no row.
        expect("They met at 50 Odd Lane.", &[]);
    }

    #[test]
    fn magnitude_ranges_keep_both_ends() {
        expect(
            "A magnitude 6 to 6.5 quake is likely.",
            &["magnitude 6 to 6.5 | range | 6..6.5 | magnitude | exact"],
        );
        expect(
            "It was a magnitude 7.1-7.3 event.",
            &["magnitude 7.1-7.3 | range | 7.1..7.3 | magnitude | exact"],
        );
        expect(
            "Tremors of between magnitude 4 and 4.5 followed.",
            &["between magnitude 4 and 4.5 | range | 4..4.5 | magnitude | exact"],
        );
        expect(
            "It read between 5 and 6 on the Richter scale.",
            &["between 5 and 6 on the Richter scale | range | 5..6 | magnitude | exact"],
        );
        // A revision is not a range; nor is a distance after the magnitude.
        expect(
            "It was revised from magnitude 6.8 to 7.",
            &[
                "magnitude 6.8 | quantity | 6.8 | magnitude | exact",
                "7 | count | 7 | | exact",
            ],
        );
        expect(
            "A magnitude 5 to 12 km deep was seen.",
            &[
                "magnitude 5 | quantity | 5 | magnitude | exact",
                "12 km | quantity | 12 | km | exact",
            ],
        );
        expect(
            "A magnitude 7 to 5 downgrade.",
            &[
                "magnitude 7 | quantity | 7 | magnitude | exact",
                "5 | count | 5 | | exact",
            ],
        );
    }

    #[test]
    fn earthquake_magnitude_is_a_quantity() {
        expect(
            "A 6.9 magnitude quake hit the coast.",
            &["6.9 magnitude | quantity | 6.9 | magnitude | exact"],
        );
        expect(
            "A 5.5-magnitude aftershock followed.",
            &["5.5-magnitude | quantity | 5.5 | magnitude | exact"],
        );
        expect(
            "A magnitude 8.1 earthquake struck at dawn.",
            &["magnitude 8.1 | quantity | 8.1 | magnitude | exact"],
        );
        expect(
            "The magnitude-4.2 tremor was felt inland.",
            &["magnitude-4.2 | quantity | 4.2 | magnitude | exact"],
        );
        expect(
            "It measured 6.0 on the Richter scale.",
            &["6.0 on the Richter scale | quantity | 6 | magnitude | exact"],
        );
        // Not a magnitude: an order of one, a year after the word.
        expect("It grew by an order of magnitude.", &[]);
    }

    #[test]
    fn a_rate_after_a_counted_noun_stays_in_the_claim() {
        expect(
            "The port handles 240 ships per week.",
            &["240 ships per week | count | 240 | ships | exact"],
        );
        expect(
            "There are 4 buses an hour to town.",
            &["4 buses an hour | count | 4 | buses | exact"],
        );
        // A time, not a rate.
        expect(
            "They hired 12 staff a year ago.",
            &["hired 12 staff | count | 12 | staff | exact"],
        );
        expect(
            "Each B share carries 5 votes per share.",
            &["5 votes per share | count | 5 | votes | exact"],
        );
        expect(
            "NOTE: six mths per share data exclude items.",
            &["six mths | count | 6 | mths | exact"],
        );
        expect(
            "It laid off 900 workers a day after the merger.",
            &["900 workers | count | 900 | workers | exact"],
        );
    }

    #[test]
    fn glued_qualifier_offsets_are_bytes() {
        // A "£" before (two bytes) and an en dash inside (three bytes).
        let text = "£5 paid; about 40\u{2013}odd firms and 9.0-magnitude shocks.";
        let mut out = Vec::new();
        find_mentions(text, 0, text.len(), &mut out);
        let spans: Vec<(usize, usize, &str)> = out
            .iter()
            .map(|m| (m.start, m.end, &text[m.start..m.end]))
            .collect();
        assert_eq!(
            spans,
            [
                (0, 3, "£5"),
                (10, 30, "about 40\u{2013}odd firms"),
                (35, 48, "9.0-magnitude"),
            ]
        );
        assert_eq!(out[1].qualifier, Qualifier::Approx);
        assert_eq!(out[1].unit, "firms");
        assert_eq!(out[2].kind, Kind::Quantity);
    }

    #[test]
    fn offsets_survive_unicode_and_wrapping() {
        let text = "“Nearly 40%” – said the boss – of £5m\u{a0}was lost; 5.93\nmln bags left.";
        let got = rows(text);
        assert_eq!(
            got,
            [
                "Nearly 40% | percent | 40 | % | approx",
                "£5m | money | 5000000 | GBP | exact",
                "5.93\nmln bags | count | 5930000 | bags | exact",
            ]
        );
        // A sentence in the middle of a text, CRLF and all.
        let text = "Intro.\r\nIt rose 3% to €1.2bn.\r\n";
        let s = text.find("It").unwrap();
        let e = text.rfind('.').unwrap() + 1;
        let mut out = Vec::new();
        find_mentions(text, s, e, &mut out);
        let claims: Vec<&str> = out.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(claims, ["rose 3%", "€1.2bn"]);
        // Bad offsets give nothing, not a panic.
        let mut out = Vec::new();
        find_mentions("£5m", 1, 3, &mut out);
        find_mentions("£5m", 0, 99, &mut out);
        assert!(out.is_empty());
    }
}
