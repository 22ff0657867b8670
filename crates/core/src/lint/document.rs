//! Document-level rules: Version, Statement, Sids, size quotas, duplicate statements.

use super::{Cx, PolicyKind};
use crate::code::Code;
use crate::diagnostic::{Diagnostic, Fix};
use crate::i18n::Message;
use crate::model::Statement;
use crate::rule_doc::RuleDoc;
use crate::span::Span;

/// Endpoint and resource policy quota, in characters including whitespace.
pub const ENDPOINT_POLICY_QUOTA: usize = 20_480;
/// Managed identity policy quota, in characters excluding whitespace.
pub const IDENTITY_POLICY_QUOTA: usize = 6_144;

pub(super) fn check(cx: &Cx<'_>, out: &mut Vec<Diagnostic>) {
    let policy = cx.policy;
    let open = Span::new(policy.span.start, policy.span.start + 1);
    match &policy.version {
        None => {
            let mut d = Diagnostic::at(
                Code::MissingVersion,
                open,
                "",
                Message::new("policy-has-no-version-aws"),
            )
            .help(Message::new("add-version-first-element"));
            // Not when a "Version" key is there with a value that is not a string (its own finding says so): adding
            // a second one would be added again on every pass (found by the `fix` fuzz target).
            if !cx.src.contains("${") && !cx.src.contains("\"Version\"") {
                d = d.fix(Fix::replace(
                    Message::new("add-version"),
                    Span::new(open.end, open.end),
                    "\"Version\": \"2012-10-17\", ",
                ));
            }
            out.push(d);
        }
        Some(v) if v.value != "2012-10-17" && v.value != "2008-10-17" => {
            let mut d = Diagnostic::at(
                Code::InvalidVersion,
                v.span,
                "Version",
                Message::new("v-not-policy-language-version").arg("v", &v.value),
            )
            .help(Message::new("use-current-version"));
            if v.value.trim() == "2012-10-17" || v.value.trim() == "2008-10-17" {
                d = d.fix(Fix::replace(
                    Message::new("remove-extra-whitespace"),
                    v.span,
                    super::json_string(v.value.trim()),
                ));
            }
            out.push(d);
        }
        Some(_) => {}
    }
    if policy.statements.is_empty() {
        let span = policy.statement_key.unwrap_or(open);
        out.push(
            Diagnostic::at(
                Code::MissingStatement,
                span,
                "Statement",
                Message::new("policy-has-no-statements"),
            )
            .help(Message::new("add-statement")),
        );
    }
    check_allow(cx, open, out);
    check_sids(cx, out);
    check_size(cx, out);
    check_redundant_statements(&policy.statements, out);
}

/// An endpoint policy is the only policy of its layer: without an Allow, every request through the endpoint
/// is implicitly denied, whatever the Deny statements spell out.
fn check_allow(cx: &Cx<'_>, open: Span, out: &mut Vec<Diagnostic>) {
    let policy = cx.policy;
    // Statements with no or a broken Effect have their own findings.
    let only_denies = !policy.statements.is_empty()
        && policy
            .statements
            .iter()
            .all(|s| s.effect_kind() == Some(crate::model::Effect::Deny));
    if cx.options.kind != PolicyKind::Endpoint || !only_denies {
        return;
    }
    out.push(
        Diagnostic::at(
            Code::EndpointPolicyWithoutAllow,
            policy.statement_key.unwrap_or(open),
            "Statement",
            Message::new("endpoint-policy-only-denies-no"),
        )
        .help(Message::new("add-allow-deny-statements-carve")),
    );
}

fn check_sids(cx: &Cx<'_>, out: &mut Vec<Diagnostic>) {
    let mut seen: Vec<(&str, Span)> = Vec::new();
    for st in &cx.policy.statements {
        let Some(sid) = &st.sid else { continue };
        let path = format!("{}.Sid", st.path);
        if let Some((_, first)) = seen.iter().find(|(s, _)| *s == sid.value) {
            out.push(
                Diagnostic::at(
                    Code::UniqueSidsRequired,
                    sid.span,
                    path.clone(),
                    Message::new("sid-sid-used-more-than").arg("sid", &sid.value),
                )
                .help(Message::new("give-every-statement-own-sid"))
                .related(*first, Message::new("first-used-here")),
            );
        } else {
            seen.push((&sid.value, sid.span));
        }
        if cx.options.kind == PolicyKind::Identity && !sid.value.chars().all(|c| c.is_ascii_alphanumeric()) {
            out.push(
                Diagnostic::at(
                    Code::UnsupportedSid,
                    sid.span,
                    path,
                    Message::new("sids-identity-policies-may-hold"),
                )
                .help(Message::new("remove-spaces-dashes-other-punctuation")),
            );
        }
    }
}

fn check_size(cx: &Cx<'_>, out: &mut Vec<Diagnostic>) {
    out.extend(size_finding(cx.src, cx.options, cx.policy.span));
}

