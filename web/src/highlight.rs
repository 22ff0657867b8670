//! JSON syntax highlighting as byte ranges with classes, merged with diagnostic spans for the editor overlay.
//! Rendering goes through Yew text nodes, so pasted markup is always shown as text.

use vpce_policy_core::{Diagnostic, Severity};
use yew::AttrValue;

/// A run of one line's text with one look: its byte range, its token class (`k` key, `s` string, `n` number, `l`
/// literal, or none) and the worst finding that marks it.
#[derive(Debug, Clone, Copy)]
pub struct Run<'a> {
    /// Byte range start.
    pub start: usize,
    /// Byte range end.
    pub end: usize,
    /// The token class.
    pub token: &'static str,
    /// The finding marking it, if any.
    pub mark: Option<&'a Diagnostic>,
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
        .map(title)
}

/// A finding's mark on the text: its byte range (a zero-width span widened to one character) and the finding.
type Mark<'a> = (usize, usize, &'a Diagnostic);

/// Every place the findings mark, sorted by where it starts.
fn marks<'a>(src: &str, diagnostics: &'a [Diagnostic]) -> Vec<Mark<'a>> {
    let mut marks: Vec<Mark<'a>> = diagnostics
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
    vpce_policy_core::order::sort_by_key(&mut marks, |m| m.0);
    marks
}

/// What a marked place says when pointed at, in the overlay and in the editor's hover: `CODE: message`.
fn title(d: &Diagnostic) -> String {
    [d.code.as_str(), ": ", &d.message].concat()
}

/// The mark class of a finding (de/dw/ds: error, warning, suggestion).
fn mark_class(d: &Diagnostic) -> &'static str {
    match d.severity {
        Severity::Error => "de",
        Severity::SecurityWarning | Severity::Warning => "dw",
        Severity::Suggestion => "ds",
    }
}

