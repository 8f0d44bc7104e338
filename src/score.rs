//! Scoring: how check-worthy a row is, 0-100, with the terms that made the number.
//!
//! The score is a sum of terms, each shown by `--explain` ("kind:money+50 exact+10 cues+12
//! compare+8 speaker+10 lead+5"), so a reviewer sees why a row ranks where it does:
//!
//! * the kind: changes, money, percentages and counts are what fact-checkers check most;
//!   then ranks, ranges and quantities; dates, then contested assertions without a figure;
//! * specificity: an exact figure can be checked and is wrong or right, a bound ("more than
//!   400") a little less so, a vague amount ("thousands of") hardly; each further figure in
//!   the sentence adds a little (a sentence of figures is a sentence of facts);
//! * the cues: the sentence's cue strength (the weights of its distinct cue rules) times 3,
//!   at most 28; and by category: a comparison or superlative ("the highest since 1990")
//!   and a dispute add, an opinion ("I think") or a prediction ("will") takes away, since
//!   neither can be checked today;
//! * the subject: a sentence about a topic fact-checkers check most (taxes, jobs, crime,
//!   health care: [`Category::Topic`]) adds 12, two topics 16; a change told in words
//!   ("crime fell", "prices have doubled": [`Category::Trend`]) adds 12;
//! * what cannot be checked today or is seldom the claim: a view or a promise in the first
//!   person ("I think", "we will") takes away 16, a count of seconds to decades ("for 30
//!   years") 20, a count under ten ("two things") 20;
//! * a question ("Do you think ...?") asserts nothing: it takes away;
//! * attribution: a named speaker makes a claim someone must answer for; a role or an
//!   organisation ("officials said") a little less;
//! * position: the first sentences of an article carry its main claims.
//!
//! The weights were set against check-worthiness labels of debate sentences (the CheckThat!
//! 2019 training debates and ClaimBuster's training file; the test files measure them).
//! [`crate::claim::Priority::from_score`] turns the score into high (60+), medium (35+) or
//! low.

use crate::claim::{Claim, Kind, Qualifier};
use crate::rules::cues::Category;
use crate::speaker::How;

/// A score and the terms it is the sum of, for `--explain`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Score {
    /// 0-100.
    pub value: u8,
    /// "kind:money+50" style terms, in the order they were added.
    pub terms: Vec<String>,
}

/// What the sentence around a claim says about it, besides the claim itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Context {
    /// 0-based position of the sentence in the article.
    pub sentence_index: usize,
    /// The sentence's cue strength ([`crate::rules::cues::strength`]).
    pub cue_strength: u32,
    /// The cue categories present in the sentence ([`Context::with_category`]).
    pub categories: u16,
    /// Figures (not dates) in the sentence, this row's included.
    pub figures: usize,
    /// The sentence is a question.
    pub question: bool,
    /// How the speaker was found, if there is one.
    pub speaker: Option<How>,
    /// Distinct topic rules in the sentence ("taxes" and "jobs": 2).
    pub topics: u8,
    /// The sentence speaks in the first person of what one thinks, wants or will do ("I
    /// think", "we will"): a view or a promise.
    pub personal: bool,
}

impl Context {
    /// This context with `category` marked present.
    pub fn with_category(self, category: Category) -> Context {
        Context {
            categories: self.categories | category_bit(category),
            ..self
        }
    }

    fn has(&self, category: Category) -> bool {
        self.categories & category_bit(category) != 0
    }
}

fn category_bit(c: Category) -> u16 {
    1 << (Category::ALL.iter().position(|&x| x == c).unwrap_or(15) as u16)
}

/// The sentences at the head of an article that carry its main claims: the lead term.
pub const LEAD_SENTENCES: usize = 3;

/// Points per unit of cue strength, and their cap.
const CUE_POINTS: u32 = 3;
const CUE_CAP: u32 = 28;

/// Points per topic of public interest a sentence is about ("taxes", "jobs"), and their
/// cap: a second topic adds a little, a third nothing.
const TOPIC_POINTS: i32 = 12;
const TOPIC_CAP: i32 = 16;

/// One term of a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Term {
    Kind(Kind),
    Exact,
    Bound,
    Vague,
    Figures,
    Cues,
    Compare,
    Dispute,
    Opinion,
    Prediction,
    Question,
    Speaker,
    Source,
    Lead,
    Topic,
    Trend,
    Personal,
    Duration,
    Small,
}

