//! Who said it: the speaker of a claim, where the text names one.
//!
//! The pass is built for speed (it runs on every sentence): it never parses a sentence. It
//! looks only next to the reporting cues the cue lexicon already found ("said", "told",
//! "according to", "denied", "believes", ...: rules whose `names_speaker` is set) and reads
//! a few words to the left ("Obama said", "Obama has repeatedly said", "Josh Earnest, the
//! White House spokesman, said"), or to the right after a quote or comma ("…,” said Obama",
//! "according to the ministry"). Besides, one byte scan per sentence finds its capitalised
//! runs, so that names can be remembered:
//!
//! * the longest form of a name seen so far in the document wins: after "White House
//!   spokesman Josh Earnest", a bare "Earnest said" gives "Josh Earnest";
//! * titles are cut off ("French President Francois Hollande" gives "Francois Hollande", "Mr
//!   Obama" gives "Obama"), and give away a gender for pronouns (Mr, Mrs, Ms);
//! * "he", "she", "his" resolve to the person named first in the most recent sentence of the
//!   same paragraph that names one (the subject, usually), whose gender does not disagree;
//!   "it" and "they" to the organisation or group that spoke last in the paragraph;
//! * a sentence with a quotation and no reporting verb of its own, or inside a quotation
//!   opened before, takes the speaker of the sentence before it;
//! * names joined by "and" are one speaker ("Obama and Hollande agreed", "Merkel, Macron and
//!   Sanchez said", "the US and France agreed"), each name in its longest form; "they" then
//!   refers to them all;
//! * a role ("the French president", "officials", "a spokesman") is the speaker only when no
//!   name is given: "the French president" after "French President Francois Hollande" is
//!   Francois Hollande, when one person the text named before holds that office (a title,
//!   or an apposition: "Tom Reed, the chancellor, said"; see
//!   [`SpeakerTracker`]'s `office_holder` for what matches), else it stays a role.
//!
//! The word lists are in [`crate::rules::speakers`].

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::rules::cues::{Category, CueMatch};
use crate::rules::speakers::{
    Gender, OFFICE_LEN, Pronoun, WordInfo, is_between_word, is_determiner, is_name_particle,
    is_not_name, is_office, is_org_word, is_rank, is_role_noun, may_start_particle, pronoun, title,
    word_info,
};
use crate::segment::Sentence;
use crate::swar;

/// How the speaker was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum How {
    /// A name next to the cue ("Obama said"), names joined by "and" ("Obama and Hollande
    /// agreed"), or a role the text gave a named person earlier ("the French president"
    /// after "French President Francois Hollande"): the name is then that person's.
    Named,
    /// An organisation ("the State Department said").
    Organisation,
    /// A role, no name ("the French president said", "officials said").
    Role,
    /// A pronoun ("he said") resolved to a name earlier in the paragraph.
    Pronoun,
    /// A quotation with no reporting verb, taking the speaker of the sentence before.
    Quote,
}

/// The speaker of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// What the `speaker` column shows: "Josh Earnest", "State Department", "the ministry".
    pub name: String,
    /// Byte offsets of the name as chosen: its longest form, which may stand in an earlier
    /// sentence ("Josh Earnest" for a later "Earnest said").
    pub start: usize,
    /// End of that name.
    pub end: usize,
    /// Byte offsets of the words in this sentence that name the speaker: the name, role or
    /// pronoun next to the cue ("he"), or, for a quotation, the same as `start`.
    pub mention_start: usize,
    /// End of the mention.
    pub mention_end: usize,
    /// Which rule found it.
    pub how: How,
    /// True when a reporting verb introduces the claim in the article's own words ("Toner
    /// told reporters that the U.S. is in talks", "prices rose, according to the ministry"),
    /// rather than tagging a quotation ("“We must act”, Hollande said"): an assertion the
    /// article attributes, worth a row of its own when the source is named.
    pub paraphrase: bool,
    /// Several speakers named together ("Obama and Hollande"): `start..end` is then the
    /// words that name them in this sentence, and "they" refers to them, "he" to neither.
    joint: bool,
}

/// A quotation longer than this many sentences is taken for a stray quotation mark.
const MAX_QUOTE_SENTENCES: usize = 15;

/// A word of the text: byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Tok {
    start: usize,
    end: usize,
}

/// What stands just before a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prev {
    Word(Tok),
    Punct(char, usize),
    Start,
}

/// What the words next to a cue are.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// A person's name (without title or possessive), with the gender a title gives.
    Person(Gender),
    /// An organisation or place ("White House", "NATO"), or a bare title.
    Org,
    /// A role phrase ("the French president").
    Role,
    /// A pronoun.
    Pronoun(Pronoun),
    /// Names joined by "and" ("Obama and Hollande", "Merkel, Macron and Johnson", "the US
    /// and France"): the conjuncts are in [`SpeakerTracker::joint`].
    Joint,
}

/// One of the names of a [`Kind::Joint`] subject.
#[derive(Debug, Clone, Copy)]
struct Conjunct {
    /// The name as [`SpeakerTracker::read_run`] cuts it ("Obama" of "Mr Obama").
    span: Tok,
    /// A person (its longest name is shown), else an organisation or a place.
    person: bool,
}

/// A named person the text gave an office: "French President Francois Hollande", "White
/// House spokesman Josh Earnest". A later "the French president" is that person when the
/// office matches one person only.
#[derive(Debug, Clone, Copy)]
struct Office<'t> {
    /// The office word ("President", "spokesman"), singular.
    head: &'t str,
    /// The words before it ("French"; "White", "House"), at most [`MAX_QUALS`].
    quals: [&'t str; MAX_QUALS],
    /// How many of `quals` are used.
    n_quals: usize,
    /// The holder's key in the names map (the last word of the name); `None` for holders
    /// left unnamed ("Presidents Obama and Hollande" gives the office to two people: the
    /// second stands for "someone else", so that "the president" stays a role).
    holder: Option<&'t str>,
}

/// The most words an office or a role phrase has between its determiner and its head ("the
/// White House press secretary").
const MAX_QUALS: usize = 3;

/// The most offices remembered per document: enough for any article; a folder of texts
/// read as one stays bounded.
const MAX_OFFICES: usize = 64;

/// The source of a cue as the words next to it give it.
#[derive(Debug, Clone, Copy)]
struct Subject {
    kind: Kind,
    /// The name, role or pronoun.
    name: Tok,
    /// The words next to the cue: the name, or the "who" of "Obama, who said".
    mention: Tok,
}

impl Subject {
    fn new(kind: Kind, name: Tok) -> Subject {
        Subject {
            kind,
            name,
            mention: name,
        }
    }
}

/// What the document has said about a name so far.
#[derive(Debug, Clone, Copy)]
struct NameInfo {
    /// The longest form seen ("Josh Earnest").
    full: Tok,
    /// Its number of words.
    words: u8,
    gender: Gender,
}

/// A person named in the current paragraph.
#[derive(Debug, Clone, Copy)]
struct Person {
    /// Position of the mention, to tell what comes before a pronoun.
    at: usize,
    name: Tok,
    gender: Gender,
}

/// Follows a document sentence by sentence, remembering who was named, so that "he said",
/// a bare surname and a quotation whose speaker came in the previous sentence can be
/// resolved. Feed it every sentence in order.
#[derive(Debug)]
pub struct SpeakerTracker<'t> {
    text: &'t str,
    /// Keyed by the last word of a name ("Earnest"), or a single-word name.
    names: HashMap<&'t str, NameInfo, BuildHasherDefault<WordHasher>>,
    /// First person named in each earlier sentence of the paragraph, most recent last.
    para_subjects: Vec<Person>,
    /// The subject of the last sentence naming a person in earlier paragraphs: the fallback
    /// for a pronoun in a paragraph that has named nobody yet.
    last_para_subject: Option<Person>,
    /// The organisation or group that spoke last in the paragraph, for "it" and "they".
    para_group: Option<Speaker>,

    /// The speaker of the previous sentence, for a quotation that continues.
    previous: Option<Speaker>,
    /// A quotation was opened and not closed in an earlier sentence.
    open_quote: bool,
    /// Persons named in the current sentence, in order.
    persons: Vec<Person>,
    /// Scratch buffer for the words of a capitalised run.
    run: Vec<Tok>,
    /// The last pronoun that could not be resolved (for error analysis).
    unresolved: Option<(usize, usize)>,
    /// Per sentence so far: what [`SpeakerTracker::resolve_quotes`] needs.
    quotes: Vec<QuoteState>,
    /// Offices the text gave named persons, in order (see [`Office`]).
    offices: Vec<Office<'t>>,
    /// The conjuncts of the last [`Kind::Joint`] subject read.
    joint: Vec<Conjunct>,
    /// Start of the sentence being read.
    sent_lo: usize,
    /// The sentence has a quotation mark.
    sent_marks: bool,
    /// The last role read was a bare noun phrase with no determiner ("Recent figures
    /// showed", "after investors warned"): a name a later cue gives wins over it.
    weak_role: bool,
    /// Its end.
    sent_hi: usize,
}

/// What [`SpeakerTracker::read_run`] makes of a capitalised run.
#[derive(Debug, Clone, Copy)]
struct RunReading {
    /// The name, title or organisation: the words of the run that name it.
    span: Tok,
    /// The gender its title gives away.
    gender: Gender,
    /// A person (else an organisation, a place or a bare title).
    person: bool,
    /// The run ends with a title ("the President").
    last_is_title: bool,
    /// Indices into the run of the words that give a person's office, from the first
    /// after any non-name to the last title ("French President" of "But French President
    /// Francois Hollande"), when the name follows them directly.
    titles: Option<(usize, usize)>,
}

/// What a sentence does with quotation marks, and whether a cue of its own named its speaker.
#[derive(Debug, Clone, Copy, Default)]
struct QuoteState {
    /// The speaker came from a cue in the sentence itself.
    own: bool,
    /// A quotation is open when the sentence starts.
    open_before: bool,
    /// A quotation is still open when it ends.
    open_after: bool,
}

