//! Condition rules: operators, keys, value types, ID formats, and the endpoint-policy rules for condition keys.

use super::{Cx, PolicyKind};
use crate::code::Code;
use crate::data::condition_keys::{self, KeyInfo, KeyType};
use crate::diagnostic::{Diagnostic, Fix};
use crate::i18n::Message;
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
                Message::new("condition-object-empty"),
            )
            .help(Message::new("remove-empty-condition-add-condition")),
        );
    }
    for op in &cond.operators {
        let parsed = match Operator::parse(&op.name.value) {
            Some(parsed) => parsed,
            None => {
                let suggestion = Operator::suggest(&op.name.value);
                let mut d = Diagnostic::at(
                    Code::InvalidConditionOperator,
                    op.name.span,
                    op.path.clone(),
                    Message::new("name-not-condition-operator").arg("name", &op.name.value),
                )
                .help(match &suggestion {
                    Some(s) => Message::new("unknown-operator-did-you-mean").arg("suggestion", s),
                    None => Message::new("unknown-operator-never-applies"),
                });
                if let Some(s) = &suggestion {
                    d = d.fix(Fix::replace(
                        Message::new("write-s").arg("s", s),
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
                    Message::new("null-cannot-combined-ifexists"),
                )
                .help(Message::new("null-already-tests-whether-key")),
            );
        }
        if op.keys.is_empty() {
            out.push(
                Diagnostic::at(
                    Code::EmptyObjectCondition,
                    op.span,
                    op.path.clone(),
                    Message::new("name-operator-has-no-condition").arg("name", &op.name.value),
                )
                .help(Message::new("add-key-remove-operator")),
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
                Message::new("name-not-condition-key").arg("name", name),
            )
            .help(Message::new("condition-keys-look-like-service")),
        );
        return;
    }
    let info = condition_keys::lookup(name);
    if info.is_none() && condition_keys::prefix_is_known(name) {
        let global = name.to_ascii_lowercase().starts_with("aws:");
        out.push(
            Diagnostic::at(
                if global {
                    Code::InvalidGlobalConditionKey
                } else {
                    Code::InvalidServiceConditionKey
                },
                key.name.span,
                key.path.clone(),
                Message::new("name-not-known-condition-key").arg("name", name),
            )
            .help(Message::new("check-spelling-key-never-present")),
        );
    }
    if key.is_array && key.values.is_empty() {
        out.push(
            Diagnostic::at(
                Code::EmptyArrayCondition,
                key.span,
                key.path.clone(),
                Message::new("name-has-no-values").arg("name", name),
            )
            .help(Message::new("list-least-one-value")),
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
            Message::new("forallvalues-single-valued-key-name").arg("name", info.name),
            Message::new("drop-forallvalues-qualifier-use-only"),
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
                Message::new("operator-cannot-compare-key")
                    .arg("operator", op_name)
                    .arg("key", info.name)
                    .arg("type", format!("{:?}", info.ty)),
            )
            .help(Message::new("use-operator-matches-key-s")),
        );
    }
    if cx.options.kind == PolicyKind::Endpoint && info.system_id && kind == ValueKind::Numeric {
        out.push(
            Diagnostic::at(
                Code::NumericOperatorOnSystemIdKey,
                key.name.span,
                key.path.clone(),
                Message::new("endpoint-policies-cannot-use-numeric").arg("name", info.name),
            )
            .help(Message::new("use-stringequals-exact-id")),
        );
    }
}

/// A message and help when a value cannot be of the operator's type.
fn type_mismatch(op: &Operator, op_name: &str, v: &str) -> Option<(Message, Message)> {
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
    let want = Message::new(match op.value_kind() {
        ValueKind::Numeric => "want-number",
        ValueKind::Date => "want-date",
        ValueKind::Bool => "want-bool",
        ValueKind::Null => "want-null",
        ValueKind::Binary => "want-base64",
        ValueKind::Ip => "want-ip",
        _ => "want-arn",
    });
    Some((
        Message::new("operator-expects-not")
            .arg("operator", op_name)
            .words("want", want.clone())
            .arg("value", v),
        Message::new("write-want").words("want", want),
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