impl Term {
    fn render(self, points: i32) -> String {
        let name = match self {
            Term::Kind(k) => return format!("kind:{}{points:+}", k.as_str()),
            Term::Exact => "exact",
            Term::Bound => "bound",
            Term::Vague => "vague",
            Term::Figures => "figures",
            Term::Cues => "cues",
            Term::Compare => "compare",
            Term::Dispute => "dispute",
            Term::Opinion => "opinion",
            Term::Prediction => "prediction",
            Term::Question => "question",
            Term::Speaker => "speaker",
            Term::Source => "source",
            Term::Lead => "lead",
            Term::Topic => "topic",
            Term::Trend => "trend",
            Term::Personal => "personal",
            Term::Duration => "duration",
            Term::Small => "small",
        };
        format!("{name}{points:+}")
    }
}

/// The terms of a row's score, in order; zero terms are left out.
fn terms(claim: &Claim, ctx: &Context) -> impl Iterator<Item = (Term, i32)> {
    let base = match claim.kind {
        Kind::Change => 65,
        Kind::Money | Kind::Percent => 50,
        Kind::Count | Kind::Ratio | Kind::Rank => 45,
        Kind::Range | Kind::Fraction => 42,
        Kind::Quantity => 35,
        Kind::Date => 25,
        Kind::Contested => 25,
    };
    let figure = !matches!(claim.kind, Kind::Contested | Kind::Date);
    let specificity = if figure {
        match claim.qualifier {
            Qualifier::Exact => Some((Term::Exact, 10)),
            Qualifier::Vague => Some((Term::Vague, -10)),
            Qualifier::UpTo => None,
            _ => Some((Term::Bound, 5)),
        }
    } else {
        None
    };
    let others = ctx.figures.saturating_sub(usize::from(figure)).min(3) as i32;
    let cues = (ctx.cue_strength * CUE_POINTS).min(CUE_CAP) as i32;
    let compare = ctx.has(Category::Comparison).then_some((Term::Compare, 8));
    let dispute = ctx.has(Category::Dispute).then_some((Term::Dispute, 4));
    let opinion = ctx.has(Category::Belief).then_some((Term::Opinion, -3));
    let prediction = ctx
        .has(Category::Prediction)
        .then_some((Term::Prediction, -6));
    let question = ctx.question.then_some((Term::Question, -15));
    let speaker = match ctx.speaker {
        Some(How::Named | How::Pronoun | How::Quote) => Some((Term::Speaker, 10)),
        Some(_) => Some((Term::Source, 5)),
        None => None,
    };
    let lead = (ctx.sentence_index < LEAD_SENTENCES).then_some((Term::Lead, 5));
    let topic = (
        Term::Topic,
        (i32::from(ctx.topics) * TOPIC_POINTS).min(TOPIC_CAP),
    );
    let trend = ctx.has(Category::Trend).then_some((Term::Trend, 12));
    let personal = ctx.personal.then_some((Term::Personal, -16));
    let value = claim.value.number().unwrap_or(f64::NAN);
    let duration =
        (claim.kind == Kind::Count && is_duration(&claim.unit)).then_some((Term::Duration, -20));
    let small = (matches!(claim.kind, Kind::Count | Kind::Rank) && value < 10.0)
        .then_some((Term::Small, -20));
    [
        Some((Term::Kind(claim.kind), base)),
        specificity,
        Some((Term::Figures, 3 * others)),
        Some((Term::Cues, cues)),
        compare,
        dispute,
        opinion,
        prediction,
        question,
        speaker,
        lead,
        Some(topic),
        trend,
        personal,
        duration,
        small,
    ]
    .into_iter()
    .flatten()
    .filter(|&(_, points)| points != 0)
}

/// A counted unit of time: "30 years", "two minutes" are how long, seldom what is claimed.
fn is_duration(unit: &str) -> bool {
    let unit = unit.strip_suffix('s').unwrap_or(unit);
    [
        "second", "minute", "hour", "day", "week", "month", "year", "decade",
    ]
    .iter()
    .any(|u| unit.eq_ignore_ascii_case(u))
}

/// Scores one row, with the terms written out for `--explain`.
pub fn score(claim: &Claim, ctx: &Context) -> Score {
    let mut total = 0;
    let mut out = Vec::new();
    for (term, points) in terms(claim, ctx) {
        total += points;
        out.push(term.render(points));
    }
    Score {
        value: total.clamp(0, 100) as u8,
        terms: out,
    }
}

