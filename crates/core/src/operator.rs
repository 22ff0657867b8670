//! Condition operator names: `[ForAllValues:|ForAnyValue:]Base[IfExists]`.

/// A set qualifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Qualifier {
    /// `ForAllValues:`
    ForAllValues,
    /// `ForAnyValue:`
    ForAnyValue,
}

/// The comparison an operator makes, before negation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    /// StringEquals / StringNotEquals
    StringEquals,
    /// StringEqualsIgnoreCase / StringNotEqualsIgnoreCase
    StringEqualsIgnoreCase,
    /// StringLike / StringNotLike
    StringLike,
    /// Numeric comparison.
    Numeric(Cmp),
    /// Date comparison.
    Date(Cmp),
    /// Bool
    Bool,
    /// BinaryEquals
    BinaryEquals,
    /// IpAddress / NotIpAddress
    IpAddress,
    /// ArnEquals / ArnNotEquals
    ArnEquals,
    /// ArnLike / ArnNotLike
    ArnLike,
    /// Null
    Null,
}

/// An ordering comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    /// Equal.
    Eq,
    /// Less than.
    Lt,
    /// Less than or equal.
    Le,
    /// Greater than.
    Gt,
    /// Greater than or equal.
    Ge,
}

/// The value type an operator compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)] // the members' names say what they are
pub enum ValueKind {
    String,
    /// Numbers.
    Numeric,
    Date,
    /// `true`/`false`.
    Bool,
    /// Base64.
    Binary,
    /// IPs and CIDRs.
    Ip,
    /// ARNs.
    Arn,
    /// Null's `true`/`false`.
    Null,
}

/// A parsed operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operator {
    /// Set qualifier.
    pub qualifier: Option<Qualifier>,
    /// The comparison.
    pub base: Base,
    /// `Not` form.
    pub negated: bool,
    /// `…IfExists`.
    pub if_exists: bool,
}

const BASES: &[(&str, Base, bool)] = &[
    ("StringEquals", Base::StringEquals, false),
    ("StringNotEquals", Base::StringEquals, true),
    ("StringEqualsIgnoreCase", Base::StringEqualsIgnoreCase, false),
    ("StringNotEqualsIgnoreCase", Base::StringEqualsIgnoreCase, true),
    ("StringLike", Base::StringLike, false),
    ("StringNotLike", Base::StringLike, true),
    ("NumericEquals", Base::Numeric(Cmp::Eq), false),
    ("NumericNotEquals", Base::Numeric(Cmp::Eq), true),
    ("NumericLessThan", Base::Numeric(Cmp::Lt), false),
    ("NumericLessThanEquals", Base::Numeric(Cmp::Le), false),
    ("NumericGreaterThan", Base::Numeric(Cmp::Gt), false),
    ("NumericGreaterThanEquals", Base::Numeric(Cmp::Ge), false),
    ("DateEquals", Base::Date(Cmp::Eq), false),
    ("DateNotEquals", Base::Date(Cmp::Eq), true),
    ("DateLessThan", Base::Date(Cmp::Lt), false),
    ("DateLessThanEquals", Base::Date(Cmp::Le), false),
    ("DateGreaterThan", Base::Date(Cmp::Gt), false),
    ("DateGreaterThanEquals", Base::Date(Cmp::Ge), false),
    ("Bool", Base::Bool, false),
    ("BinaryEquals", Base::BinaryEquals, false),
    ("IpAddress", Base::IpAddress, false),
    ("NotIpAddress", Base::IpAddress, true),
    ("ArnEquals", Base::ArnEquals, false),
    ("ArnNotEquals", Base::ArnEquals, true),
    ("ArnLike", Base::ArnLike, false),
    ("ArnNotLike", Base::ArnLike, true),
    ("Null", Base::Null, false),
];

impl Operator {
    /// Parses an operator name exactly as AWS spells it; `None` for unknown names.
    pub fn parse(name: &str) -> Option<Operator> {
        let (qualifier, rest) = if let Some(r) = name.strip_prefix("ForAllValues:") {
            (Some(Qualifier::ForAllValues), r)
        } else if let Some(r) = name.strip_prefix("ForAnyValue:") {
            (Some(Qualifier::ForAnyValue), r)
        } else {
            (None, name)
        };
        let (if_exists, base_name) = match rest.strip_suffix("IfExists") {
            Some(b) => (true, b),
            None => (false, rest),
        };
        let (_, base, negated) = BASES.iter().find(|(n, _, _)| *n == base_name)?;
        Some(Operator {
            qualifier,
            base: *base,
            negated: *negated,
            if_exists,
        })
    }

    /// The correctly spelled operator for a name that differs only in case or spacing.
    pub fn suggest(name: &str) -> Option<String> {
        let squashed: String = name
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        let mut prefix = "";
        let mut rest = squashed.as_str();
        for q in ["ForAllValues:", "ForAnyValue:"] {
            if let Some(r) = rest.strip_prefix(&q.to_ascii_lowercase()) {
                prefix = q;
                rest = r;
            }
        }
        let (suffix, base) = match rest.strip_suffix("ifexists") {
            Some(b) => ("IfExists", b),
            None => ("", rest),
        };
        let (canon, _, _) = BASES.iter().find(|(n, _, _)| n.to_ascii_lowercase() == base)?;
        let fixed = format!("{prefix}{canon}{suffix}");
        (fixed != name).then_some(fixed)
    }

    /// The value type compared.
    pub fn value_kind(&self) -> ValueKind {
        match self.base {
            Base::StringEquals | Base::StringEqualsIgnoreCase | Base::StringLike => ValueKind::String,
            Base::Numeric(_) => ValueKind::Numeric,
            Base::Date(_) => ValueKind::Date,
            Base::Bool => ValueKind::Bool,
            Base::BinaryEquals => ValueKind::Binary,
            Base::IpAddress => ValueKind::Ip,
            Base::ArnEquals | Base::ArnLike => ValueKind::Arn,
            Base::Null => ValueKind::Null,
        }
    }

    /// True for operators whose values may hold `*` and `?` wildcards.
    pub fn is_like(&self) -> bool {
        matches!(self.base, Base::StringLike | Base::ArnLike | Base::ArnEquals)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_qualifiers_negation_and_if_exists() {
        let op = Operator::parse("ForAnyValue:StringNotEqualsIfExists").unwrap();
        assert_eq!(op.qualifier, Some(Qualifier::ForAnyValue));
        assert_eq!(op.base, Base::StringEquals);
        assert!(op.negated && op.if_exists);
        assert!(Operator::parse("stringequals").is_none());
        assert!(Operator::parse("StringEqual").is_none());
        assert_eq!(Operator::suggest("stringequals").as_deref(), Some("StringEquals"));
        assert_eq!(
            Operator::suggest("forallvalues:StringLikeifexists").as_deref(),
            Some("ForAllValues:StringLikeIfExists")
        );
        assert_eq!(Operator::suggest("StringEquals"), None);
    }
}
