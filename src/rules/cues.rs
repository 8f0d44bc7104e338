//! Contested-assertion cues: attribution, hedges, disputes, absolutes, comparisons, causation,
//! belief and prediction words, acts on record, trends told in words, and topics of public
//! interest.
//!
//! Each category is a table of [`CueRule`] rows (a stable id, a pattern, a weight and the
//! sentences that prove the pattern), compiled once into one multi-pattern regex
//! ([`Lexicon`]): a single scan of a sentence finds every cue *and* which rule it was, so the
//! cost does not grow with the number of rules (one regex per rule per sentence would).
//!
//! Patterns are case-insensitive regexes matched as whole words with ASCII word boundaries
//! (`(?-u:\b)`: Unicode boundaries in a large case-insensitive alternation measured 30-90x
//! slower on news text). The built-in ones are compiled without Unicode (`(?i-u)`: ASCII case
//! folding keeps the automaton small, see [`Lexicon`]); text is never normalised, so they
//! spell an apostrophe `(?:'|’)` to match both the straight and the curly form (a class
//! `['’]` is not allowed without Unicode). A user's patterns keep Unicode mode.
//!
//! A cue's *weight* (0-10) says how much it makes a sentence worth checking: plain reporting
//! verbs ("said", "told") weigh 0, so "he said on Tuesday" alone is not contested, while
//! "reportedly", "skepticism" or "the worst since" weigh 2-3. A sentence whose weights add up
//! to [`CONTESTED_MIN`] gets a contested row when it has no figure row of its own.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};
use std::path::Path;
use std::sync::LazyLock;

use super::literals::{Literals, phrases, simple_phrases};

use crate::error::{Error, Result};

/// The kinds of cue, as written before the colon in the `cues` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Category {
    /// Someone is reported as the source: said, told, according to, claimed, denied.
    Attribution,
    /// The text hedges: may, reportedly, allegedly, it is believed, some say.
    Hedge,
    /// Someone disputes it: disputed, rejected, pushed back, skepticism, critics, false.
    Dispute,
    /// A sweeping statement: all, never, every, always, nothing, no one.
    Absolute,
    /// A comparison or superlative: largest, worst, highest since, record, the first.
    Comparison,
    /// A cause is asserted: because of, led to, caused, due to, as a result.
    Causation,
    /// A belief or opinion: believe, think, convinced, confident, doubt.
    Belief,
    /// A prediction or promise: will, expected to, forecast.
    Prediction,
    /// A stance or an act on record: voted, vetoed, signed, repealed, cut, funded. Whether
    /// someone did it is a matter of record, so it can be checked.
    Record,
    /// A change told without a figure: rose, fell, doubled, "crime is down".
    Trend,
    /// A subject that fact-checkers check most: taxes, jobs, crime, debt, trade,
    /// immigration, health care, prices. It says what a sentence is about, not that it is
    /// contested: these rules weigh 0, and [`crate::score`] ranks by them.
    Topic,
}

impl Category {
    /// Every category, in the order the built-in tables are listed.
    pub const ALL: [Category; 11] = [
        Category::Attribution,
        Category::Hedge,
        Category::Dispute,
        Category::Comparison,
        Category::Absolute,
        Category::Causation,
        Category::Belief,
        Category::Prediction,
        Category::Record,
        Category::Trend,
        Category::Topic,
    ];

    /// The word written in the `cues` column and in rules files.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Attribution => "attribution",
            Category::Hedge => "hedge",
            Category::Dispute => "dispute",
            Category::Absolute => "absolute",
            Category::Comparison => "comparison",
            Category::Causation => "causation",
            Category::Belief => "belief",
            Category::Prediction => "prediction",
            Category::Topic => "topic",
            Category::Record => "record",
            Category::Trend => "trend",
        }
    }

    /// Reads a category name (as [`Category::as_str`] writes it).
    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A cue with the sentences that prove it: each of `hits` must yield this rule, none of
/// `misses` may.
#[derive(Debug, Clone, Copy)]
pub struct CueRule {
    /// Stable id, `category/word`; the word is what the `cues` column shows.
    pub id: &'static str,
    /// The category.
    pub category: Category,
    /// A case-insensitive regex, matched as a whole word.
    pub pattern: &'static str,
    /// How much the cue makes a sentence worth checking, 0-10.
    pub weight: u8,
    /// True when the cue is a verb (or noun) whose subject is the source of what follows:
    /// "Obama *said*", "he *denied*", "his *belief*". The speaker rules look next to these.
    pub names_speaker: bool,
    /// Sentences that must yield this rule.
    pub hits: &'static [&'static str],
    /// Sentences that must not.
    pub misses: &'static [&'static str],
}

impl CueRule {
    /// The word the `cues` column shows: the part of the id after the `/`.
    pub fn word(&self) -> &'static str {
        self.id.split_once('/').map_or(self.id, |(_, w)| w)
    }
}

/// A sentence whose cue weights add up to this (or more) is worth checking: it gets a
/// contested row when it has no figure row of its own. Reporting verbs weigh 0, weak cues
/// ("may", "will", "all") 1, so it takes one strong cue or two weak ones.
pub const CONTESTED_MIN: u32 = 2;

/// Shorthand for the tables below.
const fn rule(
    id: &'static str,
    category: Category,
    pattern: &'static str,
    weight: u8,
    names_speaker: bool,
    hits: &'static [&'static str],
    misses: &'static [&'static str],
) -> CueRule {
    CueRule {
        id,
        category,
        pattern,
        weight,
        names_speaker,
        hits,
        misses,
    }
}

use Category::*;

