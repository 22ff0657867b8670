//! Condition evaluation: every operator, IfExists, set qualifiers, negation on missing keys, variables.

use super::request::{ContextScalar, ContextValue, PreparedRequest};
use super::trace::ConditionTrace;
use super::variables::{Resolution, Template};
use crate::arn::Arn;
use crate::glob::Pattern;
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
        }
    }

    /// Evaluates the condition; with `trace` it also says why.
    pub fn evaluate(&self, req: &PreparedRequest, trace: Option<&mut Vec<ConditionTrace>>) -> bool {
        let mut resolved = Vec::new();
        let context = req.get(&self.key_lower);
        let (matched, reason) = self.decide(req, context, &mut resolved, trace.is_some());
        if let Some(t) = trace {
            t.push(ConditionTrace {
                operator: self.operator_text.clone(),
                key: self.key.clone(),
                values: self.values.clone(),
                context: context.cloned(),
                resolved,
                matched,
                reason,
            });
        }
        matched
    }

    fn decide(
        &self,
        req: &PreparedRequest,
        context: Option<&ContextValue>,
        resolved: &mut Vec<Resolution>,
        explain: bool,
    ) -> (bool, String) {
        let why = |s: &str| if explain { s.to_string() } else { String::new() };
        let Some(op) = self.operator else {
            return (false, why("unknown operator: the condition never matches"));
        };
        if op.base == Base::Null {
            let absent = context.is_none_or(|c| matches!(c, ContextValue::List(l) if l.is_empty()));
            let matched = self.values.iter().any(|v| values::parse_bool(v) == Some(absent));
            return (
                matched,
                why(if absent {
                    "the key is absent"
                } else {
                    "the key is present"
                }),
            );
        }
        let set: Vec<ContextScalar> = context.map(ContextValue::values).unwrap_or_default();
        let missing = set.is_empty();
        // Does one context value match any policy value (before negation)?
        let mut hit = |c: &ContextScalar| {
            (0..self.templates.len()).any(|i| self.value_matches(op, i, c, req, resolved))
        };
        match op.qualifier {
            Some(Qualifier::ForAllValues) => {
                if missing {
                    return (true, why("ForAllValues on an empty or missing set is true"));
                }
                let all = set.iter().all(|c| hit(c) != op.negated);
                (
                    all,
                    why(if all {
                        "every context value satisfies the operator"
                    } else {
                        "a context value does not satisfy the operator"
                    }),
                )
            }
            Some(Qualifier::ForAnyValue) => {
                if missing {
                    return (false, why("ForAnyValue on an empty or missing set is false"));
                }
                let any = set.iter().any(|c| hit(c) != op.negated);
                (
                    any,
                    why(if any {
                        "a context value satisfies the operator"
                    } else {
                        "no context value satisfies the operator"
                    }),
                )
            }
            None => {
                if missing {
                    return if op.if_exists {
                        (true, why("the key is missing and the operator is …IfExists"))
                    } else if op.negated {
                        (true, why("the key is missing: a negated operator is true"))
                    } else {
                        (false, why("the key is missing"))
                    };
                }
                // Single-valued operator on a multi-valued key: true when any context value matches (OR),
                // and for negated operators when none does.
                let any = set.iter().any(&mut hit);
                let matched = any != op.negated;
                let reason = match (any, op.negated) {
                    (true, false) => "a policy value matches the context value",
                    (false, false) => "no policy value matches the context value",
                    (true, true) => "a policy value matches, so the negated operator is false",
                    (false, true) => "no policy value matches, so the negated operator is true",
                };
                (matched, why(reason))
            }
        }
    }

    fn value_matches(
        &self,
        op: Operator,
        i: usize,
        c: &ContextScalar,
        req: &PreparedRequest,
        resolved: &mut Vec<Resolution>,
    ) -> bool {
        let (Some(tpl), Some(raw)) = (self.templates.get(i), self.values.get(i)) else {
            return false;
        };
        let text = c.as_text();
        match op.base {
            Base::StringEquals => tpl.resolve_text(req, resolved).is_some_and(|p| p == text),
            Base::StringEqualsIgnoreCase => tpl
                .resolve_text(req, resolved)
                .is_some_and(|p| p.eq_ignore_ascii_case(&text)),
            Base::StringLike => tpl
                .resolve_pattern(req, false, resolved)
                .is_some_and(|p| p.matches(&text)),
            Base::Numeric(cmp) => match (values::parse_number(raw), number(c)) {
                (Some(p), Some(v)) => compare(v, p, cmp),
                _ => false,
            },
            Base::Date(cmp) => match (values::parse_date(raw), date(c)) {
                (Some(p), Some(v)) => compare(v, p, cmp),
                _ => false,
            },
            Base::Bool => values::parse_bool(raw).is_some_and(|p| values::parse_bool(&text) == Some(p)),
            Base::BinaryEquals => {
                values::decode_base64(raw).is_some_and(|p| values::decode_base64(&text) == Some(p))
            }
            Base::IpAddress => match (values::Cidr::parse(raw), text.parse()) {
                (Some(net), Ok(ip)) => net.contains(ip),
                _ => false,
            },
            Base::ArnEquals | Base::ArnLike => tpl
                .resolve_text(req, resolved)
                .is_some_and(|p| arn_like(&p, &text)),
            Base::Null => false,
        }
    }
}

fn number(c: &ContextScalar) -> Option<f64> {
    match c {
        ContextScalar::Number(n) => Some(*n),
        other => values::parse_number(&other.as_text()),
    }
}

fn date(c: &ContextScalar) -> Option<f64> {
    match c {
        ContextScalar::Number(n) => Some(*n),
        other => values::parse_date(&other.as_text()),
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
            Pattern::new(p.partition, false).matches(v.partition)
                && Pattern::new(p.service, false).matches(v.service)
                && Pattern::new(p.region, false).matches(v.region)
                && Pattern::new(p.account, false).matches(v.account)
                && Pattern::new(p.resource, false).matches(v.resource)
        }
        _ => false,
    }
}
