//! `vpce-policy validate` end to end: exit codes, JSON shape, rustc-style output (snapshots), --fix.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use assert_cmd::Command;
use std::path::PathBuf;
use vpce_policy_core::rules::Code;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/validate/fixtures")
}

fn cli() -> Command {
    let mut cmd = Command::cargo_bin("vpce-policy").unwrap();
    // English whatever the machine's locale: the snapshots are English.
    cmd.current_dir(fixtures())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd
}

fn json_findings(file: &str) -> (i32, Vec<serde_json::Value>) {
    let out = cli()
        .args(["validate", "--format", "json", file])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    (
        out.status.code().unwrap(),
        v["diagnostics"].as_array().unwrap().clone(),
    )
}

#[test]
fn json_output_has_exactly_the_documented_fields() {
    let (code, findings) = json_findings("docs-general.json");
    assert_eq!(code, 1);
    let keys: Vec<&str> = findings[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "code",
            "severity",
            "message",
            "help",
            "line",
            "column",
            "end_line",
            "end_column",
            "path"
        ]
    );
}

#[test]
fn docs_example_reports_trailing_commas_at_the_comma() {
    let (_, findings) = json_findings("docs-general.json");
    let commas: Vec<(u64, u64)> = findings
        .iter()
        .filter(|f| f["code"] == Code::JsonSyntaxError.as_str())
        .map(|f| (f["line"].as_u64().unwrap(), f["column"].as_u64().unwrap()))
        .collect();
    assert_eq!(commas, [(14, 24), (21, 24)]);
}

#[test]
fn docs_example_with_commas_fixed_reports_actions_and_principals() {
    let (code, findings) = json_findings("docs-general-commas-fixed.json");
    assert_eq!(code, 1);
    let codes: Vec<&str> = findings.iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert_eq!(
        codes
            .iter()
            .filter(|c| **c == Code::InvalidAction.as_str())
            .count(),
        2
    );
    assert_eq!(
        codes
            .iter()
            .filter(|c| **c == Code::MissingPrincipal.as_str())
            .count(),
        3
    );
    assert_eq!(codes.len(), 5, "{codes:?}");
    let paths: Vec<&str> = findings
        .iter()
        .filter(|f| f["code"] == Code::InvalidAction.as_str())
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["Statement[1].Action[0]", "Statement[2].Action[0]"]);
}

#[test]
fn default_endpoint_policy_has_no_error() {
    cli()
        .args(["validate", "default-full-access.json"])
        .assert()
        .code(0);
}

#[test]
fn no_break_spaces_are_reported_at_line_2_column_1() {
    let (_, findings) = json_findings("docs-general-nbsp.json");
    let nbsp = findings
        .iter()
        .find(|f| f["message"].as_str().unwrap().contains("U+00A0"))
        .unwrap();
    assert_eq!(
        (nbsp["line"].as_u64(), nbsp["column"].as_u64()),
        (Some(2), Some(1))
    );
}

