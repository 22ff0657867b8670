//! JSON syntax highlighting as byte ranges with classes, merged with diagnostic spans for the editor overlay.
//! Rendering goes through Yew text nodes, so pasted markup is always shown as text.

use vpce_policy_core::{Diagnostic, Severity};

/// A highlighted run of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Byte range start.
    pub start: usize,
    /// Byte range end.
    pub end: usize,
    /// CSS classes.
    pub class: String,
    /// The message of the diagnostic under this run, for a tooltip.
    pub title: Option<String>,
}

/// Token classes by byte range (short names keep the markup small: k key, s string, n number, l literal). Tolerant: it never fails, whatever the input.
pub fn tokens(src: &str) -> Vec<(usize, usize, &'static str)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let class = match b.get(i).copied().unwrap_or(0) {
            b'"' => {
                i += 1;
                while i < b.len() && b.get(i) != Some(&b'"') && b.get(i) != Some(&b'\n') {
                    i += if b.get(i) == Some(&b'\\') { 2 } else { 1 };
                }
                i = (i + 1).min(b.len());
                let mut j = i;
                while matches!(b.get(j), Some(b' ' | b'\t')) {
                    j += 1;
                }
                if b.get(j) == Some(&b':') {
                    "k"
                } else {
                    "s"
                }
            }
            b'-' | b'0'..=b'9' => {
                while matches!(b.get(i), Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
                    i += 1;
                }
                "n"
            }
            b't' | b'f' | b'n'
                if src.get(i..).is_some_and(|r| {
                    r.starts_with("true") || r.starts_with("false") || r.starts_with("null")
                }) =>
            {
                i += if src.get(i..).is_some_and(|r| r.starts_with("false")) {
                    5
                } else {
                    4
                };
                "l"
            }
            b'{' | b'}' | b'[' | b']' | b':' | b',' => {
                // Punctuation stays plain text: fewer nodes to diff on every keystroke.
                i += 1;
                ""
            }
            _ => {
                i += 1;
                while i < b.len() && !src.is_char_boundary(i) {
                    i += 1;
                }
                ""
            }
        };
        out.push((start, i.min(b.len()), class));
    }
    out
}

/// Every place a finding stands for: its span, and, when its certain fix replaces that span and others like it
/// (one no-break-space finding for 84 occurrences), each of those too.
fn occurrences(d: &Diagnostic) -> Vec<vpce_policy_core::Span> {
    let several = d.occurrences();
    if several.is_empty() {
        vec![d.span]
    } else {
        several
    }
}

/// The finding marked at a line and character column (0-based), as the editor's hover text: `CODE: message`.
pub fn finding_at(src: &str, diagnostics: &[Diagnostic], line: usize, column: usize) -> Option<String> {
    let line_start: usize = src.split('\n').take(line).map(|l| l.len() + 1).sum();
    let text = src.split('\n').nth(line)?;
    let offset = line_start + text.char_indices().nth(column).map(|(i, _)| i)?;
    diagnostics
        .iter()
        .filter(|d| {
            occurrences(d)
                .iter()
                .any(|s| s.start <= offset && (offset < s.end || (s.start == s.end && offset == s.start)))
        })
        .min_by_key(|d| d.severity)
        .map(|d| format!("{}: {}", d.code, d.message))
}

