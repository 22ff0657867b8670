//! String lexing: double-quoted strings, escapes, and single-quoted strings (reported, with a fix).

use super::parser::{Fatal, Parser, CODE};
use crate::diagnostic::{Diagnostic, Fix};
use crate::i18n::Message;
use crate::span::Span;

impl Parser<'_> {
    /// A string in `quote`s, decoded. Reports bad escapes and control characters and goes on.
    pub(super) fn string(&mut self, quote: u8) -> Result<(String, Span), Fatal> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            // A run of plain characters (no quote, backslash or control character) is copied in one piece; the run
            // ends at an ASCII byte, so always between two characters.
            let rest = self.src.as_bytes().get(self.pos..).unwrap_or_default();
            let plain = super::plain_run(rest, quote);
            if plain > 0 {
                out.push_str(self.src.get(self.pos..self.pos + plain).unwrap_or_default());
                self.pos += plain;
            }
            let Some(c) = self.peek_char() else {
                return Err(self.fatal(
                    Span::new(start, self.src.len()),
                    Message::new("unterminated-string"),
                    Message::new("close-string-double-quote"),
                ));
            };
            let here = self.pos;
            match c {
                c if c as u32 == u32::from(quote) => {
                    self.pos += 1;
                    return Ok((out, Span::new(start, self.pos)));
                }
                '\n' | '\r' => {
                    return Err(self.fatal(
                        Span::new(start, here),
                        Message::new("unterminated-string-line-ends-before"),
                        Message::new("close-string-double-quote-on"),
                    ));
                }
                '\\' => self.escape(&mut out)?,
                c if (c as u32) < 0x20 => {
                    let span = Span::new(here, here + 1);
                    let escaped = if c == '\t' {
                        "\\t".to_string()
                    } else {
                        format!("\\u{:04x}", c as u32)
                    };
                    self.diagnostics.push(
                        Diagnostic::at(
                            CODE,
                            span,
                            "",
                            Message::new("control-character-in-string")
                                .arg("code", format!("{:04X}", c as u32)),
                        )
                        .help(Message::new("json-strings-cannot-contain-raw").arg("escaped", &escaped))
                        .fix(Fix::replace(
                            Message::new("escape-control-character"),
                            span,
                            escaped,
                        )),
                    );
                    out.push(c);
                    self.pos += 1;
                }
                c => {
                    out.push(c);
                    self.pos += c.len_utf8();
                }
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), Fatal> {
        let start = self.pos;
        self.pos += 1;
        let Some(c) = self.peek_char() else {
            return Err(self.fatal(
                Span::new(start, self.pos),
                Message::new("unterminated-string"),
                Message::new("close-string-double-quote"),
            ));
        };
        self.pos += c.len_utf8();
        let simple = match c {
            '"' => Some('"'),
            '\\' => Some('\\'),
            '/' => Some('/'),
            'b' => Some('\u{8}'),
            'f' => Some('\u{c}'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            _ => None,
        };
        if let Some(ch) = simple {
            out.push(ch);
            return Ok(());
        }
        if c == 'u' {
            let high = self.hex4(start)?;
            let code = if (0xD800..0xDC00).contains(&high)
                && self.peek() == Some(b'\\')
                && self.peek_at(1) == Some(b'u')
            {
                let second = self.pos;
                self.pos += 2;
                let low = self.hex4(second)?;
                if (0xDC00..0xE000).contains(&low) {
                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    self.bad_escape(Span::new(start, self.pos), "an unpaired surrogate");
                    0xFFFD
                }
            } else {
                high
            };
            match char::from_u32(code) {
                Some(ch) => out.push(ch),
                None => {
                    self.bad_escape(Span::new(start, self.pos), "an unpaired surrogate");
                    out.push('\u{FFFD}');
                }
            }
            return Ok(());
        }
        self.bad_escape(Span::new(start, self.pos), &format!("`\\{c}`"));
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self, escape_start: usize) -> Result<u32, Fatal> {
        let digits = self
            .src
            .get(self.pos..self.pos + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        match digits.and_then(|d| u32::from_str_radix(d, 16).ok()) {
            Some(v) => {
                self.pos += 4;
                Ok(v)
            }
            None => {
                self.bad_escape(Span::new(escape_start, self.pos), "`\\u` without four hex digits");
                Ok(0xFFFD)
            }
        }
    }

    fn bad_escape(&mut self, span: Span, what: &str) {
        self.error(
            span,
            Message::new("invalid-escape-sequence-what").arg("what", what),
            Message::new("json-escapes-are-b-f"),
        );
    }

    pub(super) fn single_quoted(&mut self) -> Result<(String, Span), Fatal> {
        let (s, span) = self.string(b'\'')?;
        let fixed = serde_json::to_string(&s).unwrap_or_default();
        self.diagnostics.push(
            Diagnostic::at(CODE, span, "", Message::new("strings-must-use-double-quotes"))
                .help(Message::new("write-fixed").arg("fixed", &fixed))
                .fix(Fix::replace(Message::new("use-double-quotes"), span, fixed)),
        );
        Ok((s, span))
    }
}
