//! The common request line, read by hand: an object of the request fields whose strings have no escapes, and
//! whose context values are such strings, `true`, `false`, non-negative integers or arrays of them. That is what
//! generated request streams hold, and it reads with about a fifth fewer instructions than serde's visitor (3,900
//! against 5,000 a line of the stream benchmark, before preparation). Anything else (an
//! escape, a fraction, an unknown field, an error) returns `None`, and the line goes through serde
//! ([`super::request_line`]), which reads it or says what is wrong with it: both give the same request for every
//! line this reads (the `request_lines` fuzz target checks it).

use super::context::{ContextScalar, ContextValue};
use super::request::{set_text, slot, PreparedRequest};
use super::request_fields::{keep_last_of_equal_keys, FIELDS};
use crate::json::plain_run;

/// Writes the line's raw fields into `req`: the number of context entries, or `None` for a line it does not take.
/// `spare` keeps the text buffers of context entries that came to hold other values, for entries that hold text
/// again (the entries' order changes from line to line when they are sorted): no allocation per line.
pub(super) fn fill(req: &mut PreparedRequest, text: &str, spare: &mut Vec<String>) -> Option<usize> {
    let mut s = Scanner { text, pos: 0 };
    let raw = s.request(req, spare)?;
    s.ws();
    (s.pos == text.len()).then_some(raw)
}

/// At most this many spare text buffers are kept.
const SPARE_BUFFERS: usize = 16;

struct Scanner<'t> {
    text: &'t str,
    pos: usize,
}

/// A context value as read: text borrowed from the line, or any other value.
enum Value<'t> {
    Text(&'t str),
    Other(ContextValue),
}

impl<'t> Scanner<'t> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// Skips JSON white space.
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Consumes `byte` after white space.
    fn eat(&mut self, byte: u8) -> Option<()> {
        self.ws();
        (self.peek() == Some(byte)).then(|| self.pos += 1)
    }

    /// Consumes `word` if it comes next.
    fn word(&mut self, word: &str) -> bool {
        let found = self
            .text
            .as_bytes()
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(word.as_bytes()));
        if found {
            self.pos += word.len();
        }
        found
    }

    /// A string without escapes, after white space.
    fn string(&mut self) -> Option<&'t str> {
        self.ws();
        let bytes = self.text.as_bytes();
        let start = self.pos + 1;
        let rest = match bytes.get(self.pos..) {
            Some([b'"', rest @ ..]) => rest,
            _ => return None,
        };
        let end = start + plain_run(rest, b'"');
        if bytes.get(end) != Some(&b'"') {
            return None;
        }
        self.pos = end + 1;
        // Both ends are at ASCII quotes, so on character boundaries.
        self.text.get(start..end)
    }

    /// `true` or `false`, after white space.
    fn boolean(&mut self) -> Option<bool> {
        self.ws();
        if self.word("true") {
            Some(true)
        } else if self.word("false") {
            Some(false)
        } else {
            None
        }
    }

    /// `"text"` or `null`, after white space.
    fn optional_string(&mut self) -> Option<Option<&'t str>> {
        self.ws();
        if self.word("null") {
            return Some(None);
        }
        self.string().map(Some)
    }

    /// A non-negative integer of at most 15 digits (exact as a float, and read by serde the same way).
    fn integer(&mut self) -> Option<f64> {
        let bytes = self.text.as_bytes().get(self.pos..)?;
        let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        let leading_zero = digits > 1 && bytes.first() == Some(&b'0');
        let fraction_follows = matches!(bytes.get(digits), Some(b'.' | b'e' | b'E'));
        if digits == 0 || digits > 15 || leading_zero || fraction_follows {
            return None;
        }
        let n = bytes
            .get(..digits)?
            .iter()
            .fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
        self.pos += digits;
        Some(n as f64)
    }

    /// One value of a multi-valued key.
    fn scalar(&mut self) -> Option<ContextScalar> {
        self.ws();
        match self.peek()? {
            b'"' => self.string().map(|s| ContextScalar::String(s.to_string())),
            b'0'..=b'9' => self.integer().map(ContextScalar::Number),
            _ => self.boolean().map(ContextScalar::Bool),
        }
    }

    /// A context value.
    fn value(&mut self) -> Option<Value<'t>> {
        self.ws();
        match self.peek()? {
            b'"' => self.string().map(Value::Text),
            b'0'..=b'9' => self.integer().map(|n| Value::Other(ContextValue::Number(n))),
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                if self.eat(b']').is_none() {
                    loop {
                        items.push(self.scalar()?);
                        if self.eat(b',').is_none() {
                            self.eat(b']')?;
                            break;
                        }
                    }
                }
                Some(Value::Other(ContextValue::List(items)))
            }
            _ => self.boolean().map(|b| Value::Other(ContextValue::Bool(b))),
        }
    }

    /// Reads `{ member, … }`, calling `member` after each key's colon.
    fn object(&mut self, mut member: impl FnMut(&mut Self, &'t str) -> Option<()>) -> Option<()> {
        self.eat(b'{')?;
        if self.eat(b'}').is_some() {
            return Some(());
        }
        loop {
            let key = self.string()?;
            self.eat(b':')?;
            member(self, key)?;
            if self.eat(b',').is_none() {
                return self.eat(b'}');
            }
        }
    }

    /// The context object, written into reused entries in key order (a later duplicate key wins).
    fn context(
        &mut self,
        context: &mut Vec<(String, ContextValue)>,
        spare: &mut Vec<String>,
    ) -> Option<usize> {
        let mut n = 0;
        self.object(|s, key| {
            match s.value()? {
                Value::Text(t) => {
                    if let (Some((_, value)), Some(buffer)) = (context.get_mut(n), spare.last()) {
                        if !matches!(value, ContextValue::String(_)) && buffer.capacity() > 0 {
                            *value = ContextValue::String(spare.pop().unwrap_or_default());
                        }
                    }
                    slot(context, n, key)?.push_str(t)
                }
                Value::Other(v) => {
                    slot(context, n, key)?;
                    let old = std::mem::replace(&mut context.get_mut(n)?.1, v);
                    if let (ContextValue::String(buffer), true) = (old, spare.len() < SPARE_BUFFERS) {
                        spare.push(buffer);
                    }
                }
            }
            n += 1;
            Some(())
        })?;
        let entries = context.get_mut(..n)?;
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Some(keep_last_of_equal_keys(entries))
    }

    /// The request object.
    fn request(&mut self, req: &mut PreparedRequest, spare: &mut Vec<String>) -> Option<usize> {
        let (mut seen, mut raw) = (0u8, 0);
        self.object(|s, key| {
            let field = FIELDS.iter().position(|f| *f == key)?;
            let bit = 1u8 << field;
            if seen & bit != 0 {
                return None;
            }
            seen |= bit;
            match field {
                0 => write_optional(&mut req.principal, s.optional_string()?),
                1 => set_text(&mut req.action_raw, s.string()?),
                2 => set_text(&mut req.resource, s.string()?),
                3 => write_optional(&mut req.resource_account, s.optional_string()?),
                4 => raw = s.context(&mut req.context, spare)?,
                5 => req.service_linked_role = s.boolean()?,
                _ => req.management_account = s.boolean()?,
            }
            Some(())
        })?;
        if seen & 0b110 != 0b110 {
            return None;
        }
        let absent = |i: u8| seen & (1 << i) == 0;
        if absent(0) {
            req.principal = None;
        }
        if absent(3) {
            req.resource_account = None;
        }
        if absent(5) {
            req.service_linked_role = false;
        }
        if absent(6) {
            req.management_account = false;
        }
        Some(raw)
    }
}

