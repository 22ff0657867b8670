//! Terraform (`.tf`), read with `hcl-edit` (it keeps every expression's byte range): `policy = jsonencode({…})`,
//! a heredoc or a string of JSON, and `data "aws_iam_policy_document"` rendered as the AWS provider renders it,
//! validated with the kind of the place that uses it.

use crate::render::Rendered;
use crate::tree::{Kind, Node, Piece, Text};
use crate::{Found, TemplateError, Vars};
use hcl_edit::expr::{Expression, ObjectKey};
use hcl_edit::structure::{Block, Body};
use hcl_edit::template::{Element, Template};
use hcl_edit::Span;
use std::collections::BTreeMap;
use vpce_policy_core::PolicyKind;

/// Where each resource type keeps its policies: (type, attribute, kind).
pub(crate) const PLACES: &[(&str, &str, PolicyKind)] = &[
    ("aws_vpc_endpoint", "policy", PolicyKind::Endpoint),
    ("aws_vpc_endpoint_policy", "policy", PolicyKind::Endpoint),
    ("aws_iam_policy", "policy", PolicyKind::Identity),
    ("aws_iam_role_policy", "policy", PolicyKind::Identity),
    ("aws_iam_user_policy", "policy", PolicyKind::Identity),
    ("aws_iam_group_policy", "policy", PolicyKind::Identity),
    ("aws_iam_role", "assume_role_policy", PolicyKind::Resource),
    ("aws_s3_bucket_policy", "policy", PolicyKind::Resource),
    ("aws_kms_key", "policy", PolicyKind::Resource),
    ("aws_sqs_queue_policy", "policy", PolicyKind::Resource),
    ("aws_sns_topic_policy", "policy", PolicyKind::Resource),
];

fn range(s: &impl Span) -> std::ops::Range<usize> {
    s.span().unwrap_or(0..0)
}

fn labels(block: &Block) -> Vec<String> {
    block
        .labels
        .iter()
        .map(|l| match l {
            hcl_edit::structure::BlockLabel::Ident(i) => i.as_str().to_string(),
            hcl_edit::structure::BlockLabel::String(s) => s.value().clone(),
        })
        .collect()
}

/// Every policy of a Terraform file.
pub fn policies(src: &str, vars: &Vars) -> Result<Vec<Found>, TemplateError> {
    let body = hcl_edit::parser::parse_body(src).map_err(|e| TemplateError::Syntax {
        offset: line_col_offset(src, e.location().line(), e.location().column()),
        message: e.message().to_string(),
    })?;
    let documents = policy_documents(src, &body, vars);
    let mut out = Vec::new();
    for block in body.blocks() {
        let l = labels(block);
        let (Some(ty), Some(name)) = (l.first(), l.get(1)) else {
            continue;
        };
        if block.ident.as_str() != "resource" {
            continue;
        }
        if ty == "aws_vpc_endpoint" && block.body.get_attribute("policy").is_none() {
            out.extend(without_policy(src, &body, name, block, vars));
        }
        for (_, attribute, kind) in PLACES.iter().filter(|(t, _, _)| t == ty) {
            let Some(attr) = block.body.get_attribute(attribute) else {
                continue;
            };
            let address = format!("{ty}.{name}.{attribute}");
            out.push(found(src, address, *kind, &attr.value, &documents, vars));
        }
    }
    Ok(out)
}

/// The byte offset of a 1-based line and column.
fn line_col_offset(src: &str, line: usize, column: usize) -> usize {
    let start: usize = src
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    start + column.saturating_sub(1)
}

