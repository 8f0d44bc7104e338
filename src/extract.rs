//! The pipeline: a document in, its checklist rows out, highest score first.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::path::Path;
use std::sync::Arc;

use crate::claim::{
    Claim, Fnv, Kind, Qualifier, SentenceHash, Status, Value, fold_whitespace, format_id,
};
use crate::document::{Document, LineCursor, count_newlines};
use crate::error::{Error, Result};
use crate::mention::{Mention, find_mentions};
use crate::parallel;
use crate::rules::cues::{
    CONTESTED_MIN, Category, CueMatch, Lexicon, UserRule, distinct_topics, is_first_person, labels,
    read_rules_csv, strength,
};
use crate::score::{Context, LEAD_SENTENCES, score, score_value};
use crate::segment::{Sentence, is_wrapped, paragraph_pieces, split_range, split_sentences};
use crate::speaker::{How, SpeakerTracker};

/// What an assertion attributed in the article's own words to a named person or
/// organisation ("Toner told reporters that the U.S. is in talks") adds to its sentence's
/// cue strength: enough for a contested row on its own. A bare reporting verb adds nothing,
/// so a quotation tagged "Hollande said" needs cues of its own.
pub const ATTRIBUTED: u32 = 2;

/// What a view, a wish or a promise in the first person ("I think", "we will") takes from
/// its sentence's cue strength: it cannot be checked today.
pub const PERSONAL_DISCOUNT: u32 = 2;

/// What may close a sentence after its mark: "...?”" is a question too.
const CLOSING: &[char] = &['"', '\'', '\u{201d}', '\u{2019}', ')', ' '];

/// Turns articles into checklist rows.
///
/// Build one and reuse it: the rule tables behind it are compiled once per process, so
/// an `Extractor` is cheap, and it holds the options that apply to every document.
#[derive(Debug, Clone)]
pub struct Extractor {
    /// The cue rules with the user's own; `None`: the built-in ones.
    lexicon: Option<Arc<Lexicon>>,
    /// Fill [`Claim::explain`] with the terms of each score.
    explain: bool,
    /// [`CHUNK_BYTES`], or less in tests that check the pieces join up seamlessly.
    chunk_bytes: usize,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor {
            lexicon: None,
            explain: false,
            chunk_bytes: CHUNK_BYTES,
        }
    }
}

impl Extractor {
    /// An extractor with the built-in rules.
    pub fn new() -> Extractor {
        Extractor::default()
    }

    /// This extractor with the user's cue rules added to the built-in ones (see
    /// [`Lexicon::with_user_rules`]).
    ///
    /// ```
    /// use claimsift::rules::cues::{Category, UserRule};
    ///
    /// let rule = UserRule { category: Category::Dispute, pattern: "hoax".into(), weight: 3 };
    /// let rows = claimsift::Extractor::new()
    ///     .with_rules(&[rule])
    ///     .unwrap()
    ///     .extract("He called the report a hoax.");
    /// assert_eq!(*rows[0].cues, ["attribution:called", "dispute:hoax"]);
    /// ```
    pub fn with_rules(self, rules: &[UserRule]) -> Result<Extractor> {
        let lexicon = Lexicon::with_user_rules(rules)
            .map_err(|(i, reason)| Error::Usage(format!("cue rule {}: {reason}", i + 1)))?;
        Ok(Extractor {
            lexicon: Some(Arc::new(lexicon)),
            ..self
        })
    }

    /// This extractor filling each row's [`Claim::explain`] with the terms of its score
    /// (`extract --explain`). Off by default: writing the terms out for every row cost 7% of
    /// a run.
    ///
    /// ```
    /// let rows = claimsift::Extractor::new()
    ///     .with_explain(true)
    ///     .extract("Critics say the strike was the worst in a decade.");
    /// // "Critics" (dispute, 2) and "worst in a decade" (comparison, 3): strength 5, 15 points;
    /// // "Critics say": a source, not a named speaker.
    /// assert_eq!(
    ///     rows[0].explain,
    ///     ["kind:contested+25", "cues+15", "compare+8", "dispute+4", "source+5", "lead+5"]
    /// );
    /// ```
    pub fn with_explain(self, explain: bool) -> Extractor {
        Extractor { explain, ..self }
    }

