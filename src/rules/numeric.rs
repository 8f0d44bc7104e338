//! The words around a figure: qualifiers, change and event verbs, vague amounts, ranks, and
//! the contexts that make a number a name rather than a figure.
//!
//! Rules as data: each row carries example sentences, and `tests::every_row_passes_its_examples`
//! (in [`crate::mention`]) runs the whole finder on them. A `Hit` is `(sentence, claim, value,
//! unit)`: the sentence must give a figure with exactly that claim text, value and unit (and
//! the row's qualifier or sign); a miss is a sentence that must give no figure at all.
//!
//! Conventions a fact-checker should know (they are the answers to the questions the schema
//! leaves open):
//!
//! * A qualifier is kept in the claim text: "more than 400 airstrikes". "just under" and
//!   "just below" are `less-than` (the honest reading: the true figure is below it), "just
//!   over" is `more-than`; "as many as"/"as much as" are `up-to`.
//! * A change verb that takes the figure as its object is part of the claim ("rose 27%", "fell
//!   by a third"); the kind is then `change` and a fall is negative ("fell 5%" is -5 with unit
//!   `%`). "rose to 5%" is a level, not a change: the claim is "5%".
//! * "lost"/"shed" with a measure is a fall ("lost 65 cents" is -0.65, "shed 2%" is -2), with a
//!   count an event ("lost 3,000 jobs"); a share of a whole stays a share ("lost half of its
//!   value").
//! * The second figure of a pair after a change is the same change: "fell 40p, or 25%" gives
//!   -0.4 GBP and -25 %.
//! * "up to" after a verb of movement is the level reached, not a ceiling: "pushed claims up to
//!   $37bn" is exact (see [`MOVEMENT_VERBS`]).
//! * "doubled", "tripled", "halved" are changes by a factor: value 2, 3, 0.5 with unit `x`;
//!   "150 times the minimum wage" is a multiple, kind `ratio`, value 150, unit `x`.
//! * An event verb from a closed list ("killed 130 people") is part of the claim text; it does
//!   not change the kind.
//! * Vague amounts have qualifier `vague` and the value of one unit of their order of
//!   magnitude: "thousands of" 1000, "dozens" 12, "tens of thousands" 10000.

use crate::claim::Qualifier;

/// An example the finder must get right: (sentence, claim text, value, unit).
pub type Hit = (&'static str, &'static str, f64, &'static str);

/// A qualifier phrase immediately before (or, for `after`, after) a figure.
pub struct QualifierRule {
    /// Stable id.
    pub id: &'static str,
    /// The phrase, lowercase words in order.
    pub words: &'static [&'static str],
    /// True when the phrase follows the figure ("400 or more").
    pub after: bool,
    /// What it means.
    pub qualifier: Qualifier,
    /// Sentences and the figure (with this qualifier) they must give.
    pub hits: &'static [Hit],
    /// Sentences that must give no figure.
    pub misses: &'static [&'static str],
}

macro_rules! q {
    ($id:expr, [$($w:expr),+], $q:ident, $hits:expr) => {
        QualifierRule { id: $id, words: &[$($w),+], after: false, qualifier: Qualifier::$q, hits: $hits, misses: &[] }
    };
    ($id:expr, after [$($w:expr),+], $q:ident, $hits:expr) => {
        QualifierRule { id: $id, words: &[$($w),+], after: true, qualifier: Qualifier::$q, hits: $hits, misses: &[] }
    };
}

