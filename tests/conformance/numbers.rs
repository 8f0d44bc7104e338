//! Figures against Microsoft Recognizers-Text (English specs) and Facebook Duckling's English
//! corpus, from ../shared/data/numbers.
//!
//! Each case's input goes through the whole pipeline as one text
//! (`claimsift::Extractor::new().extract(input)`, so the sentence splitter is included). An
//! expected value counts as found when some row's value, or a range row's low or high, equals
//! it within a relative tolerance of 1e-6. Conventions of ours that differ from the suites'
//! are applied to the expectation, not hidden: a suite's "50 cents" (50, unit Cent) is our
//! 0.5 USD, so an expected value with unit Cent or Pence is compared after dividing by 100;
//! a fall is a negative change for us, so a change row also offers its magnitude.
//!
//! Floors (issue 2): at least 85% of the expected values of NumberModel and of PercentModel.
//! The other files are reported, not asserted. Set `CLAIMSIFT_CONFORMANCE_MISSES=1` to print
//! every expected value that was not found.

use std::path::Path;

use claimsift::{Claim, Extractor, Kind, Value};
use serde_json::Value as Json;

use crate::data::{read_json, shared_data};

/// Expected and found values of one file.
#[derive(Default)]
struct Tally {
    cases: usize,
    expected: usize,
    found: usize,
    unit_expected: usize,
    unit_right: usize,
    misses: Vec<String>,
}

impl Tally {
    fn percent(&self) -> f64 {
        if self.expected == 0 {
            return 100.0;
        }
        100.0 * self.found as f64 / self.expected as f64
    }

    fn print(&self, name: &str) {
        let units = if self.unit_expected > 0 {
            format!(
                ", unit right {}/{} ({:.1}%)",
                self.unit_right,
                self.unit_expected,
                100.0 * self.unit_right as f64 / self.unit_expected as f64
            )
        } else {
            String::new()
        };
        println!(
            "{name:<44} cases {:>4}  expected {:>4}  found {:>4}  {:>5.1}%{units}",
            self.cases,
            self.expected,
            self.found,
            self.percent()
        );
        if std::env::var_os("CLAIMSIFT_CONFORMANCE_MISSES").is_some() {
            for m in &self.misses {
                println!("    missed {m}");
            }
        }
    }
}

fn close(a: f64, b: f64) -> bool {
    if b == 0.0 {
        return a == 0.0;
    }
    (a - b).abs() <= 1e-6 * b.abs()
}

/// Every number a row offers: its value, or both ends of a range. A change row's value is
/// negative for a fall ("tumbled $2.75" is -2.75), a direction the suites do not record, so
/// its magnitude is offered too.
fn values(rows: &[Claim]) -> Vec<(f64, &str)> {
    let mut out = Vec::new();
    for r in rows {
        let ends = match r.value {
            Value::Number(v) => vec![v],
            Value::Range(lo, hi) => vec![lo, hi],
            _ => vec![],
        };
        for v in ends {
            out.push((v, r.unit.as_str()));
            if r.kind == Kind::Change && v < 0.0 {
                out.push((-v, r.unit.as_str()));
            }
        }
    }
    out
}

/// Parses a Recognizers resolution value: "192", "1E-12", "100%", "-0.8".
fn parse_value(s: &str) -> Option<f64> {
    s.trim().trim_end_matches('%').parse().ok()
}

/// The ends of a Recognizers range resolution: "[20,30)", "(,100]", "[1000,1500)".
fn parse_range(s: &str) -> Vec<f64> {
    s.trim_matches(|c| matches!(c, '[' | ']' | '(' | ')'))
        .split(',')
        .filter_map(|p| p.trim().parse().ok())
        .collect()
}

/// Our unit for a Recognizers or Duckling currency unit name, when there is one to compare.
fn iso_of(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "Dollar" | "United States dollar" | "USD" => "USD",
        "Pound" | "British pound" | "GBP" => "GBP",
        "Euro" | "EUR" => "EUR",
        "Japanese yen" => "JPY",
        "Chinese yuan" | "CNY" => "CNY",
        "Canadian dollar" | "CAD" => "CAD",
        "Australian dollar" => "AUD",
        "Hong Kong dollar" => "HKD",
        "Swiss franc" | "CHF" => "CHF",
        "INR" => "INR",
        "Cent" => "USD",
        "Pence" | "Penny" => "GBP",
        _ => return None,
    })
}

