//! Statement rules: Effect and the required elements for each policy kind.

use super::{Cx, PolicyKind};
use crate::code::Code;
use crate::diagnostic::{Diagnostic, Fix};
use crate::i18n::Message;
use crate::model::Statement;
use crate::rule_doc::RuleDoc;
use crate::span::Span;

pub(super) fn check(cx: &Cx<'_>, st: &Statement, out: &mut Vec<Diagnostic>) {
    let open = Span::new(st.span.start, st.span.start + 1);
    match &st.effect {
        None => out.push(
            Diagnostic::at(
                Code::MissingEffect,
                open,
                st.path.clone(),
                Message::new("statement-has-no-effect"),
            )
            .help(Message::new("add-effect-allow-effect-deny")),
        ),
        Some(e) if crate::model::Effect::parse(&e.value).is_none() => {
            let mut d = Diagnostic::at(
                Code::InvalidEffect,
                e.span,
                format!("{}.Effect", st.path),
                Message::new("effect-must-allow-deny-not").arg("e", &e.value),
            )
            .help(Message::new("effect-case-sensitive"));
            let fixed = match e.value.trim().to_ascii_lowercase().as_str() {
                "allow" => Some("\"Allow\""),
                "deny" => Some("\"Deny\""),
                _ => None,
            };
            if let Some(fixed) = fixed {
                d = d.fix(Fix::replace(
                    Message::new("write-fixed-2").arg("fixed", fixed),
                    e.span,
                    fixed,
                ));
            }
            out.push(d);
        }
        Some(_) => {}
    }
    if st.action.is_none() {
        out.push(
            Diagnostic::at(
                Code::MissingAction,
                open,
                st.path.clone(),
                Message::new("statement-has-no-action-notaction"),
            )
            .help(Message::new("add-action-imagebuilder-actions-statement")),
        );
    }
    // A role trust policy's statements have no Resource: they are about the role the policy is attached to.
    let trust = cx.options.kind == PolicyKind::Resource && st.is_trust_statement();
    if st.resource.is_none() && !trust {
        out.push(
            Diagnostic::at(
                Code::MissingResource,
                open,
                st.path.clone(),
                Message::new("statement-has-no-resource-notresource"),
            )
            .help(Message::new("add-resource-arns-statement-about")),
        );
    }
    check_principal_presence(cx, st, open, out);
}

fn check_principal_presence(cx: &Cx<'_>, st: &Statement, open: Span, out: &mut Vec<Diagnostic>) {
    match (cx.options.kind, &st.principal) {
        (PolicyKind::Endpoint | PolicyKind::Resource, None) => {
            let what = Message::new(if cx.options.kind == PolicyKind::Endpoint {
                "kind-an-endpoint-policy"
            } else {
                "kind-a-resource-policy"
            });
            let mut d = Diagnostic::at(
                Code::MissingPrincipal,
                open,
                st.path.clone(),
                Message::new("every-statement-what-needs-principal").words("what", what),
            )
            .help(Message::new("add-principal-narrow-callers-conditions"));
            if cx.options.kind == PolicyKind::Endpoint {
                // AWS evaluates a missing endpoint-policy principal as "*", so adding it changes nothing but validity.
                if let Some((at, indent)) = first_member(cx.src, st.span) {
                    d = d.fix(Fix::replace(
                        Message::new("add-principal"),
                        Span::new(at, at),
                        format!("\"Principal\": \"*\",{indent}"),
                    ));
                }
            }
            out.push(d);
        }
        (PolicyKind::Identity, Some(p)) => out.push(
            Diagnostic::at(
                Code::UnsupportedPrincipal,
                p.key_span,
                p.path.clone(),
                Message::new("identity-policies-cannot-have-principal"),
            )
            .help(Message::new("remove-principal-element-validate-kind")),
        ),
        (_, Some(p)) if p.negated && st.effect_kind() == Some(crate::model::Effect::Allow) => {
            out.push(Diagnostic::new(
                Code::AllowWithNotPrincipal,
                p.key_span,
                p.path.clone(),
                Message::new("allow-notprincipal-grants-access-every"),
                Message::new("use-principal-principals-you-mean"),
            ))
        }
        _ => {}
    }
}

/// Where the statement's first member starts, and the line break plus indentation before it.
fn first_member(src: &str, span: Span) -> Option<(usize, String)> {
    let body = src.get(span.start + 1..span.end)?;
    let offset = body.find(|c: char| !c.is_whitespace())?;
    let at = span.start + 1 + offset;
    let gap = body.get(..offset)?;
    let indent = match gap.rfind('\n') {
        Some(nl) => format!("\n{}", gap.get(nl + 1..).unwrap_or("")),
        None => " ".to_string(),
    };
    Some((at, indent))
}

/// The rules this file checks, with their documentation (`rules::all` gathers them).
pub(crate) const RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::AllowWithNotPrincipal,
        bad: include_str!("../rules/examples/allow_with_not_principal.bad.json"),
        good: include_str!("../rules/examples/allow_with_not_principal.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-allow-with-not-principal",
    },
    RuleDoc {
        code: Code::InvalidEffect,
        bad: include_str!("../rules/examples/invalid_effect.bad.json"),
        good: include_str!("../rules/examples/invalid_effect.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-effect",
    },
    RuleDoc {
        code: Code::MissingAction,
        bad: include_str!("../rules/examples/missing_action.bad.json"),
        good: include_str!("../rules/examples/missing_action.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-action",
    },
    RuleDoc {
        code: Code::MissingEffect,
        bad: include_str!("../rules/examples/missing_effect.bad.json"),
        good: include_str!("../rules/examples/missing_effect.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-effect",
    },
    RuleDoc {
        code: Code::MissingPrincipal,
        bad: include_str!("../rules/examples/missing_principal.bad.json"),
        good: include_str!("../rules/examples/missing_principal.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#vpc-endpoint-policy-considerations",
    },
    RuleDoc {
        code: Code::MissingResource,
        bad: include_str!("../rules/examples/missing_resource.bad.json"),
        good: include_str!("../rules/examples/missing_resource.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-resource",
    },
    RuleDoc {
        code: Code::UnsupportedPrincipal,
        bad: include_str!("../rules/examples/unsupported_principal.bad.json"),
        good: include_str!("../rules/examples/unsupported_principal.good.json"),
        kind: PolicyKind::Identity,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-unsupported-principal",
    },
];