/// Reporting verbs. Most weigh 0 (reporting is not a reason to check); the ones that signal
/// a claim someone stands behind against others (claimed, insisted, denied, alleged) weigh
/// more. All of them name a speaker.
pub static ATTRIBUTION: &[CueRule] = &[
    rule(
        "attribution/according to",
        Attribution,
        r"according to",
        0,
        true,
        &["Prices rose, according to the ministry."],
        &["The plan went according ly."],
    ),
    rule(
        "attribution/said",
        Attribution,
        r"said|says|say|saying|reports that",
        0,
        true,
        &[
            "Officials said the road was closed.",
            "\u{201c}It is over,\u{201d} says Ms Kim.",
        ],
        &["The Saidi family moved away."],
    ),
    rule(
        "attribution/told",
        Attribution,
        r"told|tells|telling",
        0,
        true,
        &["The minister told reporters the talks had failed."],
        &["The toll road reopened."],
    ),
    rule(
        "attribution/announced",
        Attribution,
        r"announced|announces|announcing",
        0,
        true,
        &["The company announced a new chief executive."],
        &["The announcement came late."],
    ),
    rule(
        "attribution/added",
        Attribution,
        r"added|adding|adds",
        0,
        true,
        &["\u{201c}We will see,\u{201d} he added."],
        &["There is an additional fee."],
    ),
    rule(
        "attribution/wrote",
        Attribution,
        r"wrote|writes|tweeted|retweeted|posted on|posted",
        0,
        true,
        &["She wrote in a blog post that the rules were unfair."],
        &["The writer left early."],
    ),
    rule(
        "attribution/noted",
        Attribution,
        r"noted|noting|notes that|note that|stated|explained|explains|declared|replied|replies|responded|answered|answers",
        0,
        true,
        &["He noted that turnout was low."],
        &["The notes were due in 1990."],
    ),
    rule(
        "attribution/continued",
        Attribution,
        r"continued,|continued:|continues,|continues:",
        0,
        true,
        &["He continued, \u{201c}We will win.\u{201d}"],
        &["Prices continued to fall."],
    ),
    rule(
        "attribution/agreed",
        Attribution,
        r"agreed|agrees|agreeing",
        0,
        true,
        &["The two leaders agreed to extend the truce."],
        &["The agreement was signed."],
    ),
    rule(
        "attribution/asked",
        Attribution,
        r"asked|asking (?:for|him|her|them|the|that|whether|if|why|how|what)|asks (?:for|him|her|them|the|that|whether|if|why|how|what)",
        0,
        true,
        &[
            "She asked whether the money had been spent.",
            "He sent a letter asking them to resign.",
        ],
        &["He asks nothing of anyone."],
    ),
    // A call for action names who made it, but what it asks for is no claim to check
    // ([`crate::extract`] makes no contested row of it alone). Listed before "called" so that
    // "called for" is read as a call.
    rule(
        "attribution/urged",
        Attribution,
        r"called (?:for|on)|calling (?:for|on)|calls (?:for|on)|urged|urges|urging",
        0,
        true,
        &[
            "The senator called for an inquiry.",
            "MPs urged the government to redraft the bill.",
        ],
        &["Cruz called the group abhorrent."],
    ),
    rule(
        "attribution/called",
        Attribution,
        r"called (?:it|him|her|them|this|that|the|a|an|his|their|its|these|those|out|me|us|you|my|our)|calling (?:it|him|her|them|the|a|an|his|their|out)|calls (?:it|him|her|them|the|a|an|his|their|out)",
        0,
        true,
        &["Cruz called the group abhorrent."],
        &[
            "A man called Smith was arrested.",
            "The senator called for an inquiry.",
        ],
    ),
    rule(
        "attribution/described",
        Attribution,
        r"described|describes|describing|recalled|recalls|recalling|mentioned|stressed|emphasi[sz]ed|remarked|quipped|joked|maintained|countered|testified|elaborated|asserted|asserts|exclaimed|mused|reiterated|reiterates|observed that",
        0,
        true,
        &[
            "She described the deal as a betrayal.",
            "\u{201c}It is over,\u{201d} the judge exclaimed.",
        ],
        &["The description was vague."],
    ),
    rule(
        "attribution/complained",
        Attribution,
        r"complained|complains|complaining|lamented|laments|decried|decries|mocked|mocks|mocking|chanted|chanting|shouted|thanked|boasted|boasts|bragged|touted|touts|touting|highlighted|highlights",
        0,
        true,
        &["The mayor complained that the money came late."],
        &["The complaint was filed."],
    ),
    rule(
        "attribution/cited",
        Attribution,
        r"cited|cites|citing|pointed (?:out|to)|points (?:out|to)|pointing (?:out|to)|referring to|referred to",
        0,
        true,
        &[
            "He cited a study from 2010.",
            "She pointed out that the law had changed.",
        ],
        &["The city was quiet."],
    ),
    rule(
        "attribution/confirmed",
        Attribution,
        r"confirmed|confirms|revealed|reveals|disclosed|indicated|indicates",
        0,
        true,
        &["The police confirmed the arrest."],
        &["The confirmation hearing began."],
    ),
    rule(
        "attribution/found",
        Attribution,
        r"shows|showed|shown that|show that|showing that|found that|finds that|find that|finding that|concluded|concludes",
        0,
        true,
        &[
            "The survey showed that turnout fell.",
            "Researchers found that the drug worked.",
        ],
        &["The show was cancelled.", "The body was found on Monday."],
    ),
    rule(
        "attribution/declined",
        Attribution,
        r"declined to (?:comment|say|answer|discuss|elaborate|respond|confirm|give|specify|name)|did not (?:respond|return|comment)|refused to (?:comment|say|answer)",
        0,
        true,
        &["The company declined to comment."],
        &["Sales declined by a third."],
    ),
    rule(
        "attribution/discussed",
        Attribution,
        r"talked about|talks about|talking about|discussed|discussing|spoke about|speaking about",
        0,
        true,
        &["The leaders discussed the crisis."],
        &["The talks were about trade."],
    ),
    rule(
        "attribution/expressed",
        Attribution,
        r"expressed|expressing",
        0,
        true,
        &["He expressed concern about the budget."],
        &["The express train was late."],
    ),
    rule(
        "attribution/reported",
        Attribution,
        r"reported",
        0,
        true,
        &["The agency reported that exports fell."],
        &["The report was published on Monday."],
    ),
    rule(
        "attribution/acknowledged",
        Attribution,
        r"acknowledged|acknowledges|acknowledge|admitted|admits|conceded|concedes|confessed|confesses",
        1,
        true,
        &[
            "The bank admitted it had misled customers.",
            "He confessed that the plan had failed.",
        ],
        &["Admission is free on Sundays."],
    ),
    rule(
        "attribution/argued",
        Attribution,
        r"argued|argues|argue|arguing|contended|contends",
        1,
        true,
        &["Lawyers argued that the law was void."],
        &["The argument was settled."],
    ),
    rule(
        "attribution/warned",
        Attribution,
        r"warned|warns|warning that|cautioned (?:that|against)|cautions (?:that|against)",
        1,
        true,
        &[
            "The central bank warned that inflation would rise.",
            "The central bank cautioned that inflation would rise.",
        ],
        &["Warnings were posted at the gate."],
    ),
    rule(
        "attribution/claimed",
        Attribution,
        r"claimed|claiming|claims? that",
        2,
        true,
        &["The group claimed responsibility for the attack."],
        &["Insurance claims fell in March."],
    ),
    rule(
        "attribution/insisted",
        Attribution,
        r"insisted|insists|insisting|insist",
        2,
        true,
        &["The mayor insisted the bridge was safe."],
        &["At her insistence, they left."],
    ),
    rule(
        "attribution/denied",
        Attribution,
        r"denied|denies|denying",
        2,
        true,
        &["The minister denied taking any payment."],
        &["Plausible deniability was the aim."],
    ),
    rule(
        "attribution/alleged",
        Attribution,
        r"alleged|alleges|alleging|accused|accuses|accusing",
        2,
        true,
        &["Prosecutors alleged that he hid the money."],
        &["The allegiance was sworn in public."],
    ),
];

/// Hedges and weasel words: the text will not stand behind the claim itself. "may" is
/// lower-case only, so the month of May is not a hedge.
pub static HEDGE: &[CueRule] = &[
    rule(
        "hedge/it is believed",
        Hedge,
        r"it is (?:believed|thought|understood|rumou?red|alleged|claimed|said|reported)|(?:is|are|was|were) (?:believed|thought|rumou?red|said|reported|alleged|understood) to",
        3,
        false,
        &[
            "It is believed the men crossed the border at night.",
            "The ship was thought to be carrying arms.",
        ],
        &["He believed the men crossed the border."],
    ),
    rule(
        "hedge/some say",
        Hedge,
        r"some (?:say|said|argue|argued|believe|believed|claim|claimed|suggest|people|experts|critics|observers|analysts|commentators|scholars|historians)|many (?:people |experts |observers |analysts |scholars |historians )?(?:say|believe|argue|think|claim|feel|consider)|it has been (?:said|suggested|claimed|argued|reported)",
        3,
        false,
        &[
            "Some say the tax was never collected.",
            "Many believe the vote was rigged.",
        ],
        &["Some 40 people attended the meeting."],
    ),
    rule(
        "hedge/reportedly",
        Hedge,
        r"reportedly",
        3,
        false,
        &["He was reportedly killed in an air strike."],
        &["She reported it to the police."],
    ),
    rule(
        "hedge/allegedly",
        Hedge,
        r"allegedly|purportedly|supposedly|ostensibly",
        3,
        false,
        &["The funds were allegedly moved abroad."],
        &["The alleys were narrow."],
    ),
    rule(
        "hedge/unconfirmed",
        Hedge,
        r"unconfirmed|unverified|could not be (?:independently )?(?:verified|confirmed)",
        3,
        false,
        &["There were unconfirmed reports of shooting."],
        &["The reports were confirmed by the police."],
    ),
    rule(
        "hedge/anonymous sources",
        Hedge,
        r"(?:sources|people|officials) (?:familiar with|close to|who (?:asked|spoke|declined|requested))|(?:unnamed|anonymous) (?:sources?|officials?)",
        2,
        false,
        &["People familiar with the matter said the deal was off."],
        &["People in the town said the deal was off."],
    ),
    rule(
        "hedge/apparently",
        Hedge,
        r"apparently|seemingly|appears? to|appeared to|seems? to|seemed to",
        2,
        false,
        &[
            "The fire was apparently started deliberately.",
            "The plan seems to have failed.",
        ],
        &["The apparent winner gave a speech."],
    ),
    rule(
        "hedge/suggests",
        Hedge,
        r"suggests|suggested|suggesting|suggest",
        2,
        true,
        &["The study suggests the drug is safe."],
        &["The suggestion box was empty."],
    ),
    rule(
        "hedge/possibly",
        Hedge,
        r"possibly|possible that|conceivably",
        2,
        false,
        &["The vote was possibly the closest ever held."],
        &["The possible outcomes were listed."],
    ),
    rule(
        "hedge/widely believed",
        Hedge,
        r"widely (?:believed|regarded|considered|seen|thought|reported|expected|assumed)",
        2,
        false,
        &["He is widely regarded as the favourite."],
        &["The road was widened last year."],
    ),
    rule(
        "hedge/speculation",
        Hedge,
        r"speculation|speculated|rumou?rs?|rumou?red",
        2,
        false,
        &["There was speculation that the bank would be sold."],
        &["The rum was served cold."],
    ),
    rule(
        "hedge/may",
        Hedge,
        r"(?-i:may)",
        1,
        false,
        &["The virus may have spread further."],
        &["The vote is on May 5."],
    ),
    rule(
        "hedge/might",
        Hedge,
        r"might",
        1,
        false,
        &["Prices might fall next year."],
        &["The mighty river flooded."],
    ),
    rule(
        "hedge/could",
        Hedge,
        r"could|couldn(?:'|’)t",
        1,
        false,
        &["The strike could cost the firm dearly."],
        &["The cloud cover was thick."],
    ),
    rule(
        "hedge/probably",
        Hedge,
        r"probably|likely|unlikely|presumably|perhaps|maybe",
        1,
        false,
        &["The bill will probably pass."],
        &["The probe continues."],
    ),
    rule(
        "hedge/considered",
        Hedge,
        r"(?:is|are|was|were|been|be|being) (?:generally |often |usually )?(?:considered|regarded|seen as|thought of|viewed as|described as|deemed)|considered (?:to be|one of|by)|regarded as|by (?:some|many|most|others|critics)",
        1,
        false,
        &[
            "The bridge is considered unsafe.",
            "The book is regarded by many as his best.",
        ],
        &["They considered the offer."],
    ),
    rule(
        "hedge/arguably",
        Hedge,
        r"arguably|debatabl[ey]|questionabl[ey]|controversially",
        2,
        false,
        &["It is arguably the best plan."],
        &["They argued all night."],
    ),
    rule(
        "hedge/generally",
        Hedge,
        r"sometimes|generally|largely|in some (?:cases|ways|respects)|to some (?:extent|degree)",
        0,
        false,
        &["Such loans are generally repaid late."],
        &["The general left."],
    ),
    rule(
        "hedge/many",
        Hedge,
        r"some|many|several|certain (?:people|experts|critics|scholars|sources|observers|analysts)",
        0,
        false,
        &["Many voters stayed at home.", "Some of the money was lost."],
        &["Any voter may attend."],
    ),
];

