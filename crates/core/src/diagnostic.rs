//! Findings as data: code, severity, message, help, span, JSON path and an optional certain fix.

use crate::i18n::{Locale, Message};
pub use crate::severity::Severity;
use crate::span::{LineIndex, Span};
use serde::Serialize;

/// One text replacement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    /// The bytes to replace.
    pub span: Span,
    /// What to put there.
    pub replacement: String,
}

/// A machine-applicable fix: edits that are certain to be right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// What the fix does, for a button or a log line.
    pub title: String,
    /// Non-overlapping edits.
    pub edits: Vec<Edit>,
    /// The title's message, to show it in another language.
    #[serde(skip)]
    pub title_message: Message,
}

impl Fix {
    /// A fix of several edits.
    pub fn new(title: impl Into<Message>, edits: Vec<Edit>) -> Self {
        let title_message = title.into();
        Self {
            title: title_message.render(Locale::En),
            edits,
            title_message,
        }
    }

    /// A fix with one edit.
    pub fn replace(title: impl Into<Message>, span: Span, replacement: impl Into<String>) -> Self {
        let title_message = title.into();
        Self {
            title: title_message.render(Locale::En),
            title_message,
            edits: vec![Edit {
                span,
                replacement: replacement.into(),
            }],
        }
    }
}

/// A secondary location that belongs to a finding (e.g. the first of two duplicate keys).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Related {
    /// Where.
    pub span: Span,
    /// What is there.
    pub message: String,
    /// The message's id and arguments, to show it in another language.
    #[serde(skip)]
    pub words: Message,
}

/// A validator or parser finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[allow(missing_docs)] // the members' names say what they are
pub struct Diagnostic {
    pub code: crate::code::Code,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
    /// Where.
    pub span: Span,
    /// JSON path of the element, e.g. `Statement[1].Action[0]` (empty for the document).
    pub path: String,
    /// A certain fix, when there is one.
    pub fix: Option<Fix>,
    /// Other places involved.
    pub related: Vec<Related>,
    /// The message and the help as ids and arguments, to show them in another language ([`Diagnostic::localize`]).
    #[serde(skip)]
    pub words: (Message, Message),
}

impl Diagnostic {
    /// A finding with no fix and no related locations. Its severity is its rule's (`rules/catalog.rs` owns it).
    pub fn new(
        code: crate::code::Code,
        span: Span,
        path: impl Into<String>,
        message: impl Into<Message>,
        help: impl Into<Message>,
    ) -> Self {
        let (message, help) = (message.into(), help.into());
        Self {
            code,
            severity: code.severity(),
            message: message.render(Locale::En),
            help: help.render(Locale::En),
            span,
            path: path.into(),
            fix: None,
            related: Vec::new(),
            words: (message, help),
        }
    }

    /// A finding without help text yet (see [`Diagnostic::help`]).
    pub fn at(
        code: crate::code::Code,
        span: Span,
        path: impl Into<String>,
        message: impl Into<Message>,
    ) -> Self {
        Self::new(code, span, path, message, Message::default())
    }

    /// Sets the help text.
    pub fn help(mut self, help: impl Into<Message>) -> Self {
        let help = help.into();
        self.help = help.render(Locale::En);
        self.words.1 = help;
        self
    }

    /// Rewrites the texts (message, help, fix title, related notes) in a language. Findings are made in English;
    /// a face that shows another language calls this once per finding.
    pub fn localize(&mut self, locale: Locale) {
        self.message = self.words.0.render(locale);
        self.help = self.words.1.render(locale);
        if let Some(fix) = &mut self.fix {
            fix.title = fix.title_message.render(locale);
        }
        for r in &mut self.related {
            r.message = r.words.render(locale);
        }
    }