fn found(
    src: &str,
    name: String,
    kind: PolicyKind,
    expr: &Expression,
    documents: &BTreeMap<String, Node>,
    vars: &Vars,
) -> Found {
    let checked = |policy: Rendered| Found {
        name: name.clone(),
        kind,
        policy: Some(policy),
        unchecked: None,
        no_policy: None,
        external: None,
    };
    let unchecked = |why: String| Found {
        name: name.clone(),
        kind,
        policy: None,
        unchecked: Some(why),
        no_policy: None,
        external: None,
    };
    match expr {
        Expression::FuncCall(call) if matches!(call.name.name.as_str(), "file" | "templatefile") => {
            let path = call.args.iter().next().map(|a| {
                src.get(range(a))
                    .unwrap_or("")
                    .trim()
                    .trim_matches('"')
                    .to_string()
            });
            match path {
                Some(p) if !p.is_empty() => Found {
                    name: name.clone(),
                    kind,
                    policy: None,
                    unchecked: None,
                    no_policy: None,
                    external: Some(p.trim_start_matches("${path.module}/").to_string()),
                },
                _ => unchecked(format!("{}() has no path", call.name.name.as_str())),
            }
        }
        Expression::FuncCall(call) if call.name.name.as_str() == "jsonencode" => {
            match call.args.iter().next() {
                Some(arg) => checked(Rendered::from_node(&node(src, arg, vars))),
                None => unchecked("jsonencode() has no argument".into()),
            }
        }
        Expression::String(s) => checked(Rendered::from_text(&string_text(src, s.value(), range(expr)))),
        Expression::StringTemplate(t) => {
            checked(Rendered::from_text(&template_text(src, t, range(expr), vars)))
        }
        Expression::HeredocTemplate(h) => checked(Rendered::from_text(&template_text(
            src,
            &h.template,
            range(expr),
            vars,
        ))),
        Expression::Traversal(_) => {
            let path = src.get(range(expr)).unwrap_or("").trim().to_string();
            let doc = path
                .strip_prefix("data.aws_iam_policy_document.")
                .and_then(|rest| rest.strip_suffix(".json"))
                .and_then(|name| documents.get(name));
            match doc {
                Some(doc) => checked(Rendered::from_node(doc)),
                None => unchecked(format!("the policy comes from {path}, known only at plan time")),
            }
        }
        Expression::Variable(v) => unchecked(format!(
            "the policy comes from {}, known only at plan time",
            v.as_str()
        )),
        _ => unchecked(format!(
            "the policy is an expression ({}) this tool does not evaluate",
            src.get(range(expr)).unwrap_or("").lines().next().unwrap_or("")
        )),
    }
}

/// A plain HCL string: verbatim where the file holds it so (no escapes).
fn string_text(src: &str, value: &str, at: std::ops::Range<usize>) -> Text {
    let inner = at.start + 1..at.end.saturating_sub(1);
    if src.get(inner.clone()) == Some(value) {
        Text::verbatim(value, inner.start)
    } else {
        Text::at(value, at)
    }
}

/// A template (a quoted string with `${…}`, a heredoc): literal pieces map byte for byte, each interpolation is
/// unknown unless it names a `--var` (`var.region`).
fn template_text(src: &str, template: &Template, at: std::ops::Range<usize>, vars: &Vars) -> Text {
    let mut text = String::new();
    let mut map = Vec::new();
    let mut unknown = Vec::new();
    for element in template.iter() {
        match element {
            Element::Literal(lit) => {
                let start = text.len();
                text.push_str(lit.value());
                let r = range(lit);
                let linear = src.get(r.clone()) == Some(lit.value().as_str());
                map.push(Piece {
                    text: start..text.len(),
                    file: r,
                    linear,
                });
            }
            Element::Interpolation(i) => {
                let r = range(i);
                let expr = src.get(range(&i.expr)).unwrap_or("").trim();
                let start = text.len();
                match expr.strip_prefix("var.").and_then(|v| vars.get(v)) {
                    Some(value) => {
                        text.push_str(&value);
                        map.push(Piece {
                            text: start..text.len(),
                            file: r,
                            linear: false,
                        });
                    }
                    None => {
                        text.push_str(&"0".repeat(r.len().max(1)));
                        map.push(Piece {
                            text: start..text.len(),
                            file: r,
                            linear: false,
                        });
                        unknown.push(start..text.len());
                    }
                }
            }
            Element::Directive(d) => {
                let r = range(d);
                let start = text.len();
                text.push_str(&"0".repeat(r.len().max(1)));
                map.push(Piece {
                    text: start..text.len(),
                    file: r,
                    linear: false,
                });
                unknown.push(start..text.len());
            }
        }
    }
    map.push(Piece {
        text: 0..text.len(),
        file: at,
        linear: false,
    });
    Text { text, map, unknown }
}

/// An HCL expression as a tree: objects, lists and literals; references and calls are unknown.
fn node(src: &str, expr: &Expression, vars: &Vars) -> Node {
    let span = range(expr);
    let kind = match expr {
        Expression::Null(_) => Kind::Null,
        Expression::Bool(b) => Kind::Bool(*b.value()),
        Expression::Number(_) => Kind::Number(src.get(span.clone()).unwrap_or("0").trim().to_string()),
        Expression::String(s) => Kind::Str(string_text(src, s.value(), span.clone())),
        Expression::StringTemplate(t) => Kind::Str(template_text(src, t, span.clone(), vars)),
        Expression::HeredocTemplate(h) => Kind::Str(template_text(src, &h.template, span.clone(), vars)),
        Expression::Parenthesis(p) => return node(src, p.inner(), vars),
        Expression::Array(items) => Kind::Seq(items.iter().map(|i| node(src, i, vars)).collect()),
        Expression::Object(object) => Kind::Map(
            object
                .iter()
                .map(|(key, value)| {
                    let (name, key_span) = match key {
                        ObjectKey::Ident(i) => (i.as_str().to_string(), range(i)),
                        ObjectKey::Expression(Expression::String(s)) => (s.value().clone(), range(key)),
                        ObjectKey::Expression(e) => (src.get(range(e)).unwrap_or("").to_string(), range(e)),
                    };
                    (name, key_span, node(src, value.expr(), vars))
                })
                .collect(),
        ),
        other => Kind::Unknown(
            src.get(range(other))
                .unwrap_or("an expression")
                .trim()
                .to_string(),
        ),
    };
    Node { span, kind }
}

