//! Conformance against external suites in ../shared/data (nobody here wrote them): each module
//! prints its figures and asserts the floor its issue sets. When the data folder is absent,
//! each test says so and passes without measuring.
//!
//! Print the figures: `cargo test --release --test conformance -- --nocapture --test-threads 1`

mod attribution;
mod checkworthy;
mod data;
mod hedge;
mod numbers;
mod sbd;