/// Qualifiers, longest phrases first within each meaning (the finder takes the longest
/// match).
pub static QUALIFIERS: &[QualifierRule] = &[
    q!(
        "approx/nearly",
        ["nearly"],
        Approx,
        &[(
            "Nearly 40 flights left.",
            "Nearly 40 flights",
            40.0,
            "flights"
        )]
    ),
    q!(
        "approx/almost",
        ["almost"],
        Approx,
        &[("It took almost 3 hours.", "almost 3 hours", 3.0, "hours")]
    ),
    q!(
        "approx/about",
        ["about"],
        Approx,
        &[(
            "They hired about 250 nurses.",
            "hired about 250 nurses",
            250.0,
            "nurses"
        )]
    ),
    q!(
        "approx/around",
        ["around"],
        Approx,
        &[("Around 12 boats sank.", "Around 12 boats", 12.0, "boats")]
    ),
    q!(
        "approx/roughly",
        ["roughly"],
        Approx,
        &[("Roughly 70% agreed.", "Roughly 70%", 70.0, "%")]
    ),
    q!(
        "approx/some",
        ["some"],
        Approx,
        &[(
            "Some 400 troops arrived.",
            "Some 400 troops",
            400.0,
            "troops"
        )]
    ),
    q!(
        "approx/approximately",
        ["approximately"],
        Approx,
        &[(
            "It weighs approximately 9 kg.",
            "approximately 9 kg",
            9.0,
            "kg"
        )]
    ),
    q!(
        "approx/an-estimated",
        ["an", "estimated"],
        Approx,
        &[(
            "An estimated 5,000 fans came.",
            "An estimated 5,000 fans",
            5000.0,
            "fans"
        )]
    ),
    q!(
        "approx/estimated",
        ["estimated"],
        Approx,
        &[(
            "Losses of estimated £3m followed.",
            "estimated £3m",
            3e6,
            "GBP"
        )]
    ),
    q!(
        "approx/estimated-at",
        ["estimated", "at"],
        Approx,
        &[(
            "Damage was estimated at $2bn.",
            "estimated at $2bn",
            2e9,
            "USD"
        )]
    ),
    q!(
        "approx/close-to",
        ["close", "to"],
        Approx,
        &[(
            "Close to 90 homes flooded.",
            "Close to 90 homes",
            90.0,
            "homes"
        )]
    ),
    q!(
        "approx/circa",
        ["circa"],
        Approx,
        &[(
            "The hall seats circa 800 guests.",
            "circa 800 guests",
            800.0,
            "guests"
        )]
    ),
    q!(
        "approx/just-about",
        ["just", "about"],
        Approx,
        &[("Just about 30 stayed.", "Just about 30", 30.0, "")]
    ),
    q!("approx/or-so", after ["or", "so"], Approx, &[("We saw 20 or so deer.", "20 or so", 20.0, "")]),
    q!(
        "approx/tilde",
        ["~"],
        Approx,
        &[("Cost is ~$40 each.", "~$40", 40.0, "USD")]
    ),
    q!(
        "less/just-under",
        ["just", "under"],
        LessThan,
        &[("Just under 60% voted.", "Just under 60%", 60.0, "%")]
    ),
    q!(
        "less/just-below",
        ["just", "below"],
        LessThan,
        &[(
            "Output was just below 2 mln barrels.",
            "just below 2 mln barrels",
            2e6,
            "bbl"
        )]
    ),
    q!(
        "less/slightly-less-than",
        ["slightly", "less", "than"],
        LessThan,
        &[(
            "Slightly less than 10% left.",
            "Slightly less than 10%",
            10.0,
            "%"
        )]
    ),
    q!(
        "less/less-than",
        ["less", "than"],
        LessThan,
        &[(
            "It took less than 5 minutes.",
            "less than 5 minutes",
            5.0,
            "minutes"
        )]
    ),
    q!(
        "less/fewer-than",
        ["fewer", "than"],
        LessThan,
        &[("Fewer than 300 remain.", "Fewer than 300", 300.0, "")]
    ),
    q!(
        "less/under",
        ["under"],
        LessThan,
        &[(
            "The car costs under $9,000.",
            "costs under $9,000",
            9000.0,
            "USD"
        )]
    ),
    q!(
        "less/below",
        ["below"],
        LessThan,
        &[("Inflation stayed below 2%.", "below 2%", 2.0, "%")]
    ),
    q!(
        "less/lower-than",
        ["lower", "than"],
        LessThan,
        &[("Rates lower than 3% are rare.", "lower than 3%", 3.0, "%")]
    ),
    q!(
        "more/more-than",
        ["more", "than"],
        MoreThan,
        &[(
            "They flew more than 400 airstrikes.",
            "more than 400 airstrikes",
            400.0,
            "airstrikes"
        )]
    ),
    q!(
        "more/just-over",
        ["just", "over"],
        MoreThan,
        &[("Just over 1,000 signed.", "Just over 1,000", 1000.0, "")]
    ),
    q!(
        "more/well-over",
        ["well", "over"],
        MoreThan,
        &[(
            "Well over 80 firms bid.",
            "Well over 80 firms",
            80.0,
            "firms"
        )]
    ),
    q!(
        "more/slightly-more-than",
        ["slightly", "more", "than"],
        MoreThan,
        &[(
            "Slightly more than half agreed.",
            "Slightly more than half",
            0.5,
            ""
        )]
    ),
    q!(
        "more/over",
        ["over"],
        MoreThan,
        &[
            ("Over 2,000 jobs went.", "Over 2,000 jobs", 2000.0, "jobs"),
            // After a rise or fall, "over" a percentage is the size of the change.
            (
                "Ticket sales were up over 10% on the year.",
                "up over 10%",
                10.0,
                "%"
            ),
            // Over an amount it is the level reached.
            (
                "The crude price rose over $17 in early deals.",
                "over $17",
                17.0,
                "USD"
            ),
        ]
    ),
    q!(
        "more/above",
        ["above"],
        MoreThan,
        &[(
            "Prices rose above $50 a barrel.",
            "above $50 a barrel",
            50.0,
            "USD"
        )]
    ),
    q!(
        "more/in-excess-of",
        ["in", "excess", "of"],
        MoreThan,
        &[(
            "Bids in excess of £2bn came in.",
            "in excess of £2bn",
            2e9,
            "GBP"
        )]
    ),
    q!(
        "more/exceeding",
        ["exceeding"],
        MoreThan,
        &[(
            "Fines exceeding €500 apply.",
            "exceeding €500",
            500.0,
            "EUR"
        )]
    ),
    q!(
        "more/upwards-of",
        ["upwards", "of"],
        MoreThan,
        &[(
            "Upwards of 60 boats joined.",
            "Upwards of 60 boats",
            60.0,
            "boats"
        )]
    ),
    q!(
        "more/greater-than",
        ["greater", "than"],
        MoreThan,
        &[(
            "A loss greater than 10% hurts.",
            "greater than 10%",
            10.0,
            "%"
        )]
    ),
    q!(
        "more/higher-than",
        ["higher", "than"],
        MoreThan,
        &[(
            "Yields higher than 4% draw buyers.",
            "higher than 4%",
            4.0,
            "%"
        )]
    ),
    q!(
        "atleast/at-least",
        ["at", "least"],
        AtLeast,
        &[(
            "At least 17 people died.",
            "At least 17 people",
            17.0,
            "people"
        )]
    ),
    q!(
        "atleast/no-less-than",
        ["no", "less", "than"],
        AtLeast,
        &[(
            "No less than 30 ships sailed.",
            "No less than 30 ships",
            30.0,
            "ships"
        )]
    ),
    q!(
        "atleast/no-fewer-than",
        ["no", "fewer", "than"],
        AtLeast,
        &[(
            "No fewer than 9 ministers quit.",
            "No fewer than 9 ministers",
            9.0,
            "ministers"
        )]
    ),
    q!(
        "atleast/a-minimum-of",
        ["a", "minimum", "of"],
        AtLeast,
        &[(
            "Expect a minimum of 3 delays.",
            "a minimum of 3 delays",
            3.0,
            "delays"
        )]
    ),
    q!("atleast/or-more", after ["or", "more"], AtLeast, &[("Groups of 50 or more save.", "50 or more", 50.0, "")]),
    q!(
        "atleast/plus",
        after["+"],
        AtLeast,
        &[("The 65+ group grew.", "65+", 65.0, "")]
    ),
    q!(
        "upto/up-to",
        ["up", "to"],
        UpTo,
        &[(
            "Up to 50 flights were cut.",
            "Up to 50 flights",
            50.0,
            "flights"
        )]
    ),
    q!(
        "upto/as-many-as",
        ["as", "many", "as"],
        UpTo,
        &[("As many as 200 died.", "As many as 200", 200.0, "")]
    ),
    q!(
        "upto/as-much-as",
        ["as", "much", "as"],
        UpTo,
        &[(
            "It may cost as much as $3bn.",
            "cost as much as $3bn",
            3e9,
            "USD"
        )]
    ),
    q!(
        "atmost/at-most",
        ["at", "most"],
        AtMost,
        &[(
            "At most 12 seats changed hands.",
            "At most 12 seats",
            12.0,
            "seats"
        )]
    ),
    q!(
        "atmost/no-more-than",
        ["no", "more", "than"],
        AtMost,
        &[("No more than 5% may leave.", "No more than 5%", 5.0, "%")]
    ),
    q!(
        "atmost/not-more-than",
        ["not", "more", "than"],
        AtMost,
        &[(
            "Not more than 20 guests came.",
            "Not more than 20 guests",
            20.0,
            "guests"
        )]
    ),
    q!(
        "atmost/a-maximum-of",
        ["a", "maximum", "of"],
        AtMost,
        &[(
            "Fines are a maximum of £500.",
            "a maximum of £500",
            500.0,
            "GBP"
        )]
    ),
];

