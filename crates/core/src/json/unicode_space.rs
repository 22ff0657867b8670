//! Characters that look like whitespace but are not JSON whitespace, and where they come from.

/// A name and a likely origin for a character that looks like whitespace, or `None` if it is not one.
pub fn describe(c: char) -> Option<(&'static str, &'static str)> {
    let found = match c {
        '\u{00A0}' => ("U+00A0 NO-BREAK SPACE", "space-origin-web-page-nbsp"),
        '\u{FEFF}' => ("U+FEFF BYTE ORDER MARK", "space-origin-bom-editor"),
        '\u{200B}' => ("U+200B ZERO WIDTH SPACE", "space-origin-web-or-chat"),
        '\u{2028}' => ("U+2028 LINE SEPARATOR", "space-origin-word-processor-or-web"),
        '\u{2029}' => ("U+2029 PARAGRAPH SEPARATOR", "space-origin-word-processor"),
        '\u{3000}' => ("U+3000 IDEOGRAPHIC SPACE", "space-origin-cjk-ime"),
        '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{1680}' | '\u{0085}' => {
            ("space-a-unicode-space", "space-origin-web-or-word-processor")
        }
        _ => return None,
    };
    Some(found)
}

/// A character's name: Unicode's, as written (`U+00A0 NO-BREAK SPACE`), or a message id for the generic one.
fn space_name(name: &'static str) -> Message {
    if name.starts_with("U+") {
        Message::from(name)
    } else {
        Message::new(name)
    }
}

/// The JSON-safe replacement: a plain space, or nothing for zero-width characters.
pub fn replacement(c: char) -> &'static str {
    match c {
        '\u{FEFF}' | '\u{200B}' => "",
        '\u{2028}' | '\u{2029}' | '\u{0085}' => "\n",
        _ => " ",
    }
}

use super::parser::{Parser, CODE};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::i18n::Message;
use crate::span::{LineIndex, Span};

impl Parser<'_> {
    /// One finding per kind of look-alike space, at its first occurrence, fixing every occurrence.
    pub(super) fn report_odd_spaces(&mut self) {
        let mut kinds: Vec<char> = Vec::new();
        for (c, _, _) in &self.odd_spaces {
            if !kinds.contains(c) {
                kinds.push(*c);
            }
        }
        for kind in kinds {
            let spans: Vec<(Span, bool)> = self
                .odd_spaces
                .iter()
                .filter(|(c, _, _)| *c == kind)
                .map(|(_, s, joins)| (*s, *joins))
                .collect();
            let Some((first, _)) = spans.first().copied() else {
                continue;
            };
            let (name, origin) =
                describe(kind).unwrap_or(("space-a-unicode-space", "space-origin-copying-text"));
            let index = LineIndex::new(self.src);
            let mut lines: Vec<usize> = spans.iter().map(|(s, _)| index.position(s.start).line).collect();
            lines.dedup();
            let count = spans.len();
            let message = if count == 1 {
                Message::new("char-not-json-whitespace").words("name", space_name(name))
            } else {
                Message::new("char-not-json-whitespace-many")
                    .words("name", space_name(name))
                    .arg("count", count)
                    .arg("lines", lines.len())
            };
            let replacement = replacement(kind);
            // A zero-width character between two pieces of a token (`2\u{200B}8`) becomes a space, not nothing:
            // removing it would make one new token (found by the `fix` fuzz target).
            let edits = spans
                .iter()
                .map(|&(span, joins)| Edit {
                    span,
                    replacement: if joins && replacement.is_empty() {
                        " "
                    } else {
                        replacement
                    }
                    .to_string(),
                })
                .collect();
            self.diagnostics.push(
                Diagnostic::at(CODE, first, "", message)
                    .help(
                        Message::new("usually-comes-from-origin-json").words("origin", Message::new(origin)),
                    )
                    .fix(Fix::new(
                        Message::new("replace-every-name-ordinary-space").words("name", space_name(name)),
                        edits,
                    )),
            );
        }
    }
}