/// Disputes: someone says the claim is wrong, or the article says it is contested.
pub static DISPUTE: &[CueRule] = &[
    rule(
        "dispute/pushed back",
        Dispute,
        r"(?:pushed|pushes|pushing|push) back",
        3,
        true,
        &["The president pushed back against his critics."],
        &["The meeting was pushed to Friday."],
    ),
    rule(
        "dispute/skepticism",
        Dispute,
        r"skepticism|scepticism|skeptical|sceptical|skeptics?|sceptics?",
        3,
        false,
        &["Investors greeted the plan with skepticism."],
        &["The skeleton was found in 1990."],
    ),
    rule(
        "dispute/disputed",
        Dispute,
        r"disputed|disputing|disputes (?:the|that|this|these|those|his|her|their|its|claims?|reports?|allegations?)",
        3,
        true,
        &["The company disputed the figures."],
        &["A trade dispute over tariffs dragged on."],
    ),
    rule(
        "dispute/contradicted",
        Dispute,
        r"contradicted|contradicts|contradicting|contradictory|at odds with",
        3,
        true,
        &["The account was contradicted by video footage."],
        &["The contract was signed."],
    ),
    rule(
        "dispute/refuted",
        Dispute,
        r"refuted|refutes|refute|refuting|rebutted|debunked",
        3,
        true,
        &["The ministry refuted the claim."],
        &["The refuse was collected."],
    ),
    rule(
        "dispute/false",
        Dispute,
        r"false|falsely|untrue|not true|inaccurate|misleading|misled",
        3,
        false,
        &["The claim that the tax was cut is false."],
        &["The falsetto was perfect."],
    ),
    rule(
        "dispute/no evidence",
        Dispute,
        r"no evidence|baseless|unfounded|groundless|unsubstantiated|without evidence",
        3,
        false,
        &["There is no evidence the vote was rigged."],
        &["The evidence was heard in court."],
    ),
    rule(
        "dispute/critics",
        Dispute,
        r"critics|critic|opponents",
        2,
        false,
        &["Critics say the plan is too costly."],
        &["The critical moment came late."],
    ),
    rule(
        "dispute/criticized",
        Dispute,
        r"critici[sz]ed|critici[sz]es|critici[sz]ing|criticism|condemned|denounced|slammed|slams|blasted|lambasted",
        2,
        true,
        &["Unions criticised the decision."],
        &["The critical moment came late."],
    ),
    rule(
        "dispute/rejected",
        Dispute,
        r"rejected|rejects|rejecting|rebuffed|rebuffing|dismissed (?:the|as|claims?|reports?|allegations?)",
        2,
        true,
        &["The court rejected the appeal."],
        &["The injection was painful."],
    ),
    rule(
        "dispute/questioned",
        Dispute,
        r"questioned|questioning|called into question|cast doubt",
        2,
        true,
        &["Critics questioned the cost of the scheme."],
        &["The questionnaire was long."],
    ),
    rule(
        "dispute/disagreed",
        Dispute,
        r"disagreed|disagrees|disagree|disagreement",
        2,
        true,
        &["Economists disagree about the cause."],
        &["The agreement was signed."],
    ),
    rule(
        "dispute/controversial",
        Dispute,
        r"controversial|controversy|contested|contentious",
        2,
        false,
        &["The controversial law took effect."],
        &["The contest was won by Ann."],
    ),
];

/// Comparisons and superlatives. The "since"/"ever" forms come first: at the same position
/// the first rule in the lexicon wins, and "the highest since 2009" is the stronger claim.
pub static COMPARISON: &[CueRule] = &[
    rule(
        "comparison/highest since",
        Comparison,
        r"(?:highest|lowest|biggest|largest|worst|best|strongest|weakest|fastest|slowest|smallest|greatest|deadliest) (?:since|in (?:a |two |three |four |five |six |ten |twenty |fifty |a hundred )?(?:decades?|years?|generations?|centur(?:y|ies)|history))",
        3,
        false,
        &[
            "Unemployment is at its highest since 1994.",
            "It was the worst in a decade.",
        ],
        &["It was the highest building in town."],
    ),
    rule(
        "comparison/more than ever",
        Comparison,
        r"(?:more|less|fewer|better|worse|higher|lower|bigger) than ever|ever before|first[- ]ever|never before|unprecedented|all[- ]time (?:high|low)",
        3,
        false,
        &[
            "More people voted than ever before.",
            "The debt is at an all-time high.",
        ],
        &["More people voted than last time."],
    ),
    rule(
        "comparison/record",
        Comparison,
        r"(?:a|new|another|near|on) record|near-record|record-breaking|record (?:numbers?|levels?|highs?|lows?|years?|months?|pace|turnout|profits?|sales|losses|amounts?|sums?|temperatures?|prices?)",
        2,
        false,
        &[
            "Sales hit a record in June.",
            "It was the warmest year on record.",
        ],
        &[
            "The call was recorded.",
            "It will go in the historical record.",
        ],
    ),
    rule(
        "comparison/largest",
        Comparison,
        r"largest|biggest|greatest|smallest",
        2,
        false,
        &["It is the largest bank in Spain."],
        &["A large crowd gathered."],
    ),
    rule(
        "comparison/highest",
        Comparison,
        r"highest|lowest",
        2,
        false,
        &["Rents here are the highest in Europe."],
        &["Rents here are high."],
    ),
    rule(
        "comparison/worst",
        Comparison,
        r"worst|deadliest|weakest",
        2,
        false,
        &["It was the worst flood on record."],
        &["The flood was bad."],
    ),
    rule(
        "comparison/the most",
        Comparison,
        r"the (?:most|least)",
        2,
        false,
        &["It is the most dangerous road in the county."],
        &["Most roads were closed."],
    ),
    rule(
        "comparison/best",
        Comparison,
        r"best|strongest|fastest",
        1,
        false,
        &["It was the fastest growth in Asia."],
        &["It grew fast."],
    ),
    rule(
        "comparison/the first",
        Comparison,
        r"the first|the only",
        1,
        false,
        &["She was the first woman to lead the party."],
        &["First, the rules."],
    ),
    rule(
        "comparison/higher than",
        Comparison,
        r"(?:higher|lower|bigger|smaller|larger|greater|worse|better|faster|slower|stronger|weaker|cheaper|safer) than",
        1,
        false,
        &["Crime is lower than in 2010."],
        &["Crime is lower."],
    ),
];

/// Sweeping statements.
pub static ABSOLUTE: &[CueRule] = &[
    rule(
        "absolute/no one",
        Absolute,
        r"no one|no-one|nobody",
        2,
        false,
        &["No one was held to account."],
        &["No, one more time."],
    ),
    rule(
        "absolute/nothing",
        Absolute,
        r"nothing",
        2,
        false,
        &["The law does nothing to help renters."],
        &["The thing was broken."],
    ),
    rule(
        "absolute/never",
        Absolute,
        r"never",
        2,
        false,
        &["He never paid the tax."],
        &["Nevertheless, he paid."],
    ),
    rule(
        "absolute/always",
        Absolute,
        r"always",
        2,
        false,
        &["The party has always opposed the plan."],
        &["The hallways were empty."],
    ),
    rule(
        "absolute/entirely",
        Absolute,
        r"entirely|completely|totally|absolutely|wholly",
        1,
        false,
        &["The report is entirely wrong."],
        &["The entire team left."],
    ),
    rule(
        "absolute/every",
        Absolute,
        r"every|everyone|everybody|everything",
        1,
        false,
        &["Every school will close."],
        &["Everest was climbed."],
    ),
    rule(
        "absolute/all",
        Absolute,
        r"all",
        1,
        false,
        &["All the money was spent."],
        &["They allow dogs."],
    ),
    rule(
        "absolute/none",
        Absolute,
        r"none",
        1,
        false,
        &["None of the money was spent."],
        &["The nonentity left."],
    ),
];