/// Splits the text at token and diagnostic boundaries (de/dw/ds: error, warning, suggestion marks). Zero-width diagnostics are widened to one character.
pub fn segments(src: &str, diagnostics: &[Diagnostic]) -> Vec<Segment> {
    let marks: Vec<(usize, usize, &Diagnostic)> = diagnostics
        .iter()
        .flat_map(|d| occurrences(d).into_iter().map(move |span| (span, d)))
        .map(|(span, d)| {
            let start = span.start.min(src.len());
            let mut end = span.end.min(src.len()).max(start);
            if end == start {
                end = src
                    .get(start..)
                    .and_then(|r| r.chars().next())
                    .map_or(start, |c| start + c.len_utf8());
            }
            (start, end, d)
        })
        .collect();
    let mut cuts: Vec<usize> = vec![0, src.len()];
    for (s, e, _) in tokens(src) {
        cuts.push(s);
        cuts.push(e);
    }
    for (s, e, _) in &marks {
        cuts.push(*s);
        cuts.push(*e);
    }
    vpce_policy_core::order::sort(&mut cuts);
    cuts.dedup();
    let toks = tokens(src);
    let mut out: Vec<Segment> = Vec::new();
    let mut t = 0;
    for pair in cuts.windows(2) {
        let (start, end) = match pair {
            [a, b] if a < b && src.is_char_boundary(*a) && src.is_char_boundary(*b) => (*a, *b),
            _ => continue,
        };
        while toks.get(t).is_some_and(|(_, e, _)| *e <= start) {
            t += 1;
        }
        let tok = toks
            .get(t)
            .filter(|(s, _, _)| *s <= start)
            .map_or("", |(_, _, c)| *c);
        let worst = marks
            .iter()
            .filter(|(s, e, _)| *s <= start && end <= *e)
            .map(|(_, _, d)| *d)
            .min_by_key(|d| d.severity);
        let mut class = tok.to_string();
        if let Some(d) = worst {
            class.push_str(match d.severity {
                Severity::Error => " de",
                Severity::SecurityWarning | Severity::Warning => " dw",
                Severity::Suggestion => " ds",
            });
        }
        let title = worst.map(|d| format!("{}: {}", d.code, d.message));
        match out.last_mut() {
            Some(last) if last.class == class && last.title == title && last.end == start => last.end = end,
            _ => out.push(Segment {
                start,
                end,
                class: class.trim().to_string(),
                title,
            }),
        }
    }
    out
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The highlighted markup of a policy with its findings, one string per line (each but the last ends with its
/// newline), every piece of text and attribute escaped: an edit then re-renders only the lines it changed. A text
/// past [`crate::derived::LIVE_CHECK_BYTES`] is one plain piece up to that size, with a note of how much is left
/// out: a multi-megabyte paste never stalls the page.
pub fn markup(src: &str, diagnostics: &[Diagnostic]) -> Vec<String> {
    if src.len() <= crate::derived::LIVE_CHECK_BYTES {
        return to_html_lines(src, &segments(src, diagnostics));
    }
    vec![truncated(src)]
}

/// The escaped text up to the live-check size, and a note of how much is left out.
fn truncated(src: &str) -> String {
    let mut end = crate::derived::LIVE_CHECK_BYTES;
    while !src.is_char_boundary(end) {
        end -= 1;
    }
    let mut out = String::with_capacity(end + 80);
    escape_into(&mut out, src.get(..end).unwrap_or(""));
    out.push_str(&format!(
        "\n… {}",
        crate::i18n::t_with("highlight-more-bytes", &[("n", (src.len() - end).to_string())])
    ));
    out
}

/// Escaped markup of the text cut into segments, one string per line; a segment that spans lines is closed at
/// each line's end and reopened on the next.
pub fn to_html_lines(src: &str, segments: &[Segment]) -> Vec<String> {
    let mut lines = Vec::with_capacity(src.len() / 40 + 1);
    let mut line = String::new();
    for s in segments {
        let text = src.get(s.start..s.end).unwrap_or("");
        for (i, piece) in text.split('\n').enumerate() {
            if i > 0 {
                line.push('\n');
                lines.push(std::mem::take(&mut line));
            }
            if piece.is_empty() {
                continue;
            }
            if s.class.is_empty() {
                escape_into(&mut line, piece);
                continue;
            }
            line.push_str("<span class=\"");
            escape_into(&mut line, &s.class);
            line.push('"');
            if let Some(title) = &s.title {
                line.push_str(" title=\"");
                escape_into(&mut line, title);
                line.push('"');
            }
            line.push('>');
            escape_into(&mut line, piece);
            line.push_str("</span>");
        }
    }
    lines.push(line);
    lines
}

/// The UTF-16 offset of a byte offset (textarea selections count UTF-16 code units).
pub fn utf16_offset(src: &str, byte: usize) -> u32 {
    let end = byte.min(src.len());
    let prefix = src.get(..end).unwrap_or(src);
    u32::try_from(prefix.encode_utf16().count()).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use vpce_policy_core::rules::Code;
    use vpce_policy_core::Span;

    #[test]
    fn classifies_keys_strings_and_marks_diagnostics() {
        let src = r#"{"Action": "s3:Get", "n": 1, "b": true}"#;
        let classes: Vec<&str> = tokens(src)
            .iter()
            .map(|t| t.2)
            .filter(|c| !c.is_empty())
            .collect();
        assert_eq!(classes[..2], ["k", "s"]);
        let d = Diagnostic::at(Code::InvalidAction, Span::new(11, 19), "", "bad");
        let segs = segments(src, &[d]);
        let marked: Vec<&Segment> = segs
            .iter()
            .filter(|s| s.class.split(' ').any(|c| c == "de"))
            .collect();
        assert_eq!(marked.len(), 1);
        assert_eq!(&src[marked[0].start..marked[0].end], "\"s3:Get\"");
        assert_eq!(segs.iter().map(|s| &src[s.start..s.end]).collect::<String>(), src);
    }

    #[test]
    fn never_breaks_on_odd_input() {
        for src in ["", "\"", "\u{a0}{\"é\": \"😀", "tru", "\\"] {
            let segs = segments(src, &[]);
            assert_eq!(segs.iter().map(|s| &src[s.start..s.end]).collect::<String>(), src);
        }
        assert_eq!(utf16_offset("a😀b", 5), 3);
    }

    #[test]
    fn hover_finds_the_finding_under_the_pointer_at_every_occurrence() {
        let src = "{\n\u{a0}\u{a0}\"a\": 1\n}";
        let v = vpce_policy_core::validate(src, &Default::default());
        assert!(finding_at(src, &v.diagnostics, 1, 0)
            .is_some_and(|t| t.starts_with(Code::JsonSyntaxError.as_str())));
        assert!(
            finding_at(src, &v.diagnostics, 1, 1).is_some(),
            "the second no-break space too"
        );
        assert_eq!(finding_at(src, &v.diagnostics, 9, 0), None);
    }

    #[test]
    fn lines_split_spans_at_newlines_and_keep_the_text() {
        let src = "{\n  \"a\nb\": 1\n}\n";
        let lines = to_html_lines(src, &segments(src, &[]));
        assert_eq!(lines.len(), src.matches('\n').count() + 1);
        assert_eq!(lines.last().map(String::as_str), Some(""));
        assert!(lines.iter().rev().skip(1).all(|l| l.ends_with('\n')));
        // The string token that spans two lines is closed and reopened: every line's tags balance.
        for l in &lines {
            assert_eq!(l.matches("<span").count(), l.matches("</span>").count(), "{l}");
        }
        let text: String = lines
            .concat()
            .split('<')
            .enumerate()
            .map(|(i, p)| {
                if i == 0 {
                    p
                } else {
                    p.split_once('>').map_or("", |(_, t)| t)
                }
            })
            .collect();
        assert_eq!(text.replace("&quot;", "\""), src);
    }

    #[test]
    fn html_escapes_everything() {
        let src = r#"{"<img src=x onerror=alert(1)>": "a&b'"}"#;
        let at = src.find("\"a&b").unwrap();
        let d = Diagnostic::at(Code::InvalidAction, Span::new(at, at + 6), "", "<b>bad</b> \"q\"");
        let html = to_html_lines(src, &segments(src, &[d])).concat();
        assert!(!html.contains("<img") && !html.contains("<b>"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(html.contains("&quot;a&amp;b&#39;&quot;"));
        assert!(html.contains("title=\"INVALID_ACTION: &lt;b&gt;bad&lt;/b&gt; &quot;q&quot;\""));
    }
}
