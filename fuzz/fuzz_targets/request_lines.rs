//! The request JSON Lines reader on arbitrary bytes: never a panic; line numbers only grow, and reading stops at
//! the first error. The stream's fast paths (`parse_prepared_line`, and `LineParser` reusing one request line after line)
//! agree with parsing, checking, then preparing.
#![no_main]
use libfuzzer_sys::fuzz_target;
use vpce_policy_core::eval::{parse_prepared_line, parse_request_line, LineParser, RequestLines};

fuzz_target!(|data: &[u8]| {
    let mut last = 0;
    let mut failed = false;
    for item in RequestLines::new(data) {
        assert!(!failed, "a line after an error");
        let line = match item {
            Ok((n, _)) => n,
            Err(e) => {
                failed = true;
                e.line
            }
        };
        assert!(line > last);
        last = line;
    }
    let mut parser = LineParser::default();
    for line in data.split(|b| *b == b'\n') {
        let slow = format!("{:?}", parse_request_line(line).map(|r| r.into_prepared()));
        assert_eq!(slow, format!("{:?}", parse_prepared_line(line)));
        assert_eq!(slow, format!("{:?}", parser.parse(line).cloned()));
    }
});
