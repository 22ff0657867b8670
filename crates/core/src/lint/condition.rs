//! Condition rules: operators, keys, value types, ID formats, and the endpoint-policy rules for condition keys.

use super::{domain, resource, Cx, PolicyKind};
use crate::arn::Arn;
use crate::data::condition_keys::{self, IdFormat, KeyInfo, KeyType};
use crate::diagnostic::{Diagnostic, Fix};
use crate::model::{ConditionKey, Statement};
use crate::operator::{Base, Operator, Qualifier, ValueKind};
use crate::rules::Code;
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
            check_value_format(cx, op, info, v, &path, out);
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

fn check_value_format(
    cx: &Cx<'_>,
    op: &Operator,
    info: &KeyInfo,
    v: &crate::span::Spanned<String>,
    path: &str,
    out: &mut Vec<Diagnostic>,
) {
    let s = v.value.as_str();
    if s.contains("${")
        || domain::is_placeholder(s)
        || !matches!(op.value_kind(), ValueKind::String | ValueKind::Arn)
    {
        return;
    }
    let wild = s.contains(['*', '?']);
    if cx.options.kind == PolicyKind::Endpoint && info.system_id && wild {
        out.push(
            Diagnostic::at(
                Code::WildcardOnSystemIdKey,
                v.span,
                path,
                format!(
                    "endpoint policies cannot use wildcards with {}, which holds a system-generated ID",
                    info.name
                ),
            )
            .help("list the exact IDs with StringEquals"),
        );
        return;
    }
    if cx.options.kind == PolicyKind::Endpoint && matches!(op.base, Base::StringLike) && wild {
        if let Some(d) = six_literal_rule(s, v.span, path) {
            out.push(d);
        }
    }
    if info.ty == KeyType::Arn {
        if let Some(arn) = Arn::parse(s) {
            if let Some(message) = resource::account_problem(arn.account) {
                out.push(
                    Diagnostic::at(Code::InvalidArnAccount, v.span, path, message)
                        .help("an ARN's account field is a 12-digit account ID or a wildcard"),
                );
            }
        }
    }
    if wild {
        return;
    }
    let (code, valid, want) = match info.format {
        Some(IdFormat::Account) => (
            Code::InvalidAccountIdFormat,
            is_account(s),
            "a 12-digit account ID",
        ),
        Some(IdFormat::Organization) => (
            Code::InvalidOrgIdFormat,
            is_org_id(s),
            "an organization ID: o- then 10 to 32 lowercase letters or digits",
        ),
        Some(IdFormat::OrgPath) => (
            Code::InvalidOrgPathFormat,
            is_org_path(s),
            "an organization path such as o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/",
        ),
        Some(IdFormat::Vpc) => (
            Code::InvalidVpcFormat,
            is_resource_id(s, "vpc-"),
            "a VPC ID: vpc- then 8 or 17 hex characters",
        ),
        Some(IdFormat::Vpce) => (
            Code::InvalidVpceFormat,
            is_resource_id(s, "vpce-"),
            "a VPC endpoint ID: vpce- then 8 or 17 hex characters",
        ),
        None => return,
    };
    if !valid {
        out.push(
            Diagnostic::at(code, v.span, path, format!("\"{s}\" is not {want}"))
                .help(format!("{} holds {want}", info.name)),
        );
    }
}

/// Endpoint policies need at least six consecutive literal characters before or after each wildcard.
fn six_literal_rule(s: &str, span: crate::span::Span, path: &str) -> Option<Diagnostic> {
    let chars: Vec<char> = s.chars().collect();
    let is_wild = |c: &char| *c == '*' || *c == '?';
    for (i, c) in chars.iter().enumerate() {
        if !is_wild(c) {
            continue;
        }
        let before = chars
            .get(..i)
            .map_or(0, |b| b.iter().rev().take_while(|c| !is_wild(c)).count());
        let after = chars
            .get(i + 1..)
            .map_or(0, |a| a.iter().take_while(|c| !is_wild(c)).count());
        if before.max(after) < 6 {
            return Some(
                Diagnostic::at(Code::WildcardWithoutSixLiteralCharacters, span, path, format!("\"{s}\": endpoint policies need at least six consecutive literal characters before or after each wildcard"))
                    .help("make the pattern more specific, or list exact values with StringEquals"),
            );
        }
    }
    None
}

/// A 12-digit account ID.
pub fn is_account(s: &str) -> bool {
    s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit())
}

/// An S3 bucket name: 3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or
/// digit.
pub fn is_bucket_name(s: &str) -> bool {
    (3..=63).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-'))
        && s.starts_with(|c: char| c.is_ascii_alphanumeric())
        && s.ends_with(|c: char| c.is_ascii_alphanumeric())
}

/// `o-` then 10 to 32 lowercase letters or digits.
pub fn is_org_id(s: &str) -> bool {
    s.strip_prefix("o-").is_some_and(|r| {
        (10..=32).contains(&r.len()) && r.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    })
}

fn lower_alnum(s: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// `ou-` then 4–32 and 8–32 lowercase alphanumerics.
pub fn is_ou_id(s: &str) -> bool {
    s.strip_prefix("ou-")
        .and_then(|r| r.split_once('-'))
        .is_some_and(|(a, b)| lower_alnum(a, 4, 32) && lower_alnum(b, 8, 32))
}

fn is_org_path(s: &str) -> bool {
    let parts: Vec<&str> = s.trim_end_matches('/').split('/').collect();
    let mut it = parts.iter();
    it.next().is_some_and(|o| is_org_id(o))
        && it
            .next()
            .is_none_or(|r| r.strip_prefix("r-").is_some_and(|r| lower_alnum(r, 4, 32)))
        && it.all(|ou| is_ou_id(ou))
}

fn is_resource_id(s: &str, prefix: &str) -> bool {
    s.strip_prefix(prefix).is_some_and(|r| {
        (r.len() == 8 || r.len() == 17)
            && r.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_formats() {
        assert!(is_org_id("o-a1b2c3d4e5"));
        assert!(!is_org_id("o-ABC"));
        assert!(is_ou_id("ou-ab12-11111111"));
        assert!(is_org_path("o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/"));
        assert!(!is_org_path("o-a1b2c3d4e5/x/"));
        assert!(is_resource_id("vpc-1a2b3c4d", "vpc-"));
        assert!(is_resource_id("vpce-1a2b3c4d5e6f7a8b9", "vpce-"));
        assert!(!is_resource_id("vpc-123", "vpc-"));
    }

    #[test]
    fn six_literals_around_wildcards() {
        let s = crate::span::Span::default();
        assert!(six_literal_rule("arn:aws:iam::*", s, "").is_none());
        assert!(six_literal_rule("*-prod", s, "").is_some());
        assert!(six_literal_rule("ab*cd", s, "").is_some());
        assert!(six_literal_rule("prefix*", s, "").is_none());
    }
}
