//! JSON templates (CloudFormation, CDK-synthesized, `.tf.json`), read with the core's span-aware parser.

use crate::tree::{Kind, Node, Text};
use crate::TemplateError;
use vpce_policy_core::json::{self, NodeKind};
use vpce_policy_core::Severity;

/// Reads a JSON document into a tree; a JSON syntax error is an error with its position.
pub fn parse(src: &str) -> Result<Node, TemplateError> {
    let out = json::parse(src);
    if let Some(d) = out.diagnostics.iter().find(|d| d.severity == Severity::Error) {
        return Err(TemplateError::Syntax {
            offset: d.span.start,
            message: d.message.clone(),
        });
    }
    out.root.map(|r| convert(src, &r)).ok_or(TemplateError::Empty)
}

fn convert(src: &str, node: &json::Node) -> Node {
    let span = node.span.start..node.span.end;
    let kind = match &node.kind {
        NodeKind::Null => Kind::Null,
        NodeKind::Bool(b) => Kind::Bool(*b),
        NodeKind::Number(n) => Kind::Number(n.clone()),
        NodeKind::String(s) => {
            let inner = span.start + 1..span.end.saturating_sub(1);
            Kind::Str(if src.get(inner.clone()) == Some(s.as_str()) {
                Text::verbatim(s, inner.start)
            } else {
                Text::at(s, span.clone())
            })
        }
        NodeKind::Array(items) => Kind::Seq(items.iter().map(|i| convert(src, i)).collect()),
        NodeKind::Object(members) => Kind::Map(
            members
                .iter()
                .map(|m| {
                    (
                        m.key.clone(),
                        m.key_span.start..m.key_span.end,
                        convert(src, &m.value),
                    )
                })
                .collect(),
        ),
    };
    Node { span, kind }
}