impl<'t> SpeakerTracker<'t> {
    /// A tracker at the start of `text`.
    pub fn new(text: &'t str) -> SpeakerTracker<'t> {
        SpeakerTracker {
            text,
            names: HashMap::default(),
            para_subjects: Vec::new(),
            last_para_subject: None,
            para_group: None,

            previous: None,
            open_quote: false,
            persons: Vec::new(),
            run: Vec::new(),
            unresolved: None,
            quotes: Vec::new(),
            offices: Vec::new(),
            joint: Vec::new(),
            sent_lo: 0,
            sent_hi: 0,
            sent_marks: false,
            weak_role: false,
        }
    }

    /// Fixes the speakers of quotations that run over several sentences once the document
    /// is read: every sentence of a quotation takes the speaker a cue names in any of its
    /// sentences (the first one), so that in "“A. B,” he said." the sentence A is his too
    /// (the sentence-by-sentence pass only looks back). `speakers` are the answers
    /// [`SpeakerTracker::speaker`] gave, one per sentence in order.
    pub fn resolve_quotes(&self, speakers: &mut [Option<Speaker>]) {
        let n = speakers.len().min(self.quotes.len());
        let mut k = 0;
        while k < n {
            let q = self.quotes[k];
            if q.open_before || !q.open_after {
                k += 1;
                continue;
            }
            // A quotation opens in sentence k: it runs to the first sentence that closes it.
            let mut j = k;
            while j + 1 < n && self.quotes[j].open_after && j - k < MAX_QUOTE_SENTENCES {
                j += 1;
            }
            let block = k..=j;
            let own = block
                .clone()
                .find(|&m| self.quotes[m].own)
                .and_then(|m| speakers[m].clone());
            if let Some(sp) = own {
                for m in block {
                    if !self.quotes[m].own {
                        speakers[m] = Some(Speaker {
                            how: How::Quote,
                            paraphrase: false,
                            ..sp.clone()
                        });
                    }
                }
            }
            k = j + 1;
        }
    }

    /// The pronoun subject of the last sentence that could not be resolved to a name, if
    /// that is why it has no speaker (for error analysis).
    pub fn unresolved_pronoun(&self) -> Option<(usize, usize)> {
        self.unresolved
    }

    /// The speaker of `sentence` (offsets into the text), if the text names one; `cues` are
    /// the sentence's cues (offsets into the sentence). Call it for every sentence in order.
    pub fn speaker(&mut self, sentence: &Sentence, cues: &[CueMatch<'_>]) -> Option<Speaker> {
        let (lo, hi) = (sentence.start, sentence.end);
        if lo > hi || hi > self.text.len() {
            return None;
        }
        if sentence.new_paragraph {
            // A paragraph of one sentence is common in news; "He said" opening the next one
            // still means the person the last paragraph was about, when this one names
            // nobody before it.
            self.last_para_subject = self
                .para_subjects
                .last()
                .copied()
                .or(self.last_para_subject);
            self.para_subjects.clear();
            self.para_group = None;
            // A quotation that goes on into a new paragraph opens it with a quotation mark
            // again; a paragraph that does not was left open by a stray or missing mark
            // ('..."What riles me is ... "This is ... next."'), and is the article's own.
            if !self.opens_with_quote(lo, hi) {
                self.open_quote = false;
            }
        }
        self.unresolved = None;
        self.sent_lo = lo;
        self.sent_hi = hi;
        let marks = self.scan_names(lo, hi);
        self.sent_marks = marks;
        let mut found = self.colon_speaker(lo, hi);
        // Cues outside quotation marks first: in "“When Trump says X,” Clinton said" the
        // speaker is Clinton; a cue inside a quotation reports what the speaker reports.
        let quoted = if cues.iter().any(|c| c.names_speaker) {
            self.quoted_cues(lo, hi, cues, marks)
        } else {
            Vec::new()
        };
        // Whether the speaker came from a cue inside quotation marks.
        let mut from_inside = false;
        // Whether it is a bare role a name may still replace.
        let mut weak = false;
        for inside in [false, true] {
            if found.is_some() {
                break;
            }
            // A quotation carried on, or opening this sentence, is its speaker's: a cue
            // inside it reports what they report ("“Donald said he wants to be neutral. As
            // president I will not be neutral,” Cruz said").
            if inside
                && self.previous.is_some()
                && (self.open_quote || self.opens_with_quote(lo, hi))
            {
                break;
            }
            for (cue, _) in cues
                .iter()
                .zip(&quoted)
                .filter(|(c, q)| c.names_speaker && **q == inside)
            {
                let (cs, ce) = (lo + cue.start, lo + cue.end);
                self.weak_role = false;
                if let Some(s) = self.subject_of(lo, hi, (cs, ce), cue.word, cue.category) {
                    // After a bare role ("Opinion surveys suggest ..."), only a name a later
                    // cue gives takes its place (", Ms Lee said", "according to the UN").
                    if weak
                        && !matches!(
                            s.kind,
                            Kind::Person(_) | Kind::Pronoun(_) | Kind::Joint | Kind::Org
                        )
                    {
                        continue;
                    }
                    let this_weak = self.weak_role && !weak;
                    // "while revenues added 4%", "shares added 2%": a change, no source.
                    if this_weak && self.text[ce..hi].trim_start().starts_with(is_amount_start) {
                        continue;
                    }
                    if let Some(mut sp) = self.resolve(s) {
                        sp.paraphrase =
                            matches!(cue.category, Category::Attribution | Category::Belief)
                                && !inside
                                && self.is_paraphrase(lo, hi, cue.word, cs, ce, s.mention);
                        found = Some(sp);
                        from_inside = inside;
                        if this_weak {
                            weak = true;
                            continue;
                        }
                        break;
                    }
                }
            }
            if found.is_some() {
                break;
            }
        }
        // A quotation carried on from the sentence before, or opening this one, is the
        // previous sentence's speaker's (the mention stays the words that named them there).
        if found.is_none() && (self.open_quote || self.opens_with_quote(lo, hi)) {
            found = self.previous.as_ref().map(|p| Speaker {
                how: How::Quote,
                paraphrase: false,
                ..p.clone()
            });
        }

        // Remember what the next sentences may refer to.
        if let Some(sp) = &found {
            match sp.how {
                // "They" after "Obama and Hollande agreed" is both; "he" neither.
                _ if sp.joint => self.para_group = Some(sp.clone()),
                How::Named | How::Pronoun | How::Quote if self.is_person_span(sp) => {
                    let person = Person {
                        at: sp.mention_start,
                        name: Tok {
                            start: sp.start,
                            end: sp.end,
                        },
                        gender: self.gender_of(sp.start, sp.end),
                    };
                    let pos = self.persons.partition_point(|p| p.at < person.at);
                    self.persons.insert(pos, person);
                }
                How::Organisation | How::Role => self.para_group = Some(sp.clone()),
                _ => {}
            }
        }
        if let Some(first) = self.persons.first() {
            self.para_subjects.push(*first);
            if self.para_subjects.len() > 8 {
                self.para_subjects.remove(0);
            }
        }
        let open_before = self.open_quote;
        self.open_quote = self.quote_left_open(lo, hi, marks);
        self.quotes.push(QuoteState {
            own: !from_inside && found.as_ref().is_some_and(|f| f.how != How::Quote),
            open_before,
            open_after: self.open_quote,
        });
        self.previous = found.clone();
        found
    }

    /// "Trump: My immigration plans aren't set in stone.", "KATE BOLDUAN: Why not debate?":
    /// a name of one to five words opening the sentence, right before a colon, names who
    /// says what follows (a headline, an interview, a transcript). Not a single letter ("Q:",
    /// "A:"), which names nobody a reader could check.
    fn colon_speaker(&mut self, lo: usize, hi: usize) -> Option<Speaker> {
        let text = self.text;
        // Cheap test first (it runs on every sentence): a colon within the first sixty
        // bytes, after a capital.
        let head = text.as_bytes().get(lo..hi.min(lo + 60))?;
        if !head.first().is_some_and(u8::is_ascii_uppercase) {
            return None;
        }
        // Eight bytes at a time: the colon test runs on most sentences, and a byte loop
        // over sixty bytes cost it five instructions a byte.
        let colon = lo + swar::find_byte(head, b':')?;
        let first = next_word(text, lo, hi)?;
        if first.end - first.start < 2 {
            return None;
        }
        self.read_run_forward(first.start, colon);
        let end = self.run.last()?.end;
        let rest = text[colon + 1..hi].trim_start();
        if end != colon
            || self.run.len() > 5
            || !text[colon + 1..hi].starts_with(' ')
            || rest.starts_with(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        // A person (a known name, or a full one): "The Latest:", "Contributing:",
        // "Remember:" and "BYLINE:" open lines too.
        let (span, _, person) = self.classify_run()?;
        if !person || span.end != colon {
            return None;
        }
        let s = self.run_subject()?;
        self.resolve(s)
    }

    fn is_person_span(&self, sp: &Speaker) -> bool {
        let last = last_word(&self.text[sp.start..sp.end]);
        self.names.contains_key(last)
    }

    fn gender_of(&self, start: usize, end: usize) -> Gender {
        let last = last_word(&self.text[start..end]);
        self.names.get(last).map_or(Gender::Unknown, |n| n.gender)
    }

    /// Finds the capitalised runs of the sentence: remembers full names and notes the
    /// persons named, in order. Returns whether the sentence has a quotation mark (see
    /// [`has_quote_marks`]), which the same pass finds: the bytes it skips one word at a
    /// time are letters, digits, joiners and spaces, none of them a quotation mark.
    fn scan_names(&mut self, lo: usize, hi: usize) -> bool {
        self.persons.clear();
        let b = self.text.as_bytes();
        let mut marks = false;
        let mut i = lo;
        while i < hi {
            // Eight bytes at a time to the next capital letter: this loop sees every byte.
            // Loaded as a slice of `i..i + 8`, not with `swar::load8`: the optimiser merges
            // this bounds test with `i + 8 <= hi`, and the other form cost 1.4 million more
            // instructions on 2 MB of Reuters.
            if let Some(eight) = b.get(i..i + 8).filter(|_| i + 8 <= hi) {
                let mut word = [0u8; 8];
                word.copy_from_slice(eight);
                let x = u64::from_le_bytes(word);
                // Most chunks have no byte of a quotation mark: '"' and '\'' are among
                // 0x22..=0x27, the other bytes are past ASCII. Only those that may have one
                // are looked at closely.
                if !marks && maybe_quote_byte(x) {
                    marks = has_quote_byte(x) || has_double_apostrophe(x, b.get(i + 8));
                }
                match first_capital(x) {
                    None => {
                        i += 8;
                        continue;
                    }
                    Some(k) => i += k,
                }
            }
            let c = b[i];
            marks = marks
                || matches!(c, b'"' | 0x9C | 0x9D)
                || (c == b'\'' && b.get(i + 1) == Some(&b'\''));
            if c.is_ascii_uppercase() && word_starts_at(b, lo, i) {
                // An all-capitals word (a headline, "NATO", "U.S.") is never a person's name.
                if b.get(i + 1)
                    .is_some_and(|d| d.is_ascii_uppercase() || *d == b'.')
                {
                    i += 1;
                    while i < hi && (b[i].is_ascii_alphanumeric() || b[i] == b'.') {
                        i += 1;
                    }
                    continue;
                }
                // A lone plain word ("The", "Shares", "Obama" before a lower-case word or a
                // mark): looked up as it is, without reading a run. Most capitals are these.
                let mut j = i + 1;
                while j < hi && b[j].is_ascii_lowercase() {
                    j += 1;
                }
                let mut k = j;
                while k < hi && b[k] == b' ' {
                    k += 1;
                }
                let lone = j < hi
                    && matches!(b[j], b' ' | b',' | b';' | b':' | b'.' | b'?' | b'!' | b'\n')
                    && (k >= hi || b[k].is_ascii_lowercase() && !starts_particle(self.text, k, hi));
                if lone {
                    self.note_known(Tok { start: i, end: j });
                    i = j;
                    continue;
                }
                // A capitalised word with no capitalised word after it ("Smith,", "Smith\n
                // said", "Smith 1987"): the run read_run_forward would read is that word alone.
                if let Some(t) = single_word_run(self.text, i, hi) {
                    self.note_known(t);
                    i = t.end;
                    continue;
                }
                let end = self.read_run_forward(i, hi);
                let person = match self.run.as_slice() {
                    [t] => {
                        let t = *t;
                        self.note_known(t);
                        None
                    }
                    _ => self.read_run().filter(|r| r.person),
                };
                if let Some(r) = person {
                    self.note_person(r.span, r.gender);
                    self.note_office(r);
                    self.note_apposition(r, hi);
                }
                i = end.max(i + 1);
            } else {
                i += 1;
            }
        }
        marks
    }

    /// A run of one capitalised word `t` ("The", "Shares", "Obama"): a person only when the
    /// document already knows the name (its possessive cut), then noted as [`note_person`]
    /// would, with one lookup: a single word adds no longer form and no gender.
    ///
    /// [`note_person`]: SpeakerTracker::note_person
    fn note_known(&mut self, t: Tok) {
        let w = strip_possessive(&self.text[t.start..t.end]);
        let name = Tok {
            start: t.start,
            end: t.start + w.len(),
        };
        if possessive_len(w) > 0 {
            // "Smith's's": its last word is not the word looked up.
            if let Some(gender) = self.names.get(w).map(|n| n.gender) {
                self.note_person(name, gender);
            }
            return;
        }
        if let Some(info) = self.names.get_mut(w) {
            if info.words < 1 {
                info.full = name;
                info.words = 1;
            }
            let gender = info.gender;
            self.persons.push(Person {
                at: name.start,
                name,
                gender,
            });
        }
    }

    /// Records a person: the longest form of their name, and that they were named here.
    fn note_person(&mut self, name: Tok, gender: Gender) {
        let text = self.text;
        let words = word_count(&text[name.start..name.end]) as u8;
        let last = last_word(&text[name.start..name.end]);
        let info = self.names.entry(last).or_insert(NameInfo {
            full: name,
            words,
            gender,
        });
        // A first name says more than a peer's title: "Jim Callaghan" over "Lord Callaghan".
        let titled = |t: Tok| {
            text[t.start..t.end]
                .split_once(' ')
                .is_some_and(|(w, _)| is_peerage(w))
        };
        if words > info.words || words == info.words && titled(info.full) && !titled(name) {
            info.full = name;
            info.words = words;
        }
        if info.gender == Gender::Unknown {
            info.gender = gender;
        }
        let gender = info.gender;
        self.persons.push(Person {
            at: name.start,
            name,
            gender,
        });
    }

    /// Remembers the office the run in `self.run` (read as `r`, a person) gives its person:
    /// the titles before the name ("French President Francois Hollande", "former President
    /// Bill Clinton"), or an office word in lower case right before the run ("White House
    /// spokesman Josh Earnest").
    fn note_office(&mut self, r: RunReading) {
        let text = self.text;
        let Some(first) = self.run.first().copied() else {
            return;
        };
        let mut quals = [""; MAX_QUALS];
        let mut n = 0;
        // Where the office phrase starts, to look for "former" before it.
        let start;
        let head = if let Some((a, b)) = r.titles {
            let Some(words) = self.run.get(a..b) else {
                return;
            };
            let Some((head, rest)) = words.split_last() else {
                return;
            };
            if rest.len() > MAX_QUALS {
                return;
            }
            for t in rest {
                quals[n] = &text[t.start..t.end];
                n += 1;
            }
            start = words.first().map_or(first.start, |t| t.start);
            *head
        } else {
            // Only a name that opens its run, right after the office word in lower case
            // (a space and a letter before it, by bytes first: most runs have none).
            let b = text.as_bytes();
            let lower_before = first.start >= self.sent_lo + 2
                && b.get(first.start - 1) == Some(&b' ')
                && b.get(first.start - 2).is_some_and(u8::is_ascii_lowercase);
            if r.span.start != first.start || !lower_before {
                return;
            }
            let Some(head) = word_before(text, self.sent_lo, first.start) else {
                return;
            };
            if office_word(&text[head.start..head.end]).is_none() {
                return;
            }
            let Some(q) = self.quals_before(self.sent_lo, head) else {
                return;
            };
            n = q.1;
            quals = q.0;
            start = if n > 0 {
                quals_start(text, head, n)
            } else {
                head.start
            };
            head
        };
        let Some((head, plural)) = office_word(&text[head.start..head.end]) else {
            return;
        };
        // "former President Bill Clinton", "ex-": the office is no longer theirs.
        if n < MAX_QUALS {
            if let Some(w) = word_before(text, self.sent_lo, start) {
                let w = &text[w.start..w.end];
                if w.starts_with(|c: char| c.is_ascii_lowercase()) && is_rank(w) {
                    quals[n] = w;
                    n += 1;
                }
            }
        }
        // "the Mayor of London": a title and a place, no name.
        if !starts_upper(&text[r.span.start..r.span.end]) {
            return;
        }
        let holder = last_word(&text[r.span.start..r.span.end]);
        self.push_office(head, quals, n, holder, plural);
    }

    /// Remembers that `holder` (the last word of a person's name) holds the office `head`
    /// qualified by `quals[..n]`, once; a plural office is someone else's too.
    fn push_office(
        &mut self,
        head: &'t str,
        quals: [&'t str; MAX_QUALS],
        n: usize,
        holder: &'t str,
        plural: bool,
    ) {
        let office = Office {
            head,
            quals,
            n_quals: n,
            holder: Some(holder),
        };
        let same = |o: &Office<'_>| {
            o.holder == office.holder
                && o.head.eq_ignore_ascii_case(office.head)
                && o.quals[..o.n_quals] == office.quals[..office.n_quals]
        };
        if self.offices.len() >= MAX_OFFICES || self.offices.iter().any(same) {
            return;
        }
        self.offices.push(office);
        // "Presidents Barack Obama and Francois Hollande": the office is someone else's too.
        if plural {
            self.offices.push(Office {
                holder: None,
                ..office
            });
        }
    }

    /// Remembers an office given by apposition to the person the run in `self.run` (read
    /// as `r`) names: "Tom Reed, the chancellor, said", "Alan Pike, CBI director
    /// general, warned" (the office between commas, or ending the sentence, after the name)
    /// and "the chancellor, Tom Reed, said" (the name between commas after a definite
    /// office). Only an office word ends the phrase ("Tom Reed, the chancellor of the
    /// exchequer" names another office, "Reed, the chancellor said" is no apposition).
    fn note_apposition(&mut self, r: RunReading, hi: usize) {
        let text = self.text;
        let b = text.as_bytes();
        let (Some(first), Some(last)) = (self.run.first().copied(), self.run.last().copied())
        else {
            return;
        };
        // By bytes first: a comma and a space right after the name or right before it.
        let after = b.get(last.end) == Some(&b',') && b.get(last.end + 1) == Some(&b' ');
        let before = first.start >= self.sent_lo + 2
            && b.get(first.start - 1) == Some(&b' ')
            && b.get(first.start - 2) == Some(&b',');
        if !(after || before)
            || r.span.end != last.end
            || !starts_upper(&text[r.span.start..r.span.end])
        {
            return;
        }
        let holder = last_word(&text[r.span.start..r.span.end]);
        if after {
            // "[the] quals head" up to a comma or the end of the sentence.
            let mut words = [Tok { start: 0, end: 0 }; MAX_QUALS + 2];
            let mut n = 0;
            let mut next = next_word(text, last.end + 1, hi);
            while let Some(t) = next {
                if n == words.len() {
                    n = 0;
                    break;
                }
                words[n] = t;
                n += 1;
                next = next_word(text, t.end, hi);
            }
            let Some((head, rest)) = words[..n].split_last() else {
                return;
            };
            let ends = text[head.end..hi].trim_start();
            if !(ends.is_empty() || ends.starts_with([',', '.', ';'])) {
                return;
            }
            let rest = match rest.split_first() {
                Some((the, quals)) if &text[the.start..the.end] == "the" => quals,
                _ => rest,
            };
            self.push_apposition(*head, rest, holder);
        }
        if before && r.span.start == first.start {
            // "the quals head, Name," or "..., Name." ending the sentence.
            let ends = text[last.end..hi].trim_start();
            if !(ends.is_empty() || ends.starts_with([',', '.', ';'])) {
                return;
            }
            let Some(head) = word_before(text, self.sent_lo, first.start - 2) else {
                return;
            };
            if office_word(&text[head.start..head.end]).is_none() {
                return;
            }
            let Some((quals, n)) = self.quals_before(self.sent_lo, head) else {
                return;
            };
            let det_at = if n > 0 {
                quals_start(text, head, n)
            } else {
                head.start
            };
            if !word_before(text, self.sent_lo, det_at)
                .is_some_and(|d| matches!(&text[d.start..d.end], "the" | "The"))
            {
                return;
            }
            self.push_office(&text[head.start..head.end], quals, n, holder, false);
        }
    }

    /// [`SpeakerTracker::note_apposition`] after the name: the office `head` with the words
    /// `quals` before it, when they read as an office ("the French president", "CBI director
    /// general").
    fn push_apposition(&mut self, head: Tok, quals: &[Tok], holder: &'t str) {
        let text = self.text;
        let Some((word, plural)) = office_word(&text[head.start..head.end]) else {
            return;
        };
        if plural || quals.len() > MAX_QUALS {
            return;
        }
        let mut q = [""; MAX_QUALS];
        for (k, t) in quals.iter().enumerate() {
            let w = &text[t.start..t.end];
            if is_determiner(w)
                || is_possessive(w)
                || pronoun(w).is_some()
                || is_not_name(w)
                || !(starts_upper(w) || noun_like(w))
            {
                return;
            }
            q[k] = w;
        }
        self.push_office(word, q, quals.len(), holder, false);
    }

    /// The words before `head` that qualify an office or a role ("French", "White House",
    /// "foreign"), nearest last: capitalised words and lower-case nouns and adjectives, up
    /// to a determiner, a mark or any other word. `None` when there are more than
    /// [`MAX_QUALS`].
    fn quals_before(&self, lo: usize, head: Tok) -> Option<([&'t str; MAX_QUALS], usize)> {
        let text = self.text;
        let mut quals = [""; MAX_QUALS];
        let mut n = 0;
        let mut pos = head.start;
        while let Some(p) = word_before(text, lo, pos) {
            let w = &text[p.start..p.end];
            if is_determiner(w)
                || is_possessive(w)
                || pronoun(w).is_some()
                || is_not_name(w)
                || !(starts_upper(w) || noun_like(w))
            {
                break;
            }
            if n == MAX_QUALS {
                return None;
            }
            quals[n] = w;
            n += 1;
            pos = p.start;
        }
        quals[..n].reverse();
        Some((quals, n))
    }

    /// The person a role phrase whose office word is `head` names: "the French president"
    /// after "French President Francois Hollande", "the spokesman" after "White House
    /// spokesman Josh Earnest". Only a definite singular phrase ("the ...") and only when
    /// one person the text named holds an office that matches it: the same office word,
    /// every word of the phrase among the office's ("the president" matches "French
    /// President", "the US president" does not match a bare "President"), and no rank the
    /// phrase leaves out ("the president" is not "Vice President"). Returns that person's
    /// longest name.
    fn office_holder(&self, lo: usize, head: Tok) -> Option<Tok> {
        if self.offices.is_empty() {
            return None;
        }
        let text = self.text;
        let (word, plural) = office_word(&text[head.start..head.end])?;
        if plural {
            return None;
        }
        // "the president of the club": another office.
        if next_word(text, head.end, self.sent_hi).is_some_and(|n| {
            &text[n.start..n.end] == "of" && text[head.end..n.start].trim().is_empty()
        }) {
            return None;
        }
        let (quals, n) = self.quals_before(lo, head)?;
        let quals = &quals[..n];
        let det_at = if n > 0 {
            quals_start(text, head, n)
        } else {
            head.start
        };
        let det = word_before(text, lo, det_at)?;
        if !matches!(&text[det.start..det.end], "the" | "The") {
            return None;
        }
        let mut holder = None;
        for o in &self.offices {
            let theirs = &o.quals[..o.n_quals];
            let matches = o.head.eq_ignore_ascii_case(word)
                && quals.iter().all(|q| theirs.iter().any(|t| same_qual(q, t)))
                && !theirs
                    .iter()
                    .any(|t| !quals.iter().any(|q| same_qual(q, t)) && is_rank_folded(t));
            if !matches {
                continue;
            }
            match (o.holder, holder) {
                (None, _) => return None,
                (Some(h), None) => holder = Some(h),
                (Some(h), Some(g)) if h == g => {}
                _ => return None,
            }
        }
        self.names.get(holder?).map(|info| info.full)
    }

    /// Whether `s` can be one of several names joined by "and": a person, an organisation
    /// or a place, but not a bare title ("the President and ...").
    fn joinable(&self, s: &Subject) -> bool {
        match s.kind {
            Kind::Person(_) => true,
            Kind::Org => title(&self.text[s.name.start..s.name.end]).is_none(),
            _ => false,
        }
    }

    /// "Obama and Hollande agreed", "Merkel, Macron and Johnson said", "the US and France
    /// agreed": the names joined by "and" (and commas) to the subject `s`, whose capitalised
    /// run starts at `run_start`, going left; `s` when there are none. Two single words
    /// ("Marks and Spencer", "Securities and Exchange Commission") are taken whole too: a
    /// company named so reads the same. None may follow a preposition ("talks between Obama
    /// and Hollande", "In Paris, Merkel and Macron", "the MP for Sleaford and North
    /// Hykeham"). Before a comma, a single word nobody named before ("Overall, Merkel and
    /// Macron") is taken only when another name comes before it, or when it opens the
    /// sentence and is no sentence adverb ([`is_sentence_adverb`]): "Britain, France and
    /// Germany said" is a list of three, "Overall, Merkel and Macron said" of two.
    fn join_left(&mut self, lo: usize, s: Subject, run_start: usize) -> Subject {
        if !self.joinable(&s) {
            return s;
        }
        let text = self.text;
        // " and " before the run, by bytes first: this runs for every named subject.
        let b = text.as_bytes();
        if run_start < lo + 4 || b.get(run_start - 4..run_start - 1) != Some(b"and") {
            return s;
        }
        let Prev::Word(and) = prev_item(text, lo, run_start) else {
            return s;
        };
        if &text[and.start..and.end] != "and" {
            return s;
        }
        // "Economy and Labour Minister Wolfgang Clement": "and" inside a title, unless a
        // person stands before it ("Obama and French President Francois Hollande").
        let titled = run_start < s.name.start;
        // "by the Securities and Exchange Commission", "of the Public and Commercial Services
        // Union": "and" inside the name of an organisation, which reads the same whole
        // wherever it stands (after a preposition too).
        let org_tail = matches!(s.kind, Kind::Org)
            && text[s.name.start..s.name.end]
                .split_whitespace()
                .any(|w| is_org_word(strip_possessive(w)));
        self.joint.clear();
        self.joint.push(Conjunct {
            span: s.name,
            person: matches!(s.kind, Kind::Person(_)),
        });
        let mut pending = None;
        // The pending word opens the sentence: no name before it can vouch for it.
        let mut pending_opens = false;
        let mut pos = and.start;
        let mut after_and = true;
        while self.joint.len() + usize::from(pending.is_some()) < MAX_CONJUNCTS {
            let mut item = prev_item(text, lo, pos);
            if after_and {
                // "X, Y, and Z"
                if let Prev::Punct(',', at) = item {
                    item = prev_item(text, lo, at);
                }
            }
            let Prev::Word(l) = item else {
                break;
            };
            let lw = &text[l.start..l.end];
            if !starts_upper(lw) || is_possessive(lw) {
                break;
            }
            self.read_run_backward(lo, l);
            let (Some(r), Some(c)) = (self.read_run(), self.run_subject()) else {
                break;
            };
            let Some(mut run0) = self.run.first().map(|t| t.start) else {
                break;
            };
            let mut span = c.name;
            let mut person = matches!(c.kind, Kind::Person(_));
            let mut cut_preposition = self.cut_has_preposition(r.span.start);
            // "Marks & Spencer and Big Food": the name goes on before "&".
            if let Prev::Punct('&', at) = prev_item(text, lo, run0) {
                if let Prev::Word(w) = prev_item(text, lo, at) {
                    if starts_upper(&text[w.start..w.end]) {
                        self.read_run_backward(lo, w);
                        if let (Some(amp), Some(f)) = (self.read_run(), self.run.first()) {
                            run0 = f.start;
                            span.start = amp.span.start;
                            person = false;
                            cut_preposition |= self.cut_has_preposition(amp.span.start);
                        }
                    }
                }
            }
            // What comes before the name (and its "the": "at the White House, Obama and
            // Hollande" is no list of three) opens a clause.
            let mut before = prev_item(text, lo, run0);
            if let Prev::Word(the) = before {
                if matches!(&text[the.start..the.end], "the" | "The") {
                    before = prev_item(text, lo, the.start);
                }
            }
            let opens = match before {
                Prev::Start | Prev::Punct(..) => true,
                Prev::Word(b) => {
                    let b = &text[b.start..b.end];
                    is_clause_link(b) || matches!(b, "both" | "Both") || is_weekday(b)
                }
            };
            let strong = r.person || matches!(c.kind, Kind::Org);
            let inside_name = after_and && org_tail;
            if !self.joinable(&c)
                || ((cut_preposition || !opens) && !inside_name)
                || !starts_upper(&text[span.start..span.end])
                || (titled && !r.person)
            {
                break;
            }
            self.joint.extend(pending.take());
            let conjunct = Conjunct { span, person };
            if after_and || strong {
                self.joint.push(conjunct);
            } else {
                pending = Some(conjunct);
            }
            after_and = false;
            // "..., the Netherlands and Sweden"
            let mut before = prev_item(text, lo, run0);
            if let Prev::Word(the) = before {
                if matches!(&text[the.start..the.end], "the" | "The") {
                    before = prev_item(text, lo, the.start);
                }
            }
            match before {
                Prev::Punct(',', at) => pos = at,
                Prev::Start => {
                    pending_opens = pending.is_some();
                    break;
                }
                _ => break,
            }
        }
        if pending_opens {
            if let Some(p) = pending.take() {
                let w = &text[p.span.start..p.span.end];
                if !is_sentence_adverb(w) && !is_not_name(w) {
                    self.joint.push(p);
                }
            }
        }
        if self.joint.len() < 2 {
            // The name before "and" is no subject: "s" stands alone (a preposition before
            // it says so: "talks between Obama and Hollande").
            return s;
        }
        self.joint.reverse();
        let span = Tok {
            start: self.joint.first().map_or(s.name.start, |c| c.span.start),
            end: s.name.end,
        };
        Subject {
            kind: Kind::Joint,
            name: span,
            mention: span,
        }
    }

    /// True when a word of the run in `self.run` before `name_start` (the words a reading
    /// cut) is a preposition: "In Paris", "Between Obama".
    fn cut_has_preposition(&self, name_start: usize) -> bool {
        self.run
            .iter()
            .take_while(|t| t.start < name_start)
            .any(|t| is_preposition(&self.text[t.start..t.end]))
    }

    /// [`SpeakerTracker::join_left`] going right, for a subject `s` read from the start of
    /// its run, which ends at `end`: "Presidents Barack Obama and Francois Hollande closed
    /// ranks" (`verb_after`: a lower-case word or a comma follows the last name), "according
    /// to Merkel and Macron." (else: no word follows it).
    fn join_right(&mut self, hi: usize, s: Subject, end: usize, verb_after: bool) -> Subject {
        if !self.joinable(&s) {
            return s;
        }
        let text = self.text;
        let mut conjuncts = [Conjunct {
            span: s.name,
            person: matches!(s.kind, Kind::Person(_)),
        }; MAX_CONJUNCTS];
        let mut n = 1;
        let mut pos = end;
        let mut last_end = None;
        while n < MAX_CONJUNCTS {
            let rest = text.get(pos..hi).unwrap_or("");
            let trimmed = rest.trim_start();
            let comma = trimmed.starts_with(',');
            let from = hi - trimmed.len() + usize::from(comma);
            let Some(mut w) = next_word(text, from, hi) else {
                break;
            };
            let is_and = &text[w.start..w.end] == "and";
            if is_and {
                match next_word(text, w.end, hi) {
                    Some(x) => w = x,
                    None => break,
                }
            } else if !comma {
                break;
            }
            if !starts_upper(&text[w.start..w.end]) {
                break;
            }
            let run_end = self.read_run_forward(w.start, hi);
            let (Some(r), Some(c)) = (self.read_run(), self.run_subject()) else {
                break;
            };
            // Only titles before the name ("and French President Francois Hollande").
            let untitled = self
                .run
                .iter()
                .take_while(|t| t.start < r.span.start)
                .any(|t| title(&text[t.start..t.end]).is_none());
            let possessive = self
                .run
                .last()
                .is_some_and(|t| is_possessive(&text[t.start..t.end]));
            if untitled
                || possessive
                || !self.joinable(&c)
                || !starts_upper(&text[c.name.start..c.name.end])
                || (!is_and && !r.person)
            {
                break;
            }
            conjuncts[n] = Conjunct {
                span: c.name,
                person: matches!(c.kind, Kind::Person(_)),
            };
            n += 1;
            pos = run_end;
            if is_and {
                last_end = Some(run_end);
                break;
            }
        }
        let Some(last_end) = last_end else {
            return s;
        };
        let after = text.get(last_end..hi).unwrap_or("").trim_start();
        let fits = if verb_after {
            after.starts_with(|c: char| c.is_ascii_lowercase() || c == ',')
        } else {
            !after.starts_with(|c: char| c.is_alphanumeric())
        };
        if !fits {
            return s;
        }
        self.joint.clear();
        self.joint.extend_from_slice(&conjuncts[..n]);
        let span = Tok {
            start: s.name.start,
            end: conjuncts[n - 1].span.end,
        };
        Subject {
            kind: Kind::Joint,
            name: span,
            mention: span,
        }
    }

    /// Reads the capitalised run starting at `i` into `self.run`; returns where it ends.
    fn read_run_forward(&mut self, i: usize, hi: usize) -> usize {
        self.run.clear();
        let text = self.text;
        let mut next = word_at(text, i, hi);
        while let Some(t) = next {
            let w = &text[t.start..t.end];
            // Each word is read once: the next one is needed to tell a particle inside a name
            // ("Bank of England", "bin Laden") from the lower-case word after one.
            next = next_word(text, t.end, hi);
            if !starts_upper(w) {
                let joins = is_name_particle(w)
                    && !self.run.is_empty()
                    && next.is_some_and(|n| starts_upper(&text[n.start..n.end]));
                if !joins {
                    break;
                }
            }
            self.run.push(t);
            if self.run.len() >= 8 || is_possessive(w) {
                break;
            }
        }
        // A run never ends on a particle.
        while self
            .run
            .last()
            .is_some_and(|t| !starts_upper(&text[t.start..t.end]))
        {
            self.run.pop();
        }
        self.run.last().map_or(i + 1, |t| t.end)
    }

    /// Reads the capitalised run that ends with word `t` (going left) into `self.run`.
    fn read_run_backward(&mut self, lo: usize, t: Tok) {
        self.run.clear();
        self.run.push(t);
        let text = self.text;
        let mut pos = t.start;
        while self.run.len() < 8 {
            let Some(p) = word_before(text, lo, pos) else {
                break;
            };
            let w = &text[p.start..p.end];
            if is_possessive(w) {
                break;
            }
            if starts_upper(w) {
                self.run.push(p);
            } else if is_name_particle(w) {
                let before = word_before(text, lo, p.start);
                if before.is_some_and(|q| starts_upper(&text[q.start..q.end])) {
                    self.run.push(p);
                } else {
                    break;
                }
            } else {
                break;
            }
            pos = p.start;
        }
        self.run.reverse();
    }

    /// What the run in `self.run` names: the span of the name (title and leading non-names
    /// cut), the gender a title gives, and whether it is a person (else an organisation, a
    /// place or a bare title).
    fn classify_run(&self) -> Option<(Tok, Gender, bool)> {
        self.read_run().map(|r| (r.span, r.gender, r.person))
    }

    /// [`SpeakerTracker::classify_run`], with what [`SpeakerTracker::run_subject`] needs
    /// besides. The lists are asked about each word once (they were asked up to five times).
    fn read_run(&self) -> Option<RunReading> {
        let text = self.text;
        let n = self.run.len();
        // A run has at most eight words (see read_run_forward and read_run_backward).
        let mut words = [""; 8];
        let mut infos = [WordInfo::default(); 8];
        for (k, t) in self.run.iter().enumerate().take(8) {
            let w = strip_possessive(&text[t.start..t.end]);
            words[k] = w;
            infos[k] = word_info(w);
        }
        let word = |k: usize| -> &str {
            match words.get(k) {
                Some(w) => w,
                None => self
                    .run
                    .get(k)
                    .map_or("", |t| strip_possessive(&text[t.start..t.end])),
            }
        };
        let info = |k: usize| infos.get(k).copied().unwrap_or_else(|| word_info(word(k)));
        // `title`, which strips a full stop first ("Mr.").
        let title_at = |k: usize| {
            let w = word(k);
            if w.ends_with('.') {
                title(w)
            } else {
                info(k).title()
            }
        };
        let org_at = |k: usize| info(k).org() || is_all_caps(word(k));
        let last_is_title = n > 0 && title_at(n - 1).is_some();
        let mut from = 0;
        // Where the words before the name start: after the last non-name.
        let mut cut = 0;
        // Cut everything up to the last non-name ("But", "On Tuesday") or title.
        let mut gender = Gender::Unknown;
        let mut titled = false;
        for k in 0..n {
            if info(k).not_name() || is_contraction(word(k)) {
                from = k + 1;
                cut = k + 1;
                titled = false;
            } else if let Some(g) = title_at(k) {
                from = k + 1;
                titled = true;
                if g != Gender::Unknown {
                    gender = g;
                }
            }
        }
        // "King says", "the President said": a bare title names its holder.
        if from == n && titled {
            let last = self.run.last()?;
            let span = Tok {
                start: last.start,
                end: last.end - possessive_len(&text[last.start..last.end]),
            };
            return Some(RunReading {
                span,
                gender,
                person: false,
                last_is_title,
                titles: None,
            });
        }
        let (mut lo, hi) = (from, n);
        // "Secretary of State John Kerry", "Goldman Sachs analyst"-style runs: two or more
        // plain capitalised words after the last organisation word are a person's name.
        if let Some(k) = (lo..hi).rev().find(|&k| info(k).org()) {
            let rest = k + 1..hi;
            if rest.len() >= 2
                && rest.clone().all(|j| {
                    let w = word(j);
                    starts_upper(w) && !is_all_caps(w)
                })
            {
                lo = k + 1;
                titled = true;
            }
        }
        // "Baroness Scotland", "Lord Carlile": a peer or a knight named by one word is known
        // by title and name; the word alone reads as something else ("Scotland").
        let named_from = if hi == lo + 1 && lo == from && lo > cut && is_peerage(word(lo - 1)) {
            lo - 1
        } else {
            lo
        };
        let (first, last) = (self.run.get(named_from)?, self.run.get(hi.checked_sub(1)?)?);
        if lo >= hi {
            return None;
        }
        // "Having announced ...", "Clearly, ...": a sentence opener, not a name. (Not every
        // -ing or -ly: Schilling, Kelly, Connolly.)
        if hi - lo == 1 && is_opener(word(lo)) {
            return None;
        }
        let span = Tok {
            start: first.start,
            end: last.end - possessive_len(&text[last.start..last.end]),
        };
        let org = (lo..hi).any(org_at);
        if org {
            return Some(RunReading {
                span,
                gender,
                person: false,
                last_is_title,
                titles: None,
            });
        }
        let known = self.names.contains_key(word(hi - 1));
        let person = titled || hi - lo >= 2 || known;
        Some(RunReading {
            span,
            gender,
            person,
            last_is_title,
            titles: (titled && lo == from && cut < from).then_some((cut, from)),
        })
    }

    /// The subject the run in `self.run` gives: a person, or an organisation or bare title.
    /// Next to a reporting verb a single unknown capitalised word ("Earnest said") is taken
    /// for a person unless it looks like an organisation.
    fn run_subject(&self) -> Option<Subject> {
        let RunReading {
            span,
            gender,
            person,
            last_is_title,
            ..
        } = self.read_run()?;
        let text = self.text;
        // The words of the span as the text has them: a full stop between two words of a
        // run read backwards ("Ltd. Trizec") stays on the word here.
        let org_like = || {
            text[span.start..span.end]
                .split_whitespace()
                .any(|w| is_org_word(strip_possessive(w)) || is_all_caps(w))
        };
        // "Critics say", "Officials said": a role that opens the sentence.
        let lone = &text[span.start..span.end];
        if !person && !lone.contains(char::is_whitespace) && is_role_noun_folded(lone) {
            return Some(Subject::new(Kind::Role, span));
        }
        let kind = if person || !(last_is_title || org_like()) {
            Kind::Person(gender)
        } else {
            Kind::Org
        };
        Some(Subject::new(kind, span))
    }

    /// The words next to a reporting cue at `cs..ce` that name its source.
    fn subject_of(
        &mut self,
        lo: usize,
        hi: usize,
        (cs, ce): (usize, usize),
        word: &str,
        category: Category,
    ) -> Option<Subject> {
        if word == "according to" {
            // A name or a pronoun is read as one; anything else is the whole phrase up to
            // a mark ("according to the county board's final tally").
            let text = self.text;
            let name = next_word(text, ce, hi).is_some_and(|n| {
                let w = &text[n.start..n.end];
                let the_name = is_determiner(w)
                    && next_word(text, n.end, hi)
                        .is_some_and(|m| starts_upper(&text[m.start..m.end]));
                starts_upper(w) && !is_determiner(w) || pronoun(w).is_some() || the_name
            });
            return if name {
                self.subject_right(ce, hi)
                    .or_else(|| self.according_to_phrase(ce, hi))
            } else {
                self.according_to_phrase(ce, hi)
                    .or_else(|| self.subject_right(ce, hi))
            };
        }
        let text = self.text;
        // A passive: "was criticised by the unions", "rejected by 64 percent of voters".
        if let Some(by) = next_word(text, ce, hi) {
            if &text[by.start..by.end] == "by" && text[ce..by.start].trim().is_empty() {
                // The agent must be someone: "explained by the drought" has no speaker.
                if let Some(s) = self.subject_right(by.end, hi).filter(|s| {
                    !matches!(s.kind, Kind::Role)
                        || is_role_noun(last_word(&text[s.name.start..s.name.end]))
                }) {
                    return Some(s);
                }
            }
        }
        // Skip "has", "also", "repeatedly" between subject and verb, and a parenthesis:
        // "Governor Mary Fallin (R-OK) said".
        let mut pos = cs;
        let mut before = prev_item(text, lo, pos);
        // A form of "be" before the verb: a passive ("is easily explained"), whose subject
        // is no source.
        let mut passive = false;
        for _ in 0..5 {
            match before {
                Prev::Word(t) if is_between_word(&text[t.start..t.end]) => {
                    passive |= matches!(
                        &text[t.start..t.end],
                        "is" | "are" | "was" | "were" | "be" | "been" | "being"
                    );
                    pos = t.start;
                    before = prev_item(text, lo, pos);
                }
                // "Trump on Sunday tweeted": a time between subject and verb.
                Prev::Word(t) if is_weekday(&text[t.start..t.end]) => {
                    pos = t.start;
                    before = prev_item(text, lo, pos);
                    if let Prev::Word(on) = before {
                        if matches!(&text[on.start..on.end], "on" | "last" | "this") {
                            pos = on.start;
                            before = prev_item(text, lo, pos);
                        }
                    }
                }
                Prev::Punct(')', at) => match text[lo..at].rfind('(') {
                    Some(open) if at - (lo + open) < 80 => {
                        pos = lo + open;
                        before = prev_item(text, lo, pos);
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        match before {
            // "... and told them", "while saying": the subject of the sentence.
            Prev::Word(t) if is_clause_link(&text[t.start..t.end]) => self.sentence_subject(lo, hi),
            // "The figures were explained by the drought": a passive's subject is no source.
            Prev::Word(_) if passive && word.ends_with("ed") => None,
            Prev::Word(t) => self.subject_ending_at(lo, t).or_else(|| {
                // A reporting verb after a long subject; not a passive, not an opinion.
                (category == Category::Attribution && !passive)
                    .then(|| self.leading_subject(lo, hi, t.start))
                    .flatten()
            }),
            Prev::Start => self.subject_right(ce, hi),
            Prev::Punct(c, at) => {
                let cue = &text[cs..ce];
                // ", saying ...", ", adding ...", ", calling her ...": the subject of the
                // main clause.
                if c == ',' && cue.split(' ').next().is_some_and(|w| w.ends_with("ing")) {
                    // "..., Mr Baez Silva estimated, pointing out ...": the subject of the
                    // reporting verb just before the comma, not the sentence's first words.
                    if let Some(s) = self.inverted_reporter(lo, at) {
                        return Some(s);
                    }
                    return self.sentence_subject(lo, hi);
                }
                // "…”, said Obama": only verbs that take no object come before their subject;
                // after "…, told researchers" or "…, warned Mr Brown" the name is the listener.
                if matches!(
                    c,
                    ',' | '\u{201d}'
                        | '"'
                        | '\u{2019}'
                        | '\''
                        | ':'
                        | '\u{2014}'
                        | '\u{2013}'
                        | '('
                ) && inverts(cue)
                {
                    // "…”, said Obama." and "said Tad Devine, an adviser": the name ends
                    // the clause. In "…, said the strikes would go on" it is not a subject.
                    if let Some(s) = self.subject_right(ce, hi) {
                        let after = text.get(s.name.end..hi).unwrap_or("").trim_start();
                        let after = after.strip_prefix(['\'', '\u{2019}']).unwrap_or(after);
                        if !after.starts_with(|c: char| c.is_alphanumeric()) {
                            return Some(s);
                        }
                        // "…, said a spokeswoman for the ministry", "…, said Ford in a
                        // statement": a preposition after a name or a role ("…, said the
                        // strikes in Paris would go on" names no role).
                        let first_after = after.split(|c: char| !c.is_ascii_alphabetic()).next();
                        let speaker_like = match s.kind {
                            Kind::Person(_) | Kind::Org | Kind::Joint => true,
                            Kind::Role => {
                                is_role_noun_folded(last_word(&text[s.name.start..s.name.end]))
                            }
                            Kind::Pronoun(_) => false,
                        };
                        // "asked" takes an object: "…, asked the court for new evidence".
                        if speaker_like
                            && !cue.eq_ignore_ascii_case("asked")
                            && first_after.is_some_and(follows_speaker)
                        {
                            return Some(self.with_affiliation(s, hi));
                        }
                        // After a quotation a name is the speaker even when words follow it
                        // ("…,” said Sophie in 't Veld, a Dutch ..."): "…”, said the strikes
                        // would go on" cannot happen there.
                        let after_quote = is_closing_quote(c)
                            || (c == ','
                                && matches!(prev_item(text, lo, at), Prev::Punct(q, _) if is_closing_quote(q)));
                        if after_quote
                            && matches!(s.kind, Kind::Person(_) | Kind::Org | Kind::Joint)
                        {
                            return Some(s);
                        }
                    }
                }
                // "Josh Earnest, the White House spokesman, said": the name before the
                // earlier comma.
                // "Donald Trump - who said ... - said": the same with dashes.
                if matches!(c, ',' | '-' | '\u{2014}' | '\u{2013}') {
                    return self.apposition(lo, at, c);
                }
                // "Tom Reed, host of the \u{201c}Morning Show,\u{201d} suggested": the
                // apposition's comma is inside the closing mark.
                if is_closing_quote(c) && !inverts(cue) {
                    if let Prev::Punct(',', comma) = prev_item(text, lo, at) {
                        return self.apposition(lo, comma, ',');
                    }
                }
                None
            }
        }
    }

    /// "..., Mr Baez Silva estimated," / "..., he said,": a name or pronoun and a past-tense
    /// verb right before the comma at `comma`, the verb's subject.
    fn inverted_reporter(&mut self, lo: usize, comma: usize) -> Option<Subject> {
        let text = self.text;
        let verb = word_before(text, lo, comma)?;
        let vw = &text[verb.start..verb.end];
        let past = vw.starts_with(|c: char| c.is_ascii_lowercase())
            && (vw.ends_with("ed") || matches!(vw, "said" | "says" | "told" | "wrote"));
        if !past {
            return None;
        }
        let n = word_before(text, lo, verb.start)?;
        let nw = &text[n.start..n.end];
        if !(starts_upper(nw) || pronoun(nw).is_some()) {
            return None;
        }
        self.subject_ending_at(lo, n).filter(|s| {
            matches!(
                s.kind,
                Kind::Person(_) | Kind::Org | Kind::Joint | Kind::Pronoun(_)
            )
        })
    }

    /// The subject of a sentence whose verb comes after a long subject: "Democrats trying to
    /// regain control of the Senate in November say", "Her campaign workers here said". Only
    /// when nothing but words stands between the sentence start and the verb (no mark: no
    /// clause before the subject), and no more than twelve of them.
    fn leading_subject(&mut self, lo: usize, hi: usize, before: usize) -> Option<Subject> {
        let text = self.text;
        let head = text.get(lo..before)?;
        if head.split_whitespace().count() > 12
            || head.contains(|c: char| {
                !(c.is_alphanumeric() || c.is_whitespace() || "'’-.".contains(c))
            })
        {
            return None;
        }
        let s = self.sentence_subject(lo, hi)?;
        (s.name.end <= before).then_some(s)
    }

    /// The subject whose last word is `t`.
    fn subject_ending_at(&mut self, lo: usize, t: Tok) -> Option<Subject> {
        let text = self.text;
        let w = &text[t.start..t.end];
        if let Some(p) = pronoun(w) {
            if p == Pronoun::Relative {
                // "Obama, who said", "business leaders who say": the words before.
                let n = match prev_item(text, lo, t.start) {
                    Prev::Punct(',', comma) => match prev_item(text, lo, comma) {
                        Prev::Word(n) => n,
                        _ => return None,
                    },
                    Prev::Word(n) => n,
                    _ => return None,
                };
                if pronoun(&text[n.start..n.end]).is_some() {
                    return None;
                }
                let s = self.subject_ending_at(lo, n)?;
                return matches!(
                    s.kind,
                    Kind::Person(_) | Kind::Org | Kind::Role | Kind::Joint
                )
                .then_some(Subject { mention: t, ..s });
            }
            return Some(Subject::new(Kind::Pronoun(p), t));
        }
        if starts_upper(w) || is_all_caps(w) {
            self.read_run_backward(lo, t);
            let s = self.run_subject()?;
            let run_start = self.run.first().map_or(s.name.start, |f| f.start);
            let s = self.join_left(lo, s, run_start);
            return Some(self.with_head(lo, s));
        }
        let s = self
            .role_phrase_back(lo, t)
            .map(|span| Subject::new(Kind::Role, span))?;
        Some(self.with_head(lo, s))
    }

    /// A subject `s` with the role it follows: "*the judge in* the case", "*officials in*
    /// Washington", "*analysts at* Goldman Sachs", "*a spokesman for* Mr Smith" said: the
    /// role speaks. The head is a listed role noun ([`is_role_noun`]); `s` otherwise.
    fn with_head(&mut self, lo: usize, s: Subject) -> Subject {
        // Reading the role back may mark it weak; when `s` stands, that reading is undone.
        let weak = self.weak_role;
        self.head_role(lo, s).unwrap_or_else(|| {
            self.weak_role = weak;
            s
        })
    }

    /// [`SpeakerTracker::with_head`]'s reading: the role before `s` (or the person it
    /// describes), `None` when there is none and `s` stands.
    fn head_role(&mut self, lo: usize, s: Subject) -> Option<Subject> {
        if matches!(s.kind, Kind::Pronoun(_)) {
            return None;
        }
        let text = self.text;
        let mut prep = word_before(text, lo, s.name.start)?;
        if matches!(&text[prep.start..prep.end], "the" | "a" | "an") {
            prep = word_before(text, lo, prep.start)?;
        }
        if !matches!(
            &text[prep.start..prep.end],
            "in" | "at" | "of" | "for" | "from"
        ) {
            return None;
        }
        let head = word_before(text, lo, prep.start)?;
        if !is_role_noun_folded(strip_possessive(&text[head.start..head.end])) {
            return None;
        }
        // "Officials in Washington": a role word opening the sentence is capitalised.
        let opening = matches!(prev_item(text, lo, head.start), Prev::Start).then_some(head);
        let role = self.role_phrase_back(lo, head).or(opening)?;
        // The words a role phrase leaves out before its head ("executive" director).
        let mut before = prev_item(text, lo, role.start);
        for _ in 0..3 {
            match before {
                Prev::Word(w) if noun_like(&text[w.start..w.end]) => {
                    before = prev_item(text, lo, w.start);
                }
                _ => break,
            }
        }
        match before {
            // "Jack Yoedt, executive director of SEIU, said": the person the role describes.
            Prev::Punct(',', at) => {
                if let Some(name) =
                    word_before(text, lo, at).filter(|n| starts_upper(&text[n.start..n.end]))
                {
                    self.read_run_backward(lo, name);
                    if let Some(p) = self.run_subject() {
                        if matches!(p.kind, Kind::Person(_)) {
                            return Some(p);
                        }
                    }
                }
                // "The poll of 20,000 people in 20 countries": a number, not a role.
                if text[..at].ends_with(|c: char| c.is_ascii_digit()) {
                    return None;
                }
            }
            // "Jose Melicias from the research department of Drexel": likewise.
            Prev::Word(p) if is_preposition(&text[p.start..p.end]) => return None,
            _ => {}
        }
        Some(Subject {
            // A role speaking for an organisation or a person is their voice ("a
            // spokesman for the Home Office"), as a role of a role is a role ("critics of
            // the plan").
            kind: if matches!(s.kind, Kind::Role) {
                Kind::Role
            } else {
                Kind::Org
            },
            name: Tok {
                start: role.start,
                end: s.name.end,
            },
            mention: Tok {
                start: role.start,
                end: s.mention.end,
            },
        })
    }

    /// A role phrase ending with `t`, back to its determiner: "the French president",
    /// "officials", "his colleague", "the groups". The last word is a role noun from the list,
    /// or any other lower-case noun-like word when a determiner opens the phrase.
    fn role_phrase_back(&mut self, lo: usize, t: Tok) -> Option<Tok> {
        let text = self.text;
        let last = strip_possessive(&text[t.start..t.end]);
        let listed = is_role_noun(last);
        if !listed && !noun_like(last) {
            return None;
        }
        let mut start = t.start;
        let mut pos = t.start;
        let mut determined = false;
        // A bare plural (or a mass noun: "media", "data") with no determiner may still be a
        // source where its phrase opens a clause; not inside a quotation ("as forecasters
        // say" quoted is the quoted speaker's aside).
        let bare = !listed && !self.sent_marks && is_bare_source(last);
        for k in 0..4 {
            let Some(p) = word_before(text, lo, pos) else {
                // "Recent figures showed": the phrase opens the sentence, its first word
                // capitalised as an opener (a lone "Figures" is read as a run).
                if bare && k > 0 && matches!(prev_item(text, lo, start), Prev::Start) {
                    determined = true;
                    self.weak_role = true;
                }
                break;
            };
            let w = &text[p.start..p.end];
            if is_determiner(w) || is_possessive(w) || is_number_word(w) {
                start = p.start;
                determined = true;
                break;
            }
            // "after figures showed": a bare noun opening a clause is its subject.
            if bare && is_subordinator(w) {
                determined = true;
                self.weak_role = true;
                break;
            }
            if is_between_word(w) || pronoun(w).is_some() || is_not_name(w) || !noun_like_or_name(w)
            {
                break;
            }
            // Adjectives and names inside the phrase: "senior", "French", "White House".
            pos = p.start;
            if starts_upper(w) {
                start = p.start;
            }
        }
        (listed || determined).then_some(Tok { start, end: t.end })
    }

    /// The speaker after the cue: "…,” said Obama", "said the ministry", "according to
    /// officials", "said one longtime adviser to Bill Clinton".
    fn subject_right(&mut self, ce: usize, hi: usize) -> Option<Subject> {
        let text = self.text;
        // Only the words right after the cue, with no punctuation between.
        let first = next_word(text, ce, hi)?;
        let w = &text[first.start..first.end];
        if let Some(p) = pronoun(w) {
            return matches!(p, Pronoun::Person(_) | Pronoun::Group)
                .then_some(Subject::new(Kind::Pronoun(p), first));
        }
        if starts_upper(w) && !is_determiner(w) {
            let end = self.read_run_forward(first.start, hi);
            // "said FBI director James Comey", "said Obama adviser Ann Lee": the capitalised
            // run describes the name that follows.
            let described = next_word(text, end, hi).is_some_and(|n| {
                let nw = &text[n.start..n.end];
                noun_like(nw) || is_role_noun(nw)
            });
            if described {
                if let Some(s) = self.described_name(first, hi) {
                    return Some(s);
                }
                self.read_run_forward(first.start, hi);
            }
            let s = self.run_subject()?;
            return Some(self.join_right(hi, s, end, false));
        }
        if let Some(span) = self.noun_phrase_at(first, hi) {
            return Some(Subject::new(Kind::Role, span));
        }
        // "said the FBI.", "according to the State Department": a name after "the".
        if is_determiner(w) {
            if let Some(name) =
                next_word(text, first.end, hi).filter(|n| starts_upper(&text[n.start..n.end]))
            {
                let end = self.read_run_forward(name.start, hi);
                let after = text.get(end..hi).unwrap_or("").trim_start();
                if !after.starts_with(|c: char| c.is_alphanumeric()) {
                    return self.run_subject();
                }
                // "by the Trade and Industry Committee.", "said the US and France."
                if after.starts_with("and ") {
                    let s = self.run_subject()?;
                    let joint = self.join_right(hi, s, end, false);
                    if matches!(joint.kind, Kind::Joint) {
                        return Some(joint);
                    }
                }
            }
        }
        self.described_name(first, hi)
    }

    /// A name after a few words that describe it: "said former trade minister Luis
    /// Ramirez", "said longtime Obama adviser Ann Lee". Up to six words: lower-case nouns
    /// and adjectives, and capitalised words followed by one ("Obama adviser"); the name is
    /// the capitalised run that ends the clause, of two words or more, or one the document
    /// knows.
    fn described_name(&mut self, first: Tok, hi: usize) -> Option<Subject> {
        let text = self.text;
        let mut pos = first;
        for _ in 0..6 {
            let w = &text[pos.start..pos.end];
            if starts_upper(w) {
                self.read_run_forward(pos.start, hi);
                let end = self.run.last()?.end;
                let next = next_word(text, end, hi);
                match next {
                    // "Obama adviser ...": a description, the name comes after it.
                    Some(n) if noun_like(&text[n.start..n.end]) => {
                        pos = n;
                        continue;
                    }
                    // "said adviser Ann Lee on Monday": a preposition ends the name too.
                    Some(n) if !is_preposition(&text[n.start..n.end]) => return None,
                    _ => {
                        let s = self.run_subject()?;
                        let span = &text[s.name.start..s.name.end];
                        let full =
                            span.contains(char::is_whitespace) || self.names.contains_key(span);
                        return (matches!(s.kind, Kind::Person(_)) && full).then_some(s);
                    }
                }
            }
            if !(noun_like(w) || is_role_noun(w)) {
                return None;
            }
            pos = next_word(text, pos.end, hi)?;
        }
        None
    }

    /// A role with the organisation it speaks for: "a spokeswoman for the ministry",
    /// "analysts at Goldman Sachs" (up to eight words after "for", "at", "of" or "from", to a
    /// mark or a word that is neither a name nor a noun). Anything but a role is `s` as it is.
    fn with_affiliation(&self, s: Subject, hi: usize) -> Subject {
        if !matches!(s.kind, Kind::Role) {
            return s;
        }
        let text = self.text;
        let Some(prep) = next_word(text, s.name.end, hi) else {
            return s;
        };
        if !matches!(&text[prep.start..prep.end], "for" | "at" | "of" | "from") {
            return s;
        }
        let mut end = None;
        let mut pos = prep;
        for _ in 0..8 {
            let Some(n) = next_word(text, pos.end, hi) else {
                break;
            };
            let w = &text[n.start..n.end];
            // "... Economic and Security Review Commission": "and" between capitals.
            let and_in_name = w == "and"
                && end.is_some()
                && next_word(text, n.end, hi).is_some_and(|m| starts_upper(&text[m.start..m.end]));
            if starts_upper(w) || noun_like(w) || and_in_name || (end.is_none() && is_determiner(w))
            {
                if !is_determiner(w) {
                    end = Some(n.end);
                }
                pos = n;
            } else {
                break;
            }
        }
        match end {
            Some(end) => Subject {
                name: Tok {
                    start: s.name.start,
                    end,
                },
                ..s
            },
            None => s,
        }
    }

    /// What "according to" names when it is no name or short noun phrase: the words after
    /// it up to a mark or a clause ("according to the Real Clear Politics polling average",
    /// "according to interviews with a dozen party leaders"). "According to" always
    /// introduces a source, so the phrase is taken whole (at most fourteen words).
    fn according_to_phrase(&self, ce: usize, hi: usize) -> Option<Subject> {
        let text = self.text;
        let first = next_word(text, ce, hi)?;
        let mut last = first;
        for _ in 0..14 {
            let Some(next) = next_word(text, last.end, hi) else {
                break;
            };
            if matches!(
                &text[next.start..next.end],
                "that" | "which" | "who" | "is" | "are" | "was" | "were" | "has" | "have"
            ) {
                break;
            }
            last = next;
        }
        let span = Tok {
            start: first.start,
            end: last.end,
        };
        Some(Subject::new(Kind::Role, span))
    }

    /// A noun phrase starting at `first`: a role noun ("officials"), or a determiner (or a
    /// number) and up to four words ending at a role noun or at a noun-like word followed by a
    /// break (punctuation, a preposition, a verb): "the ministry", "one longtime adviser",
    /// "74 percent".
    fn noun_phrase_at(&self, first: Tok, hi: usize) -> Option<Tok> {
        let text = self.text;
        let w0 = &text[first.start..first.end];
        let determined = is_determiner(w0) || is_number_word(w0);
        let mut lower_inside = false;
        let mut pos = first;
        for k in 0..5 {
            let w = &text[pos.start..pos.end];
            let next = next_word(text, pos.end, hi);
            let ends = next.is_none_or(|n| {
                let nw = &text[n.start..n.end];
                !(noun_like(nw) || is_role_noun(nw) || starts_upper(nw))
            });
            if is_role_noun(w) || (k > 0 && determined && ends && noun_like(w)) {
                return Some(Tok {
                    start: first.start,
                    end: pos.end,
                });
            }
            if k > 0 && !(noun_like(w) || starts_upper(w) || is_number_word(w)) {
                return None;
            }
            if k == 0 && !determined {
                return None;
            }
            // "the Florida Republican would", "one senior White House official": a name
            // ends the phrase when a lower-case word is in it; "the White House" alone is a
            // name, read as one by the caller.
            if k > 0 && determined && ends && starts_upper(w) && lower_inside {
                return Some(Tok {
                    start: first.start,
                    end: pos.end,
                });
            }
            lower_inside |= k > 0 && !starts_upper(w);
            pos = next?;
        }
        None
    }

    /// The subject at the start of the sentence (for ", saying ...", "and told"): a pronoun,
    /// a name or a noun phrase in its first words ("The billionaire businessman began ...").
    fn sentence_subject(&mut self, lo: usize, hi: usize) -> Option<Subject> {
        let text = self.text;
        let first = next_word(text, lo, hi)?;
        let w = &text[first.start..first.end];
        if let Some(p) = pronoun(w) {
            return Some(Subject::new(Kind::Pronoun(p), first));
        }
        // "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling
        // him ...": past an opening phrase, to the comma after which a subject and its verb
        // come ("New Hampshire," is followed by a comma, "Trump went" by a verb).
        if is_opener(w) || is_preposition(w) || starts_upper(w) && w.ends_with("ing") {
            let mut from = first.end;
            for _ in 0..4 {
                let Some(k) = text.get(from..hi).and_then(|r| r.find(',')) else {
                    break;
                };
                let comma = from + k;
                from = comma + 1;
                let Some(n) = next_word(text, from, hi) else {
                    continue;
                };
                let nw = &text[n.start..n.end];
                let end = if pronoun(nw).is_some() || is_determiner(nw) {
                    n.end
                } else if starts_upper(nw) && !is_not_name(nw) {
                    self.read_run_forward(n.start, hi)
                } else {
                    continue;
                };
                let verb_follows = next_word(text, end, hi).is_some_and(|v| {
                    let vw = &text[v.start..v.end];
                    vw.starts_with(|c: char| c.is_ascii_lowercase()) && !is_preposition(vw)
                });
                if verb_follows || is_determiner(nw) {
                    return self.sentence_subject(from, hi);
                }
            }
        }
        if let Some(span) = self.noun_phrase_at(first, hi) {
            return Some(Subject::new(Kind::Role, span));
        }
        // Walk to the first capitalised run or role noun.
        let mut pos = first;
        for _ in 0..5 {
            let w = &text[pos.start..pos.end];
            if is_role_noun(w) {
                let span = Tok {
                    start: first.start,
                    end: pos.end,
                };
                return Some(Subject::new(Kind::Role, span));
            }
            if starts_upper(w) && !is_not_name(w) {
                let end = self.read_run_forward(pos.start, hi);
                let s = self.run_subject()?;
                return Some(self.join_right(hi, s, end, true));
            }
            pos = match next_word(text, pos.end, hi) {
                Some(n) => n,
                // "Hours later, Trump returned ..., telling": past an opening phrase's comma.
                None => {
                    let rest = text.get(pos.end..hi)?.trim_start();
                    let comma = hi - rest.len();
                    if !rest.starts_with(',') {
                        return None;
                    }
                    return self.sentence_subject(comma + 1, hi);
                }
            };
        }
        None
    }

    /// "Josh Earnest, the White House spokesman, said": the subject before the comma that
    /// opens the apposition ending at `comma`; or the apposition itself when it is a name ("A
    /// Twitter spokesman, Christopher Abboud, said").
    fn apposition(&mut self, lo: usize, comma: usize, mark: char) -> Option<Subject> {
        let text = self.text;
        let window_start = comma.saturating_sub(220).max(lo);
        let window_start = ceil_char_boundary(text, window_start);
        let inner = &text[window_start..comma];
        let mut open = inner.rfind(mark)? + window_start;
        // A relative clause may hold commas of its own ("The actor, whose films include
        // Schindler's List, Michael Collins and Star Wars, said"): it opens the apposition.
        if mark == ',' {
            if let Some(k) = [", who ", ", whose ", ", which "]
                .iter()
                .filter_map(|r| inner.rfind(r))
                .max()
            {
                open = open.min(window_start + k);
            }
        }
        // The apposition is a phrase ("the White House spokesman", "speaking in Paris", "74",
        // "who was there"), not a clause with its own quote.
        let phrase = &text[open + mark.len_utf8()..comma];
        // A title in quotation marks may stand in it ("host of MSNBC's \u{201c}Morning
        // Joe,\u{201d}"); a quotation of more than five words is a clause of its own.
        let quoted_clause = phrase
            .split(['\u{201c}', '\u{201d}', '"'])
            .skip(1)
            .step_by(2)
            .any(|q| q.split_whitespace().count() > 5);
        if quoted_clause || phrase.split_whitespace().count() > 16 {
            return None;
        }
        let inside = open + mark.len_utf8();
        if let Prev::Word(t) = prev_item(text, inside, comma) {
            if starts_upper(&text[t.start..t.end]) {
                self.read_run_backward(inside, t);
                let whole = self
                    .run
                    .first()
                    .is_some_and(|f| text[inside..f.start].trim().is_empty());
                if whole {
                    if let Some(s) = self.run_subject() {
                        if matches!(s.kind, Kind::Person(_)) {
                            return Some(s);
                        }
                    }
                }
            }
        }
        // "Rep. Elijah Cummings (D-Md.), chair of ...": the name before the parenthesis.
        let mut named_end = open;
        if let Prev::Punct(')', at) = prev_item(text, lo, open) {
            if let Some(p) = text[lo..at].rfind('(') {
                named_end = lo + p;
            }
        }
        let Prev::Word(t) = prev_item(text, lo, named_end) else {
            return None;
        };
        // After a name any apposition goes ("Bill Frelick, refugee director at Human Rights
        // Watch, said"); after other words only a clear one, so that a clause between two
        // commas is not taken for one.
        let mut words = phrase.split_whitespace();
        let first = words.next().unwrap_or("");
        // "The company, based in Ohio, said", "The aides, led by Tom Sullivan, told": a
        // participle and its preposition.
        let participle = first.len() >= 3
            && first.ends_with("ed")
            && words
                .next()
                .is_some_and(|w| matches!(w, "in" | "by" | "at" | "from" | "on"));
        let opens_apposition = participle
            || starts_upper(&text[t.start..t.end])
            || is_determiner(first)
            || starts_upper(first)
            || first.ends_with("ing")
            || first.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                first,
                "who"
                    | "whose"
                    | "which"
                    | "while"
                    | "himself"
                    | "herself"
                    | "now"
                    | "then"
                    | "also"
                    | "once"
                    | "formerly"
                    | "like"
            );
        if !opens_apposition {
            return None;
        }
        self.subject_ending_at(lo, t)
    }

    /// Turns what was found into the speaker column, resolving pronouns and short names.
    fn resolve(&mut self, s: Subject) -> Option<Speaker> {
        let text = self.text;
        let t = s.mention;
        match s.kind {
            Kind::Person(gender) => {
                let name = s.name;
                let last = last_word(&text[name.start..name.end]);
                let words = word_count(&text[name.start..name.end]) as u8;
                let known = *self.names.entry(last).or_insert(NameInfo {
                    full: name,
                    words,
                    gender,
                });
                // As `longest`, with the one lookup.
                let same = known.full == name
                    || same_name(
                        &text[known.full.start..known.full.end],
                        &text[name.start..name.end],
                        known.gender,
                    );
                let full = if same { known.full } else { name };
                Some(self.make(full, t, How::Named))
            }
            Kind::Org => {
                // "the Prime Minister said": a bare title, maybe the office of someone named.
                let holder = if self.offices.is_empty() {
                    None
                } else {
                    title(&text[s.name.start..s.name.end])
                        .and_then(|_| self.office_holder(self.sent_lo, s.name))
                };
                Some(match holder {
                    Some(full) => self.make(full, t, How::Named),
                    None => self.make(s.name, t, How::Organisation),
                })
            }
            // Most roles name no office ("officials", "the company"): the last word tells,
            // by bytes, before any word is read.
            Kind::Role
                if self.offices.is_empty()
                    || office_word(last_word(&text[s.name.start..s.name.end])).is_none() =>
            {
                Some(self.make(s.name, t, How::Role))
            }
            Kind::Role => {
                let holder = match prev_item(text, s.name.start, s.name.end) {
                    // From the sentence start: "the Prime Minister" is read as a lone
                    // role word ("Minister") with its words before it.
                    Prev::Word(head) => self.office_holder(self.sent_lo, head),
                    _ => None,
                };
                Some(match holder {
                    Some(full) => self.make(full, t, How::Named),
                    None => self.make(s.name, t, How::Role),
                })
            }
            Kind::Joint => {
                let n = self.joint.len();
                let mut name = String::new();
                let mut person = false;
                for (k, c) in self.joint.iter().enumerate() {
                    if k > 0 {
                        name.push_str(if k + 1 == n { " and " } else { ", " });
                    }
                    let span = if c.person {
                        person = true;
                        self.longest(c.span)
                    } else {
                        c.span
                    };
                    name.push_str(&fold(&text[span.start..span.end]));
                }
                Some(Speaker {
                    name,
                    start: s.name.start,
                    end: s.name.end,
                    mention_start: t.start,
                    mention_end: t.end,
                    how: if person {
                        How::Named
                    } else {
                        How::Organisation
                    },
                    paraphrase: false,
                    joint: true,
                })
            }
            Kind::Pronoun(Pronoun::Person(g)) => {
                // In '"I met Tom Hart," she said' the speaker is never a name inside the
                // quotation she closes: only names after its closing mark count.
                let after = self.quote_closed_before(t.start);
                let person = self
                    .persons
                    .iter()
                    .find(|p| p.at < t.start && p.at >= after && p.gender.agrees(g))
                    .or_else(|| self.para_subjects.iter().rev().find(|p| p.gender.agrees(g)))
                    .copied()
                    .or_else(|| {
                        let nobody_yet = self.para_subjects.is_empty()
                            && !self.persons.iter().any(|p| p.at < t.start);
                        self.last_para_subject
                            .filter(|p| nobody_yet && p.gender.agrees(g))
                    });
                match person {
                    Some(p) => {
                        let last = last_word(&text[p.name.start..p.name.end]);
                        let full = self.names.get(last).map_or(p.name, |n| n.full);
                        Some(self.make(full, t, How::Pronoun))
                    }
                    None => {
                        self.unresolved = Some((t.start, t.end));
                        None
                    }
                }
            }
            Kind::Pronoun(Pronoun::Group) => match &self.para_group {
                Some(g) => Some(Speaker {
                    mention_start: t.start,
                    mention_end: t.end,
                    how: How::Pronoun,
                    ..g.clone()
                }),
                None => {
                    self.unresolved = Some((t.start, t.end));
                    None
                }
            },
            Kind::Pronoun(_) => {
                self.unresolved = Some((t.start, t.end));
                None
            }
        }
    }

    /// The longest form of the name at `span` the document gave: "Barack Obama" for
    /// "Obama"; `span` itself when that form does not end with it ("Swiss Re" is not
    /// "Munich Re", though both end with "Re").
    fn longest(&self, span: Tok) -> Tok {
        let text = self.text;
        let name = &text[span.start..span.end];
        match self.names.get(last_word(name)) {
            Some(info)
                if info.full == span
                    || same_name(&text[info.full.start..info.full.end], name, info.gender) =>
            {
                info.full
            }
            _ => span,
        }
    }

    fn make(&self, name: Tok, mention: Tok, how: How) -> Speaker {
        Speaker {
            name: fold(&self.text[name.start..name.end]),
            start: name.start,
            end: name.end,
            mention_start: mention.start,
            mention_end: mention.end,
            how,
            paraphrase: false,
            joint: false,
        }
    }

    /// True when the reporting cue at `cs..ce`, whose source is named by `mention`, carries
    /// content in the article's words rather than tagging a quotation: the words after it
    /// are the claim ("said greater cooperation is required"), or it is "according to".
    fn is_paraphrase(
        &self,
        lo: usize,
        hi: usize,
        word: &str,
        cs: usize,
        ce: usize,
        mention: Tok,
    ) -> bool {
        let text = self.text;
        // "“We must act”, Hollande said" and "”, said Obama": a tag after a quotation.
        let first = mention.start.min(cs);
        match prev_item(text, lo, first) {
            Prev::Punct(c, _) if is_closing_quote(c) => return false,
            Prev::Punct(',', at) => {
                if let Prev::Punct(c, _) = prev_item(text, lo, at) {
                    if is_closing_quote(c) {
                        return false;
                    }
                }
            }
            _ => {}
        }
        if word == "according to" {
            return true;
        }
        let after = text.get(mention.end.max(ce)..hi).unwrap_or("").trim_start();
        after.chars().next().is_some_and(char::is_alphanumeric)
    }

    /// For each cue, whether it stands inside quotation marks (a quotation carried over
    /// from the sentence before counts). Bytes, not chars: “ is E2 80 9C, ” E2 80 9D.
    /// `marks`: the sentence has a quotation mark ([`has_quote_marks`]).
    fn quoted_cues(&self, lo: usize, hi: usize, cues: &[CueMatch<'_>], marks: bool) -> Vec<bool> {
        let b = &self.text.as_bytes()[lo..hi];
        let mut inside = self.open_quote;
        if !marks {
            return vec![inside; cues.len()];
        }
        let mut out = Vec::with_capacity(cues.len());
        let mut from = 0;
        for cue in cues {
            let upto = cue.start.min(b.len());
            let mut k = from;
            while k < upto {
                match b[k] {
                    b'"' => inside = !inside,
                    // '' (two apostrophes) is a straight quotation mark in some papers.
                    b'\'' if b.get(k + 1) == Some(&b'\'') => {
                        inside = !inside;
                        k += 1;
                    }
                    0x9C if k >= 2 && b[k - 2] == 0xE2 && b[k - 1] == 0x80 => inside = true,
                    0x9D if k >= 2 && b[k - 2] == 0xE2 && b[k - 1] == 0x80 => inside = false,
                    _ => {}
                }
                k += 1;
            }
            from = from.max(k);
            out.push(inside);
        }
        out
    }

    /// Where the quotation that opens the sentence closes before `at` (just past its
    /// last quotation mark), or the sentence start when it opens otherwise.
    fn quote_closed_before(&self, at: usize) -> usize {
        let lo = self.sent_lo;
        if at <= lo || !self.opens_with_quote(lo, at) {
            return lo;
        }
        self.text[lo..at]
            .rfind(['\u{201d}', '"', '\u{2019}', '\''])
            .map_or(lo, |k| lo + k + 1)
    }

    fn opens_with_quote(&self, lo: usize, hi: usize) -> bool {
        self.text[lo..hi].starts_with(['\u{201c}', '"', '\u{2018}', '\''])
    }

    /// True when the sentence leaves a quotation open: more opening than closing curly
    /// quotes, or an odd number of straight ones; or it was open and nothing closed it.
    /// `marks`: the sentence has a quotation mark ([`has_quote_marks`]).
    fn quote_left_open(&self, lo: usize, hi: usize, marks: bool) -> bool {
        let b = &self.text.as_bytes()[lo..hi];
        if !marks {
            return self.open_quote;
        }
        let (mut open, mut close, mut straight) = (0usize, 0usize, 0usize);
        // Bytes, not chars: “ is E2 80 9C and ” is E2 80 9D, and most sentences have
        // neither.
        let mut k = 0;
        while let Some(&c) = b.get(k) {
            k += 1;
            match c {
                b'"' => straight += 1,
                // '' (two apostrophes) is a straight quotation mark in some papers.
                b'\'' if b.get(k) == Some(&b'\'') => {
                    straight += 1;
                    k += 1;
                }
                0x9C | 0x9D if k >= 3 && b[k - 3] == 0xE2 && b[k - 2] == 0x80 => {
                    if c == 0x9C {
                        open += 1;
                    } else {
                        close += 1;
                    }
                }
                _ => {}
            }
        }
        if open + close + straight == 0 {
            return self.open_quote;
        }
        if self.open_quote {
            // A closing mark ends the quotation carried over. A straight mark opening the
            // sentence reopens it (a quotation running on across paragraphs, whose breaks
            // some texts lose: '... caught. "They were wrong. ..."'), so it closes nothing.
            // ('" Hailey later recalled.', a mark then a space, closes.)
            let reopens = self.text[lo..hi]
                .strip_prefix('"')
                .is_some_and(|rest| rest.starts_with(|c: char| !c.is_whitespace()));
            if open + close == 0 && reopens {
                return straight % 2 == 1;
            }
            return open > close || (close == 0 && straight % 2 == 0 && open > 0);
        }
        open > close || straight % 2 == 1
    }
}

/// Titles of peers and knights, which stay with a one-word name ("Lord Carlile").
fn is_peerage(w: &str) -> bool {
    matches!(
        w,
        "Lord" | "Lady" | "Baroness" | "Baron" | "Viscount" | "Earl" | "Sir" | "Dame"
    )
}

/// True when `name` is a shorter form of `full` ([`ends_with_words`]), a peer's title aside:
/// "Lord Callaghan" is "Jim Callaghan", unless the title's gender is not `gender`, that of
/// `full` ("Baroness Kennedy" is not "Charles Kennedy").
fn same_name(full: &str, name: &str, gender: Gender) -> bool {
    if ends_with_words(full, name) {
        return true;
    }
    match name.split_once(' ') {
        Some((t, rest)) if is_peerage(t) => {
            title(t).is_some_and(|g| g.agrees(gender)) && ends_with_words(full, rest)
        }
        _ => false,
    }
}

/// True when the words of `full` end with those of `part` ("Barack Obama", "Obama"), a
/// possessive aside.
fn ends_with_words(full: &str, part: &str) -> bool {
    // Most names are written the same way each time: a byte suffix after a space.
    if let Some(head) = full.strip_suffix(part) {
        if head.is_empty() || head.ends_with(|c: char| c.is_whitespace()) {
            return true;
        }
        if !part.contains(char::is_whitespace) {
            return false;
        }
    }
    let mut f = full.split_whitespace().rev();
    part.split_whitespace().rev().all(|w| {
        f.next()
            .is_some_and(|x| strip_possessive(x) == strip_possessive(w))
    })
}

/// The most names [`SpeakerTracker::join_left`] joins.
const MAX_CONJUNCTS: usize = 6;

/// `w` as an office word ([`is_office`] of it in lower case, a full stop cut), and whether
/// it is plural ("Presidents"): the office word as `w` writes it, singular.
fn office_word(w: &str) -> Option<(&str, bool)> {
    // A plural "s" and a full stop may come on top.
    if !(OFFICE_LEN.0..=OFFICE_LEN.1 + 2).contains(&w.len()) {
        return None;
    }
    let w = w.strip_suffix('.').unwrap_or(w);
    let mut buf = [0u8; 16];
    let lower = buf.get_mut(..w.len()).filter(|_| w.is_ascii())?;
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).ok()?;
    if is_office(lower) {
        return Some((w, false));
    }
    let singular = lower.strip_suffix('s')?;
    is_office(singular).then(|| (&w[..singular.len()], true))
}

/// Two qualifiers of an office are the same word, whatever the case and full stops ("US",
/// "U.S.", "us").
fn same_qual(a: &str, b: &str) -> bool {
    let mut x = a.bytes().filter(|&c| c != b'.');
    let mut y = b.bytes().filter(|&c| c != b'.');
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(c), Some(d)) if c.eq_ignore_ascii_case(&d) => {}
            _ => return false,
        }
    }
}

/// [`is_rank`] of the word in lower case ("Vice" is "vice").
fn is_rank_folded(w: &str) -> bool {
    ascii_lowercase_then(w, is_rank).unwrap_or(false)
}

/// `f` of `w` in lower case, without allocating: `None` when `w` is not ASCII or is longer
/// than any word the speaker tables hold.
fn ascii_lowercase_then<R>(w: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
    let mut buf = [0u8; 32];
    let lower = buf.get_mut(..w.len()).filter(|_| w.is_ascii())?;
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok().map(f)
}

/// Where the `n` words before `head` start (they are words: [`SpeakerTracker::quals_before`]
/// read them).
fn quals_start(text: &str, head: Tok, n: usize) -> usize {
    let mut pos = head.start;
    for _ in 0..n {
        match word_before(text, 0, pos) {
            Some(p) => pos = p.start,
            None => break,
        }
    }
    pos
}

/// A capitalised word that puts what follows in a phrase of its own, not the subject: "In
/// Paris, ...", "Between Obama and Hollande".
fn is_preposition(w: &str) -> bool {
    [
        "in", "on", "at", "for", "from", "to", "with", "without", "by", "of", "under", "over",
        "among", "despite", "during", "after", "before", "since", "like", "unlike", "between",
        "against", "about", "asked", "through", "into",
    ]
    .iter()
    .any(|p| w.eq_ignore_ascii_case(p))
}

/// Prepositions that may follow the speaker named after the verb: "said a spokeswoman *for*
/// the ministry", "said Ford *in* a statement".
fn follows_speaker(w: &str) -> bool {
    matches!(
        w,
        "for" | "at" | "of" | "on" | "in" | "from" | "with" | "during" | "after" | "before" | "to"
    )
}

/// [`is_role_noun`] of the word in lower case ("Officials" is "officials"), without
/// allocating for an ASCII word.
fn is_role_noun_folded(w: &str) -> bool {
    ascii_lowercase_then(w, is_role_noun).unwrap_or_else(|| is_role_noun(&w.to_lowercase()))
}

/// True when `b` has a byte of a double quotation mark: `"`, or the last byte of “ (E2 80
/// 9C) or ” (E2 80 9D). The speaker pass finds out in its scan for capitals
/// ([`has_quote_byte`]): two `memchr` passes for `"` and for E2 (which also starts ’ and the
/// dashes, common in news) cost a tenth of the speaker pass. (A 9C or 9D inside another
/// character only sends the sentence down the slow path that counts marks one by one.)
#[cfg(test)]
fn has_quote_marks(b: &[u8]) -> bool {
    let chunks = b.chunks_exact(8);
    let rest = chunks.remainder();
    chunks
        .filter_map(|eight| swar::load8(eight, 0))
        .any(has_quote_byte)
        || rest.iter().any(|&c| matches!(c, b'"' | 0x9C | 0x9D))
}

/// True when one of the eight bytes of `x` is past ASCII or among 0x22..=0x27 (`"#$%&'`):
/// false when [`has_quote_byte`] and [`has_double_apostrophe`] are, for a third of their
/// cost.
#[inline(always)]
fn maybe_quote_byte(x: u64) -> bool {
    (x | swar::low7_in_range(x, 0x22, 0x27)) & swar::HIGH != 0
}

/// True when two apostrophes stand side by side among the eight bytes of `x`, or its last
/// byte is one and `next`, the byte after, too: '' is a straight quotation mark in some
/// papers (''It is over,'' he said).
#[inline(always)]
fn has_double_apostrophe(x: u64, next: Option<&u8>) -> bool {
    // Exact per byte: the test is on neighbouring bytes.
    let ap = swar::eq_bytes(x, b'\'');
    ap & (ap >> 8) != 0 || (ap >> 63 == 1 && next == Some(&b'\''))
}

/// True when one of the eight bytes of `x` is `"`, 9C or 9D (see [`has_quote_marks`]): 9C
/// and 9D differ in the last bit only, so one test finds both.
#[inline(always)]
fn has_quote_byte(x: u64) -> bool {
    swar::has_byte(x, b'"') != 0
        || swar::zero_bytes((x ^ swar::splat(0x9C)) & swar::splat(0xFE)) != 0
}

/// The hasher of the names map: eight bytes of a name at a time (FNV took a multiply per
/// byte, and every capitalised word of the text is looked up).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    fn mix(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(23) ^ v).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let chunks = bytes.chunks_exact(8);
        let rest = chunks.remainder();
        for eight in chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(eight);
            self.mix(u64::from_le_bytes(word));
        }
        self.mix(swar::load_short(rest) ^ ((rest.len() as u64) << 59));
    }

    fn write_u8(&mut self, b: u8) {
        self.mix(u64::from(b));
    }

    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 29)
    }
}

