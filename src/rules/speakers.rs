//! Word lists behind the speaker rules ([`crate::speaker`]): titles, roles, pronouns and the
//! capitalised words that are not names, with the sentences that prove the rules.
//!
//! They are small closed lists, filed once in one hash table ([`word_info`]): the speaker
//! pass looks up every capitalised word of the text, and a `match` over a hundred strings
//! compiled to a compare per string of the same length (a list of 150 titles cost 150
//! instructions a word; the table, one hash and one compare for every list at once).

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
    let info = word_info(w);
    (info.flags & TITLE != 0).then_some(info.gender)
}

/// Words that make a capitalised run an organisation or a place rather than a person
/// ("White House", "State Department", "Bank of England", "Islamic State").
pub fn is_org_word(word: &str) -> bool {
    word_info(word).flags & ORG != 0
}

/// Lower-case nouns that can stand for a speaker: "the ministry said", "officials told
/// reporters", "a spokesman said", "police said".
pub fn is_role_noun(word: &str) -> bool {
    word_info(word).flags & ROLE != 0
}

/// Words that introduce a role phrase and belong to it: "*the* French president", "*a*
/// senior official", "*two* diplomats".
pub fn is_determiner(word: &str) -> bool {
    word_info(word).flags & DETERMINER != 0
}

/// Pronouns that can be the subject of a reporting verb, with the gender they give away.
/// Possessives count for belief nouns ("*his* belief that").
pub fn pronoun(word: &str) -> Option<Pronoun> {
    word_info(word).pronoun
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
    word_info(word).flags & BETWEEN != 0
        || (word.len() > 4 && word.ends_with("ly") && word.starts_with(|c: char| c.is_lowercase()))
}

/// Capitalised words that start sentences or clauses but are not names, so a run such as
/// "But Obama" or "On Tuesday Obama" is cut to "Obama".
pub fn is_not_name(word: &str) -> bool {
    word_info(word).flags & NOT_NAME != 0
}

/// Lower-case particles inside names: "Charles *de* Gaulle", "Ursula *von der* Leyen",
/// "Osama *bin* Laden", "Bank *of* England".
pub fn is_name_particle(word: &str) -> bool {
    word.len() <= MAX_PARTICLE_LEN
        && word.bytes().next().is_some_and(may_start_particle)
        && word_info(word).flags & PARTICLE != 0
}

/// Offices a role phrase can name and a title can give: "the French *president*", "White
/// House *spokesman* Josh Earnest". `word` in lower case and singular. The speaker pass
/// resolves "the French president" to the person the text gave that office, and only then.
pub fn is_office(word: &str) -> bool {
    word_info(word).flags & OFFICE != 0
}

/// Words that change which office a title names ("*Vice* President", "*shadow*
/// chancellor", "*former* President"), in lower case: a title with one of them is not what
/// a role phrase without it means ("the president" is not Vice President Joe Biden).
pub fn is_rank(word: &str) -> bool {
    word_info(word).flags & RANK != 0
}

/// True when a name particle starts with byte `c`: a word that starts otherwise is none,
/// whatever follows (the speaker pass reads the word after a capitalised one only then).
pub fn may_start_particle(c: u8) -> bool {
    PARTICLE_STARTS[usize::from(c)]
}

/// The first bytes of [`NAME_PARTICLES`].
static PARTICLE_STARTS: [bool; 256] = {
    let mut starts = [false; 256];
    let mut k = 0;
    while k < NAME_PARTICLES.len() {
        starts[NAME_PARTICLES[k].as_bytes()[0] as usize] = true;
        k += 1;
    }
    starts
};

/// A word of the lists is one ([`is_not_name`]).
const NOT_NAME: u16 = 1;
/// ... a title ([`title`]).
const TITLE: u16 = 1 << 1;
/// ... an organisation word ([`is_org_word`]).
const ORG: u16 = 1 << 2;
/// ... a role noun ([`is_role_noun`]).
const ROLE: u16 = 1 << 3;
/// ... a determiner ([`is_determiner`]).
const DETERMINER: u16 = 1 << 4;
/// ... a name particle ([`is_name_particle`]).
const PARTICLE: u16 = 1 << 5;
/// ... a listed word between subject and verb ([`is_between_word`]).
const BETWEEN: u16 = 1 << 6;
/// ... an office ([`is_office`]).
const OFFICE: u16 = 1 << 7;
/// ... a rank word ([`is_rank`]).
const RANK: u16 = 1 << 8;

/// What the lists say of a word: one lookup answers all of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordInfo {
    flags: u16,
    /// The gender a title gives away.
    gender: Gender,
    /// The pronoun it is.
    pronoun: Option<Pronoun>,
}

impl WordInfo {
    const fn flag(flags: u16) -> WordInfo {
        WordInfo {
            flags,
            gender: Gender::Unknown,
            pronoun: None,
        }
    }

    const fn title_of(gender: Gender) -> WordInfo {
        WordInfo {
            flags: TITLE,
            gender,
            pronoun: None,
        }
    }

    const fn pronoun_of(p: Pronoun) -> WordInfo {
        WordInfo {
            flags: 0,
            gender: Gender::Unknown,
            pronoun: Some(p),
        }
    }

    /// What two lists say of a word: a later title's gender wins, as a later pattern of a
    /// `match` never did (no word is in two title lists).
    fn merge(&mut self, other: WordInfo) {
        self.flags |= other.flags;
        if other.flags & TITLE != 0 {
            self.gender = other.gender;
        }
        if other.pronoun.is_some() {
            self.pronoun = other.pronoun;
        }
    }

