//! Runs every case in `tests/validate/cases/` as its own test: a policy (inline text or a fixture file), the
//! validator options, the exact findings expected (code, line, column, and path when given), the AWS page the
//! case comes from, and an insta snapshot of every finding's severity, message, help and fix.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use serde::Deserialize;
use vpce_policy_core::{validate, Diagnostic, LineIndex, PolicyKind, ValidateOptions};
use vpce_policy_corpus::root;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What the case shows.
    description: String,
    /// The AWS page that states the behaviour.
    doc: String,
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
    /// Run the build-needs checks (off elsewhere: each case is about its own rule, and small S3 policies written
    /// to show one rule do not plan a whole build).
    #[serde(default)]
    build_needs: bool,
    /// The kit features for the build-needs checks (default: the kit's).
    #[serde(default)]
    features: Option<Vec<vpce_policy_core::data::endpoints::Feature>>,
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

include!(concat!(env!("OUT_DIR"), "/validate_cases.rs"));

#[test]
fn the_corpus_is_complete() {
    let files = vpce_policy_corpus::case_files("validate/cases").len();
    assert_eq!(files, CASE_COUNT, "rebuild: the generated tests are stale");
    assert!(files >= 60, "{files} cases");
}

/// Every finding as text: position, severity, code, message, help, fix title and the fixed text.
fn render(src: &str, diagnostics: &[Diagnostic]) -> String {
    let index = LineIndex::new(src);
    let mut out = String::new();
    for d in diagnostics {
        let r = d.report(&index);
        out += &format!(
            "{}:{} {}[{}] {}\n",
            r.line, r.column, r.severity, r.code, r.message
        );
        if !d.help.is_empty() {
            out += &format!("  help: {}\n", d.help);
        }
        if let Some(fix) = &d.fix {
            let edits: Vec<String> = fix.edits.iter().map(|e| format!("{:?}", e.replacement)).collect();
            out += &format!("  fix: {} -> {}\n", fix.title, edits.join(", "));
        }
    }
    out
}

fn run_case(name: &str) {
    let file = root().join("validate/cases").join(format!("{name}.json"));
    let text = std::fs::read_to_string(&file).unwrap();
    let failures = check_case(name, &text);
    assert!(failures.is_empty(), "{name}: {}", failures.join("\n"));
}

fn check_case(name: &str, text: &str) -> Vec<String> {
    {
        let file = name;
        let case: Case = serde_json::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let src = match (&case.policy, &case.fixture) {
            (Some(p), None) => p.clone(),
            (None, Some(f)) => std::fs::read_to_string(root().join("validate/fixtures").join(f)).unwrap(),
            _ => panic!("{file}: give exactly one of policy and fixture"),
        };
        let options = ValidateOptions {
            kind: case.kind,
            region: case.region.clone(),
            environment: case.environment.clone(),
            features: case.features.clone(),
            skip_build_needs: !case.build_needs,
            ..ValidateOptions::default()
        };
        let index = LineIndex::new(&src);
        let diagnostics = validate(&src, &options).diagnostics;
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(root().join("validate/snapshots"));
        settings.set_prepend_module_to_snapshot(false);
        settings.set_description(case.description.clone());
        settings.bind(|| insta::assert_snapshot!(name, render(&src, &diagnostics)));
        let mut got: Vec<Expected> = diagnostics
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
        if !case.doc.starts_with("https://docs.aws.amazon.com/") {
            failures.push(format!("doc must cite an AWS page, not {:?}", case.doc));
        }
        if got != want {
            failures.push(format!("\n  want {want:?}\n  got  {got:?}"));
        }
        if let Some(after) = &case.after_fix {
            let (_, remaining) = vpce_policy_core::fix(&src, &options);
            let mut codes: Vec<String> = remaining.iter().map(|d| d.code.to_string()).collect();
            codes.sort();
            let mut after = after.clone();
            after.sort();
            if codes != after {
                failures.push(format!("after --fix:\n  want {after:?}\n  got  {codes:?}"));
            }
        }
        failures
    }
}
