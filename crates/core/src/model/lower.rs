//! Turns the JSON tree into the policy model, reporting elements of the wrong shape.

use super::*;
use crate::code::Code;
use crate::diagnostic::{Diagnostic, Fix};
use crate::i18n::Message;
use crate::json::{Member, Node, NodeKind};
use crate::kind::PolicyKind;
use crate::rule_doc::RuleDoc;

const TOP_LEVEL: [&str; 3] = ["Version", "Id", "Statement"];
const STATEMENT_KEYS: [&str; 10] = [
    "Sid",
    "Effect",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Principal",
    "NotPrincipal",
    "Condition",
    "Id",
];

/// Builds the model from a parsed document. Returns `None` when the root is not an object.
pub fn lower(root: &Node, diagnostics: &mut Vec<Diagnostic>) -> Option<Policy> {
    let NodeKind::Object(members) = &root.kind else {
        return None;
    };
    let mut policy = Policy {
        span: root.span,
        version: None,
        id: None,
        statement_key: None,
        statements: Vec::new(),
    };
    for m in members {
        match canonical(m, &TOP_LEVEL, "", diagnostics) {
            Some("Version") => policy.version = string(m, "Version", Code::InvalidVersion, diagnostics),
            Some("Id") => policy.id = string(m, "Id", Code::InvalidId, diagnostics),
            Some("Statement") => {
                policy.statement_key = Some(m.key_span);
                lower_statements(&m.value, &mut policy.statements, diagnostics);
            }
            _ => {}
        }
    }
    Some(policy)
}

/// The canonical element name for a member key, reporting unknown or miscased keys.
fn canonical(
    m: &Member,
    known: &[&'static str],
    parent: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<&'static str> {
    if let Some(k) = known.iter().find(|k| **k == m.key) {
        return Some(k);
    }
    let path = child_path(parent, &m.key);
    if let Some(k) = known.iter().find(|k| k.eq_ignore_ascii_case(m.key.trim())) {
        diagnostics.push(
            Diagnostic::at(
                Code::UnsupportedElement,
                m.key_span,
                path,
                Message::new("element-names-are-case-sensitive")
                    .arg("key", &m.key)
                    .arg("k", k),
            )
            .help(Message::new("rename-k").arg("k", k))
            .fix(Fix::replace(
                Message::new("rename-k-2").arg("k", k),
                m.key_span,
                format!("\"{k}\""),
            )),
        );
        return Some(k);
    }
    diagnostics.push(
        Diagnostic::at(
            Code::UnsupportedElement,
            m.key_span,
            path,
            Message::new("key-not-policy-element-here").arg("key", &m.key),
        )
        .help(Message::new("elements-allowed-here-are-known").arg("known", known.join(", "))),
    );
    None
}

fn string(
    m: &Member,
    path: &str,
    code: crate::code::Code,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Spanned<String>> {
    match m.value.as_str() {
        Some(s) => Some(Spanned::new(s.to_string(), m.value.span)),
        None => {
            diagnostics.push(Diagnostic::at(
                code,
                m.value.span,
                path,
                Message::new("key-must-string-not-type")
                    .arg("key", &m.key)
                    .words("type_name", m.value.type_words()),
            ));
            None
        }
    }
}

fn lower_statements(node: &Node, out: &mut Vec<Statement>, diagnostics: &mut Vec<Diagnostic>) {
    match &node.kind {
        NodeKind::Object(_) => out.extend(lower_statement(node, "Statement".to_string(), diagnostics)),
        NodeKind::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let path = format!("Statement[{i}]");
                match lower_statement(item, path.clone(), diagnostics) {
                    Some(s) => out.push(s),
                    None => diagnostics.push(
                        Diagnostic::at(
                            Code::InvalidStatement,
                            item.span,
                            path,
                            Message::new("statement-must-object-not-type")
                                .words("type_name", item.type_words()),
                        )
                        .help(Message::new("each-statement")),
                    ),
                }
            }
        }
        _ => diagnostics.push(
            Diagnostic::at(
                Code::InvalidStatement,
                node.span,
                "Statement",
                Message::new("statement-must-object-array-objects").words("type_name", node.type_words()),
            )
            .help(Message::new("write-statement")),
        ),
    }
}

