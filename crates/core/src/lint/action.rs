//! Action and NotAction rules.

use super::{json_string, Cx};
use crate::code::Code;
use crate::data::actions;
use crate::data::iam::iam;
use crate::diagnostic::{Diagnostic, Fix};
use crate::i18n::Message;
use crate::kind::PolicyKind;
use crate::model::Statement;
use crate::rule_doc::RuleDoc;

pub(super) fn check(_cx: &Cx<'_>, st: &Statement, out: &mut Vec<Diagnostic>) {
    let Some(el) = &st.action else { return };
    let name = if el.negated { "NotAction" } else { "Action" };
    if el.is_array && el.values.is_empty() {
        out.push(
            Diagnostic::at(
                Code::EmptyArrayAction,
                el.span,
                el.path.clone(),
                Message::new("name-empty-array-statement-matches").arg("name", name),
            )
            .help(Message::new("list-least-one-action-such")),
        );
    }
    for (i, v) in el.values.iter().enumerate() {
        let path = el.value_path(i);
        if let Some(d) = check_action(&v.value, v.span, &path) {
            out.push(d);
        }
    }
    super::check_redundant(el, true, Code::RedundantAction, "action", out);
}

fn check_action(action: &str, span: crate::span::Span, path: &str) -> Option<Diagnostic> {
    if action == "*" || super::domain::angle_placeholder(action).is_some() {
        return None;
    }
    if action.chars().any(char::is_whitespace) {
        let squeezed: String = action.chars().filter(|c| !c.is_whitespace()).collect();
        let mut d = Diagnostic::at(
            Code::InvalidAction,
            span,
            path,
            Message::new("action-action-contains-whitespace-matches").arg("action", action),
        )
        .help(Message::new("remove-whitespace-squeezed").arg("squeezed", &squeezed));
        if squeezed.split(':').count() == 2 && !squeezed.contains(',') {
            d = d.fix(Fix::replace(
                Message::new("remove-whitespace"),
                span,
                json_string(&squeezed),
            ));
        }
        return Some(d);
    }
    if action.contains(',') {
        return Some(
            Diagnostic::at(
                Code::InvalidAction,
                span,
                path,
                Message::new("action-joins-several-actions-comma").arg("action", action),
            )
            .help(Message::new("write-each-action-own-string")),
        );
    }
    let Some((prefix, name)) = action.split_once(':') else {
        return Some(
            Diagnostic::at(
                Code::InvalidAction,
                span,
                path,
                Message::new("action-action-has-no-service").arg("action", action),
            )
            .help(Message::new("write-actions-service-action-e")),
        );
    };
    if prefix.is_empty() || name.is_empty() || name.contains(':') {
        return Some(
            Diagnostic::at(
                Code::InvalidAction,
                span,
                path,
                Message::new("action-not-form-service-action").arg("action", action),
            )
            .help(Message::new("write-actions-service-action-e-2")),
        );
    }
    if prefix.contains(['*', '?']) {
        return Some(Diagnostic::new(
            Code::WildcardInServiceName,
            span,
            path,
            Message::new("action-has-wildcard-service-prefix").arg("action", action),
            Message::new("name-service-explicitly-wildcard-prefix"),
        ));
    }
    let db = iam();
    if !crate::data::iam::loaded() {
        return None; // a face that has not loaded the data yet: every action would look unknown
    }
    let Some(service) = db.service(prefix) else {
        return Some(match actions::closest_service(prefix) {
            Some(c) => Diagnostic::at(
                Code::UnknownService,
                span,
                path,
                Message::new("prefix-not-aws-service-prefix")
                    .arg("prefix", prefix)
                    .arg("action", action),
            )
            .help(Message::new("did-you-mean-c-name").arg("c", c).arg("name", name)),
            None => Diagnostic::at(
                Code::UndocumentedService,
                span,
                path,
                Message::new("prefix-not-service-service-authorization")
                    .arg("prefix", prefix)
                    .arg("action", action),
            )
            .help(Message::new("check-prefix-service-may-retired")),
        });
    };
    if name.contains(['*', '?']) {
        let pattern = crate::glob::Pattern::new(name, true);
        if db.actions(service).iter().any(|a| pattern.matches(a.name)) {
            return None;
        }
        return Some(
            Diagnostic::at(
                Code::UndocumentedAction,
                span,
                path,
                Message::new("action-matches-no-prefix-action")
                    .arg("action", action)
                    .arg("prefix", service.prefix),
            )
            .help(
                Message::new("check-spelling-prefix-has-service")
                    .arg("prefix", service.prefix)
                    .arg("service", db.actions(service).len()),
            ),
        );
    }
    if actions::canonical_action(service, name).is_some() {
        return None;
    }
    Some(match actions::closest_action(service, name) {
        Some(c) => Diagnostic::at(
            Code::UnknownAction,
            span,
            path,
            Message::new("action-not-prefix-action")
                .arg("action", action)
                .arg("prefix", service.prefix),
        )
        .help(
            Message::new("did-you-mean-prefix-c")
                .arg("prefix", service.prefix)
                .arg("c", c),
        ),
        None => Diagnostic::at(
            Code::UndocumentedAction,
            span,
            path,
            Message::new("action-not-prefix-action-service")
                .arg("action", action)
                .arg("prefix", service.prefix),
        )
        .help(Message::new("check-spelling-against-prefix-actions").arg("prefix", service.prefix)),
    })
}