/// The quota finding for a text of this kind, if it is over its quota (the span is where to report it).
pub fn size_finding(src: &str, options: &super::ValidateOptions, span: Span) -> Option<Diagnostic> {
    if options.aws_managed && options.kind == PolicyKind::Identity {
        return None;
    }
    let (code, count, quota, what) = match options.kind {
        PolicyKind::Endpoint => (
            Code::PolicySizeExceedsEndpointQuota,
            src.chars().count(),
            ENDPOINT_POLICY_QUOTA,
            "size-an-endpoint-policy",
        ),
        PolicyKind::Resource => (
            Code::PolicySizeExceedsResourcePolicyQuota,
            src.chars().count(),
            ENDPOINT_POLICY_QUOTA,
            "kind-a-resource-policy",
        ),
        PolicyKind::Identity => (
            Code::PolicySizeExceedsIdentityPolicyQuota,
            src.chars().filter(|c| !c.is_whitespace()).count(),
            IDENTITY_POLICY_QUOTA,
            "size-a-managed-identity-policy",
        ),
    };
    (count > quota).then(|| {
        Diagnostic::at(
            code,
            span,
            "",
            Message::new("policy-count-characters-what-may")
                .arg("count", count)
                .words("what", Message::new(what))
                .arg("quota", quota),
        )
        .help(Message::new("minify-json-merge-statements-use"))
    })
}

/// An element's values as written, and whether it is negated (`NotAction`).
type ElementShape<'a> = Option<(bool, Vec<&'a str>)>;

/// A condition operator and its keys (lower-cased) with their values.
type OperatorShape<'a> = (&'a str, Vec<(String, Vec<&'a str>)>);

/// What a principal names: a bare value (`"*"`), or principal type → values.
#[derive(PartialEq, Eq, Hash)]
enum PrincipalShape<'a> {
    Bare(&'a str),
    Map(Vec<(&'a str, Vec<&'a str>)>),
}

/// A statement with its Sid ignored, for comparison: borrowed from the statement, nothing formatted. Condition keys
/// compare case-insensitively, as AWS reads them.
#[derive(PartialEq, Eq, Hash)]
struct Shape<'a> {
    effect: Option<&'a str>,
    action: ElementShape<'a>,
    resource: ElementShape<'a>,
    principal: Option<(bool, PrincipalShape<'a>)>,
    condition: Option<Vec<OperatorShape<'a>>>,
}

fn element_shape(e: &Option<crate::model::Element>) -> ElementShape<'_> {
    e.as_ref()
        .map(|e| (e.negated, e.values.iter().map(|v| v.value.as_str()).collect()))
}

fn shape(st: &Statement) -> Shape<'_> {
    Shape {
        effect: st.effect.as_ref().map(|e| e.value.as_str()),
        action: element_shape(&st.action),
        resource: element_shape(&st.resource),
        principal: st.principal.as_ref().map(|p| {
            let kind = match &p.kind {
                crate::model::PrincipalKind::Bare(s) => PrincipalShape::Bare(&s.value),
                crate::model::PrincipalKind::Map(entries) => PrincipalShape::Map(
                    entries
                        .iter()
                        .map(|e| {
                            (
                                e.key.value.as_str(),
                                e.values.iter().map(|v| v.value.as_str()).collect(),
                            )
                        })
                        .collect(),
                ),
            };
            (p.negated, kind)
        }),
        condition: st.condition.as_ref().map(|c| {
            c.operators
                .iter()
                .map(|o| {
                    let keys = o.keys.iter().map(|k| {
                        let values = k.values.iter().map(|v| v.value.as_str()).collect();
                        (k.name.value.to_ascii_lowercase(), values)
                    });
                    (o.name.value.as_str(), keys.collect())
                })
                .collect()
        }),
    }
}

fn check_redundant_statements(statements: &[Statement], out: &mut Vec<Diagnostic>) {
    // The first statement of each shape, in one pass: 100,000 statements must not take quadratic time.
    let mut first_of: std::collections::HashMap<Shape<'_>, usize> = std::collections::HashMap::new();
    for (i, st) in statements.iter().enumerate() {
        let earlier = Some(*first_of.entry(shape(st)).or_insert(i)).filter(|&j| j < i);
        if let Some(j) = earlier {
            let first = statements.get(j).map_or(st.span, |s| s.span);
            out.push(
                Diagnostic::new(
                    Code::RedundantStatement,
                    st.span,
                    st.path.clone(),
                    Message::new("statement-repeats-path")
                        .arg("path", statements.get(j).map_or("another", |s| s.path.as_str())),
                    Message::new("remove-one-two-statements"),
                )
                .related(first, Message::new("same-statement")),
            );
        }
    }
}