fn run_recognizers(rel: &str, range: bool, currency: bool) -> Option<Tally> {
    let path = shared_data(rel)?;
    let cases = read_json(&path);
    let extractor = Extractor::new();
    let mut t = Tally::default();
    for case in cases.as_array().into_iter().flatten() {
        let Some(input) = case["Input"].as_str() else {
            continue;
        };
        t.cases += 1;
        let rows = extractor.extract(input);
        let got = values(&rows);
        for result in case["Results"].as_array().into_iter().flatten() {
            let resolution = &result["Resolution"];
            let Some(raw) = resolution["value"].as_str() else {
                continue;
            };
            let wanted: Vec<f64> = if range {
                parse_range(raw)
            } else {
                parse_value(raw).into_iter().collect()
            };
            let unit = resolution["unit"].as_str().unwrap_or("");
            let scale = if matches!(unit, "Cent" | "Pence" | "Penny") {
                0.01
            } else {
                1.0
            };
            for w in wanted {
                let w = w * scale;
                t.expected += 1;
                let hit = got.iter().find(|(v, _)| close(*v, w));
                if hit.is_some() {
                    t.found += 1;
                } else {
                    t.misses.push(format!(
                        "{w} in {input:?} (text {:?}); rows: {}",
                        result["Text"].as_str().unwrap_or(""),
                        describe(&rows)
                    ));
                }
                if currency {
                    let iso = resolution["isoCurrency"].as_str().or_else(|| iso_of(unit));
                    if let Some(iso) = iso {
                        t.unit_expected += 1;
                        if got.iter().any(|(v, u)| close(*v, w) && *u == iso) {
                            t.unit_right += 1;
                        } else if hit.is_some() {
                            t.misses.push(format!(
                                "unit {iso} for {w} in {input:?}; rows: {}",
                                describe(&rows)
                            ));
                        }
                    }
                }
            }
        }
    }
    Some(t)
}

fn describe(rows: &[Claim]) -> String {
    rows.iter()
        .map(|r| format!("[{} {:?} {} {}]", r.kind.as_str(), r.claim, r.value, r.unit))
        .collect::<Vec<_>>()
        .join(" ")
}

const NUMBER: &str = "numbers/recognizers_text/Number/NumberModel.json";
const PERCENT: &str = "numbers/recognizers_text/Number/PercentModel.json";

#[test]
fn recognizers_number_model() {
    let Some(t) = run_recognizers(NUMBER, false, false) else {
        return;
    };
    t.print("Recognizers Number/NumberModel");
    assert!(
        t.percent() >= 85.0,
        "NumberModel: {:.1}% < 85%",
        t.percent()
    );
}

#[test]
fn recognizers_percent_model() {
    let Some(t) = run_recognizers(PERCENT, false, false) else {
        return;
    };
    t.print("Recognizers Number/PercentModel");
    assert!(
        t.percent() >= 85.0,
        "PercentModel: {:.1}% < 85%",
        t.percent()
    );
}

#[test]
fn recognizers_reported_files() {
    for (rel, range, currency) in [
        (
            "numbers/recognizers_text/Number/NumberRangeModel.json",
            true,
            false,
        ),
        (
            "numbers/recognizers_text/NumberWithUnit/CurrencyModel.json",
            false,
            true,
        ),
        (
            "numbers/recognizers_text/NumberWithUnit/DimensionModel.json",
            false,
            false,
        ),
    ] {
        let Some(t) = run_recognizers(rel, range, currency) else {
            return;
        };
        let name = Path::new(rel)
            .strip_prefix("numbers/recognizers_text")
            .map_or(rel.to_string(), |p| {
                p.with_extension("").display().to_string()
            });
        t.print(&format!("Recognizers {name}"));
    }
}

#[test]
fn duckling_corpus() {
    let Some(path) = shared_data("numbers/duckling/duckling_en_corpus.json") else {
        return;
    };
    let corpus: Json = read_json(&path);
    let extractor = Extractor::new();
    let mut total = Tally::default();
    for category in [
        "Numeral",
        "Ordinal",
        "AmountOfMoney",
        "Quantity",
        "Distance",
        "Volume",
        "Temperature",
    ] {
        let mut t = Tally::default();
        for entry in corpus[category]["positive"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let (Some(text), Some(expected)) = (entry["text"].as_str(), entry.get("expected"))
            else {
                continue;
            };
            t.cases += 1;
            let unit = expected["unit"].as_str().unwrap_or("");
            let scale = if unit == "Cent" { 0.01 } else { 1.0 };
            let wanted: Vec<f64> = ["value", "from", "to"]
                .iter()
                .filter_map(|k| expected[*k].as_f64())
                .collect();
            let rows = extractor.extract(text);
            let got = values(&rows);
            for w in wanted {
                let w = w * scale;
                t.expected += 1;
                if got.iter().any(|(v, _)| close(*v, w)) {
                    t.found += 1;
                } else {
                    t.misses
                        .push(format!("{w} in {text:?}; rows: {}", describe(&rows)));
                }
            }
        }
        t.print(&format!("Duckling {category}"));
        total.cases += t.cases;
        total.expected += t.expected;
        total.found += t.found;
    }
    total.print("Duckling (all categories)");
}

#[test]
fn range_resolutions_parse() {
    assert_eq!(parse_range("[20,30)"), [20.0, 30.0]);
    assert_eq!(parse_range("(,100]"), [100.0]);
    assert_eq!(parse_value("100%"), Some(100.0));
    assert_eq!(parse_value("1E-12"), Some(1e-12));
}
