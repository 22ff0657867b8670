//! `vpce-policy diagnose`: symptoms, AccessDenied messages and CloudTrail events to causes; the exit code says
//! whether a cause was found.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use assert_cmd::Command;

fn cli() -> Command {
    let mut cmd = Command::cargo_bin("vpce-policy").unwrap();
    // English whatever the machine's locale; the Japanese test asks for it.
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    cmd
}

fn json(args: &[&str], stdin: &str) -> (bool, serde_json::Value) {
    let out = cli()
        .args(args)
        .args(["--format", "json"])
        .write_stdin(stdin)
        .output()
        .unwrap();
    (out.status.success(), serde_json::from_slice(&out.stdout).unwrap())
}

#[test]
fn a_symptom_names_the_missing_endpoint() {
    let (ok, v) = json(
        &[
            "diagnose",
            "Encountered error while initiating handshake - Handshake timed out",
        ],
        "",
    );
    assert!(ok);
    assert_eq!(v["diagnoses"][0]["cause"]["kind"], "missingEndpoint");
    assert_eq!(v["diagnoses"][0]["cause"]["service"], "ssmmessages");
    assert_eq!(v["diagnoses"][0]["endpoint"], "ssmmessages");
}

#[test]
fn an_access_denied_message_names_the_statement_of_the_endpoint_policy() {
    let dir = std::env::temp_dir().join(format!("diagnose-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let policy = dir.join("s3.json");
    std::fs::write(&policy, r#"{"Version":"2012-10-17","Statement":[{"Sid":"DenyOutside","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"StringNotEquals":{"aws:ResourceOrgID":"o-a1b2c3d4e5"}}}]}"#).unwrap();
    let message = "User: arn:aws:sts::111122223333:assumed-role/Builder/i-1 is not authorized to perform: s3:GetObject on resource: \"arn:aws:s3:::prod-us-east-1-starport-layer-bucket/sha256/abc\" with an explicit deny in a VPC endpoint policy";
    let (ok, v) = json(
        &[
            "diagnose",
            "--endpoint-policy",
            policy.to_str().unwrap(),
            "--file",
            "-",
        ],
        message,
    );
    assert!(ok);
    assert_eq!(v["diagnoses"][0]["cause"]["kind"], "policyDenies");
    assert_eq!(v["diagnoses"][0]["cause"]["explicit"], true);
    assert!(v["diagnoses"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["cause"]["id"] == "ecr-layers"));
    assert!(
        v["endpointPolicy"][0]
            .as_str()
            .unwrap()
            .contains("\"DenyOutside\") denies it"),
        "{v}"
    );
}

#[test]
fn a_vpce_access_denied_event_is_read_from_standard_input() {
    let event = r#"{"eventSource":"ssm.amazonaws.com","eventName":"UpdateInstanceInformation","errorCode":"VpceAccessDenied","vpcEndpointId":"vpce-0abc"}"#;
    let (ok, v) = json(&["diagnose"], event);
    assert!(ok);
    assert_eq!(
        v["diagnoses"][0]["cause"]["action"],
        "ssm:UpdateInstanceInformation"
    );
    assert_eq!(v["diagnoses"][0]["endpoint"], "ssm");
}

#[test]
fn an_unknown_text_finds_nothing_and_exits_1() {
    let out = cli()
        .args(["diagnose", "the coffee machine is empty"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stdout).unwrap().contains("No known cause"));
}

/// `--lang ja`: the cause, the fix and the evidence in Japanese, the endpoint and the source as they are; JSON keeps
/// its keys and the cause's kind.
#[test]
fn diagnose_speaks_japanese() {
    let out = cli()
        .args(["diagnose", "--lang", "ja", "SSM Agent is not online"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("1. ssm エンドポイントがありません"), "{text}");
    assert!(
        text.contains("エンドポイント: com.amazonaws.REGION.ssm"),
        "{text}"
    );
    assert!(text.contains("根拠: 症状 ssm-agent-not-online"), "{text}");
    assert!(!text.contains("fix:"), "{text}");
    let (found, v) = json(&["diagnose", "--lang", "ja", "SSM Agent is not online"], "");
    assert!(found);
    let first = &v["diagnoses"][0];
    assert_eq!(first["endpoint"], "ssm");
    assert_eq!(first["cause"]["kind"], "missingEndpoint", "{first}");
    assert!(
        first["summary"]
            .as_str()
            .unwrap()
            .contains("エンドポイントがありません"),
        "{first}"
    );
}
