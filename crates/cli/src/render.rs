//! rustc-style rendering of findings: code, severity, file:line:col, the source line and a caret underline.

use std::fmt::Write;
use vpce_policy_core::eval::Outcome;
use vpce_policy_core::i18n::{self, Locale};
use vpce_policy_core::{Diagnostic, LineIndex, Severity};

/// Renders every finding, then a summary line.
pub fn human(file: &str, src: &str, diagnostics: &[Diagnostic], locale: Locale) -> String {
    let index = LineIndex::new(src);
    let mut out = String::new();
    for d in diagnostics {
        one(&mut out, file, &index, d, locale);
    }
    out.push_str(&summary(diagnostics, locale));
    out.push('\n');
    out
}

fn one(out: &mut String, file: &str, index: &LineIndex<'_>, d: &Diagnostic, locale: Locale) {
    let word = |id| i18n::text(locale, id, &[]);
    let start = index.position(d.span.start);
    let end = index.position(d.span.end);
    let gutter = " ".repeat(start.line.to_string().len());
    let _ = writeln!(out, "{}[{}]: {}", d.severity.label(locale), d.code, d.message);
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
            "{gutter} = {}: {} {} {file}:{}:{}",
            word("cli-note"),
            related.message,
            word("cli-at"),
            at.line,
            at.column
        );
    }
    if !d.help.is_empty() {
        let _ = writeln!(out, "{gutter} = {}: {}", word("cli-help"), d.help);
    }
    if let Some(fix) = &d.fix {
        let _ = writeln!(
            out,
            "{gutter} = {}: {} {}",
            word("cli-fix"),
            fix.title,
            word("cli-apply-with-fix")
        );
    }
    out.push('\n');
}

/// `2 errors, 1 warning` or `no findings`, in a language.
pub fn summary(diagnostics: &[Diagnostic], locale: Locale) -> String {
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let parts: Vec<String> = [
        Severity::Error,
        Severity::SecurityWarning,
        Severity::Warning,
        Severity::Suggestion,
    ]
    .iter()
    .filter_map(|s| {
        let n = count(*s);
        (n > 0).then(|| i18n::count(locale, &format!("count-{}", s.as_str()), n, &[]))
    })
    .collect();
    if parts.is_empty() {
        i18n::text(locale, "no-findings", &[])
    } else {
        parts.join(&i18n::text(locale, "list-separator", &[]))
    }
}

/// One result in words (with its trace when there is one), in a language.
pub fn eval_result(r: &vpce_policy_core::eval::EvalResult, locale: Locale) -> String {
    let word = |id| i18n::text(locale, id, &[]);
    let mut s = r.decision.as_str().to_string();
    if let Some(layer) = r.blocked_by {
        let layer = ("layer", layer.as_str().to_string());
        s.push_str(&match &r.blocked_level {
            Some(level) => i18n::text(
                locale,
                "request-blocked-by-level",
                &[layer, ("level", level.clone())],
            ),
            None => i18n::text(locale, "request-blocked-by", &[layer]),
        });
    }
    s.push_str(&format!(": {}", r.reason.render(locale)));
    if !r.valid {
        s.push_str(&format!("\n  {}", word("cli-eval-as-written")));
        for e in &r.errors {
            s.push_str(&format!(
                "\n    {}[{}] {}:{}: {}",
                e.layer.as_str(),
                e.index,
                e.diagnostic.line,
                e.diagnostic.column,
                e.words.render(locale)
            ));
        }
    }
    for p in r.trace.iter().flatten() {
        let level = p
            .level
            .as_deref()
            .map(|l| i18n::text(locale, "trace-level", &[("level", l.to_string())]))
            .unwrap_or_default();
        let outcome = word(match p.outcome {
            Outcome::Allow => "trace-outcome-allows",
            Outcome::Deny => "trace-outcome-denies",
            Outcome::NoMatch => "trace-outcome-no-match",
        });
        let args = [
            ("layer", p.layer.as_str().to_string()),
            ("number", format!(" #{}", p.index)),
            ("level", level),
            ("outcome", outcome),
        ];
        s.push_str(&format!("\n  {}", i18n::text(locale, "trace-policy", &args)));
        for st in &p.statements {
            let args = [
                ("index", st.index.to_string()),
                (
                    "sid",
                    st.sid.as_deref().map(|x| format!(" \"{x}\"")).unwrap_or_default(),
                ),
                (
                    "effect",
                    st.effect
                        .map_or_else(|| word("trace-no-effect"), |e| e.as_str().to_string()),
                ),
                (
                    "applies",
                    word(if st.applies {
                        "trace-applies"
                    } else {
                        "trace-does-not-apply"
                    }),
                ),
            ];
            s.push_str(&format!("\n    {}", i18n::text(locale, "cli-statement", &args)));
            for e in [&st.action, &st.resource, &st.principal] {
                s.push_str(&format!(
                    "\n      {} {}: {}",
                    if e.matched { "✓" } else { "✗" },
                    e.element,
                    e.reason.render(locale)
                ));
                resolutions(&mut s, &e.resolved, locale);
            }
            for c in &st.conditions {
                s.push_str(&format!(
                    "\n      {} Condition {} {} {:?}: {}",
                    if c.matched { "✓" } else { "✗" },
                    c.operator,
                    c.key,
                    c.values,
                    c.reason.render(locale)
                ));
                resolutions(&mut s, &c.resolved, locale);
            }
        }
    }
    s
}

/// The policy variables an element or condition resolved, one line each.
fn resolutions(s: &mut String, resolved: &[vpce_policy_core::eval::Resolution], locale: Locale) {
    for v in resolved {
        let value = match v.value.as_deref() {
            Some(value) => value.to_string(),
            None => i18n::text(locale, "trace-missing-variable", &[]),
        };
        s.push_str(&format!("\n          {} = {value}", v.variable));
    }
}
