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

/// Token classes by byte range. Tolerant: it never fails, whatever the input.
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
                if b.get(j) == Some(&b':') { "tok-key" } else { "tok-string" }
            }
            b'-' | b'0'..=b'9' => {
                while matches!(b.get(i), Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
                    i += 1;
                }
                "tok-number"
            }
            b't' | b'f' | b'n' if src.get(i..).is_some_and(|r| r.starts_with("true") || r.starts_with("false") || r.starts_with("null")) => {
                i += if src.get(i..).is_some_and(|r| r.starts_with("false")) { 5 } else { 4 };
                "tok-literal"
            }
            b'{' | b'}' | b'[' | b']' | b':' | b',' => {
                i += 1;
                "tok-punct"
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

/// Splits the text at token and diagnostic boundaries. Zero-width diagnostics are widened to one character.
pub fn segments(src: &str, diagnostics: &[Diagnostic]) -> Vec<Segment> {
    let marks: Vec<(usize, usize, &Diagnostic)> = diagnostics
        .iter()
        .map(|d| {
            let start = d.span.start.min(src.len());
            let mut end = d.span.end.min(src.len()).max(start);
            if end == start {
                end = src.get(start..).and_then(|r| r.chars().next()).map_or(start, |c| start + c.len_utf8());
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
    cuts.sort_unstable();
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
        let tok = toks.get(t).filter(|(s, _, _)| *s <= start).map_or("", |(_, _, c)| *c);
        let worst = marks.iter().filter(|(s, e, _)| *s <= start && end <= *e).map(|(_, _, d)| *d).min_by_key(|d| d.severity);
        let mut class = tok.to_string();
        if let Some(d) = worst {
            class.push_str(match d.severity {
                Severity::Error => " diag diag-error",
                Severity::SecurityWarning | Severity::Warning => " diag diag-warning",
                Severity::Suggestion => " diag diag-suggestion",
            });
        }
        let title = worst.map(|d| format!("{}: {}", d.code, d.message));
        match out.last_mut() {
            Some(last) if last.class == class && last.title == title && last.end == start => last.end = end,
            _ => out.push(Segment { start, end, class: class.trim().to_string(), title }),
        }
    }
    out
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
    use vpce_policy_core::Span;

    #[test]
    fn classifies_keys_strings_and_marks_diagnostics() {
        let src = r#"{"Action": "s3:Get", "n": 1, "b": true}"#;
        let classes: Vec<&str> = tokens(src).iter().map(|t| t.2).filter(|c| !c.is_empty()).collect();
        assert_eq!(classes[..4], ["tok-punct", "tok-key", "tok-punct", "tok-string"]);
        let d = Diagnostic::error("X", Span::new(11, 19), "", "bad");
        let segs = segments(src, &[d]);
        let marked: Vec<&Segment> = segs.iter().filter(|s| s.class.contains("diag-error")).collect();
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
}