/// Causal claims.
pub static CAUSATION: &[CueRule] = &[
    rule(
        "causation/because of",
        Causation,
        r"because of",
        2,
        false,
        &["Flights were cancelled because of the strike."],
        &["Flights were cancelled; the strike went on."],
    ),
    rule(
        "causation/led to",
        Causation,
        r"(?:led|leads|lead|leading) to",
        2,
        false,
        &["The cuts led to longer waits."],
        &["He led the team to victory."],
    ),
    rule(
        "causation/caused",
        Causation,
        r"caused|causes|causing|cause of",
        2,
        false,
        &["The storm caused widespread damage."],
        &["Because it rained, we stayed."],
    ),
    rule(
        "causation/as a result",
        Causation,
        r"as a (?:result|consequence)|consequently|therefore",
        2,
        false,
        &["As a result, prices rose."],
        &["The results were announced."],
    ),
    rule(
        "causation/resulted in",
        Causation,
        r"resulted in|results in|result in|responsible for",
        2,
        false,
        &["The policy resulted in higher prices."],
        &["The results were in."],
    ),
    rule(
        "causation/blamed",
        Causation,
        r"blamed|blames|blaming|blame",
        2,
        true,
        &["Officials blamed the heat for the outage."],
        &["The blameless child smiled."],
    ),
    rule(
        "causation/because",
        Causation,
        r"because",
        1,
        false,
        &["Prices rose because demand grew."],
        &["Prices rose and demand grew."],
    ),
    // Listed before `causation/due to`, so that it wins where both start: "is due to be
    // published" is a date in a diary, not a cause.
    rule(
        "prediction/due to",
        Prediction,
        r"due to (?:be|begin|start|take|go|launch|stand|meet|visit|speak|make|end|come|announce|open|close|run|merge|have|follow|face|expire|attend|vote|unveil|publish|report|hold|return|arrive|sign|appear|release|give|debate|decide|rule|hear|complete|finish|leave|resume|retire|receive|travel|hand|present|set out|deliver|address|testify|sit|join|lead|host|play)",
        1,
        false,
        &[
            "The report is due to be published on Monday.",
            "Talks are due to resume next week.",
        ],
        &["The delay was due to a fault."],
    ),
    rule(
        "causation/due to",
        Causation,
        r"due to|owing to|thanks to",
        1,
        false,
        &["The delay was due to a fault."],
        &["The rent is due."],
    ),
    rule(
        "causation/contributed to",
        Causation,
        r"contributed to|contributes to|contributing to|driven by|fuell?ed by|triggered|sparked",
        1,
        false,
        &["The drought contributed to the famine."],
        &["She contributed money."],
    ),
];

/// Belief and opinion: the subject holds the view, which may or may not be so.
pub static BELIEF: &[CueRule] = &[
    rule(
        "belief/believe",
        Belief,
        r"believe|believes|believed|believing|belief|beliefs",
        1,
        true,
        &[
            "She believes the numbers are wrong.",
            "In his belief, it works.",
        ],
        &["The believability was low."],
    ),
    rule(
        "belief/convinced",
        Belief,
        r"convinced",
        2,
        true,
        &["He is convinced the vote was fixed."],
        &["The convict escaped."],
    ),
    rule(
        "belief/doubt",
        Belief,
        r"doubt|doubts|doubted|doubtful|doubting",
        2,
        true,
        &["Analysts doubt the target can be met."],
        &["The doubles match was won."],
    ),
    rule(
        "belief/i think",
        Belief,
        r"i think|i don(?:'|’)t think|i do not think|i believe|i don(?:'|’)t believe|i do not believe|i feel|i guess|i suppose|i suspect|i reckon",
        1,
        true,
        &[
            "\u{201c}I think the plan will fail,\u{201d} she said.",
            "I don’t think anyone saw it.",
        ],
        &["Economists think the plan will fail."],
    ),
    rule(
        "belief/we want",
        Belief,
        r"i want|we want|i need|we need|we must|we have to|we(?:'|’)ve got to|i hope|we hope|let me|let(?:'|’)s|let us",
        0,
        true,
        &["\u{201c}We must act now,\u{201d} the mayor said."],
        &["Farmers want the tariff dropped."],
    ),
    rule(
        "belief/think",
        Belief,
        r"think|thinks|thought that",
        1,
        true,
        &["Analysts think the plan will work."],
        &["The thinker was cast in bronze."],
    ),
    rule(
        "belief/confident",
        Belief,
        r"confident|confidence that",
        1,
        true,
        &["The minister is confident the deal will pass."],
        &["Confidential papers were leaked."],
    ),
    rule(
        "belief/wants",
        Belief,
        r"wants?|wanted|wanting|hopes?|hoped|hoping|fears?|feared|fearing|knows?|knew|feels?|felt that|would like|prefers?|preferred",
        0,
        true,
        &["The mayor wants a new stadium.", "She knew the risks."],
        &["The wanton damage shocked them."],
    ),
    rule(
        "belief/supported",
        Belief,
        r"supported|backed|endorsed|opposed|voted (?:for|against|to)",
        2,
        true,
        &[
            "The union backed the strike.",
            "She voted against the war in 2003.",
        ],
        &["The back door was open."],
    ),
    rule(
        "belief/supports",
        Belief,
        r"supports|supporting|backs|backing|endorses|endorsing|opposes|opposing|praised|praises|praising|defended|defends|defending",
        0,
        true,
        &["The union backs the strike.", "She opposes the war."],
        &["The back door was open."],
    ),
    rule(
        "belief/sought",
        Belief,
        r"seeks|sought|proposed|proposes|refused|refuses|sees",
        0,
        true,
        &[
            "She sought the nomination in 2008.",
            "He refused to release his tax returns.",
        ],
        &["The plan was dropped."],
    ),
    rule(
        "belief/feels",
        Belief,
        r"glad|shocked|pleased|delighted|disappointed|worried|concerned|despaired|wonderful|vital|deserved?|sure|proud|sorry|regrets?|regretted|welcomed?|welcomes",
        0,
        true,
        &["She said she was shocked at the findings."],
        &["The shock was felt far away."],
    ),
    // Moods and resolves: what someone feels, which no one can check ("said he was very
    // happy"). Unlike the words above they name no speaker: "keep Wall Street happy",
    // "evokes excited memories".
    rule(
        "belief/mood",
        Belief,
        r"determined to|heartening|happy|unhappy|thrilled|saddened|excited|grateful|optimistic|pessimistic|thoughts (?:are|were) with|looking forward|an embarrassment",
        0,
        false,
        &[
            "He said the party was determined to keep up the pressure.",
            "He said his thoughts were with the victims.",
        ],
        &["The happiness index fell."],
    ),
    rule(
        "belief/opinion",
        Belief,
        r"in (?:my|our|his|her|their) (?:view|opinion)|opinion",
        1,
        false,
        &["In my view, the tax is unfair."],
        &["The view was lovely."],
    ),
];

/// Predictions and promises: checkable later, weak on their own. "will" is lower-case only,
/// so the name Will is not a prediction.
pub static PREDICTION: &[CueRule] = &[
    rule(
        "prediction/we will",
        Prediction,
        r"i will|we will|i(?:'|’)ll|we(?:'|’)ll|i won(?:'|’)t|we won(?:'|’)t|i(?:'|’)m going to|we(?:'|’)re going to|i am going to|we are going to|i would|we would|i(?:'|’)d|we(?:'|’)d",
        1,
        false,
        &[
            "\u{201c}We will cut the waiting lists,\u{201d} he said.",
            "I’m going to fix the roads.",
        ],
        &["The council will cut the waiting lists."],
    ),
    rule(
        "prediction/will",
        Prediction,
        r"(?-i:will|won(?:'|’)t)",
        1,
        false,
        &["The plant will close next year."],
        &["Will Smith arrived."],
    ),
    rule(
        "prediction/would",
        Prediction,
        r"would|wouldn(?:'|’)t",
        0,
        false,
        &["She said the party would announce its plans later."],
        &["The wood was wet."],
    ),
    rule(
        "prediction/expected to",
        Prediction,
        r"expected to|expects to|expect to",
        1,
        false,
        &["Growth is expected to slow."],
        &["Growth was unexpected."],
    ),
    rule(
        "prediction/forecast",
        Prediction,
        r"forecasts?|forecasted|forecasting|projected to|predicted|predicts|predict|prediction",
        1,
        true,
        &["The bank forecast growth of 2%."],
        &["The projector broke."],
    ),
    rule(
        "prediction/promised",
        Prediction,
        r"promised|promises|pledged|pledges|vowed|vows",
        1,
        true,
        &["The party promised to cut taxes."],
        &["The promenade was busy."],
    ),
];