/// Splits one line (no newline inside) at token and mark boundaries; `marks` are relative to the line. JSON
/// tokens never cross a line, so a line is highlighted the same alone as in its text.
pub fn runs<'a>(line: &str, marks: &[Mark<'a>]) -> Vec<Run<'a>> {
    let toks = tokens(line);
    let mut cuts: Vec<usize> = Vec::with_capacity(toks.len() * 2 + marks.len() * 2 + 2);
    cuts.extend([0, line.len()]);
    cuts.extend(toks.iter().flat_map(|(s, e, _)| [*s, *e]));
    cuts.extend(marks.iter().flat_map(|(s, e, _)| [*s, *e]));
    vpce_policy_core::order::sort(&mut cuts);
    cuts.dedup();
    let mut out: Vec<Run<'a>> = Vec::new();
    let mut t = 0;
    for pair in cuts.windows(2) {
        let (start, end) = match pair {
            [a, b] if a < b && line.is_char_boundary(*a) && line.is_char_boundary(*b) => (*a, *b),
            _ => continue,
        };
        while toks.get(t).is_some_and(|(_, e, _)| *e <= start) {
            t += 1;
        }
        let token = toks
            .get(t)
            .filter(|(s, _, _)| *s <= start)
            .map_or("", |(_, _, c)| *c);
        let mark = marks
            .iter()
            .filter(|(s, e, _)| *s <= start && end <= *e)
            .map(|(_, _, d)| *d)
            .min_by_key(|d| d.severity);
        match out.last_mut() {
            Some(last)
                if last.token == token
                    && last.end == start
                    && last.mark.map(std::ptr::from_ref) == mark.map(std::ptr::from_ref) =>
            {
                last.end = end;
            }
            _ => out.push(Run {
                start,
                end,
                token,
                mark,
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

/// The opening of a line's element: a block per line, so that the browser lays out only the lines that change.
const LINE_OPEN: &str = "<span class=\"ln\">";
const LINE_CLOSE: &str = "</span>";

/// The escaped markup of one line as its element (its newline, if any, kept at the end, outside every other tag).
fn line_html(line: &str, marks: &[Mark<'_>]) -> String {
    let (text, newline) = match line.strip_suffix('\n') {
        Some(text) => (text, "\n"),
        None => (line, ""),
    };
    let mut out = String::with_capacity(line.len() * 2 + LINE_OPEN.len() + LINE_CLOSE.len());
    out.push_str(LINE_OPEN);
    for run in runs(text, marks) {
        let piece = text.get(run.start..run.end).unwrap_or("");
        if run.token.is_empty() && run.mark.is_none() {
            escape_into(&mut out, piece);
            continue;
        }
        out.push_str("<span class=\"");
        out.push_str(run.token);
        if let Some(d) = run.mark {
            if !run.token.is_empty() {
                out.push(' ');
            }
            out.push_str(mark_class(d));
            out.push_str("\" title=\"");
            escape_into(&mut out, &title(d));
        }
        out.push_str("\">");
        escape_into(&mut out, piece);
        out.push_str("</span>");
    }
    out.push_str(newline);
    out.push_str(LINE_CLOSE);
    out
}

/// The highlighted markup of a policy with its findings, one `<span class="ln">` element per line (each but the
/// last ends with its newline), every piece of text and attribute escaped, remembering the lines it made last: the
/// lines before and after an edit are taken as they were (when no finding marks them), so a keystroke highlights
/// only the line it changed and Yew re-renders only that one. A text past [`crate::derived::LIVE_CHECK_BYTES`] is
/// one plain piece up to that size, with a note of how much is left out: a multi-megabyte paste never stalls the
/// page.
#[derive(Default)]
pub struct Highlighter {
    /// The text last highlighted.
    text: String,
    /// Its lines' markup, and whether a finding marked each.
    lines: Vec<(AttrValue, bool)>,
}

/// How many items two sequences share at their start, and then at their end (the two never overlap).
pub fn common_ends<T: PartialEq>(old: &[T], new: &[T]) -> (usize, usize) {
    let head = old.iter().zip(new).take_while(|(x, y)| x == y).count();
    let most = old.len().min(new.len()) - head;
    let tail = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take(most)
        .take_while(|(x, y)| x == y)
        .count();
    (head, tail)
}

/// How many whole lines the two texts share at their start, and at their end (never overlapping).
fn shared_lines(old: &str, new: &str) -> (usize, usize) {
    let b = new.as_bytes();
    let (head, tail) = common_ends(old.as_bytes(), b);
    // A line is shared when all of it lies in the common start (up to its newline), or after a newline in the
    // common end.
    let newlines = |bytes: &[u8]| bytes.iter().filter(|&&c| c == b'\n').count();
    (
        newlines(b.get(..head).unwrap_or_default()),
        newlines(b.get(b.len() - tail..).unwrap_or_default()),
    )
}

impl Highlighter {
    /// The markup lines of a text.
    pub fn lines(&mut self, src: &str, diagnostics: &[Diagnostic]) -> Vec<AttrValue> {
        if src.len() > crate::derived::LIVE_CHECK_BYTES {
            *self = Self::default();
            return vec![truncated(src).into()];
        }
        let (head, tail) = shared_lines(&self.text, src);
        let count = src.matches('\n').count() + 1;
        let old = std::mem::take(&mut self.lines);
        let was = |i: usize| {
            let at = if i < head {
                Some(i)
            } else if i + tail >= count {
                (old.len() + i).checked_sub(count)
            } else {
                None
            };
            at.and_then(|at| old.get(at)).filter(|(_, marked)| !marked)
        };
        let marks = marks(src, diagnostics);
        let mut next = 0;
        let mut active: Vec<Mark<'_>> = Vec::new();
        let mut start = 0;
        // Every line, the last one too when it is empty: as many lines as the text has newlines, plus one.
        let last_empty = (src.is_empty() || src.ends_with('\n')).then_some("");
        for (i, line) in src.split_inclusive('\n').chain(last_empty).enumerate() {
            let end = start + line.len();
            let text_end = end - usize::from(line.ends_with('\n'));
            while let Some(m) = marks.get(next).filter(|m| m.0 < end) {
                active.push(*m);
                next += 1;
            }
            // The marks over this line's text, relative to the line.
            let here: Vec<Mark<'_>> = active
                .iter()
                .filter(|m| m.0 < text_end && m.1 > start)
                .map(|&(s, e, d)| (s.max(start) - start, e.min(text_end) - start, d))
                .collect();
            active.retain(|m| m.1 > end);
            let html = match was(i) {
                Some((html, _)) if here.is_empty() => html.clone(),
                _ => AttrValue::from(line_html(line, &here)),
            };
            self.lines.push((html, !here.is_empty()));
            start = end;
        }
        src.clone_into(&mut self.text);
        self.lines.iter().map(|(html, _)| html.clone()).collect()
    }
}

/// The highlighted lines of a text with its findings, made afresh (see [`Highlighter`]).
pub fn markup(src: &str, diagnostics: &[Diagnostic]) -> Vec<AttrValue> {
    Highlighter::default().lines(src, diagnostics)
}

/// The escaped text up to the live-check size, and a note of how much is left out.
fn truncated(src: &str) -> String {
    let mut end = crate::derived::LIVE_CHECK_BYTES;
    while !src.is_char_boundary(end) {
        end -= 1;
    }
    let mut out = String::with_capacity(end + 80);
    out.push_str(LINE_OPEN);
    escape_into(&mut out, src.get(..end).unwrap_or(""));
    out.push_str(&format!(
        "\n… {}",
        crate::i18n::t_with("highlight-more-bytes", &[("n", (src.len() - end).to_string())])
    ));
    out.push_str(LINE_CLOSE);
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
    use vpce_policy_core::rules::Code;
    use vpce_policy_core::Span;

    fn joined(lines: &[AttrValue]) -> String {
        lines.iter().map(AttrValue::as_str).collect()
    }

    /// The text of markup: its tags dropped and its escapes undone.
    fn text_of(html: &str) -> String {
        html.split('<')
            .enumerate()
            .map(|(i, p)| {
                if i == 0 {
                    p
                } else {
                    p.split_once('>').map_or("", |(_, t)| t)
                }
            })
            .collect::<String>()
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    #[test]
    fn classifies_keys_strings_and_marks_diagnostics() {
        let src = r#"{"Action": "s3:Get", "n": 1, "b": true}"#;
        let classes: Vec<&str> = tokens(src)
            .iter()
            .map(|t| t.2)
            .filter(|c| !c.is_empty())
            .collect();
        assert_eq!(classes[..2], ["k", "s"]);
        let d = [Diagnostic::at(Code::InvalidAction, Span::new(11, 19), "", "bad")];
        let runs = runs(src, &marks(src, &d));
        let marked: Vec<&Run> = runs.iter().filter(|r| r.mark.is_some()).collect();
        assert_eq!(marked.len(), 1);
        assert_eq!(&src[marked[0].start..marked[0].end], "\"s3:Get\"");
        assert_eq!(marked[0].token, "s");
        assert_eq!(runs.iter().map(|r| &src[r.start..r.end]).collect::<String>(), src);
    }

    #[test]
    fn never_breaks_on_odd_input() {
        for src in ["", "\"", "\u{a0}{\"é\": \"😀", "tru", "\\", "\"a\\\nb", "\n\n"] {
            let runs = runs(src.split('\n').next().unwrap_or(""), &[]);
            assert!(runs.iter().all(|r| r.start < r.end));
            assert_eq!(text_of(&joined(&markup(src, &[]))), src);
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
    fn one_string_per_line_and_a_mark_over_lines_is_closed_on_each() {
        let src = "{\n  \"a\nb\": 1\n}\n";
        let start = src.find('a').unwrap();
        let d = [Diagnostic::at(
            Code::InvalidAction,
            Span::new(start, start + 6),
            "",
            "bad",
        )];
        let lines = markup(src, &d);
        assert_eq!(lines.len(), src.matches('\n').count() + 1);
        assert_eq!(
            lines.last().map(AttrValue::as_str),
            Some("<span class=\"ln\"></span>")
        );
        assert!(lines.iter().rev().skip(1).all(|l| l.ends_with("\n</span>")));
        for l in &lines {
            assert_eq!(l.matches("<span").count(), l.matches("</span>").count(), "{l}");
        }
        assert!(lines[1].contains("de") && lines[2].contains("de") && !lines[3].contains("de"));
        assert_eq!(text_of(&joined(&lines)), src);
    }

    #[test]
    fn html_escapes_everything() {
        let src = r#"{"<img src=x onerror=alert(1)>": "a&b'"}"#;
        let at = src.find("\"a&b").unwrap();
        let d = Diagnostic::at(Code::InvalidAction, Span::new(at, at + 6), "", "<b>bad</b> \"q\"");
        let html = joined(&markup(src, &[d]));
        assert!(!html.contains("<img") && !html.contains("<b>"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(html.contains("&quot;a&amp;b&#39;&quot;"));
        assert!(html.contains("title=\"INVALID_ACTION: &lt;b&gt;bad&lt;/b&gt; &quot;q&quot;\""));
    }

    #[test]
    fn any_run_of_edits_highlights_as_a_fresh_highlighter_would() {
        let options = vpce_policy_core::ValidateOptions::default();
        let mut text = String::from(
            "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\n    \"Sid\": \"A\",\n    \"Effect\": \"Allow\",\n    \"Action\": \"s3:GetObject\",\n    \"Resource\": \"*\"\n  }]\n}\n",
        );
        let mut highlighter = Highlighter::default();
        // A fixed pseudo-random walk of inserts and deletes (newlines, quotes and letters among them).
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..400 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let r = (seed >> 33) as usize;
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let at = chars.get(r % (chars.len() + 1)).map_or(text.len(), |(i, _)| *i);
            if r.is_multiple_of(3) && at < text.len() {
                text.remove(at);
            } else {
                text.insert(at, ['\n', '"', 'x', ' ', '{', '\u{a0}'][r % 6]);
            }
            let diagnostics = vpce_policy_core::validate(&text, &options).diagnostics;
            assert_eq!(
                highlighter.lines(&text, &diagnostics),
                markup(&text, &diagnostics),
                "{text:?}"
            );
        }
    }

    #[test]
    fn an_edit_remakes_only_its_lines_and_matches_a_fresh_highlight() {
        let options = vpce_policy_core::ValidateOptions::default();
        let before = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\n    \"Effect\": \"Allow\",\n    \"Principal\": \"*\",\n    \"Action\": \"s3:GetObject\",\n    \"Resource\": \"*\"\n  }]\n}\n";
        let typo = before.replace("s3:GetObject", "s3:GetObjekt");
        let mut highlighter = Highlighter::default();
        let mut last: Vec<AttrValue> = Vec::new();
        for text in [before, &typo, before, &format!("\n{before}"), ""] {
            let diagnostics = vpce_policy_core::validate(text, &options).diagnostics;
            let lines = highlighter.lines(text, &diagnostics);
            assert_eq!(lines, markup(text, &diagnostics), "{text}");
            assert_eq!(text_of(&joined(&lines)), text);
            // A line the edit left alone is the very string shown before: Yew keeps its DOM.
            let reused = lines
                .iter()
                .filter(|l| last.iter().any(|o| o.as_str().as_ptr() == l.as_str().as_ptr()))
                .count();
            if text == typo {
                assert!(lines.iter().any(|l| l.contains("de")), "the typo is marked");
                assert_eq!(reused, lines.len() - 1, "only the edited line is made again");
            }
            last = lines;
        }
    }
}