/// The rules this file checks, with their documentation (`rules::all` gathers them).
pub(crate) const RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::EmptyArrayAction,
        bad: include_str!("../rules/examples/empty_array_action.bad.json"),
        good: include_str!("../rules/examples/empty_array_action.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-empty-array-action",
    },
    RuleDoc {
        code: Code::InvalidAction,
        bad: include_str!("../rules/examples/invalid_action.bad.json"),
        good: include_str!("../rules/examples/invalid_action.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html",
    },
    RuleDoc {
        code: Code::RedundantAction,
        bad: include_str!("../rules/examples/redundant_action.bad.json"),
        good: include_str!("../rules/examples/redundant_action.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-redundant-action",
    },
    RuleDoc {
        code: Code::UndocumentedAction,
        bad: include_str!("../rules/examples/undocumented_action.bad.json"),
        good: include_str!("../rules/examples/undocumented_action.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2imagebuilder.html",
    },
    RuleDoc {
        code: Code::UndocumentedService,
        bad: include_str!("../rules/examples/undocumented_service.bad.json"),
        good: include_str!("../rules/examples/undocumented_service.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html",
    },
    RuleDoc {
        code: Code::UnknownAction,
        bad: include_str!("../rules/examples/unknown_action.bad.json"),
        good: include_str!("../rules/examples/unknown_action.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-action",
    },
    RuleDoc {
        code: Code::UnknownService,
        bad: include_str!("../rules/examples/unknown_service.bad.json"),
        good: include_str!("../rules/examples/unknown_service.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-service-in-action",
    },
    RuleDoc {
        code: Code::WildcardInServiceName,
        bad: include_str!("../rules/examples/wildcard_in_service_name.bad.json"),
        good: include_str!("../rules/examples/wildcard_in_service_name.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-wildcard-in-service-name",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn code(a: &str) -> Option<crate::code::Code> {
        check_action(a, Span::default(), "").map(|d| d.code)
    }

    #[test]
    fn action_forms() {
        assert_eq!(code("imagebuilder:GetImage"), None);
        assert_eq!(code("imagebuilder:getimage"), None);
        assert_eq!(code("imagebuilder:Get*"), None);
        assert_eq!(code("imagebuilder: DeleteImage"), Some(Code::InvalidAction));
        assert_eq!(code("s3:GetObject,PutObject"), Some(Code::InvalidAction));
        assert_eq!(code("GetObject"), Some(Code::InvalidAction));
        assert_eq!(code("imagebuilder:DeleteImgae"), Some(Code::UnknownAction));
        assert_eq!(code("imagebuilder:Frob*"), Some(Code::UndocumentedAction));
        assert_eq!(code("ec2:AnythingGoes"), Some(Code::UndocumentedAction));
        assert_eq!(code("deeplens:*"), Some(Code::UndocumentedService));
        assert_eq!(code("ec2:RunInstances"), None);
        assert_eq!(code("s3:GetBucketAbac"), None);
        assert_eq!(code("s3:AllowVendedLogDeliveryForResource"), None);
        assert_eq!(code("sts:GetWebIdentityToken"), None);
        assert_eq!(code("imagebuildr:GetImage"), Some(Code::UnknownService));
        assert_eq!(code("*:Get*"), Some(Code::WildcardInServiceName));
    }

    #[test]
    fn whitespace_fix_removes_the_space() {
        let d = check_action("imagebuilder: DeleteImage", Span::new(0, 27), "").unwrap();
        assert_eq!(
            d.fix.unwrap().edits[0].replacement,
            "\"imagebuilder:DeleteImage\""
        );
    }
}
