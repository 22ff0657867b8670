//! Runs every policy test file in `tests/eval/` (the same format `vpce-policy test` reads).
//! Each file holds one concept; each test cites the AWS behaviour it encodes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use vpce_policy_core::eval::TestFile;
use vpce_policy_corpus::{case_files, case_name, root};

#[test]
fn eval_corpus() {
    let files = case_files("eval");
    assert!(
        files.len() >= 40,
        "expected a full corpus, found {} files",
        files.len()
    );
    let mut failures = Vec::new();
    let mut total = 0;
    for file in &files {
        let tf = TestFile::parse(&std::fs::read_to_string(file).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
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
        for r in report.results.iter().filter(|r| !r.pass) {
            failures.push(format!(
                "{}/{}: got {:?} blocked by {:?}, expected {}",
                case_name(file),
                r.name,
                r.decision,
                r.blocked_by,
                r.expect
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {total} evaluations failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