/// What a verb does to the figure it takes as object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbRole {
    /// A rise: the figure is the size of the change, positive.
    Rise,
    /// A fall: the figure is the size of the change, negative.
    Fall,
    /// An event ("killed", "hired"): kept in the claim, the kind is unchanged.
    Event,
    /// A loss ("lost", "shed"): a fall when the figure is a measure (a percentage, points,
    /// an amount of money or a quantity: "lost 65 cents" is -0.65), an event otherwise
    /// ("lost 3,000 jobs"). A measure followed by "of" is a share of a whole, not a change
    /// ("lost half of its value", "shed 10% of its staff" stay a fraction and a percent):
    /// the fact to check is the share.
    Lose,
}

/// Verbs (all the forms a news story uses) that take a figure as object.
pub struct VerbRule {
    /// Stable id.
    pub id: &'static str,
    /// The word forms, lowercase.
    pub words: &'static [&'static str],
    /// What the verb does to the figure.
    pub role: VerbRole,
    /// Sentences and the figure they must give (kind `change` unless an event verb).
    pub hits: &'static [Hit],
    /// Sentences that must give no figure.
    pub misses: &'static [&'static str],
}

/// Change verbs and event verbs. The lists are closed on purpose: a verb outside them stays
/// out of the claim ("resettle thousands of migrants" claims "thousands of migrants").
pub static VERBS: &[VerbRule] = &[
    VerbRule {
        id: "change/rise",
        words: &["rose", "rise", "rises", "risen", "rising"],
        role: VerbRole::Rise,
        hits: &[
            ("Sales rose 27% in May.", "rose 27%", 27.0, "%"),
            ("Exports rose by a third.", "rose by a third", 1.0 / 3.0, ""),
        ],
        misses: &[],
    },
    VerbRule {
        id: "change/increase",
        words: &["increased", "increase", "increases", "increasing"],
        role: VerbRole::Rise,
        hits: &[(
            "Fees increased 4.5 pct this year.",
            "increased 4.5 pct",
            4.5,
            "%",
        )],
        misses: &[],
    },
    VerbRule {
        id: "change/grow",
        words: &["grew", "grow", "grows", "grown", "growing"],
        role: VerbRole::Rise,
        hits: &[("The economy grew 0.4% last quarter.", "grew 0.4%", 0.4, "%")],
        misses: &[],
    },
    VerbRule {
        id: "change/jump",
        // The participles ("jumping", ...) open a clause of their own after a comma: "the
        // stock opened higher, climbing as much as 50%".
        words: &[
            "jumped",
            "jump",
            "jumps",
            "climbed",
            "climb",
            "climbs",
            "gained",
            "gain",
            "gains",
            "adding",
            "adds",
            "soared",
            "soar",
            "soars",
            "surged",
            "surge",
            "surges",
            "rallied",
            "advanced",
            "added",
            "firmed",
            "edged",
            "expanded",
            "boosted",
            "leapt",
            "leaped",
            "jumping",
            "climbing",
            "gaining",
            "soaring",
            "surging",
            "rallying",
            "advancing",
            "firming",
            "expanding",
            "leaping",
        ],
        role: VerbRole::Rise,
        hits: &[
            ("Profits jumped 76% to $1.13bn.", "jumped 76%", 76.0, "%"),
            (
                "The index gained 12 points.",
                "gained 12 points",
                12.0,
                "points",
            ),
            (
                "The bond rallied, climbing as much as 8% by noon.",
                "climbing as much as 8%",
                8.0,
                "%",
            ),
            (
                "Car sales kept soaring, gaining 4% in June.",
                "gaining 4%",
                4.0,
                "%",
            ),
        ],
        misses: &[],
    },
    VerbRule {
        id: "change/up",
        words: &["up"],
        role: VerbRole::Rise,
        hits: &[("Shares ended up 5.2 pct.", "up 5.2 pct", 5.2, "%")],
        misses: &[],
    },
    VerbRule {
        id: "change/fall",
        words: &["fell", "fall", "falls", "fallen", "falling"],
        role: VerbRole::Fall,
        hits: &[
            ("Output fell 5% in March.", "fell 5%", -5.0, "%"),
            (
                "Imports fell by a third.",
                "fell by a third",
                -1.0 / 3.0,
                "",
            ),
        ],
        misses: &[],
    },
    VerbRule {
        id: "change/drop",
        words: &[
            "dropped",
            "drop",
            "drops",
            "declined",
            "decline",
            "declines",
            "decreased",
            "decrease",
            "decreases",
            "slumped",
            "slump",
            "plunged",
            "plunge",
            "tumbled",
            "tumble",
            "slid",
            "slide",
            "slides",
            "sank",
            "sink",
            "dipped",
            "dip",
            "dips",
            "shrank",
            "shrink",
            "shrinks",
            "contracted",
            "slipped",
            "slip",
            "eased",
            "retreated",
            "plummeted",
            "crashed",
            "weakened",
            "dropping",
            "declining",
            "decreasing",
            "slumping",
            "plunging",
            "tumbling",
            "sliding",
            "sinking",
            "dipping",
            "shrinking",
            "slipping",
            "retreating",
            "plummeting",
        ],
        role: VerbRole::Fall,
        hits: &[
            ("Oil dropped 3% on Friday.", "dropped 3%", -3.0, "%"),
            ("Shares fell 34 cents.", "fell 34 cents", -0.34, "USD"),
            (
                "The peso weakened again, sliding almost 2% against the euro.",
                "sliding almost 2%",
                -2.0,
                "%",
            ),
        ],
        misses: &[],
    },
    VerbRule {
        id: "change/down",
        words: &["down"],
        role: VerbRole::Fall,
        hits: &[("Volume was down 3% on the day.", "down 3%", -3.0, "%")],
        misses: &[],
    },
    VerbRule {
        id: "change/lose",
        words: &[
            "lost", "lose", "loses", "losing", "shed", "sheds", "shedding", "wiped", "wipe",
            "wipes", "wiping",
        ],
        role: VerbRole::Lose,
        hits: &[
            (
                "The stock lost 40 cents in early trade.",
                "lost 40 cents",
                -0.4,
                "USD",
            ),
            ("The bank shed $4bn in value.", "shed $4bn", -4e9, "USD"),
            ("The index lost 2.5% on Monday.", "lost 2.5%", -2.5, "%"),
        ],
        misses: &[],
    },
    VerbRule {
        id: "event/harm",
        words: &[
            "killed",
            "kill",
            "kills",
            "killing",
            "injured",
            "injuring",
            "wounded",
            "wounding",
            "hurt",
            "claimed",
            "displaced",
            "evacuated",
            "rescued",
            "arrested",
            "detained",
            "executed",
            "deported",
            "infected",
            "affected",
        ],
        role: VerbRole::Event,
        hits: &[(
            "The attacks killed 130 people.",
            "killed 130 people",
            130.0,
            "people",
        )],
        misses: &[],
    },
    VerbRule {
        id: "event/business",
        words: &[
            "hired",
            "hires",
            "hiring",
            "employs",
            "employed",
            "employing",
            "axed",
            "axe",
            "cut",
            "cuts",
            "cutting",
            "sacked",
            "fired",
            "laid",
            "created",
            "create",
            "creating",
            "sold",
            "sells",
            "sell",
            "selling",
            "bought",
            "buy",
            "buys",
            "paid",
            "pay",
            "pays",
            "paying",
            "spent",
            "spend",
            "spends",
            "spending",
            "cost",
            "costs",
            "costing",
            "raised",
            "raise",
            "raises",
            "earned",
            "earn",
            "earns",
            "owes",
            "owed",
            "borrowed",
            "invested",
            "invest",
            "fined",
            "received",
            "receives",
            "won",
            "wins",
            "posted",
            "reported",
            "recorded",
            "attracted",
            "launched",
            "conducted",
            "built",
            "opened",
            "closed",
            "shut",
            "saved",
            "generated",
            "made",
            "makes",
            "make",
            "worth",
            "valued",
            "totalled",
            "totaled",
            "totalling",
            "totaling",
            "totals",
            "reached",
        ],
        role: VerbRole::Event,
        hits: &[
            (
                "The firm hired 300 engineers.",
                "hired 300 engineers",
                300.0,
                "engineers",
            ),
            ("The deal is worth $2.5bn.", "worth $2.5bn", 2.5e9, "USD"),
            ("It cost 5 dollars.", "cost 5 dollars", 5.0, "USD"),
        ],
        misses: &[],
    },
];

