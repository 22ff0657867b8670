//! Runs every policy test file in `tests/eval/` (the same format `vpce-policy test` reads).
//! Each file holds one concept; each test cites the AWS behaviour it encodes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use vpce_policy_core::eval::TestFile;
use vpce_policy_corpus::{root, run_corpus};

#[test]
fn eval_corpus() {
    let mut total = 0;
    run_corpus("eval", 50, |file, text| {
        let tf = TestFile::parse(text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert!(
            tf.tests.iter().all(|t| t.doc.is_some()),
            "{}: every case cites its AWS behaviour",
            file.display()
        );
        let dir = root().join("eval");
        let report = tf
            .run(&|p: &str| std::fs::read_to_string(dir.join(p)).map_err(|e| e.to_string()))
            .unwrap();
        total += report.results.len();
        report
            .results
            .iter()
            .filter(|r| !r.pass)
            .map(|r| {
                format!(
                    "{}: got {:?} blocked by {:?}, expected {}",
                    r.name, r.decision, r.blocked_by, r.expect
                )
            })
            .collect()
    });
    assert!(total >= 200, "expected at least 200 evaluations, ran {total}");
}
