//! Runs every policy test file in `tests/eval/` (the same format `vpce-policy test` reads).
//! Each file holds one concept; each test cites the AWS behaviour it encodes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use vpce_policy_core::eval::{Decision, TestFile, TestFileError};
use vpce_policy_corpus::{root, run_corpus};

#[test]
fn eval_corpus() {
    let mut total = 0;
    run_corpus("eval", 50, |file, text| {
        let tf = TestFile::parse(text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for t in &tf.tests {
            assert!(
                t.doc
                    .as_deref()
                    .is_some_and(|d| d.starts_with("https://docs.aws.amazon.com/")),
                "{}: {}: every case cites the AWS page it encodes",
                file.display(),
                t.name
            );
            let no_layers = text.contains("\"policies\": {}");
            assert!(
                t.expect == Decision::Allowed || t.blocked_by.is_some() || no_layers,
                "{}: {}: a denied case names the layer that blocks it",
                file.display(),
                t.name
            );
        }
        let dir = root().join("eval");
        let report = tf
            .run(&|p: &str| {
                std::fs::read_to_string(dir.join(p)).map_err(|e| TestFileError::Unreadable(e.to_string()))
            })
            .unwrap();
        total += report.results.len();
        report
            .results
            .iter()
            .filter(|r| !r.pass)
            .map(|r| {
                format!(
                    "{}: got {:?} blocked by {:?}, expected {}",
                    r.name,
                    r.decision,
                    r.blocked_by,
                    r.expect.as_str()
                )
            })
            .collect()
    });
    assert!(total >= 340, "expected at least 340 evaluations, ran {total}");
}
