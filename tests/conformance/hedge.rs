//! Hedge cues against the CoNLL-2010 Wikipedia weasel sentences
//! (../shared/data/hedge/conll2010_wiki_weasel/test.csv: text, label; label 1 = uncertain).
//!
//! A sentence is predicted uncertain when the cue lexicon finds a `hedge` cue in it (the
//! hedge table includes the weasel forms "some say", "many believe", "it is believed",
//! "widely regarded"). The texts are PTB-tokenised (`-LRB-`, `` `` ''), which the lexicon
//! reads as it is. Reports precision, recall and F1; `CLAIMSIFT_HEDGE_FILE=train.csv`
//! measures the training file instead.

use claimsift::rules::cues::{Category, Lexicon};

use crate::data::shared_data;

#[test]
fn conll2010_weasel_hedge_f1() {
    let file = std::env::var("CLAIMSIFT_HEDGE_FILE").unwrap_or_else(|_| "test.csv".into());
    let Some(path) = shared_data(&format!("hedge/conll2010_wiki_weasel/{file}")) else {
        return;
    };
    let mut reader = csv::Reader::from_path(&path).expect("CSV readable");
    let lexicon = Lexicon::builtin();
    let (mut tp, mut fp, mut fn_, mut n) = (0usize, 0usize, 0usize, 0usize);
    let mut cues = Vec::new();
    for record in reader.records() {
        let record = record.expect("CSV record");
        let (Some(text), Some(label)) = (record.get(0), record.get(1)) else {
            continue;
        };
        n += 1;
        let gold = label.trim() == "1";
        cues.clear();
        lexicon.find_into(text, &mut cues);
        let hedged = cues.iter().any(|c| c.category == Category::Hedge);
        match (hedged, gold) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fn_ += 1,
            (false, false) => {}
        }
    }
    let (p, r, f1) = crate::data::precision_recall_f1(tp, tp + fp, tp + fn_);
    println!(
        "CoNLL-2010 weasel {file}: {n} sentences, {} uncertain; hedge cue P {p:.3} R {r:.3} F1 {f1:.3}",
        tp + fn_
    );
    if file == "test.csv" {
        // Measured: P 0.719, R 0.458, F1 0.560.
        assert!(n > 7000, "{n} sentences read");
        assert!(f1 >= 0.52, "hedge F1 {f1:.3} under the floor 0.52");
    }
}