/// Verbs and adjectives that change a figure by a factor: value the factor, unit `x`.
pub static MULTIPLIERS: &[(&str, f64)] = &[
    ("doubled", 2.0),
    ("doubling", 2.0),
    ("doubles", 2.0),
    ("tripled", 3.0),
    ("tripling", 3.0),
    ("triples", 3.0),
    ("trebled", 3.0),
    ("trebling", 3.0),
    ("quadrupled", 4.0),
    ("quadrupling", 4.0),
    ("halved", 0.5),
    ("halving", 0.5),
    ("twofold", 2.0),
    ("threefold", 3.0),
    ("fourfold", 4.0),
    ("fivefold", 5.0),
    ("tenfold", 10.0),
    // Base forms count only after "to", a modal or "than" ("should more than double"): "a
    // double room" is not a figure.
    ("double", 2.0),
    ("triple", 3.0),
    ("quadruple", 4.0),
    ("halve", 0.5),
    ("hundredfold", 100.0),
];

/// Examples for [`MULTIPLIERS`]: (sentence, claim, value).
pub static MULTIPLIER_HITS: &[(&str, &str, f64)] = &[
    ("Its profit doubled last year.", "doubled", 2.0),
    ("Prices have more than tripled.", "more than tripled", 3.0),
    ("The deficit was halved.", "halved", 0.5),
    ("A threefold rise followed.", "threefold", 3.0),
    ("Sales grew 10-fold.", "grew 10-fold", 10.0),
];

/// "single-digit", "double-digit", "triple-digit": how many digits a number has; the factor
/// is the smallest such number (1, 10, 100), so a lower bound on it, except for "single",
/// whose useful bound is the upper one: "single-digit growth" is less than 10 %, qualifier
/// `less-than` ("double-digit growth" could be read as less than 100 % as well, but the
/// lower bound is the claim).
///
/// Why the adjective gives a row only in two shapes: it says how many digits, not of what.
/// Before a plural order of magnitude it scales it, as "tens of" does: "double-digit
/// billions" is tens of billions, value 1e10, qualifier `vague` (read as "billions" alone it
/// was 1e9, ten times low: the error a fact-checker must never be sent after). Before a
/// noun of change or rate ([`DIGIT_RATE_NOUNS`], [`CHANGE_NOUNS`]) it is a percentage:
/// "double-digit growth" is at least 10 %, qualifier `at-least` (a change when the noun is
/// one, signed as [`CHANGE_NOUNS`] say). Anywhere else ("a double-digit lead", "double-digit
/// losses") the unit is anyone's guess, and a row with a number in the wrong unit misleads
/// more than no row: none is made.
///
/// As a noun ("inflation hit double digits", "growth in single digits", "sales grew by
/// double digits") the phrase names no unit either: it is a percentage only when the clause
/// says what it measures, a rate or change noun as its subject ([`DIGIT_RATE_NOUNS`],
/// [`CHANGE_NOUNS`]) or a change verb right before it ("grew by"), and otherwise gives no
/// row, as "a double-digit lead" does ("won by double digits" may be points, "in the single
/// digits" degrees).
pub static DIGIT_WORDS: &[(&str, f64)] = &[("single", 1.0), ("double", 10.0), ("triple", 100.0)];

