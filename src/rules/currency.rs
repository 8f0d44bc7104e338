//! Currencies: symbols, ISO codes, words and the adjectives that pin a word to a country.
//!
//! Units are ISO 4217 codes (`USD`, `GBP`, `EUR`, `JPY`, ...). Conventions:
//!
//! * "$" and "dollars"/"dlrs" alone are US dollars, as English-language news writes them;
//!   "pounds"/"stg"/"sterling" alone are pounds sterling (but "pounds of coffee" is weight).
//! * A word that names several currencies and has no adjective ("francs", "pesos", "crowns",
//!   "dinars") keeps the word as its unit rather than a guessed code: "francs" is not ISO, but
//!   a reviewer can see it is unresolved, where a wrong code would look certain.
//! * Minor units are converted to the major unit: "50 cents" is 0.5 USD, "873p" is 8.73 GBP,
//!   so values with the same unit can be compared in a spreadsheet.

use super::numeric::Hit;

/// Currency symbols and their codes.
pub static SYMBOLS: &[(char, &str)] = &[
    ('$', "USD"),
    ('£', "GBP"),
    ('€', "EUR"),
    ('¥', "JPY"),
    ('₹', "INR"),
    ('₩', "KRW"),
    ('₽', "RUB"),
    ('₺', "TRY"),
    ('₪', "ILS"),
    ('₦', "NGN"),
    ('₱', "PHP"),
    ('₫', "VND"),
    ('₴', "UAH"),
    ('₸', "KZT"),
    ('₵', "GHS"),
    ('₡', "CRC"),
    ('₾', "GEL"),
    ('₭', "LAK"),
    ('₮', "MNT"),
    ('₲', "PYG"),
    ('₼', "AZN"),
    ('৳', "BDT"),
];

/// Letters written before "$" to name a dollar ("US$5bn", "C$16.4 million", "HK$10bn").
pub static DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("us", "USD"),
    ("u.s.", "USD"),
    ("c", "CAD"),
    ("ca", "CAD"),
    ("can", "CAD"),
    ("a", "AUD"),
    ("au", "AUD"),
    ("aus", "AUD"),
    ("hk", "HKD"),
    ("nz", "NZD"),
    ("s", "SGD"),
    ("sg", "SGD"),
    ("nt", "TWD"),
    ("r", "BRL"),
    ("mex", "MXN"),
    ("usd", "USD"),
    ("cad", "CAD"),
    ("aud", "AUD"),
    ("nzd", "NZD"),
    ("hkd", "HKD"),
    ("sgd", "SGD"),
    ("mxn", "MXN"),
];

/// ISO codes recognised before or after a figure ("USD 5", "5 EUR"); upper case only, so
/// "won" the verb and "all" the word never become currencies.
pub static CODES: &[&str] = &[
    "USD", "GBP", "EUR", "JPY", "CHF", "CNY", "RMB", "CAD", "AUD", "NZD", "HKD", "SGD", "INR",
    "KRW", "RUB", "BRL", "MXN", "ZAR", "SEK", "NOK", "DKK", "PLN", "TRY", "ILS", "SAR", "AED",
    "QAR", "KWD", "EGP", "NGN", "KES", "MYR", "IDR", "THB", "PHP", "PKR", "TWD", "CZK", "HUF",
    "ARS", "CLP", "COP", "UAH", "MNT", "BGN", "LBP", "RON", "VND", "BHD", "OMR", "JOD", "IQD",
    "IRR", "LKR", "BDT", "GHS", "MAD", "TND", "ISK", "HRK", "XAF", "XOF", "DEM", "FRF", "ITL",
    "ESP", "NLG", "BEF", "ATS", "PTE", "IEP", "FIM", "GRD",
];

/// Other abbreviations used like codes: "Rs 20", "RM42".
pub static CODE_ALIASES: &[(&str, &str)] = &[
    ("Rs", "INR"),
    ("Rs.", "INR"),
    ("RM", "MYR"),
    // Upper case only: "dm" is a decimetre.
    ("DM", "DEM"),
];

/// A currency word after a figure.
pub struct CurrencyWord {
    /// The word forms, lowercase.
    pub words: &'static [&'static str],
    /// The family an adjective can refine ("dollar": "Canadian dollars" is CAD).
    pub family: &'static str,
    /// The unit when no adjective says otherwise (an ISO code, or the word itself when the
    /// word alone does not say which currency it is).
    pub unit: &'static str,
    /// Multiplier to the major unit (0.01 for cents and pence).
    pub factor: f64,
    /// True when the word is a currency only straight after a number or scale and could be
    /// an ordinary word elsewhere ("won", "rand", "real").
    pub strict: bool,
    /// Sentences and the figure they must give.
    pub hits: &'static [Hit],
}

