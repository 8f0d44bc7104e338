//! Numerals and number words to values.
//!
//! Two halves: [`parse_numeral`] reads one numeral as written with digits ("1,234.5",
//! ".25", "1.3e6"), and [`read_number`] reads a run of number words and numerals that the
//! tokenizer in [`crate::mention`] has already classified into [`Item`]s ("one hundred and
//! thirty", "2.5 million", "two-thirds", "half a dozen", "five and a half million").
//!
//! The word tables below are the only place where number words live; the mention finder
//! looks every word up in a map built from them once.

/// What a number word means on its own.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumWord {
    /// zero to nine: the value.
    Unit(u32),
    /// ten to nineteen.
    Teen(u32),
    /// twenty, thirty, ... ninety.
    Tens(u32),
    /// "hundred".
    Hundred,
    /// thousand, million, billion, trillion, lakh, crore and the newsroom abbreviations (mln,
    /// bn, ...): the factor.
    Scale(f64),
    /// "dozen" (12).
    Dozen,
    /// "first", "second": an ordinal that is never a denominator ("a second" is time).
    Ordinal(u32),
    /// "third", "fifth", ... "tenth", "hundredth": an ordinal or, after a numeral or "a", the
    /// denominator of a fraction ("a third", "one fifth").
    OrdDenom(u64),
    /// "half", "halves", "quarter(s)", "thirds", "fifths": only ever a denominator; the flag
    /// says whether the word is plural ("two thirds" needs one).
    Denom(u64, bool),
}

/// Cardinal words: (word, meaning). Rules as data: each row is proved by
/// `tests::every_word_reads_as_its_value`.
pub static CARDINALS: &[(&str, NumWord)] = &[
    ("zero", NumWord::Unit(0)),
    ("nought", NumWord::Unit(0)),
    ("naught", NumWord::Unit(0)),
    ("one", NumWord::Unit(1)),
    ("two", NumWord::Unit(2)),
    ("three", NumWord::Unit(3)),
    ("four", NumWord::Unit(4)),
    ("five", NumWord::Unit(5)),
    ("six", NumWord::Unit(6)),
    ("seven", NumWord::Unit(7)),
    ("eight", NumWord::Unit(8)),
    ("nine", NumWord::Unit(9)),
    ("ten", NumWord::Teen(10)),
    ("eleven", NumWord::Teen(11)),
    ("twelve", NumWord::Teen(12)),
    ("thirteen", NumWord::Teen(13)),
    ("fourteen", NumWord::Teen(14)),
    ("fifteen", NumWord::Teen(15)),
    ("sixteen", NumWord::Teen(16)),
    ("seventeen", NumWord::Teen(17)),
    ("eighteen", NumWord::Teen(18)),
    ("nineteen", NumWord::Teen(19)),
    ("twenty", NumWord::Tens(20)),
    ("thirty", NumWord::Tens(30)),
    ("forty", NumWord::Tens(40)),
    ("fourty", NumWord::Tens(40)),
    ("fifty", NumWord::Tens(50)),
    ("sixty", NumWord::Tens(60)),
    ("seventy", NumWord::Tens(70)),
    ("eighty", NumWord::Tens(80)),
    ("ninety", NumWord::Tens(90)),
    ("hundred", NumWord::Hundred),
    ("dozen", NumWord::Dozen),
    ("doz", NumWord::Dozen),
    ("dozs", NumWord::Dozen),
    ("dz", NumWord::Dozen),
    ("dzs", NumWord::Dozen),
    ("thousand", NumWord::Scale(1e3)),
    ("million", NumWord::Scale(1e6)),
    ("billion", NumWord::Scale(1e9)),
    ("trillion", NumWord::Scale(1e12)),
    // South Asian scales, common in Indian business news.
    ("lakh", NumWord::Scale(1e5)),
    ("lakhs", NumWord::Scale(1e5)),
    ("crore", NumWord::Scale(1e7)),
    ("crores", NumWord::Scale(1e7)),
];

/// Scale abbreviations newsrooms write after a numeral: Reuters' "mln"/"bln", the BBC's
/// "bn", "mn", "tn". They scale only a numeral ("5.5 mln"), never a word ("five mln" is not
/// news style), and the mention finder decides the one-letter suffixes (k, m, b) by context.
pub static SCALE_ABBREVIATIONS: &[(&str, f64)] = &[
    ("mln", 1e6),
    ("mn", 1e6),
    ("mio", 1e6),
    ("mil", 1e6),
    ("mill", 1e6),
    ("bn", 1e9),
    ("bln", 1e9),
    ("billions", 1e9),
    ("tn", 1e12),
    ("trn", 1e12),
    ("tln", 1e12),
];

