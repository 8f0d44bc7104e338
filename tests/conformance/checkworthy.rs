//! Check-worthiness: does the score rank the claims a fact-checker would check first?
//!
//! * CheckThat! 2019 task 1 (../shared/data/claims/clef_checkthat/2019_task1): political
//!   debates and speeches, one line per sentence, labelled 1 when it was fact-checked. Each
//!   line is extracted as a document of its own; its score is the highest score of its rows
//!   (0 when it has none). Each debate's lines are ranked by score, ties broken by line order
//!   (earlier first), and the harness reports average precision per debate and their mean
//!   (MAP) over the 7 test debates; the best system in the 2019 lab scored 0.166.
//! * ClaimBuster (../shared/data/claims/claimbuster/two_class_test_balanced.json, 702
//!   sentences, label 1 = check-worthy factual sentence): F1 of "the sentence yields a
//!   contested or figure row" against label 1.
//!
//! `CLAIMSIFT_CHECKTHAT_SPLIT=training` measures the training debates instead (to develop
//! against), `CLAIMSIFT_CLAIMBUSTER_FILE=two_class_2.5xNCS_kfold_25ncs.json` another file.

use std::fs;
use std::path::Path;

use claimsift::Extractor;

use crate::data::{read_json, shared_data};

/// The score of one line: its best row, 0 when it yields none.
fn line_score(extractor: &Extractor, text: &str) -> u8 {
    extractor
        .extract(text)
        .iter()
        .map(|c| c.score)
        .max()
        .unwrap_or(0)
}

/// Average precision of a ranking: `labels` in ranked order.
fn average_precision(labels: &[bool]) -> f64 {
    let relevant = labels.iter().filter(|&&l| l).count();
    if relevant == 0 {
        return 0.0;
    }
    let mut hits = 0;
    let mut sum = 0.0;
    for (i, &l) in labels.iter().enumerate() {
        if l {
            hits += 1;
            sum += hits as f64 / (i + 1) as f64;
        }
    }
    sum / relevant as f64
}

/// MAP over the debates in `dir`, printing each debate's AP.
fn checkthat_map(dir: &Path) -> (f64, usize) {
    let extractor = Extractor::new();
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("CheckThat folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let mut aps = Vec::new();
    for f in &files {
        let text = fs::read_to_string(f).expect("tsv readable");
        // (score, line order, label)
        let mut lines: Vec<(u8, usize, bool)> = Vec::new();
        for (i, row) in text.lines().enumerate() {
            let cols: Vec<&str> = row.split('\t').collect();
            if cols.len() < 4 {
                continue;
            }
            let label = cols[3].trim() == "1";
            lines.push((line_score(&extractor, cols[2]), i, label));
        }
        // Highest score first; ties in line order, so the ranking is deterministic.
        lines.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let labels: Vec<bool> = lines.iter().map(|l| l.2).collect();
        let ap = average_precision(&labels);
        println!(
            "  {:<32} AP {ap:.3}  ({} lines, {} check-worthy)",
            f.file_name().unwrap().to_string_lossy(),
            labels.len(),
            labels.iter().filter(|&&l| l).count()
        );
        aps.push(ap);
    }
    let map = aps.iter().sum::<f64>() / aps.len().max(1) as f64;
    (map, aps.len())
}

#[test]
fn checkthat_2019_mean_average_precision() {
    let split =
        std::env::var("CLAIMSIFT_CHECKTHAT_SPLIT").unwrap_or_else(|_| "test_annotated".into());
    let Some(dir) = shared_data(&format!("claims/clef_checkthat/2019_task1/data/{split}")) else {
        return;
    };
    let (map, debates) = checkthat_map(&dir);
    println!(
        "CheckThat! 2019 task 1 {split}: MAP {map:.3} over {debates} debates (best 2019 system: 0.166)"
    );
    if split == "test_annotated" {
        // Measured: 0.095 (training debates and speeches: 0.197).
        assert_eq!(debates, 7);
        assert!(map >= 0.085, "MAP {map:.3} under the floor 0.085");
    }
}

#[test]
fn claimbuster_flagged_f1() {
    let file = std::env::var("CLAIMSIFT_CLAIMBUSTER_FILE")
        .unwrap_or_else(|_| "two_class_test_balanced.json".into());
    let Some(path) = shared_data(&format!("claims/claimbuster/{file}")) else {
        return;
    };
    let items = read_json(&path);
    let items = items.as_array().expect("a JSON array");
    let extractor = Extractor::new();
    let (mut tp, mut fp, mut fn_, mut tn) = (0usize, 0usize, 0usize, 0usize);
    for item in items {
        let text = item["text"].as_str().unwrap_or("");
        let gold = item["label"].as_i64() == Some(1);
        let flagged = !extractor.extract(text).is_empty();
        match (flagged, gold) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fn_ += 1,
            (false, false) => tn += 1,
        }
    }
    let (p, r, f1) = crate::data::precision_recall_f1(tp, tp + fp, tp + fn_);
    println!(
        "ClaimBuster {file}: {} sentences; flagged (contested or figure row) vs check-worthy: P {p:.3} R {r:.3} F1 {f1:.3} (tp {tp} fp {fp} fn {fn_} tn {tn})",
        items.len()
    );
    if file == "two_class_test_balanced.json" {
        // Measured: P 0.784, R 0.632, F1 0.700.
        assert_eq!(items.len(), 702);
        assert!(f1 >= 0.66, "F1 {f1:.3} under the floor 0.66");
    }
}