/// The rules this file checks, with their documentation (`rules::all` gathers them).
pub(crate) const RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::EndpointPolicyWithoutAllow,
        bad: include_str!("../rules/examples/endpoint_policy_without_allow.bad.json"),
        good: include_str!("../rules/examples/endpoint_policy_without_allow.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html",
    },
    RuleDoc {
        code: Code::InvalidVersion,
        bad: include_str!("../rules/examples/invalid_version.bad.json"),
        good: include_str!("../rules/examples/invalid_version.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-version",
    },
    RuleDoc {
        code: Code::MissingStatement,
        bad: include_str!("../rules/examples/missing_statement.bad.json"),
        good: include_str!("../rules/examples/missing_statement.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-statement",
    },
    RuleDoc {
        code: Code::MissingVersion,
        bad: include_str!("../rules/examples/missing_version.bad.json"),
        good: include_str!("../rules/examples/missing_version.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-missing-version",
    },
    RuleDoc {
        code: Code::PolicySizeExceedsEndpointQuota,
        bad: include_str!("../rules/examples/policy_size_exceeds_endpoint_quota.bad.json"),
        good: include_str!("../rules/examples/policy_size_exceeds_endpoint_quota.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policy-considerations",
    },
    RuleDoc {
        code: Code::PolicySizeExceedsIdentityPolicyQuota,
        bad: include_str!("../rules/examples/policy_size_exceeds_identity_policy_quota.bad.json"),
        good: include_str!("../rules/examples/policy_size_exceeds_identity_policy_quota.good.json"),
        kind: PolicyKind::Identity,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html",
    },
    RuleDoc {
        code: Code::PolicySizeExceedsResourcePolicyQuota,
        bad: include_str!("../rules/examples/policy_size_exceeds_resource_policy_quota.bad.json"),
        good: include_str!("../rules/examples/policy_size_exceeds_resource_policy_quota.good.json"),
        kind: PolicyKind::Resource,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-policy-size-exceeds-resource-policy-quota",
    },
    RuleDoc {
        code: Code::RedundantStatement,
        bad: include_str!("../rules/examples/redundant_statement.bad.json"),
        good: include_str!("../rules/examples/redundant_statement.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-redundant-statement",
    },
    RuleDoc {
        code: Code::UniqueSidsRequired,
        bad: include_str!("../rules/examples/unique_sids_required.bad.json"),
        good: include_str!("../rules/examples/unique_sids_required.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-unique-sids-required",
    },
    RuleDoc {
        code: Code::UnsupportedSid,
        bad: include_str!("../rules/examples/unsupported_sid.bad.json"),
        good: include_str!("../rules/examples/unsupported_sid.good.json"),
        kind: PolicyKind::Identity,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-unsupported-sid",
    },
];

#[cfg(test)]
mod tests {
    use crate::code::Code;
    use crate::{validate, ValidateOptions};

    fn redundant(statements: &str) -> usize {
        let policy = format!(r#"{{"Version": "2012-10-17", "Statement": [{statements}]}}"#);
        validate(&policy, &ValidateOptions::default())
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::RedundantStatement)
            .count()
    }

    #[test]
    fn statements_that_differ_only_in_sid_or_the_case_of_a_condition_key_are_redundant() {
        let a = r#"{"Sid": "A", "Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "s3:GetObject", "Resource": "*",
                    "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}"#;
        let b = r#"{"Sid": "B", "Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "s3:GetObject", "Resource": "*",
                    "Condition": {"StringEquals": {"AWS:PrincipalOrgId": "o-a1b2c3d4e5"}}}"#;
        assert_eq!(redundant(&format!("{a}, {b}")), 1);
        assert_eq!(redundant(&format!("{a}, {b}, {a}")), 2);
    }

    #[test]
    fn a_different_effect_negation_principal_or_value_is_another_statement() {
        let st = |effect: &str, action: &str, principal: &str, value: &str| {
            format!(
                r#"{{"Effect": "{effect}", "Principal": {principal}, "{action}": "s3:GetObject", "Resource": "*",
                    "Condition": {{"StringEquals": {{"aws:PrincipalOrgID": "{value}"}}}}}}"#
            )
        };
        let base = st("Allow", "Action", r#""*""#, "o-a1b2c3d4e5");
        for other in [
            st("Deny", "Action", r#""*""#, "o-a1b2c3d4e5"),
            st("Allow", "NotAction", r#""*""#, "o-a1b2c3d4e5"),
            st("Allow", "Action", r#"{"AWS": "*"}"#, "o-a1b2c3d4e5"),
            st("Allow", "Action", r#""*""#, "o-f6g7h8i9j0"),
        ] {
            assert_eq!(redundant(&format!("{base}, {other}")), 0, "{other}");
        }
        // A bare principal whose text reads like a principal map is still not that map.
        let bare = st("Allow", "Action", r#""[(\"AWS\", [\"*\"])]""#, "o-a1b2c3d4e5");
        let map = st("Allow", "Action", r#"{"AWS": ["*"]}"#, "o-a1b2c3d4e5");
        assert_eq!(redundant(&format!("{bare}, {map}")), 0);
    }
}
