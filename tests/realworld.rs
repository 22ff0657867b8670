//! Real VPC endpoint and resource policies that AWS publishes (`validate/realworld/`, one file each with its
//! source): every error finding must be a real defect of the published text, listed in the file's
//! `known_errors` with why. Anything else is a false alarm.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use serde::Deserialize;
use std::collections::BTreeSet;
use vpce_policy_core::{validate, PolicyKind, Severity, ValidateOptions};

#[derive(Deserialize)]
struct KnownError {
    code: String,
    path: String,
    why: String,
}

#[derive(Deserialize)]
struct RealPolicy {
    source: String,
    kind: PolicyKind,
    policy: serde_json::Value,
    known_errors: Vec<KnownError>,
}

#[test]
fn published_policies_get_no_false_errors() {
    vpce_policy_corpus::run_corpus("validate/realworld", 30, |file, text| {
        let case: RealPolicy =
            serde_json::from_str(text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let mut failures = Vec::new();
        if !case.source.starts_with("https://") {
            failures.push(format!("source must be a URL, not {:?}", case.source));
        }
        let src = serde_json::to_string_pretty(&case.policy).unwrap();
        let options = ValidateOptions {
            kind: case.kind,
            ..ValidateOptions::default()
        };
        let got: BTreeSet<(String, String)> = validate(&src, &options)
            .diagnostics
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| (d.code.to_string(), d.path))
            .collect();
        let listed: BTreeSet<(String, String)> = case
            .known_errors
            .iter()
            .map(|k| (k.code.clone(), k.path.clone()))
            .collect();
        for (code, path) in got.difference(&listed) {
            failures.push(format!("false alarm? {code} at {path} is not a listed defect"));
        }
        for (code, path) in listed.difference(&got) {
            failures.push(format!("listed defect {code} at {path} is no longer found"));
        }
        failures.extend(
            case.known_errors
                .iter()
                .filter(|k| k.why.len() < 10)
                .map(|k| format!("{} at {} needs a reason", k.code, k.path)),
        );
        failures
    });
}