macro_rules! cw {
    ([$($w:expr),+], $family:expr, $unit:expr, $hits:expr) => {
        CurrencyWord { words: &[$($w),+], family: $family, unit: $unit, factor: 1.0, strict: false, hits: $hits }
    };
    ([$($w:expr),+], $family:expr, $unit:expr, strict, $hits:expr) => {
        CurrencyWord { words: &[$($w),+], family: $family, unit: $unit, factor: 1.0, strict: true, hits: $hits }
    };
    ([$($w:expr),+], $family:expr, $unit:expr, factor $f:expr, $hits:expr) => {
        CurrencyWord { words: &[$($w),+], family: $family, unit: $unit, factor: $f, strict: false, hits: $hits }
    };
}

/// Currency words.
pub static WORDS: &[CurrencyWord] = &[
    cw!(
        ["dollars", "dollar", "dlrs", "dlr", "dls", "bucks"],
        "dollar",
        "USD",
        &[
            (
                "It raised 5.5 mln dlrs.",
                "raised 5.5 mln dlrs",
                5.5e6,
                "USD"
            ),
            (
                "Sales hit 13.5 billion Canadian dlrs.",
                "13.5 billion Canadian dlrs",
                13.5e9,
                "CAD"
            ),
        ]
    ),
    cw!(
        ["pounds", "pound"],
        "pound",
        "GBP",
        &[
            (
                "It borrowed 361 million pounds.",
                "borrowed 361 million pounds",
                361e6,
                "GBP"
            ),
            (
                "Egypt paid 42 Egyptian pounds.",
                "paid 42 Egyptian pounds",
                42.0,
                "EGP"
            ),
        ]
    ),
    cw!(
        ["sterling", "stg"],
        "sterling",
        "GBP",
        &[("Profit was 40 mln stg.", "40 mln stg", 40e6, "GBP")]
    ),
    cw!(
        ["euros", "euro"],
        "euro",
        "EUR",
        &[(
            "They paid 323 million euros.",
            "paid 323 million euros",
            323e6,
            "EUR"
        )]
    ),
    cw!(
        ["yen"],
        "yen",
        "JPY",
        &[(
            "Sales rose to 450,000 yen.",
            "450,000 yen",
            450_000.0,
            "JPY"
        )]
    ),
    cw!(
        ["yuan", "renminbi", "rmb", "元"],
        "yuan",
        "CNY",
        &[(
            "Output passed 100 billion yuan.",
            "100 billion yuan",
            1e11,
            "CNY"
        )]
    ),
    cw!(
        ["rupees", "rupee"],
        "rupee",
        "INR",
        &[("The ticket is 20 rupees.", "20 rupees", 20.0, "INR")]
    ),
    cw!(
        ["francs", "franc"],
        "franc",
        "francs",
        &[
            (
                "It sold for 528 million francs.",
                "528 million francs",
                528e6,
                "francs"
            ),
            (
                "He was fined 10,000 Swiss francs.",
                "fined 10,000 Swiss francs",
                10_000.0,
                "CHF"
            ),
        ]
    ),
    cw!(
        ["marks", "mark", "deutschemarks"],
        "mark",
        "DEM",
        strict,
        &[(
            "It earned 1.2 billion marks.",
            "earned 1.2 billion marks",
            1.2e9,
            "DEM"
        )]
    ),
    cw!(
        ["markka", "markkaa"],
        "markka",
        "FIM",
        &[(
            "It paid 420 million Finnish markka.",
            "paid 420 million Finnish markka",
            420e6,
            "FIM"
        )]
    ),
    cw!(
        ["lire"],
        "lira",
        "ITL",
        &[("The bill was 5,000 lire.", "5,000 lire", 5000.0, "ITL")]
    ),
    cw!(
        ["lira", "liras"],
        "lira",
        "TRY",
        &[("Bread costs 10 lira.", "costs 10 lira", 10.0, "TRY")]
    ),
    cw!(
        ["guilders", "guilder"],
        "guilder",
        "NLG",
        &[(
            "It raised 250 million Dutch guilders.",
            "raised 250 million Dutch guilders",
            250e6,
            "NLG"
        )]
    ),
    cw!(
        ["pesetas", "peseta"],
        "peseta",
        "ESP",
        &[(
            "It cost 6.65 billion pesetas.",
            "cost 6.65 billion pesetas",
            6.65e9,
            "ESP"
        )]
    ),
    cw!(
        ["escudos"],
        "escudo",
        "PTE",
        &[("It fell to 140 escudos.", "140 escudos", 140.0, "PTE")]
    ),
    cw!(
        ["schillings"],
        "schilling",
        "ATS",
        &[("It rose to 12 schillings.", "12 schillings", 12.0, "ATS")]
    ),
    cw!(
        ["drachmas", "drachmae"],
        "drachma",
        "GRD",
        &[("A loaf is 90 drachmas.", "90 drachmas", 90.0, "GRD")]
    ),
    cw!(
        ["punts"],
        "punt",
        "IEP",
        &[("Fees were 30 punts.", "30 punts", 30.0, "IEP")]
    ),
    cw!(
        ["roubles", "rouble", "rubles", "ruble"],
        "rouble",
        "RUB",
        &[("It cost 70 roubles.", "cost 70 roubles", 70.0, "RUB")]
    ),
    cw!(
        ["rand"],
        "rand",
        "ZAR",
        strict,
        &[("Tickets cost 150 rand.", "cost 150 rand", 150.0, "ZAR")]
    ),
    cw!(
        ["shekels", "shekel"],
        "shekel",
        "ILS",
        &[("It was ten shekels.", "ten shekels", 10.0, "ILS")]
    ),
    cw!(
        ["naira"],
        "naira",
        "NGN",
        &[(
            "Fuel is 165 naira a litre.",
            "165 naira a litre",
            165.0,
            "NGN"
        )]
    ),
    cw!(
        ["won"],
        "won",
        "KRW",
        strict,
        &[(
            "It invested 5 trillion won.",
            "invested 5 trillion won",
            5e12,
            "KRW"
        )]
    ),
    cw!(
        ["rupiah"],
        "rupiah",
        "IDR",
        &[("Rice was 9,000 rupiah.", "9,000 rupiah", 9000.0, "IDR")]
    ),
    cw!(
        ["baht"],
        "baht",
        "THB",
        &[("A meal is 60 baht.", "60 baht", 60.0, "THB")]
    ),
    cw!(
        ["ringgit", "ringgits"],
        "ringgit",
        "MYR",
        &[("It paid 42 ringgit.", "paid 42 ringgit", 42.0, "MYR")]
    ),
    cw!(
        ["zloty", "zlotys", "zlotych"],
        "zloty",
        "PLN",
        &[("It cost 80 zlotys.", "cost 80 zlotys", 80.0, "PLN")]
    ),
    cw!(
        ["forints", "forint"],
        "forint",
        "HUF",
        &[("It cost 900 forints.", "cost 900 forints", 900.0, "HUF")]
    ),
    cw!(
        ["kronor", "krona"],
        "krona",
        "SEK",
        &[("It cost 95 kronor.", "cost 95 kronor", 95.0, "SEK")]
    ),
    cw!(
        ["kroner", "krone"],
        "krone",
        "kroner",
        &[(
            "It cost 95 Danish kroner.",
            "cost 95 Danish kroner",
            95.0,
            "DKK"
        )]
    ),
    cw!(
        ["crowns", "crown"],
        "crown",
        "crowns",
        strict,
        &[(
            "It cost 95 Swedish crowns.",
            "cost 95 Swedish crowns",
            95.0,
            "SEK"
        )]
    ),
    cw!(
        ["pesos", "peso"],
        "peso",
        "pesos",
        &[(
            "It cost 300 Mexican pesos.",
            "cost 300 Mexican pesos",
            300.0,
            "MXN"
        )]
    ),
    cw!(
        ["riyals", "riyal"],
        "riyal",
        "SAR",
        &[("It cost 10 riyals.", "cost 10 riyals", 10.0, "SAR")]
    ),
    cw!(
        ["rials", "rial"],
        "rial",
        "rials",
        &[("It cost 10 rials.", "cost 10 rials", 10.0, "rials")]
    ),
    cw!(
        ["dinars", "dinar"],
        "dinar",
        "dinars",
        &[(
            "It cost 10 Kuwaiti dinars.",
            "cost 10 Kuwaiti dinars",
            10.0,
            "KWD"
        )]
    ),
    cw!(
        ["dirhams", "dirham"],
        "dirham",
        "AED",
        &[("It cost 50 dirhams.", "cost 50 dirhams", 50.0, "AED")]
    ),
    cw!(
        ["cruzados", "cruzado"],
        "cruzado",
        "BRC",
        &[("Beans fetched 350 cruzados.", "350 cruzados", 350.0, "BRC")]
    ),
    cw!(
        ["cruzeiros", "reais"],
        "real",
        "BRL",
        &[("It cost 40 reais.", "cost 40 reais", 40.0, "BRL")]
    ),
    cw!(
        ["australs"],
        "austral",
        "ARA",
        &[("It cost 50 australs.", "cost 50 australs", 50.0, "ARA")]
    ),
    cw!(
        ["cedis"],
        "cedi",
        "GHS",
        &[("It cost 50 cedis.", "cost 50 cedis", 50.0, "GHS")]
    ),
    cw!(
        ["hryvnias", "hryvnia"],
        "hryvnia",
        "UAH",
        &[("It cost 50 hryvnias.", "cost 50 hryvnias", 50.0, "UAH")]
    ),
    cw!(
        ["tugriks", "tugrik"],
        "tugrik",
        "MNT",
        &[("It cost ten tugriks.", "cost ten tugriks", 10.0, "MNT")]
    ),
    cw!(
        ["bitcoins", "bitcoin"],
        "bitcoin",
        "BTC",
        &[("He sold 4 bitcoins.", "sold 4 bitcoins", 4.0, "BTC")]
    ),
    cw!(["cents", "cent", "cts", "ct"], "dollar", "USD", factor 0.01, &[("Shares fell 34 cents.", "fell 34 cents", -0.34, "USD"), ("It pays 12 cts a share.", "pays 12 cts a share", 0.12, "USD")]),
    cw!(["pence", "penny", "pennies"], "pound", "GBP", factor 0.01, &[("It closed at 470 pence.", "470 pence", 4.7, "GBP")]),
];

