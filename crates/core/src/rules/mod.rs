//! The rule registry: every finding code with its documentation (what it checks, why it matters, a failing and a
//! fixed example, and the AWS page), gathered from the files that check them (each keeps a `RULES` list beside its
//! checks). `vpce-policy rules` / `explain`, the JS API and the playground render these docs.

mod catalog;

pub use crate::code::Code;
use crate::i18n::{self, Locale};
pub use crate::rule_doc::{RuleDescription, RuleDoc};
use std::sync::OnceLock;

/// Every rule, sorted by code: the entries of the files that check them.
pub fn all() -> &'static [RuleDoc] {
    static ALL: OnceLock<Vec<RuleDoc>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all: Vec<RuleDoc> = [
            crate::lint::RULES,
            crate::json::RULES,
            crate::model::RULES,
            crate::check::RULES,
            &[catalog::RULES],
        ]
        .concat()
        .concat();
        crate::order::sort_by_key(&mut all, |r| r.code);
        all
    })
}

/// The rule with this code as a user typed it (case-insensitive).
pub fn get(code: &str) -> Option<&'static RuleDoc> {
    Code::parse(code).and_then(doc)
}

/// The rule of a code (a test checks that every code has one).
pub fn doc(code: Code) -> Option<&'static RuleDoc> {
    let all = all();
    all.binary_search_by(|r| r.code.cmp(&code))
        .ok()
        .and_then(|i| all.get(i))
}

/// The code closest to `code`, for "did you mean".
pub fn closest(code: &str) -> Option<Code> {
    let upper = code.to_ascii_uppercase();
    Code::ALL
        .iter()
        .map(|c| (crate::data::actions::edit_distance(c.as_str(), &upper), *c))
        .filter(|(d, c)| *d <= 3.max(c.as_str().len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// The rule as Markdown-like text for a terminal, in a language: title, severity, what, why, the examples and the
/// URL.
pub fn render(rule: &RuleDoc, locale: Locale) -> String {
    let t = |id| i18n::text(locale, id, &[]);
    format!(
        "{code} ({severity}): {title}\n\n{what}\n  {checks}\n\n{why_heading}\n  {why}\n\n{fails}\n{bad}\n\n{passes}\n{good}\n\n{see}\n",
        code = rule.code,
        severity = rule.severity().label(locale),
        title = rule.title(locale),
        what = t("explain-checks"),
        checks = rule.checks(locale),
        why_heading = t("explain-why"),
        why = rule.why(locale),
        fails = t("explain-fails"),
        bad = indent(rule.bad),
        passes = t("explain-passes"),
        good = indent(rule.good),
        see = i18n::text(locale, "explain-see", &[("url", rule.url.to_string())]),
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
    use crate::diagnostic::Severity;
    use crate::{validate, ValidateOptions};

    fn options(rule: &RuleDoc) -> ValidateOptions {
        ValidateOptions {
            kind: rule.kind,
            region: (!rule.region.is_empty()).then(|| rule.region.to_string()),
            ..ValidateOptions::default()
        }
    }

    /// The size rules' examples are shortened: a real failing policy is 6,000 to 20,000 characters.
    const SHORTENED: [Code; 3] = [
        Code::PolicySizeExceedsEndpointQuota,
        Code::PolicySizeExceedsIdentityPolicyQuota,
        Code::PolicySizeExceedsResourcePolicyQuota,
    ];

    /// Every text of every finding the examples produce has a message id, so every language can show it.
    #[test]
    fn every_finding_of_the_examples_speaks_through_a_message_id() {
        let untranslated = |m: &crate::i18n::Message| m.id.is_empty() && !m.args.is_empty();
        for r in all().iter().filter(|r| r.bad.trim_start().starts_with('{')) {
            for d in validate(r.bad, &options(r)).diagnostics {
                assert!(!untranslated(&d.words.0), "{}: message {:?}", r.code, d.message);
                assert!(!untranslated(&d.words.1), "{}: help {:?}", r.code, d.help);
                if let Some(f) = &d.fix {
                    assert!(!untranslated(&f.title_message), "{}: fix {:?}", r.code, f.title);
                }
                for rel in &d.related {
                    assert!(!untranslated(&rel.words), "{}: note {:?}", r.code, rel.message);
                }
            }
        }
    }

    #[test]
    fn registry_is_sorted_unique_and_documented() {
        let rules = all();
        assert!(
            rules.windows(2).all(|w| w[0].code < w[1].code),
            "sorted and unique"
        );
        for r in rules {
            assert!(
                ["title", "checks", "why"]
                    .iter()
                    .all(|a| i18n::has(Locale::En, &format!("{}.{a}", r.code)))
                    && r.checks(Locale::En).len() > 20
                    && r.why(Locale::En).len() > 20,
                "{}",
                r.code
            );
            assert!(
                r.url.starts_with("https://docs.aws.amazon.com/"),
                "{}: {}",
                r.code,
                r.url
            );
            assert_eq!(get(&r.code.as_str().to_ascii_lowercase()), Some(r));
        }
        assert_eq!(closest("UNKNOWN_ACTON"), Some(Code::UnknownAction));
        assert!(get("NO_SUCH_RULE").is_none());
    }

    /// Rules about templates: their examples are template snippets, checked by `tests/templates.rs`.
    const TEMPLATE_ONLY: [Code; 1] = [Code::EndpointWithoutPolicy];

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
    fn every_code_has_its_rule_and_every_rule_its_code() {
        let documented: Vec<Code> = all().iter().map(|r| r.code).collect();
        assert_eq!(documented, Code::ALL, "one entry per code, none twice");
        assert!(Code::ALL
            .iter()
            .all(|c| doc(*c).is_some_and(|r| r.code == *c && r.severity() == c.severity())));
    }

    #[test]
    fn every_example_file_belongs_to_a_code() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules/examples");
        let mut files = 0;
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let code = name
                .strip_suffix(".bad.json")
                .or_else(|| name.strip_suffix(".good.json"))
                .and_then(Code::parse);
            assert!(
                code.is_some(),
                "{name}: not <code>.bad.json or <code>.good.json of a known code"
            );
            files += 1;
        }
        assert_eq!(files, 2 * Code::ALL.len());
    }

    #[test]
    fn no_code_is_spelled_out_in_the_sources() {
        // The text form lives in code.rs alone: a code spelled as a string literal anywhere else in the Rust
        // would bypass the enum (a typo there would compile and never match).
        fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                let name = entry.file_name();
                if path.is_dir() && name != "target" && name != "node_modules" && name != "dist" {
                    rust_files(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("core/src/code.rs") {
                    out.push(path);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut files = Vec::new();
        for dir in ["crates", "web/src", "tests", "fuzz/fuzz_targets"] {
            rust_files(&root.join(dir), &mut files);
        }
        assert!(files.len() > 100, "{}", files.len());
        let mut spelled = Vec::new();
        for file in &files {
            let text = std::fs::read_to_string(file).unwrap_or_default();
            for c in Code::ALL {
                if text.contains(&format!("\"{c}\"")) {
                    spelled.push(format!("{}: {c}", file.display()));
                }
            }
        }
        assert!(spelled.is_empty(), "use rules::Code instead: {spelled:#?}");
    }
}
