//! The output format shared by validate, eval, test and scenarios.

use clap::ValueEnum;

/// How results are printed.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// For people: rustc-style findings, one line per request, test or scenario, and a summary.
    Human,
    /// For machines: one JSON document (for `eval`, one JSON object per request per line).
    Json,
}
