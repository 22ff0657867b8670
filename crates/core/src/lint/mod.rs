//! The validator: parse, lower, then run the lint rules, grouped by policy element.

mod action;
mod condition;
mod condition_value;
mod document;
mod domain;
mod principal;
mod resource;
mod resource_type;
mod statement;
mod variables;

pub use domain::{is_aws_owned_bucket, PLACEHOLDERS};

/// ID format checks shared with the generator.
pub mod condition_format {
    pub use super::condition_value::{is_account, is_bucket_name, is_org_id, is_ou_id};
}

use crate::diagnostic::Diagnostic;
use crate::i18n::Message;
use crate::json;
use crate::model::{self, Policy};
use serde::{Deserialize, Serialize};

pub use crate::kind::PolicyKind;

/// Validator options.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidateOptions {
    /// Policy kind.
    pub kind: PolicyKind,
    /// The region the policy is for: enables region checks and placeholder fixes.
    pub region: Option<String>,
    /// The Image Builder environment (prod, preprod, beta): enables placeholder fixes.
    pub environment: Option<String>,
    /// The policy is an AWS managed policy: the customer-managed identity quota (6,144 characters) does not apply.
    #[serde(default)]
    pub aws_managed: bool,
    /// The kit features the builds use, for the build-needs checks of an S3 endpoint policy (`None`: the kit's
    /// defaults, what most builds use).
    #[serde(default)]
    pub features: Option<Vec<crate::data::endpoints::Feature>>,
    /// Skip the build-needs checks (for a policy that is not about a private build).
    #[serde(default)]
    pub skip_build_needs: bool,
}

/// The result of validation.
#[derive(Debug, Clone)]
pub struct Validation {
    /// The model, when the document could be read.
    pub policy: Option<Policy>,
    /// Every finding, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
}

/// Validates a text as you type: in full up to `max_bytes`; past it (far over every quota) only its size is
/// checked, in linear time, so that a huge paste never stalls the caller.
pub fn validate_bounded(src: &str, options: &ValidateOptions, max_bytes: usize) -> Validation {
    if src.len() <= max_bytes {
        return validate(src, options);
    }
    let start = src.len() - src.trim_start().len();
    let first = src
        .get(start..)
        .and_then(|s| s.chars().next())
        .map_or(0, char::len_utf8);
    Validation {
        policy: None,
        diagnostics: document::size_finding(src, options, crate::span::Span::new(start, start + first))
            .into_iter()
            .collect(),
    }
}

/// Validates a policy document.
pub fn validate(src: &str, options: &ValidateOptions) -> Validation {
    let parsed = json::parse(src);
    let mut diagnostics = parsed.diagnostics;
    let policy = parsed
        .root
        .as_ref()
        .and_then(|root| model::lower(root, &mut diagnostics));
    if let Some(policy) = &policy {
        let cx = Cx {
            src,
            policy,
            options,
            names_s3: policy.names_s3(),
        };
        document::check(&cx, &mut diagnostics);
        for st in &policy.statements {
            statement::check(&cx, st, &mut diagnostics);
            action::check(&cx, st, &mut diagnostics);
            resource::check(&cx, st, &mut diagnostics);
            resource_type::check(&cx, st, &mut diagnostics);
            principal::check(&cx, st, &mut diagnostics);
            condition::check(&cx, st, &mut diagnostics);
            variables::check(&cx, st, &mut diagnostics);
            domain::check(&cx, st, &mut diagnostics);
        }
    }
    finish(&mut diagnostics);
    Validation { policy, diagnostics }
}

/// Sorts the findings by position and drops exact repeats.
pub(crate) fn finish(diagnostics: &mut Vec<Diagnostic>) {
    crate::order::sort_by_key(diagnostics, |d| (d.span.start, d.severity, d.code));
    diagnostics.dedup_by(|a, b| a.code == b.code && a.span == b.span && a.message == b.message);
}

/// Validates and applies every certain fix, repeating until nothing changes (at most 8 rounds).
/// Returns the fixed text and the findings that remain.
pub fn fix(src: &str, options: &ValidateOptions) -> (String, Vec<Diagnostic>) {
    let (text, remaining, _) = fix_counted(src, options);
    (text, remaining)
}