/// Ordinal words. "first" and "second" are never denominators; the others are both.
pub static ORDINALS: &[(&str, NumWord)] = &[
    ("first", NumWord::Ordinal(1)),
    ("second", NumWord::Ordinal(2)),
    ("third", NumWord::OrdDenom(3)),
    ("fourth", NumWord::OrdDenom(4)),
    ("fifth", NumWord::OrdDenom(5)),
    ("sixth", NumWord::OrdDenom(6)),
    ("seventh", NumWord::OrdDenom(7)),
    ("eighth", NumWord::OrdDenom(8)),
    ("ninth", NumWord::OrdDenom(9)),
    ("tenth", NumWord::OrdDenom(10)),
    ("eleventh", NumWord::OrdDenom(11)),
    ("twelfth", NumWord::OrdDenom(12)),
    ("thirteenth", NumWord::OrdDenom(13)),
    ("fourteenth", NumWord::OrdDenom(14)),
    ("fifteenth", NumWord::OrdDenom(15)),
    ("sixteenth", NumWord::OrdDenom(16)),
    ("seventeenth", NumWord::OrdDenom(17)),
    ("eighteenth", NumWord::OrdDenom(18)),
    ("nineteenth", NumWord::OrdDenom(19)),
    ("twentieth", NumWord::OrdDenom(20)),
    ("thirtieth", NumWord::OrdDenom(30)),
    ("fortieth", NumWord::OrdDenom(40)),
    ("fiftieth", NumWord::OrdDenom(50)),
    ("hundredth", NumWord::OrdDenom(100)),
    ("thousandth", NumWord::OrdDenom(1000)),
    ("millionth", NumWord::OrdDenom(1_000_000)),
    ("billionth", NumWord::OrdDenom(1_000_000_000)),
    ("trillionth", NumWord::OrdDenom(1_000_000_000_000)),
];

/// Words that are only denominators: "half", and the plurals ("two thirds").
pub static DENOMINATORS: &[(&str, NumWord)] = &[
    ("half", NumWord::Denom(2, false)),
    ("halves", NumWord::Denom(2, true)),
    ("quarter", NumWord::Denom(4, false)),
    ("quarters", NumWord::Denom(4, true)),
    ("thirds", NumWord::Denom(3, true)),
    ("fourths", NumWord::Denom(4, true)),
    ("fifths", NumWord::Denom(5, true)),
    ("sixths", NumWord::Denom(6, true)),
    ("sevenths", NumWord::Denom(7, true)),
    ("eighths", NumWord::Denom(8, true)),
    ("ninths", NumWord::Denom(9, true)),
    ("tenths", NumWord::Denom(10, true)),
    ("twelfths", NumWord::Denom(12, true)),
    ("twentieths", NumWord::Denom(20, true)),
    ("hundredths", NumWord::Denom(100, true)),
    ("thousandths", NumWord::Denom(1000, true)),
    ("millionths", NumWord::Denom(1_000_000, true)),
    ("billionths", NumWord::Denom(1_000_000_000, true)),
    ("trillionths", NumWord::Denom(1_000_000_000_000, true)),
];

/// One token as the number reader sees it. The mention finder classifies each token once;
/// [`read_number`] only walks the sequence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Item {
    /// A numeral written with digits, already parsed.
    Digits(f64),
    /// A number word.
    Word(NumWord),
    /// A scale suffix or abbreviation after a numeral ("m" in "£350m", "mln", "bn").
    Suffix(f64),
    /// "a" or "an".
    A,
    /// "and".
    And,
    /// "-" between words ("twenty-one", "two-thirds").
    Hyphen,
    /// "point" ("two point five").
    Point,
    /// "of" ("two thirds of a million").
    Of,
    /// Anything else: the number ends before it.
    Other,
}

/// A number read from the start of a sequence of [`Item`]s.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    /// The value, fractions unrounded (two-thirds is 2/3).
    pub value: f64,
    /// How many items it took.
    pub len: usize,
    /// It is a fraction and nothing else ("two-thirds", "a quarter", "half"): value < 1.
    pub fraction: bool,
    /// A scale word or suffix multiplied it ("2 million", "£350m", "a thousand").
    pub scaled: bool,
    /// The factor of the last scale applied (1 when none), so a range can share it
    /// ("5-7 million").
    pub scale: f64,
    /// The value before any scale (5 in "5 million"), to compare the ends of a range.
    pub base: f64,
    /// Some word was a number word (not only digits and suffixes).
    pub words: bool,
    /// Its last item was a word that can also be an ordinal ("a third" vs "a third term"), or
    /// "quarter(s)": the caller checks what follows.
    pub ends_in_denominator: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    Start,
    A,
    Digits,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Dozen,
    Fraction,
    Mixed,
}

/// A denominator word: its value and whether it is plural ("thirds").
fn denominator(item: Option<&Item>) -> Option<(f64, bool)> {
    match item? {
        Item::Word(NumWord::Denom(d, plural)) => Some((*d as f64, *plural)),
        Item::Word(NumWord::OrdDenom(d)) => Some((*d as f64, false)),
        _ => None,
    }
}

