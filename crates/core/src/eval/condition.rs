//! Condition evaluation: every operator, IfExists, set qualifiers, negation on missing keys, variables.

use super::context::{ContextValue, Scalar};
use super::request::PreparedRequest;
use super::trace::ConditionTrace;
use super::variables::{Resolution, Template};
use crate::arn::Arn;
use crate::glob::wildcard_match;
use crate::i18n::Message;
use crate::operator::{Base, Cmp, Operator, Qualifier};
use crate::values;

/// One compiled `operator → key → values` entry.
#[derive(Debug, Clone)]
pub struct CompiledCondition {
    /// The operator as written.
    pub operator_text: String,
    /// The parsed operator; `None` (unknown operator) never matches.
    pub operator: Option<Operator>,
    /// The key as written.
    pub key: String,
    key_lower: String,
    /// The values as written.
    pub values: Vec<String>,
    templates: Vec<Template>,
    /// Each value parsed once for the operator's type.
    literals: Vec<Literal>,
}

/// A policy value parsed for its operator when the policy is compiled (`None`: it does not parse, and matches
/// nothing).
#[derive(Debug, Clone)]
enum Literal {
    /// String and ARN operators work on the (possibly templated) text.
    Text,
    Number(Option<f64>),
    Date(Option<f64>),
    Bool(Option<bool>),
    Binary(Option<Vec<u8>>),
    Cidr(Option<values::Cidr>),
}

impl Literal {
    fn parse(operator: Option<Operator>, raw: &str) -> Literal {
        match operator.map(|o| o.base) {
            Some(Base::Numeric(_)) => Literal::Number(values::parse_number(raw)),
            Some(Base::Date(_)) => Literal::Date(values::parse_date(raw)),
            Some(Base::Bool) => Literal::Bool(values::parse_bool(raw)),
            Some(Base::BinaryEquals) => Literal::Binary(values::decode_base64(raw)),
            Some(Base::IpAddress) => Literal::Cidr(values::Cidr::parse(raw)),
            _ => Literal::Text,
        }
    }
}

impl CompiledCondition {
    /// Compiles one key of one operator. Variables apply to String and Arn operators with Version 2012-10-17.
    pub fn new(operator_text: &str, key: &str, values: &[String], variables: bool) -> Self {
        let operator = Operator::parse(operator_text);
        let vars = variables
            && operator.is_some_and(|o| {
                matches!(
                    o.value_kind(),
                    crate::operator::ValueKind::String | crate::operator::ValueKind::Arn
                )
            });
        Self {
            operator_text: operator_text.to_string(),
            operator,
            key: key.to_string(),
            key_lower: key.to_ascii_lowercase(),
            values: values.to_vec(),
            templates: values.iter().map(|v| Template::parse(v, vars)).collect(),
            literals: values.iter().map(|v| Literal::parse(operator, v)).collect(),
        }
    }

    /// Evaluates the condition; with `trace` it also says why.
    pub fn evaluate(&self, req: &PreparedRequest, trace: Option<&mut Vec<ConditionTrace>>) -> bool {
        let context = req.get_lower(&self.key_lower);
        let Some(t) = trace else {
            return self.matches(req, context);
        };
        let mut resolved = Vec::new();
        let (matched, why) = self.decide(req, context, Some(&mut resolved));
        t.push(ConditionTrace {
            operator: self.operator_text.clone(),
            key: self.key.clone(),
            values: self.values.clone(),
            context: context.cloned(),
            resolved,
            matched,
            reason: Message::new(why),
        });
        matched
    }

    /// The outcome alone, as [`Self::decide`] gives it: the common case (a single-valued key present, an operator
    /// without set qualifier) without its iterators.
    fn matches(&self, req: &PreparedRequest, context: Option<&ContextValue>) -> bool {
        let single = match context {
            Some(ContextValue::String(s)) => Scalar::Str(s),
            Some(ContextValue::Bool(b)) => Scalar::Bool(*b),
            Some(ContextValue::Number(n)) => Scalar::Number(*n),
            _ => return self.decide(req, context, None).0,
        };
        match self.operator {
            Some(op) if op.qualifier.is_none() && op.base != Base::Null => {
                let any = (0..self.templates.len()).any(|i| self.value_matches(op, i, single, req, None));
                any != op.negated
            }
            _ => self.decide(req, context, None).0,
        }
    }

