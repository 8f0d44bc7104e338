//! The word tables behind the sentence splitter: abbreviations by how they behave before the
//! next word, the words that open sentences, and the words that may follow "a.m."/"p.m."
//! without opening a new sentence.
//!
//! Every table is a sorted slice of lowercase ASCII words. Each word is packed at compile time
//! into a `u128` key (its bytes, big-endian, zero-padded: the keys sort as the words do), and a
//! word from the text is lowercased into a key the same way and found by binary search over
//! integers: no allocation and no `memcmp` on the hot path (the `memcmp` version of the lookup
//! took a quarter of the splitter's time on Reuters). A test checks each table is sorted,
//! lowercase and free of duplicates, so a row added out of order fails at once instead of
//! silently never matching.

/// How an abbreviation followed by a full stop behaves before the next word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbrev {
    /// Never ends a sentence in running text: titles before a name ("Mr.", "Gen.", "St.") and
    /// words that always lead on ("vs.", "cf."). Only a paragraph break or the end of the text
    /// closes the sentence after one.
    Never,
    /// Can end a sentence ("Acme Inc.", "and so on etc.") but usually leads on ("Acme Inc.
    /// shares", "Jan. 20"): a boundary only when the next word is a common sentence opener
    /// ("The", "He", "But") or opens a quotation.
    Ambiguous,
    /// Leads to a number ("No. 5", "p. 55", "Vol. 3", "approx. 40"): no boundary before a
    /// number or a lowercase word; otherwise the word itself ("They voted no. Reps. Lee ...").
    Number,
    /// A month ("Jan. 20", "Sept. The"): as [`Abbrev::Ambiguous`]; listed apart because a month
    /// after "a.m."/"p.m." continues the sentence.
    Month,
    /// "a.m." and "p.m.": a boundary before a capitalised word unless that word is a day,
    /// month, time zone or title ("5 p.m. EST", "10 a.m. Tuesday", "9 a.m. Mr. Smith").
    Time,
}