/// A capitalised word that opens a sentence and is no name: a participle ("Having",
/// "Speaking") or an adverb of six letters or more in -ly, but not -lly ("Separately",
/// "Clearly"; Kelly and Connolly are names).
fn is_opener(w: &str) -> bool {
    matches!(
        w,
        "Having"
            | "Being"
            | "Saying"
            | "Following"
            | "Adding"
            | "Citing"
            | "Noting"
            | "Pointing"
            | "Declining"
            | "Calling"
            | "Asking"
            | "Writing"
            | "Responding"
            | "Referring"
            | "Arguing"
            | "Explaining"
            | "Describing"
            | "Acknowledging"
            | "Including"
            | "Using"
            | "Looking"
            | "Taking"
            | "Making"
            | "Going"
            | "Coming"
            | "Seeking"
            | "Trying"
            | "Facing"
            | "Addressing"
            | "Campaigning"
            | "Appearing"
            | "Answering"
            | "Accusing"
            | "Reacting"
            | "Standing"
            | "Sitting"
            | "Hoping"
            | "Warning"
            | "Insisting"
    ) || (w.len() >= 6 && w.ends_with("ly") && !w.ends_with("lly"))
}

/// A capitalised word that opens a sentence as an adverb before a comma ("Overall,",
/// "Finally,", "Separately,"), not as the first name of a list ("Britain, France and
/// Germany"). Names ending in -ally are rare enough ("Sally") to give up.
fn is_sentence_adverb(w: &str) -> bool {
    // is_opener takes the -ly adverbs ("Separately", "Lastly"), "-ally" the rest of them
    // ("Globally").
    is_opener(w)
        || w.ends_with("ally")
        || matches!(
            w,
            "Overall"
                | "Moreover"
                | "Furthermore"
                | "Likewise"
                | "Otherwise"
                | "Elsewhere"
                | "Again"
                | "Besides"
                | "Regardless"
                | "Altogether"
                | "Anyway"
                | "Therefore"
                | "Hence"
                | "Today"
                | "Tonight"
                | "Overnight"
                | "Abroad"
                | "First"
                | "Second"
                | "Third"
        )
}

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "yesterday"
            | "today"
            | "Yesterday"
            | "Today"
            | "recently"
            | "earlier"
            | "later"
    )
}

