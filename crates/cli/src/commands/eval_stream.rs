//! `eval --requests`: JSON Lines evaluated in batches on every core, written in input order, in bounded memory.

use crate::format::Format;
use serde::Serialize;
use std::io::{BufRead, Write};
use vpce_policy_core::eval::{
    is_blank, parse_request_line, read_line, Decision, EvalResult, Layer, PolicySet, PolicyTrace,
};

/// Lines read before a batch is handed out: enough to keep every core busy, few enough to stay small in memory.
const LINES_PER_WORKER: usize = 4096;

/// One line of JSON output, keys in the documented order.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonLine<'a> {
    decision: Decision,
    blocked_by: Option<Layer>,
    reason: &'a str,
    valid: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    blocked_level: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    trace: Option<&'a Vec<PolicyTrace>>,
}

/// Writes one result as a JSON line.
pub fn write_json(r: &EvalResult, explain: bool, out: &mut Vec<u8>) {
    let line = JsonLine {
        decision: r.decision,
        blocked_by: r.blocked_by,
        reason: &r.reason,
        valid: r.valid,
        blocked_level: r.blocked_level.as_deref(),
        trace: if explain { r.trace.as_ref() } else { None },
    };
    if serde_json::to_writer(&mut *out, &line).is_ok() {
        out.push(b'\n');
    }
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
) -> SliceOutput {
    let mut out = Vec::with_capacity(range.len() * 96);
    let mut start = range
        .start
        .checked_sub(1)
        .and_then(|i| batch.lines.get(i))
        .map_or(0, |(_, end)| *end);
    for &(number, end) in batch.lines.get(range).unwrap_or_default() {
        let line = batch.bytes.get(start..end).unwrap_or_default();
        start = end;
        match parse_request_line(line) {
            Ok(request) => {
                let result = set.evaluate_prepared(&request.into_prepared(), explain);
                match format {
                    Format::Json => write_json(&result, explain, &mut out),
                    Format::Human => {
                        out.extend_from_slice(super::eval::human(&result).as_bytes());
                        out.push(b'\n');
                    }
                }
            }
            Err(message) => return (out, Some((number, message))),
        }
    }
    (out, None)
}

/// Streams requests from `reader` to `out`. Errors name the line: `path:LINE: message`.
pub fn run(
    set: &PolicySet,
    mut reader: impl BufRead,
    out: &mut impl Write,
    (path, format, explain): (&str, Format, bool),
) -> Result<(), String> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 16);
    let mut number = 0;
    loop {
        // Read a batch of raw lines on this thread (cheap); parse and evaluate them on every core.
        let mut batch = Batch::default();
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
                Err(message) => {
                    read_error = Some((number, message));
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
                        scope.spawn(move || run_lines(set, batch, r, format, explain))
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
                .map(|r| run_lines(set, &batch, r, format, explain))
                .collect()
        };
        for (text, error) in results {
            out.write_all(&text).map_err(|e| e.to_string())?;
            if let Some((line, message)) = error {
                return Err(format!("{path}:{line}: {message}"));
            }
        }
        if let Some((line, message)) = read_error {
            return Err(format!("{path}:{line}: {message}"));
        }
        if n == 0 {
            return Ok(());
        }
    }
}
