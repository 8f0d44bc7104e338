//! Finding the shared test data, which may be absent.
// Helpers serve every test module; not each module uses each helper.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// `../shared/data/<rel>` beside the repository, or `None` (with a message saying the test is
/// skipped) when it is not there.
pub fn shared_data(rel: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(rel);
    if p.exists() {
        return Some(p);
    }
    eprintln!("skipping: ../shared/data/{rel} not found");
    None
}

/// Reads a JSON file, dropping a UTF-8 BOM (the Recognizers-Text specs have one).
pub fn read_json(path: &Path) -> serde_json::Value {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let bytes = bytes
        .strip_prefix(b"\xef\xbb\xbf".as_slice())
        .unwrap_or(&bytes);
    serde_json::from_slice(bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Precision, recall and F1 from the count of `correct` answers among `predicted` ones and
/// `gold` ones (0 where a count is 0, never NaN).
pub fn precision_recall_f1(correct: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let p = correct as f64 / predicted.max(1) as f64;
    let r = correct as f64 / gold.max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f1)
}