/// A number from 1 to 99 written as one word or a hyphenated pair ("fifty-four"), at the
/// start of `items`: its value and length.
fn small(items: &[Item]) -> Option<(f64, usize)> {
    match items.first()? {
        Item::Word(NumWord::Unit(v) | NumWord::Teen(v)) => Some((f64::from(*v), 1)),
        Item::Word(NumWord::Tens(t)) => match (items.get(1), items.get(2)) {
            (Some(Item::Hyphen), Some(Item::Word(NumWord::Unit(u)))) if *u > 0 => {
                Some((f64::from(t + u), 3))
            }
            _ => Some((f64::from(*t), 1)),
        },
        _ => None,
    }
}

/// Reads the longest number at the start of `items`, or `None` when there is none there.
///
/// ```
/// use claimsift::number::{read_number, Item, NumWord};
///
/// let items = [
///     Item::Word(NumWord::Unit(1)),
///     Item::Word(NumWord::Hundred),
///     Item::And,
///     Item::Word(NumWord::Tens(30)),
///     Item::Other,
/// ];
/// let r = read_number(&items).unwrap();
/// assert_eq!((r.value, r.len), (130.0, 4));
/// ```
pub fn read_number(items: &[Item]) -> Option<Reading> {
    // The commonest reading by far: one numeral that nothing continues ("15 pct", "in
    // 1987"). It is what the loop below gives, without walking it.
    if let [Item::Digits(v), rest @ ..] = items
        && matches!(rest.first(), None | Some(Item::Other))
    {
        return Some(Reading {
            value: *v,
            len: 1,
            fraction: false,
            scaled: false,
            scale: 1.0,
            base: *v,
            words: false,
            ends_in_denominator: false,
        });
    }
    walk(items)
}

