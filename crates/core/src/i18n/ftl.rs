//! A reader for the subset of Fluent (FTL) our catalogues use: messages with a value and attributes, variables
//! (`{ $name }`) and string literals (`{ "{" }`, the escape for a brace), comments and blank lines. Select
//! expressions, terms and multi-line values are refused with their line, so a catalogue never holds something
//! this reader would render wrongly. Every catalogue is also read by `fluent-bundle` in a test
//! (`tests/i18n_fluent.rs`), which checks that both render every message alike.

use std::collections::HashMap;

/// One piece of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Literal text.
    Text(String),
    /// A variable, by name (without `$`).
    Var(String),
}

/// A message's value or attribute: text with variables.
pub type Pattern = Vec<Piece>;

/// A message: its value and its attributes (`.title = …`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// The value, when the message has one.
    pub value: Option<Pattern>,
    /// Attributes by name.
    pub attributes: HashMap<String, Pattern>,
}

/// Why a catalogue could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct FtlError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong there.
    pub reason: &'static str,
}

/// Reads a catalogue: message id → entry.
pub fn parse(text: &str) -> Result<HashMap<String, Entry>, FtlError> {
    let mut entries: HashMap<String, Entry> = HashMap::new();
    let mut current: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let err = |reason| FtlError { line, reason };
        if raw.trim().is_empty() || raw.starts_with('#') {
            // Ours never put a blank line or a comment inside a message, so either closes it: a stray indented
            // line after one is an error rather than an attribute of the message above.
            current = None;
            continue;
        }
        if raw.starts_with(' ') {
            let rest = raw.trim_start();
            let Some(attr) = rest.strip_prefix('.') else {
                return Err(err("a continuation line; write the value on one line"));
            };
            let id = current.as_ref().ok_or(err("an attribute outside a message"))?;
            let (name, value) = attr.split_once('=').ok_or(err("an attribute without `=`"))?;
            let name = name.trim();
            if !is_identifier(name) {
                return Err(err("an attribute name that is not an identifier"));
            }
            let pattern = pattern(value.trim(), line)?;
            if let Some(entry) = entries.get_mut(id) {
                if entry.attributes.insert(name.to_string(), pattern).is_some() {
                    return Err(err("an attribute written twice"));
                }
            }
            continue;
        }
        let (id, value) = raw
            .split_once('=')
            .ok_or(err("a line that is neither `id = text` nor a comment"))?;
        let id = id.trim();
        if !is_identifier(id) {
            return Err(err(
                "a message id that is not an identifier (a letter, then letters, digits, - or _)",
            ));
        }
        let value = value.trim();
        let entry = Entry {
            value: if value.is_empty() {
                None
            } else {
                Some(pattern(value, line)?)
            },
            attributes: HashMap::new(),
        };
        if entries.insert(id.to_string(), entry).is_some() {
            return Err(err("a message id written twice"));
        }
        current = Some(id.to_string());
    }
    Ok(entries)
}

/// Fluent's identifier: `[a-zA-Z][a-zA-Z0-9_-]*`.
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Reads one line's text into pieces.
fn pattern(text: &str, line: usize) -> Result<Pattern, FtlError> {
    let err = |reason| FtlError { line, reason };
    if text.starts_with(['[', '*', '.']) {
        return Err(err(
            "a value that starts with `[`, `*` or `.`; start it with `{ \"[\" }` and so on",
        ));
    }
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        let (before, from) = rest.split_at(open);
        literal.push_str(before);
        if from.starts_with('}') {
            return Err(err("a `}` in text; write it as { \"}\" }"));
        }
        let inner = from.get(1..).unwrap_or_default().trim_start();
        if let Some(quoted) = inner.strip_prefix('"') {
            // A string literal may hold a brace, so its end is its closing quote, not the first `}`.
            let end = closing_quote(quoted).ok_or(err("a string literal without its closing quote"))?;
            let after = quoted.get(end + 1..).unwrap_or_default().trim_start();
            rest = after.strip_prefix('}').ok_or(err("a `{` without its `}`"))?;
            let body = quoted.get(..end).unwrap_or_default();
            literal.push_str(&unescape(body).ok_or(err("an unknown escape in a string literal"))?);
            continue;
        }
        let close = inner.find('}').ok_or(err("a `{` without its `}`"))?;
        let name = inner.get(..close).unwrap_or_default().trim();
        rest = inner.get(close + 1..).unwrap_or_default();
        let Some(name) = name.strip_prefix('$') else {
            return Err(err("a placeable other than { $variable } or { \"text\" }"));
        };
        if !is_identifier(name) {
            return Err(err("a variable name that is not an identifier"));
        }
        if !literal.is_empty() {
            pieces.push(Piece::Text(std::mem::take(&mut literal)));
        }
        pieces.push(Piece::Var(name.to_string()));
    }
    literal.push_str(rest);
    if !literal.is_empty() {
        pieces.push(Piece::Text(literal));
    }
    Ok(pieces)
}

/// The byte index of the quote that closes a string literal (the text after its opening quote).
fn closing_quote(s: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return Some(i),
            _ => {}
        }
    }
    None
}

/// A string literal's escapes: `\"`, `\\`, `\uXXXX`.
fn unescape(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            '"' => out.push('"'),
            '\\' => out.push('\\'),
            'u' => {
                let hex: String = chars.by_ref().take(4).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
            }
            _ => return None,
        }
    }
    Some(out)
}

/// Renders a pattern with its arguments; a variable without an argument is written `{$name}`, as Fluent does.
pub fn format(pattern: &Pattern, args: &[(&str, String)]) -> String {
    let mut out = String::new();
    for piece in pattern {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Var(name) => match args.iter().find(|(n, _)| n == name) {
                Some((_, v)) => out.push_str(v),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    out
}

/// The variables a pattern uses, in order of first use.
pub fn variables(pattern: &Pattern) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for piece in pattern {
        if let Piece::Var(n) = piece {
            if !names.contains(&n.as_str()) {
                names.push(n);
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_values_attributes_variables_and_escapes() {
        let c = parse(
            "# c\nhello = Hi { $name }, write { \"{\" }x{ \"}\" }\n    .title = T\n\nbare =\n    .a = b\n",
        )
        .unwrap();
        let hello = &c["hello"];
        assert_eq!(
            format(hello.value.as_ref().unwrap(), &[("name", "Ann".into())]),
            "Hi Ann, write {x}"
        );
        assert_eq!(format(&hello.attributes["title"], &[]), "T");
        assert!(c["bare"].value.is_none());
        assert_eq!(format(&c["bare"].attributes["a"], &[]), "b");
    }

    #[test]
    fn refuses_what_it_would_render_wrongly_with_its_line() {
        for (text, line) in [
            ("a = x\n  continued\n", 2),
            ("a = { $n ->\n", 1),
            ("a = x }\n", 1),
            ("a = x\na = y\n", 2),
            ("1a = x\n", 1),
            ("a = .x\n", 1),
            ("  .t = x\n", 1),
            ("a = { \"\\q\" }\n", 1),
        ] {
            assert_eq!(parse(text).unwrap_err().line, line, "{text:?}");
        }
    }

    #[test]
    fn a_missing_argument_shows_its_name() {
        let c = parse("m = { $a } and { $b }\n").unwrap();
        let p = c["m"].value.as_ref().unwrap();
        assert_eq!(format(p, &[("a", "1".into())]), "1 and {$b}");
        assert_eq!(variables(p), ["a", "b"]);
    }
}
