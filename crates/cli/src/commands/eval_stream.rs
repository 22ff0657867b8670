//! `eval --requests`: JSON Lines evaluated in batches on every core, written in input order, in bounded memory.

use crate::format::Format;
use std::io::{BufRead, Write};
use vpce_policy_core::eval::{is_blank, read_line, EvalResult, LineParser, PolicySet};
use vpce_policy_core::i18n::Locale;
use vpce_policy_core::i18n::Message;

/// Lines read before a batch is handed out: enough to keep every core busy, few enough to stay small in memory.
const LINES_PER_WORKER: usize = 4096;

/// Writes one result as a JSON line, keys in the documented order: `decision`, `blockedBy`, `reason`, `valid`, then
/// `blockedLevel` and (with `explain`) `trace` when present. Written by hand: serde's generic writer cost more than
/// the evaluation.
pub fn write_json(r: &EvalResult, explain: bool, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"decision\":\"");
    out.extend_from_slice(r.decision.as_str().as_bytes());
    out.extend_from_slice(b"\",\"blockedBy\":");
    match r.blocked_by {
        Some(layer) => {
            out.push(b'"');
            out.extend_from_slice(layer.as_str().as_bytes());
            out.push(b'"');
        }
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"reason\":");
    push_json_str(&r.reason.english(), out);
    out.extend_from_slice(if r.valid {
        b",\"valid\":true"
    } else {
        b",\"valid\":false"
    });
    if let Some(level) = &r.blocked_level {
        out.extend_from_slice(b",\"blockedLevel\":");
        push_json_str(level, out);
    }
    if let (true, Some(trace)) = (explain, &r.trace) {
        out.extend_from_slice(b",\"trace\":");
        if serde_json::to_writer(&mut *out, trace).is_err() {
            out.extend_from_slice(b"null");
        }
    }
    out.extend_from_slice(b"}\n");
}

/// Writes a JSON string: copied as is unless it needs escaping.
fn push_json_str(s: &str, out: &mut Vec<u8>) {
    if !needs_escape(s.as_bytes()) {
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    } else if serde_json::to_writer(&mut *out, s).is_err() {
        out.extend_from_slice(b"null");
    }
}

/// Whether any byte is a control character, `"` or `\\`.
fn needs_escape(bytes: &[u8]) -> bool {
    vpce_policy_core::json::plain_run(bytes, b'"') < bytes.len()
}

/// The raw lines of one batch: their bytes end to end, and each line's number and end offset.
#[derive(Default)]
struct Batch {
    bytes: Vec<u8>,
    lines: Vec<(usize, usize)>,
}

/// The output of a slice of lines, and the first bad line's number and error, if any.
type SliceOutput = (Vec<u8>, Option<(usize, String)>);

/// Evaluates a slice of a batch's lines; stops at the first bad line with its error.
fn run_lines(
    set: &PolicySet,
    batch: &Batch,
    range: std::ops::Range<usize>,
    format: Format,
    explain: bool,
    locale: Locale,
) -> SliceOutput {
    // About 140 bytes a line without a trace: room for most batches without growing.
    let mut out = Vec::with_capacity(range.len() * 160);
    let mut start = range
        .start
        .checked_sub(1)
        .and_then(|i| batch.lines.get(i))
        .map_or(0, |(_, end)| *end);
    // One request, its buffers reused line after line.
    let mut parser = LineParser::default();
    for &(number, end) in batch.lines.get(range).unwrap_or_default() {
        let line = batch.bytes.get(start..end).unwrap_or_default();
        start = end;
        match parser.parse(line) {
            Ok(request) => {
                let result = set.evaluate_prepared(request, explain);
                match format {
                    Format::Json => write_json(&result, explain, &mut out),
                    Format::Human => {
                        out.extend_from_slice(crate::render::eval_result(&result, locale).as_bytes());
                        out.push(b'\n');
                    }
                }
            }
            Err(error) => return (out, Some((number, error.to_string()))),
        }
    }
    (out, None)
}