/// [`read_number`] the long way: item by item.
fn walk(items: &[Item]) -> Option<Reading> {
    let mut total = 0.0f64; // completed groups, already multiplied by their scale
    let mut cur = 0.0f64; // the group being read
    let mut last = Last::Start;
    let mut scaled = false;
    let mut scale = 1.0f64;
    let mut base = f64::NAN;
    let mut words = false;
    // Nothing but one number word or numeral so far: only such a number can be the numerator
    // of a plain fraction ("two thirds"; "one hundred and three quarters" is mixed).
    let mut simple = true;
    // Where the last "and" was consumed ("one hundred and thirty").
    let mut and_at: Option<usize> = None;
    let mut best: Option<Reading> = None;
    let mut i = 0;
    let digits_first = matches!(items.first(), Some(Item::Digits(_)));

    macro_rules! commit {
        ($value:expr, $fraction:expr, $denominator:expr) => {{
            let value: f64 = $value;
            best = Some(Reading {
                value,
                len: i,
                fraction: $fraction,
                scaled,
                scale,
                base: if base.is_nan() { value } else { base },
                words,
                ends_in_denominator: $denominator,
            });
        }};
    }
    macro_rules! scale_by {
        ($s:expr) => {{
            let s: f64 = $s;
            if !scaled {
                base = total + cur;
            }
            scaled = true;
            scale = s;
        }};
    }

    while i < items.len() {
        let item = items[i];
        match (last, item) {
            // ---- starts
            (Last::Start, Item::Digits(v)) => {
                cur = v;
                last = Last::Digits;
                i += 1;
                commit!(cur, false, false);
            }
            (Last::Start, Item::Word(NumWord::Unit(v) | NumWord::Teen(v) | NumWord::Tens(v))) => {
                cur = f64::from(v);
                last = class_of(item);
                words = true;
                i += 1;
                commit!(cur, false, false);
            }
            (Last::Start, Item::A) => {
                // "a" is a number only before hundred, a scale, dozen or a denominator.
                match items.get(i + 1) {
                    Some(Item::Word(
                        NumWord::Hundred
                        | NumWord::Scale(_)
                        | NumWord::Dozen
                        | NumWord::OrdDenom(_)
                        | NumWord::Denom(_, false),
                    )) => {
                        cur = 1.0;
                        last = Last::A;
                        i += 1;
                    }
                    _ => return None,
                }
            }
            (Last::Start, Item::Word(NumWord::Denom(d @ (2 | 4), false))) => {
                // "half", "quarter" on their own: "half a million", "quarter million".
                cur = 1.0 / d as f64;
                last = Last::Fraction;
                words = true;
                i += 1;
                commit!(cur, true, d == 4);
            }
            (Last::Start, Item::Point) => {
                // "point 77"
                let (frac, n) = read_decimals(&items[i + 1..])?;
                i += 1 + n;
                cur = frac;
                words = true;
                last = Last::Digits;
                commit!(cur, false, false);
            }
            (Last::Start, _) => return None,

            // ---- after "a"
            (Last::A, Item::Word(NumWord::Hundred)) => {
                cur = 100.0;
                last = Last::Hundred;
                simple = false;
                words = true;
                i += 1;
                commit!(total + cur, false, false);
            }
            (Last::A, Item::Word(NumWord::Scale(s))) => {
                scaled = true;
                scale = s;
                base = 1.0;
                total += s;
                cur = 0.0;
                simple = false;
                last = Last::Scale;
                words = true;
                i += 1;
                commit!(total, false, false);
            }
            (Last::A, Item::Word(NumWord::Dozen)) => {
                cur = 12.0;
                last = Last::Dozen;
                words = true;
                i += 1;
                commit!(cur, false, false);
            }
            (Last::A, _) => {
                let Some((d, _)) = denominator(Some(&item)) else {
                    break;
                };
                cur = 1.0 / d;
                last = Last::Fraction;
                words = true;
                i += 1;
                commit!(cur, true, true);
            }

            // ---- scales after a group
            (
                Last::Digits
                | Last::Unit
                | Last::Teen
                | Last::Tens
                | Last::Hundred
                | Last::Dozen
                | Last::Mixed,
                Item::Word(NumWord::Scale(s)) | Item::Suffix(s),
            ) => {
                // Newsroom abbreviations follow numerals and simple words ("5 mln", "one mln"
                // in Reuters), not compounds ("one hundred mln").
                if matches!(item, Item::Suffix(_))
                    && !(matches!(last, Last::Digits | Last::Mixed) || simple)
                {
                    break;
                }
                if last == Last::Mixed && total != 0.0 {
                    break;
                }
                scale_by!(s);
                total += cur * s;
                cur = 0.0;
                simple = false;
                last = Last::Scale;
                words |= matches!(item, Item::Word(_));
                i += 1;
                commit!(total, false, false);
            }
            (Last::Digits | Last::Unit | Last::Teen | Last::Tens, Item::Word(NumWord::Hundred)) => {
                cur *= 100.0;
                last = Last::Hundred;
                simple = false;
                words = true;
                i += 1;
                commit!(total + cur, false, false);
            }
            (Last::Digits | Last::Unit | Last::Teen | Last::Tens, Item::Word(NumWord::Dozen))
                if simple =>
            {
                cur *= 12.0;
                last = Last::Dozen;
                simple = false;
                words = true;
                i += 1;
                commit!(total + cur, false, false);
            }
            (Last::Scale, Item::Word(NumWord::Scale(s2))) if cur == 0.0 && s2 > scale => {
                // "three thousand million", "three lakh crore"
                total *= s2;
                scale *= s2;
                i += 1;
                commit!(total, false, false);
            }

            // ---- words within a group
            (Last::Tens, Item::Word(NumWord::Unit(u))) if u > 0 && cur % 10.0 == 0.0 => {
                cur += f64::from(u);
                last = Last::Unit;
                simple = simple && total == 0.0;
                i += 1;
                commit!(total + cur, false, false);
            }
            (Last::Tens, Item::Hyphen) => match items.get(i + 1) {
                Some(Item::Word(NumWord::Unit(u))) if *u > 0 => {
                    // twenty-one
                    cur += f64::from(*u);
                    last = Last::Unit;
                    i += 2;
                    commit!(total + cur, false, false);
                }
                Some(Item::Word(NumWord::Denom(d, true))) if simple => {
                    // "twenty-fifths"
                    cur /= *d as f64;
                    last = Last::Fraction;
                    i += 2;
                    commit!(cur, true, false);
                }
                _ => break,
            },
            (Last::Hundred, Item::Word(NumWord::Unit(v) | NumWord::Teen(v) | NumWord::Tens(v))) => {
                cur += f64::from(v);
                last = class_of(item);
                i += 1;
                commit!(total + cur, false, false);
            }
            (Last::Scale, Item::Word(NumWord::Unit(v) | NumWord::Teen(v) | NumWord::Tens(v)))
                if !digits_first =>
            {
                // "twenty-one thousand eleven": a new group after a scale; not after a
                // numeral ("130.22 billion nine" is two numbers).
                cur = f64::from(v);
                last = class_of(item);
                i += 1;
                commit!(total + cur, false, false);
            }
            (Last::Scale, Item::Digits(v))
                if matches!(items.get(i + 1), Some(Item::Word(NumWord::Hundred))) =>
            {
                // "4 thousand 3 hundred"
                cur = v;
                last = Last::Digits;
                i += 1;
            }
            (Last::Hundred | Last::Scale, Item::And) => {
                // "one hundred and thirty", "one million and a half",
                // "one hundred and three quarters", "3 hundred and 21".
                if let Some((part, n)) = mixed_part(&items[i + 1..]) {
                    if last == Last::Scale {
                        total += scale * part;
                    } else {
                        cur += part;
                    }
                    i += 1 + n;
                    last = Last::Mixed;
                    commit!(total + cur, false, false);
                    continue;
                }
                match items.get(i + 1) {
                    Some(Item::Word(NumWord::Unit(v) | NumWord::Teen(v) | NumWord::Tens(v))) => {
                        cur += f64::from(*v);
                        last = class_of(items[i + 1]);
                        and_at = Some(i);
                        i += 2;
                        commit!(total + cur, false, false);
                    }
                    // "3 hundred and 21"; not "$2bn and 5%", two figures.
                    Some(Item::Digits(v))
                        if *v < 100.0
                            && (last == Last::Hundred || !digits_first)
                            && v.fract() == 0.0
                            && !matches!(
                                items.get(i + 2),
                                Some(Item::Word(NumWord::Hundred | NumWord::Scale(_)))
                            ) =>
                    {
                        cur += *v;
                        last = Last::Digits;
                        i += 2;
                        commit!(total + cur, false, false);
                    }
                    _ => break,
                }
            }
            (Last::Digits | Last::Unit | Last::Teen | Last::Tens, Item::And) => {
                // "two and a half", "twenty and three fifths", "two and fifty-four hundredths"
                let Some((part, n)) = mixed_part(&items[i + 1..]) else {
                    break;
                };
                cur += part;
                words = true;
                simple = false;
                last = Last::Mixed;
                i += 1 + n;
                commit!(total + cur, false, false);
            }

            // ---- fractions
            (
                Last::Unit | Last::Teen | Last::Tens,
                Item::Word(NumWord::Denom(..) | NumWord::OrdDenom(_)),
            ) if simple => {
                // "two thirds", "one fifth", "three quarters"; but "two third" is not English.
                let Some((d, plural)) = denominator(Some(&item)) else {
                    break;
                };
                if cur > 1.0 && !plural {
                    break;
                }
                cur /= d;
                last = Last::Fraction;
                i += 1;
                commit!(cur, true, true);
            }
            (Last::Unit | Last::Teen, Item::Hyphen) => match denominator(items.get(i + 1)) {
                Some((d, plural)) if simple && (cur <= 1.0 || plural) => {
                    // "two-thirds", "one-eighth"
                    cur /= d;
                    last = Last::Fraction;
                    i += 2;
                    commit!(cur, true, false);
                }
                _ => break,
            },
            (Last::Digits | Last::Unit | Last::Teen | Last::Tens | Last::Hundred, Item::Point) => {
                let Some((frac, n)) = read_decimals(&items[i + 1..]) else {
                    break;
                };
                cur += frac;
                i += 1 + n;
                last = Last::Digits;
                commit!(total + cur, false, false);
            }

            // ---- after a pure fraction
            (Last::Fraction, Item::Word(NumWord::Scale(s))) => {
                // "half million", "quarter million"
                scale_by!(s);
                cur *= s;
                last = Last::Scale;
                i += 1;
                commit!(cur, false, false);
            }
            (Last::Fraction, Item::A) | (Last::Fraction, Item::Of) => {
                // "half a million", "half a dozen", "two thirds of a million"
                let mut k = i + 1;
                if matches!(item, Item::Of) {
                    if items.get(k) != Some(&Item::A) {
                        break;
                    }
                    k += 1;
                }
                match items.get(k) {
                    Some(Item::Word(NumWord::Scale(s))) => {
                        scale_by!(*s);
                        cur *= s;
                        last = Last::Scale;
                        i = k + 1;
                        commit!(cur, false, false);
                    }
                    Some(Item::Word(NumWord::Dozen)) => {
                        cur *= 12.0;
                        last = Last::Dozen;
                        i = k + 1;
                        commit!(cur, false, false);
                    }
                    _ => break,
                }
            }
            _ => break,
        }
    }
    // A compound number over a plural denominator, as Recognizers-Text reads it: "one
    // hundred thirty two fifths" is 132/5; "one hundred thirty fifths" is 100/35 (the tens
    // belong to the denominator); "one hundred and thirty fifths" is 130/5.
    if let Some(r) = best
        && !r.fraction
        && !simple
        && r.len == i
        && r.len >= 2
    {
        let hyphen = items.get(i) == Some(&Item::Hyphen);
        let at = if hyphen { i + 1 } else { i };
        if let Some((d, true)) = denominator(items.get(at)) {
            let tens_before = match items.get(i - 1) {
                Some(Item::Word(NumWord::Tens(t))) if and_at != Some(i - 2) => Some(f64::from(*t)),
                _ => None,
            };
            let (num, den) = match tens_before {
                Some(t) => (read_number(&items[..i - 1])?.value, t + d),
                None => (r.value, d),
            };
            i = at + 1;
            commit!(num / den, true, false);
        }
    }
    best
}

