//! Policy variables: `${key}`, `${key, 'default'}`, and the escapes `${*}`, `${?}`, `${$}`.

use super::request::PreparedRequest;
use crate::glob::Pattern;
use serde::Serialize;
use std::borrow::Cow;

/// A piece of a value that may contain variables.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// Policy text (its `*` and `?` are wildcards in Like operators and resources).
    Text(String),
    /// A character from an escape such as `${*}`: always literal.
    Literal(char),
    /// A variable and its default.
    Var {
        /// The key, as written.
        key: String,
        /// The default, if any.
        default: Option<String>,
    },
}

/// A value split into pieces.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    pieces: Vec<Piece>,
    /// The case-sensitive pattern of a template without variables, compiled once.
    fixed: Option<Pattern>,
}

/// What one variable resolved to, for the trace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resolution {
    /// The variable as written, e.g. `${aws:username}`.
    pub variable: String,
    /// Its value, or `None` when the key was missing (the value then matches nothing).
    pub value: Option<String>,
}

impl Template {
    /// Splits `text` into pieces; with `enabled` false (Version 2008-10-17) the text stays literal policy text.
    pub fn parse(text: &str, enabled: bool) -> Template {
        if !enabled || !text.contains("${") {
            return Template {
                pieces: vec![Piece::Text(text.to_string())],
                fixed: Some(Pattern::new(text, false)),
            };
        }
        let mut pieces = Vec::new();
        let mut rest = text;
        while let Some(start) = rest.find("${") {
            let after = rest.get(start + 2..).unwrap_or("");
            let Some(end) = after.find('}') else { break };
            if start > 0 {
                pieces.push(Piece::Text(rest.get(..start).unwrap_or("").to_string()));
            }
            let inner = after.get(..end).unwrap_or("");
            pieces.push(match inner {
                "*" => Piece::Literal('*'),
                "?" => Piece::Literal('?'),
                "$" => Piece::Literal('$'),
                _ => match inner.split_once(',') {
                    Some((key, default)) => Piece::Var {
                        key: key.trim().to_string(),
                        default: Some(default.trim().trim_matches('\'').to_string()),
                    },
                    None => Piece::Var {
                        key: inner.trim().to_string(),
                        default: None,
                    },
                },
            });
            rest = after.get(end + 1..).unwrap_or("");
        }
        if !rest.is_empty() {
            pieces.push(Piece::Text(rest.to_string()));
        }
        Template { pieces, fixed: None }
    }

    /// Whether a variable has no value (checked before anything is built: the common miss costs no allocation).
    fn has_missing_variable(&self, req: &PreparedRequest) -> bool {
        self.pieces.iter().any(|piece| match piece {
            Piece::Var { key, default } => {
                default.is_none() && req.get(key).and_then(|v| v.single_str()).is_none()
            }
            _ => false,
        })
    }

    /// True when there are variables or escapes.
    pub fn is_dynamic(&self) -> bool {
        !matches!(self.pieces.as_slice(), [Piece::Text(_)])
    }

    /// The text with variables substituted, or `None` if a variable has no value. With `trace`, each
    /// variable's value is recorded.
    pub fn resolve_text(
        &self,
        req: &PreparedRequest,
        mut trace: Option<&mut Vec<Resolution>>,
    ) -> Option<Cow<'_, str>> {
        if let [Piece::Text(t)] = self.pieces.as_slice() {
            return Some(Cow::Borrowed(t));
        }
        if trace.is_none() && self.has_missing_variable(req) {
            return None;
        }
        let mut out = String::new();
        let mut ok = true;
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Literal(c) => out.push(*c),
                Piece::Var { key, default } => {
                    match lookup(req, key, default.as_deref(), trace.as_deref_mut()) {
                        Some(v) => out.push_str(&v),
                        None => ok = false,
                    }
                }
            }
        }
        ok.then_some(Cow::Owned(out))
    }

    /// A wildcard pattern: policy text keeps its wildcards, substituted values and escapes are literal.
    pub fn resolve_pattern(
        &self,
        req: &PreparedRequest,
        fold_case: bool,
        mut trace: Option<&mut Vec<Resolution>>,
    ) -> Option<Cow<'_, Pattern>> {
        if let (Some(fixed), false) = (&self.fixed, fold_case) {
            return Some(Cow::Borrowed(fixed));
        }
        if trace.is_none() && self.has_missing_variable(req) {
            return None;
        }
        let mut p = Pattern::new("", fold_case);
        let mut ok = true;
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => p.push_pattern(t, fold_case),
                Piece::Literal(c) => p.push_literal(c.encode_utf8(&mut [0; 4]), fold_case),
                Piece::Var { key, default } => {
                    match lookup(req, key, default.as_deref(), trace.as_deref_mut()) {
                        Some(v) => p.push_literal(&v, fold_case),
                        None => ok = false,
                    }
                }
            }
        }
        ok.then_some(Cow::Owned(p))
    }
}

fn lookup<'a>(
    req: &'a PreparedRequest,
    key: &str,
    default: Option<&'a str>,
    trace: Option<&mut Vec<Resolution>>,
) -> Option<Cow<'a, str>> {
    // A multi-valued key cannot be substituted: the value matches nothing.
    let value = req
        .get(key)
        .and_then(|v| v.single_str())
        .or_else(|| default.map(Cow::Borrowed));
    if let Some(trace) = trace {
        let variable = match default {
            Some(d) => format!("${{{key}, '{d}'}}"),
            None => format!("${{{key}}}"),
        };
        trace.push(Resolution {
            variable,
            value: value.as_deref().map(str::to_string),
        });
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{ContextValue, Request};

    fn req() -> PreparedRequest {
        let mut r = Request {
            action: "s3:GetObject".into(),
            resource: "arn:aws:s3:::b/k".into(),
            ..Request::default()
        };
        r.context
            .insert("aws:username".into(), ContextValue::String("al*ce".into()));
        r.prepare()
    }

    #[test]
    fn substitutes_escapes_and_defaults() {
        let mut t = Vec::new();
        let tpl = Template::parse("home/${aws:username}/${*}/${aws:PrincipalTag/team, 'none'}", true);
        assert_eq!(
            tpl.resolve_text(&req(), Some(&mut t)).as_deref(),
            Some("home/al*ce/*/none")
        );
        assert_eq!(t.len(), 2);
        let p = tpl.resolve_pattern(&req(), false, Some(&mut t)).unwrap();
        assert!(p.matches("home/al*ce/*/none"));
        assert!(!p.matches("home/alice/*/none"), "a substituted * is literal");
        assert!(Template::parse("${aws:nope}", true)
            .resolve_text(&req(), Some(&mut t))
            .is_none());
        assert_eq!(
            Template::parse("${aws:username}", false)
                .resolve_text(&req(), Some(&mut t))
                .as_deref(),
            Some("${aws:username}")
        );
    }
}
