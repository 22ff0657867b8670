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
    add_build_needs(src, &mut v, options, None);
    v
}

/// As [`validate_bounded`], with the policy compiled for the evaluator, once: the build-needs checks evaluate
/// that same compiled policy (the page validates and compiles on every keystroke).
pub fn validate_compiled(
    src: &str,
    options: &ValidateOptions,
    max_bytes: usize,
) -> (Validation, crate::eval::CompiledPolicy) {
    let mut v = if src.len() <= max_bytes {
        lint::validate(src, options)
    } else {
        lint::validate_bounded(src, options, max_bytes)
    };
    let compiled = crate::eval::CompiledPolicy::from_validation(src, &v, options.kind);
    if src.len() <= max_bytes {
        add_build_needs(src, &mut v, options, Some(&compiled));
    }
    (v, compiled)
}

/// Adds the build-needs findings. A policy with errors is judged by them first: its placeholders or broken
/// elements would make every build-needs finding a consequence of them.
fn add_build_needs(
    src: &str,
    v: &mut Validation,
    options: &ValidateOptions,
    compiled: Option<&crate::eval::CompiledPolicy>,
) {
    if crate::diagnostic::has_errors(&v.diagnostics) {
        return;
    }
    let found = build_needs::check(src, v, options, compiled);
    if !found.is_empty() {
        v.diagnostics.extend(found);
        lint::finish(&mut v.diagnostics);
    }
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

/// The build-needs rules, beside their checks.
pub(crate) const RULES: &[&[crate::rule_doc::RuleDoc]] = &[build_needs::RULES];