/// "a half", "three quarters", "fifty-four hundredths" after "and": the part and its length.
fn mixed_part(items: &[Item]) -> Option<(f64, usize)> {
    let (num, n) = match items.first()? {
        Item::A => (1.0, 1),
        Item::Word(NumWord::Unit(_)) => small(items)?,
        Item::Word(NumWord::Tens(_)) => match small(items)? {
            (v, 3) => (v, 3), // only a hyphenated numerator: "and thirty fifths" is 130/5
            _ => return None,
        },
        _ => return None,
    };
    let (d, plural) = denominator(items.get(n))?;
    if num > 1.0 && !plural {
        return None;
    }
    let part = num / d;
    (part < 1.0).then_some((part, n + 1))
}

fn class_of(item: Item) -> Last {
    match item {
        Item::Word(NumWord::Unit(_)) => Last::Unit,
        Item::Word(NumWord::Teen(_)) => Last::Teen,
        Item::Word(NumWord::Tens(_)) => Last::Tens,
        _ => Last::Digits,
    }
}

/// The digits after "point": single digit words ("zero three"), one compound word
/// ("seventy-one", "eleven"), or a numeral ("point 77"). Returns the fractional value and how
/// many items it took.
fn read_decimals(items: &[Item]) -> Option<(f64, usize)> {
    let mut digits = String::new();
    let mut n = 0;
    match items.first()? {
        Item::Digits(v) if v.fract() == 0.0 && *v >= 0.0 => {
            digits.push_str(&format!("{v:.0}"));
            n = 1;
        }
        Item::Word(NumWord::Teen(v)) => {
            digits.push_str(&v.to_string());
            n = 1;
        }
        Item::Word(NumWord::Tens(v)) => {
            let mut v = *v;
            n = 1;
            match (items.get(1), items.get(2)) {
                (Some(Item::Hyphen), Some(Item::Word(NumWord::Unit(u)))) => {
                    v += u;
                    n = 3;
                }
                (Some(Item::Word(NumWord::Unit(u))), _) if *u > 0 => {
                    v += u;
                    n = 2;
                }
                _ => {}
            }
            digits.push_str(&v.to_string());
        }
        _ => {
            while let Some(Item::Word(NumWord::Unit(u))) = items.get(n) {
                digits.push(char::from(b'0' + *u as u8));
                n += 1;
            }
        }
    }
    if digits.is_empty() {
        return None;
    }
    let frac: f64 = format!("0.{digits}").parse().ok()?;
    Some((frac, n))
}