/// The score alone: [`score`] without writing the terms out, which cost 7% of a Reuters run
/// when every row carried them.
pub fn score_value(claim: &Claim, ctx: &Context) -> u8 {
    terms(claim, ctx)
        .map(|(_, points)| points)
        .sum::<i32>()
        .clamp(0, 100) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Status, Value};

    fn claim(kind: Kind, qualifier: Qualifier) -> Claim {
        Claim {
            id: String::new(),
            status: Status::Todo,
            verdict: String::new(),
            score: 0,
            kind,
            claim: String::new(),
            value: Value::None,
            unit: String::new(),
            qualifier,
            cues: std::sync::Arc::from([]),
            speaker: None,
            sentence: "".into(),
            source: "-".into(),
            line: 1,
            start: 0,
            end: 0,
            notes: String::new(),
            explain: Vec::new(),
        }
    }

    #[test]
    fn terms_add_up_and_explain_the_score() {
        let ctx = Context {
            sentence_index: 0,
            cue_strength: 3,
            figures: 2,
            speaker: Some(How::Named),
            ..Context::default()
        }
        .with_category(Category::Comparison);
        let s = score(&claim(Kind::Money, Qualifier::Exact), &ctx);
        let expected = [
            "kind:money+50",
            "exact+10",
            "figures+3",
            "cues+9",
            "compare+8",
            "speaker+10",
            "lead+5",
        ];
        assert_eq!(s.terms, expected);
        assert_eq!(s.value, 95);
        let ctx = Context {
            sentence_index: 9,
            figures: 1,
            question: true,
            ..Context::default()
        }
        .with_category(Category::Belief);
        let s = score(&claim(Kind::Count, Qualifier::Vague), &ctx);
        assert_eq!(
            s.terms,
            ["kind:count+45", "vague-10", "opinion-3", "question-15"]
        );
        assert_eq!(s.value, 17);
    }

    #[test]
    fn topics_and_trends_add_while_views_durations_and_small_counts_take_away() {
        // "Taxes and jobs have risen": two topics (12 each, capped at 16) and a trend.
        let ctx = Context {
            sentence_index: 5,
            topics: 2,
            ..Context::default()
        }
        .with_category(Category::Trend);
        let s = score(&claim(Kind::Contested, Qualifier::Exact), &ctx);
        assert_eq!(s.terms, ["kind:contested+25", "topic+16", "trend+12"]);
        assert_eq!(s.value, 53);
        let one = Context { topics: 1, ..ctx };
        assert_eq!(
            score(&claim(Kind::Contested, Qualifier::Exact), &one).value,
            49
        );
        // "We will create 3 jobs over 4 years": a promise, a small count, a duration.
        let ctx = Context {
            sentence_index: 5,
            figures: 2,
            personal: true,
            ..Context::default()
        };
        let mut small = claim(Kind::Count, Qualifier::Exact);
        small.value = Value::Number(3.0);
        small.unit = "jobs".into();
        assert_eq!(
            score(&small, &ctx).terms,
            [
                "kind:count+45",
                "exact+10",
                "figures+3",
                "personal-16",
                "small-20"
            ]
        );
        let mut years = claim(Kind::Count, Qualifier::Exact);
        years.value = Value::Number(40.0);
        years.unit = "years".into();
        assert_eq!(
            score(&years, &ctx).terms,
            [
                "kind:count+45",
                "exact+10",
                "figures+3",
                "personal-16",
                "duration-20"
            ]
        );
        years.value = Value::Number(4000.0);
        years.unit = "workers".into();
        assert_eq!(score(&years, &ctx).value, 42);
    }

    #[test]
    fn score_value_is_the_sum_of_the_terms() {
        let ctx = Context {
            sentence_index: 1,
            cue_strength: 2,
            figures: 4,
            question: true,
            speaker: Some(How::Role),
            ..Context::default()
        }
        .with_category(Category::Prediction)
        .with_category(Category::Dispute);
        for kind in Kind::ALL {
            for q in Qualifier::ALL {
                let c = claim(kind, q);
                assert_eq!(
                    score_value(&c, &ctx),
                    score(&c, &ctx).value,
                    "{kind:?} {q:?}"
                );
            }
        }
    }

    #[test]
    fn exact_figures_outrank_vague_ones_and_cues_are_capped() {
        let ctx = Context::default();
        let exact = score(&claim(Kind::Count, Qualifier::Exact), &ctx).value;
        let bound = score(&claim(Kind::Count, Qualifier::MoreThan), &ctx).value;
        let vague = score(&claim(Kind::Count, Qualifier::Vague), &ctx).value;
        assert!(exact > bound && bound > vague);
        let many = Context {
            cue_strength: 40,
            ..ctx
        };
        assert_eq!(
            score(&claim(Kind::Contested, Qualifier::Exact), &many).terms,
            ["kind:contested+25", "cues+28", "lead+5"]
        );
    }
}
