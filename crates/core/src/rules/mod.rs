//! The rule registry: every finding code with its severity and documentation (what it checks, why it matters, a
//! failing and a fixed example, and the AWS page). The validator takes each finding's severity from here, and
//! `vpce-policy rules` / `explain` and the playground render these docs.

mod catalog;

use crate::diagnostic::Severity;
use crate::kind::PolicyKind;
use serde::Serialize;

/// The documentation of one finding code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleDoc {
    /// UPPER_SNAKE code.
    pub code: &'static str,
    /// Severity of every finding with this code.
    pub severity: Severity,
    /// Short title.
    pub title: &'static str,
    /// What the rule checks.
    pub checks: &'static str,
    /// Why it matters.
    pub why: &'static str,
    /// A policy that gets the finding.
    pub bad: &'static str,
    /// The same policy, fixed.
    pub good: &'static str,
    /// The policy kind the examples are validated as.
    pub kind: PolicyKind,
    /// The `--region` the examples are validated with (empty: none).
    pub region: &'static str,
    /// The AWS documentation page.
    pub url: &'static str,
}

/// Every rule, sorted by code.
pub fn all() -> &'static [RuleDoc] {
    catalog::RULES
}

/// The rule with this code (case-insensitive).
pub fn get(code: &str) -> Option<&'static RuleDoc> {
    catalog::RULES
        .binary_search_by(|r| r.code.cmp(code.to_ascii_uppercase().as_str()))
        .ok()
        .and_then(|i| catalog::RULES.get(i))
}

/// The code closest to `code`, for "did you mean".
pub fn closest(code: &str) -> Option<&'static str> {
    let upper = code.to_ascii_uppercase();
    catalog::RULES
        .iter()
        .map(|r| (crate::data::actions::edit_distance(r.code, &upper), r.code))
        .filter(|(d, c)| *d <= 3.max(c.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// The rule as Markdown-like text for a terminal: title, severity, what, why, the examples and the URL.
pub fn render(rule: &RuleDoc) -> String {
    format!(
        "{code} ({severity}): {title}\n\nWhat it checks\n  {checks}\n\nWhy it matters\n  {why}\n\nFails\n{bad}\n\nPasses\n{good}\n\nSee {url}\n",
        code = rule.code,
        severity = rule.severity,
        title = rule.title,
        checks = rule.checks,
        why = rule.why,
        bad = indent(rule.bad),
        good = indent(rule.good),
        url = rule.url,
    )
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{validate, ValidateOptions};

    fn options(rule: &RuleDoc) -> ValidateOptions {
        ValidateOptions {
            kind: rule.kind,
            region: (!rule.region.is_empty()).then(|| rule.region.to_string()),
            ..ValidateOptions::default()
        }
    }

    /// The size rules' examples are shortened: a real failing policy is 6,000 to 20,000 characters.
    const SHORTENED: [&str; 3] = [
        "POLICY_SIZE_EXCEEDS_ENDPOINT_QUOTA",
        "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA",
        "POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA",
    ];

    #[test]
    fn registry_is_sorted_unique_and_documented() {
        let rules = all();
        assert!(
            rules.windows(2).all(|w| w[0].code < w[1].code),
            "sorted and unique"
        );
        for r in rules {
            assert!(
                r.code.bytes().all(|b| b.is_ascii_uppercase() || b == b'_'),
                "{}",
                r.code
            );
            assert!(
                !r.title.is_empty() && r.checks.len() > 20 && r.why.len() > 20,
                "{}",
                r.code
            );
            assert!(
                r.url.starts_with("https://docs.aws.amazon.com/"),
                "{}: {}",
                r.code,
                r.url
            );
            assert_eq!(get(&r.code.to_ascii_lowercase()), Some(r));
        }
        assert_eq!(closest("UNKNOWN_ACTON"), Some("UNKNOWN_ACTION"));
        assert!(get("NO_SUCH_RULE").is_none());
    }

    /// Rules about templates: their examples are template snippets, checked by `tests/templates.rs`.
    const TEMPLATE_ONLY: [&str; 1] = ["ENDPOINT_WITHOUT_POLICY"];

    #[test]
    fn every_bad_example_fails_with_its_code_and_every_good_one_passes() {
        for r in all().iter().filter(|r| !TEMPLATE_ONLY.contains(&r.code)) {
            let bad = validate(r.bad, &options(r)).diagnostics;
            if !SHORTENED.contains(&r.code) {
                assert!(
                    bad.iter().any(|d| d.code == r.code),
                    "{}: bad example gives {:?}",
                    r.code,
                    bad
                );
            }
            let good = validate(r.good, &options(r)).diagnostics;
            assert!(
                good.iter().all(|d| d.code != r.code),
                "{}: good example gives {:?}",
                r.code,
                good
            );
            assert!(
                good.iter().all(|d| d.severity != Severity::Error),
                "{}: good example has errors {:?}",
                r.code,
                good
            );
        }
    }

    #[test]
    fn every_code_in_the_source_is_registered() {
        // Every UPPER_SNAKE string literal passed to a Diagnostic constructor in the engine's sources.
        let sources = [
            include_str!("../lint/action.rs"),
            include_str!("../lint/condition.rs"),
            include_str!("../lint/document.rs"),
            include_str!("../lint/domain.rs"),
            include_str!("../lint/principal.rs"),
            include_str!("../lint/resource.rs"),
            include_str!("../lint/resource_type.rs"),
            include_str!("../lint/statement.rs"),
            include_str!("../lint/variables.rs"),
            include_str!("../lint/mod.rs"),
            include_str!("../check/build_needs.rs"),
            include_str!("../json/parser.rs"),
            include_str!("../json/strings.rs"),
            include_str!("../json/unicode_space.rs"),
            include_str!("../json/mod.rs"),
            include_str!("../model/lower.rs"),
        ];
        let mut seen = 0;
        for src in sources {
            for piece in src.split('"').skip(1).step_by(2) {
                let looks_like_code = piece.len() > 5
                    && piece.contains('_')
                    && piece.bytes().all(|b| b.is_ascii_uppercase() || b == b'_');
                if looks_like_code {
                    seen += 1;
                    assert!(
                        get(piece).is_some(),
                        "{piece} is emitted but has no entry in rules/catalog.rs"
                    );
                }
            }
        }
        assert!(seen > 60, "{seen}");
    }
}