/// Acts and stances on record. Unlike an opinion, whether a person voted for a bill, a
/// government cut a budget or a court struck down a law can be looked up. "voted for" and
/// "supported" are in [`BELIEF`] (`belief/supported`), listed first, so they keep that name.
pub static RECORD: &[CueRule] = &[
    rule(
        "record/voted",
        Record,
        r"voted|vetoed|vetoes|veto|filibustered",
        2,
        false,
        &[
            "The senator voted twice on the bill.",
            "The governor vetoed the budget.",
        ],
        &["The vote is next week."],
    ),
    rule(
        "record/signed",
        Record,
        r"signed into law|signed|sponsored|co-sponsored|cosponsored|ratified|enacted|repealed|scrapped|abolished|overturned|struck down",
        2,
        false,
        &[
            "The president signed the treaty in June.",
            "The court struck down the ban.",
        ],
        &["Road signs were stolen."],
    ),
    rule(
        "record/passed",
        Record,
        r"passed|approved|rejected by|blocked|banned|legali[sz]ed|decriminali[sz]ed",
        2,
        false,
        &[
            "Parliament passed the law last year.",
            "The city banned cars from the centre.",
        ],
        &["The passage was narrow."],
    ),
    rule(
        "record/cut",
        Record,
        r"cut|cuts|cutting|slashed|slashing|hiked|hiking|froze|frozen|defunded|underfunded",
        2,
        false,
        &[
            "The council cut spending on libraries.",
            "Fares were frozen for a year.",
        ],
        &["The cutlery was silver."],
    ),
    rule(
        "record/funded",
        Record,
        r"funded|bankrolled|subsidi[sz]ed|bailed out|paid for|gave away|handed over",
        2,
        false,
        &["The state funded the new bridge."],
        &["The fund closed."],
    ),
    rule(
        "record/created",
        Record,
        r"created|destroyed|wiped out|shipped|outsourced|laid off|hired|fired|deported|released|invaded|bombed",
        1,
        false,
        &[
            "The plant created work for the town.",
            "The firm laid off its staff.",
        ],
        &["The creative team met."],
    ),
];

/// Changes told in words, with no figure: "crime has continued to drop", "prices are up".
/// With a figure ("rose 5%") the figure's own row carries the change; the cue still says so.
pub static TREND: &[CueRule] = &[
    rule(
        "trend/rose",
        Trend,
        r"rose|risen|rising|increased|increasing|grew|grown|growing|climbed|climbing|gained|went up|gone up|going up|(?:is|are|was|were|been) up",
        2,
        false,
        &[
            "Rents rose sharply in the capital.",
            "Burglaries are up across the region.",
        ],
        &["The sun rises in the east.", "They set up a trust."],
    ),
    rule(
        "trend/fell",
        Trend,
        r"fell|fallen|falling|dropped|dropping|declined|declining|decreased|decreasing|shrank|shrunk|shrinking|went down|gone down|going down|(?:is|are|was|were|been) down",
        2,
        false,
        &[
            "Violent crime fell in most cities.",
            "Turnout is down on the last election.",
        ],
        &["She sat down.", "The tree falls under the council."],
    ),
    rule(
        "trend/doubled",
        Trend,
        r"doubled|doubling|tripled|trebled|quadrupled|halved|soared|soaring|surged|surging|plunged|plunging|plummeted|skyrocketed|tumbled|slumped|collapsed|spiked",
        3,
        false,
        &[
            "The number of food banks has doubled.",
            "Profits plunged after the strike.",
        ],
        &["She doubted him."],
    ),
];

/// Subjects that fact-checkers check most often, grouped; each group is one rule, so a
/// sentence about taxes and jobs counts twice. They weigh 0: a topic says what a sentence
/// is about, not that it asserts anything ([`crate::score`] ranks by them).
pub static TOPIC: &[CueRule] = &[
    rule(
        "topic/tax",
        Topic,
        r"tax|taxes|taxed|taxing|taxation|taxpayers?|vat|income tax",
        0,
        false,
        &["The plan would raise taxes on fuel."],
        &["The taxi was late."],
    ),
    rule(
        "topic/jobs",
        Topic,
        r"jobs|jobless|unemployment|unemployed|employment|workers|workforce|wages|wage|minimum wage|salaries|salary|payrolls?",
        0,
        false,
        &["The mine employs a third of the workers in the valley."],
        &["Jobsworth rules annoyed everyone."],
    ),
    rule(
        "topic/income",
        Topic,
        r"income|incomes|earnings|poverty|poor families|middle class|households|living standards|cost of living|inequality",
        0,
        false,
        &["Household incomes have not kept pace with rents."],
        &["The house was sold."],
    ),
    rule(
        "topic/economy",
        Topic,
        r"economy|economic growth|gdp|recession|inflation|interest rates|prices|growth rate|productivity",
        0,
        false,
        &["The economy shrank in the spring."],
        &["Economists met in Geneva."],
    ),
    rule(
        "topic/debt",
        Topic,
        r"deficit|deficits|debt|debts|borrowing|budget|budgets|spending|public finances|national debt",
        0,
        false,
        &["The deficit is the council's main worry."],
        &["The debutante arrived."],
    ),
    rule(
        "topic/trade",
        Topic,
        r"trade|tariff|tariffs|exports|imports|manufacturing|factories|factory|outsourcing",
        0,
        false,
        &["Tariffs on steel hurt the shipyards."],
        &["The trader left the floor."],
    ),
    rule(
        "topic/immigration",
        Topic,
        r"immigration|immigrants?|migrants?|migration|refugees?|asylum|border|borders|deportations?|visas?",
        0,
        false,
        &["Asylum claims are handled in the capital."],
        &["The boarders ate early."],
    ),
    rule(
        "topic/health",
        Topic,
        r"health care|healthcare|health insurance|insurance|insured|uninsured|medicare|medicaid|obamacare|nhs|hospitals?|waiting lists?|prescription drugs|patients",
        0,
        false,
        &["Waiting lists at the hospital grew all winter."],
        &["He was in good health."],
    ),
    rule(
        "topic/crime",
        Topic,
        r"crime|crimes|criminals|murders?|homicides?|violent|violence|shootings|police|policing|prisons?|prisoners|incarceration",
        0,
        false,
        &["Police numbers are lower than a decade ago."],
        &["The policy was new."],
    ),
    rule(
        "topic/security",
        Topic,
        r"military|troops|defence|defense|terrorism|terrorists?|nuclear|weapons|guns|gun|firearms|veterans",
        0,
        false,
        &["Defence spending is two percent of output."],
        &["The team's defensive line held."],
    ),
    rule(
        "topic/welfare",
        Topic,
        r"pensions?|pensioners|social security|welfare|benefits|food stamps|child care|childcare",
        0,
        false,
        &["Pensioners will get the winter payment."],
        &["The benefit concert sold out."],
    ),
    rule(
        "topic/energy",
        Topic,
        r"energy|oil|coal|gas prices|fuel|emissions|carbon|climate change|global warming|renewables?|fracking",
        0,
        false,
        &["Coal still makes a fifth of the power."],
        &["The oilskin kept him dry."],
    ),
    rule(
        "topic/education",
        Topic,
        r"schools?|education|tuition|student loans|students|teachers|universities|pupils",
        0,
        false,
        &["Tuition has tripled since then."],
        &["The schooner sailed at dawn."],
    ),
    rule(
        "topic/housing",
        Topic,
        r"housing|house prices|rents|mortgages?|homelessness|homeless|affordable homes",
        0,
        false,
        &["House prices rose in every region."],
        &["The house was empty."],
    ),
    rule(
        "topic/drugs",
        Topic,
        r"drugs|opioids?|overdoses?|heroin|cocaine|fentanyl",
        0,
        false,
        &["Overdoses have risen in rural areas."],
        &["The drugstore closed."],
    ),
];

/// The built-in tables, in priority order: where two rules match at the same position, the
/// one listed first wins.
pub static TABLES: &[&[CueRule]] = &[
    ATTRIBUTION,
    HEDGE,
    DISPUTE,
    COMPARISON,
    ABSOLUTE,
    CAUSATION,
    BELIEF,
    PREDICTION,
    RECORD,
    TREND,
    TOPIC,
];

/// Phrases that hold a cue word without its meaning: "first of all" sweeps nothing, "the
/// highest court" and "best placed" compare nothing, "in the first quarter" is a date. They
/// are matched like the rules and ahead of them, then dropped, so the word inside them is
/// not read as a cue. Each comes with a sentence in which it hides a cue word; a test checks
/// that the sentence gives no cue there, and would without the phrase.
pub static IDIOMS: &[(&str, &str)] = &[
    ("first of all", "First of all, the plan is simple."),
    ("after all", "The plan is simple after all."),
    ("above all", "Above all, the plan is simple."),
    ("at all", "It did not rain at all."),
    ("all right", "The plan is all right."),
    ("all but", "The plan is all but dead."),
    (
        "once and for all",
        "The plan ends the row once and for all.",
    ),
    ("all of a sudden", "All of a sudden the road was shut."),
    ("by all means", "Come by all means."),
    ("all-party", "An all-party group met."),
    (
        "every now and then|every so often",
        "Every so often the road is shut.",
    ),
    ("never mind", "Never mind the cost."),
    ("for the most part", "For the most part the road is open."),
    (
        "highest court|highest courts",
        "The case went to the highest court.",
    ),
    (
        "best placed|best-placed",
        "She is best placed to judge the plan.",
    ),
    ("how best", "They asked how best to help."),
    ("at best|at worst", "The plan is, at best, vague."),
    ("best known|best-known", "The best-known of them is Ann."),
    (
        "best practice|best practices",
        "The firm follows best practice.",
    ),
    ("worst case|worst-case", "In the worst case the road shuts."),
    (
        "the first (?:half|quarter|three months|six months|nine months|round|reading)",
        "Sales rose in the first quarter.",
    ),
];