/// `data "aws_iam_policy_document"` blocks, rendered as the AWS provider renders them, by name.
fn policy_documents(src: &str, body: &Body, vars: &Vars) -> BTreeMap<String, Node> {
    let blocks: Vec<(String, &Block)> = body
        .blocks()
        .filter(|b| b.ident.as_str() == "data")
        .filter_map(|b| {
            let l = labels(b);
            (l.first().map(String::as_str) == Some("aws_iam_policy_document"))
                .then(|| l.get(1).map(|name| (name.clone(), b)))
                .flatten()
        })
        .collect();
    // Documents that merge others are rendered once those are: a few passes cover any order of definition.
    let mut known = BTreeMap::new();
    for _ in 0..4 {
        for (name, b) in &blocks {
            known.insert(name.clone(), document(src, b, vars, &known));
        }
    }
    known
}

/// A statement's Sid, when it has a non-blank one.
fn sid(statement: &Node) -> Option<&str> {
    statement
        .get("Sid")
        .and_then(Node::as_str)
        .filter(|s| !s.is_empty())
}

/// The provider's merge: a statement of `over` with a Sid replaces the statement of `base` with that Sid; the
/// others are appended.
fn merge(mut base: Vec<Node>, over: Vec<Node>) -> Vec<Node> {
    for o in over {
        match sid(&o).and_then(|s| base.iter().position(|b| sid(b) == Some(s))) {
            Some(i) => {
                if let Some(slot) = base.get_mut(i) {
                    *slot = o;
                }
            }
            None => base.push(o),
        }
    }
    base
}

/// The statements of the documents a `source_policy_documents` or `override_policy_documents` list names, each
/// unknown unless it is a document of this file already rendered.
fn merged_statements(src: &str, block: &Block, attribute: &str, known: &BTreeMap<String, Node>) -> Vec<Node> {
    let Some(a) = block.body.get_attribute(attribute) else {
        return Vec::new();
    };
    let Expression::Array(items) = &a.value else {
        return vec![Node {
            span: range(&a.value),
            kind: Kind::Unknown(format!("the statements of {attribute}")),
        }];
    };
    let mut out = Vec::new();
    for item in items.iter() {
        let text = src.get(range(item)).unwrap_or("").trim();
        let doc = text
            .strip_prefix("data.aws_iam_policy_document.")
            .and_then(|r| r.strip_suffix(".json"))
            .and_then(|n| known.get(n));
        match doc.and_then(|d| d.get("Statement")).map(|s| &s.kind) {
            Some(Kind::Seq(statements)) => out.extend(statements.iter().cloned()),
            _ => out.push(Node {
                span: range(item),
                kind: Kind::Unknown(format!("a statement of {text}")),
            }),
        }
    }
    out
}