    /// This extractor with the rules of a rules file (`category,pattern,weight`) added; a
    /// malformed file is refused with [`Error::Malformed`] naming its line.
    pub fn with_rules_file(self, path: &Path) -> Result<Extractor> {
        let rules = read_rules_csv(path)?;
        self.with_rules(&rules)
    }

    /// The cue rules in use.
    pub fn lexicon(&self) -> &Lexicon {
        self.lexicon.as_deref().unwrap_or(Lexicon::builtin())
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

    /// The checklist rows of one document: one per figure, and one `contested` row per
    /// sentence with no figure whose cues are strong enough; sorted by score (highest
    /// first), then by position.
    ///
    /// A long document (an archive, a wire feed saved as one file) is cut after blank lines
    /// into pieces of about [`CHUNK_BYTES`], which are worked on by as many threads as the
    /// machine has cores. The pieces depend on the text only, never on the number of
    /// cores, so the output is the same on every machine; an article is one piece.
    pub fn extract_document(&self, doc: &Document) -> Vec<Claim> {
        self.extract_ranked(doc).into_vec()
    }

    /// The rows of [`Extractor::extract_document`], in the same order, as the pieces they
    /// were extracted in and the order to read them: a sink can write them from there
    /// without moving every row of a long document into one new vector first (which took
    /// a tenth of a run over a wire archive).
    pub fn extract_ranked(&self, doc: &Document) -> Ranked {
        let text = doc.text.as_str();
        let source: Arc<str> = Arc::from(doc.source.as_str());
        let pieces = paragraph_pieces(text, self.chunk_bytes);
        let mut runs = if let [_] = pieces.as_slice() {
            let sentences = split_sentences(text);
            vec![self.extract_sentences(doc, &source, &sentences, 0, doc.lines())]
        } else {
            let wrapped = is_wrapped(text);
            // A piece needs the line it starts on (counted here, vectorised: a millisecond
            // over 16 MB) and the number of sentences before it, which only the lead term
            // reads (the first three sentences). When the first piece has three sentences,
            // every later piece is past the lead whatever the count, so each piece is split
            // and extracted in one job, its text still in cache and with no wait between
            // the two passes on every core.
            let first = split_range(text, pieces[0].clone(), wrapped);
            let mut line = 1;
            let starts: Vec<usize> = pieces
                .iter()
                .map(|piece| {
                    let at = line;
                    line += count_newlines(&text.as_bytes()[piece.clone()]);
                    at
                })
                .collect();
            if first.len() >= LEAD_SENTENCES {
                let jobs: Vec<usize> = (0..pieces.len()).collect();
                parallel::map(&jobs, |&k| {
                    let lines = doc.lines_from(pieces[k].start, starts[k]);
                    if k == 0 {
                        self.extract_sentences(doc, &source, &first, 0, lines)
                    } else {
                        let sentences = split_range(text, pieces[k].clone(), wrapped);
                        self.extract_sentences(doc, &source, &sentences, LEAD_SENTENCES, lines)
                    }
                })
            } else {
                // Split first (each piece needs the number of sentences before it), then
                // extract, both on all cores.
                let split = parallel::map(&pieces[1..], |piece| {
                    split_range(text, piece.clone(), wrapped)
                });
                let mut sentences_before = 0;
                let work: Vec<(usize, &[Sentence], LineCursor<'_>)> = std::iter::once(&first)
                    .chain(&split)
                    .zip(pieces.iter().zip(&starts))
                    .map(|(sentences, (piece, &line))| {
                        let job = (
                            sentences_before,
                            sentences.as_slice(),
                            doc.lines_from(piece.start, line),
                        );
                        sentences_before += sentences.len();
                        job
                    })
                    .collect();
                parallel::map(&work, |(before, sentences, lines)| {
                    self.extract_sentences(doc, &source, sentences, *before, lines.clone())
                })
            }
        };
        make_ids_unique(&mut runs);
        Ranked::new(runs.into_iter().map(|rows| rows.claims).collect())
    }

    /// The scored rows of consecutive `sentences` of `doc`, the first of which is sentence
    /// number `first_index` of the document, in text order. Speakers are followed from the
    /// first of them: they must start a paragraph.
    fn extract_sentences(
        &self,
        doc: &Document,
        source: &Arc<str>,
        sentences: &[Sentence],
        first_index: usize,
        mut lines: LineCursor<'_>,
    ) -> Rows {
        let text = doc.text.as_str();
        let lexicon = self.lexicon();
        let mut tracker = SpeakerTracker::new(text);
        // About a row per sentence over news text: sized once, where growing a vector of
        // rows by doubling copied megabytes over a wire archive.
        let mut claims = Vec::with_capacity(sentences.len() + 16);
        let mut keys = Vec::with_capacity(sentences.len() + 16);
        let mut mentions: Vec<Mention> = Vec::new();
        // First pass: the cues and the speaker of every sentence. Every sentence goes through
        // the tracker, figures or not: "he said" in a later sentence refers to whoever was
        // named here, and a quotation's speaker may be named sentences after it opens.
        let mut all_cues: Vec<CueMatch<'_>> = Vec::with_capacity(sentences.len() * 2);
        let mut cue_ranges = Vec::with_capacity(sentences.len());
        let mut speakers = Vec::with_capacity(sentences.len());
        for sentence in sentences {
            let from = all_cues.len();
            lexicon.find_into(&text[sentence.start..sentence.end], &mut all_cues);
            cue_ranges.push(from..all_cues.len());
            speakers.push(tracker.speaker(sentence, &all_cues[from..]));
        }
        tracker.resolve_quotes(&mut speakers);
        // What the scorer needs to know about each claim's sentence.
        let mut contexts = Vec::with_capacity(sentences.len() + 16);
        for (index, sentence) in sentences.iter().enumerate() {
            let sentence_text = &text[sentence.start..sentence.end];
            let cue_matches = all_cues.get(cue_ranges[index].clone()).unwrap_or_default();
            let found = speakers[index].take();
            mentions.clear();
            find_mentions(text, sentence.start, sentence.end, &mut mentions);
            let cue_strength = strength(cue_matches);
            // An assertion attributed in the article's own words to a named source. Not when
            // it is a forecast or a hedge ("she said the party would announce ..."): those
            // count on their own cues.
            let attributed = found.as_ref().is_some_and(|s| {
                s.paraphrase && matches!(s.how, How::Named | How::Pronoun | How::Organisation)
            }) && !cue_matches.iter().any(|c| match c.category {
                Category::Prediction | Category::Hedge => true,
                // A feeling or a wish ("said she was shocked", "said he hoped"): an opinion.
                Category::Belief => c.weight == 0 && c.word != "supports",
                // A call for action ("urged the government to redraft the bill"), unless the
                // source also says something ("said chancellors had resigned ... and called
                // for a statement").
                Category::Attribution => {
                    c.word == "urged"
                        && !cue_matches
                            .iter()
                            .any(|d| d.category == Category::Attribution && d.word != "urged")
                }
                _ => false,
            });
            let question = sentence_text.trim_end_matches(CLOSING).ends_with('?');
            // Not when the sentence reports a dispute: "expressed deep skepticism ... 'we'd
            // welcome it'" quotes a view to report the doubt, which is what is checked.
            let personal = cue_matches.iter().any(is_first_person)
                && !cue_matches.iter().any(|c| c.category == Category::Dispute);
            let topics = distinct_topics(cue_matches);
            // A view or a promise in the first person ("I think", "we will") is less worth
            // checking than the same words about someone else.
            let worth = (cue_strength + if attributed { ATTRIBUTED } else { 0 })
                .saturating_sub(if personal { PERSONAL_DISCOUNT } else { 0 });
            // A date is a figure, but seldom what makes a sentence worth checking: "trained
            // by the CIA in 2012, have claimed responsibility" is an assertion, and a low
            // date row alone would bury it. Dates do not stand for the sentence.
            // Opinions and forecasts ("I don't think he will") add up but cannot be checked
            // today: a contested row needs some other cue, or a named source.
            let checkable = attributed
                || cue_matches.iter().any(|c| {
                    c.weight > 0 && !matches!(c.category, Category::Prediction | Category::Belief)
                        || c.word == "supported"
                });
            let contested = worth >= CONTESTED_MIN
                && checkable
                && mentions.iter().all(|m| m.kind == Kind::Date);
            if mentions.is_empty() && !contested {
                continue;
            }
            let ctx = cue_matches.iter().fold(
                Context {
                    sentence_index: first_index + index,
                    cue_strength,
                    figures: mentions.iter().filter(|m| m.kind != Kind::Date).count(),
                    question,
                    speaker: found.as_ref().map(|s| s.how),
                    categories: 0,
                    topics,
                    personal,
                },
                |ctx, c| match c.category {
                    // A stance on record ("she backed the bill", "voted against") is a fact
                    // to check, not an opinion.
                    Category::Belief if matches!(c.word, "supported" | "supports") => ctx,
                    category => ctx.with_category(category),
                },
            );
            let speaker: Option<Arc<str>> = found.map(|s| Arc::from(s.name));
            let cues: Arc<[String]> = Arc::from(labels(cue_matches));
            let folded: Arc<str> = Arc::from(fold_whitespace(sentence_text));
            let hash = SentenceHash::of_folded(&folded);
            // The fields every row of the sentence shares; each row adds its own.
            let mut row = |key: u64, kind, claim: &str, value, unit, qualifier, start, end| Claim {
                id: format_id(key),
                status: Status::Todo,
                verdict: String::new(),
                score: 0,
                kind,
                claim: claim.to_string(),
                value,
                unit,
                qualifier,
                cues: cues.clone(),
                speaker: speaker.clone(),
                sentence: folded.clone(),
                source: Arc::clone(source),
                line: lines.line_of(start),
                start,
                end,
                notes: String::new(),
                explain: Vec::new(),
            };
            if contested {
                // A contested assertion: the claim is the whole sentence, so that a reviewer
                // sees the hedge or the dispute together with what it is about.
                let key = hash.claim_key(sentence_text, Kind::Contested);
                keys.push(key);
                claims.push(row(
                    key,
                    Kind::Contested,
                    sentence_text,
                    Value::None,
                    String::new(),
                    Qualifier::Exact,
                    sentence.start,
                    sentence.end,
                ));
                contexts.push(ctx);
            }
            for m in mentions.drain(..) {
                let claim_text = &text[m.start..m.end];
                let key = hash.claim_key(claim_text, m.kind);
                keys.push(key);
                claims.push(row(
                    key,
                    m.kind,
                    claim_text,
                    m.value,
                    m.unit,
                    m.qualifier,
                    m.start,
                    m.end,
                ));
                contexts.push(ctx);
            }
        }
        for (claim, ctx) in claims.iter_mut().zip(&contexts) {
            if self.explain {
                let s = score(claim, ctx);
                claim.score = s.value;
                claim.explain = s.terms;
            } else {
                claim.score = score_value(claim, ctx);
            }
        }
        Rows { claims, keys }
    }
}

/// About how much text one thread takes at a time in a long document: 1 MiB, large enough
/// that the per-piece costs (a thread's hand-over, a fresh speaker tracker) vanish, small
/// enough that two cores share a 16 MB wire archive evenly.
pub const CHUNK_BYTES: usize = 1 << 20;

/// The rows of consecutive sentences, in text order, with the 48-bit keys of their ids
/// (so that ids can be made unique without reading them back from their hex digits).
struct Rows {
    claims: Vec<Claim>,
    keys: Vec<u64>,
}

/// A document's rows by score (highest first), then position: the runs of rows of its
/// pieces in text order, the order to read each run in, and the segments to read them in.
///
/// The rows stay where they were made: a run's order is a list of indices, so ranking moves
/// no row (sorting the rows themselves, with their moves, was 2% of a JSON Lines run).
#[derive(Debug, Default)]
pub struct Ranked {
    runs: Vec<Vec<Claim>>,
    /// Per run, the indices of its rows by score (highest first), then position.
    orders: Vec<Vec<usize>>,
    /// (run, range of its order) in reading order.
    segments: Vec<(usize, std::ops::Range<usize>)>,
}

/// The indices of `run` by score (highest first), then position, rows that tie on both in
/// the order given (as a stable sort on that key orders them).
///
/// Scores are one byte, so this is a counting sort: one pass to count, one to place. A run
/// is in text order, so each score's rows come out by position already; a score whose rows
/// do not (a hand-made run) is sorted by position, stably.
fn rank_order(run: &[Claim]) -> Vec<usize> {
    // Bucket `b` holds score `255 - b`; `bounds[b]..bounds[b + 1]` is its place in the order.
    let mut bounds = [0usize; 257];
    for c in run {
        bounds[usize::from(u8::MAX - c.score) + 1] += 1;
    }
    for b in 0..256 {
        bounds[b + 1] += bounds[b];
    }
    let mut next = bounds;
    let mut order = vec![0; run.len()];
    for (i, c) in run.iter().enumerate() {
        let b = usize::from(u8::MAX - c.score);
        order[next[b]] = i;
        next[b] += 1;
    }
    let start = |&i: &usize| run.get(i).map_or(0, |c| c.start);
    for b in 0..256 {
        let bucket = &mut order[bounds[b]..bounds[b + 1]];
        if !bucket.is_sorted_by_key(start) {
            bucket.sort_by_key(start);
        }
    }
    order
}

impl Ranked {
    /// Ranks `runs`, each in text order, whose positions do not overlap and come in run
    /// order.
    ///
    /// Scores are 0-100, and within a run the rows of one score are one stretch of its order,
    /// in text order; so the order is: for each score, highest first, that stretch of every
    /// run, in run order. No row is compared across runs or moved.
    fn new(runs: Vec<Vec<Claim>>) -> Ranked {
        // Each run on its own core.
        let orders = parallel::map(&runs, |run| rank_order(run));
        let mut stretches: Vec<Vec<(u8, std::ops::Range<usize>)>> = Vec::with_capacity(runs.len());
        for (run, order) in runs.iter().zip(&orders) {
            let mut mine: Vec<(u8, std::ops::Range<usize>)> = Vec::new();
            for (k, c) in order.iter().filter_map(|&i| run.get(i)).enumerate() {
                match mine.last_mut() {
                    Some((score, rows)) if *score == c.score => rows.end = k + 1,
                    _ => mine.push((c.score, k..k + 1)),
                }
            }
            stretches.push(mine);
        }
        let mut next = vec![0usize; runs.len()];
        let mut segments = Vec::new();
        for score in (0..=u8::MAX).rev() {
            for (r, mine) in stretches.iter().enumerate() {
                if let Some((s, rows)) = mine.get(next[r]) {
                    if *s == score {
                        segments.push((r, rows.clone()));
                        next[r] += 1;
                    }
                }
            }
        }
        Ranked {
            runs,
            orders,
            segments,
        }
    }

    /// How many rows there are.
    pub fn len(&self) -> usize {
        self.runs.iter().map(Vec::len).sum()
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The rows in order.
    pub fn iter(&self) -> impl Iterator<Item = &Claim> {
        self.segments.iter().flat_map(|(r, rows)| {
            let run = &self.runs[*r];
            self.orders[*r][rows.clone()]
                .iter()
                .filter_map(|&i| run.get(i))
        })
    }

    /// The rows in order, as references (for [`crate::sink::Sink::write_claim_refs`]).
    pub fn refs(&self) -> Vec<&Claim> {
        let mut refs = Vec::with_capacity(self.len());
        refs.extend(self.iter());
        refs
    }

    /// The rows in order, moved into one vector.
    pub fn into_vec(self) -> Vec<Claim> {
        let Ranked {
            runs,
            orders,
            segments,
        } = self;
        let mut out = Vec::with_capacity(runs.iter().map(Vec::len).sum());
        let mut runs: Vec<Vec<Option<Claim>>> = runs
            .into_iter()
            .map(|run| run.into_iter().map(Some).collect())
            .collect();
        for (r, rows) in segments {
            for &i in &orders[r][rows] {
                out.extend(runs[r].get_mut(i).and_then(Option::take));
            }
        }
        out
    }
}

/// A sentence repeated word for word (a standfirst repeated in the body, a quote given twice)
/// gives the same id twice; the second and later copies get `-2`, `-3`, ... in text order
/// (`runs` in text order), so ids stay unique within a checklist and still stable across
/// re-runs.
fn make_ids_unique(runs: &mut [Rows]) {
    let mut seen: HashMap<u64, u32, BuildHasherDefault<Fnv>> = HashMap::default();
    seen.reserve(runs.iter().map(|r| r.keys.len()).sum());
    for rows in runs {
        for (claim, &key) in rows.claims.iter_mut().zip(&rows.keys) {
            let n = seen.entry(key).or_insert(0);
            *n += 1;
            if *n > 1 {
                claim.id = format!("{}-{}", claim.id, n);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Whatever the text, extraction returns and its rows point into the text: a figure's
        /// claim is the text between its offsets, a contested row's is its sentence.
        #[test]
        fn any_text_gives_rows_that_point_into_it(
            bits in proptest::collection::vec(proptest::sample::select(&[
                "£", "$", "€", "5", "30", "2.5", "1,000", "%", "-", "–", "—", "+", "-odd",
                "-plus", "-strong", "-magnitude", "magnitude", "double-digit", "triple-digit",
                "billions", "m", "bn", "per", "day", "a", "year", "hours", "of", "and", "rose",
                "fell", "nearly", "more than", "up to", "between", "said", "told", "according to",
                "Mr", "Obama", "Hollande", "Marks", "Spencer", "the", "The", "French", "president",
                "President", "minister", "he", "they", "“", "”", "\"", "’", "é", ":", ";", ",",
                ".", "?", "!", "(", ")", "U.S.", "critics", "disputed", "never", "the first",
                "due to", "be", "will", "\n", "\n\n", " ", " ", " ", "\u{a0}", "\t",
            ][..]), 0..60)
        ) {
            let text: String = bits.concat();
            for c in Extractor::new().extract(&text) {
                proptest::prop_assert!(c.start <= c.end && c.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(c.start));
                proptest::prop_assert!(text.is_char_boundary(c.end));
                if c.kind != Kind::Contested {
                    proptest::prop_assert_eq!(&c.claim, &text[c.start..c.end]);
                } else {
                    proptest::prop_assert_eq!(
                        c.sentence.as_ref(),
                        fold_whitespace(&text[c.start..c.end])
                    );
                }
            }
        }
    }

    #[test]
    fn long_documents_in_pieces_give_the_rows_of_one_piece() {
        let mut text = String::new();
        for i in 0..40 {
            text.push_str(&format!(
                "Exports rose {i}% in May, the ministry said. Mr Lee Chan, the minister, said \
                 200 jobs were lost.\n    He said it cost $5m.\n\n"
            ));
        }
        let whole = Extractor::new().extract(&text);
        let pieces = Extractor {
            chunk_bytes: 300,
            ..Extractor::new()
        };
        let doc = Document::new("-", text.as_str());
        assert!(paragraph_pieces(&text, 300).len() >= 10);
        let ranked = pieces.extract_ranked(&doc);
        assert_eq!(ranked.iter().cloned().collect::<Vec<_>>(), whole);
        let got = pieces.extract_document(&doc);
        assert_eq!(got.len(), whole.len());
        for (a, b) in got.iter().zip(&whole) {
            assert_eq!(a, b);
        }
        assert!(
            whole
                .iter()
                .any(|c| c.speaker.as_deref() == Some("Lee Chan"))
        );
    }

    #[test]
    fn a_first_piece_of_fewer_than_three_sentences_leaves_the_lead_to_the_next() {
        // One long sentence, then short paragraphs: the first piece holds one sentence, so
        // the second and third sentences of the document, in the second piece, are lead.
        let mut text = format!(
            "The {}port handled 4,000 tonnes of grain.\n\n",
            "very busy ".repeat(40)
        );
        for i in 1..=30 {
            text.push_str(&format!("Exports rose {i}% in May. Imports fell 2%.\n\n"));
        }
        let doc = Document::new("-", text.as_str());
        let cut = paragraph_pieces(&text, 300);
        assert!(cut.len() >= 3);
        assert_eq!(split_range(&text, cut[0].clone(), false).len(), 1);
        let whole = Extractor::new().with_explain(true).extract(&text);
        let pieces = Extractor {
            chunk_bytes: 300,
            ..Extractor::new().with_explain(true)
        };
        assert_eq!(pieces.extract_document(&doc), whole);
        let mut lead: Vec<(&str, usize)> = whole
            .iter()
            .filter(|c| c.explain.iter().any(|t| t == "lead+5"))
            .map(|c| (c.claim.as_str(), c.start))
            .collect();
        lead.sort_by_key(|&(_, start)| start);
        let claims: Vec<&str> = lead.iter().map(|&(claim, _)| claim).collect();
        assert_eq!(claims, ["4,000 tonnes", "rose 1%", "fell 2%"]);
    }

    #[test]
    fn ranked_reads_runs_in_the_order_of_one_sort() {
        let template = Extractor::new().extract("It rose 5%.").remove(0);
        // Three pieces of text order, pseudo-random scores with many ties.
        let mut all = Vec::new();
        let mut runs = Vec::new();
        let mut state = 7u32;
        for r in 0..3 {
            let mut run = Vec::new();
            for i in 0..50 {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let claim = Claim {
                    score: (state >> 16) as u8 % 6 * 20,
                    start: r * 1000 + i,
                    ..template.clone()
                };
                all.push(claim.clone());
                run.push(claim);
            }
            // Runs come in text order; the middle one backwards, as no extractor makes it,
            // so the ranking's sort by position within a score is checked too.
            if r == 1 {
                run.reverse();
            }
            runs.push(run);
        }
        all.sort_by_key(|c| (std::cmp::Reverse(c.score), c.start));
        let ranked = Ranked::new(runs);
        assert_eq!(ranked.len(), 150);
        assert_eq!(ranked.refs().into_iter().cloned().collect::<Vec<_>>(), all);
        assert_eq!(ranked.into_vec(), all);
        assert!(Ranked::new(Vec::new()).is_empty());
    }

    #[test]
    fn repeated_sentence_gets_distinct_ids() {
        let rows = Extractor::new().extract("It cost 5 dollars.\n\nIt cost 5 dollars.");
        assert_eq!(rows.len(), 2);
        assert_eq!(format!("{}-2", rows[0].id), rows[1].id);
    }
}