/// One cue found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueMatch<'r> {
    /// The category.
    pub category: Category,
    /// The cue word as the rule names it ("reportedly", "according to").
    pub word: &'r str,
    /// `category:word`, as the `cues` column shows it.
    pub label: &'r str,
    /// Byte offset of the match in the sentence.
    pub start: usize,
    /// Byte offset just past the match.
    pub end: usize,
    /// How much the cue adds to a claim's score.
    pub weight: u8,
    /// True when the cue's subject is the source of the claim ("Obama *said*").
    pub names_speaker: bool,
}

impl CueMatch<'_> {
    /// The `cues` column's form: `category:word`.
    pub fn label(&self) -> String {
        self.label.to_string()
    }
}

/// One row of a user's rules file (`--rules FILE.csv`: category, pattern, weight).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRule {
    /// The category.
    pub category: Category,
    /// A case-insensitive regex, matched as a whole word.
    pub pattern: String,
    /// 0-10. A rule of weight 0 is still shown in the `cues` column but adds nothing; a user
    /// rule with the same category and pattern as a built-in one sets its weight.
    pub weight: u8,
}

/// A compiled rule, built-in or the user's.
#[derive(Debug, Clone)]
struct Entry {
    category: Category,
    /// Built-in: compiled without Unicode (ASCII case folding and classes).
    ascii: bool,
    word: Cow<'static, str>,
    /// "category:word", built once.
    label: String,
    pattern: Cow<'static, str>,
    weight: u8,
    names_speaker: bool,
    /// One of the [`IDIOMS`]: matched so that the cue word inside it is not, then dropped.
    mask: bool,
}

impl Entry {
    fn at(&self, start: usize, end: usize) -> CueMatch<'_> {
        CueMatch {
            category: self.category,
            word: &self.word,
            label: &self.label,
            start,
            end,
            weight: self.weight,
            names_speaker: self.names_speaker,
        }
    }
}

/// True when a pattern is closed by a word boundary (see [`word_end`]).
fn has_boundary_after(pattern: &str) -> bool {
    !pattern.ends_with([',', ':', ';'])
}

/// A compiled set of cue rules: the built-in tables, plus the user's own.
///
/// Build it once and share it: compiling takes milliseconds, matching a sentence
/// microseconds.
#[derive(Debug, Clone)]
pub struct Lexicon {
    entries: Vec<Entry>,
    /// The patterns that are finite sets of phrases (all the built-in ones), matched word by
    /// word ([`Literals`]).
    literals: Literals,
    /// The others (a user's regexes with repetitions or look-arounds), matched by regex.
    regex: Option<RegexPath>,
}

/// The regex path, for patterns that are not finite sets of phrases.
#[derive(Debug, Clone)]
struct RegexPath {
    /// The patterns in one alternation, in entry order: finds the matches.
    scan: regex::Regex,
    /// (entry, the pattern anchored at both ends): which entry a match is, tried in order on
    /// the few bytes of the match. The match kept its word boundaries in the sentence and
    /// keeps them alone, so the first entry matching it is the alternative the scan took.
    ident: Vec<(usize, regex::Regex)>,
}

/// The built-in tables, compiled on first use. Every pattern is compiled and run on its
/// examples by a test, so a failure here is a bug in a table, caught before release.
static BUILTIN: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::compile(builtin_entries()).expect("built-in cue rules are tested"));

fn builtin_entries() -> Vec<Entry> {
    // The idioms first: where one starts at the same word as a rule, it must win.
    let idioms = IDIOMS.iter().map(|&(pattern, _)| Entry {
        category: Category::Topic,
        word: Cow::Borrowed(pattern),
        label: format!("idiom:{pattern}"),
        ascii: true,
        pattern: Cow::Borrowed(pattern),
        weight: 0,
        names_speaker: false,
        mask: true,
    });
    idioms.chain(rule_entries()).collect()
}

/// The entries of the rules of [`TABLES`], without the idioms.
fn rule_entries() -> impl Iterator<Item = Entry> {
    TABLES.iter().flat_map(|t| t.iter()).map(|r| Entry {
        category: r.category,
        word: Cow::Borrowed(r.word()),
        label: format!("{}:{}", r.category.as_str(), r.word()),
        ascii: true,
        pattern: Cow::Borrowed(r.pattern),
        weight: r.weight,
        names_speaker: r.names_speaker,
        mask: false,
    })
}

/// The form every pattern is compiled in: case-insensitive, whole words (ASCII boundaries);
/// `ascii`: without Unicode, for the built-in patterns.
fn wrap(pattern: &str, ascii: bool) -> String {
    let flags = if ascii { "i-u" } else { "i" };
    format!(r"(?{flags}:(?-u:\b){})", word_end(pattern))
}

/// A pattern closed by a word boundary, unless it ends in `,`, `:` or `;` ("continued,"),
/// after which comes a space, so no boundary could follow.
fn word_end(pattern: &str) -> String {
    if !has_boundary_after(pattern) {
        format!("(?:{pattern})")
    } else {
        format!(r"(?:{pattern})(?-u:\b)")
    }
}

impl Lexicon {
    /// The built-in rules.
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN
    }

    /// The built-in rules with the user's: a user rule with the same category and pattern
    /// as a built-in one sets its weight (0: still shown, counts for nothing), any other is
    /// added, ahead of
    /// the built-in rules so that it wins where both match at the same place. `Err` holds the
    /// index of the rule that does not compile and the reason.
    pub fn with_user_rules(rules: &[UserRule]) -> std::result::Result<Lexicon, (usize, String)> {
        let mut builtin = builtin_entries();
        let mut added = Vec::new();
        for (i, r) in rules.iter().enumerate() {
            // Checked one by one so the error can name the rule; the set is compiled below.
            // The regex crate's parser gives the clearer message about the pattern as written.
            if let Err(e) = regex::Regex::new(&r.pattern) {
                return Err((i, regex_reason(&e.to_string())));
            }
            if let Err(e) = regex::Regex::new(&wrap(&r.pattern, false)) {
                return Err((i, regex_reason(&e.to_string())));
            }
            match builtin
                .iter_mut()
                .find(|e| !e.mask && e.category == r.category && e.pattern == r.pattern.as_str())
            {
                Some(e) => e.weight = r.weight,
                None => added.push(Entry {
                    category: r.category,
                    word: Cow::Owned(user_word(&r.pattern)),
                    label: format!("{}:{}", r.category.as_str(), user_word(&r.pattern)),
                    ascii: false,
                    pattern: Cow::Owned(r.pattern.clone()),
                    weight: r.weight,
                    names_speaker: matches!(r.category, Attribution | Belief),
                    mask: false,
                }),
            }
        }
        added.extend(builtin);
        // A pattern may compile alone and still fail in a set only on size limits.
        Lexicon::compile(added).map_err(|e| (rules.len().saturating_sub(1), e))
    }

    fn compile(entries: Vec<Entry>) -> std::result::Result<Lexicon, String> {
        Lexicon::compile_with(entries, false)
    }

    /// Compiles `entries`; `regex_only` sends every pattern down the regex path (the
    /// reference the literal matcher is tested against).
    fn compile_with(entries: Vec<Entry>, regex_only: bool) -> std::result::Result<Lexicon, String> {
        let reason = |e: &dyn fmt::Display| regex_reason(&e.to_string());
        let mut literals = Literals::default();
        let mut by_regex = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let phrases = if regex_only || !e.ascii && !e.pattern.is_ascii() {
                None
            } else if e.ascii {
                // The built-in tables: read without regex-syntax (a test proves it the same).
                simple_phrases(&e.pattern).or_else(|| phrases(&e.pattern))
            } else {
                phrases(&e.pattern)
            };
            match phrases {
                Some((p, exact_case)) => {
                    literals.add(i, p, exact_case, has_boundary_after(&e.pattern))
                }
                None => by_regex.push(i),
            }
        }
        let regex = if by_regex.is_empty() {
            None
        } else {
            let wrapped: Vec<String> = by_regex
                .iter()
                .map(|&i| wrap(&entries[i].pattern, entries[i].ascii))
                .collect();
            let scan = regex::RegexBuilder::new(&wrapped.join("|"))
                .dfa_size_limit(32 << 20)
                .build()
                .map_err(|e| reason(&e))?;
            let mut ident = Vec::with_capacity(by_regex.len());
            for (&i, w) in by_regex.iter().zip(&wrapped) {
                let anchored = regex::Regex::new(&format!("^(?:{w})$")).map_err(|e| reason(&e))?;
                ident.push((i, anchored));
            }
            Some(RegexPath { scan, ident })
        };
        Ok(Lexicon {
            entries,
            literals,
            regex,
        })
    }

    /// The cues of one sentence, in text order; offsets are into `sentence`.
    pub fn find<'r>(&'r self, sentence: &str) -> Vec<CueMatch<'r>> {
        let mut out = Vec::new();
        self.find_into(sentence, &mut out);
        out
    }

    /// Appends the cues of `sentence` to `out` (reusing its allocation across sentences).
    pub fn find_into<'r>(&'r self, sentence: &str, out: &mut Vec<CueMatch<'r>>) {
        let from = out.len();
        self.literals.find(sentence, |entry, start, end| {
            if let Some(e) = self.entries.get(entry).filter(|e| !e.mask) {
                out.push(e.at(start, end));
            }
        });
        let Some(regex) = &self.regex else {
            return;
        };
        let mut extra = Vec::new();
        for m in regex.scan.find_iter(sentence) {
            let entry = regex
                .ident
                .iter()
                .find(|(_, re)| re.is_match(m.as_str()))
                .and_then(|(i, _)| self.entries.get(*i).map(|e| (*i, e)));
            if let Some((i, e)) = entry.filter(|(_, e)| !e.mask) {
                extra.push((i, e.at(m.start(), m.end())));
            }
        }
        if extra.is_empty() {
            return;
        }
        // Merge the two paths as one leftmost-first scan would: by start, the first entry
        // winning at the same start, no overlaps. (A regex match hidden by an overlapping
        // one of its own path is not recovered; it takes a user regex overlapping a
        // built-in phrase to matter.)
        let index_of = |c: &CueMatch<'_>| {
            self.entries
                .iter()
                .position(|e| std::ptr::eq(e.label.as_str(), c.label))
                .unwrap_or(usize::MAX)
        };
        let mut all: Vec<(usize, usize, CueMatch<'r>)> = out
            .drain(from..)
            .map(|c| (c.start, index_of(&c), c))
            .chain(extra.into_iter().map(|(i, c)| (c.start, i, c)))
            .collect();
        all.sort_by_key(|&(start, entry, _)| (start, entry));
        let mut end = 0;
        for (start, _, c) in all {
            if start >= end {
                end = c.end;
                out.push(c);
            }
        }
    }

    /// Writes the rules as a rules file (`category,pattern,weight`), the form `--rules`
    /// reads, so a user can start from the built-in tables.
    pub fn write_csv<W: Write>(&self, out: W) -> io::Result<()> {
        let mut w = csv::Writer::from_writer(out);
        let to_io = |e: csv::Error| io::Error::other(e.to_string());
        w.write_record(["category", "pattern", "weight"])
            .map_err(to_io)?;
        for e in self.entries.iter().filter(|e| !e.mask) {
            w.write_record([
                e.category.as_str(),
                e.pattern.as_ref(),
                &e.weight.to_string(),
            ])
            .map_err(to_io)?;
        }
        w.flush()
    }
}

