//! Principal and NotPrincipal rules.

use super::Cx;
use crate::arn::Arn;
use crate::code::Code;
use crate::diagnostic::{Diagnostic, Fix};
use crate::i18n::Message;
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
                Message::new("bare-principal-string-must-not").arg("v", &v.value),
            )
            .help(Message::new("write-2").arg("v", &v.value)),
        ),
        PrincipalKind::Map(entries) => {
            if entries.is_empty() {
                out.push(
                    Diagnostic::at(
                        Code::EmptyObjectPrincipal,
                        p.span,
                        p.path.clone(),
                        Message::new("principal-object-empty-matches-no"),
                    )
                    .help(Message::new("write-principal")),
                );
            }
            for entry in entries {
                let key = entry.key.value.as_str();
                if !KEYS.contains(&key) {
                    let mut d = Diagnostic::at(
                        Code::InvalidPrincipalKey,
                        entry.key.span,
                        entry.path.clone(),
                        Message::new("key-not-principal-type").arg("key", key),
                    )
                    .help(Message::new("principal-types-are-aws-service"));
                    if let Some(k) = KEYS.iter().find(|k| k.eq_ignore_ascii_case(key.trim())) {
                        d = d.fix(Fix::replace(
                            Message::new("rename-k-3").arg("k", k),
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
                            Message::new("key-principal-list-empty").arg("key", key),
                        )
                        .help(Message::new("list-least-one-principal")),
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
            Diagnostic::at(
                Code::UnreplacedPlaceholder,
                v.span,
                path,
                Message::new("s-still-holds-placeholder").arg("s", s),
            )
            .help(Message::new("replace-placeholder-your-value-vpce")),
        );
    }
    if s.contains(['*', '?']) {
        return Some(
            Diagnostic::at(
                Code::UnsupportedWildcardInPrincipal,
                v.span,
                path,
                Message::new("principals-cannot-contain-partial-wildcards").arg("s", s),
            )
            .help(Message::new("use-narrow-condition-such-arnlike")),
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
        let help = Message::new(match key {
            "AWS" => "principal-aws-help",
            "Service" => "principal-service-help",
            "CanonicalUser" => "principal-canonical-user-help",
            _ => "principal-federated-help",
        });
        Diagnostic::at(
            Code::InvalidPrincipalFormat,
            v.span,
            path,
            Message::new("s-not-valid-key-principal")
                .arg("s", s)
                .arg("key", key),
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
