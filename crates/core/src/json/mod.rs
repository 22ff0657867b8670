//! A strict, span-aware JSON reader that accepts exactly what AWS accepts and explains everything else.

mod parser;
mod plain;
mod strings;
mod unicode_space;

pub use parser::{parse, ParseOutput, MAX_DEPTH};
pub use plain::plain_run;

/// Where serde_json stopped and why, for inputs read with serde_json (CloudTrail, test files): a 1-based line and
/// column (serde_json says column 0 at a line's start) and its message without the " at line L column C" it
/// appends, since the position has its own fields.
pub fn serde_position(e: &serde_json::Error) -> (usize, usize, String) {
    let message = e.to_string();
    let message = match message.rfind(" at line ") {
        Some(i) => message.get(..i).unwrap_or(&message).to_string(),
        None => message,
    };
    (e.line(), e.column().max(1), message)
}

use crate::span::Span;

/// A JSON value with its span.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// From the first to one past the last byte of the value (strings include their quotes).
    pub span: Span,
    /// The value.
    pub kind: NodeKind,
}

/// The kinds of JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A decoded string.
    String(String),
    /// An array.
    Array(Vec<Node>),
    /// An object, members in source order (duplicates kept; they are reported).
    Object(Vec<Member>),
}

/// An object member.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)] // the members' names say what they are
pub struct Member {
    /// The decoded key.
    pub key: String,
    /// The key's span, quotes included.
    pub key_span: Span,
    pub value: Node,
}

impl Node {
    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            NodeKind::String(s) => Some(s),
            _ => None,
        }
    }

    /// A short name for the kind of value, for messages.
    /// The node's type in words, in any language (`json-type-*` in the packs).
    pub fn type_words(&self) -> crate::i18n::Message {
        crate::i18n::Message::new(match self.kind {
            NodeKind::Null => "json-type-null",
            NodeKind::Bool(_) => "json-type-boolean",
            NodeKind::Number(_) => "json-type-number",
            NodeKind::String(_) => "json-type-string",
            NodeKind::Array(_) => "json-type-array",
            NodeKind::Object(_) => "json-type-object",
        })
    }

    /// The node's type in English words.
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            NodeKind::Null => "null",
            NodeKind::Bool(_) => "a boolean",
            NodeKind::Number(_) => "a number",
            NodeKind::String(_) => "a string",
            NodeKind::Array(_) => "an array",
            NodeKind::Object(_) => "an object",
        }
    }

    /// Converts to a `serde_json::Value` (later duplicate keys win).
    pub fn to_value(&self) -> serde_json::Value {
        use serde_json::Value;
        match &self.kind {
            NodeKind::Null => Value::Null,
            NodeKind::Bool(b) => Value::Bool(*b),
            NodeKind::Number(n) => {
                serde_json::from_str::<serde_json::Number>(n).map_or(Value::Null, Value::Number)
            }
            NodeKind::String(s) => Value::String(s.clone()),
            NodeKind::Array(items) => Value::Array(items.iter().map(Node::to_value).collect()),
            NodeKind::Object(members) => Value::Object(
                members
                    .iter()
                    .map(|m| (m.key.clone(), m.value.to_value()))
                    .collect(),
            ),
        }
    }
}

/// The parser's rule (the syntax finding), beside its checks.
pub(crate) const RULES: &[&[crate::rule_doc::RuleDoc]] = &[parser::RULES];
