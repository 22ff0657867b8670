//! The documentation of a finding code. Each rule's entry is a constant in the file that checks it (its check and
//! its examples side by side; its words are in the language packs); `rules` gathers them.

use crate::code::Code;
use crate::i18n::{self, Locale};
use crate::kind::PolicyKind;
use crate::severity::Severity;
use serde::Serialize;

/// The documentation of one finding code: its examples and its page, beside the check. Its words (title, what it
/// checks, why it matters) are in the language packs under the code's id (`locales/en.ftl`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)] // the members' names say what they are
pub struct RuleDoc {
    pub code: Code,
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

impl RuleDoc {
    /// Severity of every finding with this code (the code's).
    pub const fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// One of the rule's words in a language: `title`, `checks` or `why`.
    fn word(&self, locale: Locale, attribute: &str) -> String {
        i18n::text(locale, &format!("{}.{attribute}", self.code), &[])
    }

    /// Short title.
    pub fn title(&self, locale: Locale) -> String {
        self.word(locale, "title")
    }

    /// What the rule checks.
    pub fn checks(&self, locale: Locale) -> String {
        self.word(locale, "checks")
    }

    /// Why it matters.
    pub fn why(&self, locale: Locale) -> String {
        self.word(locale, "why")
    }

    /// The whole documentation in a language, as the faces serialize it.
    pub fn describe(&self, locale: Locale) -> RuleDescription {
        RuleDescription {
            code: self.code,
            severity: self.severity(),
            title: self.title(locale),
            checks: self.checks(locale),
            why: self.why(locale),
            bad: self.bad,
            good: self.good,
            kind: self.kind,
            region: self.region,
            url: self.url,
        }
    }
}

/// A rule's documentation in one language (the JSON of `rules --format json`, `explain` and the JS API).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "RuleDoc"))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleDescription {
    /// The finding code.
    pub code: Code,
    /// Severity of every finding with this code.
    pub severity: Severity,
    /// Short title.
    pub title: String,
    /// What the rule checks.
    pub checks: String,
    /// Why it matters.
    pub why: String,
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