/// Parses a numeral written with digits: `1,234,567`, `4.800`, `.08`, `1.3e6`, `-12e-1`.
/// Thousands separators must sit every three digits; anything else (`1,23`, letters) is
/// `None`.
///
/// ```
/// use claimsift::number::parse_numeral;
///
/// assert_eq!(parse_numeral("1,234.5"), Some(1234.5));
/// assert_eq!(parse_numeral(".25"), Some(0.25));
/// assert_eq!(parse_numeral("1,23"), None);
/// ```
pub fn parse_numeral(s: &str) -> Option<f64> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(p) => (&body[..p], Some(&body[p + 1..])),
        None => (body, None),
    };
    let (int, frac) = match mantissa.find('.') {
        Some(p) => (&mantissa[..p], Some(&mantissa[p + 1..])),
        None => (mantissa, None),
    };
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let mut buf = String::with_capacity(s.len());
    if neg {
        buf.push('-');
    }
    let mut groups = int.split(',');
    let first = groups.next().unwrap_or("");
    if !all_digits(first) {
        return None;
    }
    buf.push_str(if first.is_empty() { "0" } else { first });
    let mut grouped = false;
    for g in groups {
        if first.is_empty() || first.len() > 3 || g.len() != 3 || !all_digits(g) {
            return None;
        }
        grouped = true;
        buf.push_str(g);
    }
    let _ = grouped;
    match frac {
        Some(f) if !f.is_empty() && all_digits(f) => {
            buf.push('.');
            buf.push_str(f);
        }
        Some(_) => return None,
        None if first.is_empty() => return None,
        None => {}
    }
    if let Some(e) = exponent {
        let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
        if digits.is_empty() || !all_digits(digits) {
            return None;
        }
        buf.push('e');
        buf.push_str(e);
    }
    buf.parse().ok()
}

/// Unicode vulgar fractions ("½", "¾") and their values.
pub static VULGAR_FRACTIONS: &[(char, f64)] = &[
    ('½', 0.5),
    ('⅓', 1.0 / 3.0),
    ('⅔', 2.0 / 3.0),
    ('¼', 0.25),
    ('¾', 0.75),
    ('⅕', 0.2),
    ('⅖', 0.4),
    ('⅗', 0.6),
    ('⅘', 0.8),
    ('⅙', 1.0 / 6.0),
    ('⅚', 5.0 / 6.0),
    ('⅛', 0.125),
    ('⅜', 0.375),
    ('⅝', 0.625),
    ('⅞', 0.875),
];

/// The value of a vulgar-fraction character, if it is one.
pub fn vulgar_fraction(c: char) -> Option<f64> {
    VULGAR_FRACTIONS
        .iter()
        .find(|(f, _)| *f == c)
        .map(|(_, v)| *v)
}