/// The built-in cues of one sentence, in order; offsets are into `sentence`.
pub fn find_cues(sentence: &str) -> Vec<CueMatch<'static>> {
    Lexicon::builtin().find(sentence)
}

/// The `cues` cell entries of a sentence: each `category:word` once, in text order.
pub fn labels(cues: &[CueMatch<'_>]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in cues {
        if !out.iter().any(|l| l == c.label) {
            out.push(c.label.to_string());
        }
    }
    out
}

/// The words of the rules that speak in the first person of a view, a wish or a promise
/// ("I think", "we want", "we will").
const FIRST_PERSON: [&str; 3] = ["i think", "we want", "we will"];

/// True when a cue speaks in the first person of a view, a wish or a promise: what the
/// speaker thinks or will do, which cannot be checked today.
pub fn is_first_person(cue: &CueMatch<'_>) -> bool {
    matches!(cue.category, Belief | Prediction) && FIRST_PERSON.contains(&cue.word)
}

/// The first match of each rule among a sentence's cues: a rule matched twice (a repeated
/// "all") counts once.
fn distinct_rules<'c, 'a>(cues: &'c [CueMatch<'a>]) -> impl Iterator<Item = &'c CueMatch<'a>> {
    // A sentence has a handful of cues: a quadratic scan beats hashing them.
    cues.iter()
        .enumerate()
        .filter(|&(i, c)| !cues[..i].iter().any(|d| d.label == c.label))
        .map(|(_, c)| c)
}