/// Abbreviations (without their final full stop), lowercase, sorted. Dotted initialisms
/// ("U.S.", "e.g.", "a.m.") are recognised by their shape in the splitter, not listed here;
/// single letters are initials unless listed.
const ABBREVIATIONS: &[(&str, Abbrev)] = &[
    ("adm", Abbrev::Never),
    ("al", Abbrev::Ambiguous),
    ("ala", Abbrev::Ambiguous),
    // "Alex. Brown and Sons", the Baltimore brokerage, all over 1987 wire copy.
    ("alex", Abbrev::Ambiguous),
    ("amb", Abbrev::Never),
    ("approx", Abbrev::Number),
    ("apr", Abbrev::Month),
    ("ariz", Abbrev::Ambiguous),
    ("ark", Abbrev::Ambiguous),
    ("art", Abbrev::Number),
    ("assn", Abbrev::Ambiguous),
    ("assoc", Abbrev::Ambiguous),
    ("atty", Abbrev::Never),
    ("aug", Abbrev::Month),
    ("ave", Abbrev::Ambiguous),
    ("bhd", Abbrev::Ambiguous),
    ("bldg", Abbrev::Ambiguous),
    ("blvd", Abbrev::Ambiguous),
    ("brig", Abbrev::Never),
    ("bros", Abbrev::Ambiguous),
    ("ca", Abbrev::Number),
    ("calif", Abbrev::Ambiguous),
    ("capt", Abbrev::Never),
    ("cdr", Abbrev::Never),
    ("cf", Abbrev::Never),
    ("ch", Abbrev::Number),
    ("chap", Abbrev::Number),
    ("cie", Abbrev::Ambiguous),
    ("cmdr", Abbrev::Never),
    ("co", Abbrev::Ambiguous),
    ("col", Abbrev::Never),
    ("colo", Abbrev::Ambiguous),
    ("conn", Abbrev::Ambiguous),
    ("corp", Abbrev::Ambiguous),
    ("cos", Abbrev::Ambiguous),
    ("cpl", Abbrev::Never),
    ("cpt", Abbrev::Never),
    ("dec", Abbrev::Month),
    ("dept", Abbrev::Ambiguous),
    ("det", Abbrev::Never),
    ("dist", Abbrev::Ambiguous),
    ("dr", Abbrev::Never),
    ("drs", Abbrev::Never),
    ("esq", Abbrev::Ambiguous),
    ("etc", Abbrev::Ambiguous),
    ("ext", Abbrev::Number),
    ("feb", Abbrev::Month),
    ("fig", Abbrev::Number),
    ("figs", Abbrev::Number),
    ("fla", Abbrev::Ambiguous),
    ("fr", Abbrev::Never),
    ("fri", Abbrev::Ambiguous),
    ("ft", Abbrev::Ambiguous),
    ("ga", Abbrev::Ambiguous),
    ("gen", Abbrev::Never),
    ("gens", Abbrev::Never),
    ("gov", Abbrev::Never),
    ("govt", Abbrev::Ambiguous),
    ("hon", Abbrev::Never),
    ("hwy", Abbrev::Ambiguous),
    ("inc", Abbrev::Ambiguous),
    ("insp", Abbrev::Never),
    ("intl", Abbrev::Ambiguous),
    ("jan", Abbrev::Month),
    ("jr", Abbrev::Ambiguous),
    ("jul", Abbrev::Month),
    ("jun", Abbrev::Month),
    ("kan", Abbrev::Ambiguous),
    ("kans", Abbrev::Ambiguous),
    ("ky", Abbrev::Ambiguous),
    ("lb", Abbrev::Ambiguous),
    ("lbs", Abbrev::Ambiguous),
    ("llc", Abbrev::Ambiguous),
    ("lt", Abbrev::Never),
    ("ltd", Abbrev::Ambiguous),
    ("maj", Abbrev::Never),
    ("mar", Abbrev::Month),
    ("md", Abbrev::Ambiguous),
    ("messrs", Abbrev::Never),
    ("mfg", Abbrev::Ambiguous),
    ("mich", Abbrev::Ambiguous),
    ("minn", Abbrev::Ambiguous),
    ("mlle", Abbrev::Never),
    ("mme", Abbrev::Never),
    ("mont", Abbrev::Ambiguous),
    ("mr", Abbrev::Never),
    ("mrs", Abbrev::Never),
    ("ms", Abbrev::Never),
    ("msgr", Abbrev::Never),
    ("mt", Abbrev::Never),
    ("natl", Abbrev::Ambiguous),
    ("neb", Abbrev::Ambiguous),
    ("nev", Abbrev::Ambiguous),
    ("no", Abbrev::Number),
    ("nos", Abbrev::Number),
    ("nov", Abbrev::Month),
    ("nr", Abbrev::Number),
    ("oct", Abbrev::Month),
    ("okla", Abbrev::Ambiguous),
    ("op", Abbrev::Number),
    ("oz", Abbrev::Ambiguous),
    ("p", Abbrev::Number),
    ("para", Abbrev::Number),
    ("penn", Abbrev::Ambiguous),
    ("plc", Abbrev::Ambiguous),
    ("pp", Abbrev::Number),
    ("pres", Abbrev::Never),
    ("prof", Abbrev::Never),
    ("pt", Abbrev::Number),
    ("pty", Abbrev::Ambiguous),
    ("pvt", Abbrev::Never),
    ("rd", Abbrev::Ambiguous),
    ("ref", Abbrev::Number),
    ("rep", Abbrev::Never),
    ("reps", Abbrev::Never),
    ("rev", Abbrev::Never),
    ("rs", Abbrev::Number),
    ("rte", Abbrev::Number),
    ("sec", Abbrev::Number),
    ("sect", Abbrev::Number),
    ("sen", Abbrev::Never),
    ("sens", Abbrev::Never),
    ("sep", Abbrev::Month),
    ("sept", Abbrev::Month),
    ("sgt", Abbrev::Never),
    ("sr", Abbrev::Ambiguous),
    ("st", Abbrev::Never),
    ("ste", Abbrev::Never),
    ("supt", Abbrev::Never),
    ("tel", Abbrev::Number),
    ("tenn", Abbrev::Ambiguous),
    ("tex", Abbrev::Ambiguous),
    ("thu", Abbrev::Ambiguous),
    ("thur", Abbrev::Ambiguous),
    ("thurs", Abbrev::Ambiguous),
    ("tue", Abbrev::Ambiguous),
    ("tues", Abbrev::Ambiguous),
    ("univ", Abbrev::Ambiguous),
    ("v", Abbrev::Never),
    ("va", Abbrev::Ambiguous),
    ("viz", Abbrev::Never),
    ("vol", Abbrev::Number),
    ("vols", Abbrev::Number),
    ("vs", Abbrev::Never),
    ("vt", Abbrev::Ambiguous),
    ("wis", Abbrev::Ambiguous),
    ("wyo", Abbrev::Ambiguous),
];

