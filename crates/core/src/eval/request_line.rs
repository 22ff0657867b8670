//! A request line read straight into a reused [`PreparedRequest`]: no map, no intermediate request, and no
//! allocation per line once the buffers have grown. A line it does not take goes through
//! [`parse_prepared_line`], so errors (and rare forms, such as a request written as an array) read the same.

use super::context::{ContextValue, ValueVisitor};
use super::lines::parse_prepared_line;
use super::request::{set_text, slot, PreparedRequest};
use super::request_fields::{keep_last_of_equal_keys, FIELDS};
use serde::de::{DeserializeSeed, Deserializer, Error, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;

/// Reads request lines into one prepared request, reusing its buffers.
#[derive(Debug)]
pub struct LineParser {
    request: PreparedRequest,
    /// Text buffers of context entries that hold other values for now (see [`super::request_scan::fill`]).
    spare: Vec<String>,
}

impl Default for LineParser {
    fn default() -> Self {
        Self {
            request: PreparedRequest::empty(),
            spare: Vec::new(),
        }
    }
}

impl LineParser {
    /// Parses one line, checks its principal and prepares it: the same result as [`parse_prepared_line`].
    pub fn parse(&mut self, line: &[u8]) -> Result<&PreparedRequest, super::RequestError> {
        let Some(raw) = self.fill(line) else {
            self.request = parse_prepared_line(line)?;
            return Ok(&self.request);
        };
        match self.request.finish(raw, true) {
            Some(problem) => Err(super::RequestError::Principal(problem)),
            None => Ok(&self.request),
        }
    }

    /// Writes the line's raw fields into the request; the number of context entries, or `None` if it cannot.
    /// The common line is read by hand ([`super::request_scan`]), any other through serde.
    fn fill(&mut self, line: &[u8]) -> Option<usize> {
        let text = std::str::from_utf8(line).ok()?;
        if let Some(raw) = super::request_scan::fill(&mut self.request, text, &mut self.spare) {
            return Some(raw);
        }
        let mut de = serde_json::Deserializer::from_str(text);
        let raw = Fields(&mut self.request).deserialize(&mut de).ok()?;
        de.end().ok()?;
        Some(raw)
    }
}

/// The request object, written into a prepared request's raw fields.
struct Fields<'r>(&'r mut PreparedRequest);

impl<'de> DeserializeSeed<'de> for Fields<'_> {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Fields<'_> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a request object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<usize, A::Error> {
        let req = self.0;
        let (mut seen, mut raw) = (0u8, 0);
        while let Some(field) = map.next_key_seed(Field)? {
            let bit = 1u8 << field;
            if seen & bit != 0 {
                return Err(A::Error::custom("duplicate field"));
            }
            seen |= bit;
            match field {
                0 => map.next_value_seed(OptionalText(&mut req.principal))?,
                1 => map.next_value_seed(Text(&mut req.action_raw))?,
                2 => map.next_value_seed(Text(&mut req.resource))?,
                3 => map.next_value_seed(OptionalText(&mut req.resource_account))?,
                4 => raw = map.next_value_seed(Context(&mut req.context))?,
                5 => req.service_linked_role = map.next_value()?,
                _ => req.management_account = map.next_value()?,
            }
        }
        if seen & 0b110 != 0b110 {
            return Err(A::Error::custom("missing field"));
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
        Ok(raw)
    }
}

/// A field name, as its index in [`FIELDS`].
struct Field;

impl<'de> DeserializeSeed<'de> for Field {
    type Value = u8;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<u8, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for Field {
    type Value = u8;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a request field")
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<u8, E> {
        FIELDS
            .iter()
            .position(|f| *f == v)
            .and_then(|i| u8::try_from(i).ok())
            .ok_or_else(|| E::unknown_field(v, &FIELDS))
    }
}

/// A string written into a reused buffer.
struct Text<'r>(&'r mut String);

impl<'de> DeserializeSeed<'de> for Text<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Text<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<(), E> {
        set_text(self.0, v);
        Ok(())
    }
}

/// A string or `null`, written into a reused buffer.
struct OptionalText<'r>(&'r mut Option<String>);

impl<'de> DeserializeSeed<'de> for OptionalText<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for OptionalText<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or null")
    }

    fn visit_none<E: Error>(self) -> Result<(), E> {
        *self.0 = None;
        Ok(())
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        Text(self.0.get_or_insert_with(String::new)).deserialize(d)
    }
}

/// The context object, written into reused entries in key order (a later duplicate key wins), as the
/// `BTreeMap` of [`super::Request`] orders it.
struct Context<'r>(&'r mut Vec<(String, ContextValue)>);