    /// The word is a title (as [`title`] reads it, but with no full stop to strip).
    pub fn title(self) -> Option<Gender> {
        (self.flags & TITLE != 0).then_some(self.gender)
    }

    /// The word is in the list of [`is_not_name`].
    pub fn not_name(self) -> bool {
        self.flags & NOT_NAME != 0
    }

    /// The word is in the list of [`is_org_word`].
    pub fn org(self) -> bool {
        self.flags & ORG != 0
    }
}

/// Every list word with what the lists say of it, in an open-addressing table keyed by
/// [`hash_word`].
struct Table {
    /// Slot -> the word's hash in the high half, 1 + its index into `words` in the low
    /// half; 0 is empty. A power of two at least four times as long as `words`: most words
    /// of a text are in no list and end at an empty slot, or at one whose hash differs.
    slots: Vec<u64>,
    words: Vec<(&'static str, WordInfo)>,
}

impl Table {
    fn build() -> Table {
        let lists: [(&[&'static str], WordInfo); 17] = [
            (TITLES_MALE, WordInfo::title_of(Gender::Male)),
            (TITLES_FEMALE, WordInfo::title_of(Gender::Female)),
            (TITLES, WordInfo::title_of(Gender::Unknown)),
            (PARTY_LABELS, WordInfo::title_of(Gender::Unknown)),
            (ORG_WORDS, WordInfo::flag(ORG)),
            (ROLE_NOUNS, WordInfo::flag(ROLE)),
            (DETERMINERS, WordInfo::flag(DETERMINER)),
            (NOT_NAMES, WordInfo::flag(NOT_NAME)),
            (NAME_PARTICLES, WordInfo::flag(PARTICLE)),
            (BETWEEN_WORDS, WordInfo::flag(BETWEEN)),
            (OFFICES, WordInfo::flag(OFFICE)),
            (RANKS, WordInfo::flag(RANK)),
            (
                PRONOUNS_HE,
                WordInfo::pronoun_of(Pronoun::Person(Gender::Male)),
            ),
            (
                PRONOUNS_SHE,
                WordInfo::pronoun_of(Pronoun::Person(Gender::Female)),
            ),
            (PRONOUNS_GROUP, WordInfo::pronoun_of(Pronoun::Group)),
            (PRONOUNS_RELATIVE, WordInfo::pronoun_of(Pronoun::Relative)),
            (PRONOUNS_SPEAKER, WordInfo::pronoun_of(Pronoun::Speaker)),
        ];
        let total: usize = lists.iter().map(|(l, _)| l.len()).sum();
        let size = (total * 4).next_power_of_two();
        let mut table = Table {
            slots: vec![0; size],
            words: Vec::with_capacity(total),
        };
        for (list, what) in lists {
            for &w in list {
                let h = hash_word(w.as_bytes());
                let mut i = h as usize & (size - 1);
                loop {
                    match (table.slots[i] as u32).checked_sub(1) {
                        None => {
                            table.words.push((w, what));
                            table.slots[i] = u64::from(h) << 32 | table.words.len() as u64;
                            break;
                        }
                        Some(k) if table.words[k as usize].0 == w => {
                            table.words[k as usize].1.merge(what);
                            break;
                        }
                        Some(_) => i = (i + 1) & (size - 1),
                    }
                }
            }
        }
        table
    }

    fn get(&self, word: &str) -> WordInfo {
        if word.len() > MAX_WORD_LEN {
            return WordInfo::default();
        }
        let mask = self.slots.len() - 1;
        let h = hash_word(word.as_bytes());
        let mut i = h as usize & mask;
        while let Some(&slot) = self.slots.get(i) {
            if slot == 0 {
                break;
            }
            if (slot >> 32) as u32 == h {
                if let Some((w, info)) = self.words.get(slot as u32 as usize - 1) {
                    if *w == word {
                        return *info;
                    }
                }
            }
            i = (i + 1) & mask;
        }
        WordInfo::default()
    }
}

/// The longest word of the lists, in bytes: a longer word is in none of them.
const MAX_WORD_LEN: usize = {
    let lists = [
        TITLES_MALE,
        TITLES_FEMALE,
        TITLES,
        PARTY_LABELS,
        ORG_WORDS,
        ROLE_NOUNS,
        DETERMINERS,
        NOT_NAMES,
        NAME_PARTICLES,
        BETWEEN_WORDS,
        OFFICES,
        RANKS,
        PRONOUNS_HE,
        PRONOUNS_SHE,
        PRONOUNS_GROUP,
        PRONOUNS_RELATIVE,
        PRONOUNS_SPEAKER,
    ];
    let mut max = 0;
    let mut l = 0;
    while l < lists.len() {
        max = if max_len(lists[l]) > max {
            max_len(lists[l])
        } else {
            max
        };
        l += 1;
    }
    max
};

/// The shortest and the longest office word, in bytes ("king", "spokesperson"): a word of
/// another length is no office ([`is_office`]) before any lookup.
pub const OFFICE_LEN: (usize, usize) = (min_len(OFFICES), max_len(OFFICES));

/// The longest name particle, in bytes ("della").
const MAX_PARTICLE_LEN: usize = max_len(NAME_PARTICLES);

/// The length of the shortest word of a list.
const fn min_len(list: &[&str]) -> usize {
    let mut min = usize::MAX;
    let mut k = 0;
    while k < list.len() {
        if list[k].len() < min {
            min = list[k].len();
        }
        k += 1;
    }
    min
}

/// The length of the longest word of a list.
const fn max_len(list: &[&str]) -> usize {
    let mut max = 0;
    let mut k = 0;
    while k < list.len() {
        if list[k].len() > max {
            max = list[k].len();
        }
        k += 1;
    }
    max
}

/// A hash of a word's bytes, eight at a time (case-sensitive: the lists are).
fn hash_word(b: &[u8]) -> u32 {
    let mut h = b.len() as u64;
    let chunks = b.chunks_exact(8);
    let rest = chunks.remainder();
    for eight in chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(eight);
        h = (h.rotate_left(29) ^ u64::from_le_bytes(word)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    let tail = crate::swar::load_short(rest);
    h = (h.rotate_left(29) ^ tail).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 32) as u32
}

/// The lists, filed on first use (a few hundred words: tens of microseconds).
static TABLE: std::sync::LazyLock<Table> = std::sync::LazyLock::new(Table::build);

/// What the lists say of `word` (exactly as written: the lists are case-sensitive).
pub fn word_info(word: &str) -> WordInfo {
    TABLE.get(word)
}

/// Titles that say the holder is a man.
const TITLES_MALE: &[&str] = &[
    "Mr", "Sir", "Lord", "King", "Prince", "Princes", "Father", "Sheikh", "Brother", "Baron",
    "Viscount", "Earl", "Duke",
];

/// Titles that say the holder is a woman.
const TITLES_FEMALE: &[&str] = &[
    "Mrs",
    "Ms",
    "Miss",
    "Dame",
    "Lady",
    "Baroness",
    "Duchess",
    "Queen",
    "Princess",
    "Princesses",
    "Sister",
    "Chairwoman",
    "Spokeswoman",
];

/// Titles and offices that say nothing of gender.
const TITLES: &[&str] = &[
    "President",
    "Presidents",
    "Vice",
    "Prime",
    "Minister",
    "Ministers",
    "Chancellor",
    "Secretary",
    "Senator",
    "Sen",
    "Sens",
    "Rep",
    "Reps",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Gov",
    "Governor",
    "Mayor",
    "Pope",
    "General",
    "Gen",
    "Lt",
    "Col",
    "Colonel",
    "Maj",
    "Major",
    "Adm",
    "Admiral",
    "Capt",
    "Captain",
    "Sgt",
    "Sergeant",
    "Judge",
    "Justice",
    "Chief",
    "Chairman",
    "Chair",
    "Director",
    "Commissioner",
    "Ambassador",
    "Rev",
    "Reverend",
    "Dr",
    "Prof",
    "Professor",
    "Ayatollah",
    "Premier",
    "Attorney",
    "Spokesman",
    "Spokesperson",
    "Deputy",
    "Leader",
    "Speaker",
    "Candidate",
    "Nominee",
    "Coach",
    "Manager",
    "Detective",
    "Inspector",
    "Officer",
    "Superintendent",
    "Commander",
    "Emperor",
    "Crown",
    "Cardinal",
    "Bishop",
    "Archbishop",
    "Rabbi",
    "Imam",
    "Chancellors",
    "CEO",
    "Executive",
    "Founder",
    "Co-founder",
    "Dean",
    "Trustee",
    "Minority",
    "Majority",
    "Whip",
    "Treasurer",
    "Auditor",
    "Comptroller",
    "Sheriff",
];

/// Party labels and callings, which stand before names like titles: "Republican Donald
/// Trump", "Businessman Donald Trump".
const PARTY_LABELS: &[&str] = &[
    "Republican",
    "Democrat",
    "Democratic",
    "GOP",
    "Independent",
    "Conservative",
    "Labour",
    "Liberal",
    "Tory",
    "Socialist",
    "Green",
    "Businessman",
    "Billionaire",
    "Businesswoman",
    "Activist",
    "Host",
    "Anchor",
    "Reporter",
    "Correspondent",
    "Columnist",
    "Author",
    "Analyst",
    "Economist",
    "Strategist",
    "Pollster",
    "Adviser",
    "Advisor",
    "Aide",
    "Lawyer",
    "Attorneys",
    "Assemblyman",
    "Assemblywoman",
    "Councilman",
    "Councilwoman",
    "Delegate",
    "Chairmen",
    "Frontrunner",
    "Front-runner",
    "Hopeful",
    "Challenger",
    "Incumbent",
    "MP",
    "MPs",
    "MEP",
    "MSP",
    "AM",
    "QC",
];

/// The words of [`is_org_word`].
const ORG_WORDS: &[&str] = &[
    "House",
    "Department",
    "Ministry",
    "Office",
    "Party",
    "Council",
    "Committee",
    "Commission",
    "Agency",
    "Bank",
    "Court",
    "Congress",
    "Senate",
    "Parliament",
    "Assembly",
    "Government",
    "Administration",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Guard",
    "Police",
    "Service",
    "Services",
    "Union",
    "Nations",
    "States",
    "State",
    "Republic",
    "Kingdom",
    "Federation",
    "Association",
    "Institute",
    "Center",
    "Centre",
    "University",
    "College",
    "School",
    "Hospital",
    "Church",
    "Group",
    "Corp",
    "Corporation",
    "Inc",
    "Co",
    "Ltd",
    "LLC",
    "Plc",
    "PLC",
    "Company",
    "Companies",
    "Foundation",
    "Fund",
    "Organisation",
    "Organization",
    "Board",
    "Authority",
    "Exchange",
    "Reserve",
    "Times",
    "Post",
    "News",
    "Journal",
    "Press",
    "Herald",
    "Telegraph",
    "Guardian",
    "Tribune",
    "Street",
    "Airlines",
    "Airways",
    "Motors",
    "Holdings",
    "Partners",
    "Capital",
    "Securities",
    "Industries",
    "International",
    "Bureau",
    "Network",
    "Campaign",
    "Club",
    "Team",
    "Democrats",
    "Republicans",
    "Conservatives",
    "Tories",
    "Labour",
    "Pentagon",
    "Kremlin",
    "Embassy",
    "Statistics",
    "Survey",
    "Report",
    "Research",
    "Unit",
    "Division",
    "Trust",
    "Society",
    "Alliance",
    "Coalition",
    "Movement",
    "Front",
    "Church's",
    "Media",
    "Channel",
    "TV",
    "Radio",
    "Television",
    "Magazine",
    "Review",
    "Observatory",
    // Places, events, laws and works: a run with one of them names no person ("Waverley
    // Line", "New Year", "Heathrow Airport"), so a later "she said" cannot mean it. Words
    // that are also common surnames or first names (Park, Hall, King, Bill, Day) stay out,
    // and so do words that open names of firms ("Valley Federal Savings", "Island
    // Records"): before two more capitalised words an organisation word makes them a
    // person's name ("Goldman Sachs analyst John Smith").
    "Year",
    "Line",
    "Rail",
    "Railway",
    "Airport",
    "Station",
    "Road",
    "Avenue",
    "Square",
    "Ocean",
    "Islands",
    "County",
    "Province",
    "Act",
    "Treaty",
    "Accord",
    "Summit",
    "Cup",
    "Games",
    "Olympics",
    "Prize",
    "Award",
    "Awards",
    "Festival",
    "Museum",
    "Gallery",
    "Theatre",
    "Theater",
    "Hotel",
    "Stadium",
    "Palace",
    "Cathedral",
    "Prison",
    "Lords",
    "Index",
    "War",
];

/// The words of [`is_role_noun`].
const ROLE_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "official",
    "officials",
    "minister",
    "ministers",
    "ministry",
    "president",
    "government",
    "administration",
    "police",
    "analyst",
    "analysts",
    "economist",
    "economists",
    "expert",
    "experts",
    "source",
    "sources",
    "statement",
    "report",
    "company",
    "firm",
    "bank",
    "agency",
    "department",
    "authorities",
    "prosecutor",
    "prosecutors",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "investigators",
    "researchers",
    "scientists",
    "study",
    "survey",
    "poll",
    "residents",
    "witnesses",
    "critics",
    "opponents",
    "supporters",
    "aide",
    "aides",
    "campaign",
    "committee",
    "council",
    "court",
    "judge",
    "union",
    "army",
    "military",
    "militants",
    "rebels",
    "traders",
    "dealers",
    "executive",
    "executives",
    "chairman",
    "chief",
    "director",
    "leader",
    "leaders",
    "embassy",
    "secretary",
    "governor",
    "mayor",
    "senator",
    "lawmakers",
    "legislators",
    "diplomat",
    "diplomats",
    "observers",
    "organisers",
    "organizers",
    "doctors",
    "officer",
    "officers",
    "newspaper",
    "group",
    "party",
    "candidate",
    "spokesmen",
    "regulator",
    "regulators",
    "utility",
    "airline",
    "manufacturer",
    "producer",
    "insurer",
    "retailer",
    "carrier",
    "operator",
    "unit",
    "subsidiary",
    "paper",
    "website",
    "broadcaster",
    "commission",
    "board",
    "parliament",
    "congressman",
    "congresswoman",
    "republicans",
    "democrats",
    "voters",
    "people",
    "activists",
    "campaigners",
    "unions",
];

/// The words of [`is_determiner`].
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "one", "two", "three", "several", "some", "many", "other", "another", "its",
    "his", "her", "their", "our", "this", "that", "these", "those", "both", "most", "The", "A",
    "An", "One", "Two", "Several", "Some", "Many", "Other", "Its", "His", "Her", "Their", "Our",
    "This", "These", "Those", "Both", "Most",
];

/// The words of [`is_not_name`].
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "For",
    "If",
    "When",
    "While",
    "As",
    "After",
    "Before",
    "Since",
    "Although",
    "Though",
    "However",
    "Meanwhile",
    "Also",
    "Then",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "Its",
    "My",
    "Last",
    "Next",
    "Earlier",
    "Later",
    "Still",
    "Now",
    "Today",
    "Yesterday",
    "Tomorrow",
    // "Hours later, Trump said": spans of time open sentences, capitalised.
    "Minutes",
    "Hours",
    "Days",
    "Weeks",
    "Months",
    "Years",
    "Decades",
    "Moments",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Asked",
    "Speaking",
    "According",
    "Nonetheless",
    "Nevertheless",
    "Instead",
    "Indeed",
    "Thus",
    "Even",
    "Only",
    "Despite",
    "During",
    "From",
    "To",
    "With",
    "Without",
    "By",
    "Of",
    "Under",
    "Over",
    "Among",
    "Here",
    "There",
    "What",
    "Why",
    "How",
    "Where",
    "Which",
    "Who",
    "Mrs",
    "Not",
    "No",
    "Yes",
    "Some",
    "Many",
    "Most",
    "All",
    "Both",
    "Each",
    "Every",
    "Other",
    "Another",
    "Such",
    "Like",
    "Unlike",
    "Because",
    "Once",
    "Until",
    "Unless",
    "Whether",
    "Reuter",
    "Reuters",
    "Everybody",
    "Everyone",
    "Nobody",
    "Somebody",
    "Someone",
    "Anyone",
    "One",
    "Well",
    "Yeah",
    "Oh",
    "Please",
    "Thank",
    "Thanks",
];

