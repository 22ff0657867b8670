//! What users run: the lint rules of [`crate::lint`] plus the checks that ask whether the build will still
//! work with the policy ([`build_needs`]), which evaluate it and so sit above both the validator and the
//! evaluator.

mod build_needs;

use crate::diagnostic::Diagnostic;
use crate::lint::{self, ValidateOptions, Validation};

/// Validates a policy: every lint rule, and for an S3 endpoint policy, whether it lets the build reach the
/// AWS-owned resources it needs.
pub fn validate(src: &str, options: &ValidateOptions) -> Validation {
    let mut v = lint::validate(src, options);
    // A policy with errors is judged by them first: its placeholders or broken elements would make every
    // build-needs finding a consequence of them.
    let has_errors = crate::diagnostic::has_errors(&v.diagnostics);
    if !has_errors {
        let found = build_needs::check(src, &v, options);
        if !found.is_empty() {
            v.diagnostics.extend(found);
            lint::finish(&mut v.diagnostics);
        }
    }
    v
}

/// As [`validate`] up to `max_bytes`; past it only the size is checked (see [`lint::validate_bounded`]).
pub fn validate_bounded(src: &str, options: &ValidateOptions, max_bytes: usize) -> Validation {
    if src.len() <= max_bytes {
        validate(src, options)
    } else {
        lint::validate_bounded(src, options, max_bytes)
    }
}

/// Applies every certain fix, the build-needs ones included, until nothing changes; returns the fixed text and
/// the findings that remain.
pub fn fix(src: &str, options: &ValidateOptions) -> (String, Vec<Diagnostic>) {
    let (text, remaining, _) = fix_counted(src, options);
    (text, remaining)
}

/// As [`fix`], and also how many fixes were applied.
pub fn fix_counted(src: &str, options: &ValidateOptions) -> (String, Vec<Diagnostic>, usize) {
    lint::fix_with(src, options, validate)
}