impl<'de> DeserializeSeed<'de> for Context<'_> {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Context<'_> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<usize, A::Error> {
        let context = self.0;
        let mut n = 0;
        while let Some(key) = map.next_key_seed(Key)? {
            let value = map.next_value_seed(Value)?;
            if let Some(out) = slot(context, n, &key) {
                match value {
                    Parsed::Text(t) => out.push_str(&t),
                    Parsed::Other(v) => {
                        if let Some((_, slot_value)) = context.get_mut(n) {
                            *slot_value = v;
                        }
                    }
                }
                n += 1;
            }
        }
        let entries = context.get_mut(..n).unwrap_or_default();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(keep_last_of_equal_keys(entries))
    }
}

/// A context key, borrowed from the line unless it has escapes.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_borrowed_str<E: Error>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E: Error>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_string()))
    }
}

/// A context value: text borrowed from the line where it can be, anything else as the request reads it.
enum Parsed<'de> {
    Text(Cow<'de, str>),
    Other(ContextValue),
}

struct Value;

impl<'de> DeserializeSeed<'de> for Value {
    type Value = Parsed<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Parsed<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Value {
    type Value = Parsed<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        ValueVisitor::<true>.expecting(f)
    }
    fn visit_bool<E: Error>(self, v: bool) -> Result<Parsed<'de>, E> {
        ValueVisitor::<true>.visit_bool(v).map(Parsed::Other)
    }
    fn visit_i64<E: Error>(self, v: i64) -> Result<Parsed<'de>, E> {
        ValueVisitor::<true>.visit_i64(v).map(Parsed::Other)
    }
    fn visit_u64<E: Error>(self, v: u64) -> Result<Parsed<'de>, E> {
        ValueVisitor::<true>.visit_u64(v).map(Parsed::Other)
    }
    fn visit_f64<E: Error>(self, v: f64) -> Result<Parsed<'de>, E> {
        ValueVisitor::<true>.visit_f64(v).map(Parsed::Other)
    }
    fn visit_borrowed_str<E: Error>(self, v: &'de str) -> Result<Parsed<'de>, E> {
        Ok(Parsed::Text(Cow::Borrowed(v)))
    }
    fn visit_str<E: Error>(self, v: &str) -> Result<Parsed<'de>, E> {
        Ok(Parsed::Text(Cow::Owned(v.to_string())))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Parsed<'de>, A::Error> {
        ValueVisitor::<true>.visit_seq(seq).map(Parsed::Other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::parse_request_line;

    /// The reused parser gives what parsing, checking and preparing give, line after line (buffers reused).
    #[test]
    fn agrees_with_parse_check_prepare_line_after_line() {
        let lines: [&[u8]; 14] = [
            br#"{"principal":"arn:aws:sts::111122223333:assumed-role/R/s","action":"a:B","resource":"arn:aws:s3:::b/k","context":{"b":1,"a":"x","B":true,"a":"y"}}"#,
            br#"{"principal":"arn:aws:iam::111122223333:user/p/u","action":"a:b","resource":"x","resourceAccount":"111122223333"}"#,
            br#"{"principal":" arn:aws:iam::111122223333:user/u ","action":"a:b","resource":"x"}"#,
            br#"{"principal":"Builder","action":"a:b","resource":"x"}"#,
            br#"{"principal":null,"action":"a:\u0062","resource":"x","context":{"aws:PrincipalArn":"p","k":["a",1,false]},"serviceLinkedRole":true}"#,
            br#"{"action":"a:b","resource":"x","action":"a:c"}"#,
            br#"["arn:aws:iam::111122223333:root","a:b","x"]"#,
            br#"{"action":"a:b","resource":"x","other":1}"#,
            br#"{"action":"a:b"}"#,
            br#"{"action":"a:b","resource":"x"} trailing"#,
            br#"{"action":"a:b","resource":"x","context":null}"#,
            br#"{"action":"a:b","resource":"x","context":{"k":{"nested":1}}}"#,
            b"{\"action\":\"a:b\",\"resource\":\"\xff\"}",
            br#"{"principal":"anonymous","action":"a:b","resource":"x","managementAccount":true}"#,
        ];
        let mut parser = LineParser::default();
        for _ in 0..2 {
            for line in lines {
                let slow = parse_request_line(line).map(|r| r.into_prepared());
                let fast = parser.parse(line).cloned();
                let line = String::from_utf8_lossy(line);
                assert_eq!(format!("{slow:?}"), format!("{fast:?}"), "{line}");
            }
        }
    }

    #[test]
    fn of_equal_keys_the_last_is_kept() {
        let v = |s: &str| ContextValue::String(s.into());
        let mut entries = vec![
            ("a".to_string(), v("1")),
            ("a".to_string(), v("2")),
            ("b".to_string(), v("3")),
            ("c".to_string(), v("4")),
            ("c".to_string(), v("5")),
        ];
        let kept = keep_last_of_equal_keys(&mut entries);
        assert_eq!(
            entries[..kept],
            [
                ("a".to_string(), v("2")),
                ("b".to_string(), v("3")),
                ("c".to_string(), v("5"))
            ]
        );
    }
}
