//! Word lists behind the speaker rules ([`crate::speaker`]): titles, roles, pronouns and the
//! capitalised words that are not names, with the sentences that prove the rules.
//!
//! They are small closed lists looked up with `match` (compiled to a few comparisons), not
//! regexes: the speaker pass runs on every sentence, and a table lookup per capitalised word
//! costs next to nothing.

/// A grammatical gender a title or pronoun gives away; `Unknown` matches both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Gender {
    /// No clue.
    #[default]
    Unknown,
    /// Mr, Sir, King; "he".
    Male,
    /// Mrs, Ms, Queen; "she".
    Female,
}

impl Gender {
    /// True when a person of gender `self` can be referred to by a pronoun of gender `other`.
    pub fn agrees(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// Titles and offices that come before a name ("President Barack Obama", "Mr Hollande",
/// "German Chancellor Angela Merkel"): the name is what follows the last of them. Returns the
/// gender the title gives away, or `None` when `word` is not a title.
pub fn title(word: &str) -> Option<Gender> {
    let w = word.strip_suffix('.').unwrap_or(word);
    Some(match w {
        "Mr" | "Sir" | "Lord" | "King" | "Prince" | "Father" | "Sheikh" | "Brother" => Gender::Male,
        "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" | "Queen" | "Princess" | "Sister"
        | "Chairwoman" | "Spokeswoman" => Gender::Female,
        "President" | "Presidents" | "Vice" | "Prime" | "Minister" | "Ministers" | "Chancellor"
        | "Secretary" | "Senator" | "Sen" | "Sens" | "Rep" | "Reps" | "Representative"
        | "Congressman" | "Congresswoman" | "Gov" | "Governor" | "Mayor" | "Pope" | "General"
        | "Gen" | "Lt" | "Col" | "Colonel" | "Maj" | "Major" | "Adm" | "Admiral" | "Capt"
        | "Captain" | "Sgt" | "Sergeant" | "Judge" | "Justice" | "Chief" | "Chairman" | "Chair"
        | "Director" | "Commissioner" | "Ambassador" | "Rev" | "Reverend" | "Dr" | "Prof"
        | "Professor" | "Ayatollah" | "Premier" | "Attorney" | "Spokesman" | "Spokesperson"
        | "Deputy" | "Leader" | "Speaker" | "Candidate" | "Nominee" | "Coach" | "Manager"
        | "Detective" | "Inspector" | "Officer" | "Superintendent" | "Commander" | "Emperor"
        | "Crown" | "Cardinal" | "Bishop" | "Archbishop" | "Rabbi" | "Imam" | "Chancellors"
        | "CEO" | "Executive" | "Founder" | "Co-founder" | "Dean" | "Trustee" | "Minority"
        | "Majority" | "Whip" | "Treasurer" | "Auditor" | "Comptroller" | "Sheriff"
        // Party labels stand before names like titles: "Republican Donald Trump".
        | "Republican" | "Democrat" | "Democratic" | "GOP" | "Independent"
        | "Conservative" | "Labour" | "Liberal" | "Tory" | "Socialist" | "Green"
        | "Businessman" | "Billionaire" | "Businesswoman" | "Activist" | "Host" | "Anchor"
        | "Reporter" | "Correspondent" | "Columnist" | "Author" | "Analyst" | "Economist"
        | "Strategist" | "Pollster" | "Adviser" | "Advisor" | "Aide" | "Lawyer" | "Attorneys"
        | "Assemblyman" | "Assemblywoman" | "Councilman" | "Councilwoman" | "Delegate"
        | "Chairmen" | "Frontrunner" | "Front-runner" | "Hopeful" | "Challenger"
        | "Incumbent" | "MP" | "MPs" | "MEP" | "MSP" | "AM" | "QC" | "Baroness" | "Baron"
        | "Viscount" | "Earl" | "Duke" | "Duchess" => {
            Gender::Unknown
        }
        _ => return None,
    })
}

/// Words that make a capitalised run an organisation or a place rather than a person
/// ("White House", "State Department", "Bank of England", "Islamic State").
pub fn is_org_word(word: &str) -> bool {
    matches!(
        word,
        "House"
            | "Department"
            | "Ministry"
            | "Office"
            | "Party"
            | "Council"
            | "Committee"
            | "Commission"
            | "Agency"
            | "Bank"
            | "Court"
            | "Congress"
            | "Senate"
            | "Parliament"
            | "Assembly"
            | "Government"
            | "Administration"
            | "Army"
            | "Navy"
            | "Force"
            | "Forces"
            | "Guard"
            | "Police"
            | "Service"
            | "Services"
            | "Union"
            | "Nations"
            | "States"
            | "State"
            | "Republic"
            | "Kingdom"
            | "Federation"
            | "Association"
            | "Institute"
            | "Center"
            | "Centre"
            | "University"
            | "College"
            | "School"
            | "Hospital"
            | "Church"
            | "Group"
            | "Corp"
            | "Corporation"
            | "Inc"
            | "Co"
            | "Ltd"
            | "LLC"
            | "Plc"
            | "PLC"
            | "Company"
            | "Companies"
            | "Foundation"
            | "Fund"
            | "Organisation"
            | "Organization"
            | "Board"
            | "Authority"
            | "Exchange"
            | "Reserve"
            | "Times"
            | "Post"
            | "News"
            | "Journal"
            | "Press"
            | "Herald"
            | "Telegraph"
            | "Guardian"
            | "Tribune"
            | "Street"
            | "Airlines"
            | "Airways"
            | "Motors"
            | "Holdings"
            | "Partners"
            | "Capital"
            | "Securities"
            | "Industries"
            | "International"
            | "Bureau"
            | "Network"
            | "Campaign"
            | "Club"
            | "Team"
            | "Democrats"
            | "Republicans"
            | "Conservatives"
            | "Tories"
            | "Labour"
            | "Pentagon"
            | "Kremlin"
            | "Embassy"
            | "Statistics"
            | "Survey"
            | "Report"
            | "Research"
            | "Unit"
            | "Division"
            | "Trust"
            | "Society"
            | "Alliance"
            | "Coalition"
            | "Movement"
            | "Front"
            | "Church's"
            | "Media"
            | "Channel"
            | "TV"
            | "Radio"
            | "Television"
            | "Magazine"
            | "Review"
            | "Observatory"
    )
}

/// Lower-case nouns that can stand for a speaker: "the ministry said", "officials told
/// reporters", "a spokesman said", "police said".
pub fn is_role_noun(word: &str) -> bool {
    matches!(
        word,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "spokespeople"
            | "official"
            | "officials"
            | "minister"
            | "ministers"
            | "ministry"
            | "president"
            | "government"
            | "administration"
            | "police"
            | "analyst"
            | "analysts"
            | "economist"
            | "economists"
            | "expert"
            | "experts"
            | "source"
            | "sources"
            | "statement"
            | "report"
            | "company"
            | "firm"
            | "bank"
            | "agency"
            | "department"
            | "authorities"
            | "prosecutor"
            | "prosecutors"
            | "lawyer"
            | "lawyers"
            | "attorney"
            | "attorneys"
            | "investigators"
            | "researchers"
            | "scientists"
            | "study"
            | "survey"
            | "poll"
            | "residents"
            | "witnesses"
            | "critics"
            | "opponents"
            | "supporters"
            | "aide"
            | "aides"
            | "campaign"
            | "committee"
            | "council"
            | "court"
            | "judge"
            | "union"
            | "army"
            | "military"
            | "militants"
            | "rebels"
            | "traders"
            | "dealers"
            | "executive"
            | "executives"
            | "chairman"
            | "chief"
            | "director"
            | "leader"
            | "leaders"
            | "embassy"
            | "secretary"
            | "governor"
            | "mayor"
            | "senator"
            | "lawmakers"
            | "legislators"
            | "diplomat"
            | "diplomats"
            | "observers"
            | "organisers"
            | "organizers"
            | "doctors"
            | "officer"
            | "officers"
            | "newspaper"
            | "group"
            | "party"
            | "candidate"
            | "spokesmen"
            | "regulator"
            | "regulators"
            | "utility"
            | "airline"
            | "manufacturer"
            | "producer"
            | "insurer"
            | "retailer"
            | "carrier"
            | "operator"
            | "unit"
            | "subsidiary"
            | "paper"
            | "website"
            | "broadcaster"
            | "commission"
            | "board"
            | "parliament"
            | "congressman"
            | "congresswoman"
            | "republicans"
            | "democrats"
            | "voters"
            | "people"
            | "activists"
            | "campaigners"
            | "unions"
    )
}

/// Words that introduce a role phrase and belong to it: "*the* French president", "*a*
/// senior official", "*two* diplomats".
pub fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "one"
            | "two"
            | "three"
            | "several"
            | "some"
            | "many"
            | "other"
            | "another"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "this"
            | "that"
            | "these"
            | "those"
            | "both"
            | "most"
            | "The"
            | "A"
            | "An"
            | "One"
            | "Two"
            | "Several"
            | "Some"
            | "Many"
            | "Other"
            | "Its"
            | "His"
            | "Her"
            | "Their"
            | "Our"
            | "This"
            | "These"
            | "Those"
            | "Both"
            | "Most"
    )
}

