//! The explanation trace: per layer, per policy, per statement, per element. Data, not text.

use super::context::ContextValue;
use super::variables::Resolution;
use super::Layer;
use serde::Serialize;

/// One policy's evaluation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // the members' names say what they are
pub struct PolicyTrace {
    pub layer: Layer,
    /// Index within the layer (several identity policies or SCPs).
    pub index: usize,
    /// The organization level of an SCP or RCP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// `allow`, `deny` or `noMatch`.
    pub outcome: Outcome,
    /// Every statement.
    pub statements: Vec<StatementTrace>,
}

/// What one policy says about a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    /// A Deny statement applies.
    Deny,
    /// An Allow statement applies and no Deny does.
    Allow,
    /// No statement applies.
    NoMatch,
}

impl Outcome {
    /// The outcome in words, for people.
    pub fn words(self) -> &'static str {
        match self {
            Outcome::Deny => "denies",
            Outcome::Allow => "allows",
            Outcome::NoMatch => "no statement applies",
        }
    }
}

impl ContextValue {
    /// The value as people write it: `a` or `[a, b]`.
    pub fn display(&self) -> String {
        match self {
            ContextValue::List(items) => format!(
                "[{}]",
                items.iter().map(|i| i.as_text()).collect::<Vec<_>>().join(", ")
            ),
            other => other.single_text().unwrap_or_default(),
        }
    }
}

/// One statement's evaluation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StatementTrace {
    /// Index in the policy.
    pub index: usize,
    /// Sid, if any.
    pub sid: Option<String>,
    /// Its effect; `None` when the text is not one AWS takes (the statement never applies).
    pub effect: Option<crate::model::Effect>,
    /// True when every element matched.
    pub applies: bool,
    /// Action / NotAction.
    pub action: ElementTrace,
    /// Resource / NotResource.
    pub resource: ElementTrace,
    /// Principal / NotPrincipal.
    pub principal: ElementTrace,
    /// Each condition key; all must match.
    pub conditions: Vec<ConditionTrace>,
}

impl StatementTrace {
    /// Its effect in words, for a trace a person reads.
    pub fn effect_words(&self) -> &'static str {
        self.effect
            .map_or("neither Allow nor Deny", crate::model::Effect::as_str)
    }
}

/// Whether one element matched, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ElementTrace {
    /// The element name as written (`Action`, `NotResource`, …).
    pub element: String,
    /// Did it match the request?
    pub matched: bool,
    /// The value that matched (for Not* elements: the value that excluded the request).
    pub matched_value: Option<String>,
    /// Variables resolved while matching.
    pub resolved: Vec<Resolution>,
    /// A one-line explanation, rendered in a face's language when shown (JSON: English).
    #[serde(serialize_with = "crate::i18n::json_text")]
    pub reason: crate::i18n::Message,
}

/// One condition key's evaluation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConditionTrace {
    /// Operator as written.
    pub operator: String,
    /// Key as written.
    pub key: String,
    /// Policy values as written.
    pub values: Vec<String>,
    /// The request's value for the key.
    pub context: Option<ContextValue>,
    /// Variables resolved in the values.
    pub resolved: Vec<Resolution>,
    /// Did it match?
    pub matched: bool,
    /// Why.
    #[serde(serialize_with = "crate::i18n::json_text")]
    pub reason: crate::i18n::Message,
}