/// "low", "mid" and "high" before "single-digit"/"single digits": the band of the digits
/// meant, by the usual market reading (1 to 3, 4 to 6, 7 to 9), qualifier `approx`. "high
/// double-digit growth" is left at "at least 10 %": a band of tens would be a guess.
pub static DIGIT_BANDS: &[(&str, f64, f64)] =
    &[("low", 1.0, 3.0), ("mid", 4.0, 6.0), ("high", 7.0, 9.0)];

/// Nouns that make "double-digit" a percentage without being a change: "double-digit
/// inflation" is at least 10 %.
pub static DIGIT_RATE_NOUNS: &[&str] = &[
    "inflation",
    "unemployment",
    "rates",
    "returns",
    "margins",
    "yields",
    "percentages",
];

/// Examples for [`DIGIT_WORDS`]: (sentence, claim, value, unit) and the qualifier.
pub static DIGIT_HITS: &[(Hit, Qualifier)] = &[
    (
        (
            "Analysts see double-digit billions in write-downs.",
            "double-digit billions",
            1e10,
            "",
        ),
        Qualifier::Vague,
    ),
    (
        (
            "The deal is worth triple-digit millions of euros.",
            "worth triple-digit millions of euros",
            1e8,
            "EUR",
        ),
        Qualifier::Vague,
    ),
    (
        (
            "Exporters enjoyed double-digit growth in 2003.",
            "double-digit growth",
            10.0,
            "%",
        ),
        Qualifier::AtLeast,
    ),
    (
        (
            "The region suffered double digit inflation.",
            "double digit inflation",
            10.0,
            "%",
        ),
        Qualifier::AtLeast,
    ),
    (
        (
            "Wages saw single-digit growth.",
            "single-digit growth",
            10.0,
            "%",
        ),
        Qualifier::LessThan,
    ),
    (
        (
            "The island kept single digit inflation.",
            "single digit inflation",
            10.0,
            "%",
        ),
        Qualifier::LessThan,
    ),
    (
        (
            "Prices in the city rose by double digits.",
            "rose by double digits",
            10.0,
            "%",
        ),
        Qualifier::AtLeast,
    ),
    (
        (
            "Joblessness and inflation stayed in single digits.",
            "single digits",
            10.0,
            "%",
        ),
        Qualifier::LessThan,
    ),
];

/// Words after "odd" that make it an adjective of its own ("10 odd numbers", "30 odd jobs",
/// "two odd socks"), so that "80 odd" with a space is not "about 80" before them. The
/// spaced form is read as "about" only after a round number (a multiple of ten) and before a
/// plain lower-case word: "80 odd resorts", "twenty odd years".
pub static ODD_ADJECTIVE_NOUNS: &[&str] = &[
    "number", "numbers", "integer", "integers", "digit", "digits", "job", "jobs", "sock", "socks",
    "shoe", "shoes", "glove", "gloves", "one", "ones", "couple", "couples", "man", "men", "bits",
    "and", "or",
];

/// Examples for the spaced "odd": (sentence, claim, value, unit), qualifier `approx`.
pub static ODD_HITS: &[Hit] = &[
    ("They own 40 odd shops.", "40 odd shops", 40.0, "shops"),
    (
        "It lasted twenty odd years.",
        "twenty odd years",
        20.0,
        "years",
    ),
];

/// Sentences where a number before a spaced "odd" stays exact: (sentence, claim, value,
/// unit).
pub static ODD_EXACT: &[Hit] = &[
    ("Pick 10 odd numbers.", "10 odd numbers", 10.0, "numbers"),
    ("He did 30 odd jobs.", "30 odd jobs", 30.0, "jobs"),
    ("She had 3 odd gloves.", "3 odd gloves", 3.0, "gloves"),
    (
        "They sold 80 odd-numbered plots.",
        "sold 80 odd-numbered plots",
        80.0,
        "plots",
    ),
];

/// Vague amounts: a plural order of magnitude ("thousands of migrants").
pub struct VagueRule {
    /// Stable id.
    pub id: &'static str,
    /// The plural word, lowercase.
    pub word: &'static str,
    /// One unit of the order of magnitude.
    pub value: f64,
    /// True when the word is a figure only before "of" ("scores of", "tens of").
    pub needs_of: bool,
    /// Sentences and the figure (qualifier `vague`) they must give.
    pub hits: &'static [Hit],
    /// Sentences that must give no figure.
    pub misses: &'static [&'static str],
}