/// A number standing for a group of people: "74 percent said", "six in 10 said".
fn is_number_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            w,
            "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "Two"
                | "Three"
                | "Four"
                | "Five"
                | "Six"
                | "Seven"
                | "Eight"
                | "Nine"
                | "Ten"
                | "About"
                | "about"
                | "Most"
                | "More"
                | "Nearly"
                | "nearly"
                | "half"
                | "Half"
        )
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '\u{201d}' | '"' | '\u{2019}' | '\'')
}

fn fold(s: &str) -> String {
    let s = strip_possessive(s);
    // Most names are ASCII words and single spaces already: copied as they are (one pass
    // over the bytes; `split_whitespace` decodes characters).
    let mut plain = true;
    let mut prev = b' ';
    for &c in s.as_bytes() {
        if c >= 0x80 || matches!(c, b'\t'..=b'\r') || (c == b' ' && prev == b' ') {
            plain = false;
            break;
        }
        prev = c;
    }
    if plain && prev != b' ' {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn last_word(s: &str) -> &str {
    if s.is_ascii() {
        // What `split_whitespace` gives, by bytes (ASCII whitespace is its whitespace).
        let t = s.trim_end_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
        let from = t
            .rfind(|c: char| c.is_ascii_whitespace() || c == '\x0b')
            .map_or(0, |k| k + 1);
        let last = if t.is_empty() { s } else { &t[from..] };
        return strip_possessive(last);
    }
    strip_possessive(s.split_whitespace().next_back().unwrap_or(s))
}

/// The number of words of `s` (what `split_whitespace().count()` says), by bytes when it
/// is ASCII.
fn word_count(s: &str) -> usize {
    if !s.is_ascii() {
        return s.split_whitespace().count();
    }
    let mut n = 0;
    let mut inside = false;
    for &c in s.as_bytes() {
        let space = matches!(c, b' ' | b'\t'..=b'\r');
        if !space && !inside {
            n += 1;
        }
        inside = !space;
    }
    n
}

fn starts_upper(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(&c) if c < 0x80 => c.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

fn is_all_caps(w: &str) -> bool {
    if w.is_ascii() {
        let b = w.as_bytes();
        return !b.iter().any(u8::is_ascii_lowercase)
            && b.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 2;
    }
    let mut letters = 0;
    for c in w.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

fn is_possessive(w: &str) -> bool {
    possessive_len(w) > 0
}

fn possessive_len(w: &str) -> usize {
    // ’ is E2 80 99.
    match w.as_bytes() {
        [.., 0xE2, 0x80, 0x99, b's'] => 4,
        [.., b'\'', b's'] => 2,
        [.., 0xE2, 0x80, 0x99] => 3,
        [_, .., b'\''] => 1,
        _ => 0,
    }
}

fn strip_possessive(w: &str) -> &str {
    &w[..w.len() - possessive_len(w)]
}

fn ceil_char_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// True when a word starts at byte `i`: the byte before is not part of a word. The curly
/// quotes and dashes before a name ("“Obama") are three bytes ending in 0x80-0xBF, so they
/// are checked as characters.
fn word_starts_at(b: &[u8], lo: usize, i: usize) -> bool {
    if i <= lo {
        return true;
    }
    let p = b[i - 1];
    if p.is_ascii_alphanumeric() || p == b'\'' || p == b'-' || p == b'.' || p == b'&' {
        return false;
    }
    if p < 0x80 {
        return true;
    }
    // A multi-byte character: a letter continues the word, punctuation does not.
    i >= 3 && b[i - 3] == 0xE2 && b[i - 2] == 0x80
}

/// Short titles written with a full stop ("Mr.", "Sen.", "Jr."), which belong to the word.
fn is_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Sen"
            | "Sens"
            | "Rep"
            | "Reps"
            | "Gov"
            | "Gen"
            | "Lt"
            | "Col"
            | "Maj"
            | "Capt"
            | "Sgt"
            | "Adm"
            | "Prof"
            | "Rev"
            | "Jr"
            | "Sr"
            | "St"
            | "Mt"
            | "Ft"
            | "Hon"
            | "Pres"
            | "Supt"
            | "Insp"
            | "Det"
            | "Cmdr"
    )
}

/// True when a letter or digit starts at byte `k` (before `hi`).
fn alnum_at(text: &str, k: usize, hi: usize) -> bool {
    match text.as_bytes().get(k) {
        Some(c) if k < hi && *c < 0x80 => c.is_ascii_alphanumeric(),
        Some(_) if k < hi => text
            .get(k..hi)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

/// Characters inside a word: letters, digits, and joiners followed by a letter or digit.
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '.' | '&')
}

/// The word starting at `i` (which must be its first byte), ending before `hi`: letters,
/// digits, and the joiners `' ’ - . &` between them. Keeps the full stop of titles and
/// initials ("Mr.", "J.", "U.S."). Bytes are read directly, characters decoded only past
/// ASCII: this runs on every capitalised word of every sentence.
fn word_at(text: &str, i: usize, hi: usize) -> Option<Tok> {
    let b = text.as_bytes();
    let hi = hi.min(b.len());
    if i >= hi || !text.is_char_boundary(i) {
        return None;
    }
    // Most words are ASCII letters and digits followed by a space or a comma.
    let mut j = ascii_alnum_end(b, i, hi);
    if j > i
        && b.get(j)
            .is_none_or(|&c| c < 0x80 && !matches!(c, b'\'' | b'-' | b'.' | b'&'))
    {
        return Some(Tok { start: i, end: j });
    }
    while j < hi {
        let c = b[j];
        if c.is_ascii_alphanumeric() {
            j += 1;
        } else if c < 0x80 {
            if j > i && matches!(c, b'\'' | b'-' | b'.' | b'&') && alnum_at(text, j + 1, hi) {
                j += 1;
            } else {
                break;
            }
        } else {
            let Some(ch) = text.get(j..hi).and_then(|s| s.chars().next()) else {
                break;
            };
            let len = ch.len_utf8();
            if ch.is_alphanumeric() || (j > i && ch == '\u{2019}' && alnum_at(text, j + len, hi)) {
                j += len;
            } else {
                break;
            }
        }
    }
    if j == i {
        return None;
    }
    let mut e = j;
    if b.get(j) == Some(&b'.') && j < hi {
        let w = &text[i..j];
        let initial = w.len() == 1 && starts_upper(w);
        if initial || is_abbreviation(w) || w.contains('.') {
            e += 1;
        }
    }
    Some(Tok { start: i, end: e })
}

/// The first byte at or after `i` (and before `hi`) that is no ASCII letter or digit, or
/// `hi`: eight bytes at a time while they are in the text.
#[inline(always)]
fn ascii_alnum_end(b: &[u8], i: usize, hi: usize) -> usize {
    let mut j = i;
    while j < hi {
        let Some(x) = swar::load8(b, j) else {
            break;
        };
        let other = swar::not_alnum_bytes(x);
        if other != 0 {
            return (j + swar::first_flagged(other)).min(hi);
        }
        j += 8;
    }
    while j < hi && b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    j.min(hi)
}

/// The next word at or after `i`, skipping whitespace only; `None` at punctuation or `hi`.
/// So what lies between `i` and the word is always whitespace: callers need not check.
fn next_word(text: &str, i: usize, hi: usize) -> Option<Tok> {
    let b = text.as_bytes();
    if hi > b.len() {
        return None;
    }
    // ASCII whitespace first (what `char::is_whitespace` says of ASCII: tab to carriage
    // return, and the space); past it, `trim_start` knows the other spaces (U+00A0, ...).
    let mut k = i;
    while k < hi && b.get(k).is_some_and(|&c| matches!(c, b' ' | b'\t'..=b'\r')) {
        k += 1;
    }
    if b.get(k).is_some_and(|&c| c < 0x80) || k >= hi {
        return word_at(text, k, hi);
    }
    let s = text.get(k..hi)?;
    let skip = s.len() - s.trim_start().len();
    word_at(text, k + skip, hi)
}

/// The word ending just before `i` (skipping whitespace only); `None` when punctuation or
/// the sentence start comes first.
fn word_before(text: &str, lo: usize, i: usize) -> Option<Tok> {
    match prev_item(text, lo, i) {
        Prev::Word(t) => Some(t),
        _ => None,
    }
}

/// What stands before `i`, skipping whitespace: a word, a punctuation mark, or the start.
fn prev_item(text: &str, lo: usize, i: usize) -> Prev {
    let Some(s) = text.get(lo..i) else {
        return Prev::Start;
    };
    let trimmed = s.trim_end();
    let Some(last) = trimmed.chars().next_back() else {
        return Prev::Start;
    };
    let last_at = lo + trimmed.len() - last.len_utf8();
    if !(last.is_alphanumeric() || last == '.') {
        return Prev::Punct(last, last_at);
    }
    // Back to the start of the word: letters, digits and joiners between them. Bytes while
    // they are ASCII (most words), characters from the first that is not.
    let mut start = lo + trimmed.len();
    let mut prev_was_alnum = false;
    let mut ascii = true;
    for (k, &c) in trimmed.as_bytes().iter().enumerate().rev() {
        if c >= 0x80 {
            ascii = false;
            break;
        }
        if c.is_ascii_alphanumeric() {
            start = lo + k;
            prev_was_alnum = true;
        } else if matches!(c, b'\'' | b'-' | b'.' | b'&') && (prev_was_alnum || c == b'.') {
            prev_was_alnum = false;
        } else {
            break;
        }
    }
    if !ascii {
        start = lo + trimmed.len();
        prev_was_alnum = false;
        for (k, c) in trimmed.char_indices().rev() {
            if c.is_alphanumeric() {
                start = lo + k;
                prev_was_alnum = true;
            } else if is_joiner(c) && (prev_was_alnum || c == '.') {
                prev_was_alnum = false;
            } else {
                break;
            }
        }
    }
    if start >= lo + trimmed.len() {
        // Only a full stop: punctuation.
        return Prev::Punct(last, last_at);
    }
    match word_at(text, start, lo + trimmed.len()) {
        Some(t) => Prev::Word(t),
        None => Prev::Punct(last, last_at),
    }
}

/// The index of the first ASCII capital letter among the eight bytes of `x` (little
/// endian), if any.
fn first_capital(x: u64) -> Option<usize> {
    let capitals = swar::upper_bytes(x);
    (capitals != 0).then(|| swar::first_flagged(capitals))
}

/// True when the text at `k` (before `hi`) starts with a name particle and a space ("of
/// England", "bin Laden"): the capitalised word before it may open a run.
fn starts_particle(text: &str, k: usize, hi: usize) -> bool {
    let rest = text.as_bytes().get(k..hi).unwrap_or_default();
    let end = rest
        .iter()
        .position(|c| !c.is_ascii_lowercase())
        .unwrap_or(rest.len());
    rest.get(end) == Some(&b' ') && text.get(k..k + end).is_some_and(is_name_particle)
}

/// The word at `i` (an ASCII capital starting a word), when the capitalised run
/// [`SpeakerTracker::read_run_forward`] reads from `i` is that word alone: a possessive, or
/// no word after it that starts with a capital or could be a name particle ("Bank of
/// England"). `None` when it may be longer: the caller reads the run. Only the first byte of
/// the next word is looked at, except for a lower-case word whose first letter starts a
/// particle.
fn single_word_run(text: &str, i: usize, hi: usize) -> Option<Tok> {
    let t = word_at(text, i, hi)?;
    if is_possessive(&text[t.start..t.end]) {
        return Some(t);
    }
    // What next_word does, up to the first byte of the next word.
    let b = text.as_bytes();
    let mut k = t.end;
    while k < hi && matches!(b[k], b' ' | b'\t'..=b'\r') {
        k += 1;
    }
    let Some(&c) = b.get(k).filter(|_| k < hi) else {
        return Some(t);
    };
    match c {
        // Other spaces, or a character that may be a capital letter.
        0x80.. | b'A'..=b'Z' => None,
        // A mark: no word follows.
        _ if !c.is_ascii_alphanumeric() => Some(t),
        _ if may_start_particle(c) => {
            let n = word_at(text, k, hi)?;
            (!is_name_particle(&text[n.start..n.end])).then_some(t)
        }
        // A lower-case word or a number that is no particle.
        _ => Some(t),
    }
}

/// "We’re", "I’m", "Don't": capitalised, never a name.
fn is_contraction(w: &str) -> bool {
    // The first ' or ’ (E2 80 99), by bytes: this runs on every word of every run.
    let b = w.as_bytes();
    let Some(i) = (0..b.len()).find(|&k| {
        b[k] == b'\''
            || (b[k] == 0xE2 && b.get(k + 1) == Some(&0x80) && b.get(k + 2) == Some(&0x99))
    }) else {
        return false;
    };
    let rest = w[i..].trim_start_matches(['\'', '\u{2019}']);
    matches!(rest, "re" | "m" | "ll" | "ve" | "d" | "t") || w[..i].ends_with('n')
}

/// Reporting verbs that may come before their subject ("…,” said Obama", "added the
/// minister"): those that take no object.
fn inverts(cue: &str) -> bool {
    matches!(
        cue.to_ascii_lowercase().as_str(),
        "said"
            | "says"
            | "added"
            | "adds"
            | "wrote"
            | "writes"
            | "noted"
            | "asked"
            | "argued"
            | "argues"
            | "insisted"
            | "insists"
            | "continued"
            | "explained"
            | "replied"
            | "responded"
            | "answered"
            | "declared"
            | "claimed"
            | "claims"
            | "recalled"
            | "tweeted"
            | "concluded"
            | "according to"
    )
}

/// Words after which a reporting verb takes the subject of the sentence: "she greeted
/// supporters *and* told them", "*while* saying".
fn is_clause_link(w: &str) -> bool {
    matches!(
        w,
        "and" | "but" | "while" | "before" | "after" | "when" | "then"
    )
}

/// A character that opens an amount: a digit or a currency sign.
fn is_amount_start(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '$' | '£' | '€' | '¥')
}

/// A noun that may name a source without a determiner where it opens a clause ("Recent
/// figures showed", "after investors warned"): a plural, or a mass noun for sources.
fn is_bare_source(w: &str) -> bool {
    let b = w.as_bytes();
    let plural = b.len() > 3
        && b.last() == Some(&b's')
        && !matches!(b.get(b.len() - 2), Some(b's' | b'u' | b'i'));
    plural
        || matches!(
            w,
            "media" | "press" | "data" | "evidence" | "research" | "management" | "staff"
        )
}

/// Words that open a subordinate clause: what follows is its own subject and verb ("after
/// figures showed", "because voters believe").
fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "after"
            | "as"
            | "because"
            | "before"
            | "since"
            | "until"
            | "unless"
            | "when"
            | "while"
            | "whereas"
            | "although"
            | "though"
            | "if"
    )
}

