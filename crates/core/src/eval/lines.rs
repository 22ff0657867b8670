//! Requests as JSON Lines, one line at a time: any number of requests in bounded memory.

use super::{PreparedRequest, Request};
use std::io::BufRead;

/// The longest line accepted (a request is a few hundred bytes; this bounds memory on a stream with no newline).
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// Why a line is not a request. The words are the ones every face shows (`path:LINE: message`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    /// The line is not UTF-8 (1-based byte of the line).
    #[error("invalid request: the line is not UTF-8 (byte {0} of the line)")]
    NotUtf8(usize),
    /// The JSON is not a request: serde_json's words (they carry the column).
    #[error("invalid request: {0}")]
    Json(String),
    /// The principal is not one AWS accepts ([`Request::principal_problem`]).
    #[error("invalid request: {0}")]
    Principal(String),
    /// The line is longer than [`MAX_LINE_BYTES`].
    #[error("the line is longer than {} MiB", MAX_LINE_BYTES >> 20)]
    TooLong,
    /// The input could not be read.
    #[error("cannot read the line: {0}")]
    Io(String),
}

/// A line that is not a request, with its 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {error}")]
pub struct LineError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub error: RequestError,
}

/// Reads requests from JSON Lines, skipping blank lines. After an error the iterator ends.
pub struct RequestLines<R> {
    reader: R,
    buf: Vec<u8>,
    line: usize,
    done: bool,
}

impl<R: BufRead> RequestLines<R> {
    /// Reads from a buffered reader.
    pub fn new(reader: R) -> Self {
        Self {
            reader,
            buf: Vec::with_capacity(512),
            line: 0,
            done: false,
        }
    }

    fn fail(&mut self, error: RequestError) -> Option<Result<(usize, Request), LineError>> {
        self.done = true;
        Some(Err(LineError {
            line: self.line,
            error,
        }))
    }
}

/// Parses one line into a request, checking its principal.
pub fn parse_request_line(line: &[u8]) -> Result<Request, RequestError> {
    let request = parse_line(line)?;
    match request.principal_problem() {
        Some(problem) => Err(RequestError::Principal(problem)),
        None => Ok(request),
    }
}

/// Parses one line straight into a prepared request, checking its principal: what a stream of requests uses.
pub fn parse_prepared_line(line: &[u8]) -> Result<PreparedRequest, RequestError> {
    parse_line(line)?.into_checked()
}

fn parse_line(line: &[u8]) -> Result<Request, RequestError> {
    // One UTF-8 check for the whole line (cheaper than serde_json's check of every string on its own).
    let text = std::str::from_utf8(line).map_err(|e| RequestError::NotUtf8(e.valid_up_to() + 1))?;
    serde_json::from_str(text).map_err(|e| RequestError::Json(e.to_string()))
}

/// Appends the next line (with its newline, if any) to `buf` and returns its length: 0 at the end of the input.
/// A line longer than [`MAX_LINE_BYTES`] (newline included) is an error, read no further, so memory stays bounded.
pub fn read_line(reader: &mut impl BufRead, buf: &mut Vec<u8>) -> Result<usize, RequestError> {
    let start = buf.len();
    loop {
        let available = match reader.fill_buf() {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(RequestError::Io(e.to_string())),
        };
        if available.is_empty() {
            break;
        }
        let (used, ends) = match memchr::memchr(b'\n', available) {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        // Never more than one byte past the limit, whatever the reader holds.
        let room = (MAX_LINE_BYTES + 1).saturating_sub(buf.len() - start);
        let taken = used.min(room);
        buf.extend_from_slice(available.get(..taken).unwrap_or_default());
        reader.consume(taken);
        if buf.len() - start > MAX_LINE_BYTES {
            buf.truncate(start);
            return Err(RequestError::TooLong);
        }
        if ends {
            break;
        }
    }
    Ok(buf.len() - start)
}

/// Whether a line holds only white space (skipped).
pub fn is_blank(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace)
}