fn document(src: &str, block: &Block, vars: &Vars, known: &BTreeMap<String, Node>) -> Node {
    let span = range(block);
    let attr = |body: &Body, name: &str| {
        body.get_attribute(name)
            .map(|a| (range(&a.key), node(src, &a.value, vars)))
    };
    let mut members = vec![(
        "Version".to_string(),
        span.clone(),
        attr(&block.body, "version")
            .map(|(_, v)| v)
            .unwrap_or_else(|| Node {
                span: span.clone(),
                kind: Kind::Str(Text::at("2012-10-17", span.clone())),
            }),
    )];
    let statements: Vec<Node> = block
        .body
        .blocks()
        .filter(|b| b.ident.as_str() == "statement")
        .map(|st| {
            let at = range(st);
            let mut m: Vec<(String, std::ops::Range<usize>, Node)> = Vec::new();
            for (hcl, json) in [
                ("sid", "Sid"),
                ("effect", "Effect"),
                ("actions", "Action"),
                ("not_actions", "NotAction"),
                ("resources", "Resource"),
                ("not_resources", "NotResource"),
            ] {
                if let Some((k, v)) = attr(&st.body, hcl) {
                    m.push((json.to_string(), k, v));
                }
            }
            if !m.iter().any(|(k, _, _)| k == "Effect") {
                m.insert(
                    0,
                    (
                        "Effect".into(),
                        at.clone(),
                        Node {
                            span: at.clone(),
                            kind: Kind::Str(Text::at("Allow", at.clone())),
                        },
                    ),
                );
            }
            for (hcl, json) in [("principals", "Principal"), ("not_principals", "NotPrincipal")] {
                let blocks: Vec<&Block> = st.body.blocks().filter(|b| b.ident.as_str() == hcl).collect();
                if blocks.is_empty() {
                    continue;
                }
                let mut by_type: Vec<(String, std::ops::Range<usize>, Node)> = Vec::new();
                for p in blocks {
                    let ty = attr(&p.body, "type")
                        .and_then(|(_, v)| v.as_str().map(str::to_string))
                        .unwrap_or_default();
                    if let Some((k, ids)) = attr(&p.body, "identifiers") {
                        by_type.push((ty, k, ids));
                    }
                }
                let principal = match by_type.as_slice() {
                    // The provider writes `"*"` for `type = "*"` with identifiers ["*"].
                    [(ty, _, ids)] if ty == "*" => Node {
                        span: ids.span.clone(),
                        kind: Kind::Str(Text::at("*", ids.span.clone())),
                    },
                    _ => Node {
                        span: at.clone(),
                        kind: Kind::Map(by_type),
                    },
                };
                m.push((json.to_string(), at.clone(), principal));
            }
            let conditions: Vec<&Block> = st
                .body
                .blocks()
                .filter(|b| b.ident.as_str() == "condition")
                .collect();
            if !conditions.is_empty() {
                let mut ops: Vec<(String, std::ops::Range<usize>, Node)> = Vec::new();
                for c in conditions {
                    let test = attr(&c.body, "test")
                        .and_then(|(_, v)| v.as_str().map(str::to_string))
                        .unwrap_or_default();
                    let (Some((_, variable)), Some((vk, values))) =
                        (attr(&c.body, "variable"), attr(&c.body, "values"))
                    else {
                        continue;
                    };
                    let key = variable.as_str().unwrap_or("").to_string();
                    let entry = (key, vk, values);
                    match ops.iter_mut().find(|(t, _, _)| *t == test) {
                        Some((
                            _,
                            _,
                            Node {
                                kind: Kind::Map(keys),
                                ..
                            },
                        )) => keys.push(entry),
                        _ => ops.push((
                            test,
                            range(c),
                            Node {
                                span: range(c),
                                kind: Kind::Map(vec![entry]),
                            },
                        )),
                    }
                }
                m.push((
                    "Condition".into(),
                    at.clone(),
                    Node {
                        span: at.clone(),
                        kind: Kind::Map(ops),
                    },
                ));
            }
            Node {
                span: at,
                kind: Kind::Map(m),
            }
        })
        .collect();
    let mut statements = statements;
    // `dynamic "statement"` blocks and statements merged from other documents are known only at plan time.
    for d in block.body.blocks().filter(|b| {
        b.ident.as_str() == "dynamic" && labels(b).first().map(String::as_str) == Some("statement")
    }) {
        statements.push(Node {
            span: range(d),
            kind: Kind::Unknown("a dynamic statement".into()),
        });
    }
    // As the provider merges: source documents first, this document's statements over them, overrides last.
    let sources = merged_statements(src, block, "source_policy_documents", known);
    let overrides = merged_statements(src, block, "override_policy_documents", known);
    let statements = merge(merge(sources, statements), overrides);
    members.push((
        "Statement".into(),
        span.clone(),
        Node {
            span: span.clone(),
            kind: Kind::Seq(statements),
        },
    ));
    Node {
        span,
        kind: Kind::Map(members),
    }
}

/// An `aws_vpc_endpoint` with no `policy` and no `aws_vpc_endpoint_policy` for it, of a service that takes one.
fn without_policy(src: &str, body: &Body, name: &str, block: &Block, vars: &Vars) -> Option<Found> {
    let reference = format!("aws_vpc_endpoint.{name}.id");
    let has_policy_resource = body.blocks().any(|b| {
        labels(b).first().map(String::as_str) == Some("aws_vpc_endpoint_policy")
            && b.body
                .get_attribute("vpc_endpoint_id")
                .and_then(|a| src.get(range(&a.value)))
                .is_some_and(|v| v.trim() == reference)
    });
    let kind = block
        .body
        .get_attribute("vpc_endpoint_type")
        .and_then(|a| src.get(range(&a.value)))
        .unwrap_or("");
    if has_policy_resource || kind.contains("GatewayLoadBalancer") {
        return None;
    }
    let service_name = node(src, &block.body.get_attribute("service_name")?.value, vars);
    let Kind::Str(text) = &service_name.kind else {
        return None;
    };
    let service = vpce_policy_core::data::endpoint_policy_support::service_of(&text.text)?;
    vpce_policy_core::data::endpoint_policy_support::supports_endpoint_policy(service).then(|| Found {
        name: format!("aws_vpc_endpoint.{name}.policy"),
        kind: PolicyKind::Endpoint,
        policy: None,
        unchecked: None,
        no_policy: Some((service.to_string(), range(block))),
        external: None,
    })
}