/// As [`fix`], and also how many fixes were applied over all rounds.
pub fn fix_counted(src: &str, options: &ValidateOptions) -> (String, Vec<Diagnostic>, usize) {
    fix_with(src, options, validate)
}

/// The fix loop over any validator (the lint rules alone, or `check`'s, which adds the build's needs).
pub(crate) fn fix_with(
    src: &str,
    options: &ValidateOptions,
    validate: impl Fn(&str, &ValidateOptions) -> Validation,
) -> (String, Vec<Diagnostic>, usize) {
    let mut text = src.to_string();
    let mut total = 0;
    for _ in 0..8 {
        let v = validate(&text, options);
        let (next, applied) = crate::diagnostic::apply_fixes(&text, &v.diagnostics);
        if applied == 0 || next == text {
            return (text, v.diagnostics, total);
        }
        total += applied;
        text = next;
    }
    let remaining = validate(&text, options).diagnostics;
    (text, remaining, total)
}

/// What every rule sees.
pub(crate) struct Cx<'a> {
    pub src: &'a str,
    pub policy: &'a Policy,
    pub options: &'a ValidateOptions,
    /// Whether any statement names an S3 action (the policy is about S3).
    pub names_s3: bool,
}

/// Kept ARN matches past this many are dropped together: a stream of distinct ARNs never grows the memory.
const FITTING_KEPT: usize = 4096;

