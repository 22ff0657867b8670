//! One tree for every template language: JSON, YAML and HCL values with the byte range each came from, and
//! values nobody can know before deploy (`!Ref`, `${var.x}`) kept as such.

use std::ops::Range;
use vpce_policy_core::i18n::Message;

/// A value read from a template, with its byte range in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Where the value is in the file.
    pub span: Range<usize>,
    /// The value.
    pub kind: Kind,
}

/// The kinds of value.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string whose text is known, with the parts that are not (`${AWS::Region}` in a `!Sub`, `${var.x}` in
    /// HCL) as byte ranges of the text.
    Str(Text),
    /// A list.
    Seq(Vec<Node>),
    /// A map, in source order, each key with its range.
    Map(Vec<(String, Range<usize>, Node)>),
    /// A value known only at deploy time, and what it is: the template's own text (`!Ref Bucket`, `var.policy`)
    /// or a phrase ("a dynamic statement").
    Unknown(Message),
}

/// A string value: its text, how its bytes map back to the file, and which parts of it are unknown.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Text {
    /// The text, unknown parts filled with `0` (same length, so offsets keep).
    pub text: String,
    /// Text offset → file offset, piece by piece (block scalars and heredocs map line by line).
    pub map: Vec<Piece>,
    /// Ranges of `text` that stand for values known only at deploy time.
    pub unknown: Vec<Range<usize>>,
}

/// A stretch of rendered text that maps onto the file: linearly (each byte to its twin), or as a whole (a
/// rendered value whose file form differs, such as a YAML plain scalar rendered as a JSON string).
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// The range in the rendered text.
    pub text: Range<usize>,
    /// The range in the file.
    pub file: Range<usize>,
    /// Byte for byte.
    pub linear: bool,
}

impl Text {
    /// A text that is its file range byte for byte, with no unknown part.
    pub fn verbatim(text: &str, at: usize) -> Text {
        Text {
            text: text.to_string(),
            map: vec![Piece {
                text: 0..text.len(),
                file: at..at + text.len(),
                linear: true,
            }],
            unknown: Vec::new(),
        }
    }

    /// A text known in full, placed as a whole at `file`.
    pub fn at(text: &str, file: Range<usize>) -> Text {
        Text {
            text: text.to_string(),
            map: vec![Piece {
                text: 0..text.len(),
                file,
                linear: false,
            }],
            unknown: Vec::new(),
        }
    }

    /// Marks every `${…}` of the text as unknown, unless `known` gives its value (`AWS::Region`, `var.region`),
    /// which must then be as long as the placeholder or the text is rebuilt without a linear map.
    pub fn with_interpolations(mut self, known: &dyn Fn(&str) -> Option<String>) -> Text {
        let mut out = String::with_capacity(self.text.len());
        let mut unknown = Vec::new();
        let mut rest = self.text.as_str();
        let mut shifted = false;
        while let Some(start) = rest.find("${") {
            // `${!Literal}` is CloudFormation's escape for a literal `${`.
            let (before, after) = rest.split_at(start);
            out.push_str(before);
            let Some(end) = after.find('}') else {
                out.push_str(after);
                rest = "";
                break;
            };
            let (expr, tail) = after.split_at(end + 1);
            let name = expr.get(2..expr.len() - 1).unwrap_or("");
            if let Some(literal) = name.strip_prefix('!') {
                out.push_str("${");
                out.push_str(literal);
                out.push('}');
                shifted = true;
            } else if let Some(value) = known(name.trim()) {
                shifted |= value.len() != expr.len();
                out.push_str(&value);
            } else {
                let at = out.len();
                out.push_str(&"0".repeat(expr.len()));
                unknown.push(at..out.len());
            }
            rest = tail;
        }
        out.push_str(rest);
        if shifted {
            // Offsets no longer line up: the whole string maps to its whole range.
            let file = self.file_range();
            self.map = vec![Piece {
                text: 0..out.len(),
                file,
                linear: false,
            }];
        }
        self.text = out;
        self.unknown.extend(unknown);
        self
    }

    /// The file range the text came from.
    pub fn file_range(&self) -> Range<usize> {
        let start = self.map.iter().map(|p| p.file.start).min().unwrap_or(0);
        let end = self.map.iter().map(|p| p.file.end).max().unwrap_or(start);
        start..end
    }
}

impl Node {
    /// A map member by key.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.kind {
            Kind::Map(members) => members.iter().find(|(k, _, _)| k == key).map(|(_, _, v)| v),
            _ => None,
        }
    }

    /// The known text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            Kind::Str(t) if t.unknown.is_empty() => Some(&t.text),
            _ => None,
        }
    }
}