/// The vague plurals.
pub static VAGUE: &[VagueRule] = &[
    VagueRule {
        id: "vague/dozens",
        word: "dozens",
        value: 12.0,
        needs_of: false,
        hits: &[("Dozens of homes burned.", "Dozens of homes", 12.0, "homes")],
        misses: &[],
    },
    VagueRule {
        id: "vague/scores",
        word: "scores",
        value: 20.0,
        needs_of: true,
        hits: &[("Scores of shops shut.", "Scores of shops", 20.0, "shops")],
        misses: &["Test scores improved."],
    },
    VagueRule {
        id: "vague/hundreds",
        word: "hundreds",
        value: 100.0,
        needs_of: false,
        hits: &[
            ("Hundreds were hurt.", "Hundreds", 100.0, ""),
            (
                "Hundreds of thousands marched.",
                "Hundreds of thousands",
                1e5,
                "",
            ),
        ],
        misses: &[],
    },
    VagueRule {
        id: "vague/thousands",
        word: "thousands",
        value: 1e3,
        needs_of: false,
        hits: &[(
            "Plans to resettle thousands of migrants stalled.",
            "thousands of migrants",
            1e3,
            "migrants",
        )],
        misses: &[],
    },
    VagueRule {
        id: "vague/tens",
        word: "tens",
        value: 10.0,
        needs_of: true,
        hits: &[(
            "Tens of thousands of fans came.",
            "Tens of thousands of fans",
            1e4,
            "fans",
        )],
        misses: &["Count in tens."],
    },
    VagueRule {
        id: "vague/millions",
        word: "millions",
        value: 1e6,
        needs_of: false,
        hits: &[(
            "Millions of pounds were lost.",
            "Millions of pounds",
            1e6,
            "GBP",
        )],
        misses: &[],
    },
    VagueRule {
        id: "vague/billions",
        word: "billions",
        value: 1e9,
        needs_of: false,
        hits: &[(
            "It cost billions of dollars.",
            "cost billions of dollars",
            1e9,
            "USD",
        )],
        misses: &[],
    },
    VagueRule {
        id: "vague/trillions",
        word: "trillions",
        value: 1e12,
        needs_of: false,
        hits: &[(
            "Trillions of euros moved.",
            "Trillions of euros",
            1e12,
            "EUR",
        )],
        misses: &[],
    },
];

/// Words before a singular scale that make it vague: "several hundred people", "a few
/// thousand".
pub static VAGUE_MODIFIERS: &[&str] = &["several", "few", "many"];

/// A context that makes the number next to it a name, a label or a time: no row at all.
pub struct ContextRule {
    /// Stable id.
    pub id: &'static str,
    /// The words, lowercase.
    pub words: &'static [&'static str],
    /// Sentences that must give a figure despite the rule (the figure shown).
    pub hits: &'static [Hit],
    /// Sentences that must give no figure.
    pub misses: &'static [&'static str],
}

/// Words that, right before a number, make it a label: "Article 5", "page 12", "Boeing 747".
pub static LABELS: &[ContextRule] = &[
    ContextRule {
        id: "label/document",
        words: &[
            "article",
            "articles",
            "section",
            "sections",
            "clause",
            "chapter",
            "page",
            "pages",
            "paragraph",
            "para",
            "verse",
            "rule",
            "amendment",
            "resolution",
            "proposition",
            "prop",
            "exhibit",
            "figure",
            "fig",
            "table",
            "item",
            "appendix",
            "annex",
            "schedule",
            "title",
            "form",
            "p",
            "pp",
            "vol",
            "volume",
            "issue",
            "episode",
            "part",
            "step",
            "line",
            "act",
            "scene",
            "no",
            "nos",
        ],
        hits: &[("Section 230 shields 40 firms.", "40 firms", 40.0, "firms")],
        misses: &[
            "Article 5 was invoked.",
            "See page 12 and chapter 3.",
            "It is on p. 55.",
        ],
    },
    ContextRule {
        id: "label/product",
        words: &[
            "boeing",
            "airbus",
            "windows",
            "iphone",
            "ipad",
            "galaxy",
            "xbox",
            "playstation",
            "pixel",
            "formula",
            "apollo",
            "channel",
            "radio",
            "version",
            "model",
            "type",
            "mark",
            "mk",
            "series",
            "generation",
            "gen",
            "class",
            "category",
            "grade",
            "level",
            "phase",
            "stage",
            "tier",
            "division",
            "league",
            "flight",
            "route",
            "highway",
            "interstate",
            "room",
            "platform",
            "gate",
            "terminal",
            "studio",
            "area",
            "bill",
            "district",
            "ward",
            "zone",
            "unit",
            "block",
            "lot",
            "plot",
            "seed",
        ],
        hits: &[(
            "Boeing 747 jets took 600 people.",
            "600 people",
            600.0,
            "people",
        )],
        misses: &[
            "Windows 10 is out.",
            "He flew Flight 370.",
            "A Category 4 storm hit.",
        ],
    },
];

/// Street words: a number before one or two capitalised names and one of these is an
/// address ("10 Downing Street").
pub static STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "lane",
    "boulevard",
    "blvd",
    "drive",
    "way",
    "place",
    "square",
    "terrace",
    "court",
    "crescent",
    "close",
    "row",
    "plaza",
];

/// Words after a number that make it a time of day.
pub static TIME_WORDS: &[&str] = &[
    "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "bst", "utc", "est", "edt", "cet", "cest",
    "pst", "pdt", "cst", "cdt", "et",
];

/// Words in a sentence that make "points" index points rather than percentage points.
pub static INDEX_WORDS: &[&str] = &[
    "index",
    "indices",
    "dow",
    "ftse",
    "nasdaq",
    "nikkei",
    "dax",
    "cac",
    "s&p",
    "hang",
    "sensex",
    "kospi",
    "stoxx",
    "footsie",
    "average",
    "scored",
    "score",
    "goals",
    "lead",
    "match",
    "game",
    "points-based",
];

/// Words right after "3m" that make the "m" metres rather than millions.
pub static METRE_CONTEXT: &[&str] = &[
    "tall",
    "high",
    "long",
    "wide",
    "deep",
    "away",
    "race",
    "sprint",
    "hurdles",
    "freestyle",
    "butterfly",
    "backstroke",
    "breaststroke",
    "medley",
    "relay",
    "dash",
    "final",
    "run",
    "depth",
    "below",
    "above",
    "underground",
    "beneath",
    "deeper",
    "higher",
    "taller",
    "longer",
];

/// Rank verbs: "ranked fifth", "finished third".
pub static RANK_VERBS: &[&str] = &[
    "ranked",
    "ranks",
    "rank",
    "ranking",
    "placed",
    "finished",
    "finishing",
    "came",
    "comes",
    "come",
];

/// Words that follow an ordinal in a rank: "fifth place", "third-largest" (any word ending
/// in "-est" also counts; these are the others).
pub static RANK_NOUNS: &[&str] = &["place", "spot", "position", "most", "least"];