/// Pronouns that can be the subject of a reporting verb, with the gender they give away.
/// Possessives count for belief nouns ("*his* belief that").
pub fn pronoun(word: &str) -> Option<Pronoun> {
    Some(match word {
        "he" | "He" | "his" | "His" | "him" => Pronoun::Person(Gender::Male),
        "she" | "She" | "her" | "Her" => Pronoun::Person(Gender::Female),
        "it" | "It" | "its" | "Its" | "they" | "They" | "their" | "Their" => Pronoun::Group,
        "who" | "Who" | "which" => Pronoun::Relative,
        "I" | "we" | "We" | "you" | "You" | "my" | "My" | "our" | "Our" => Pronoun::Speaker,
        _ => return None,
    })
}

/// What a pronoun refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// he, she: the last person named in the paragraph.
    Person(Gender),
    /// it, they: the last organisation or group that spoke in the paragraph.
    Group,
    /// who: the name just before the comma ("Obama, who said").
    Relative,
    /// I, we, you: whoever is quoted or speaking; not resolved.
    Speaker,
}

/// Lower-case words that may stand between a subject and its reporting verb without
/// breaking the link: "Obama *has also* said", "she *later* told", "he *flatly* denied".
/// Adverbs in -ly are skipped too (see [`is_between_word`]).
pub fn is_between_word(word: &str) -> bool {
    matches!(
        word,
        "has"
            | "have"
            | "had"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "would"
            | "will"
            | "could"
            | "may"
            | "might"
            | "should"
            | "must"
            | "did"
            | "does"
            | "do"
            | "not"
            | "also"
            | "later"
            | "then"
            | "again"
            | "once"
            | "often"
            | "still"
            | "even"
            | "just"
            | "already"
            | "long"
            | "since"
            | "first"
            | "last"
            | "earlier"
            | "further"
            | "never"
            | "always"
            | "now"
            | "too"
            | "all"
            | "both"
            | "himself"
            | "herself"
            | "itself"
            | "themselves"
            | "had’ve"
            | "has’"
    ) || (word.len() > 4 && word.ends_with("ly") && word.starts_with(|c: char| c.is_lowercase()))
}

