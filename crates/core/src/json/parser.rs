//! Recursive-descent JSON parser with spans, a depth limit and error recovery.

use super::unicode_space;
use super::{Member, Node, NodeKind};
use crate::code::Code;
use crate::diagnostic::{Diagnostic, Fix};
use crate::i18n::Message;
use crate::kind::PolicyKind;
use crate::rule_doc::RuleDoc;
use crate::span::{LineIndex, Span};

/// Deepest nesting of arrays and objects accepted. IAM policies need at most 5 levels.
pub const MAX_DEPTH: usize = 64;

pub(super) const CODE: crate::code::Code = Code::JsonSyntaxError;

/// What the parser produced: a tree when the document could be read, and every syntax finding.
#[derive(Debug, Clone)]
pub struct ParseOutput {
    /// The document, or `None` when a fatal error stopped the parser.
    pub root: Option<Node>,
    /// Syntax findings (all `JSON_SYNTAX_ERROR`, severity error), in source order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses `src` as a policy document.
pub fn parse(src: &str) -> ParseOutput {
    let mut p = Parser {
        src,
        pos: 0,
        diagnostics: Vec::new(),
        odd_spaces: Vec::new(),
        depth: 0,
    };
    let root = p.document();
    p.report_odd_spaces();
    crate::order::sort_by_key(&mut p.diagnostics, |d| d.span.start);
    ParseOutput {
        root,
        diagnostics: p.diagnostics,
    }
}

/// Signals that parsing cannot continue; the finding has already been recorded.
pub(super) struct Fatal;

pub(super) struct Parser<'a> {
    pub(super) src: &'a str,
    pub(super) pos: usize,
    pub(super) diagnostics: Vec<Diagnostic>,
    pub(super) odd_spaces: Vec<(char, Span, bool)>,
    pub(super) depth: usize,
}

impl<'a> Parser<'a> {
    pub(super) fn peek(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    pub(super) fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.src.as_bytes().get(self.pos + ahead).copied()
    }

    pub(super) fn peek_char(&self) -> Option<char> {
        self.src.get(self.pos..).and_then(|s| s.chars().next())
    }

    pub(super) fn error(&mut self, span: Span, message: impl Into<Message>, help: impl Into<Message>) {
        self.diagnostics
            .push(Diagnostic::at(CODE, span, "", message).help(help));
    }

    pub(super) fn fatal(
        &mut self,
        span: Span,
        message: impl Into<Message>,
        help: impl Into<Message>,
    ) -> Fatal {
        self.error(span, message, help);
        Fatal
    }

    fn describe_here(&self) -> Message {
        match self.peek_char() {
            None => Message::new("json-end-of-input"),
            Some(c) if c.is_control() => {
                Message::new("json-control-character").arg("code", format!("{:04X}", c as u32))
            }
            Some(c) => Message::new("json-character").arg("char", c),
        }
    }

    pub(super) fn char_span(&self) -> Span {
        Span::new(self.pos, self.pos + self.peek_char().map_or(0, char::len_utf8))
    }

    fn document(&mut self) -> Option<Node> {
        self.skip_ws();
        if self.peek().is_none() {
            self.error(
                Span::new(0, self.src.len()),
                Message::new("policy-empty"),
                Message::new("policy-json-object-such"),
            );
            return None;
        }
        let root = self.value().ok()?;
        if !matches!(root.kind, NodeKind::Object(_)) {
            self.error(
                root.span,
                Message::new("policy-must-json-object-not").words("type_name", root.type_words()),
                Message::new("wrap-statements"),
            );
        }
        self.skip_ws();
        if self.peek().is_some() {
            let span = Span::new(self.pos, self.src.len());
            self.error(
                span,
                Message::new("unexpected-describe-here-after-end")
                    .words("describe_here", self.describe_here()),
                Message::new("policy-single-json-object-remove"),
            );
        }
        Some(root)
    }

