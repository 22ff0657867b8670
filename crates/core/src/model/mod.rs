//! The policy model: every element keeps what the user wrote and where.

mod lower;

pub use lower::lower;

use crate::span::{Span, Spanned};

/// A policy document.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    /// The whole document.
    pub span: Span,
    /// `Version`, if present.
    pub version: Option<Spanned<String>>,
    /// `Id`, if present.
    pub id: Option<Spanned<String>>,
    /// The `Statement` key, if present.
    pub statement_key: Option<Span>,
    /// The statements, in order.
    pub statements: Vec<Statement>,
}

impl Policy {
    /// True when any statement names an S3 action: the policy is about S3.
    pub fn names_s3(&self) -> bool {
        self.statements
            .iter()
            .filter_map(|s| s.action.as_ref())
            .flat_map(|a| a.values.iter())
            .any(|v| v.value.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("s3:")))
    }

    /// True when `Version` is `2012-10-17`, the only version with policy variables.
    pub fn supports_variables(&self) -> bool {
        self.version.as_ref().is_some_and(|v| v.value == "2012-10-17")
    }
}

/// A statement's effect. AWS takes exactly `Allow` or `Deny` (case-sensitive); any other text is an
/// INVALID_EFFECT finding and the statement never applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Effect {
    /// `Allow`.
    Allow,
    /// `Deny`.
    Deny,
}

impl Effect {
    /// The effect AWS reads from this text, if any.
    pub fn parse(text: &str) -> Option<Effect> {
        match text {
            "Allow" => Some(Effect::Allow),
            "Deny" => Some(Effect::Deny),
            _ => None,
        }
    }

    /// As written in a policy.
    pub fn as_str(self) -> &'static str {
        match self {
            Effect::Allow => "Allow",
            Effect::Deny => "Deny",
        }
    }
}

/// One statement.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Statement {
    /// JSON path: `Statement[1]`, or `Statement` when it is a single object.
    pub path: String,
    /// The statement object.
    pub span: Span,
    /// `Sid`.
    pub sid: Option<Spanned<String>>,
    /// `Effect` as written.
    pub effect: Option<Spanned<String>>,
    /// `Action` or `NotAction`.
    pub action: Option<Element>,
    /// `Resource` or `NotResource`.
    pub resource: Option<Element>,
    /// `Principal` or `NotPrincipal`.
    pub principal: Option<PrincipalElement>,
    /// `Condition`.
    pub condition: Option<Condition>,
}

impl Statement {
    /// Its effect, when the text is one AWS takes.
    pub fn effect_kind(&self) -> Option<Effect> {
        self.effect.as_ref().and_then(|e| Effect::parse(&e.value))
    }

    /// True for a statement of a role trust policy: every action it names is an STS action (`sts:AssumeRole*`,
    /// `sts:TagSession`, …). Trust policies have no Resource element (IAM refuses one: "Has prohibited field
    /// Resource"); the statement is about the role the policy is attached to.
    pub fn is_trust_statement(&self) -> bool {
        self.action.as_ref().is_some_and(|a| {
            !a.negated
                && !a.values.is_empty()
                && a.values
                    .iter()
                    .all(|v| v.value.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("sts:")))
        })
    }
}

/// A list-of-strings element (`Action`, `NotAction`, `Resource`, `NotResource`).
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    /// `NotAction` / `NotResource`.
    pub negated: bool,
    /// The key as written.
    pub key_span: Span,
    /// The value (string or array).
    pub span: Span,
    /// JSON path of the element.
    pub path: String,
    /// Whether the value was an array.
    pub is_array: bool,
    /// The string values (non-strings are reported and left out).
    pub values: Vec<Spanned<String>>,
}

impl Element {
    /// JSON path of value `i`.
    pub fn value_path(&self, i: usize) -> String {
        item_path(&self.path, self.is_array, i)
    }
}

/// `Principal` or `NotPrincipal`.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)] // the members' names say what they are
pub struct PrincipalElement {
    /// `NotPrincipal`.
    pub negated: bool,
    pub key_span: Span,
    /// The value.
    pub span: Span,
    /// JSON path.
    pub path: String,
    /// The value's shape.
    pub kind: PrincipalKind,
}

/// The two shapes of a principal.
#[derive(Debug, Clone, PartialEq)]
pub enum PrincipalKind {
    /// A bare string; only `"*"` is valid.
    Bare(Spanned<String>),
    /// `{"AWS": …, "Service": …}`.
    Map(Vec<PrincipalEntry>),
}