/// A lower-case word that can end a noun phrase: not a function word, an adverb or a verb
/// form we can see.
fn noun_like(w: &str) -> bool {
    w.len() > 2
        && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && !w.ends_with("ly")
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && !is_between_word(w)
        && !is_function_word(w)
}

/// Irregular past tenses that are seldom nouns: "the BCC *found*", "the firm *made*" end
/// no subject (regular ones end in -ed, which [`noun_like`] already refuses).
fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "found"
            | "made"
            | "took"
            | "gave"
            | "told"
            | "said"
            | "saw"
            | "got"
            | "won"
            | "lost"
            | "sent"
            | "paid"
            | "kept"
            | "held"
            | "built"
            | "bought"
            | "sold"
            | "spent"
            | "brought"
            | "thought"
            | "knew"
            | "grew"
            | "fell"
            | "began"
            | "became"
            | "came"
            | "went"
            | "led"
            | "met"
            | "ran"
            | "wrote"
            | "chose"
            | "spoke"
            | "broke"
            | "stood"
            | "felt"
            | "meant"
            | "sought"
            | "caught"
            | "fought"
            | "threw"
            | "shook"
            | "struck"
            | "hid"
            | "drove"
            | "forecast"
    )
}

fn noun_like_or_name(w: &str) -> bool {
    starts_upper(w) || noun_like(w) || w.chars().any(|c| c.is_ascii_digit())
}