    /// Skips JSON whitespace; reports (and steps over) comments and look-alike Unicode spaces.
    fn skip_ws(&mut self) {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n' | b'\r') => self.pos += 1,
                Some(b'/') if matches!(self.peek_at(1), Some(b'/' | b'*')) => self.comment(),
                Some(b) if b >= 0x80 => match self.peek_char() {
                    Some(c) if unicode_space::describe(c).is_some() => {
                        let span = self.char_span();
                        let joins = self.between_token_pieces(span);
                        self.odd_spaces.push((c, span, joins));
                        self.pos = span.end;
                    }
                    _ => return,
                },
                _ => return,
            }
        }
    }

    /// Whether `span` sits between two pieces of a token (`1/**/-1`, `2\u{200B}8`). Removing it there would join
    /// them into a new token, which changes what the next round of fixes finds (`fix` would never reach its fixed
    /// point), so such a removal leaves a space instead.
    pub(super) fn between_token_pieces(&self, span: Span) -> bool {
        let piece = |b: Option<&u8>| b.is_some_and(|b| !b.is_ascii_whitespace() && !b"{}[]:,\"".contains(b));
        let bytes = self.src.as_bytes();
        span.start.checked_sub(1).is_some_and(|i| piece(bytes.get(i))) && piece(bytes.get(span.end))
    }

    fn comment(&mut self) {
        let start = self.pos;
        let block = self.peek_at(1) == Some(b'*');
        let rest = self.src.get(start + 2..).unwrap_or("");
        let end = if block {
            rest.find("*/").map_or(self.src.len(), |i| start + 2 + i + 2)
        } else {
            rest.find('\n').map_or(self.src.len(), |i| start + 2 + i)
        };
        let span = Span::new(start, end);
        let joins = self.between_token_pieces(span);
        self.diagnostics.push(
            Diagnostic::at(CODE, span, "", Message::new("comments-are-not-allowed-json"))
                .help(Message::new("aws-rejects-policies-comments-put"))
                .fix(Fix::replace(
                    Message::new("remove-comment"),
                    span,
                    if joins { " " } else { "" },
                )),
        );
        self.pos = end;
    }

    fn value(&mut self) -> Result<Node, Fatal> {
        match self.peek() {
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => {
                let (s, span) = self.string(b'"')?;
                Ok(Node {
                    span,
                    kind: NodeKind::String(s),
                })
            }
            Some(b'\'') => {
                let (s, span) = self.single_quoted()?;
                Ok(Node {
                    span,
                    kind: NodeKind::String(s),
                })
            }
            Some(b'-' | b'0'..=b'9') => Ok(self.number()),
            Some(b) if b.is_ascii_alphabetic() => self.word(),
            _ => {
                let span = self.char_span();
                let found = self.describe_here();
                Err(self.fatal(
                    span,
                    Message::new("expected-value-found-found").words("found", found.clone()),
                    Message::new("value-string-number-object-array"),
                ))
            }
        }
    }

    fn nested(&mut self, parse: fn(&mut Self) -> Result<Node, Fatal>) -> Result<Node, Fatal> {
        if self.depth >= MAX_DEPTH {
            let span = self.char_span();
            return Err(self.fatal(
                span,
                Message::new("document-nested-more-than-max").arg("MAX_DEPTH", MAX_DEPTH),
                Message::new("iam-policies-need-most-five"),
            ));
        }
        self.depth += 1;
        let node = parse(self);
        self.depth -= 1;
        node
    }

    fn trailing_comma(&mut self, comma: Span, closer: char) {
        self.diagnostics.push(
            Diagnostic::at(
                CODE,
                comma,
                "",
                Message::new("trailing-comma-before-closer").arg("closer", closer),
            )
            .help(Message::new("json-allows-no-comma-after"))
            .fix(Fix::replace(Message::new("remove-trailing-comma"), comma, "")),
        );
    }

    fn object(&mut self) -> Result<Node, Fatal> {
        let start = self.pos;
        self.pos += 1;
        let mut members: Vec<Member> = Vec::new();
        // Objects in policies are small: a linear scan beats hashing.
        let mut seen: Vec<(String, Span)> = Vec::new();
        let mut last_comma: Option<Span> = None;
        self.skip_ws();
        loop {
            match self.peek() {
                Some(b'}') => {
                    if let Some(comma) = last_comma {
                        self.trailing_comma(comma, '}');
                    }
                    self.pos += 1;
                    break;
                }
                Some(b'"' | b'\'') => {}
                _ => {
                    let span = self.char_span();
                    let found = self.describe_here();
                    let help = if self.peek().is_some_and(|b| b.is_ascii_alphabetic()) {
                        Message::new("object-keys-double-quotes")
                    } else {
                        Message::new("object-member-key-value")
                    };
                    return Err(self.fatal(
                        span,
                        Message::new("expected-key-double-quotes-found").words("found", found.clone()),
                        help,
                    ));
                }
            }
            let (key, key_span) = if self.peek() == Some(b'\'') {
                self.single_quoted()?
            } else {
                self.string(b'"')?
            };
            if let Some(first) = seen.iter().find(|(k, _)| *k == key).map(|(_, s)| *s) {
                let at = LineIndex::new(self.src).position(first.start);
                self.diagnostics.push(
                    Diagnostic::at(
                        CODE,
                        key_span,
                        "",
                        Message::new("duplicate-key-key-first-line")
                            .arg("key", &key)
                            .arg("line", at.line)
                            .arg("column", at.column),
                    )
                    .help(Message::new("aws-rejects-policy-duplicate-keys"))
                    .related(first, Message::new("first-occurrence")),
                );
            } else {
                seen.push((key.clone(), key_span));
            }
            self.skip_ws();
            if self.peek() == Some(b':') {
                self.pos += 1;
            } else {
                let span = self.char_span();
                let found = self.describe_here();
                return Err(self.fatal(
                    span,
                    Message::new("expected-after-key-key-found")
                        .arg("key", &key)
                        .words("found", found.clone()),
                    Message::new("object-member-key-value"),
                ));
            }
            self.skip_ws();
            let value = self.value()?;
            members.push(Member { key, key_span, value });
            self.skip_ws();
            last_comma = None;
            match self.peek() {
                Some(b',') => {
                    last_comma = Some(Span::new(self.pos, self.pos + 1));
                    self.pos += 1;
                    self.skip_ws();
                }
                Some(b'}') => {}
                Some(b'"') => {
                    let span = Span::new(self.pos, self.pos);
                    self.diagnostics.push(
                        Diagnostic::at(CODE, span, "", Message::new("missing-between-object-members"))
                            .help(Message::new("separate-members-comma"))
                            .fix(Fix::replace(Message::new("insert-comma"), span, ",")),
                    );
                }
                _ => {
                    let span = self.char_span();
                    let found = self.describe_here();
                    return Err(self.fatal(
                        span,
                        Message::new("expected-found-found").words("found", found.clone()),
                        Message::new("close-object"),
                    ));
                }
            }
        }
        Ok(Node {
            span: Span::new(start, self.pos),
            kind: NodeKind::Object(members),
        })
    }

    fn array(&mut self) -> Result<Node, Fatal> {
        let start = self.pos;
        self.pos += 1;
        let mut items = Vec::new();
        let mut last_comma: Option<Span> = None;
        self.skip_ws();
        loop {
            if self.peek() == Some(b']') {
                if let Some(comma) = last_comma {
                    self.trailing_comma(comma, ']');
                }
                self.pos += 1;
                break;
            }
            items.push(self.value()?);
            self.skip_ws();
            last_comma = None;
            match self.peek() {
                Some(b',') => {
                    last_comma = Some(Span::new(self.pos, self.pos + 1));
                    self.pos += 1;
                    self.skip_ws();
                }
                Some(b']') => {}
                Some(b'"' | b'{' | b'[') => {
                    let span = Span::new(self.pos, self.pos);
                    self.diagnostics.push(
                        Diagnostic::at(CODE, span, "", Message::new("missing-between-array-items"))
                            .help(Message::new("separate-items-comma"))
                            .fix(Fix::replace(Message::new("insert-comma"), span, ",")),
                    );
                }
                _ => {
                    let span = self.char_span();
                    let found = self.describe_here();
                    return Err(self.fatal(
                        span,
                        Message::new("expected-found-found-2").words("found", found.clone()),
                        Message::new("close-array"),
                    ));
                }
            }
        }
        Ok(Node {
            span: Span::new(start, self.pos),
            kind: NodeKind::Array(items),
        })
    }

    fn number(&mut self) -> Node {
        let start = self.pos;
        while matches!(self.peek(), Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
            self.pos += 1;
        }
        let span = Span::new(start, self.pos);
        let text = span.text(self.src).to_string();
        if !is_json_number(&text) {
            self.error(
                span,
                Message::new("text-not-valid-json-number").arg("text", &text),
                Message::new("numbers-look-like-e-iam"),
            );
        }
        Node {
            span,
            kind: NodeKind::Number(text),
        }
    }

    fn word(&mut self) -> Result<Node, Fatal> {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            self.pos += 1;
        }
        let span = Span::new(start, self.pos);
        let kind = match span.text(self.src) {
            "true" => NodeKind::Bool(true),
            "false" => NodeKind::Bool(false),
            "null" => NodeKind::Null,
            other => {
                let lower = other.to_ascii_lowercase();
                let help = if matches!(lower.as_str(), "true" | "false" | "null") {
                    Message::new("json-literals-lowercase").arg("lower", &lower)
                } else {
                    Message::new("strings-in-double-quotes")
                };
                return Err(self.fatal(
                    span,
                    Message::new("unexpected-word-other").arg("other", other),
                    help,
                ));
            }
        };
        Ok(Node { span, kind })
    }
}

