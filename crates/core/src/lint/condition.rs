//! Condition rules: operators, keys, value types, ID formats, and the endpoint-policy rules for condition keys.

use super::{Cx, PolicyKind};
use crate::code::Code;
use crate::data::condition_keys::{self, KeyInfo, KeyType};
use crate::diagnostic::{Diagnostic, Fix};
use crate::model::{ConditionKey, Statement};
use crate::operator::{Base, Operator, Qualifier, ValueKind};
use crate::rule_doc::RuleDoc;
use crate::values;

pub(super) fn check(cx: &Cx<'_>, st: &Statement, out: &mut Vec<Diagnostic>) {
    let Some(cond) = &st.condition else { return };
    // Empty as written: a Condition whose operators were all malformed has its INVALID_CONDITION findings already.
    let written_empty = cx
        .src
        .get(cond.span.start..cond.span.end)
        .is_some_and(|t| t.chars().all(|c| c.is_whitespace() || c == '{' || c == '}'));
    if cond.operators.is_empty() && written_empty {
        out.push(
            Diagnostic::at(
                Code::EmptyObjectCondition,
                cond.span,
                cond.path.clone(),
                "the Condition object is empty",
            )
            .help("remove the empty Condition or add a condition"),
        );
    }
    for op in &cond.operators {
        let parsed = match Operator::parse(&op.name.value) {
            Some(parsed) => parsed,
            None => {
                let suggestion = Operator::suggest(&op.name.value);
                let mut d = Diagnostic::at(Code::InvalidConditionOperator, op.name.span, op.path.clone(), format!("\"{}\" is not a condition operator", op.name.value))
                    .help(match &suggestion {
                        Some(s) => format!("did you mean \"{s}\"? Operators are case-sensitive, and an unknown operator makes the statement never apply: in a Deny, the deny is silently dropped"),
                        None => "an unknown operator makes the statement never apply: in a Deny, the deny is silently dropped".to_string(),
                    });
                if let Some(s) = &suggestion {
                    d = d.fix(Fix::replace(
                        format!("write \"{s}\""),
                        op.name.span,
                        super::json_string(s),
                    ));
                }
                out.push(d);
                match suggestion.as_deref().and_then(Operator::parse) {
                    Some(p) => p,
                    None => continue,
                }
            }
        };
        if parsed.base == Base::Null && parsed.if_exists {
            out.push(
                Diagnostic::at(
                    Code::NullWithIfExists,
                    op.name.span,
                    op.path.clone(),
                    "Null cannot be combined with IfExists",
                )
                .help("Null already tests whether the key exists; remove IfExists"),
            );
        }
        if op.keys.is_empty() {
            out.push(
                Diagnostic::at(
                    Code::EmptyObjectCondition,
                    op.span,
                    op.path.clone(),
                    format!("the {} operator has no condition keys", op.name.value),
                )
                .help("add a key or remove the operator"),
            );
        }
        for key in &op.keys {
            check_key(cx, &parsed, &op.name.value, key, out);
        }
    }
}

fn check_key(cx: &Cx<'_>, op: &Operator, op_name: &str, key: &ConditionKey, out: &mut Vec<Diagnostic>) {
    let name = key.name.value.as_str();
    let well_formed = name.split_once(':').is_some_and(|(p, k)| {
        !p.is_empty()
            && !k.is_empty()
            && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !k.chars().any(char::is_whitespace)
    });
    if !well_formed {
        out.push(
            Diagnostic::at(
                Code::InvalidConditionKeyFormat,
                key.name.span,
                key.path.clone(),
                format!("\"{name}\" is not a condition key"),
            )
            .help("condition keys look like service:Name, e.g. aws:PrincipalOrgID"),
        );
        return;
    }
    let info = condition_keys::lookup(name);
    if info.is_none() && condition_keys::prefix_is_known(name) {
        let global = name.to_ascii_lowercase().starts_with("aws:");
        out.push(
            Diagnostic::at(if global { Code::InvalidGlobalConditionKey } else { Code::InvalidServiceConditionKey }, key.name.span, key.path.clone(), format!("\"{name}\" is not a known condition key"))
                .help("check the spelling: a key that is never present makes the condition false (or true for negated operators)"),
        );
    }
    if key.is_array && key.values.is_empty() {
        out.push(
            Diagnostic::at(
                Code::EmptyArrayCondition,
                key.span,
                key.path.clone(),
                format!("{name} has no values"),
            )
            .help("list at least one value"),
        );
    }
    if let Some(info) = &info {
        check_key_against_operator(cx, op, op_name, info, key, out);
    }
    for (i, v) in key.values.iter().enumerate() {
        let path = key.value_path(i);
        if let Some(d) = type_mismatch(op, op_name, &v.value) {
            out.push(Diagnostic::at(Code::TypeMismatch, v.span, path.clone(), d.0).help(d.1));
            continue;
        }
        if let Some(info) = &info {
            super::condition_value::check(cx, op, info, v, &path, out);
        }
    }
}

