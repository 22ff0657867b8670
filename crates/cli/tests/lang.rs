//! Every command in Japanese (`--lang ja`): replay's report (human and Markdown) and the reasons events were not
//! replayed, `test`, `draft`, and the errors a command ends with. Codes, actions, ARNs, flags, file names and
//! JSON stay as they are.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use assert_cmd::Command;
use std::path::PathBuf;

fn cli() -> Command {
    Command::cargo_bin("vpce-policy").unwrap()
}

fn repo(path: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
        .to_string_lossy()
        .into_owned()
}

fn temp(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("vpce-lang-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

/// Runs the CLI in Japanese: (exit code, stdout, stderr).
fn ja(args: &[&str]) -> (i32, String, String) {
    let out = cli().args(["--lang", "ja"]).args(args).output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (out.status.code().unwrap(), text(out.stdout), text(out.stderr))
}

/// English prose: two words of lower-case letters in a row, outside `code`. Names, ARNs, actions, flags, file
/// paths and dates have no space inside, so they never match.
fn english(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        // A parser's own words are quoted after this label.
        let line = line.split("パーサーのメッセージ: ").next().unwrap_or_default();
        let prose: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        let words: Vec<&str> = prose
            .split([' ', '(', ')', '（', '）', ','])
            .map(|w| w.trim_end_matches([':', '.']))
            .collect();
        for pair in words.windows(2) {
            let plain = |w: &str| w.len() > 1 && w.chars().all(|c| c.is_ascii_lowercase());
            if pair.iter().all(|w| plain(w)) {
                found.push(format!("{} {}  in: {line}", pair[0], pair[1]));
            }
        }
    }
    found
}

const KMS_ONLY: &str =
    r#"{"Statement":[{"Sid":"Kms","Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*"}]}"#;
const ORG_ONLY: &str = r#"{"Statement":[{"Sid":"Org","Effect":"Allow","Principal":"*","Action":"*","Resource":"*",
  "Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abcdefghij"}}}]}"#;