fn is_json_number(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize| {
        let from = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i > from
    };
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    if b.get(i) == Some(&b'0') {
        i += 1;
    } else if !digits(&mut i) {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if !digits(&mut i) {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !digits(&mut i) {
            return false;
        }
    }
    i == b.len()
}

/// The rules this file checks, with their documentation (`rules::all` gathers them).
pub(crate) const RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::JsonSyntaxError,
        bad: include_str!("../rules/examples/json_syntax_error.bad.json"),
        good: include_str!("../rules/examples/json_syntax_error.good.json"),
        kind: PolicyKind::Endpoint,
        region: "",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-json-syntax-error",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(src: &str) -> Vec<(usize, usize, String)> {
        let out = parse(src);
        let idx = LineIndex::new(src);
        out.diagnostics
            .iter()
            .map(|d| {
                let p = idx.position(d.span.start);
                (p.line, p.column, d.message.clone())
            })
            .collect()
    }

    #[test]
    fn parses_a_policy_with_spans() {
        let src = r#"{"Statement": [{"Effect": "Allow"}]}"#;
        let out = parse(src);
        assert!(out.diagnostics.is_empty());
        let root = out.root.unwrap();
        let NodeKind::Object(m) = &root.kind else { panic!() };
        assert_eq!(m[0].key, "Statement");
        assert_eq!(m[0].key_span.text(src), "\"Statement\"");
    }

    #[test]
    fn trailing_commas_are_reported_at_the_comma_and_recovered() {
        let src = "{\"a\": [1, 2,],\n \"b\": 1,\n}";
        let m = messages(src);
        assert_eq!(m.len(), 2, "{m:?}");
        assert_eq!((m[0].0, m[0].1), (1, 12));
        assert_eq!((m[1].0, m[1].1), (2, 8));
        assert!(m[0].2.contains("trailing comma"));
    }

    #[test]
    fn a_removed_comment_never_joins_two_tokens() {
        // Found by the `fix` fuzz target: `2/**/-/**/2…` lost one comment per round of fixes, each removal making a
        // longer number, so eight rounds were not a fixed point.
        let fixes = |src: &str| {
            parse(src)
                .diagnostics
                .iter()
                .filter_map(|d| d.fix.as_ref())
                .flat_map(|f| f.edits.iter().map(|e| e.replacement.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(fixes("2/**/-1"), [" "]);
        assert_eq!(fixes("{\"a\": 1 /* note */}"), [""]);
        assert_eq!(fixes("{\"a\": 1,// note\n\"b\": 2}"), [""]);
    }

    #[test]
    fn a_removed_zero_width_space_never_joins_two_tokens() {
        // Found by the `fix` fuzz target: `[2\u{200B}8[08[08` became `[28,…`, and the fix added an error.
        let edits = |src: &str| {
            parse(src)
                .diagnostics
                .iter()
                .filter_map(|d| d.fix.as_ref())
                .flat_map(|f| f.edits.iter().map(|e| (e.span.start, e.replacement.clone())))
                .collect::<Vec<_>>()
        };
        assert_eq!(edits("[2\u{200B}8]"), [(2, " ".to_string())]);
        assert_eq!(edits("\u{FEFF}{\"a\": 1}"), [(0, String::new())]);
        assert_eq!(edits("{\"a\":\u{200B}1}"), [(5, String::new())]);
    }

    #[test]
    fn reports_several_recoverable_errors() {
        let src = "{'a': 1, // note\n \"a\": \"x\\q\", \"c\": \"\t\"}";
        let m = messages(src);
        let text: Vec<&str> = m.iter().map(|x| x.2.as_str()).collect();
        assert!(text.iter().any(|t| t.contains("single quotes")), "{text:?}");
        assert!(text.iter().any(|t| t.contains("comments")));
        assert!(text
            .iter()
            .any(|t| t.contains("duplicate key \"a\" (first at line 1, column 2)")));
        assert!(text.iter().any(|t| t.contains("invalid escape")));
        assert!(text.iter().any(|t| t.contains("control character U+0009")));
    }

    #[test]
    fn no_break_spaces_are_named_and_fixed() {
        let src = "{\n\u{a0} \u{a0} \"a\": 1\n}";
        let out = parse(src);
        assert_eq!(out.diagnostics.len(), 1);
        let d = &out.diagnostics[0];
        assert!(d.message.contains("U+00A0 NO-BREAK SPACE"));
        assert!(d.help.contains("web page"));
        assert_eq!(LineIndex::new(src).position(d.span.start).line, 2);
        let (fixed, _) = crate::diagnostic::apply_fixes(src, &out.diagnostics);
        assert!(parse(&fixed).diagnostics.is_empty());
    }

    #[test]
    fn fatal_errors_stop_with_a_position() {
        for (src, want) in [
            ("", "empty"),
            ("   ", "empty"),
            ("[1]", "must be a JSON object"),
            ("{\"a\": \"abc", "unterminated"),
            ("{\"a\": \"abc\n\"}", "unterminated"),
            ("{\"a\": True}", "unexpected word"),
            ("{a: 1}", "expected a key"),
            ("{\"a\" 1}", "expected `:`"),
            ("{\"a\": 1} x", "after the end"),
            ("{\"a\": 01}", "not a valid JSON number"),
        ] {
            let m = messages(src);
            assert!(m.iter().any(|x| x.2.contains(want)), "{src:?}: {m:?}");
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        for depth in [MAX_DEPTH + 1, 100_000] {
            let src = format!("{{\"a\":{}{}}}", "[".repeat(depth), "]".repeat(depth));
            let m = messages(&src);
            assert!(m.iter().any(|x| x.2.contains("nested more than 64")), "{m:?}");
        }
        let ok = format!(
            "{{\"a\":{}{}}}",
            "[".repeat(MAX_DEPTH - 1),
            "]".repeat(MAX_DEPTH - 1)
        );
        assert!(messages(&ok).is_empty());
    }

    #[test]
    fn unicode_escapes_decode() {
        let out = parse(r#"{"a": "\u00e9\ud83d\ude00"}"#);
        assert!(out.diagnostics.is_empty());
        assert_eq!(out.root.unwrap().to_value()["a"], "é😀");
    }
}
