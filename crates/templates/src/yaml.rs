//! YAML templates, read with `saphyr-parser` (the maintained successor of yaml-rust; it keeps every event's
//! position). CloudFormation's short-form tags (`!Sub`, `!Ref`, `!GetAtt`, …) become their long forms, so that
//! JSON and YAML templates are resolved by the same code.

use crate::tree::{Kind, Node, Piece, Text};
use crate::TemplateError;
use saphyr_parser::{Event, Parser, ScalarStyle, Span};

/// Character index → byte offset (saphyr counts characters).
struct Offsets(Vec<usize>);

impl Offsets {
    fn new(src: &str) -> Offsets {
        let mut v: Vec<usize> = src.char_indices().map(|(i, _)| i).collect();
        v.push(src.len());
        Offsets(v)
    }

    fn byte(&self, char_index: usize) -> usize {
        self.0
            .get(char_index)
            .copied()
            .unwrap_or_else(|| self.0.last().copied().unwrap_or(0))
    }

    fn range(&self, span: &Span) -> std::ops::Range<usize> {
        self.byte(span.start.index())..self.byte(span.end.index())
    }
}

enum Frame {
    Seq(usize, Option<String>, Vec<Node>),
    Map(
        usize,
        Option<String>,
        Vec<(String, std::ops::Range<usize>, Node)>,
        Option<(String, std::ops::Range<usize>)>,
    ),
}

/// Reads a YAML document into a tree.
pub fn parse(src: &str) -> Result<Node, TemplateError> {
    let offsets = Offsets::new(src);
    let mut stack: Vec<Frame> = Vec::new();
    let mut root: Option<Node> = None;
    for event in Parser::new_from_str(src) {
        let (event, span) = event.map_err(|e| TemplateError::Syntax {
            offset: offsets.byte(e.marker().index()),
            message: e.info().to_string(),
        })?;
        let at = offsets.range(&span);
        let done = match event {
            Event::Scalar(value, style, _, tag) => {
                let tag = tag.map(|t| t.suffix.clone());
                Some(intrinsic(tag, scalar(src, &value, style, at.clone()), at))
            }
            Event::SequenceStart(_, tag) => {
                stack.push(Frame::Seq(at.start, tag.map(|t| t.suffix.clone()), Vec::new()));
                None
            }
            Event::MappingStart(_, tag) => {
                stack.push(Frame::Map(
                    at.start,
                    tag.map(|t| t.suffix.clone()),
                    Vec::new(),
                    None,
                ));
                None
            }
            Event::SequenceEnd => match stack.pop() {
                Some(Frame::Seq(start, tag, items)) => {
                    let span = start..at.end.max(start);
                    Some(intrinsic(
                        tag,
                        Node {
                            span: span.clone(),
                            kind: Kind::Seq(items),
                        },
                        span,
                    ))
                }
                _ => None,
            },
            Event::MappingEnd => match stack.pop() {
                Some(Frame::Map(start, tag, members, _)) => {
                    let span = start..at.end.max(start);
                    Some(intrinsic(
                        tag,
                        Node {
                            span: span.clone(),
                            kind: Kind::Map(members),
                        },
                        span,
                    ))
                }
                _ => None,
            },
            Event::Alias(_) => Some(Node {
                span: at,
                kind: Kind::Unknown(vpce_policy_core::i18n::Message::new("template-unknown-alias")),
            }),
            _ => None,
        };
        if let Some(node) = done {
            match stack.last_mut() {
                Some(Frame::Seq(_, _, items)) => items.push(node),
                Some(Frame::Map(_, _, members, pending)) => match pending.take() {
                    Some((key, key_span)) => members.push((key, key_span, node)),
                    None => {
                        let key = match &node.kind {
                            Kind::Str(t) => t.text.clone(),
                            Kind::Number(n) => n.clone(),
                            Kind::Bool(b) => b.to_string(),
                            _ => String::new(),
                        };
                        *pending = Some((key, node.span.clone()));
                    }
                },
                None => root = root.or(Some(node)),
            }
        }
    }
    root.ok_or(TemplateError::Empty)
}

