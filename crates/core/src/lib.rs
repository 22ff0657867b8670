//! vpce-policy core: the policy model, a span-aware strict parser and validator, the evaluator, the generator,
//! the scenario suite and exports for EC2 Image Builder VPC endpoint policies.
//!
//! Pure Rust: no I/O, no terminal, no browser. Byte spans become lines and columns only at display time
//! ([`span::LineIndex`]).

pub mod arn;
pub mod arn_format;
pub mod bytes;
pub mod check;
mod code;
pub mod data;
pub mod diagnose;
pub mod diagnostic;
pub mod eval;
pub mod generate;
pub mod glob;
pub mod i18n;
pub mod json;
pub mod kind;
pub mod lint;
pub mod model;
pub mod operator;
pub mod order;
mod rule_doc;
pub mod rules;
mod severity;
pub mod span;
pub mod trail;
pub mod values;

pub use check::{fix, fix_counted, validate, validate_bounded, validate_compiled};
pub use diagnostic::{Diagnostic, DiagnosticReport, Fix, Severity};
pub use lint::{PolicyKind, ValidateOptions, Validation};
pub use span::{LineIndex, Span};
