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
    let mut cmd = Command::cargo_bin("vpce-policy").unwrap();
    // English whatever the machine's locale: docs/rules.md is English.
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd
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

/// `explain CODE --lang ja`: the rule's words and headings in Japanese, its code, examples and URL as they are; the
/// JSON keeps its fields and code.
#[test]
fn explain_speaks_japanese() {
    let code = Code::MissingVersion.as_str();
    let out = cli()
        .args(["explain", &code.to_ascii_lowercase(), "--lang", "ja"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with(&format!("{code} (警告): Version のないポリシー")),
        "{text}"
    );
    for heading in ["検出する内容", "影響", "検出される例", "修正した例"] {
        assert!(text.contains(heading), "{heading}: {text}");
    }
    assert!(!text.contains("What it checks"), "{text}");
    let json = cli()
        .args(["explain", code, "--lang", "ja", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["code"], code);
    assert_eq!(v["severity"], "warning");
    assert_eq!(v["title"], "Version のないポリシー");
}