    fn decide(
        &self,
        req: &PreparedRequest,
        context: Option<&ContextValue>,
        mut resolved: Option<&mut Vec<Resolution>>,
    ) -> (bool, &'static str) {
        // The second value is why, as a message id: a constant, so the path without a trace allocates nothing.
        let Some(op) = self.operator else {
            return (false, "cond-unknown-operator");
        };
        if op.base == Base::Null {
            let absent = context.is_none_or(|c| matches!(c, ContextValue::List(l) if l.is_empty()));
            let matched = self.values.iter().any(|v| values::parse_bool(v) == Some(absent));
            return (
                matched,
                if absent {
                    "cond-key-absent"
                } else {
                    "cond-key-present"
                },
            );
        }
        let scalars = context.map(ContextValue::scalars);
        let missing = scalars.clone().is_none_or(|mut s| s.next().is_none());
        let mut set = scalars.into_iter().flatten();
        // Does one context value match any policy value (before negation)?
        let mut hit = |c: Scalar<'_>| {
            (0..self.templates.len()).any(|i| self.value_matches(op, i, c, req, resolved.as_deref_mut()))
        };
        match op.qualifier {
            Some(Qualifier::ForAllValues) => {
                if missing {
                    return (true, "cond-forall-empty");
                }
                let all = set.all(|c| hit(c) != op.negated);
                (
                    all,
                    if all {
                        "cond-forall-all"
                    } else {
                        "cond-forall-not-all"
                    },
                )
            }
            Some(Qualifier::ForAnyValue) => {
                if missing {
                    return (false, "cond-foranyvalue-empty");
                }
                let any = set.any(|c| hit(c) != op.negated);
                (
                    any,
                    if any {
                        "cond-forany-any"
                    } else {
                        "cond-forany-none"
                    },
                )
            }
            None => {
                if missing {
                    return if op.if_exists {
                        (true, "cond-missing-if-exists")
                    } else if op.negated {
                        (true, "cond-missing-negated")
                    } else {
                        (false, "cond-missing")
                    };
                }
                // Single-valued operator on a multi-valued key: true when any context value matches (OR),
                // and for negated operators when none does.
                let any = set.any(&mut hit);
                let matched = any != op.negated;
                let why = match (any, op.negated) {
                    (true, false) => "cond-value-matches",
                    (false, false) => "cond-no-value-matches",
                    (true, true) => "cond-value-matches-negated",
                    (false, true) => "cond-no-value-matches-negated",
                };
                (matched, why)
            }
        }
    }

    fn value_matches(
        &self,
        op: Operator,
        i: usize,
        c: Scalar<'_>,
        req: &PreparedRequest,
        resolved: Option<&mut Vec<Resolution>>,
    ) -> bool {
        let (Some(tpl), Some(literal)) = (self.templates.get(i), self.literals.get(i)) else {
            return false;
        };
        match (op.base, literal) {
            (Base::StringEquals, _) => tpl
                .resolve_text(req, resolved)
                .is_some_and(|p| crate::bytes::str_eq(&p, &c.text())),
            (Base::StringEqualsIgnoreCase, _) => tpl
                .resolve_text(req, resolved)
                .is_some_and(|p| p.eq_ignore_ascii_case(&c.text())),
            (Base::StringLike, _) => tpl
                .resolve_pattern(req, false, resolved)
                .is_some_and(|p| p.matches(&c.text())),
            (Base::Numeric(cmp), Literal::Number(Some(p))) => {
                number(c, values::parse_number).is_some_and(|v| compare(v, *p, cmp))
            }
            (Base::Date(cmp), Literal::Date(Some(p))) => {
                number(c, values::parse_date).is_some_and(|v| compare(v, *p, cmp))
            }
            (Base::Bool, Literal::Bool(Some(p))) => match c {
                Scalar::Bool(b) => b == *p,
                _ => values::parse_bool(&c.text()) == Some(*p),
            },
            (Base::BinaryEquals, Literal::Binary(Some(p))) => {
                values::decode_base64(&c.text()).as_ref() == Some(p)
            }
            (Base::IpAddress, Literal::Cidr(Some(net))) => c.text().parse().is_ok_and(|ip| net.contains(ip)),
            (Base::ArnEquals | Base::ArnLike, _) => tpl
                .resolve_text(req, resolved)
                .is_some_and(|p| arn_like(&p, &c.text())),
            _ => false,
        }
    }
}