fn lower_statement(node: &Node, path: String, diagnostics: &mut Vec<Diagnostic>) -> Option<Statement> {
    let NodeKind::Object(members) = &node.kind else {
        return None;
    };
    let mut st = Statement {
        path: path.clone(),
        span: node.span,
        ..Statement::default()
    };
    for m in members {
        let Some(name) = canonical(m, &STATEMENT_KEYS, &path, diagnostics) else {
            continue;
        };
        let key_path = child_path(&path, name);
        if let Some(conflict) = conflicting(&st, name) {
            diagnostics.push(
                Diagnostic::at(
                    Code::ConflictingElements,
                    m.key_span,
                    key_path.clone(),
                    Message::new("statement-cannot-have-both-conflict")
                        .arg("conflict", conflict)
                        .arg("name", name),
                )
                .help(
                    Message::new("keep-either-conflict-name")
                        .arg("conflict", conflict)
                        .arg("name", name),
                ),
            );
            continue;
        }
        match name {
            "Sid" => st.sid = string(m, &key_path, Code::InvalidSid, diagnostics),
            "Id" => {}
            "Effect" => st.effect = string(m, &key_path, Code::InvalidEffect, diagnostics),
            "Action" | "NotAction" => {
                st.action = Some(element(m, name, key_path, Code::InvalidAction, diagnostics))
            }
            "Resource" | "NotResource" => {
                st.resource = Some(element(m, name, key_path, Code::InvalidResource, diagnostics))
            }
            "Principal" | "NotPrincipal" => st.principal = principal(m, name, key_path, diagnostics),
            "Condition" => st.condition = condition(m, key_path, diagnostics),
            _ => {}
        }
    }
    Some(st)
}

fn conflicting(st: &Statement, name: &str) -> Option<&'static str> {
    let has = |negated: Option<bool>, want_negated: bool| negated == Some(want_negated);
    match name {
        "Action" if has(st.action.as_ref().map(|e| e.negated), true) => Some("NotAction"),
        "NotAction" if has(st.action.as_ref().map(|e| e.negated), false) => Some("Action"),
        "Resource" if has(st.resource.as_ref().map(|e| e.negated), true) => Some("NotResource"),
        "NotResource" if has(st.resource.as_ref().map(|e| e.negated), false) => Some("Resource"),
        "Principal" if has(st.principal.as_ref().map(|e| e.negated), true) => Some("NotPrincipal"),
        "NotPrincipal" if has(st.principal.as_ref().map(|e| e.negated), false) => Some("Principal"),
        _ => None,
    }
}

