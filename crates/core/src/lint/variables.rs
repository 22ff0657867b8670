//! Policy variable rules: `${…}` needs Version 2012-10-17, braces must close, only string-like operators.

use super::{json_string, Cx};
use crate::code::Code;
use crate::diagnostic::{Diagnostic, Fix};
use crate::i18n::Message;
use crate::kind::PolicyKind;
use crate::model::Statement;
use crate::operator::{Operator, ValueKind};
use crate::rule_doc::RuleDoc;
use crate::span::Spanned;

pub(super) fn check(cx: &Cx<'_>, st: &Statement, out: &mut Vec<Diagnostic>) {
    let mut values: Vec<(&Spanned<String>, String, bool)> = Vec::new();
    if let Some(el) = &st.resource {
        values.extend(
            el.values
                .iter()
                .enumerate()
                .map(|(i, v)| (v, el.value_path(i), true)),
        );
    }
    if let Some(cond) = &st.condition {
        for op in &cond.operators {
            let variables_allowed = Operator::parse(&op.name.value)
                .is_some_and(|o| matches!(o.value_kind(), ValueKind::String | ValueKind::Arn));
            for key in &op.keys {
                values.extend(
                    key.values
                        .iter()
                        .enumerate()
                        .map(|(i, v)| (v, key.value_path(i), variables_allowed)),
                );
            }
        }
    }
    for (v, path, allowed) in values {
        check_value(cx, v, &path, allowed, out);
    }
}

fn check_value(cx: &Cx<'_>, v: &Spanned<String>, path: &str, allowed: bool, out: &mut Vec<Diagnostic>) {
    let s = v.value.as_str();
    if let Some(problem) = unclosed_variable(s) {
        out.push(Diagnostic::new(
            Code::MissingBraceInVariable,
            v.span,
            path,
            Message::new("s-has-problem")
                .arg("s", s)
                .words("problem", Message::new(problem)),
            Message::new("write-variables"),
        ));
        return;
    }
    if !s.contains("${") {
        return;
    }
    if !allowed {
        out.push(
            Diagnostic::at(
                Code::InvalidVariableForOperator,
                v.span,
                path,
                Message::new("policy-variables-work-only-string"),
            )
            .help(Message::new("use-string-arn-operator-literal")),
        );
        return;
    }
    if !cx.policy.supports_variables() {
        let mut d = Diagnostic::at(
            Code::VariableUnsupportedInVersion,
            v.span,
            path,
            Message::new("policy-variables-need-version-version"),
        )
        .help(Message::new("set-version"));
        if let Some(version) = &cx.policy.version {
            d = d.fix(Fix::replace(
                Message::new("set-version-2"),
                version.span,
                json_string("2012-10-17"),
            ));
        }
        out.push(d);
    }
}

/// Describes a `$aws:…` without braces or a `${` that never closes.
fn unclosed_variable(s: &str) -> Option<&'static str> {
    let mut rest = s;
    while let Some(i) = rest.find('$') {
        let after = rest.get(i + 1..).unwrap_or("");
        if let Some(inner) = after.strip_prefix('{') {
            match inner.find('}') {
                Some(close) => rest = inner.get(close + 1..).unwrap_or(""),
                None => return Some("variable-no-closing-brace"),
            }
        } else {
            let word: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == ':')
                .collect();
            if word.contains(':') {
                return Some("variable-without-braces");
            }
            rest = after;
        }
    }
    None
}

/// The rules this file checks, with their documentation (`rules::all` gathers them).
pub(crate) const RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::InvalidVariableForOperator,
        bad: include_str!("../rules/examples/invalid_variable_for_operator.bad.json"),
        good: include_str!("../rules/examples/invalid_variable_for_operator.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-variable-for-operator",
    },
    RuleDoc {
        code: Code::MissingBraceInVariable,
        bad: include_str!("../rules/examples/missing_brace_in_variable.bad.json"),
        good: include_str!("../rules/examples/missing_brace_in_variable.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-brace-in-variable",
    },
    RuleDoc {
        code: Code::VariableUnsupportedInVersion,
        bad: include_str!("../rules/examples/variable_unsupported_in_version.bad.json"),
        good: include_str!("../rules/examples/variable_unsupported_in_version.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-variable-unsupported-in-version",
    },
];

#[cfg(test)]
mod tests {
    use super::unclosed_variable;

    #[test]
    fn braces() {
        assert!(unclosed_variable("home/${aws:username}/*").is_none());
        assert!(unclosed_variable("home/$aws:username/*").is_some());
        assert!(unclosed_variable("home/${aws:username/*").is_some());
        assert!(unclosed_variable("cost $5").is_none());
    }
}