/// A context value as a number: numbers as they are, text through `parse`.
fn number(c: Scalar<'_>, parse: fn(&str) -> Option<f64>) -> Option<f64> {
    match c {
        Scalar::Number(n) => Some(n),
        other => parse(&other.text()),
    }
}

fn compare(v: f64, p: f64, cmp: Cmp) -> bool {
    match cmp {
        Cmp::Eq => v == p,
        Cmp::Lt => v < p,
        Cmp::Le => v <= p,
        Cmp::Gt => v > p,
        Cmp::Ge => v >= p,
    }
}

/// ArnLike: each of the six fields matched with wildcards; the resource part spans `/` and `:`.
pub fn arn_like(pattern: &str, value: &str) -> bool {
    if pattern == "*" {
        return true;
    }
    match (Arn::parse(pattern), Arn::parse(value)) {
        (Some(p), Some(v)) => {
            wildcard_match(p.partition, v.partition, false)
                && wildcard_match(p.service, v.service, false)
                && wildcard_match(p.region, v.region, false)
                && wildcard_match(p.account, v.account, false)
                && wildcard_match(p.resource, v.resource, false)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{ContextScalar, Request};

    /// Without a trace (the shortcut for single-valued keys) the outcome is the one the traced evaluation gives,
    /// for every operator family, qualifier and IfExists, on strings, booleans, numbers, lists and missing keys.
    #[test]
    fn the_outcome_is_the_same_with_and_without_a_trace() {
        let contexts = [
            None,
            Some(ContextValue::String("10.1.2.3".into())),
            Some(ContextValue::String("vpce-1".into())),
            Some(ContextValue::String("TRUE".into())),
            Some(ContextValue::Bool(true)),
            Some(ContextValue::Bool(false)),
            Some(ContextValue::Number(5.0)),
            Some(ContextValue::List(vec![])),
            Some(ContextValue::List(vec![
                ContextScalar::String("vpce-1".into()),
                ContextScalar::Number(5.0),
            ])),
        ];
        let values: [&[&str]; 5] = [&["vpce-1"], &["vpce-*", "x"], &["true"], &["5"], &["10.0.0.0/8"]];
        let operators = [
            "StringEquals",
            "StringNotEqualsIfExists",
            "StringLike",
            "StringEqualsIgnoreCase",
            "ForAnyValue:StringEquals",
            "ForAllValues:StringNotLike",
            "Bool",
            "BoolIfExists",
            "NumericLessThanEquals",
            "NumericNotEquals",
            "IpAddress",
            "NotIpAddressIfExists",
            "ArnLike",
            "Null",
            "Nonsense",
        ];
        for context in &contexts {
            let mut request = Request {
                action: "a:b".into(),
                resource: "x".into(),
                ..Request::default()
            };
            if let Some(c) = context {
                request.context.insert("aws:K".into(), c.clone());
            }
            let req = request.prepare();
            for op in operators {
                for vals in values {
                    let vals: Vec<String> = vals.iter().map(|v| v.to_string()).collect();
                    let c = CompiledCondition::new(op, "aws:k", &vals, true);
                    let mut trace = Vec::new();
                    assert_eq!(
                        c.evaluate(&req, None),
                        c.evaluate(&req, Some(&mut trace)),
                        "{op} {vals:?} on {context:?}"
                    );
                }
            }
        }
    }
}