impl<R: BufRead> Iterator for RequestLines<R> {
    type Item = Result<(usize, Request), LineError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            self.line += 1;
            match read_line(&mut self.reader, &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {}
                Err(error) => return self.fail(error),
            }
            if is_blank(&self.buf) {
                continue;
            }
            return Some(match parse_request_line(&self.buf) {
                Ok(r) => Ok((self.line, r)),
                Err(error) => return self.fail(error),
            });
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn reads_requests_skips_blank_lines_and_stops_at_the_first_bad_line() {
        let text = "{\"action\":\"s3:GetObject\",\"resource\":\"*\"}\n\n  \r\n{\"action\":\"a:b\",\"resource\":\"x\"}\nnot json\n{}\n";
        let got: Vec<_> = RequestLines::new(text.as_bytes()).collect();
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].as_ref().map(|(n, _)| *n), Ok(1));
        assert_eq!(got[1].as_ref().map(|(n, _)| *n), Ok(4));
        let err = got[2].as_ref().unwrap_err();
        assert_eq!(err.line, 5);
        assert!(matches!(err.error, RequestError::Json(_)), "{err}");
        assert!(err.to_string().starts_with("line 5: invalid request"), "{err}");
    }

    #[test]
    fn a_line_without_end_is_refused_past_the_limit_in_bounded_memory() {
        let endless = std::io::repeat(b'x').take(3 * MAX_LINE_BYTES as u64);
        let mut lines = RequestLines::new(std::io::BufReader::new(endless));
        let err = lines.next().unwrap().unwrap_err();
        assert_eq!(
            (err.line, err.error.to_string().as_str()),
            (1, "the line is longer than 1 MiB")
        );
        assert!(lines.next().is_none());
    }

    /// The limit counts the newline: a line of exactly the limit is read, one byte more is refused, and reading
    /// goes on the same through a reader that hands out a few bytes at a time.
    #[test]
    fn the_limit_is_exact_and_lines_span_reads() {
        let mut text = vec![b'x'; MAX_LINE_BYTES - 1];
        text.extend_from_slice(b"\nab\ncd");
        for capacity in [1, 7, 1 << 16] {
            let mut reader = std::io::BufReader::with_capacity(capacity, &text[..]);
            let mut buf = Vec::new();
            assert_eq!(read_line(&mut reader, &mut buf), Ok(MAX_LINE_BYTES));
            buf.clear();
            assert_eq!(
                (read_line(&mut reader, &mut buf), &buf[..]),
                (Ok(3), &b"ab\n"[..])
            );
            buf.clear();
            assert_eq!((read_line(&mut reader, &mut buf), &buf[..]), (Ok(2), &b"cd"[..]));
            assert_eq!(read_line(&mut reader, &mut buf), Ok(0));
        }
        let mut long = vec![b'x'; MAX_LINE_BYTES];
        long.push(b'\n');
        let mut buf = Vec::new();
        assert!(read_line(&mut &long[..], &mut buf).is_err());
        assert!(buf.is_empty());
    }

    #[test]
    fn invalid_utf8_and_a_bad_principal_are_errors_not_panics() {
        let bad = b"{\"action\":\"a:b\",\"resource\":\"\xff\"}\n";
        assert!(RequestLines::new(&bad[..]).next().unwrap().is_err());
        let who = b"{\"principal\":\"Builder\",\"action\":\"a:b\",\"resource\":\"x\"}";
        assert!(RequestLines::new(&who[..]).next().unwrap().is_err());
    }

    #[test]
    fn the_fast_path_agrees_with_parse_check_prepare() {
        for line in [
            r#"{"principal":"arn:aws:sts::111122223333:assumed-role/R/s","action":"a:B","resource":"arn:aws:s3:::b/k"}"#,
            r#"{"principal":" arn:aws:iam::111122223333:user/u ","action":"a:b","resource":"x"}"#,
            r#"{"principal":"Builder","action":"a:b","resource":"x"}"#,
            r#"{"principal":"anonymous","action":"a:b","resource":"x","context":{"aws:SourceVpce":"v"}}"#,
            r#"{"action":"a:b"}"#,
        ] {
            let slow = parse_request_line(line.as_bytes()).map(Request::into_prepared);
            let fast = parse_prepared_line(line.as_bytes());
            assert_eq!(format!("{slow:?}"), format!("{fast:?}"), "{line}");
        }
    }
}
