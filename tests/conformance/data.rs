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
