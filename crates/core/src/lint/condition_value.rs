//! Condition values: the formats of the IDs a key holds (accounts, organizations and their paths, VPCs and VPC
//! endpoints), wildcards on system-generated IDs and the six-literal rule of endpoint policies. The ID predicates
//! are shared with the generator (`lint::condition_format`).

use super::{domain, resource, Cx, PolicyKind};
use crate::arn::Arn;
use crate::code::Code;
use crate::data::condition_keys::{IdFormat, KeyInfo, KeyType};
use crate::diagnostic::Diagnostic;
use crate::i18n::Message;
use crate::operator::{Base, Operator, ValueKind};
use crate::rule_doc::RuleDoc;

/// Checks one value of a condition whose key is known.
pub(super) fn check(
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
                Message::new("endpoint-policies-cannot-use-wildcards").arg("name", info.name),
            )
            .help(Message::new("list-exact-ids-stringequals")),
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
                        .help(Message::new("arn-s-account-field-digit")),
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
            Diagnostic::at(
                code,
                v.span,
                path,
                Message::new("s-not-want").arg("s", s).arg("want", want),
            )
            .help(
                Message::new("name-holds-want")
                    .arg("name", info.name)
                    .arg("want", want),
            ),
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
                Diagnostic::at(
                    Code::WildcardWithoutSixLiteralCharacters,
                    span,
                    path,
                    Message::new("s-endpoint-policies-need-least").arg("s", s),
                )
                .help(Message::new("make-pattern-more-specific-list")),
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

/// The rules this file checks, with their documentation (`rules::all` gathers them).
pub(crate) const RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::InvalidAccountIdFormat,
        bad: include_str!("../rules/examples/invalid_account_id_format.bad.json"),
        good: include_str!("../rules/examples/invalid_account_id_format.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalaccount",
    },
    RuleDoc {
        code: Code::InvalidArnAccount,
        bad: include_str!("../rules/examples/invalid_arn_account.bad.json"),
        good: include_str!("../rules/examples/invalid_arn_account.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-arn-account",
    },
    RuleDoc {
        code: Code::InvalidOrgIdFormat,
        bad: include_str!("../rules/examples/invalid_org_id_format.bad.json"),
        good: include_str!("../rules/examples/invalid_org_id_format.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid",
    },
    RuleDoc {
        code: Code::InvalidOrgPathFormat,
        bad: include_str!("../rules/examples/invalid_org_path_format.bad.json"),
        good: include_str!("../rules/examples/invalid_org_path_format.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgpaths",
    },
    RuleDoc {
        code: Code::InvalidVpceFormat,
        bad: include_str!("../rules/examples/invalid_vpce_format.bad.json"),
        good: include_str!("../rules/examples/invalid_vpce_format.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-vpce-format",
    },
    RuleDoc {
        code: Code::InvalidVpcFormat,
        bad: include_str!("../rules/examples/invalid_vpc_format.bad.json"),
        good: include_str!("../rules/examples/invalid_vpc_format.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-vpc-format",
    },
    RuleDoc {
        code: Code::WildcardOnSystemIdKey,
        bad: include_str!("../rules/examples/wildcard_on_system_id_key.bad.json"),
        good: include_str!("../rules/examples/wildcard_on_system_id_key.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policy-considerations",
    },
    RuleDoc {
        code: Code::WildcardWithoutSixLiteralCharacters,
        bad: include_str!("../rules/examples/wildcard_without_six_literal_characters.bad.json"),
        good: include_str!("../rules/examples/wildcard_without_six_literal_characters.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policy-considerations",
    },
];

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
