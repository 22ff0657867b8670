//! Action and NotAction rules.

use super::{json_string, Cx};
use crate::code::Code;
use crate::data::actions;
use crate::data::iam::iam;
use crate::diagnostic::{Diagnostic, Fix};
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
                format!("{name} is an empty array, so the statement matches no action"),
            )
            .help("list at least one action, such as \"imagebuilder:GetImage\""),
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
            format!("action \"{action}\" contains whitespace, so it matches nothing"),
        )
        .help(format!("remove the whitespace: \"{squeezed}\""));
        if squeezed.split(':').count() == 2 && !squeezed.contains(',') {
            d = d.fix(Fix::replace(
                "remove the whitespace",
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
                format!("\"{action}\" joins several actions with a comma, so it matches nothing"),
            )
            .help("write each action as its own string in an array: [\"s3:GetObject\", \"s3:PutObject\"]"),
        );
    }
    let Some((prefix, name)) = action.split_once(':') else {
        return Some(
            Diagnostic::at(
                Code::InvalidAction,
                span,
                path,
                format!("action \"{action}\" has no service prefix"),
            )
            .help("write actions as service:Action, e.g. \"imagebuilder:GetImage\""),
        );
    };
    if prefix.is_empty() || name.is_empty() || name.contains(':') {
        return Some(
            Diagnostic::at(
                Code::InvalidAction,
                span,
                path,
                format!("\"{action}\" is not of the form service:Action"),
            )
            .help("write actions as service:Action, e.g. \"s3:GetObject\""),
        );
    }
    if prefix.contains(['*', '?']) {
        return Some(Diagnostic::new(
            Code::WildcardInServiceName,
            span,
            path,
            format!("\"{action}\" has a wildcard in the service prefix"),
            "name the service explicitly; a wildcard prefix can match services you did not intend",
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
                format!("\"{prefix}\" is not an AWS service prefix, so \"{action}\" matches nothing"),
            )
            .help(format!("did you mean \"{c}:{name}\"?")),
            None => Diagnostic::at(
                Code::UndocumentedService,
                span,
                path,
                format!("\"{prefix}\" is not a service in the Service Authorization Reference, so \"{action}\" may match nothing"),
            )
            .help("check the prefix: the service may be retired, or newer than the embedded data (see `vpce-policy rules`)"),
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
                format!(
                    "\"{action}\" matches no {} action in the Service Authorization Reference",
                    service.prefix
                ),
            )
            .help(format!(
                "check the spelling; {} has {} documented actions",
                service.prefix,
                db.actions(service).len()
            )),
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
            format!("\"{action}\" is not a {} action", service.prefix),
        )
        .help(format!("did you mean \"{}:{c}\"?", service.prefix)),
        None => Diagnostic::at(
            Code::UndocumentedAction,
            span,
            path,
            format!(
                "\"{action}\" is not a {} action in the Service Authorization Reference",
                service.prefix
            ),
        )
        .help(format!(
            "check the spelling against the {} actions; an action newer than the embedded data is reported too",
            service.prefix
        )),
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
