//! `vpce-policy rules` and `explain`: every registered code is listed and explained.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use assert_cmd::Command;
use vpce_policy_core::rules::Code;

fn cli() -> Command {
    Command::cargo_bin("vpce-policy").unwrap()
}

#[test]
fn rules_lists_every_registered_code() {
    let out = cli().args(["rules", "--format", "json"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let listed: Vec<&str> = v["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    let registry: Vec<&str> = vpce_policy_core::rules::all()
        .iter()
        .map(|r| r.code.as_str())
        .collect();
    assert_eq!(listed, registry);
    let human = cli().arg("rules").output().unwrap();
    let text = String::from_utf8(human.stdout).unwrap();
    assert!(text.contains(Code::ResourceTypeMismatch.as_str()) && text.contains("warning"));
}

#[test]
fn explain_works_for_every_code() {
    for rule in vpce_policy_core::rules::all() {
        let out = cli()
            .args(["explain", &rule.code.as_str().to_ascii_lowercase()])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", rule.code);
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.starts_with(rule.code.as_str()), "{}", rule.code);
        assert!(
            text.contains(rule.url) && text.contains("Fails") && text.contains("Passes"),
            "{}",
            rule.code
        );
    }
}

#[test]
fn explain_an_unknown_code_is_a_usage_error_with_a_suggestion() {
    let out = cli().args(["explain", "UNKNOWN_ACTON"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("did you mean `UNKNOWN_ACTION`"), "{err}");
}

#[test]
fn docs_rules_md_is_what_the_registry_generates() {
    let out = cli().args(["rules", "--format", "markdown"]).output().unwrap();
    assert!(out.status.success());
    let generated = String::from_utf8(out.stdout).unwrap();
    let path = format!("{}/../../docs/rules.md", env!("CARGO_MANIFEST_DIR"));
    let checked_in = std::fs::read_to_string(&path).unwrap();
    assert!(
        generated == checked_in,
        "docs/rules.md is stale: run `vpce-policy rules --format markdown > docs/rules.md`"
    );
    for r in vpce_policy_core::rules::all() {
        assert!(generated.contains(&format!("\n## {}\n", r.code)), "{}", r.code);
    }
}