/// Capitalised words that commonly open a sentence: after an [`Abbrev::Ambiguous`]
/// abbreviation, "Inc. The" is a boundary but "Inc. Shares" (a name going on) is not.
const SENTENCE_OPENERS: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "again",
    "all",
    "also",
    "although",
    "among",
    "an",
    "another",
    "any",
    "as",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "despite",
    "dozens",
    "during",
    "each",
    "earlier",
    "even",
    "every",
    "few",
    "finally",
    "first",
    "for",
    "from",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "hundreds",
    "i",
    "if",
    "in",
    "instead",
    "it",
    "its",
    "just",
    "last",
    "later",
    "let",
    "many",
    "meanwhile",
    "millions",
    "more",
    "moreover",
    "most",
    "much",
    "my",
    "never",
    "nevertheless",
    "next",
    "no",
    "none",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "other",
    "our",
    "perhaps",
    "several",
    "she",
    "since",
    "so",
    "some",
    "still",
    "such",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thousands",
    "thus",
    "to",
    "today",
    "two",
    "under",
    "until",
    "we",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "with",
    "without",
    "yes",
    "yesterday",
    "yet",
    "you",
    "your",
];

/// Capitalised words that open questions and afterthoughts ("Did you see ...?", "And then
/// ..."): openers after a single letter or a company abbreviation ("you and I. Did ..."), not
/// after a dotted initialism, where Reuters-21578 capitalises the verb that goes on ("the U.S.
/// Is pressing", "the U.S. Has agreed", "the U.S. And Brazil").
const WEAK_OPENERS: &[&str] = &[
    "and", "are", "can", "could", "did", "do", "does", "had", "has", "have", "is", "or", "should",
    "was", "were", "will", "would",
];

/// Capitalised words that continue a sentence after "a.m."/"p.m.": days, months, time zones.
const AFTER_TIME: &[&str] = &[
    "april",
    "august",
    "bst",
    "cdt",
    "cest",
    "cet",
    "cst",
    "ct",
    "december",
    "edt",
    "est",
    "et",
    "february",
    "friday",
    "gmt",
    "ist",
    "january",
    "jst",
    "july",
    "june",
    "local",
    "march",
    "mdt",
    "monday",
    "mst",
    "mt",
    "november",
    "october",
    "pdt",
    "pst",
    "pt",
    "saturday",
    "september",
    "sunday",
    "thursday",
    "tuesday",
    "utc",
    "wednesday",
];

/// Lowercases `word` into a sortable key; `None` when it is empty or longer than 16 bytes,
/// and so in no table.
const fn key(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > 16 {
        return None;
    }
    let mut k = 0u128;
    let mut i = 0;
    while i < 16 {
        k <<= 8;
        if i < word.len() {
            k |= word[i].to_ascii_lowercase() as u128;
        }
        i += 1;
    }
    Some(k)
}

const fn keys<const N: usize>(words: &[&str]) -> [u128; N] {
    let mut out = [0u128; N];
    let mut i = 0;
    while i < N {
        out[i] = match key(words[i].as_bytes()) {
            Some(k) => k,
            None => panic!("table words are 1-16 bytes long"),
        };
        i += 1;
    }
    out
}

const fn abbreviation_words<const N: usize>() -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = ABBREVIATIONS[i].0;
        i += 1;
    }
    out
}

static ABBREVIATION_KEYS: [u128; ABBREVIATIONS.len()] =
    keys(&abbreviation_words::<{ ABBREVIATIONS.len() }>());
static OPENER_KEYS: [u128; SENTENCE_OPENERS.len()] = keys(SENTENCE_OPENERS);
static WEAK_OPENER_KEYS: [u128; WEAK_OPENERS.len()] = keys(WEAK_OPENERS);
static AFTER_TIME_KEYS: [u128; AFTER_TIME.len()] = keys(AFTER_TIME);