#[test]
fn the_replay_report_speaks_japanese_in_every_section() {
    let kms = temp("kms.json", KMS_ONLY);
    let all = temp(
        "all.json",
        r#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}"#,
    );
    let trail = [
        repo("tests/trail/realworld/otrf-ec2-proxy-s3-exfiltration.jsonl"),
        repo("tests/trail/realworld/awscli-lookup-events-consolelogin.json"),
        repo(
            "tests/trail/realworld/awsdocs-ctug-cloudtrail-events-network-kms-listkeys-vpceaccessdenied.json",
        ),
    ];
    let mut args = vec!["replay", "--policy", &kms, "--baseline", &all, "--all-calls"];
    args.extend(trail.iter().map(String::as_str));
    let (code, human, _) = ja(&args);
    assert_eq!(code, 1, "{human}");
    for heading in [
        "件のイベントのうち",
        "候補ポリシーが拒否する呼び出し",
        "新たに拒否される呼び出し",
        "再生しなかったイベント",
        "コンソールのサインインイベント",
        "エンドポイントは呼び出し",
    ] {
        assert!(human.contains(heading), "{heading}: {human}");
    }
    assert_eq!(english(&human), Vec::<String>::new(), "{human}");
    args.extend(["--format", "markdown"]);
    let (_, markdown, _) = ja(&args);
    assert!(markdown.contains("| 呼び出し数 | アクション |"), "{markdown}");
    assert_eq!(english(&markdown), Vec::<String>::new(), "{markdown}");
    // The JSON keeps English reasons and its fields.
    let json = cli()
        .args(["--lang", "ja"])
        .args(&args[..args.len() - 2])
        .args(["--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let reasons: Vec<&str> = v["report"]["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["reason"].as_str().unwrap())
        .collect();
    assert!(reasons.iter().any(|r| r.contains("sign-in")), "{reasons:?}");
}

#[test]
fn org_options_the_unknown_it_rests_on_and_unreadable_files_are_said_in_japanese() {
    let org = temp("org2.json", ORG_ONLY);
    let s3 = repo("tests/trail/realworld/otrf-ec2-proxy-s3-exfiltration.jsonl");
    let bad = temp("bad.jsonl", "{\"eventName\": }\n");
    let (code, human, err) = ja(&["replay", "--policy", &org, "--all-calls", &s3, &bad]);
    assert_eq!(code, 2, "{human}");
    assert!(human.contains("によって結果が変わります"), "{human}");
    assert!(
        human.contains("個のファイルを最後まで読み取れませんでした"),
        "{human}"
    );
    assert!(err.starts_with("エラー: "), "{err}");
    assert_eq!(english(&human), Vec::<String>::new(), "{human}");
    let (code, _, err) = ja(&["replay", "--policy", &org, "--org", "nope", &s3]);
    assert_eq!(code, 2);
    assert!(err.contains("の形式で指定してください"), "{err}");
}

#[test]
fn test_and_draft_speak_japanese() {
    let policy = temp("ep.json", KMS_ONLY);
    let file = temp(
        "t.json",
        &format!(
            r#"{{"policies":{{"endpoint":"{}"}},"tests":[{{"name":"s3","request":{{"action":"s3:GetObject","resource":"*"}},"expect":"allowed"}}]}}"#,
            policy.replace('\\', "\\\\")
        ),
    );
    let (code, out, _) = ja(&["test", &file]);
    assert_eq!(code, 1);
    assert!(out.contains("FAIL s3: implicitDeny"), "{out}");
    assert!(out.contains("成功 0 件") || out.contains("0 件成功"), "{out}");
    assert_eq!(english(&out), Vec::<String>::new(), "{out}");
    let signin = repo("tests/trail/realworld/awscli-lookup-events-consolelogin.json");
    let (code, _, err) = ja(&["draft", "--from-trail", &signin]);
    assert_eq!(code, 1);
    assert!(
        err.contains("証跡にエンドポイントを経由した呼び出しがありません"),
        "{err}"
    );
}

#[test]
fn errors_speak_japanese_and_every_invalid_option_is_named() {
    let (code, _, err) = ja(&["validate", "no-such-file.json"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("エラー: no-such-file.json を読み取れません"),
        "{err}"
    );
    let (code, _, err) = ja(&["generate", "--region", "mars-1", "--principal-org-id", "x"]);
    assert_eq!(code, 2);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines.iter().all(|l| l.starts_with("エラー: --")), "{err}");
    let (code, _, err) = ja(&["explain", "MISSING_VERSON"]);
    assert_eq!(code, 2);
    assert!(err.contains("のことですか"), "{err}");
}

/// `--help` of every command and clap's usage errors: the descriptions, headings and messages in Japanese; the
/// options, values and usage lines as they are typed.
#[test]
fn help_and_usage_errors_speak_japanese() {
    for command in [
        "validate",
        "eval",
        "test",
        "generate",
        "scenarios",
        "rules",
        "explain",
        "diagnose",
        "replay",
        "draft",
    ] {
        let (code, help, _) = ja(&[command, "--help"]);
        assert_eq!(code, 0);
        assert!(help.contains("使い方: vpce-policy"), "{help}");
        assert!(help.contains("オプション:"), "{help}");
        assert!(help.contains("ヘルプを表示します"), "{help}");
        assert_eq!(english(&help), Vec::<String>::new(), "{command}: {help}");
    }
    let by_env = cli().env("LANG", "ja_JP.UTF-8").arg("--help").output().unwrap();
    let root = String::from_utf8(by_env.stdout).unwrap();
    assert!(root.contains("コマンド:"), "{root}");
    assert_eq!(english(&root), Vec::<String>::new(), "{root}");
    let (code, _, err) = ja(&["validate", "--fromat", "json", "x.json"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("エラー: 不明な引数 '--fromat' です"), "{err}");
    assert!(err.contains("もしかして: --format"), "{err}");
    assert_eq!(english(&err), Vec::<String>::new(), "{err}");
    let (code, _, err) = ja(&["validate", "--format", "yaml", "x.json"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("指定できる値: human, json, sarif, github, junit"),
        "{err}"
    );
    let (code, _, err) = ja(&["replay"]);
    assert_eq!(code, 2);
    assert!(err.contains("必須の引数が指定されていません"), "{err}");
    // English stays clap's own.
    let english_help = cli()
        .args(["--lang", "en", "validate", "--help"])
        .output()
        .unwrap();
    assert!(String::from_utf8(english_help.stdout)
        .unwrap()
        .contains("Usage: vpce-policy validate"));
}

/// A template's policies: findings and why one was not checked, in Japanese, in the human report and the JSON.
#[test]
fn a_templates_findings_and_unchecked_policies_speak_japanese() {
    let tf = repo("tests/templates/cases/terraform-forms.tf");
    let (_, human, _) = ja(&["validate", &tf]);
    assert!(human.contains("plan 時まで決まりません"), "{human}");
    assert_eq!(english(&human), Vec::<String>::new(), "{human}");
    let (_, json, _) = ja(&["validate", "--format", "json", &tf]);
    assert!(json.contains("plan 時まで決まりません"), "{json}");
    // A policy file the template reads is named by the template that reads it, in the language.
    let tf = repo("tests/templates/cases/file-and-dynamic.tf");
    let (_, human, _) = ja(&["validate", &tf]);
    assert!(
        human.contains("file-and-dynamic.tf が読み込むファイル"),
        "{human}"
    );
    assert_eq!(english(&human), Vec::<String>::new(), "{human}");
}

/// A policy with validator errors is evaluated "as written": the errors listed in Japanese, in `eval` and as
/// `replay`'s warning.
#[test]
fn the_errors_of_a_policy_evaluated_as_written_speak_japanese() {
    let broken = temp(
        "broken.json",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"imagebuilder: GetImage","Resource":"*"}]}"#,
    );
    let request = temp("req.json", r#"{"action":"imagebuilder:GetImage","resource":"*"}"#);
    let (_, out, _) = ja(&["eval", "--endpoint-policy", &broken, "--request", &request]);
    assert!(out.contains("記述どおりのポリシーに対する判定です"), "{out}");
    assert!(out.contains("空白"), "{out}");
    assert_eq!(english(&out), Vec::<String>::new(), "{out}");
    let trail = repo("tests/trail/realworld/awsdocs-ctug-cloudtrail-events-network-kms-listkeys-ok.json");
    let (_, _, err) = ja(&["replay", "--policy", &broken, &trail]);
    assert!(
        err.contains("記述どおりに再生します") && err.contains("空白"),
        "{err}"
    );
}

/// `rules`: the table's severities and titles and its closing line in Japanese; the codes as they are.
#[test]
fn the_rules_table_speaks_japanese() {
    let (code, out, _) = ja(&["rules"]);
    assert_eq!(code, 0);
    let severities = ["エラー", "セキュリティ警告", "警告", "提案"];
    let rows: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with(char::is_uppercase))
        .collect();
    assert!(rows.len() > 50, "{out}");
    assert!(
        rows.iter().all(|l| severities.iter().any(|s| l.contains(s))),
        "{out}"
    );
    assert!(out.contains("ルールは"), "{out}");
    assert_eq!(english(&out), Vec::<String>::new(), "{out}");
}