/// Adjectives before a currency word, by family: "Canadian dlrs" is CAD.
pub static ADJECTIVES: &[(&str, &str, &str)] = &[
    ("u.s.", "dollar", "USD"),
    ("us", "dollar", "USD"),
    ("american", "dollar", "USD"),
    ("canadian", "dollar", "CAD"),
    ("australian", "dollar", "AUD"),
    ("aust", "dollar", "AUD"),
    ("new zealand", "dollar", "NZD"),
    ("n.z.", "dollar", "NZD"),
    ("hong kong", "dollar", "HKD"),
    ("h.k.", "dollar", "HKD"),
    ("singapore", "dollar", "SGD"),
    ("taiwan", "dollar", "TWD"),
    ("zimbabwe", "dollar", "ZWL"),
    ("canadian", "cent", "CAD"),
    ("australian", "cent", "AUD"),
    ("swiss", "franc", "CHF"),
    ("french", "franc", "FRF"),
    ("belgian", "franc", "BEF"),
    ("luxembourg", "franc", "LUF"),
    ("cfa", "franc", "XOF"),
    ("egyptian", "pound", "EGP"),
    ("lebanese", "pound", "LBP"),
    ("syrian", "pound", "SYP"),
    ("sudanese", "pound", "SDG"),
    ("irish", "pound", "IEP"),
    ("cyprus", "pound", "CYP"),
    ("cypriot", "pound", "CYP"),
    ("mexican", "peso", "MXN"),
    ("philippine", "peso", "PHP"),
    ("argentine", "peso", "ARS"),
    ("chilean", "peso", "CLP"),
    ("colombian", "peso", "COP"),
    ("swedish", "crown", "SEK"),
    ("norwegian", "crown", "NOK"),
    ("danish", "crown", "DKK"),
    ("czech", "crown", "CZK"),
    ("swedish", "krona", "SEK"),
    ("norwegian", "krone", "NOK"),
    ("danish", "krone", "DKK"),
    ("indian", "rupee", "INR"),
    ("pakistani", "rupee", "PKR"),
    ("pakistan", "rupee", "PKR"),
    ("sri lankan", "rupee", "LKR"),
    ("nepalese", "rupee", "NPR"),
    ("saudi", "riyal", "SAR"),
    ("qatari", "riyal", "QAR"),
    ("iranian", "rial", "IRR"),
    ("omani", "rial", "OMR"),
    ("kuwaiti", "dinar", "KWD"),
    ("iraqi", "dinar", "IQD"),
    ("jordanian", "dinar", "JOD"),
    ("bahraini", "dinar", "BHD"),
    ("libyan", "dinar", "LYD"),
    ("tunisian", "dinar", "TND"),
    ("algerian", "dinar", "DZD"),
    ("dutch", "guilder", "NLG"),
    ("finnish", "markka", "FIM"),
    ("finnish", "mark", "FIM"),
    ("german", "mark", "DEM"),
    ("deutsche", "mark", "DEM"),
    ("west german", "mark", "DEM"),
    ("chinese", "yuan", "CNY"),
    ("japanese", "yen", "JPY"),
    ("south african", "rand", "ZAR"),
    ("malaysian", "ringgit", "MYR"),
    ("malaysia", "ringgit", "MYR"),
    ("turkish", "lira", "TRY"),
    ("italian", "lira", "ITL"),
    ("russian", "rouble", "RUB"),
    ("brazilian", "real", "BRL"),
    ("uae", "dirham", "AED"),
    ("moroccan", "dirham", "MAD"),
    ("ukrainian", "hryvnia", "UAH"),
    ("mongolian", "tugrik", "MNT"),
];