/// The words of [`is_name_particle`].
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "du", "van", "von", "der", "den", "del", "della", "dos", "das", "le", "la",
    "al", "el", "bin", "ibn", "ben", "of", "for", "&",
];

/// Pronouns: he, his, him.
const PRONOUNS_HE: &[&str] = &["he", "He", "his", "His", "him"];

/// Pronouns: she, her.
const PRONOUNS_SHE: &[&str] = &["she", "She", "her", "Her"];

/// Pronouns: it, they and their possessives.
const PRONOUNS_GROUP: &[&str] = &["it", "It", "its", "Its", "they", "They", "their", "Their"];

/// Pronouns: who, which.
const PRONOUNS_RELATIVE: &[&str] = &["who", "Who", "which"];

/// Pronouns: I, we, you and their possessives.
const PRONOUNS_SPEAKER: &[&str] = &["I", "we", "We", "you", "You", "my", "My", "our", "Our"];

/// The words of [`is_office`]: singular offices one person holds.
const OFFICES: &[&str] = &[
    "president",
    "minister",
    "chancellor",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "governor",
    "mayor",
    "senator",
    "chairman",
    "chairwoman",
    "director",
    "ambassador",
    "commissioner",
    "premier",
    "prosecutor",
    "king",
    "queen",
    "pope",
    "coach",
    "manager",
    "speaker",
    "treasurer",
    "emperor",
    "executive",
    // "director general", "attorney general", "General David Petraeus".
    "general",
];

