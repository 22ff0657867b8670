//! Terraform's `data "aws_iam_policy_document"`, rendered as the AWS provider renders it: statements,
//! principals, conditions, and the documents it merges (source and override, by Sid).

use crate::terraform::{labels, node, range};
use crate::tree::{Kind, Node, Text};
use crate::Vars;
use hcl_edit::expr::Expression;
use hcl_edit::structure::{Block, Body};
use std::collections::BTreeMap;
use vpce_policy_core::i18n::Message;

/// `data "aws_iam_policy_document"` blocks, rendered as the AWS provider renders them, by name.
pub(crate) fn policy_documents(src: &str, body: &Body, vars: &Vars) -> BTreeMap<String, Node> {
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
            kind: Kind::Unknown(Message::new("template-unknown-statements").arg("attribute", attribute)),
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
                kind: Kind::Unknown(Message::new("template-unknown-statement").arg("source", text)),
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
            kind: Kind::Unknown(Message::new("template-unknown-dynamic")),
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
