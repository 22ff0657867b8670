//! Condition context values: what a request's context keys hold, owned and borrowed.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A condition context value.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ContextValue {
    /// A boolean.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    String(String),
    /// A multi-valued key.
    List(Vec<ContextScalar>),
}

/// One value of a multi-valued key.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ContextScalar {
    /// A boolean.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    String(String),
}

/// Reads a context value straight from its JSON type (no buffering and retrying, as `untagged` would: a request
/// line is read in a microsecond or two).
pub(super) struct ValueVisitor<const LIST: bool>;

impl<'de, const LIST: bool> serde::de::Visitor<'de> for ValueVisitor<LIST> {
    type Value = ContextValue;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if LIST {
            "a string, number, boolean or an array of them"
        } else {
            "a string, number or boolean"
        })
    }
    fn visit_bool<E>(self, v: bool) -> Result<ContextValue, E> {
        Ok(ContextValue::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<ContextValue, E> {
        Ok(ContextValue::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<ContextValue, E> {
        Ok(ContextValue::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<ContextValue, E> {
        Ok(ContextValue::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<ContextValue, E> {
        Ok(ContextValue::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<ContextValue, E> {
        Ok(ContextValue::String(v))
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<ContextValue, A::Error> {
        if !LIST {
            return Err(serde::de::Error::invalid_type(serde::de::Unexpected::Seq, &self));
        }
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element::<ContextScalar>()? {
            items.push(item);
        }
        Ok(ContextValue::List(items))
    }
}

impl<'de> Deserialize<'de> for ContextValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ValueVisitor::<true>)
    }
}

impl<'de> Deserialize<'de> for ContextScalar {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match d.deserialize_any(ValueVisitor::<false>)? {
            ContextValue::Bool(b) => Ok(ContextScalar::Bool(b)),
            ContextValue::Number(n) => Ok(ContextScalar::Number(n)),
            ContextValue::String(s) => Ok(ContextScalar::String(s)),
            ContextValue::List(_) => Err(serde::de::Error::custom("a list inside a list")),
        }
    }
}

impl ContextScalar {
    /// The value as text, as AWS compares it.
    pub fn as_text(&self) -> String {
        match self {
            ContextScalar::Bool(b) => b.to_string(),
            ContextScalar::Number(n) => format_number(*n),
            ContextScalar::String(s) => s.clone(),
        }
    }
}

/// A number as text: whole numbers as integers (`3600`), others in JSON's shortest form (`0.5`, `1e-7`, `1e+20`), the form
/// a request file would write them in. serde_json's formatter, not `f64`'s `Display`: the playground's module
/// then carries one float formatter, not two (8 KB gzipped, docs/benchmarks.md).
fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        // Not finite: never from JSON, which has no NaN or infinity.
        serde_json::Number::from_f64(n).map_or_else(|| "NaN".to_string(), |n| n.to_string())
    }
}

/// A borrowed context value, one of a set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scalar<'a> {
    /// A boolean.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    Str(&'a str),
}

impl<'a> Scalar<'a> {
    /// The value as text, as AWS compares it (borrowed unless it is a number).
    pub fn text(self) -> Cow<'a, str> {
        match self {
            Scalar::Bool(true) => Cow::Borrowed("true"),
            Scalar::Bool(false) => Cow::Borrowed("false"),
            Scalar::Number(n) => Cow::Owned(format_number(n)),
            Scalar::Str(s) => Cow::Borrowed(s),
        }
    }
}

impl ContextScalar {
    /// Borrows the value.
    pub fn as_scalar(&self) -> Scalar<'_> {
        match self {
            ContextScalar::Bool(b) => Scalar::Bool(*b),
            ContextScalar::Number(n) => Scalar::Number(*n),
            ContextScalar::String(s) => Scalar::Str(s),
        }
    }
}

/// The values of a context key, borrowed: one for a scalar, each item for a list.
#[derive(Debug, Clone)]
pub struct Scalars<'a> {
    single: Option<Scalar<'a>>,
    items: std::slice::Iter<'a, ContextScalar>,
}

impl<'a> Iterator for Scalars<'a> {
    type Item = Scalar<'a>;

    fn next(&mut self) -> Option<Scalar<'a>> {
        self.single
            .take()
            .or_else(|| self.items.next().map(ContextScalar::as_scalar))
    }
}

impl ContextValue {
    /// The values as a set, borrowed: one for scalars, all for lists.
    pub fn scalars(&self) -> Scalars<'_> {
        let (single, items): (_, &[ContextScalar]) = match self {
            ContextValue::Bool(b) => (Some(Scalar::Bool(*b)), &[]),
            ContextValue::Number(n) => (Some(Scalar::Number(*n)), &[]),
            ContextValue::String(s) => (Some(Scalar::Str(s)), &[]),
            ContextValue::List(items) => (None, items),
        };
        Scalars {
            single,
            items: items.iter(),
        }
    }

    /// The single value of a single-valued key as text, borrowed where it can be.
    pub fn single_str(&self) -> Option<Cow<'_, str>> {
        match self {
            ContextValue::List(_) => None,
            other => other.scalars().next().map(Scalar::text),
        }
    }

    /// The values as a set: one for scalars, all for lists.
    pub fn values(&self) -> Vec<ContextScalar> {
        match self {
            ContextValue::Bool(b) => vec![ContextScalar::Bool(*b)],
            ContextValue::Number(n) => vec![ContextScalar::Number(*n)],
            ContextValue::String(s) => vec![ContextScalar::String(s.clone())],
            ContextValue::List(items) => items.clone(),
        }
    }

    /// The single value of a single-valued key, if it is one.
    pub fn single_text(&self) -> Option<String> {
        match self {
            ContextValue::List(_) => None,
            other => other.values().first().map(ContextScalar::as_text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_a_request_file_writes_them() {
        let text = |n: f64| ContextScalar::Number(n).as_text();
        assert_eq!(text(3600.0), "3600");
        assert_eq!(text(-2.0), "-2");
        assert_eq!(text(0.5), "0.5");
        assert_eq!(text(1.25), "1.25");
        assert_eq!(text(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(text(1e-7), "1e-7");
        assert_eq!(text(1e20), "1e+20");
        assert_eq!(text(f64::NAN), "NaN");
        assert_eq!(ContextScalar::Bool(true).as_text(), "true");
    }
}
