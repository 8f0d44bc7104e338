//! Units of measurement: the words and abbreviations after a figure, and the short form the
//! `unit` column gives them.
//!
//! | unit | written as |
//! | --- | --- |
//! | km, m, cm, mm, mi, ft, in, yd, nmi | kilometres, metres, ..., miles, feet, inches, yards, nautical miles |
//! | km2, m2, mi2, ft2, ha, acre | square kilometres/metres/miles/feet, hectares, acres |
//! | m3, ft3 | cubic metres, cubic feet ("bcf" and "tcf" are billions and trillions of ft3) |
//! | t, kg, g, mg, lb, oz, ozt | tonnes/tons (metric and short alike), kilos, grams, pounds, ounces, troy ounces |
//! | bbl, bbl/d | barrels, barrels a day ("bpd", "b/d") |
//! | l, ml, gal, bu | litres, millilitres, gallons, bushels |
//! | °, °C, °F | degrees, Celsius, Fahrenheit |
//! | mph, km/h, kn | speeds |
//! | W, kW, MW, GW, kWh, MWh, GWh, TWh | power and energy |
//! | B, KB, MB, GB, TB | bytes |
//! | magnitude | an earthquake's magnitude ("6.4 magnitude", "magnitude 6.4", "on the Richter scale") |
//!
//! Scaled figures keep the unit and scale the value: "2 mln barrels" is 2000000 with unit
//! `bbl`. A rate ("a day", "per day") is part of the unit only where it names a different
//! quantity (barrels a day, miles an hour); elsewhere it stays in the claim text only.

use super::numeric::Hit;

/// A unit of measurement.
pub struct UnitRule {
    /// Stable id.
    pub id: &'static str,
    /// The ways it is written, lowercase; a phrase is tokens separated by spaces ("square
    /// kilometres", "km / h").
    pub words: &'static [&'static str],
    /// The `unit` column's short form.
    pub unit: &'static str,
    /// Multiplier to the unit ("bcf" is 1e9 ft3).
    pub factor: f64,
    /// True when the word is a unit only glued to the number ("5t", "2l", "500g"): alone it
    /// is a letter.
    pub glued_only: bool,
    /// Sentences and the figure they must give (kind `quantity`).
    pub hits: &'static [Hit],
}

macro_rules! u {
    ($id:expr, [$($w:expr),+], $unit:expr, $hits:expr) => {
        UnitRule { id: $id, words: &[$($w),+], unit: $unit, factor: 1.0, glued_only: false, hits: $hits }
    };
    ($id:expr, [$($w:expr),+], $unit:expr, glued, $hits:expr) => {
        UnitRule { id: $id, words: &[$($w),+], unit: $unit, factor: 1.0, glued_only: true, hits: $hits }
    };
    ($id:expr, [$($w:expr),+], $unit:expr, factor $f:expr, $hits:expr) => {
        UnitRule { id: $id, words: &[$($w),+], unit: $unit, factor: $f, glued_only: false, hits: $hits }
    };
}