/// A string or an array of strings; items of other types are reported with `code`.
fn strings(
    node: &Node,
    path: &str,
    code: crate::code::Code,
    what: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> (bool, Vec<Spanned<String>>) {
    let mut bad = |n: &Node, p: String| {
        diagnostics.push(
            Diagnostic::at(
                code,
                n.span,
                p,
                Message::new("what-must-string-array-strings")
                    .arg("what", what)
                    .words("type_name", n.type_words()),
            )
            .help(Message::new("write-string-such-imagebuilder-getimage")),
        );
    };
    match &node.kind {
        NodeKind::String(s) => (false, vec![Spanned::new(s.clone(), node.span)]),
        NodeKind::Array(items) => {
            let mut values = Vec::new();
            for (i, item) in items.iter().enumerate() {
                match item.as_str() {
                    Some(s) => values.push(Spanned::new(s.to_string(), item.span)),
                    None => bad(item, format!("{path}[{i}]")),
                }
            }
            (true, values)
        }
        _ => {
            bad(node, path.to_string());
            (false, Vec::new())
        }
    }
}

fn element(
    m: &Member,
    name: &str,
    path: String,
    code: crate::code::Code,
    diagnostics: &mut Vec<Diagnostic>,
) -> Element {
    let (is_array, values) = strings(&m.value, &path, code, name, diagnostics);
    Element {
        negated: name.starts_with("Not"),
        key_span: m.key_span,
        span: m.value.span,
        path,
        is_array,
        values,
    }
}

fn principal(
    m: &Member,
    name: &str,
    path: String,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<PrincipalElement> {
    let kind = match &m.value.kind {
        NodeKind::String(s) => PrincipalKind::Bare(Spanned::new(s.clone(), m.value.span)),
        NodeKind::Object(entries) => PrincipalKind::Map(
            entries
                .iter()
                .map(|e| {
                    let entry_path = child_path(&path, &e.key);
                    let (is_array, values) = strings(
                        &e.value,
                        &entry_path,
                        Code::InvalidPrincipalFormat,
                        &e.key,
                        diagnostics,
                    );
                    PrincipalEntry {
                        key: Spanned::new(e.key.clone(), e.key_span),
                        path: entry_path,
                        is_array,
                        span: e.value.span,
                        values,
                    }
                })
                .collect(),
        ),
        _ => {
            diagnostics.push(
                Diagnostic::at(
                    Code::InvalidPrincipalFormat,
                    m.value.span,
                    path,
                    Message::new("name-must-object-not-type")
                        .arg("name", name)
                        .words("type_name", m.value.type_words()),
                )
                .help(Message::new("write-principal-principal")),
            );
            return None;
        }
    };
    Some(PrincipalElement {
        negated: name == "NotPrincipal",
        key_span: m.key_span,
        span: m.value.span,
        path,
        kind,
    })
}

fn condition(m: &Member, path: String, diagnostics: &mut Vec<Diagnostic>) -> Option<Condition> {
    let NodeKind::Object(ops) = &m.value.kind else {
        diagnostics.push(
            Diagnostic::at(
                Code::InvalidCondition,
                m.value.span,
                path,
                Message::new("condition-must-object-not-type").words("type_name", m.value.type_words()),
            )
            .help(Message::new("write-condition")),
        );
        return None;
    };
    let mut operators = Vec::new();
    for op in ops {
        let op_path = child_path(&path, &op.key);
        let NodeKind::Object(keys) = &op.value.kind else {
            diagnostics.push(
                Diagnostic::at(
                    Code::InvalidCondition,
                    op.value.span,
                    op_path,
                    Message::new("key-operator-must-map-condition")
                        .arg("key", &op.key)
                        .words("type_name", op.value.type_words()),
                )
                .help(Message::new("write")),
            );
            continue;
        };
        let keys = keys
            .iter()
            .map(|k| condition_key(k, child_path(&op_path, &k.key), diagnostics))
            .collect();
        operators.push(ConditionOperator {
            name: Spanned::new(op.key.clone(), op.key_span),
            path: op_path,
            span: op.value.span,
            keys,
        });
    }
    Some(Condition {
        key_span: m.key_span,
        span: m.value.span,
        path,
        operators,
    })
}

fn condition_key(k: &Member, path: String, diagnostics: &mut Vec<Diagnostic>) -> ConditionKey {
    let scalar = |n: &Node| match &n.kind {
        NodeKind::String(s) => Some(s.clone()),
        NodeKind::Bool(b) => Some(b.to_string()),
        NodeKind::Number(x) => Some(x.clone()),
        _ => None,
    };
    let mut bad = |n: &Node, p: String| {
        diagnostics.push(
            Diagnostic::at(
                Code::InvalidCondition,
                n.span,
                p,
                Message::new("condition-value-must-string-number").words("type_name", n.type_words()),
            )
            .help(Message::new("write-value-array-values")),
        );
    };
    let (is_array, values) = match &k.value.kind {
        NodeKind::Array(items) => {
            let mut values = Vec::new();
            for (i, item) in items.iter().enumerate() {
                match scalar(item) {
                    Some(s) => values.push(Spanned::new(s, item.span)),
                    None => bad(item, format!("{path}[{i}]")),
                }
            }
            (true, values)
        }
        _ => match scalar(&k.value) {
            Some(s) => (false, vec![Spanned::new(s, k.value.span)]),
            None => {
                bad(&k.value, path.clone());
                (false, Vec::new())
            }
        },
    };
    ConditionKey {
        name: Spanned::new(k.key.clone(), k.key_span),
        path,
        span: k.value.span,
        is_array,
        values,
    }
}

/// The rules this file checks, with their documentation (`rules::all` gathers them).
pub(crate) const RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::ConflictingElements,
        bad: include_str!("../rules/examples/conflicting_elements.bad.json"),
        good: include_str!("../rules/examples/conflicting_elements.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-unsupported-element-combination",
    },
    RuleDoc {
        code: Code::InvalidCondition,
        bad: include_str!("../rules/examples/invalid_condition.bad.json"),
        good: include_str!("../rules/examples/invalid_condition.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html",
    },
    RuleDoc {
        code: Code::InvalidId,
        bad: include_str!("../rules/examples/invalid_id.bad.json"),
        good: include_str!("../rules/examples/invalid_id.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_id.html",
    },
    RuleDoc {
        code: Code::InvalidResource,
        bad: include_str!("../rules/examples/invalid_resource.bad.json"),
        good: include_str!("../rules/examples/invalid_resource.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html",
    },
    RuleDoc {
        code: Code::InvalidSid,
        bad: include_str!("../rules/examples/invalid_sid.bad.json"),
        good: include_str!("../rules/examples/invalid_sid.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html",
    },
    RuleDoc {
        code: Code::InvalidStatement,
        bad: include_str!("../rules/examples/invalid_statement.bad.json"),
        good: include_str!("../rules/examples/invalid_statement.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_statement.html",
    },
    RuleDoc {
        code: Code::UnsupportedElement,
        bad: include_str!("../rules/examples/unsupported_element.bad.json"),
        good: include_str!("../rules/examples/unsupported_element.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-policy-element",
    },
];
