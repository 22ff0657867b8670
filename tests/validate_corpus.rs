//! Runs every case in `tests/validate/cases/`: a policy (inline text or a fixture file), the validator options,
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code
//! and the exact findings expected (code, line, column, and path when given).

use serde::Deserialize;
use vpce_policy_core::{validate, LineIndex, PolicyKind, ValidateOptions};
use vpce_policy_corpus::{root, run_corpus};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What the case shows, and the AWS behaviour or doc it comes from.
    #[allow(dead_code)]
    description: String,
    /// Policy text, inline.
    #[serde(default)]
    policy: Option<String>,
    /// Or a fixture file under tests/validate/fixtures.
    #[serde(default)]
    fixture: Option<String>,
    #[serde(default)]
    kind: PolicyKind,
    #[serde(default)]
    region: Option<String>,
    #[serde(default)]
    environment: Option<String>,
    /// Expected findings; an empty list means "valid with no findings at all".
    expect: Vec<Expected>,
    /// After applying every fix, these findings remain (when given).
    #[serde(default)]
    after_fix: Option<Vec<String>>,
}

#[derive(Deserialize, Debug, PartialEq, Eq, PartialOrd, Ord, Clone)]
#[serde(deny_unknown_fields)]
struct Expected {
    code: String,
    line: usize,
    column: usize,
    #[serde(default)]
    path: Option<String>,
}

#[test]
fn validate_corpus() {
    run_corpus("validate/cases", 60, |file, text| {
        let case: Case = serde_json::from_str(text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let src = match (&case.policy, &case.fixture) {
            (Some(p), None) => p.clone(),
            (None, Some(f)) => std::fs::read_to_string(root().join("validate/fixtures").join(f)).unwrap(),
            _ => panic!("{}: give exactly one of policy and fixture", file.display()),
        };
        let options = ValidateOptions {
            kind: case.kind,
            region: case.region.clone(),
            environment: case.environment.clone(),
            ..ValidateOptions::default()
        };
        let index = LineIndex::new(&src);
        let mut got: Vec<Expected> = validate(&src, &options)
            .diagnostics
            .iter()
            .map(|d| {
                let r = d.report(&index);
                Expected {
                    code: r.code,
                    line: r.line,
                    column: r.column,
                    path: Some(r.path),
                }
            })
            .collect();
        let mut want = case.expect.clone();
        // Compare paths only where the case states them.
        for w in &want {
            if w.path.is_none() {
                for g in got
                    .iter_mut()
                    .filter(|g| g.code == w.code && g.line == w.line && g.column == w.column)
                {
                    g.path = None;
                }
            }
        }
        got.sort();
        want.sort();
        let mut failures = Vec::new();
        if got != want {
            failures.push(format!("\n  want {want:?}\n  got  {got:?}"));
        }
        if let Some(after) = &case.after_fix {
            let (_, remaining) = vpce_policy_core::lint::fix(&src, &options);
            let mut codes: Vec<String> = remaining.iter().map(|d| d.code.to_string()).collect();
            codes.sort();
            let mut after = after.clone();
            after.sort();
            if codes != after {
                failures.push(format!("after --fix:\n  want {after:?}\n  got  {codes:?}"));
            }
        }
        failures
    });
}