/// The words of [`is_rank`].
const RANKS: &[&str] = &[
    "vice",
    "deputy",
    "prime",
    "shadow",
    "former",
    "ex",
    "late",
    "then",
    "acting",
    "interim",
    "assistant",
    "associate",
    "under",
    "junior",
    "co",
    "first",
    "second",
    "outgoing",
    "incoming",
    "elect",
    "chief",
    "senior",
    "general",
    "lord",
];

/// The listed words of [`is_between_word`].
const BETWEEN_WORDS: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "would",
    "will",
    "could",
    "may",
    "might",
    "should",
    "must",
    "did",
    "does",
    "do",
    "not",
    "also",
    "later",
    "then",
    "again",
    "once",
    "often",
    "still",
    "even",
    "just",
    "already",
    "long",
    "since",
    "first",
    "last",
    "earlier",
    "further",
    "never",
    "always",
    "now",
    "too",
    "all",
    "both",
    "himself",
    "herself",
    "itself",
    "themselves",
    "had’ve",
    "has’",
];

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
    SpeakerCase {
        text: "Turnout fell, according to the county election board's final tally.",
        speaker: Some("the county election board's final tally"),
    },
    SpeakerCase {
        text: "Turnout fell, according to the Electoral Commission.",
        speaker: Some("Electoral Commission"),
    },
    SpeakerCase {
        text: "Democrats hoping to win back the Senate in November say the race is open.",
        speaker: Some("Democrats"),
    },
    SpeakerCase {
        text: "Farm prices fell last year. The figures were easily explained by the drought.",
        speaker: None,
    },
    SpeakerCase {
        text: "\u{201c}Nobody told us,\u{201d} said Anna Ruiz. \u{201c}My brother says it is over.\u{201d}",
        speaker: Some("Anna Ruiz"),
    },
    SpeakerCase {
        text: "\u{201c}We will appeal,\u{201d} said Lee Chan on behalf of the growers.",
        speaker: Some("Lee Chan"),
    },
    SpeakerCase {
        text: "''We will fight it,'' said Ms. Ortiz. ''They never asked us. Nobody did.''",
        speaker: Some("Ortiz"),
    },
    SpeakerCase {
        text: "Luis Ramirez: We will not back down.",
        speaker: Some("Luis Ramirez"),
    },
    SpeakerCase {
        text: "The Latest: the plant will close.",
        speaker: None,
    },
    SpeakerCase {
        text: "\u{201c}It is a good deal,\u{201d} said former trade minister Luis Ramirez.",
        speaker: Some("Luis Ramirez"),
    },
    SpeakerCase {
        text: "\u{201c}It is a good deal,\u{201d} said longtime Obama adviser Ann Lee.",
        speaker: Some("Ann Lee"),
    },
    SpeakerCase {
        text: "The mayor sought a second term in 2014.",
        speaker: Some("The mayor"),
    },
    SpeakerCase {
        text: "Ms Kim complained that the money came late.",
        speaker: Some("Kim"),
    },
    SpeakerCase {
        text: "Obama and Hollande agreed to intensify the strikes.",
        speaker: Some("Obama and Hollande"),
    },
    SpeakerCase {
        text: "Merkel and Macron said the talks would resume.",
        speaker: Some("Merkel and Macron"),
    },
    SpeakerCase {
        text: "Angela Merkel, Emmanuel Macron and Pedro Sanchez said the talks would resume.",
        speaker: Some("Angela Merkel, Emmanuel Macron and Pedro Sanchez"),
    },
    SpeakerCase {
        text: "Angela Merkel met Emmanuel Macron and Pedro Sanchez. Merkel, Macron and Sanchez agreed on a budget.",
        speaker: Some("Angela Merkel, Emmanuel Macron and Pedro Sanchez"),
    },
    SpeakerCase {
        text: "Mr Obama and Mr Hollande agreed to intensify the strikes.",
        speaker: Some("Obama and Hollande"),
    },
    SpeakerCase {
        text: "At a dinner at the Royal Palace, Lemaire and Kessler agreed to act.",
        speaker: Some("Lemaire and Kessler"),
    },
    SpeakerCase {
        text: "In Paris, Merkel and Macron said the talks would resume.",
        speaker: Some("Merkel and Macron"),
    },
    SpeakerCase {
        text: "The plan was criticised by the Trade and Industry Committee.",
        speaker: Some("Trade and Industry Committee"),
    },
    SpeakerCase {
        text: "He spoke in Paris and Lemaire said the talks would resume.",
        speaker: Some("Lemaire"),
    },
    SpeakerCase {
        text: "He visited the Royal Palace and Lemaire said the talks would resume.",
        speaker: Some("Lemaire"),
    },
    SpeakerCase {
        text: "Marks and Spencer said its sales fell.",
        speaker: Some("Marks and Spencer"),
    },
    SpeakerCase {
        text: "The US and France agreed to share intelligence.",
        speaker: Some("US and France"),
    },
    SpeakerCase {
        text: "Talks between Obama and Hollande ended early, officials said.",
        speaker: Some("officials"),
    },
    SpeakerCase {
        text: "The deal is done, according to Merkel and Macron.",
        speaker: Some("Merkel and Macron"),
    },
    SpeakerCase {
        text: "Obama and Hollande agreed to act. They said the strikes would go on.",
        speaker: Some("Obama and Hollande"),
    },
    SpeakerCase {
        text: "French President Francois Hollande met Obama. The French president said the strikes would go on.",
        speaker: Some("Francois Hollande"),
    },
    SpeakerCase {
        text: "President Barack Obama met French President Francois Hollande. The French president said the strikes would go on.",
        speaker: Some("Francois Hollande"),
    },
    SpeakerCase {
        text: "President Barack Obama met French President Francois Hollande. The president said the strikes would go on.",
        speaker: Some("The president"),
    },
    SpeakerCase {
        text: "President Barack Obama spoke on Monday. The US president said the strikes would go on.",
        speaker: Some("The US president"),
    },
    SpeakerCase {
        text: "US President Barack Obama spoke on Monday. The president said the strikes would go on.",
        speaker: Some("Barack Obama"),
    },
    SpeakerCase {
        text: "White House spokesman Josh Earnest spoke on Monday. The White House spokesman said the strikes would go on.",
        speaker: Some("Josh Earnest"),
    },
    SpeakerCase {
        text: "Vice President Joe Biden spoke on Monday. The president said the strikes would go on.",
        speaker: Some("The president"),
    },
    SpeakerCase {
        text: "Vice President Joe Biden spoke on Monday. The vice president said the strikes would go on.",
        speaker: Some("Joe Biden"),
    },
    SpeakerCase {
        text: "Foreign Minister Laurent Fabius spoke on Monday. The minister said the strikes would go on.",
        speaker: Some("Laurent Fabius"),
    },
    SpeakerCase {
        text: "Prime Minister Tony Blair spoke on Monday. The minister said the strikes would go on.",
        speaker: Some("The minister"),
    },
    SpeakerCase {
        text: "Prime Minister Tony Blair spoke on Monday. The Prime Minister said the strikes would go on.",
        speaker: Some("Tony Blair"),
    },
    SpeakerCase {
        text: "The pact was signed by former President Bill Clinton. The president said the strikes would go on.",
        speaker: Some("The president"),
    },
    SpeakerCase {
        text: "Presidents Barack Obama and Francois Hollande met. The president said the strikes would go on.",
        speaker: Some("The president"),
    },
    SpeakerCase {
        text: "French President Francois Hollande arrived. The French president said the strikes would go on. He added that they worked.",
        speaker: Some("Francois Hollande"),
    },
    SpeakerCase {
        text: "Maria Lopez, the finance minister, said taxes would rise. The finance minister said the rise was small.",
        speaker: Some("Maria Lopez"),
    },
    SpeakerCase {
        text: "Maria Lopez, the finance minister, said taxes would rise. The minister said the rise was small.",
        speaker: Some("Maria Lopez"),
    },
    SpeakerCase {
        text: "Tom Reed, the chancellor, spoke on Monday. The chancellor said the rise was small.",
        speaker: Some("Tom Reed"),
    },
    SpeakerCase {
        text: "The chancellor, Tom Reed, said taxes would rise. Later the chancellor said the rise was small.",
        speaker: Some("Tom Reed"),
    },
    SpeakerCase {
        text: "Taxes will rise, said the chancellor, Tom Reed. The chancellor said the rise was small.",
        speaker: Some("Tom Reed"),
    },
    SpeakerCase {
        text: "Sir Alan Pike, CBI director general, warned that firms were struggling. The director general said the rise was small.",
        speaker: Some("Alan Pike"),
    },
    SpeakerCase {
        text: "Tom Reed, the chancellor, spoke on Monday. Ann Vale, the chancellor, spoke on Tuesday. The chancellor said the rise was small.",
        speaker: Some("The chancellor"),
    },
    SpeakerCase {
        text: "Chancellor Tom Reed spoke on Monday. Ann Vale, the chancellor, spoke on Tuesday. The chancellor said the rise was small.",
        speaker: Some("The chancellor"),
    },
    SpeakerCase {
        text: "Tom Reed, the chancellor, spoke on Monday. The French chancellor said the rise was small.",
        speaker: Some("The French chancellor"),
    },
    SpeakerCase {
        text: "Tom Reed, the former chancellor, spoke on Monday. The chancellor said the rise was small.",
        speaker: Some("The chancellor"),
    },
    SpeakerCase {
        text: "Tom Reed, the chancellor of the university, spoke on Monday. The chancellor said the rise was small.",
        speaker: Some("The chancellor"),
    },
    SpeakerCase {
        text: "Tom Reed, the chancellors' adviser, spoke on Monday. The chancellor said the rise was small.",
        speaker: Some("The chancellor"),
    },
    SpeakerCase {
        text: "After meeting Tom Reed, the chancellor said the rise was small.",
        speaker: Some("the chancellor"),
    },
    SpeakerCase {
        text: "In his New Year message the party leader spoke of hope. He said the party was ready.",
        speaker: None,
    },
    SpeakerCase {
        text: "Ann Reed spoke. \"We hope many will join us to mark the closure of the Waverley Line,\" she said.",
        speaker: Some("Ann Reed"),
    },
    SpeakerCase {
        text: "Ann Reed spoke. \"I met Tom Hart on Monday,\" she said.",
        speaker: Some("Ann Reed"),
    },
    SpeakerCase {
        text: "Home Office minister Baroness Scotland said the law would stay.",
        speaker: Some("Baroness Scotland"),
    },
    SpeakerCase {
        text: "Lord Carlile spoke first. Carlile said the law was wrong.",
        speaker: Some("Lord Carlile"),
    },
    SpeakerCase {
        text: "Neil Kinnock spoke. Lord Kinnock said the law was wrong.",
        speaker: Some("Neil Kinnock"),
    },
    SpeakerCase {
        text: "Charles Kennedy spoke. Mr Kennedy left. Baroness Kennedy said the law was wrong.",
        speaker: Some("Baroness Kennedy"),
    },
    SpeakerCase {
        text: "Lord Kinnock spoke. Neil Kinnock was there. He said the law was wrong.",
        speaker: Some("Neil Kinnock"),
    },
    SpeakerCase {
        text: "Britain, France and Germany said the deal was dead.",
        speaker: Some("Britain, France and Germany"),
    },
    SpeakerCase {
        text: "Italy, France and Germany said the deal was dead.",
        speaker: Some("Italy, France and Germany"),
    },
    SpeakerCase {
        text: "Overall, Merkel and Macron said the deal was dead.",
        speaker: Some("Merkel and Macron"),
    },
    SpeakerCase {
        text: "Finally, Merkel and Macron said the deal was dead.",
        speaker: Some("Merkel and Macron"),
    },
    SpeakerCase {
        text: "Meanwhile, Merkel and Macron said the deal was dead.",
        speaker: Some("Merkel and Macron"),
    },
    SpeakerCase {
        text: "\"Prices rose,\" said FBI director James Comey.",
        speaker: Some("James Comey"),
    },
    SpeakerCase {
        text: "\"Prices rose,\" said Obama adviser Ann Lee on Monday.",
        speaker: Some("Ann Lee"),
    },
    SpeakerCase {
        text: "\"Prices rose,\" said Goldman Sachs analyst Jim Oneill.",
        speaker: Some("Jim Oneill"),
    },
    SpeakerCase {
        text: "\"Prices rose,\" said Goldman Sachs.",
        speaker: Some("Goldman Sachs"),
    },
    SpeakerCase {
        text: "\"Prices rose,\" said Goldman Sachs analysts.",
        speaker: Some("Goldman Sachs"),
    },
    SpeakerCase {
        text: "Prices rose, said a spokeswoman for the ministry.",
        speaker: Some("a spokeswoman for the ministry"),
    },
    SpeakerCase {
        text: "Prices rose, said analysts at Goldman Sachs on Monday.",
        speaker: Some("analysts at Goldman Sachs"),
    },
    SpeakerCase {
        text: "Prices rose, said Ann Reed in a statement.",
        speaker: Some("Ann Reed"),
    },
    SpeakerCase {
        text: "Prices rose, said the strikes in Paris would go on.",
        speaker: None,
    },
    SpeakerCase {
        text: "The company, based in Ohio, said sales fell.",
        speaker: Some("The company"),
    },
    SpeakerCase {
        text: "The aides, led by Tom Sullivan, told the group that sales fell.",
        speaker: Some("The aides"),
    },
    SpeakerCase {
        text: "Ann Reed, while visiting Paris, said sales fell.",
        speaker: Some("Ann Reed"),
    },
    SpeakerCase {
        text: "The company, which is based in Ohio, said sales fell.",
        speaker: Some("The company"),
    },
    SpeakerCase {
        text: "The judge in the case, which lasted a week, said the fine was fair.",
        speaker: Some("The judge in the case"),
    },
    SpeakerCase {
        text: "Officials in Washington said the fine was fair.",
        speaker: Some("Officials in Washington"),
    },
    SpeakerCase {
        text: "A spokeswoman for the ministry said the fine was fair.",
        speaker: Some("A spokeswoman for the ministry"),
    },
    SpeakerCase {
        text: "A spokesman for Tom Reed said the fine was fair.",
        speaker: Some("A spokesman for Tom Reed"),
    },
    SpeakerCase {
        text: "Jack Yoedt, executive director of SEIU, the janitors union, said pay fell.",
        speaker: Some("Jack Yoedt"),
    },
    SpeakerCase {
        text: "Tom Reed met Ann Lee. Hours later, Reed returned the favour, telling reporters she was great.",
        speaker: Some("Tom Reed"),
    },
    SpeakerCase {
        text: "However, many activists stayed defiant, saying they would hunt.",
        speaker: Some("many activists"),
    },
    SpeakerCase {
        text: "However, the BCC found the economy faced risks and warned that growth would slow.",
        speaker: Some("BCC"),
    },
    SpeakerCase {
        text: "Ann Reed, head of the union, said pay fell. \"We are angry,\" she said. \"What riles me is the hypocrisy. \"This is wrong. It will end badly.\"\n\nMs Reed said workers did not want to strike. Tom Hart, from the other union, said there should be a strike. The Fire Brigades Union said pay fell.",
        speaker: Some("Fire Brigades Union"),
    },
    SpeakerCase {
        text: "Tom Hart, his lawyer, said: \"He was poor. \"The claim is false. He was called a leader because he was loud.\" Mr Hart said the case should be heard at home.",
        speaker: Some("Tom Hart"),
    },
    SpeakerCase {
        text: "Tom Hart spoke. The Law Lords ruled against it. He said the ruling was wrong.",
        speaker: Some("Tom Hart"),
    },
    SpeakerCase {
        text: "The Irish actor, whose films include Hidden List, Michael Collins and Star Trek, said the theatre was vital.",
        speaker: Some("The Irish actor"),
    },
    SpeakerCase {
        text: "Speaking at a town hall in Salem, New Hampshire, Tom Reed went after Ann Lee, calling her weak.",
        speaker: Some("Tom Reed"),
    },
    SpeakerCase {
        text: "Rep. Tom Reed (D-Md.), chair of the committee, said the plan would work.",
        speaker: Some("Tom Reed"),
    },
    SpeakerCase {
        text: "Tom Reed, host of the \u{201c}Morning Show,\u{201d} suggested the plan would fail.",
        speaker: Some("Tom Reed"),
    },
    SpeakerCase {
        text: "Few savers got their money back, Mr Tom Reed estimated, pointing out that most were poor.",
        speaker: Some("Tom Reed"),
    },
    SpeakerCase {
        text: "Sir John Stevens said the law was wrong.",
        speaker: Some("John Stevens"),
    },
    SpeakerCase {
        text: "Recent figures showed that prices rose.",
        speaker: Some("Recent figures"),
    },
    SpeakerCase {
        text: "Figures showed that prices rose.",
        speaker: Some("Figures"),
    },
    SpeakerCase {
        text: "Hopes of a rate cut have grown after figures showed that wages fell.",
        speaker: Some("figures"),
    },
    SpeakerCase {
        text: "Local officials said homes were lost.",
        speaker: Some("Local officials"),
    },
    SpeakerCase {
        text: "Local press reported that the plant would close.",
        speaker: Some("Local press"),
    },
    SpeakerCase {
        text: "Opinion surveys suggest that voters are tired, Ms Vale said.",
        speaker: Some("Vale"),
    },
    SpeakerCase {
        text: "Company shares added 4% on Monday.",
        speaker: None,
    },
    SpeakerCase {
        text: "Peace plan appeal rejected",
        speaker: None,
    },
    SpeakerCase {
        text: "Facing sharp criticism, the regulator said it would act.",
        speaker: Some("the regulator"),
    },
    SpeakerCase {
        text: "Tom Reed said: \u{201c}Prices will fall.\u{201d} \u{201c}It is true, as forecasters say.\u{201d}",
        speaker: Some("Tom Reed"),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of every list answers its question through the one table, as the
    /// `match` over the list did; words of no list answer nothing.
    #[test]
    fn every_list_word_is_filed() {
        type Holds<'a> = &'a dyn Fn(&str) -> bool;
        let cases: [(&[&str], Holds); 11] = [
            (TITLES_MALE, &|w| title(w) == Some(Gender::Male)),
            (TITLES_FEMALE, &|w| title(w) == Some(Gender::Female)),
            (TITLES, &|w| title(w) == Some(Gender::Unknown)),
            (PARTY_LABELS, &|w| title(w) == Some(Gender::Unknown)),
            (ORG_WORDS, &is_org_word),
            (ROLE_NOUNS, &is_role_noun),
            (DETERMINERS, &is_determiner),
            (NOT_NAMES, &is_not_name),
            (NAME_PARTICLES, &is_name_particle),
            (OFFICES, &is_office),
            (RANKS, &is_rank),
        ];
        for (list, holds) in cases {
            for w in list {
                assert!(holds(w), "{w:?}");
            }
        }
        for w in BETWEEN_WORDS {
            assert!(is_between_word(w), "{w:?}");
        }
        let pronouns = [
            (PRONOUNS_HE, Pronoun::Person(Gender::Male)),
            (PRONOUNS_SHE, Pronoun::Person(Gender::Female)),
            (PRONOUNS_GROUP, Pronoun::Group),
            (PRONOUNS_RELATIVE, Pronoun::Relative),
            (PRONOUNS_SPEAKER, Pronoun::Speaker),
        ];
        for (list, p) in pronouns {
            for w in list {
                assert_eq!(pronoun(w), Some(p), "{w:?}");
            }
        }
        for w in [
            "Obama",
            "obama",
            "mr",
            "MR",
            "",
            "Presidential",
            "the ",
            "Thee",
        ] {
            assert_eq!(word_info(w), WordInfo::default(), "{w:?}");
        }
        assert_eq!(title("Mr."), Some(Gender::Male));
        assert_eq!(title("Sen."), Some(Gender::Unknown));
        assert!(is_between_word("repeatedly") && !is_between_word("Repeatedly"));
        // Words in two lists answer both ("Labour" is a party label and an organisation).
        assert!(is_org_word("Labour") && title("Labour").is_some());
        assert!(is_not_name("The") && is_determiner("The"));
    }

    /// No word is in two title lists or two pronoun lists: a `match` took the first, the
    /// table the last, and they must not disagree.
    #[test]
    fn no_word_has_two_genders_or_two_pronouns() {
        let titles = [TITLES_MALE, TITLES_FEMALE, TITLES, PARTY_LABELS];
        let pronouns = [
            PRONOUNS_HE,
            PRONOUNS_SHE,
            PRONOUNS_GROUP,
            PRONOUNS_RELATIVE,
            PRONOUNS_SPEAKER,
        ];
        for lists in [&titles[..], &pronouns[..]] {
            let mut seen = std::collections::HashSet::new();
            for w in lists.iter().flat_map(|l| l.iter()) {
                assert!(seen.insert(*w), "{w:?} is in two lists");
            }
        }
        assert_eq!(MAX_PARTICLE_LEN, "della".len());
        assert_eq!(OFFICE_LEN, ("king".len(), "spokesperson".len()));
    }
}