/// Words that never end the subject of a reporting verb.
fn is_function_word(w: &str) -> bool {
    is_irregular_past(w)
        || matches!(
            w,
            "the"
                | "and"
                | "but"
                | "for"
                | "nor"
                | "yet"
                | "that"
                | "which"
                | "what"
                | "this"
                | "these"
                | "those"
                | "with"
                | "from"
                | "into"
                | "onto"
                | "upon"
                | "about"
                | "than"
                | "then"
                | "there"
                | "here"
                | "when"
                | "where"
                | "while"
                | "who"
                | "whom"
                | "whose"
                | "why"
                | "how"
                | "not"
                | "also"
                | "only"
                | "even"
                | "just"
                | "very"
                | "more"
                | "most"
                | "less"
                | "some"
                | "any"
                | "all"
                | "each"
                | "every"
                | "both"
                | "such"
                | "own"
                | "out"
                | "off"
                | "over"
                | "under"
                | "after"
                | "before"
                | "because"
                | "since"
                | "until"
                | "unless"
                | "though"
                | "although"
                | "whether"
                | "can"
                | "cannot"
                | "shall"
                | "per"
                | "via"
                | "among"
                | "against"
                | "between"
                | "without"
                | "within"
                | "during"
                | "through"
                | "across"
                | "toward"
                | "towards"
                | "again"
                | "once"
                | "ago"
                | "too"
                | "said"
                | "says"
                | "say"
                | "told"
                | "tells"
                | "asked"
                | "added"
                | "time"
                | "year"
                | "years"
                | "week"
                | "weeks"
                | "day"
                | "days"
                | "month"
                | "months"
                | "night"
                | "morning"
                | "afternoon"
                | "evening"
                | "today"
                | "tonight"
                | "yesterday"
                | "statement"
                | "interview"
                | "conference"
                | "briefing"
                | "speech"
                | "email"
                | "letter"
                | "way"
                | "him"
                | "them"
                | "her"
                | "us"
                | "me"
                | "you"
                | "its"
                | "his"
                | "their"
                | "our"
                | "my"
                | "your"
                | "one"
                | "she"
                | "they"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::cues::find_cues;
    use crate::rules::speakers::CASES;
    use crate::segment::split_sentences;

    fn speakers(text: &str) -> Vec<Option<Speaker>> {
        let mut tracker = SpeakerTracker::new(text);
        split_sentences(text)
            .iter()
            .map(|s| tracker.speaker(s, &find_cues(&text[s.start..s.end])))
            .collect()
    }

    #[test]
    fn every_speaker_case_passes() {
        let mut failures = Vec::new();
        for case in CASES {
            let got = speakers(case.text).pop().flatten().map(|s| s.name);
            if got.as_deref() != case.speaker {
                failures.push(format!(
                    "{:?}: expected {:?}, got {got:?}",
                    case.text, case.speaker
                ));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn spans_point_at_the_name_and_the_mention() {
        let text = "White House spokesman Josh Earnest spoke. Earnest said “no”. He added more.";
        let got = speakers(text);
        let second = got[1].as_ref().unwrap();
        assert_eq!(&text[second.start..second.end], "Josh Earnest");
        assert_eq!(&text[second.mention_start..second.mention_end], "Earnest");
        assert_eq!(second.how, How::Named);
        let third = got[2].as_ref().unwrap();
        assert_eq!(third.name, "Josh Earnest");
        assert_eq!(&text[third.mention_start..third.mention_end], "He");
        assert_eq!(third.how, How::Pronoun);
    }

    #[test]
    fn names_joined_by_and_are_one_speaker() {
        let text = "In a meeting, Obama and Hollande agreed to act. They said the strikes work.";
        let got = speakers(text);
        let first = got[0].as_ref().unwrap();
        assert_eq!(first.name, "Obama and Hollande");
        assert_eq!(&text[first.start..first.end], "Obama and Hollande");
        assert_eq!(
            &text[first.mention_start..first.mention_end],
            "Obama and Hollande"
        );
        assert_eq!(first.how, How::Named);
        // "They" is both of them; "he" would be neither.
        let second = got[1].as_ref().unwrap();
        assert_eq!(second.name, "Obama and Hollande");
        assert_eq!(&text[second.mention_start..second.mention_end], "They");
        assert_eq!(second.how, How::Pronoun);
        let he = speakers("Obama and Hollande agreed to act. He said the strikes work.");
        assert_eq!(he[1], None);
    }

    #[test]
    fn each_joined_name_is_its_longest_form_and_only_its_own() {
        let name = |text: &str| speakers(text).pop().flatten().map(|s| s.name);
        // The longest form of each name, titles cut.
        assert_eq!(
            name("President Barack Obama met Mr Hollande. Mr Obama and Mr Hollande agreed.")
                .as_deref(),
            Some("Barack Obama and Hollande")
        );
        // Two names with the same last word stay apart.
        assert_eq!(
            name("Munich Re said it would pay. Swiss Re said it would not.").as_deref(),
            Some("Swiss Re")
        );
        assert_eq!(
            name("Munich Re and Swiss Re said the claims were small.").as_deref(),
            Some("Munich Re and Swiss Re")
        );
        // "and" inside a title joins nothing.
        assert_eq!(
            name("Trade and Industry Minister Wolfgang Kahl said prices rose.").as_deref(),
            Some("Wolfgang Kahl")
        );
        // A plural title is cut like a singular one.
        assert_eq!(
            name("Princes William and Harry said they were happy.").as_deref(),
            Some("William and Harry")
        );
        // "Smith & Jones" is one name; the list goes back while names precede it; its
        // first word is taken when it is no opening word ("Overall, ...").
        assert_eq!(
            name("Acme, Borden, House of Kent, Smith & Jones and Big Mart said sales fell.")
                .as_deref(),
            Some("Acme, Borden, House of Kent, Smith & Jones and Big Mart")
        );
        assert_eq!(
            name("Overall, Lemaire and Kessler said sales fell.").as_deref(),
            Some("Lemaire and Kessler")
        );
        // Forwards, from the sentence start and after the cue.
        assert_eq!(
            name("Presidents Ana Ruiz and Li Wei closed ranks, rebuffing critics.").as_deref(),
            Some("Ana Ruiz and Li Wei")
        );
        assert_eq!(
            name("The deal is done, according to Merkel and Macron.").as_deref(),
            Some("Merkel and Macron")
        );
    }

    #[test]
    fn a_role_is_the_person_the_text_gave_that_office() {
        let text = "French President Francois Hollande arrived. The French president said no.";
        let got = speakers(text);
        let sp = got[1].as_ref().unwrap();
        assert_eq!(sp.name, "Francois Hollande");
        // The name where the text gave it, the mention where it stands for it.
        assert_eq!(&text[sp.start..sp.end], "Francois Hollande");
        assert!(sp.start < got[1].as_ref().unwrap().mention_start);
        assert_eq!(
            &text[sp.mention_start..sp.mention_end],
            "The French president"
        );
        assert_eq!(sp.how, How::Named);
        let name = |text: &str| speakers(text).pop().flatten().map(|s| s.name);
        // "the Mayor of London" gives no name: the mayor stays a role.
        assert_eq!(
            name("The Mayor of London spoke on Monday. The mayor said it was over.").as_deref(),
            Some("The mayor")
        );
        // Another office of the same word.
        assert_eq!(
            name("President Ann Lee spoke. The president of the club met fans and told them no.")
                .as_deref(),
            Some("The president")
        );
        // A role resolved is a person for the pronouns after it.
        assert_eq!(
            name("Home Secretary Jo Hart spoke. The home secretary said no. She added more.")
                .as_deref(),
            Some("Jo Hart")
        );
        // A name given after the role does not count.
        let got =
            speakers("The French president said no. French President Francois Hollande left.");
        assert_eq!(
            got[0].as_ref().map(|s| s.name.as_str()),
            Some("The French president")
        );
    }

    #[test]
    fn capitals_are_found_eight_bytes_at_a_time() {
        let at = |s: &[u8; 8]| first_capital(u64::from_le_bytes(*s));
        assert_eq!(at(b"the Obam"), Some(4));
        assert_eq!(at(b"abc@[z`{"), None);
        assert_eq!(at(b"AZ......"), Some(0));
        assert_eq!(at(b".......Z"), Some(7));
        assert_eq!(
            at(&[0xC3, 0x89, b'a', b'b', 0xE2, 0x80, 0x9C, b'O']),
            Some(7)
        );
        for b in 0..=255u8 {
            let x = u64::from(b) << 24;
            assert_eq!(first_capital(x) == Some(3), b.is_ascii_uppercase(), "{b}");
        }
    }

    #[test]
    fn quotation_marks_are_found_eight_bytes_at_a_time() {
        for text in [
            "no marks at all here, none",
            "a “quote",
            "a ”",
            "x\"",
            "“",
            "”",
        ] {
            let slow = text.contains(['"', '\u{201c}', '\u{201d}']);
            assert_eq!(has_quote_marks(text.as_bytes()), slow, "{text:?}");
        }
        // ’ and dashes share the lead byte E2 with the curly quotes but are no marks.
        assert!(!has_quote_marks("It’s — done – twelve bytes".as_bytes()));
        assert!(has_quote_marks("It’s — done – “twelve” bytes".as_bytes()));
    }

    #[test]
    fn the_quote_byte_prefilter_misses_no_quote_byte() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let x = u64::from(b) << (8 * at) | 0x2020_2020_2020_2020 & !(0xFF << (8 * at));
                let expected = b >= 0x80 || (0x22..=0x27).contains(&b);
                assert_eq!(maybe_quote_byte(x), expected, "{b:#x} at {at}");
                if has_quote_byte(x) || has_double_apostrophe(x, Some(&b'\'')) {
                    assert!(maybe_quote_byte(x), "{b:#x} at {at}");
                }
            }
        }
        assert!(!maybe_quote_byte(u64::from_le_bytes(*b"Ab0 !(z~")));
    }

    #[test]
    fn letters_and_digits_are_found_eight_bytes_at_a_time() {
        // The mask itself is checked on every byte in `swar`.
        let text = "Obama’s 12abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789, É";
        let b = text.as_bytes();
        for i in 0..=b.len() {
            for hi in i..=b.len() {
                let mut j = i;
                while j < hi && b[j].is_ascii_alphanumeric() {
                    j += 1;
                }
                assert_eq!(ascii_alnum_end(b, i, hi), j, "{i}..{hi}");
            }
        }
    }

    #[test]
    fn sentence_adverbs_are_no_names_of_a_list() {
        for w in [
            "Overall",
            "Similarly",
            "Separately",
            "Previously",
            "Recently",
            "Currently",
            "Domestically",
            "Globally",
            "Lastly",
            "Finally",
            "First",
        ] {
            assert!(is_sentence_adverb(w), "{w}");
        }
        for w in ["Britain", "Italy", "Kelly", "Acme"] {
            assert!(!is_sentence_adverb(w), "{w}");
        }
    }

    /// What the callers of `next_word` rely on: nothing but whitespace before the word.
    #[test]
    fn next_word_skips_only_whitespace() {
        let texts = [
            "said, Smith \u{201c}No\u{201d}  \u{a0}Obama (R-Ohio) - \u{2014}x O'Neil \u{2019}s",
            "a\tb\n\nc ,d ;e \"f\" 'g' \u{2003}h\u{2019}i . . j.k",
        ];
        for text in texts {
            for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                if let Some(t) = next_word(text, i, text.len()) {
                    assert!(t.start >= i, "{text:?} at {i}");
                    assert!(
                        text[i..t.start].chars().all(char::is_whitespace),
                        "{text:?} at {i}"
                    );
                }
            }
        }
    }

    #[test]
    fn weird_text_does_not_panic() {
        for text in [
            "",
            "“",
            "said",
            ", said",
            "“said”",
            "Mr. said.",
            "é said É",
            "— said —",
            "A, b, c, said",
            "’s said",
            "Obama’",
            "said “",
            "according to",
            "according to “",
            "He, who said",
        ] {
            let _ = speakers(text);
        }
    }
}