/// Words that end a month-name check: "May" is a month only before a day or year.
pub static MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Examples for dates: (sentence, claim, value). Value: the year when given, else the day.
pub static DATE_HITS: &[(&str, &str, f64)] = &[
    ("The law changed in 2015.", "2015", 2015.0),
    ("Talks began on Nov. 13 in Vienna.", "Nov. 13", 13.0),
    (
        "It opened on November 13, 2015.",
        "November 13, 2015",
        2015.0,
    ),
    ("Voting closes on 13 November.", "13 November", 13.0),
    ("Prices peaked in the 1990s.", "1990s", 1990.0),
    ("The mine shut in mid-2015.", "mid-2015", 2015.0),
    ("The plan dates from March 2009.", "March 2009", 2009.0),
    (
        "Prices last hit this level in the seventies.",
        "seventies",
        1970.0,
    ),
    (
        "The firm grew fast in the early nineties.",
        "early nineties",
        1990.0,
    ),
    (
        "The tower dates from the mid-sixties.",
        "mid-sixties",
        1960.0,
    ),
];

/// Words that make a number before them a duration or count of time, not a date, and words
/// before a 4-digit number that make it a year.
pub static YEAR_CONTEXT: &[&str] = &[
    "in", "since", "by", "from", "until", "till", "to", "during", "of", "year", "years", "early",
    "late", "mid", "fiscal", "before", "after", "circa", "between", "and", "through", "summer",
    "spring", "autumn", "winter", "season", "calendar", "end", "around", "for",
];

/// Closed-class words that are never the counted noun after a number ("130 of", "5 said").
pub static NOT_NOUNS: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "some",
    "any",
    "all",
    "both",
    "every",
    "either",
    "neither",
    "no",
    "not",
    "nor",
    "and",
    "or",
    "but",
    "if",
    "so",
    "than",
    "then",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "off",
    "on",
    "onto",
    "out",
    "over",
    "per",
    "to",
    "up",
    "down",
    "via",
    "with",
    "within",
    "without",
    "about",
    "above",
    "across",
    "after",
    "against",
    "ago",
    "along",
    "among",
    "around",
    "before",
    "behind",
    "below",
    "beneath",
    "beside",
    "between",
    "beyond",
    "during",
    "except",
    "inside",
    "near",
    "since",
    "through",
    "throughout",
    "toward",
    "towards",
    "under",
    "until",
    "upon",
    "versus",
    "vs",
    "while",
    "whereas",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "why",
    "how",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "he",
    "she",
    "it",
    "they",
    "we",
    "you",
    "i",
    "him",
    "her",
    "them",
    "us",
    "me",
    "his",
    "its",
    "their",
    "our",
    "your",
    "my",
    "also",
    "only",
    "just",
    "still",
    "even",
    "already",
    "again",
    "here",
    "there",
    "now",
    "too",
    "very",
    "less",
    "fewer",
    "most",
    "least",
    "said",
    "says",
    "say",
    "told",
    "according",
    "including",
    "such",
    "another",
    "own",
    "same",
    "compared",
    "yesterday",
    "today",
    "tomorrow",
    "earlier",
    "later",
    "last",
    "next",
    "apiece",
    "respectively",
    "alone",
    "altogether",
    "overall",
    "each",
    "plus",
    "minus",
    "instead",
    "rather",
    "despite",
    "amid",
    "amidst",
    "excluding",
    "regarding",
    "concerning",
    "unlike",
    "like",
    "whom",
    "because",
    "although",
    "though",
    "unless",
    "whether",
    "while",
    "yet",
    "rose",
    "fell",
    "rise",
    "fall",
    "higher",
    "lower",
    "year-on-year",
    "annually",
    "monthly",
    "weekly",
    "daily",
    "year-earlier",
    "previously",
    "before",
    "reuter",
    "reuters",
    "pct",
    "vs.",
    "includes",
    "excludes",
    "reflects",
    "represents",
    "compares",
    "remains",
    "means",
    "shows",
    "makes",
    "takes",
    "gives",
    "leaves",
    "brings",
];

/// Words allowed between a number and its counted noun but never the noun themselves:
/// "five more people", "two new factories".
pub static NOUN_MODIFIERS: &[&str] = &[
    "more",
    "other",
    "new",
    "old",
    "additional",
    "extra",
    "further",
    "different",
    "separate",
    "innocent",
    "young",
    "small",
    "large",
    "big",
    "major",
    "key",
    "senior",
    "top",
    "main",
];

/// Nouns right after a figure that make it a change: "a 5% rise", "a 3% fall", "a 0.2%
/// slip"; true for a rise. "a 5% stake" is no change: a stake is a share; nor are nouns
/// that also name a project or a payment ("a $30m expansion", "a $5m advance"). "up" and "down"
/// after a figure ("2% up on last year", "sales were 4% down") work the same way; the
/// finder checks what follows them ("10% down payment" is no change).
pub static CHANGE_NOUNS: &[(&str, bool)] = &[
    ("rise", true),
    ("rises", true),
    ("increase", true),
    ("increases", true),
    ("gain", true),
    ("gains", true),
    ("jump", true),
    ("jumps", true),
    ("growth", true),
    ("climb", true),
    ("hike", true),
    ("hikes", true),
    ("surge", true),
    ("leap", true),
    ("rebound", true),
    ("rally", true),
    ("upturn", true),
    ("higher", true),
    ("fall", false),
    ("falls", false),
    ("drop", false),
    ("drops", false),
    ("decline", false),
    ("declines", false),
    ("decrease", false),
    ("decreases", false),
    ("cut", false),
    ("cuts", false),
    ("reduction", false),
    ("reductions", false),
    ("slump", false),
    ("slide", false),
    ("slip", false),
    ("plunge", false),
    ("tumble", false),
    ("dip", false),
    ("downturn", false),
    ("contraction", false),
    ("lower", false),
];

/// Examples for [`CHANGE_NOUNS`] and a trailing "up"/"down": (sentence, claim, value, unit),
/// the figure a change.
pub static CHANGE_NOUN_HITS: &[Hit] = &[
    ("Retail sales saw a 0.4% slip.", "0.4% slip", -0.4, "%"),
    ("The 7% jump surprised traders.", "7% jump", 7.0, "%"),
    (
        "A $3bn contraction is forecast.",
        "$3bn contraction",
        -3e9,
        "USD",
    ),
    ("Orders were 6% up on last spring.", "6% up", 6.0, "%"),
    ("Volumes ended the year 3% down.", "3% down", -3.0, "%"),
];

