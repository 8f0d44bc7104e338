//! Rules as data: tables of words and patterns, each row with the examples that prove it,
//! compiled once.
//!
//! Each table sits next to the examples a test runs, so a change to a lexicon shows at once
//! what it breaks.

pub mod cues;
pub mod currency;
pub mod literals;
pub mod numeric;
pub mod speakers;
pub mod units;