/// Streams requests from `reader` to `out`. Errors name the line: `path:LINE: message`.
pub fn run(
    set: &PolicySet,
    mut reader: impl BufRead,
    out: &mut impl Write,
    (path, format, explain, locale): (&str, Format, bool, Locale),
) -> Result<(), Message> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 16);
    let mut number = 0;
    // One batch buffer for the whole run: grown once, then reused.
    let mut batch = Batch::default();
    loop {
        // Read a batch of raw lines on this thread (cheap); parse and evaluate them on every core.
        batch.bytes.clear();
        batch.lines.clear();
        let mut read_error = None;
        while batch.lines.len() < workers * LINES_PER_WORKER {
            number += 1;
            let before = batch.bytes.len();
            match read_line(&mut reader, &mut batch.bytes) {
                Ok(0) => break,
                Ok(_) if is_blank(batch.bytes.get(before..).unwrap_or_default()) => {
                    batch.bytes.truncate(before)
                }
                Ok(_) => batch.lines.push((number, batch.bytes.len())),
                Err(error) => {
                    read_error = Some((number, error.to_string()));
                    break;
                }
            }
        }
        let n = batch.lines.len();
        let per = n.div_ceil(workers).max(1);
        let ranges: Vec<std::ops::Range<usize>> = (0..n).step_by(per).map(|s| s..(s + per).min(n)).collect();
        let results: Vec<SliceOutput> = if ranges.len() > 1 {
            std::thread::scope(|scope| {
                let handles: Vec<_> = ranges
                    .iter()
                    .map(|r| {
                        let (batch, r) = (&batch, r.clone());
                        scope.spawn(move || run_lines(set, batch, r, format, explain, locale))
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| {
                        h.join()
                            .unwrap_or_else(|_| (Vec::new(), Some((0, "internal error".into()))))
                    })
                    .collect()
            })
        } else {
            ranges
                .into_iter()
                .map(|r| run_lines(set, &batch, r, format, explain, locale))
                .collect()
        };
        for (text, error) in results {
            out.write_all(&text)
                .map_err(|e| Message::new("cli-cannot-write-output").arg("error", e))?;
            if let Some((line, message)) = error {
                return Err(format!("{path}:{line}: {message}").into());
            }
        }
        if let Some((line, message)) = read_error {
            return Err(format!("{path}:{line}: {message}").into());
        }
        if n == 0 {
            return Ok(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vpce_policy_core::eval::{Decision, Layer};

    fn line(r: &EvalResult, explain: bool) -> String {
        let mut out = Vec::new();
        write_json(r, explain, &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn needs_escape_agrees_with_the_plain_test_for_every_byte_anywhere() {
        for fill in [b'a', 0xC3, 0xFF, 0x7F, b'!'] {
            for b in 0..=255u8 {
                for at in 0..19 {
                    let mut bytes = vec![fill; 19];
                    bytes[at] = b;
                    let plain = bytes.iter().any(|&c| c < 0x20 || c == b'"' || c == b'\\');
                    assert_eq!(needs_escape(&bytes), plain, "fill {fill:#x}, byte {b:#x} at {at}");
                }
            }
        }
    }

    #[test]
    fn json_lines_keep_the_documented_keys_and_order() {
        let mut r = EvalResult {
            decision: Decision::Allowed,
            blocked_by: None,
            blocked_level: None,
            reason: "plain".to_string().into(),
            valid: true,
            errors: Vec::new(),
            trace: Some(Vec::new()),
        };
        assert_eq!(
            line(&r, false),
            "{\"decision\":\"allowed\",\"blockedBy\":null,\"reason\":\"plain\",\"valid\":true}\n"
        );
        r.decision = Decision::ExplicitDeny;
        r.blocked_by = Some(Layer::PermissionsBoundary);
        r.blocked_level = Some("ou \"Prod\"".into());
        r.reason = "a \"quoted\"\\ reason\nwith a tab\t".to_string().into();
        r.valid = false;
        let text = line(&r, true);
        assert_eq!(
            text,
            "{\"decision\":\"explicitDeny\",\"blockedBy\":\"permissionsBoundary\",\"reason\":\"a \\\"quoted\\\"\\\\ reason\\nwith a tab\\t\",\"valid\":false,\"blockedLevel\":\"ou \\\"Prod\\\"\",\"trace\":[]}\n"
        );
        // The same values serde writes for the result itself (less the errors, which a stream line leaves out).
        let ours: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(ours, serde_json::to_value(&r).unwrap());
    }
}