/// Words after "-" that make a compound with a number a measure of time: "a 10-year bond",
/// "a three-day visit" (count, unit the plural: `years`, `days`).
pub static TIME_UNITS: &[(&str, &str)] = &[
    ("year", "years"),
    ("years", "years"),
    ("month", "months"),
    ("week", "weeks"),
    ("day", "days"),
    ("hour", "hours"),
    ("minute", "minutes"),
    ("second", "seconds"),
    ("decade", "decades"),
    ("century", "centuries"),
    ("night", "nights"),
    ("storey", "storeys"),
    ("story", "storeys"),
    ("member", "members"),
    ("seat", "seats"),
    ("nation", "nations"),
    ("country", "countries"),
    ("state", "states"),
    ("page", "pages"),
    ("point", "points"),
    ("room", "rooms"),
    ("bed", "beds"),
    ("man", "men"),
    ("strong", ""),
];

/// Verbs that move a level, with the direction (true: up). Before "from X to Y" they make X
/// the old value and Y the new one, not a range ("the surcharge was raised from £2.50 to
/// £4"); followed by "by" they make the figure a change ("cut rates by half a point" is
/// -0.5 pp). Without "by" they are event verbs ("raised $5m", "cut 2,000 jobs").
pub static LEVEL_VERBS: &[(&str, bool)] = &[
    ("raised", true),
    ("raise", true),
    ("raises", true),
    ("lifted", true),
    ("lift", true),
    ("hiked", true),
    ("boosted", true),
    ("boost", true),
    ("widened", true),
    ("upgraded", true),
    ("cut", false),
    ("cuts", false),
    ("lowered", false),
    ("lower", false),
    ("reduced", false),
    ("reduce", false),
    ("slashed", false),
    ("trimmed", false),
    ("narrowed", false),
    ("downgraded", false),
];

/// Plural nouns that a year can modify: "2005 sales", "the 2004 results" are dates, while
/// "2000 people" is a count.
pub static YEAR_NOUNS: &[&str] = &[
    "sales",
    "results",
    "figures",
    "profits",
    "earnings",
    "revenues",
    "accounts",
    "elections",
    "games",
    "olympics",
    "levels",
    "forecasts",
    "prices",
    "exports",
    "imports",
    "models",
    "budgets",
    "numbers",
    "returns",
    "losses",
    "targets",
    "estimates",
    "rates",
    "plans",
    "polls",
    "crops",
    "harvests",
    "deliveries",
    "shipments",
    "contracts",
    "futures",
    "talks",
    "accords",
    "agreements",
    "quotas",
    "holidays",
    "accounts",
    "statistics",
    "data",
];

/// Verbs of movement: before "up to" ("pushed claims up to $37bn", "went up to 5%") they
/// make "up to" the level reached, qualifier `exact`, not a ceiling. The flag marks verbs
/// that are movements only with an object between ("took the total up to 130"): "taking up
/// to three years" is a ceiling.
pub static MOVEMENT_VERBS: &[(&str, bool)] = &[
    ("pushed", false),
    ("push", false),
    ("pushes", false),
    ("pushing", false),
    ("drove", false),
    ("driven", false),
    ("drive", false),
    ("drives", false),
    ("driving", false),
    ("moved", false),
    ("move", false),
    ("moves", false),
    ("moving", false),
    ("went", false),
    ("gone", false),
    ("go", false),
    ("goes", false),
    ("going", false),
    ("rose", false),
    ("risen", false),
    ("rise", false),
    ("rises", false),
    ("rising", false),
    ("climbed", false),
    ("jumped", false),
    ("shot", false),
    ("ratcheted", false),
    ("ramped", false),
    ("bumped", false),
    ("marked", false),
    ("revised", false),
    ("lifted", false),
    ("raised", false),
    ("raise", false),
    ("raises", false),
    ("raising", false),
    ("edged", false),
    ("crept", false),
    ("soared", false),
    ("surged", false),
    ("brought", true),
    ("bring", true),
    ("brings", true),
    ("bringing", true),
    ("took", true),
    ("taken", true),
    ("take", true),
    ("takes", true),
    ("taking", true),
    ("sent", true),
    ("send", true),
    ("sends", true),
    ("sending", true),
    ("put", true),
    ("puts", true),
];

/// Decades in words, after "the" ("the eighties", "the early nineties", "the mid-seventies"):
/// kind `date`, value the decade's first year, as for "1980s". The twentieth century is
/// meant: news text that says "the twenties" for the 2020s is rare next to the 1920s.
/// "in their eighties" is an age, and no row.
pub static DECADE_WORDS: &[(&str, f64)] = &[
    ("twenties", 1920.0),
    ("thirties", 1930.0),
    ("forties", 1940.0),
    ("fifties", 1950.0),
    ("sixties", 1960.0),
    ("seventies", 1970.0),
    ("eighties", 1980.0),
    ("nineties", 1990.0),
    ("noughties", 2000.0),
];

/// Nouns of ownership that "a quarter" and "a half" count as fractions before them: "a
/// quarter stake" is 0.25 (unit `stake`), like "a 25% stake"; "a quarter century" stays a
/// period and gives no row.
pub static SHARE_NOUNS: &[&str] = &[
    "stake",
    "share",
    "holding",
    "interest",
    "slice",
    "portion",
    "chunk",
    "ownership",
];

/// Nouns that name what a bare number after "of" counts: "a workforce of 75,000" counts the
/// workforce (unit `workforce`), as "75,000 workers" would count workers.
pub static COLLECTIVE_NOUNS: &[&str] = &[
    "workforce",
    "population",
    "fleet",
    "staff",
    "crowd",
    "army",
    "membership",
    "audience",
    "electorate",
    "herd",
    "flock",
    "headcount",
    "readership",
    "circulation",
    "payroll",
    "garrison",
    "contingent",
    "congregation",
    "viewership",
];
