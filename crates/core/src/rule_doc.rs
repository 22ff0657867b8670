//! The documentation of a finding code. Each rule's entry is a constant in the file that checks it (its check and
//! its words side by side); `rules` gathers them.

use crate::code::Code;
use crate::kind::PolicyKind;
use crate::severity::Severity;
use serde::Serialize;

/// The documentation of one finding code.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[allow(missing_docs)] // the members' names say what they are
pub struct RuleDoc {
    pub code: Code,
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