fn check_key_against_operator(
    cx: &Cx<'_>,
    op: &Operator,
    op_name: &str,
    info: &KeyInfo,
    key: &ConditionKey,
    out: &mut Vec<Diagnostic>,
) {
    if op.qualifier == Some(Qualifier::ForAllValues) && !info.ty.is_multi_valued() {
        out.push(Diagnostic::new(
            Code::ForallvaluesWithSingleValuedKey,
            key.name.span,
            key.path.clone(),
            format!(
                "ForAllValues with the single-valued key {}: it is also true when the key is missing",
                info.name
            ),
            "drop the ForAllValues: qualifier; use it only with multi-valued keys such as aws:TagKeys",
        ));
    }
    let kind = op.value_kind();
    let mismatch = match kind {
        ValueKind::Ip => info.ty != KeyType::Ip,
        ValueKind::Bool => info.ty != KeyType::Bool,
        ValueKind::Date => info.ty != KeyType::Date,
        ValueKind::Numeric => !matches!(info.ty, KeyType::Numeric | KeyType::Date) && !info.system_id,
        _ => false,
    };
    if mismatch {
        out.push(
            Diagnostic::at(
                Code::TypeMismatch,
                key.name.span,
                key.path.clone(),
                format!(
                    "{op_name} cannot compare {}, which is a {:?} key",
                    info.name, info.ty
                ),
            )
            .help("use an operator that matches the key's type, e.g. StringEquals for string keys"),
        );
    }
    if cx.options.kind == PolicyKind::Endpoint && info.system_id && kind == ValueKind::Numeric {
        out.push(
            Diagnostic::at(
                Code::NumericOperatorOnSystemIdKey,
                key.name.span,
                key.path.clone(),
                format!(
                    "endpoint policies cannot use numeric operators on {}, which holds a system-generated ID",
                    info.name
                ),
            )
            .help("use StringEquals with the exact ID"),
        );
    }
}

/// A message and help when a value cannot be of the operator's type.
fn type_mismatch(op: &Operator, op_name: &str, v: &str) -> Option<(String, String)> {
    if v.contains("${") {
        return None;
    }
    let ok = match op.value_kind() {
        ValueKind::String => true,
        ValueKind::Numeric => values::parse_number(v).is_some(),
        ValueKind::Date => values::parse_date(v).is_some(),
        ValueKind::Bool | ValueKind::Null => values::parse_bool(v).is_some(),
        ValueKind::Binary => values::decode_base64(v).is_some(),
        ValueKind::Ip => values::Cidr::parse(v).is_some(),
        ValueKind::Arn => v == "*" || v.starts_with("arn:"),
    };
    if ok {
        return None;
    }
    let want = match op.value_kind() {
        ValueKind::Numeric => "a number",
        ValueKind::Date => "a date (ISO 8601 such as 2026-01-31T00:00:00Z, or epoch seconds)",
        ValueKind::Bool => "\"true\" or \"false\"",
        ValueKind::Null => "\"true\" (the key is absent) or \"false\" (it is present)",
        ValueKind::Binary => "base64",
        ValueKind::Ip => "an IP address or CIDR block such as 10.0.0.0/16",
        _ => "an ARN",
    };
    Some((
        format!("{op_name} expects {want}, not \"{v}\""),
        format!("write {want}"),
    ))
}

/// The rules this file checks, with their documentation (`rules::all` gathers them).
pub(crate) const RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::EmptyArrayCondition,
        bad: include_str!("../rules/examples/empty_array_condition.bad.json"),
        good: include_str!("../rules/examples/empty_array_condition.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-empty-array-condition",
    },
    RuleDoc {
        code: Code::EmptyObjectCondition,
        bad: include_str!("../rules/examples/empty_object_condition.bad.json"),
        good: include_str!("../rules/examples/empty_object_condition.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-empty-object-condition",
    },
    RuleDoc {
        code: Code::ForallvaluesWithSingleValuedKey,
        bad: include_str!("../rules/examples/forallvalues_with_single_valued_key.bad.json"),
        good: include_str!("../rules/examples/forallvalues_with_single_valued_key.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-forallvalues-with-single-valued-key",
    },
    RuleDoc {
        code: Code::InvalidConditionKeyFormat,
        bad: include_str!("../rules/examples/invalid_condition_key_format.bad.json"),
        good: include_str!("../rules/examples/invalid_condition_key_format.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-condition-key-format",
    },
    RuleDoc {
        code: Code::InvalidConditionOperator,
        bad: include_str!("../rules/examples/invalid_condition_operator.bad.json"),
        good: include_str!("../rules/examples/invalid_condition_operator.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-condition-operator",
    },
    RuleDoc {
        code: Code::InvalidGlobalConditionKey,
        bad: include_str!("../rules/examples/invalid_global_condition_key.bad.json"),
        good: include_str!("../rules/examples/invalid_global_condition_key.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-global-condition-key",
    },
    RuleDoc {
        code: Code::InvalidServiceConditionKey,
        bad: include_str!("../rules/examples/invalid_service_condition_key.bad.json"),
        good: include_str!("../rules/examples/invalid_service_condition_key.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-service-condition-key",
    },
    RuleDoc {
        code: Code::NullWithIfExists,
        bad: include_str!("../rules/examples/null_with_if_exists.bad.json"),
        good: include_str!("../rules/examples/null_with_if_exists.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-null-with-if-exists",
    },
    RuleDoc {
        code: Code::NumericOperatorOnSystemIdKey,
        bad: include_str!("../rules/examples/numeric_operator_on_system_id_key.bad.json"),
        good: include_str!("../rules/examples/numeric_operator_on_system_id_key.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policy-considerations",
    },
    RuleDoc {
        code: Code::TypeMismatch,
        bad: include_str!("../rules/examples/type_mismatch.bad.json"),
        good: include_str!("../rules/examples/type_mismatch.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-type-mismatch",
    },
];