/// One `"AWS": [...]`-style entry of a principal map.
#[derive(Debug, Clone, PartialEq)]
pub struct PrincipalEntry {
    /// `AWS`, `Service`, `Federated`, `CanonicalUser` (as written).
    pub key: Spanned<String>,
    /// JSON path of the entry.
    pub path: String,
    /// Whether the value was an array.
    pub is_array: bool,
    /// The value's span.
    pub span: Span,
    /// The principals.
    pub values: Vec<Spanned<String>>,
}

impl PrincipalEntry {
    /// JSON path of value `i`.
    pub fn value_path(&self, i: usize) -> String {
        item_path(&self.path, self.is_array, i)
    }
}

/// The `Condition` block.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)] // the members' names say what they are
pub struct Condition {
    pub key_span: Span,
    /// The object.
    pub span: Span,
    /// JSON path.
    pub path: String,
    /// Operators in source order.
    pub operators: Vec<ConditionOperator>,
}

/// `"StringEquals": { … }`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionOperator {
    /// The operator as written, e.g. `ForAnyValue:StringLikeIfExists`.
    pub name: Spanned<String>,
    /// JSON path.
    pub path: String,
    /// The object of keys.
    pub span: Span,
    /// Keys in source order.
    pub keys: Vec<ConditionKey>,
}

/// `"aws:PrincipalOrgID": "o-…"` or a list of values.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionKey {
    /// The key as written.
    pub name: Spanned<String>,
    /// JSON path.
    pub path: String,
    /// The value's span.
    pub span: Span,
    /// Whether the value was an array.
    pub is_array: bool,
    /// Values as text (`true`, `12`, strings decoded).
    pub values: Vec<Spanned<String>>,
}

impl ConditionKey {
    /// JSON path of value `i`.
    pub fn value_path(&self, i: usize) -> String {
        item_path(&self.path, self.is_array, i)
    }
}

fn item_path(path: &str, is_array: bool, i: usize) -> String {
    if is_array {
        // Built by hand: paths are made for every value, and `format!` costs several times as much.
        let mut out = String::with_capacity(path.len() + 8);
        out.push_str(path);
        out.push('[');
        push_decimal(&mut out, i);
        out.push(']');
        out
    } else {
        path.to_string()
    }
}

/// Appends `n` in decimal.
fn push_decimal(out: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            *d = b'0' + (rest % 10) as u8;
        }
        rest /= 10;
        if rest == 0 || at == 0 {
            break;
        }
    }
    out.extend(
        digits
            .get(at..)
            .unwrap_or_default()
            .iter()
            .map(|&d| char::from(d)),
    );
}

/// Joins a JSON path and a key, quoting keys that are not plain identifiers.
pub fn child_path(parent: &str, key: &str) -> String {
    let plain = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        if parent.is_empty() {
            return key.to_string();
        }
        let mut out = String::with_capacity(parent.len() + 1 + key.len());
        out.push_str(parent);
        out.push('.');
        out.push_str(key);
        return out;
    }
    // `parent["key"]`, built by hand like the other paths: condition keys (`aws:SourceVpce`) take this way in every
    // statement, and `format!` with a JSON encoder was 4% of validating and compiling a policy.
    let mut out = String::with_capacity(parent.len() + key.len() + 4);
    out.push_str(parent);
    out.push('[');
    if key.chars().any(|c| c == '"' || c == '\\' || c.is_control()) {
        out.push_str(&serde_json::to_string(key).unwrap_or_default());
    } else {
        out.push('"');
        out.push_str(key);
        out.push('"');
    }
    out.push(']');
    out
}

/// The rules of the policy model's lowering, beside its checks.
pub(crate) const RULES: &[&[crate::rule_doc::RuleDoc]] = &[lower::RULES];

#[cfg(test)]
mod tests {
    use super::{child_path, item_path};

    #[test]
    fn paths_read_as_format_would_write_them() {
        for i in [0, 7, 10, 99, 100_000, usize::MAX] {
            assert_eq!(
                item_path("Statement[3].Action", true, i),
                format!("Statement[3].Action[{i}]")
            );
        }
        assert_eq!(item_path("Statement[3].Action", false, 5), "Statement[3].Action");
        assert_eq!(child_path("", "Statement"), "Statement");
        assert_eq!(child_path("Statement[0]", "Action"), "Statement[0].Action");
        assert_eq!(
            child_path("Statement[0].Condition", "aws:Key"),
            "Statement[0].Condition[\"aws:Key\"]"
        );
        for key in [
            "aws:Key",
            "a\"b",
            "back\\slash",
            "tab\there",
            "\u{7f}del",
            "日本",
            "",
            "a b",
        ] {
            for parent in ["", "Statement[0].Condition"] {
                let quoted = serde_json::to_string(key).unwrap_or_default();
                assert_eq!(child_path(parent, key), format!("{parent}[{quoted}]"), "{key:?}");
            }
        }
    }
}