    /// Attaches a fix.
    pub fn fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }

    /// Adds a related location.
    pub fn related(mut self, span: Span, message: impl Into<Message>) -> Self {
        let words = message.into();
        self.related.push(Related {
            span,
            message: words.render(Locale::En),
            words,
        });
        self
    }

    /// Every place this finding stands for, when it stands for several: its certain fix replaces its span and
    /// others like it (one no-break-space finding for 84 of them), and each non-empty span the fix replaces is one.
    /// Empty for a finding of one place (its span). Every face marks and lists these the same way.
    pub fn occurrences(&self) -> Vec<Span> {
        match &self.fix {
            Some(fix) if fix.edits.len() > 1 && fix.edits.iter().any(|e| e.span == self.span) => fix
                .edits
                .iter()
                .filter(|e| e.span.end > e.span.start)
                .map(|e| e.span)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// This finding with its span resolved to lines and columns.
    pub fn report(&self, index: &LineIndex<'_>) -> DiagnosticReport {
        let start = index.position(self.span.start);
        let end = index.position(self.span.end);
        DiagnosticReport {
            code: self.code.to_string(),
            severity: self.severity,
            message: self.message.clone(),
            help: self.help.clone(),
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
            path: self.path.clone(),
        }
    }
}

/// The display form of a finding: exactly the fields of `validate --format json`.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[allow(missing_docs)] // the members' names say what they are
pub struct DiagnosticReport {
    pub code: String,
    pub severity: Severity,
    pub message: String,
    pub help: String,
    /// 1-based start line.
    pub line: usize,
    /// 1-based start column.
    pub column: usize,
    /// 1-based end line.
    pub end_line: usize,
    /// 1-based end column (exclusive).
    pub end_column: usize,
    /// JSON path.
    pub path: String,
}

impl<'de> serde::Deserialize<'de> for Severity {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        match s.as_str() {
            "error" => Ok(Severity::Error),
            "security_warning" => Ok(Severity::SecurityWarning),
            "warning" => Ok(Severity::Warning),
            "suggestion" => Ok(Severity::Suggestion),
            other => Err(serde::de::Error::custom(format!("unknown severity `{other}`"))),
        }
    }
}

/// Applies every fix carried by `diagnostics` to `src`. Overlapping edits after the first are skipped.
/// Returns the fixed text and how many fixes were applied.
pub fn apply_fixes(src: &str, diagnostics: &[Diagnostic]) -> (String, usize) {
    let mut edits: Vec<(&Edit, usize)> = Vec::new();
    for (i, fix) in diagnostics.iter().filter_map(|d| d.fix.as_ref()).enumerate() {
        edits.extend(fix.edits.iter().map(|e| (e, i)));
    }
    crate::order::sort_by_key(&mut edits, |(e, _)| (e.span.start, e.span.end));
    let mut out = String::with_capacity(src.len());
    let mut cursor = 0;
    let mut applied = std::collections::BTreeSet::new();
    for (edit, fix_id) in edits {
        if edit.span.start < cursor || edit.span.end > src.len() {
            continue;
        }
        out.push_str(src.get(cursor..edit.span.start).unwrap_or(""));
        out.push_str(&edit.replacement);
        cursor = edit.span.end;
        applied.insert(fix_id);
    }
    out.push_str(src.get(cursor..).unwrap_or(""));
    (out, applied.len())
}

/// True when any finding is an error.
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::Code;

    #[test]
    fn fixes_apply_in_order_and_skip_overlaps() {
        let src = "abcdef";
        let d1 = Diagnostic::at(Code::InvalidAction, Span::new(1, 2), "", "").fix(Fix::replace(
            "x",
            Span::new(1, 2),
            "X",
        ));
        let d2 = Diagnostic::at(Code::InvalidEffect, Span::new(4, 6), "", "").fix(Fix::replace(
            "y",
            Span::new(4, 6),
            "",
        ));
        let d3 = Diagnostic::at(Code::InvalidSid, Span::new(1, 3), "", "").fix(Fix::replace(
            "z",
            Span::new(1, 3),
            "Q",
        ));
        let (out, n) = apply_fixes(src, &[d2, d1, d3]);
        assert_eq!(out, "aXcd");
        assert_eq!(n, 2);
    }
}