/// Looks a lowercase word up in every number-word table.
pub fn number_word(word: &str) -> Option<NumWord> {
    CARDINALS
        .iter()
        .chain(ORDINALS)
        .chain(DENOMINATORS)
        .find(|(w, _)| *w == word)
        .map(|(_, n)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Turns a phrase into items the way the tokenizer would (words split on spaces and
    /// hyphens, numerals parsed), for testing the reader alone.
    fn items(phrase: &str) -> Vec<Item> {
        let mut out = Vec::new();
        for word in phrase.split(' ') {
            let mut first = true;
            for part in word.split('-') {
                if !first {
                    out.push(Item::Hyphen);
                }
                first = false;
                if part.is_empty() {
                    continue;
                }
                out.push(match part {
                    "a" | "an" => Item::A,
                    "and" => Item::And,
                    "point" => Item::Point,
                    "of" => Item::Of,
                    "mln" => Item::Suffix(1e6),
                    "bn" => Item::Suffix(1e9),
                    p if p.as_bytes()[0].is_ascii_digit() || p.starts_with('.') => {
                        Item::Digits(parse_numeral(p).unwrap())
                    }
                    p => number_word(p).map_or(Item::Other, Item::Word),
                });
            }
        }
        out.push(Item::Other);
        out
    }

    fn value(phrase: &str) -> Option<(f64, usize)> {
        read_number(&items(phrase)).map(|r| (r.value, r.len))
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn one_numeral_alone_reads_as_the_long_way_reads_it() {
        for v in [0.0, 1.0, 15.0, 1987.0, 0.25, 1e300, f64::INFINITY] {
            for items in [
                &[Item::Digits(v)][..],
                &[Item::Digits(v), Item::Other],
                &[Item::Digits(v), Item::Other, Item::Word(NumWord::Hundred)],
            ] {
                assert_eq!(read_number(items), walk(items), "{items:?}");
            }
        }
    }

    #[test]
    fn every_word_reads_as_its_value() {
        for (word, meaning) in CARDINALS {
            let r = read_number(&[Item::Word(*meaning), Item::Other]);
            match meaning {
                NumWord::Unit(v) | NumWord::Teen(v) | NumWord::Tens(v) => {
                    assert_eq!(r.map(|r| r.value), Some(f64::from(*v)), "{word}");
                }
                // A scale or "hundred" alone is not a number; after "a" it is.
                NumWord::Hundred | NumWord::Scale(_) | NumWord::Dozen => {
                    assert_eq!(r, None, "{word}");
                    let r = read_number(&[Item::A, Item::Word(*meaning), Item::Other]).unwrap();
                    let want = match meaning {
                        NumWord::Hundred => 100.0,
                        NumWord::Dozen => 12.0,
                        NumWord::Scale(s) => *s,
                        _ => unreachable!(),
                    };
                    assert_eq!(r.value, want, "a {word}");
                }
                _ => panic!("{word}: not a cardinal"),
            }
        }
        for (word, meaning) in ORDINALS.iter().chain(DENOMINATORS) {
            let r = read_number(&[Item::A, Item::Word(*meaning), Item::Other]);
            match meaning {
                NumWord::Ordinal(_) => assert_eq!(r, None, "a {word}"),
                NumWord::OrdDenom(d) | NumWord::Denom(d, false) => {
                    let r = r.unwrap();
                    assert!(close(r.value, 1.0 / *d as f64), "a {word}");
                    assert!(r.fraction, "a {word}");
                }
                NumWord::Denom(d, true) => {
                    // Plurals need a numerator above one: "two thirds", not "a thirds".
                    assert_eq!(r, None, "a {word}");
                    let two = [
                        Item::Word(NumWord::Unit(2)),
                        Item::Word(*meaning),
                        Item::Other,
                    ];
                    let r = read_number(&two).unwrap();
                    assert!(close(r.value, 2.0 / *d as f64), "two {word}");
                }
                _ => panic!("{word}"),
            }
        }
    }

    #[test]
    fn compound_words() {
        assert_eq!(value("one hundred and thirty"), Some((130.0, 4)));
        assert_eq!(value("twenty-one"), Some((21.0, 3)));
        assert_eq!(
            value("seven hundred twenty-one thousand and twelve"),
            Some((721_012.0, 8))
        );
        assert_eq!(value("two hundred and two thousand"), Some((202_000.0, 5)));
        assert_eq!(value("two thousand and two hundred"), Some((2200.0, 5)));
        assert_eq!(
            value("twenty-one trillion three hundred"),
            Some((21e12 + 300.0, 6))
        );
        assert_eq!(value("a hundred thousand"), Some((100_000.0, 3)));
        assert_eq!(value("three thousand million"), Some((3e9, 3)));
        // Two numbers side by side stay two numbers.
        assert_eq!(value("one two"), Some((1.0, 1)));
        assert_eq!(value("twenty thirty"), Some((20.0, 1)));
        // A trailing "and" is not part of the number.
        assert_eq!(value("three hundred and apples"), Some((300.0, 2)));
    }

    #[test]
    fn numerals_with_scales() {
        assert_eq!(value("2 million"), Some((2e6, 2)));
        assert_eq!(value("5.5 mln"), Some((5.5e6, 2)));
        assert_eq!(value("1,674.5 million"), Some((1_674_500_000.0, 2)));
        assert_eq!(value("322 hundred"), Some((32_200.0, 2)));
        assert_eq!(value("3 hundred and 21"), Some((321.0, 4)));
        assert_eq!(value("4 thousand 3 hundred and 21"), Some((4321.0, 6)));
        assert_eq!(value("3 dozen"), Some((36.0, 2)));
        // After a numeral's scale, "and" and a numeral start another figure ("$2 million
        // and 5% of the shares"); in words the number goes on.
        assert_eq!(value("2 million and 5"), Some((2e6, 2)));
        assert_eq!(value("two million and five"), Some((2_000_005.0, 4)));
        let r = read_number(&items("1.13 bn")).unwrap();
        assert!(r.scaled);
        assert_eq!((r.base, r.scale), (1.13, 1e9));
    }

    #[test]
    fn fractions_and_halves() {
        let r = read_number(&items("two-thirds")).unwrap();
        assert!(close(r.value, 2.0 / 3.0) && r.fraction && r.len == 3);
        let r = read_number(&items("a quarter")).unwrap();
        assert!(r.value == 0.25 && r.fraction && r.ends_in_denominator);
        assert_eq!(value("one and a half"), Some((1.5, 4)));
        assert_eq!(value("five and a half million"), Some((5.5e6, 5)));
        assert_eq!(value("half a million"), Some((500_000.0, 3)));
        assert_eq!(value("half a dozen"), Some((6.0, 3)));
        assert_eq!(value("3 million and a half"), Some((3.5e6, 5)));
        let (v, n) = value("two thirds of a million").unwrap();
        assert!(close(v, 2e6 / 3.0) && n == 5);
        assert_eq!(value("three and one fourth"), Some((3.25, 4)));
        let (v, _) = value("six million and two thirds").unwrap();
        assert!(close(v, 6e6 + 2e6 / 3.0));
        assert_eq!(value("one million and a half"), Some((1.5e6, 5)));
        assert_eq!(value("five-eighths"), Some((0.625, 3)));
        // "a" alone, and "a" before a numeral, are not numbers.
        assert_eq!(value("a"), None);
        assert_eq!(value("a 10"), None);
    }

    #[test]
    fn recognizers_style_compound_fractions() {
        // Not news English, but unambiguous: a compound number over a plural denominator.
        assert_eq!(value("one hundred thirty two fifths"), Some((26.4, 5)));
        let (v, _) = value("one hundred thirty fifths").unwrap();
        assert!(close(v, 100.0 / 35.0));
        assert_eq!(value("one hundred and thirty fifths"), Some((26.0, 5)));
        assert_eq!(value("one hundred and three quarters"), Some((100.75, 5)));
        assert_eq!(value("two and fifty-four hundredths"), Some((2.54, 6)));
        assert_eq!(value("a hundred trillionths"), Some((1e-10, 3)));
        // Separate numbers stay separate.
        assert_eq!(value("3 hundred and 2 hundred"), Some((300.0, 2)));
        assert_eq!(value("two millionth"), Some((2.0, 1)));
    }

    #[test]
    fn decimal_point_words() {
        assert_eq!(value("two hundred point zero three"), Some((200.03, 5)));
        assert_eq!(value("two hundred point seventy-one"), Some((200.71, 6)));
        assert_eq!(value("nine point nought four"), Some((9.04, 4)));
        assert_eq!(value("1 point 1"), Some((1.1, 3)));
        assert_eq!(value("point 77"), Some((0.77, 2)));
        // "point" followed by no digit is the noun.
        assert_eq!(value("one point"), Some((1.0, 1)));
    }

    #[test]
    fn numerals() {
        assert_eq!(parse_numeral("1,234,567"), Some(1_234_567.0));
        assert_eq!(parse_numeral("22,240,260,310"), Some(22_240_260_310.0));
        assert_eq!(parse_numeral("4.800"), Some(4.8));
        assert_eq!(parse_numeral("1.3e6"), Some(1.3e6));
        assert_eq!(parse_numeral("12.32e+14"), Some(1.232e15));
        assert_eq!(parse_numeral("-12e-1"), Some(-1.2));
        assert_eq!(parse_numeral("1234,567"), None);
        assert_eq!(parse_numeral("12,34"), None);
        assert_eq!(parse_numeral(""), None);
        assert_eq!(parse_numeral(","), None);
        assert_eq!(vulgar_fraction('¾'), Some(0.75));
        assert_eq!(vulgar_fraction('x'), None);
    }
}
