//! Principal and NotPrincipal rules.

use super::Cx;
use crate::arn::Arn;
use crate::code::Code;
use crate::diagnostic::{Diagnostic, Fix};
use crate::kind::PolicyKind;
use crate::model::{PrincipalKind, Statement};
use crate::rule_doc::RuleDoc;
use crate::span::Spanned;

const KEYS: [&str; 4] = ["AWS", "Service", "Federated", "CanonicalUser"];

pub(super) fn check(_cx: &Cx<'_>, st: &Statement, out: &mut Vec<Diagnostic>) {
    let Some(p) = &st.principal else { return };
    match &p.kind {
        PrincipalKind::Bare(v) if v.value == "*" => {}
        PrincipalKind::Bare(v) => out.push(
            Diagnostic::at(
                Code::InvalidPrincipalFormat,
                v.span,
                p.path.clone(),
                format!("a bare Principal string must be \"*\", not \"{}\"", v.value),
            )
            .help(format!("write {{\"AWS\": \"{}\"}}", v.value)),
        ),
        PrincipalKind::Map(entries) => {
            if entries.is_empty() {
                out.push(
                    Diagnostic::at(
                        Code::EmptyObjectPrincipal,
                        p.span,
                        p.path.clone(),
                        "the Principal object is empty, so it matches no one",
                    )
                    .help("write \"Principal\": \"*\" or {\"AWS\": \"…\"}"),
                );
            }
            for entry in entries {
                let key = entry.key.value.as_str();
                if !KEYS.contains(&key) {
                    let mut d = Diagnostic::at(
                        Code::InvalidPrincipalKey,
                        entry.key.span,
                        entry.path.clone(),
                        format!("\"{key}\" is not a principal type"),
                    )
                    .help("principal types are AWS, Service, Federated and CanonicalUser (case-sensitive)");
                    if let Some(k) = KEYS.iter().find(|k| k.eq_ignore_ascii_case(key.trim())) {
                        d = d.fix(Fix::replace(
                            format!("rename to \"{k}\""),
                            entry.key.span,
                            format!("\"{k}\""),
                        ));
                    }
                    out.push(d);
                    continue;
                }
                if entry.is_array && entry.values.is_empty() {
                    out.push(
                        Diagnostic::at(
                            Code::EmptyArrayPrincipal,
                            entry.span,
                            entry.path.clone(),
                            format!("the {key} principal list is empty"),
                        )
                        .help("list at least one principal"),
                    );
                }
                for (i, v) in entry.values.iter().enumerate() {
                    if let Some(d) = check_value(key, v, &entry.value_path(i)) {
                        out.push(d);
                    }
                }
            }
        }
    }
}

fn check_value(key: &str, v: &Spanned<String>, path: &str) -> Option<Diagnostic> {
    let s = v.value.as_str();
    // `{"Federated": "*"}`: AWS's data-perimeter STS endpoint policy uses it for web-identity and SAML callers.
    if s == "*" && (key == "AWS" || key == "Service" || key == "Federated") {
        return None;
    }
    if super::domain::angle_placeholder(s).is_some() {
        return Some(
            Diagnostic::at(Code::UnreplacedPlaceholder, v.span, path, format!("\"{s}\" still holds a placeholder"))
                .help("replace the placeholder with your value; `vpce-policy generate` fills every placeholder for you"),
        );
    }
    if s.contains(['*', '?']) {
        return Some(
            Diagnostic::at(
                Code::UnsupportedWildcardInPrincipal,
                v.span,
                path,
                format!("principals cannot contain partial wildcards: \"{s}\""),
            )
            .help("use \"*\" and narrow it with a condition such as ArnLike on aws:PrincipalArn"),
        );
    }
    let valid = match key {
        "AWS" => is_aws_principal(s),
        "Service" => {
            s.ends_with(".amazonaws.com") || s.ends_with(".amazonaws.com.cn") || s.ends_with(".amazon.com")
        }
        "CanonicalUser" => s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit()),
        _ => !s.is_empty(),
    };
    (!valid).then(|| {
        let help = match key {
            "AWS" => {
                "use a 12-digit account ID, arn:aws:iam::ACCOUNT:root, or a role, user or assumed-role ARN"
            }
            "Service" => "use a service principal such as imagebuilder.amazonaws.com",
            "CanonicalUser" => "a canonical user ID is 64 hexadecimal characters",
            _ => "use an identity provider ARN or name",
        };
        Diagnostic::at(
            Code::InvalidPrincipalFormat,
            v.span,
            path,
            format!("\"{s}\" is not a valid {key} principal"),
        )
        .help(help)
    })
}

fn is_aws_principal(s: &str) -> bool {
    if s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let Some(arn) = Arn::parse(s) else { return false };
    let account_ok = arn.account.len() == 12 && arn.account.bytes().all(|b| b.is_ascii_digit());
    let kind = arn.resource.split('/').next().unwrap_or("");
    account_ok
        && arn.region.is_empty()
        && match arn.service {
            "iam" => {
                arn.resource == "root"
                    || matches!(kind, "user" | "role" | "federated-user")
                        && arn.resource.len() > kind.len() + 1
            }
            "sts" => matches!(kind, "assumed-role" | "federated-user"),
            _ => false,
        }
}

/// The rules this file checks, with their documentation (`rules::all` gathers them).
pub(crate) const RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::EmptyArrayPrincipal,
        bad: include_str!("../rules/examples/empty_array_principal.bad.json"),
        good: include_str!("../rules/examples/empty_array_principal.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-empty-array-principal",
    },
    RuleDoc {
        code: Code::EmptyObjectPrincipal,
        bad: include_str!("../rules/examples/empty_object_principal.bad.json"),
        good: include_str!("../rules/examples/empty_object_principal.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-empty-object-principal",
    },
    RuleDoc {
        code: Code::InvalidPrincipalFormat,
        bad: include_str!("../rules/examples/invalid_principal_format.bad.json"),
        good: include_str!("../rules/examples/invalid_principal_format.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-principal-format",
    },
    RuleDoc {
        code: Code::InvalidPrincipalKey,
        bad: include_str!("../rules/examples/invalid_principal_key.bad.json"),
        good: include_str!("../rules/examples/invalid_principal_key.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-principal-key",
    },
    RuleDoc {
        code: Code::UnsupportedWildcardInPrincipal,
        bad: include_str!("../rules/examples/unsupported_wildcard_in_principal.bad.json"),
        good: include_str!("../rules/examples/unsupported_wildcard_in_principal.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-unsupported-wildcard-in-principal",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aws_principal_forms() {
        assert!(is_aws_principal("111122223333"));
        assert!(is_aws_principal("arn:aws:iam::111122223333:root"));
        assert!(is_aws_principal("arn:aws:iam::111122223333:role/path/Name"));
        assert!(is_aws_principal(
            "arn:aws:sts::111122223333:assumed-role/Name/session"
        ));
        assert!(!is_aws_principal("arn:aws:iam::1111:root"));
        assert!(!is_aws_principal("arn:aws:s3:::bucket"));
        assert!(!is_aws_principal("alice"));
    }
}