/// Writes an optional string into a reused buffer.
fn write_optional(out: &mut Option<String>, value: Option<&str>) {
    match value {
        Some(v) => set_text(out.get_or_insert_with(String::new), v),
        None => *out = None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{parse_request_line, LineParser};

    /// The lines it takes, and the lines it leaves to serde, all give what parsing, checking and preparing give,
    /// line after line through one parser (so with buffers and spare buffers reused).
    #[test]
    fn takes_plain_lines_and_leaves_the_rest_with_the_same_result() {
        let taken = [
            r#"{"principal":"arn:aws:sts::111122223333:assumed-role/R/s","action":"imagebuilder:CreateImage","resource":"arn:aws:imagebuilder:us-east-1:111122223333:image/a/1.0.0/1","context":{"aws:PrincipalOrgID":"o-a1b2c3d4e5","aws:SecureTransport":true,"aws:VpcSourceIp":"10.1.2.3"}}"#,
            " { \"action\" : \"a:b\" ,\t\"resource\":\"x\", \"principal\": null, \"resourceAccount\": \"111122223333\" } \r\n",
            r#"{"action":"a:b","resource":"x","context":{"n":0,"m":123456789012345,"l":["a",1,true],"e":[],"b":false,"a":"1"}}"#,
            r#"{"action":"a:b","resource":"x","context":{"k":"2","k":"1","K":"3"},"serviceLinkedRole":false,"managementAccount":true}"#,
            r#"{"action":"a:b","resource":"x","context":{}}"#,
            r#"{"action":"ünïcödé:b","resource":"x"}"#,
        ];
        let left = [
            r#"{"action":"a:\u0062","resource":"x"}"#,
            r#"{"action":"a:b","resource":"x","context":{"n":-1}}"#,
            r#"{"action":"a:b","resource":"x","context":{"n":1.5}}"#,
            r#"{"action":"a:b","resource":"x","context":{"n":01}}"#,
            r#"{"action":"a:b","resource":"x","context":{"n":1234567890123456}}"#,
            r#"{"action":"a:b","resource":"x","context":{"n":null}}"#,
            r#"{"action":"a:b","resource":"x","context":{"n":[["a"]]}}"#,
            r#"{"action":"a:b","resource":"x","context":null}"#,
            r#"{"action":"a:b","resource":"x","action":"a:c"}"#,
            r#"{"action":"a:b","resource":"x","other":1}"#,
            r#"{"action":"a:b"}"#,
            r#"{"action":"a:b","resource":"x"} x"#,
            r#"{"action":"a:b","resource":"x",}"#,
            "{\"action\":\"a:b\",\"resource\":\"x\ty\"}",
            r#"{"action":"a:b","resource":"x","serviceLinkedRole":"true"}"#,
            r#"["x","a:b","x"]"#,
        ];
        let mut parser = LineParser::default();
        for round in 0..3 {
            for (line, takes) in taken
                .iter()
                .map(|l| (l, true))
                .chain(left.iter().map(|l| (l, false)))
            {
                let mut req = crate::eval::PreparedRequest::empty();
                assert_eq!(fill(&mut req, line, &mut Vec::new()).is_some(), takes, "{line}");
                let slow = parse_request_line(line.as_bytes()).map(|r| r.into_prepared());
                let fast = parser.parse(line.as_bytes()).cloned();
                assert_eq!(format!("{slow:?}"), format!("{fast:?}"), "round {round}: {line}");
            }
        }
    }
}