/// Capitalised words that start sentences or clauses but are not names, so a run such as
/// "But Obama" or "On Tuesday Obama" is cut to "Obama".
pub fn is_not_name(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "Yet"
            | "For"
            | "If"
            | "When"
            | "While"
            | "As"
            | "After"
            | "Before"
            | "Since"
            | "Although"
            | "Though"
            | "However"
            | "Meanwhile"
            | "Also"
            | "Then"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "I"
            | "You"
            | "His"
            | "Her"
            | "Their"
            | "Our"
            | "Its"
            | "My"
            | "Last"
            | "Next"
            | "Earlier"
            | "Later"
            | "Still"
            | "Now"
            | "Today"
            | "Yesterday"
            | "Tomorrow"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Asked"
            | "Speaking"
            | "According"
            | "Nonetheless"
            | "Nevertheless"
            | "Instead"
            | "Indeed"
            | "Thus"
            | "Even"
            | "Only"
            | "Despite"
            | "During"
            | "From"
            | "To"
            | "With"
            | "Without"
            | "By"
            | "Of"
            | "Under"
            | "Over"
            | "Among"
            | "Here"
            | "There"
            | "What"
            | "Why"
            | "How"
            | "Where"
            | "Which"
            | "Who"
            | "Mrs"
            | "Not"
            | "No"
            | "Yes"
            | "Some"
            | "Many"
            | "Most"
            | "All"
            | "Both"
            | "Each"
            | "Every"
            | "Other"
            | "Another"
            | "Such"
            | "Like"
            | "Unlike"
            | "Because"
            | "Once"
            | "Until"
            | "Unless"
            | "Whether"
            | "Reuter"
            | "Reuters"
            | "Everybody"
            | "Everyone"
            | "Nobody"
            | "Somebody"
            | "Someone"
            | "Anyone"
            | "One"
            | "Well"
            | "Yeah"
            | "Oh"
            | "Please"
            | "Thank"
            | "Thanks"
    )
}