/// Units of measurement.
pub static UNITS: &[UnitRule] = &[
    u!(
        "length/km",
        [
            "km",
            "kms",
            "kilometres",
            "kilometre",
            "kilometers",
            "kilometer"
        ],
        "km",
        &[
            ("The road is 29km long.", "29km", 29.0, "km"),
            ("It lies 1.6 km west.", "1.6 km", 1.6, "km")
        ]
    ),
    u!(
        "length/m",
        ["metres", "metre", "meters", "meter", "m"],
        "m",
        &[
            ("A wall 500 metres long.", "500 metres", 500.0, "m"),
            ("The wall is 3m high.", "3m", 3.0, "m")
        ]
    ),
    u!(
        "length/cm",
        [
            "cm",
            "centimetres",
            "centimetre",
            "centimeters",
            "centimeter"
        ],
        "cm",
        &[("It grew 2cm.", "grew 2cm", 2.0, "cm")]
    ),
    u!(
        "length/mm",
        [
            "mm",
            "millimetres",
            "millimetre",
            "millimeters",
            "millimeter"
        ],
        "mm",
        &[("Rain fell: 40mm in a day.", "40mm", 40.0, "mm")]
    ),
    u!(
        "length/mi",
        ["miles", "mile", "mi"],
        "mi",
        &[
            ("Troops are 200 miles north.", "200 miles", 200.0, "mi"),
            ("A six-mile trip.", "six-mile", 6.0, "mi")
        ]
    ),
    u!(
        "length/nmi",
        ["nautical miles", "nautical mile"],
        "nmi",
        &[(
            "A zone of 12 nautical miles.",
            "12 nautical miles",
            12.0,
            "nmi"
        )]
    ),
    u!(
        "length/ft",
        ["feet", "foot", "ft"],
        "ft",
        &[
            ("A 776-foot airship landed.", "776-foot", 776.0, "ft"),
            ("Waves of 10 feet hit.", "10 feet", 10.0, "ft")
        ]
    ),
    u!(
        "length/in",
        ["inches", "inch"],
        "in",
        &[
            ("A 3-inch gap.", "3-inch", 3.0, "in"),
            ("Snow: 4 inches.", "4 inches", 4.0, "in")
        ]
    ),
    u!(
        "length/yd",
        ["yards", "yard", "yds", "yd"],
        "yd",
        &[("He ran 40 yards.", "40 yards", 40.0, "yd")]
    ),
    u!(
        "area/km2",
        [
            "square kilometres",
            "square kilometre",
            "square kilometers",
            "square kilometer",
            "sq km",
            "km2",
            "km²",
            "km 2",
            "km ²"
        ],
        "km2",
        &[(
            "A park of 190 square kilometres.",
            "190 square kilometres",
            190.0,
            "km2"
        )]
    ),
    u!(
        "area/m2",
        [
            "square metres",
            "square metre",
            "square meters",
            "square meter",
            "sq m",
            "m2",
            "m²",
            "m 2",
            "m ²"
        ],
        "m2",
        &[
            (
                "It owns 660 square metres.",
                "660 square metres",
                660.0,
                "m2"
            ),
            ("A 90m2 flat.", "90m2", 90.0, "m2")
        ]
    ),
    u!(
        "area/mi2",
        ["square miles", "square mile", "sq mi"],
        "mi2",
        &[("It covers 50 square miles.", "50 square miles", 50.0, "mi2")]
    ),
    u!(
        "area/ft2",
        ["square feet", "square foot", "sq ft"],
        "ft2",
        &[("A 2,000 sq ft flat.", "2,000 sq ft", 2000.0, "ft2")]
    ),
    u!(
        "area/ha",
        ["hectares", "hectare", "ha"],
        "ha",
        &[(
            "Fire burned 3,000 hectares.",
            "3,000 hectares",
            3000.0,
            "ha"
        )]
    ),
    u!(
        "area/acre",
        ["acres", "acre"],
        "acre",
        &[("A 45-acre farm.", "45-acre", 45.0, "acre")]
    ),
    u!(
        "volume/m3",
        [
            "cubic metres",
            "cubic metre",
            "cubic meters",
            "cubic meter",
            "m3",
            "m³",
            "m 3",
            "m ³"
        ],
        "m3",
        &[(
            "It holds 5,000 cubic metres.",
            "5,000 cubic metres",
            5000.0,
            "m3"
        )]
    ),
    u!(
        "volume/ft3",
        ["cubic feet", "cubic foot"],
        "ft3",
        &[(
            "It may export 0.9 trillion cubic feet.",
            "0.9 trillion cubic feet",
            0.9e12,
            "ft3"
        )]
    ),
    u!("volume/bcf", ["bcf"], "ft3", factor 1e9, &[("Output hit 12 bcf.", "12 bcf", 12e9, "ft3")]),
    u!("volume/tcf", ["tcf"], "ft3", factor 1e12, &[("Reserves are 3 tcf.", "3 tcf", 3e12, "ft3")]),
    u!(
        "mass/t",
        [
            "tonnes",
            "tonne",
            "tons",
            "ton",
            "metric tons",
            "metric tonnes",
            "metric ton",
            "short tons",
            "long tons",
            "mt"
        ],
        "t",
        &[
            (
                "Imports were 16,000 metric tons.",
                "16,000 metric tons",
                16_000.0,
                "t"
            ),
            ("It made 2 mln tonnes.", "made 2 mln tonnes", 2e6, "t")
        ]
    ),
    u!(
        "mass/t-glued",
        ["t"],
        "t",
        glued,
        &[("The crane lifts 100t.", "100t", 100.0, "t")]
    ),
    u!(
        "mass/kg",
        [
            "kg",
            "kgs",
            "kilograms",
            "kilogram",
            "kilos",
            "kilo",
            "kilogrammes",
            "kilogramme"
        ],
        "kg",
        &[("Bags of 60 kilos each.", "60 kilos", 60.0, "kg")]
    ),
    u!(
        "mass/g",
        ["grams", "gram", "grammes", "gramme"],
        "g",
        &[("Add 500 grams of flour.", "500 grams", 500.0, "g")]
    ),
    u!(
        "mass/g-glued",
        ["g"],
        "g",
        glued,
        &[("Add 500g of flour.", "500g", 500.0, "g")]
    ),
    u!(
        "mass/mg",
        ["mg", "milligrams", "milligram", "milligrammes"],
        "mg",
        &[("Take 200mg daily.", "200mg", 200.0, "mg")]
    ),
    u!(
        "mass/lb",
        ["lbs", "lb", "pounds", "pound"],
        "lb",
        &[("You weigh 200lbs.", "200lbs", 200.0, "lb")]
    ),
    u!(
        "mass/oz",
        ["ounces", "ounce", "oz"],
        "oz",
        &[("A 68-ounce can.", "68-ounce", 68.0, "oz")]
    ),
    u!(
        "mass/ozt",
        ["troy ounces", "troy ounce", "ozs"],
        "ozt",
        &[(
            "It mined 2 mln troy ounces.",
            "2 mln troy ounces",
            2e6,
            "ozt"
        )]
    ),
    u!(
        "oil/bbl",
        ["barrels", "barrel", "bbl", "bbls"],
        "bbl",
        &[(
            "Output fell by 500,000 barrels.",
            "fell by 500,000 barrels",
            -500_000.0,
            "bbl"
        )]
    ),
    u!(
        "oil/bbl-day",
        [
            "bpd",
            "b/d",
            "barrels per day",
            "barrels a day",
            "bbl/d",
            "barrels daily"
        ],
        "bbl/d",
        &[
            ("Output is 300,000 bpd.", "300,000 bpd", 300_000.0, "bbl/d"),
            (
                "They pump 2 mln barrels a day.",
                "2 mln barrels a day",
                2e6,
                "bbl/d"
            )
        ]
    ),
    u!(
        "volume/l",
        ["litres", "litre", "liters", "liter"],
        "l",
        &[("Sales of 2 litres.", "2 litres", 2.0, "l")]
    ),
    u!(
        "volume/l-glued",
        ["l"],
        "l",
        glued,
        &[("A 2l bottle.", "2l", 2.0, "l")]
    ),
    u!(
        "volume/ml",
        [
            "ml",
            "mls",
            "millilitres",
            "millilitre",
            "milliliters",
            "milliliter"
        ],
        "ml",
        &[("Drink 250ml.", "250ml", 250.0, "ml")]
    ),
    u!(
        "volume/gal",
        ["gallons", "gallon", "gal", "gals"],
        "gal",
        &[("A 10-gallon cooler.", "10-gallon", 10.0, "gal")]
    ),
    u!(
        "volume/bu",
        ["bushels", "bushel", "bu"],
        "bu",
        &[(
            "Exports hit 1.5 mln bushels.",
            "1.5 mln bushels",
            1.5e6,
            "bu"
        )]
    ),
    u!(
        "temperature/c",
        [
            "degrees celsius",
            "degrees centigrade",
            "celsius",
            "centigrade",
            "° c",
            "degrees c"
        ],
        "°C",
        &[
            (
                "It hit 37 degrees Celsius.",
                "37 degrees Celsius",
                37.0,
                "°C"
            ),
            ("It hit 37°C.", "37°C", 37.0, "°C")
        ]
    ),
    u!(
        "temperature/f",
        ["degrees fahrenheit", "fahrenheit", "° f", "degrees f"],
        "°F",
        &[(
            "It hit 98.6 degrees Fahrenheit.",
            "98.6 degrees Fahrenheit",
            98.6,
            "°F"
        )]
    ),
    u!(
        "temperature/glued",
        ["c"],
        "°C",
        glued,
        &[("Highs of 30C are due.", "30C", 30.0, "°C")]
    ),
    u!(
        "angle/degrees",
        ["degrees", "degree", "°", "deg"],
        "°",
        &[("Turn 90 degrees.", "90 degrees", 90.0, "°")]
    ),
    u!(
        "speed/mph",
        ["mph", "miles per hour", "miles an hour"],
        "mph",
        &[("Winds of 120 mph hit.", "120 mph", 120.0, "mph")]
    ),
    u!(
        "speed/kmh",
        [
            "km/h",
            "km / h",
            "kph",
            "kmh",
            "kmph",
            "kilometres per hour",
            "kilometers per hour",
            "kilometres an hour",
            "km per hour"
        ],
        "km/h",
        &[("Gusts of 90 km/h blew.", "90 km/h", 90.0, "km/h")]
    ),
    u!(
        "speed/knots",
        ["knots", "knot"],
        "kn",
        &[("It sails at 20 knots.", "20 knots", 20.0, "kn")]
    ),
    u!(
        "power/w",
        ["watts", "watt"],
        "W",
        &[("A 60 watt bulb.", "60 watt", 60.0, "W")]
    ),
    u!(
        "power/kw",
        ["kw", "kilowatts", "kilowatt"],
        "kW",
        &[("A 5kW panel.", "5kW", 5.0, "kW")]
    ),
    u!(
        "power/mw",
        ["mw", "megawatts", "megawatt"],
        "MW",
        &[("A 600 MW plant.", "600 MW", 600.0, "MW")]
    ),
    u!(
        "power/gw",
        ["gw", "gigawatts", "gigawatt"],
        "GW",
        &[("Capacity of 3 gigawatts.", "3 gigawatts", 3.0, "GW")]
    ),
    u!(
        "energy/kwh",
        ["kwh", "kilowatt-hours", "kilowatt hours"],
        "kWh",
        &[("It used 300 kWh.", "300 kWh", 300.0, "kWh")]
    ),
    u!(
        "energy/mwh",
        ["mwh", "megawatt-hours", "megawatt hours"],
        "MWh",
        &[("It sold 40 MWh.", "sold 40 MWh", 40.0, "MWh")]
    ),
    u!(
        "energy/gwh",
        ["gwh", "gigawatt-hours", "gigawatt hours"],
        "GWh",
        &[("Plants made 5 GWh.", "made 5 GWh", 5.0, "GWh")]
    ),
    u!(
        "energy/twh",
        ["twh", "terawatt-hours", "terawatt hours"],
        "TWh",
        &[("Demand hit 300 TWh.", "300 TWh", 300.0, "TWh")]
    ),
    u!(
        "data/gb",
        ["gb", "gigabytes", "gigabyte"],
        "GB",
        &[("A 64GB phone.", "64GB", 64.0, "GB")]
    ),
    u!(
        "data/mb",
        ["mb", "megabytes", "megabyte"],
        "MB",
        &[("A 100 MB file.", "100 MB", 100.0, "MB")]
    ),
    u!(
        "data/tb",
        ["tb", "terabytes", "terabyte"],
        "TB",
        &[("A 2TB disk.", "2TB", 2.0, "TB")]
    ),
    u!(
        "data/kb",
        ["kb", "kilobytes", "kilobyte"],
        "KB",
        &[("A 20KB note.", "20KB", 20.0, "KB")]
    ),
    // An earthquake's size: "a 6.4 magnitude tremor" measures the quake, it does not count
    // magnitudes. Written before the number too ("a magnitude 5.9 quake"): the parser
    // reads that order itself.
    u!(
        "seismic/magnitude",
        ["magnitude", "on the richter scale", "richter"],
        "magnitude",
        &[
            (
                "A 6.4 magnitude tremor shook the port.",
                "6.4 magnitude",
                6.4,
                "magnitude"
            ),
            (
                "A 5.2-magnitude shock followed.",
                "5.2-magnitude",
                5.2,
                "magnitude"
            ),
            (
                "The shock registered 4.7 on the Richter scale.",
                "4.7 on the Richter scale",
                4.7,
                "magnitude"
            )
        ]
    ),
];
