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
use vpce_policy_core::i18n::Message;
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

pub(crate) fn range(s: &impl Span) -> std::ops::Range<usize> {
    s.span().unwrap_or(0..0)
}

pub(crate) fn labels(block: &Block) -> Vec<String> {
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
    let documents = crate::tf_document::policy_documents(src, &body, vars);
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
    let unchecked = |why: Message| Found {
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
                _ => unchecked(
                    Message::new("template-unchecked-no-path").arg("function", call.name.name.as_str()),
                ),
            }
        }
        Expression::FuncCall(call) if call.name.name.as_str() == "jsonencode" => {
            match call.args.iter().next() {
                Some(arg) => checked(Rendered::from_node(&node(src, arg, vars))),
                None => unchecked(Message::new("template-unchecked-no-argument")),
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
                None => unchecked(Message::new("template-unchecked-plan").arg("source", path)),
            }
        }
        Expression::Variable(v) => {
            unchecked(Message::new("template-unchecked-plan").arg("source", v.as_str()))
        }
        _ => unchecked(Message::new("template-unchecked-expression").arg(
            "expression",
            src.get(range(expr)).unwrap_or("").lines().next().unwrap_or(""),
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
                match vars.terraform(expr) {
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
pub(crate) fn node(src: &str, expr: &Expression, vars: &Vars) -> Node {
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
        other => Kind::Unknown(match src.get(range(other)) {
            Some(text) => text.trim().into(),
            None => Message::new("template-unknown-expression"),
        }),
    };
    Node { span, kind }
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
