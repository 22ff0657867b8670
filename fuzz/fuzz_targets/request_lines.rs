//! The request JSON Lines reader on arbitrary bytes: never a panic; line numbers only grow, and reading stops at
//! the first error.
#![no_main]
use libfuzzer_sys::fuzz_target;
use vpce_policy_core::eval::RequestLines;

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
});