const fn longest(words: &[&str]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < words.len() {
        if words[i].len() > n {
            n = words[i].len();
        }
        i += 1;
    }
    n
}

/// Most words before a full stop are longer than any abbreviation: they skip the search.
const LONGEST_ABBREVIATION: usize = longest(&abbreviation_words::<{ ABBREVIATIONS.len() }>());

/// The class of an abbreviation, given the word before its full stop (any case).
pub fn lookup(word: &[u8]) -> Option<Abbrev> {
    if word.len() > LONGEST_ABBREVIATION {
        return None;
    }
    let k = key(word)?;
    let i = ABBREVIATION_KEYS.binary_search(&k).ok()?;
    ABBREVIATIONS.get(i).map(|row| row.1)
}

/// Whether `word`, written with a capital and then lowercase ("The", not "THE": in an
/// ALL-CAPS headline every word is capitalised), commonly opens a sentence; `weak` admits the
/// question and afterthought openers too ([`WEAK_OPENERS`]).
pub fn is_sentence_opener(word: &[u8], weak: bool) -> bool {
    let capitalised = word.first().is_some_and(u8::is_ascii_uppercase)
        && word[1..].iter().all(u8::is_ascii_lowercase);
    capitalised
        && key(word).is_some_and(|k| {
            OPENER_KEYS.binary_search(&k).is_ok()
                || (weak && WEAK_OPENER_KEYS.binary_search(&k).is_ok())
        })
}

/// Whether `word` may follow "a.m."/"p.m." inside the same sentence: a day, month, time zone or
/// a title such as "Mr".
pub fn continues_after_time(word: &[u8]) -> bool {
    key(word).is_some_and(|k| AFTER_TIME_KEYS.binary_search(&k).is_ok())
        || matches!(lookup(word), Some(Abbrev::Never | Abbrev::Month))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_sorted_lowercase(name: &str, words: &[&str]) {
        for pair in words.windows(2) {
            assert!(
                pair[0] < pair[1],
                "{name}: {:?} must sort before {:?}",
                pair[0],
                pair[1]
            );
        }
        for w in words {
            assert!(
                !w.is_empty() && w.len() <= 16 && w.bytes().all(|b| b.is_ascii_lowercase()),
                "{name}: {w:?} must be 1-16 lowercase ASCII letters"
            );
        }
    }

    #[test]
    fn tables_are_sorted_lowercase_and_unique() {
        let abbrevs: Vec<&str> = ABBREVIATIONS.iter().map(|(w, _)| *w).collect();
        assert_sorted_lowercase("ABBREVIATIONS", &abbrevs);
        assert_sorted_lowercase("SENTENCE_OPENERS", SENTENCE_OPENERS);
        assert_sorted_lowercase("WEAK_OPENERS", WEAK_OPENERS);
        assert_sorted_lowercase("AFTER_TIME", AFTER_TIME);
    }

    #[test]
    fn lookups_ignore_case() {
        assert_eq!(lookup(b"Mr"), Some(Abbrev::Never));
        assert_eq!(lookup(b"INC"), Some(Abbrev::Ambiguous));
        assert_eq!(lookup(b"Sept"), Some(Abbrev::Month));
        assert_eq!(lookup(b"no"), Some(Abbrev::Number));
        assert_eq!(lookup(b"said"), None);
        assert_eq!(lookup(b""), None);
        assert_eq!(lookup(b"abcdefghijklmnopq"), None);
        assert!(is_sentence_opener(b"The", false));
        assert!(is_sentence_opener(b"I", false));
        assert!(!is_sentence_opener(b"THE", false), "ALL-CAPS headline word");
        assert!(!is_sentence_opener(b"the", false));
        assert!(!is_sentence_opener(b"Government", true));
        assert!(!is_sentence_opener(b"Is", false));
        assert!(is_sentence_opener(b"Is", true));
        assert!(continues_after_time(b"EST"));
        assert!(continues_after_time(b"Mr"));
        assert!(continues_after_time(b"Nov"));
        assert!(!continues_after_time(b"Travellers"));
    }
}
