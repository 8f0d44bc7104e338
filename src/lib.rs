//! # claimsift
//!
//! claimsift reads news text and writes a checklist of everything in it worth checking: every
//! figure ("killed 130 people", "two-thirds of airstrikes", "$1.13bn", "between 300 and 400")
//! and every contested assertion, each with its context sentence, its speaker where the text
//! names one, why it was flagged and a priority.
//!
//! ## Brief overview
//!
//! Data flows one way, and each step is a module:
//!
//! * [`Document`] ([`document`]) holds an article exactly as read; offsets everywhere are byte
//!   offsets into it, so `text[start..end]` is always the claim text.
//! * [`segment::split_sentences`] cuts it into [`segment::Sentence`]s with rules for
//!   abbreviations, decimals, quotes, headlines and missing spaces.
//! * [`mention::find_mentions`] finds the figures of a sentence ([`mention::Mention`]: value,
//!   unit, qualifier, kind); [`rules::cues`] finds contested cues; [`speaker`] names who said it.
//! * [`Extractor`] ([`extract`]) assembles them into [`Claim`] rows, scores them
//!   ([`score`]) and sorts them.
//! * A [`sink::Sink`] writes the rows as CSV, JSON Lines or JSON; [`checklist`] owns the
//!   checklist schema and saves files atomically.
//!
//! ## Example
//!
//! ```
//! use claimsift::{Extractor, Kind, Value};
//!
//! let rows = Extractor::new().extract("Officials said 95% of the flights were cancelled.");
//! let row = rows.iter().find(|r| r.kind == Kind::Percent).unwrap();
//! assert_eq!(row.value, Value::Number(95.0));
//! assert_eq!(row.unit, "%");
//! ```
#![deny(missing_docs)]

pub mod checklist;
pub mod claim;
pub mod document;
pub mod error;
pub mod extract;
pub mod mention;
pub mod number;
pub mod parallel;
pub mod report;
pub mod review;
pub mod rules;
pub mod score;
pub mod segment;
pub mod sink;
pub mod speaker;
mod swar;

pub use claim::{Claim, Kind, Priority, Qualifier, Status, Value};
pub use document::Document;
pub use error::{Error, Result};
pub use extract::{Extractor, Ranked};