/// A scalar's value: plain scalars that read as YAML's core-schema booleans, nulls and numbers become them.
fn scalar(src: &str, value: &str, style: ScalarStyle, at: std::ops::Range<usize>) -> Node {
    if style == ScalarStyle::Plain {
        let kind = match value {
            "true" | "True" | "TRUE" => Some(Kind::Bool(true)),
            "false" | "False" | "FALSE" => Some(Kind::Bool(false)),
            "null" | "Null" | "NULL" | "~" | "" => Some(Kind::Null),
            v if is_number(v) => Some(Kind::Number(v.to_string())),
            _ => None,
        };
        if let Some(kind) = kind {
            return Node { span: at, kind };
        }
    }
    Node {
        span: at.clone(),
        kind: Kind::Str(text_of(src, value, style, at)),
    }
}

fn is_number(v: &str) -> bool {
    let digits = v.strip_prefix('-').unwrap_or(v);
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && digits.bytes().filter(|b| *b == b'.').count() <= 1
        && !digits.starts_with('.')
        && !digits.ends_with('.')
}

/// How a scalar's text maps onto the file: byte for byte where the file holds it verbatim (plain scalars,
/// quoted ones without escapes, literal blocks line by line), else as a whole.
fn text_of(src: &str, value: &str, style: ScalarStyle, at: std::ops::Range<usize>) -> Text {
    let raw = src.get(at.clone()).unwrap_or("");
    match style {
        ScalarStyle::Plain if raw == value => Text::verbatim(value, at.start),
        ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted
            if raw.len() == value.len() + 2 && raw.get(1..raw.len() - 1) == Some(value) =>
        {
            Text::verbatim(value, at.start + 1)
        }
        ScalarStyle::Literal => literal_block(src, value, at),
        _ => Text::at(value, at),
    }
}

/// A literal block (`|`): each line of the value is a line of the file past the block's indentation.
fn literal_block(src: &str, value: &str, at: std::ops::Range<usize>) -> Text {
    let whole = Text::at(value, at.clone());
    // The content starts on the line after the indicator.
    let Some(first_break) = src.get(at.start..).and_then(|s| s.find('\n')) else {
        return whole;
    };
    let mut line_start = at.start + first_break + 1;
    let mut map = Vec::new();
    let mut text_pos = 0;
    let mut indent: Option<usize> = None;
    for line in value.split_inclusive('\n') {
        let content = line.trim_end_matches('\n');
        let file_line = src.get(line_start..).unwrap_or("");
        let file_line = file_line.split('\n').next().unwrap_or("");
        if !content.is_empty() {
            let ind = *indent.get_or_insert(file_line.len() - file_line.trim_start_matches(' ').len());
            if file_line.get(ind..) != Some(content) {
                return whole;
            }
            map.push(Piece {
                text: text_pos..text_pos + content.len(),
                file: line_start + ind..line_start + ind + content.len(),
                linear: true,
            });
        }
        text_pos += line.len();
        line_start += file_line.len() + 1;
    }
    map.push(Piece {
        text: 0..value.len(),
        file: at,
        linear: false,
    });
    Text {
        text: value.to_string(),
        map,
        unknown: Vec::new(),
    }
}

/// A tagged node as CloudFormation's long form: `!Sub x` → `{"Fn::Sub": x}`, `!Ref x` → `{"Ref": x}`,
/// `!GetAtt a.b` → `{"Fn::GetAtt": "a.b"}`.
fn intrinsic(tag: Option<String>, node: Node, span: std::ops::Range<usize>) -> Node {
    let Some(tag) = tag else { return node };
    let name = match tag.as_str() {
        "Ref" => "Ref".to_string(),
        "Condition" => "Condition".to_string(),
        other if other.chars().next().is_some_and(|c| c.is_ascii_uppercase()) => format!("Fn::{other}"),
        _ => return node,
    };
    Node {
        span: span.clone(),
        kind: Kind::Map(vec![(name, span, node)]),
    }
}