/// How many distinct topic rules a sentence's cues hold ("taxes ... tax cuts ... jobs": 2).
pub fn distinct_topics(cues: &[CueMatch<'_>]) -> u8 {
    let n = distinct_rules(cues).filter(|c| c.category == Topic).count();
    u8::try_from(n).unwrap_or(u8::MAX)
}

/// How much a sentence's cues make it worth checking: the sum of the weights of its distinct
/// rules.
pub fn strength(cues: &[CueMatch<'_>]) -> u32 {
    distinct_rules(cues).map(|c| u32::from(c.weight)).sum()
}

/// The word a user rule shows in the `cues` column: the pattern itself when it is a plain
/// phrase ("fake news"), otherwise the pattern as written (a reviewer can find it in the file).
fn user_word(pattern: &str) -> String {
    pattern.trim().to_lowercase()
}

/// The reason in a regex error, whose last line reads "error: unclosed group" under a
/// picture of the pattern.
fn regex_reason(s: &str) -> String {
    let last = s.lines().map(str::trim).rfind(|l| !l.is_empty());
    let last = last.unwrap_or("invalid pattern");
    last.strip_prefix("error: ").unwrap_or(last).to_string()
}

/// The most a rule may weigh.
pub const MAX_WEIGHT: u8 = 10;

/// Reads a rules file: a header `category,pattern,weight` (in any order, other columns
/// ignored), then one rule per row. Anything malformed (a missing column, an unknown
/// category, a pattern that is not a regex, a weight that is not a whole number 0-10) is
/// refused with [`Error::Malformed`] naming the file and line.
pub fn read_rules_csv(path: &Path) -> Result<Vec<UserRule>> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    parse_rules_csv(path, &bytes)
}

/// [`read_rules_csv`] on bytes already read; `path` names them in errors.
pub fn parse_rules_csv(path: &Path, bytes: &[u8]) -> Result<Vec<UserRule>> {
    let bytes = bytes
        .strip_prefix(b"\xef\xbb\xbf".as_slice())
        .unwrap_or(bytes);
    let bad = |line: u64, reason: String| Error::malformed(path, Some(line), reason);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let header = reader
        .headers()
        .map_err(|e| bad(1, format!("cannot read the header: {e}")))?
        .clone();
    if header.iter().all(str::is_empty) {
        return Err(bad(
            1,
            "empty rules file: expected the header category,pattern,weight".into(),
        ));
    }
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
            .ok_or_else(|| {
                bad(
                    1,
                    format!("the header has no `{name}` column (expected category,pattern,weight)"),
                )
            })
    };
    let (cat_col, pat_col, weight_col) =
        (column("category")?, column("pattern")?, column("weight")?);
    let mut rules = Vec::new();
    let mut lines = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            bad(line, format!("not valid CSV: {e}"))
        })?;
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(str::is_empty) {
            continue;
        }
        let cell = |col: usize, name: &str| {
            record
                .get(col)
                .filter(|s| !s.is_empty())
                .ok_or_else(|| bad(line, format!("missing `{name}`")))
        };
        let category = cell(cat_col, "category")?;
        let category = Category::parse(&category.to_ascii_lowercase()).ok_or_else(|| {
            let known: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
            bad(
                line,
                format!(
                    "unknown category `{category}` (known: {})",
                    known.join(", ")
                ),
            )
        })?;
        let pattern = cell(pat_col, "pattern")?.to_string();
        let weight = cell(weight_col, "weight")?;
        let weight = match weight.parse::<u8>() {
            Ok(w) if w <= MAX_WEIGHT => w,
            _ => {
                return Err(bad(
                    line,
                    format!("weight `{weight}` is not a whole number from 0 to {MAX_WEIGHT}"),
                ));
            }
        };
        rules.push(UserRule {
            category,
            pattern,
            weight,
        });
        lines.push(line);
    }
    // Compile now, so a bad pattern is refused with its line rather than at the first
    // article.
    if let Err((i, reason)) = Lexicon::with_user_rules(&rules) {
        let line = lines.get(i).copied().unwrap_or(1);
        let pattern = rules.get(i).map_or("", |r| r.pattern.as_str());
        return Err(bad(
            line,
            format!("pattern `{pattern}` is not a valid regex: {reason}"),
        ));
    }
    Ok(rules)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn labels_of(sentence: &str) -> Vec<String> {
        labels(&find_cues(sentence))
    }

    /// Every rule yields itself on each of its hits and never on its misses, through the
    /// compiled lexicon (so a rule shadowed by an earlier one shows up here too).
    #[test]
    fn every_rule_passes_its_examples() {
        let mut failures = Vec::new();
        for table in TABLES {
            for r in *table {
                let label = format!("{}:{}", r.category.as_str(), r.word());
                assert!(
                    r.id.starts_with(&format!("{}/", r.category.as_str())),
                    "{}: id must start with its category",
                    r.id
                );
                assert!(r.weight <= MAX_WEIGHT, "{}: weight over {MAX_WEIGHT}", r.id);
                assert!(!r.hits.is_empty() && !r.misses.is_empty(), "{}", r.id);
                for s in r.hits {
                    if !labels_of(s).contains(&label) {
                        failures.push(format!(
                            "{}: should match {s:?}, got {:?}",
                            r.id,
                            labels_of(s)
                        ));
                    }
                }
                for s in r.misses {
                    if labels_of(s).contains(&label) {
                        failures.push(format!("{}: should not match {s:?}", r.id));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    /// The word-by-word literal matcher gives exactly what the regex of the same patterns
    /// gives, on every example sentence and on text made to trip it.
    #[test]
    fn literal_matcher_agrees_with_the_regex() {
        let fast = Lexicon::builtin();
        let reference = Lexicon::compile_with(builtin_entries(), true).unwrap();
        assert!(
            fast.regex.is_none(),
            "every built-in pattern is a set of phrases"
        );
        let mut texts: Vec<&str> = TABLES
            .iter()
            .flat_map(|t| t.iter())
            .flat_map(|r| r.hits.iter().chain(r.misses.iter()).copied())
            .collect();
        let extra = [
            include_str!("../../samples/obama-hollande-isis.txt"),
            "SAID said Said; WILL will Will May may MAY won’t WON'T won't",
            "no-one, no one nobody all-time high, all time low; the first-ever, first ever",
            "He continued, “No.” It continues: more. continued to fall",
            "sayings say_ _say say9 9say é said café",
            "It is believed to be the highest since 1990, the worst in a decade, ever before.",
            "critics criticised criticized the critic’s skepticism; sceptics",
            "",
        ];
        texts.extend(extra);
        texts.extend(IDIOMS.iter().map(|&(_, sentence)| sentence));
        let show = |l: &Lexicon, t: &str| -> Vec<(String, usize, usize)> {
            l.find(t)
                .iter()
                .map(|c| (c.label.to_string(), c.start, c.end))
                .collect()
        };
        for t in texts {
            assert_eq!(show(fast, t), show(&reference, t), "on {t:?}");
        }
    }

    /// Each idiom hides the cue word in its sentence, which the rules alone would find.
    #[test]
    fn idioms_hide_the_cue_words_inside_them() {
        let bare = Lexicon::compile(rule_entries().collect()).unwrap();
        let reference = Lexicon::compile_with(builtin_entries(), true).unwrap();
        for &(pattern, sentence) in IDIOMS {
            let re = regex::Regex::new(&wrap(pattern, true)).unwrap();
            let m = re
                .find(sentence)
                .unwrap_or_else(|| panic!("{pattern:?} in {sentence:?}"));
            let inside = |l: &Lexicon| {
                l.find(sentence)
                    .iter()
                    .filter(|c| c.start < m.end() && c.end > m.start())
                    .map(|c| c.label.to_string())
                    .collect::<Vec<_>>()
            };
            assert!(!inside(&bare).is_empty(), "{pattern:?} hides nothing");
            assert_eq!(
                inside(Lexicon::builtin()),
                Vec::<String>::new(),
                "{pattern:?}"
            );
            assert_eq!(inside(&reference), Vec::<String>::new(), "{pattern:?}");
        }
        // The idioms are no rules: `claimsift rules` does not list them.
        let mut csv = Vec::new();
        Lexicon::builtin().write_csv(&mut csv).unwrap();
        let csv = String::from_utf8(csv).unwrap();
        assert!(!csv.contains("first of all") && !csv.contains("idiom"));
    }

    #[test]
    fn user_regexes_take_the_regex_path_and_merge_in_order() {
        let rules = vec![UserRule {
            category: Dispute,
            pattern: r"hoax(?:es)?|fake\w*".into(),
            weight: 3,
        }];
        let lex = Lexicon::with_user_rules(&rules).unwrap();
        assert!(lex.regex.is_some());
        let got: Vec<String> = lex
            .find("Critics said the fakery was a hoax, reportedly.")
            .iter()
            .map(|c| c.label.to_string())
            .collect();
        assert_eq!(
            got,
            [
                "dispute:critics",
                "attribution:said",
                "dispute:hoax(?:es)?|fake\\w*",
                "dispute:hoax(?:es)?|fake\\w*",
                "hedge:reportedly"
            ]
        );
    }

    #[test]
    fn ids_are_unique_and_every_category_has_rules() {
        let mut ids = HashSet::new();
        for table in TABLES {
            for r in *table {
                assert!(ids.insert(r.id), "duplicate id {}", r.id);
            }
        }
        for c in Category::ALL {
            assert!(
                TABLES
                    .iter()
                    .flat_map(|t| t.iter())
                    .any(|r| r.category == c),
                "no rule for {c}"
            );
            assert_eq!(Category::parse(c.as_str()), Some(c));
        }
    }

    #[test]
    fn offsets_are_bytes_into_the_sentence_and_curly_apostrophes_match() {
        let s = "“It’s over”, she said — they couldn’t agree.";
        let cues = find_cues(s);
        let said = cues.iter().find(|c| c.word == "said").unwrap();
        assert_eq!(&s[said.start..said.end], "said");
        let could = cues.iter().find(|c| c.word == "could").unwrap();
        assert_eq!(&s[could.start..could.end], "couldn’t");
        let disagree = find_cues("They couldn't agree.");
        assert_eq!(disagree.len(), 1);
        assert_eq!(disagree[0].end, "They couldn't".len());
    }

    #[test]
    fn plain_reporting_weighs_nothing_and_strong_cues_add_up() {
        assert_eq!(
            strength(&find_cues("He said on Tuesday that he was tired.")),
            0
        );
        assert_eq!(
            strength(&find_cues("Investors expressed deep skepticism.")),
            3
        );
        // A repeated rule counts once.
        assert_eq!(strength(&find_cues("All of them, all of us.")), 1);
        assert_eq!(
            labels_of("The US president pushed back against critics who questioned it."),
            [
                "dispute:pushed back",
                "dispute:critics",
                "dispute:questioned"
            ]
        );
    }

    #[test]
    fn user_rules_add_override_and_switch_off() {
        let rules = vec![
            UserRule {
                category: Dispute,
                pattern: "fake news".into(),
                weight: 3,
            },
            UserRule {
                category: Hedge,
                pattern: "(?-i:may)".into(),
                weight: 0,
            },
        ];
        let lex = Lexicon::with_user_rules(&rules).unwrap();
        let cues = lex.find("He dubbed it fake news and said it may pass.");
        let got: Vec<(String, u8)> = cues.iter().map(|c| (c.label(), c.weight)).collect();
        assert_eq!(
            got,
            [
                ("dispute:fake news".to_string(), 3),
                ("attribution:said".to_string(), 0),
                ("hedge:may".to_string(), 0),
            ]
        );
        let bad = vec![UserRule {
            category: Hedge,
            pattern: "(unclosed".into(),
            weight: 1,
        }];
        assert_eq!(Lexicon::with_user_rules(&bad).unwrap_err().0, 0);
    }

    #[test]
    fn rules_file_round_trips_and_bad_rows_name_their_line() {
        let mut csv = Vec::new();
        Lexicon::builtin().write_csv(&mut csv).unwrap();
        let rules = parse_rules_csv(Path::new("r.csv"), &csv).unwrap();
        let n: usize = TABLES.iter().map(|t| t.len()).sum();
        assert_eq!(rules.len(), n);
        let lex = Lexicon::with_user_rules(&rules).unwrap();
        let s = "Critics say it may be the worst flood ever, reportedly.";
        assert_eq!(labels(&lex.find(s)), labels_of(s));

        let err = |text: &str| {
            parse_rules_csv(Path::new("r.csv"), text.as_bytes())
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            err("category,pattern,weight\nhedge,perchance,2\nhedge,(oops,1\n"),
            "r.csv:3: pattern `(oops` is not a valid regex: unclosed group"
        );
        assert_eq!(
            err("category,pattern\nhedge,perchance\n"),
            "r.csv:1: the header has no `weight` column (expected category,pattern,weight)"
        );
        assert_eq!(
            err("category,pattern,weight\nhedge,perchance,high\n"),
            "r.csv:2: weight `high` is not a whole number from 0 to 10"
        );
        assert_eq!(
            err("category,pattern,weight\nhedge,perchance,2\nrumour,hearsay,2\n"),
            "r.csv:3: unknown category `rumour` (known: attribution, hedge, dispute, comparison, absolute, causation, belief, prediction, record, trend, topic)"
        );
        assert_eq!(
            err("category,pattern,weight\nhedge,,2\n"),
            "r.csv:2: missing `pattern`"
        );
    }
}
