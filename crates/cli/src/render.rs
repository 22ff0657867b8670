//! rustc-style rendering of findings: code, severity, file:line:col, the source line and a caret underline.

use std::fmt::Write;
use vpce_policy_core::{Diagnostic, LineIndex, Severity};

/// Renders every finding, then a summary line.
pub fn human(file: &str, src: &str, diagnostics: &[Diagnostic]) -> String {
    let index = LineIndex::new(src);
    let mut out = String::new();
    for d in diagnostics {
        one(&mut out, file, &index, d);
    }
    out.push_str(&summary(diagnostics));
    out.push('\n');
    out
}

fn one(out: &mut String, file: &str, index: &LineIndex<'_>, d: &Diagnostic) {
    let start = index.position(d.span.start);
    let end = index.position(d.span.end);
    let gutter = " ".repeat(start.line.to_string().len());
    let _ = writeln!(out, "{}[{}]: {}", d.severity, d.code, d.message);
    let _ = writeln!(out, "{gutter}--> {file}:{}:{}", start.line, start.column);
    let _ = writeln!(out, "{gutter} |");
    let line = index.line_text(start.line);
    let _ = writeln!(out, "{} | {}", start.line, line);
    let pad: String = line
        .chars()
        .take(start.column - 1)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let line_len = line.chars().count();
    let width = if end.line == start.line {
        end.column.saturating_sub(start.column)
    } else {
        line_len + 1 - start.column
    };
    let marker = if d.severity == Severity::Error { "^" } else { "~" };
    let label = if d.path.is_empty() {
        String::new()
    } else {
        format!(" {}", d.path)
    };
    let _ = writeln!(out, "{gutter} | {pad}{}{label}", marker.repeat(width.max(1)));
    for related in &d.related {
        let at = index.position(related.span.start);
        let _ = writeln!(
            out,
            "{gutter} = note: {} at {file}:{}:{}",
            related.message, at.line, at.column
        );
    }
    if !d.help.is_empty() {
        let _ = writeln!(out, "{gutter} = help: {}", d.help);
    }
    if let Some(fix) = &d.fix {
        let _ = writeln!(out, "{gutter} = fix: {} (apply with --fix)", fix.title);
    }
    out.push('\n');
}

/// `2 errors, 1 warning` or `no findings`.
pub fn summary(diagnostics: &[Diagnostic]) -> String {
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let parts: Vec<String> = [
        (Severity::Error, "error"),
        (Severity::SecurityWarning, "security warning"),
        (Severity::Warning, "warning"),
        (Severity::Suggestion, "suggestion"),
    ]
    .iter()
    .filter_map(|(s, name)| {
        let n = count(*s);
        (n > 0).then(|| format!("{n} {name}{}", if n == 1 { "" } else { "s" }))
    })
    .collect();
    if parts.is_empty() {
        "no findings".to_string()
    } else {
        parts.join(", ")
    }
}