/// Lower-case particles inside names: "Charles *de* Gaulle", "Ursula *von der* Leyen",
/// "Osama *bin* Laden", "Bank *of* England".
pub fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "da"
            | "di"
            | "du"
            | "van"
            | "von"
            | "der"
            | "den"
            | "del"
            | "della"
            | "dos"
            | "das"
            | "le"
            | "la"
            | "al"
            | "el"
            | "bin"
            | "ibn"
            | "ben"
            | "of"
            | "for"
            | "&"
    )
}

/// A sentence and the speaker the rules must find in it (`None`: no speaker), run by a test
/// in [`crate::speaker`]. Each case is one rule of the speaker pass.
pub struct SpeakerCase {
    /// The text: one or more sentences; the speaker is that of the last one.
    pub text: &'static str,
    /// The expected `speaker` column.
    pub speaker: Option<&'static str>,
}

/// The speaker rules, one example each.
pub static CASES: &[SpeakerCase] = &[
    SpeakerCase {
        text: "Obama said the strikes would go on.",
        speaker: Some("Obama"),
    },
    SpeakerCase {
        text: "\u{201c}The strikes will go on,\u{201d} said Obama.",
        speaker: Some("Obama"),
    },
    SpeakerCase {
        text: "Obama told reporters the strikes would go on.",
        speaker: Some("Obama"),
    },
    SpeakerCase {
        text: "The strikes will go on, according to the ministry.",
        speaker: Some("the ministry"),
    },
    SpeakerCase {
        text: "White House spokesman Josh Earnest said the strikes would go on.",
        speaker: Some("Josh Earnest"),
    },
    SpeakerCase {
        text: "White House spokesman Josh Earnest spoke. Later Earnest said the strikes would go on.",
        speaker: Some("Josh Earnest"),
    },
    SpeakerCase {
        text: "Mr Hollande met Mr Obama. He said the strikes would go on.",
        speaker: Some("Hollande"),
    },
    SpeakerCase {
        text: "Ms Kim met Mr Lee on Friday. She said the strikes would go on.",
        speaker: Some("Kim"),
    },
    SpeakerCase {
        text: "Hollande said he wanted a coalition. \u{201c}We need a joint response.\u{201d}",
        speaker: Some("Hollande"),
    },
    SpeakerCase {
        text: "The French president said the strikes would go on.",
        speaker: Some("The French president"),
    },
    SpeakerCase {
        text: "French President Francois Hollande said the strikes would go on.",
        speaker: Some("Francois Hollande"),
    },
    SpeakerCase {
        text: "Josh Earnest, the White House spokesman, said the strikes would go on.",
        speaker: Some("Josh Earnest"),
    },
    SpeakerCase {
        text: "The State Department said the strikes would go on.",
        speaker: Some("State Department"),
    },
    SpeakerCase {
        text: "Obama has repeatedly said the strikes would go on.",
        speaker: Some("Obama"),
    },
    SpeakerCase {
        text: "He said on Tuesday the strikes would go on.",
        speaker: None,
    },
    SpeakerCase {
        text: "The strikes went on in Syria on Tuesday.",
        speaker: None,
    },
    SpeakerCase {
        text: "Sanders, who said the strikes would go on, left early.",
        speaker: Some("Sanders"),
    },
    SpeakerCase {
        text: "Mr Obama spoke to Mr Hollande, in line with his belief that the strikes work.",
        speaker: Some("Obama"),
    },
];