thread_local! {
    /// Per ARN text, the ARN formats of its service that it fits (see [`Cx::fitting`]), kept from one validation to
    /// the next: the playground validates the whole policy on every keystroke, and matching each unchanged ARN
    /// against its service's formats again was a third of that work. The IAM data never changes once loaded.
    static FITTING: std::cell::RefCell<std::collections::HashMap<String, std::rc::Rc<[&'static str]>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

impl Cx<'_> {
    /// The resource-type ARN formats of the ARN's own service that the ARN can name, computed once per ARN text
    /// and shared by the ARN rules and RESOURCE_TYPE_MISMATCH.
    pub fn fitting(&self, text: &str, arn: &crate::arn::Arn<'_>) -> std::rc::Rc<[&'static str]> {
        if let Some(found) = FITTING.with_borrow(|kept| kept.get(text).cloned()) {
            return found;
        }
        let formats: std::rc::Rc<[&'static str]> = crate::data::iam::iam()
            .formats_for_arn_service(arn.service)
            .filter(|f| {
                f.fields
                    .as_ref()
                    .is_some_and(|fields| crate::arn_format::names_split(arn, fields))
            })
            .map(|f| f.arn)
            .collect();
        // Before the data is in, nothing fits; that answer is not kept.
        if crate::data::iam::loaded() {
            FITTING.with_borrow_mut(|kept| {
                if kept.len() >= FITTING_KEPT {
                    kept.clear();
                }
                kept.insert(text.to_string(), formats.clone());
            });
        }
        formats
    }
}

/// A JSON string literal for a replacement.
pub(crate) fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// The span of `len` bytes at `offset` inside a string value, or the whole string when it has escapes.
pub(crate) fn inner_span(
    src: &str,
    value: &crate::span::Spanned<String>,
    offset: usize,
    len: usize,
) -> crate::span::Span {
    if value.span.text(src) == json_string(&value.value) {
        let start = value.span.start + 1 + offset;
        crate::span::Span::new(start, start + len)
    } else {
        value.span
    }
}

/// Reports values of an element already covered by another of its values: a wildcard that matches them, or an
/// earlier duplicate. Actions compare case-insensitively (`fold_case`), resources case-sensitively.
pub(crate) fn check_redundant(
    el: &crate::model::Element,
    fold_case: bool,
    code: crate::code::Code,
    noun: &'static str,
    out: &mut Vec<Diagnostic>,
) {
    let same = |a: &str, b: &str| {
        if fold_case {
            a.eq_ignore_ascii_case(b)
        } else {
            a == b
        }
    };
    // Linear in the values (times the few wildcards): a pasted array of 100,000 actions must not hang the page.
    let fold = |s: &str| {
        if fold_case {
            s.to_ascii_lowercase()
        } else {
            s.to_string()
        }
    };
    // Most elements hold a few values, compared in place; a long one is indexed once.
    let few = el.values.len() <= 16;
    let mut first: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    if !few {
        for (i, v) in el.values.iter().enumerate() {
            first.entry(fold(&v.value)).or_insert(i);
        }
    }
    // A stated limit: each value is compared with the element's first 256 wildcard values (an element with more
    // than that is reported as written, never scanned quadratically).
    let wildcards: Vec<usize> = (0..el.values.len())
        .filter(|&j| el.values.get(j).is_some_and(|w| w.value.contains(['*', '?'])))
        .take(256)
        .collect();
    for (i, v) in el.values.iter().enumerate() {
        // The first value that covers this one: an earlier duplicate, or a wildcard that matches it.
        let duplicate = if few {
            el.values.iter().take(i).position(|w| same(&w.value, &v.value))
        } else {
            first.get(&fold(&v.value)).copied().filter(|&j| j < i)
        };
        let wildcard = wildcards.iter().copied().find(|&j| {
            el.values.get(j).is_some_and(|w| {
                j != i
                    && crate::glob::wildcard_match(&w.value, &v.value, fold_case)
                    && (!same(&w.value, &v.value) || j < i)
            })
        });
        let covered_by = match (duplicate, wildcard) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
        .and_then(|j| el.values.get(j));
        if let Some(w) = covered_by {
            out.push(
                Diagnostic::new(
                    code,
                    v.span,
                    el.value_path(i),
                    Message::new("v-already-covered-w")
                        .arg("v", &v.value)
                        .arg("w", &w.value),
                    Message::new("remove-redundant-noun").words("noun", Message::new(noun)),
                )
                .related(w.span, Message::new("covers")),
            );
        }
    }
}

/// The rules of the validator's files, each beside its checks.
pub(crate) const RULES: &[&[crate::rule_doc::RuleDoc]] = &[
    action::RULES,
    condition::RULES,
    condition_value::RULES,
    document::RULES,
    domain::RULES,
    principal::RULES,
    resource::RULES,
    resource_type::RULES,
    statement::RULES,
    variables::RULES,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::Code;

    #[test]
    fn arn_matches_kept_between_validations_give_the_findings_of_fresh_ones() {
        let policy = r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*",
            "Action": "s3:GetObject", "Resource": ["arn:aws:s3:::my-bucket"]}]}"#;
        let options = ValidateOptions::default();
        let first = validate(policy, &options).diagnostics;
        assert!(
            first.iter().any(|d| d.code == Code::ResourceTypeMismatch),
            "{first:?}"
        );
        assert_eq!(
            validate(policy, &options).diagnostics,
            first,
            "answered from what was kept"
        );
        // More distinct ARNs than are kept: the kept matches are dropped and made again.
        let many: Vec<String> = (0..=FITTING_KEPT)
            .map(|i| format!("\"arn:aws:s3:::bucket-{i}/*\""))
            .collect();
        let big = format!(
            r#"{{"Version": "2012-10-17", "Statement": [{{"Effect": "Allow", "Principal": "*",
            "Action": "s3:GetObject", "Resource": [{}]}}]}}"#,
            many.join(", ")
        );
        assert!(!validate(&big, &options)
            .diagnostics
            .iter()
            .any(|d| d.code == Code::ResourceTypeMismatch));
        assert!(FITTING.with_borrow(|kept| kept.len() <= FITTING_KEPT));
        assert_eq!(validate(policy, &options).diagnostics, first);
    }

    #[test]
    fn bounded_validation_only_measures_a_text_past_the_bound() {
        let big = format!(
            "  {{\"Version\": \"2012-10-17\", \"Statement\": [{}]}}",
            "{\"x\": 1},".repeat(40_000)
        );
        let v = validate_bounded(&big, &ValidateOptions::default(), 64 * 1024);
        let codes: Vec<_> = v.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::PolicySizeExceedsEndpointQuota]);
        assert_eq!((v.diagnostics[0].span.start, v.diagnostics[0].span.end), (2, 3));
        let small = "{\"Version\": \"2012-10-17\"}";
        let full = validate(small, &ValidateOptions::default()).diagnostics;
        assert_eq!(
            validate_bounded(small, &ValidateOptions::default(), 64).diagnostics,
            full
        );
    }
}
