//! How serious a finding is. Its own module: the codes declare theirs (`code`), and findings carry it
//! (`diagnostic`), which re-exports it.

use serde::Serialize;
use std::fmt;

/// How serious a finding is (Access Analyzer's finding types).
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The policy is rejected or does not do what it says.
    Error,
    /// The policy grants more than it likely should.
    SecurityWarning,
    /// Likely a mistake.
    Warning,
    /// A tidier way to write the same thing.
    Suggestion,
}

impl Severity {
    /// The name used in output (`error`, `security_warning`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::SecurityWarning => "security_warning",
            Severity::Warning => "warning",
            Severity::Suggestion => "suggestion",
        }
    }

    /// The name in a language's words (`error` in English, `エラー` in Japanese), for people; JSON keeps
    /// [`Severity::as_str`].
    pub fn label(self, locale: crate::i18n::Locale) -> String {
        crate::i18n::text(locale, &format!("severity-{}", self.as_str()), &[])
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
