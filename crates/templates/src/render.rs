//! A policy found in a template, as the JSON text the validator reads, with the way back to the file.

use crate::tree::{Kind, Node, Piece, Text};
use std::ops::Range;

/// The JSON text of a policy and how its bytes map back to the file.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The JSON text (unknown values written as `"*"` or `0`s).
    pub text: String,
    /// Rendered ranges and the file ranges they came from.
    pub map: Vec<Piece>,
    /// Ranges of `text` that hold values known only at deploy time.
    pub unknown: Vec<Range<usize>>,
}

impl Rendered {
    /// A policy written as a string (a `!Sub` JSON text, a heredoc): the string is the text.
    pub fn from_text(t: &Text) -> Rendered {
        Rendered {
            text: t.text.clone(),
            map: t.map.clone(),
            unknown: t.unknown.clone(),
        }
    }

    /// A policy written as a structure (YAML, `jsonencode({…})`), rendered as pretty JSON.
    pub fn from_node(node: &Node) -> Rendered {
        let mut r = Rendered::default();
        r.node(node, 0);
        r
    }

    fn node(&mut self, node: &Node, depth: usize) {
        let start = self.text.len();
        match &node.kind {
            Kind::Null => self.text.push_str("null"),
            Kind::Bool(b) => self.text.push_str(if *b { "true" } else { "false" }),
            Kind::Number(n) => self.text.push_str(n),
            Kind::Unknown(_) => {
                self.text.push_str("\"*\"");
                self.unknown.push(start..self.text.len());
            }
            Kind::Str(t) => self.string(t),
            Kind::Seq(items) => {
                self.text.push('[');
                for (i, item) in items.iter().enumerate() {
                    self.text.push_str(if i == 0 { "\n" } else { ",\n" });
                    self.indent(depth + 1);
                    self.node(item, depth + 1);
                }
                if !items.is_empty() {
                    self.text.push('\n');
                    self.indent(depth);
                }
                self.text.push(']');
            }
            Kind::Map(members) => {
                self.text.push('{');
                for (i, (key, key_span, value)) in members.iter().enumerate() {
                    self.text.push_str(if i == 0 { "\n" } else { ",\n" });
                    self.indent(depth + 1);
                    let k = self.text.len();
                    self.text
                        .push_str(&serde_json::to_string(key).unwrap_or_default());
                    self.map.push(Piece {
                        text: k..self.text.len(),
                        file: key_span.clone(),
                        linear: false,
                    });
                    self.text.push_str(": ");
                    // Statements known only at plan time (a dynamic statement, merged documents) make the
                    // findings about all statements unknown too: "no Allow among them" cannot be told.
                    if key == "Statement"
                        && matches!(&value.kind, Kind::Seq(items) if items.iter().any(|i| matches!(i.kind, Kind::Unknown(_))))
                    {
                        self.unknown.push(k..self.text.len());
                    }
                    self.node(value, depth + 1);
                }
                if !members.is_empty() {
                    self.text.push('\n');
                    self.indent(depth);
                }
                self.text.push('}');
            }
        }
        if !matches!(node.kind, Kind::Str(_)) {
            self.map.push(Piece {
                text: start..self.text.len(),
                file: node.span.clone(),
                linear: false,
            });
        }
    }

    /// A string as a JSON string literal; its characters map onto the file's where the text is verbatim.
    fn string(&mut self, t: &Text) {
        let start = self.text.len();
        let literal = serde_json::to_string(&t.text).unwrap_or_default();
        let plain = literal.len() == t.text.len() + 2;
        self.text.push_str(&literal);
        let inner = start + 1;
        if plain {
            for p in &t.map {
                self.map.push(Piece {
                    text: inner + p.text.start..inner + p.text.end,
                    file: p.file.clone(),
                    linear: p.linear,
                });
            }
            self.unknown
                .extend(t.unknown.iter().map(|u| inner + u.start..inner + u.end));
        } else if !t.unknown.is_empty() {
            // Escapes moved the offsets: the whole string is unknown where any part of it is.
            self.unknown.push(start..self.text.len());
        }
        self.map.push(Piece {
            text: start..self.text.len(),
            file: t.file_range(),
            linear: false,
        });
    }

    fn indent(&mut self, depth: usize) {
        for _ in 0..depth {
            self.text.push_str("  ");
        }
    }

    /// The file range of a rendered range: through the innermost piece that holds its start.
    pub fn to_file(&self, range: Range<usize>) -> Range<usize> {
        let Some(piece) = self
            .map
            .iter()
            .filter(|p| p.text.start <= range.start && range.start <= p.text.end)
            .min_by_key(|p| p.text.end - p.text.start)
        else {
            return 0..0;
        };
        if piece.linear {
            let start = piece.file.start + (range.start - piece.text.start);
            let end = (piece.file.start + range.end.saturating_sub(piece.text.start))
                .min(piece.file.end.max(start));
            start..end.max(start)
        } else {
            piece.file.clone()
        }
    }

    /// True when the range touches a value known only at deploy time.
    pub fn touches_unknown(&self, range: &Range<usize>) -> bool {
        self.unknown
            .iter()
            .any(|u| u.start < range.end.max(range.start + 1) && range.start < u.end)
    }
}