#[test]
fn fix_repairs_every_certain_finding_of_the_copied_example() {
    let out = cli()
        .args(["validate", "--fix", "docs-general-nbsp.json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fixed = String::from_utf8(out.stdout).unwrap();
    assert!(!fixed.contains('\u{a0}'));
    assert!(fixed.contains("\"imagebuilder:DeleteImage\""));
    let v: serde_json::Value = serde_json::from_str(&fixed).unwrap();
    assert_eq!(v["Statement"].as_array().unwrap().len(), 3);
    assert!(v["Statement"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["Principal"] == "*"));
    let mut again = Command::cargo_bin("vpce-policy").unwrap();
    again
        .args(["validate", "-"])
        .write_stdin(fixed)
        .assert()
        .code(0)
        .stdout("no findings\n");
}

#[test]
fn fix_write_rewrites_the_file_in_place() {
    let dir = std::env::temp_dir().join(format!("vpce-policy-fix-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("policy.json");
    std::fs::copy(fixtures().join("docs-s3.json"), &file).unwrap();
    Command::cargo_bin("vpce-policy")
        .unwrap()
        .args([
            "validate",
            "--fix",
            "--write",
            "--region",
            "eu-west-1",
            "--environment",
            "prod",
        ])
        .arg(&file)
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("arn:aws:s3:::ec2imagebuilder-toe-eu-west-1-prod/*"),
        "{text}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn usage_and_io_errors_exit_2() {
    cli()
        .args(["validate", "no-such-file.json"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("cannot read no-such-file.json"));
    cli()
        .args(["validate", "--region", "mars-1", "docs-s3.json"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("unknown region"));
    cli()
        .args(["validate", "--kind", "bucket", "docs-s3.json"])
        .assert()
        .code(2);
    cli()
        .args(["validate", "--write", "docs-s3.json"])
        .assert()
        .code(2);
}

#[test]
fn garbage_input_never_panics() {
    for input in [
        "",
        "{",
        "}",
        "[[[[",
        "\u{feff}{}",
        "{\"Statement\": {\"Condition\": 5}}",
        "\"just a string\"",
        "{\"a\":\"\\ud800\"}",
    ] {
        let mut cmd = Command::cargo_bin("vpce-policy").unwrap();
        let out = cmd
            .args(["validate", "--format", "json", "-"])
            .write_stdin(input)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{input:?}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(!v["diagnostics"].as_array().unwrap().is_empty(), "{input:?}");
    }
}

#[test]
fn human_output_snapshots() {
    let mut names: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(names.len() >= 6);
    for name in names {
        let out = cli()
            .args(["validate", "--region", "us-east-1", &name])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        insta::assert_snapshot!(name.trim_end_matches(".json"), text);
    }
}

#[test]
fn input_that_is_not_utf8_or_too_large_is_a_clear_error_with_a_position() {
    let dir = std::env::temp_dir().join(format!("vpce-policy-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let latin1 = dir.join("latin1.json");
    std::fs::write(
        &latin1,
        b"{\n  \"Version\": \"2012-10-17\",\n  \"Sid\": \"caf\xe9\"\n}",
    )
    .unwrap();
    let out = cli().args(["validate"]).arg(&latin1).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("latin1.json:3:14: the text is not UTF-8"), "{err}");
    let huge = dir.join("huge.json");
    std::fs::write(&huge, vec![b' '; (16 << 20) + 1]).unwrap();
    let out = cli().args(["validate"]).arg(&huge).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("larger than 16 MiB"));
}

/// `--lang ja` and the POSIX locale: findings, help, fix titles and the summary in Japanese; the codes and the JSON
/// fields stay as they are.
#[test]
fn findings_speak_japanese_with_lang_or_the_environment() {
    let dir = tempfile_dir();
    let file = dir.join("copied.json");
    std::fs::write(
        &file,
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"imagebuilder: GetImage","Resource":"*",}]}"#,
    )
    .unwrap();
    let human = cli()
        .args(["validate", "--lang", "ja"])
        .arg(&file)
        .output()
        .unwrap();
    let text = String::from_utf8(human.stdout).unwrap();
    let code = vpce_policy_core::rules::Code::InvalidAction;
    assert!(
        text.contains(&format!("エラー[{code}]: アクション \"imagebuilder: GetImage\"")),
        "{text}"
    );
    assert!(text.contains("エラー 2 件"), "{text}");
    assert!(!text.contains("matches nothing"), "{text}");
    let by_env = cli()
        .env("LANG", "ja_JP.UTF-8")
        .arg("validate")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(by_env.stdout).unwrap(), text);
    // LC_ALL wins over LANG, as in gettext.
    let english = cli()
        .env("LANG", "ja_JP.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .arg("validate")
        .arg(&file)
        .output()
        .unwrap();
    assert!(String::from_utf8(english.stdout).unwrap().contains("2 errors"));
    let json = cli()
        .args(["validate", "--format", "json", "--lang", "ja"])
        .arg(&file)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let first = &v["diagnostics"][0];
    assert_eq!(first["code"], code.as_str());
    assert_eq!(first["severity"], "error");
    assert!(first["message"].as_str().unwrap().contains("空白"), "{first}");
    let unknown = cli()
        .args(["validate", "--lang", "fr"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8(unknown.stderr)
        .unwrap()
        .contains("this build speaks en, ja"));
}

fn tempfile_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vpce-policy-lang-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
