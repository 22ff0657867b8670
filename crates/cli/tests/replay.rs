//! `vpce-policy replay` and `draft --from-trail` over real CloudTrail events (tests/trail/realworld): every input
//! form, gzip, unknown keys, events that cannot be rebuilt, a baseline, and a draft that replays clean.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use assert_cmd::Command;
use std::io::Write;
use std::path::PathBuf;

fn cli() -> Command {
    Command::cargo_bin("vpce-policy").unwrap()
}

fn corpus(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/trail/realworld")
        .join(name);
    p.to_string_lossy().into_owned()
}

fn temp(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("vpce-replay-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_string_lossy().into_owned()
}

const ALLOW_ALL: &str = r#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}"#;
const ORG_ONLY: &str = r#"{"Statement":[{"Sid":"Org","Effect":"Allow","Principal":"*","Action":"*","Resource":"*",
  "Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abcdefghij"}}}]}"#;
const KMS_ONLY: &str =
    r#"{"Statement":[{"Sid":"Kms","Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*"}]}"#;

fn report(args: &[&str]) -> (i32, serde_json::Value) {
    let out = cli()
        .arg("replay")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    (out.status.code().unwrap(), v)
}

#[test]
fn every_input_form_is_read() {
    let policy = temp("all.json", ALLOW_ALL.as_bytes());
    for (file, events) in [
        ("awsdocs-kms-ct-ec2two-00.json", 4),                  // {"Records":[…]}
        ("awscli-lookup-events-consolelogin.json", 1),         // lookup-events
        ("otrf-ec2-proxy-s3-exfiltration.jsonl", 103),         // JSON Lines
        ("stratus-persistence.iam-create-admin-user.json", 0), // an array (count below)
        ("awsdocs-kms-ct-decrypt-00.json", 1),                 // one event
    ] {
        let (code, v) = report(&["--policy", &policy, "--all-calls", &corpus(file)]);
        assert_eq!(code, 0, "{file}");
        let n = v["report"]["events"].as_u64().unwrap();
        if events > 0 {
            assert_eq!(n, events, "{file}");
        } else {
            assert!(n > 0, "{file}");
        }
        assert_eq!(
            v["report"]["skipped"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|s| s["reason"].as_str().unwrap().starts_with("not an event"))
                .count(),
            0
        );
    }
}

#[test]
fn gzip_and_standard_input() {
    let text = std::fs::read(corpus("otrf-ec2-proxy-s3-exfiltration.jsonl")).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&text).unwrap();
    let gzipped = temp("trail.json.gz", &gz.finish().unwrap());
    let policy = temp("kms.json", KMS_ONLY.as_bytes());
    let (code, from_gz) = report(&["--policy", &policy, "--all-calls", &gzipped]);
    assert_eq!(code, 1, "the KMS-only policy denies the EC2 and S3 calls");
    let out = cli()
        .args([
            "replay",
            "--policy",
            &policy,
            "--all-calls",
            "--format",
            "json",
            "-",
        ])
        .write_stdin(text)
        .output()
        .unwrap();
    let from_stdin: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(from_gz["report"], from_stdin["report"]);
    assert_eq!(from_gz["events"].as_array().unwrap().len(), 103);
}

#[test]
fn the_json_lists_each_event_with_its_requests_and_decisions() {
    let policy = temp("kms2.json", KMS_ONLY.as_bytes());
    let (_, v) = report(&[
        "--policy",
        &policy,
        "--all-calls",
        &corpus("awsdocs-kms-ct-reencrypt-00.json"),
    ]);
    let e = &v["events"][0];
    assert!(e["eventId"].as_str().unwrap().len() > 10);
    let actions: Vec<&str> = e["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["request"]["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["kms:ReEncryptFrom", "kms:ReEncryptTo"]);
    assert_eq!(e["decisions"][0]["candidate"]["decision"], "allowed");
    assert_eq!(e["decisions"][0]["candidate"]["statement"], "Kms");
}

#[test]
fn a_decision_that_rests_on_the_organization_says_so_until_it_is_given() {
    let policy = temp("org.json", ORG_ONLY.as_bytes());
    let file = corpus("awsdocs-kms-ct-ec2two-00.json");
    let (code, v) = report(&["--policy", &policy, "--all-calls", &file]);
    assert_eq!(code, 0, "nothing is known to be denied");
    let unknown = v["report"]["unknown"].as_array().unwrap();
    assert_eq!(unknown.len(), 4, "{unknown:?}");
    assert!(unknown
        .iter()
        .all(|g| g["dependsOn"] == serde_json::json!(["aws:principalorgid"])));
    assert_eq!(v["events"][0]["decisions"][0]["candidate"]["ifKnown"], "allowed");
    let (_, v) = report(&[
        "--policy",
        &policy,
        "--all-calls",
        "--principal-org-id",
        "o-abcdefghij",
        &file,
    ]);
    assert_eq!(v["report"]["unknown"], serde_json::json!([]));
    assert_eq!(v["report"]["allowed"], 4);
    let (code, v) = report(&[
        "--policy",
        &policy,
        "--all-calls",
        "--org",
        "111122223333=o-other00000",
        &file,
    ]);
    assert_eq!(code, 1);
    assert_eq!(v["report"]["denied"][0]["statement"], serde_json::Value::Null);
}

#[test]
fn events_that_are_not_calls_through_an_endpoint_are_counted_with_why() {
    let policy = temp("all2.json", ALLOW_ALL.as_bytes());
    let (_, v) = report(&[
        "--policy",
        &policy,
        &corpus("awsdocs-kms-ct-ec2two-00.json"),
        &corpus("awscli-lookup-events-consolelogin.json"),
    ]);
    let skipped = v["report"]["skipped"].as_array().unwrap();
    let reasons: Vec<&str> = skipped.iter().map(|s| s["reason"].as_str().unwrap()).collect();
    assert!(
        reasons.iter().any(|r| r.contains("did not pass a VPC endpoint")),
        "{reasons:?}"
    );
    assert!(reasons.iter().any(|r| r.contains("sign-in")), "{reasons:?}");
    assert_eq!(v["report"]["events"], 5);
    assert_eq!(v["report"]["replayed"], 0);
}

#[test]
fn a_network_activity_denial_is_ground_truth_for_the_baseline() {
    let denied = corpus("awsdocs-ctug-cloudtrail-events-network-kms-listkeys-vpceaccessdenied.json");
    let candidate = temp("cand.json", KMS_ONLY.as_bytes());
    let baseline = temp("base.json", ALLOW_ALL.as_bytes());
    let (_, v) = report(&["--policy", &candidate, "--baseline", &baseline, &denied]);
    assert_eq!(v["report"]["vpceDenied"], 1);
    assert_eq!(v["report"]["baselineContradicted"].as_array().unwrap().len(), 1);
    let human = cli()
        .args(["replay", "--policy", &candidate, "--baseline", &baseline, &denied])
        .output()
        .unwrap();
    let text = String::from_utf8(human.stdout).unwrap();
    assert!(text.contains("the baseline is not the deployed policy"), "{text}");
}

#[test]
fn a_baseline_gives_newly_denied_and_newly_allowed() {
    let file = corpus("otrf-ec2-proxy-s3-exfiltration.jsonl");
    let kms = temp("k.json", KMS_ONLY.as_bytes());
    let all = temp("a.json", ALLOW_ALL.as_bytes());
    let (code, v) = report(&["--policy", &kms, "--baseline", &all, "--all-calls", &file]);
    assert_eq!(code, 1);
    let newly: u64 = v["report"]["newlyDenied"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["count"].as_u64().unwrap())
        .sum();
    let denied: u64 = v["report"]["denied"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["count"].as_u64().unwrap())
        .sum();
    assert_eq!(newly, denied);
    let (code, v) = report(&["--policy", &all, "--baseline", &kms, "--all-calls", &file]);
    assert_eq!(code, 0);
    assert_eq!(
        v["report"]["newlyAllowed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["count"].as_u64().unwrap())
            .sum::<u64>(),
        newly
    );
}

#[test]
fn csv_and_markdown_carry_the_same_groups() {
    let kms = temp("k3.json", KMS_ONLY.as_bytes());
    let file = corpus("otrf-ec2-proxy-s3-exfiltration.jsonl");
    let (_, v) = report(&["--policy", &kms, "--all-calls", &file]);
    let groups =
        v["report"]["denied"].as_array().unwrap().len() + v["report"]["unknown"].as_array().unwrap().len();
    let csv = cli()
        .args([
            "replay",
            "--policy",
            &kms,
            "--all-calls",
            "--format",
            "csv",
            &file,
        ])
        .output()
        .unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert_eq!(csv.lines().count(), groups + 1);
    assert!(csv.starts_with("section,action,caller,resource,"));
    let md = cli()
        .args([
            "replay",
            "--policy",
            &kms,
            "--all-calls",
            "--format",
            "markdown",
            &file,
        ])
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert_eq!(
        md.lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| Calls"))
            .count(),
        groups
    );
}

#[test]
fn a_file_that_stops_being_json_is_named_with_its_position_and_the_rest_is_replayed() {
    let bad = temp(
        "bad.jsonl",
        b"{\"eventSource\":\"kms.amazonaws.com\",\"eventName\":\"Decrypt\"}\n{\"eventName\": }\n",
    );
    let policy = temp("all3.json", ALLOW_ALL.as_bytes());
    let out = cli()
        .args([
            "replay",
            "--policy",
            &policy,
            "--all-calls",
            &bad,
            &corpus("awsdocs-kms-ct-decrypt-00.json"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.jsonl:2:15:"), "{err}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Replayed 2 of 2 events"), "{text}");
    assert!(text.contains("1 file could not be read to the end"), "{text}");
}

#[test]
fn a_draft_from_the_trail_is_clean_within_the_quota_and_denies_none_of_it() {
    let dir = corpus("");
    let out = cli()
        .args([
            "draft",
            "--from-trail",
            "--all-calls",
            "--region",
            "us-east-1",
            &dir,
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let policy = String::from_utf8(out.stdout).unwrap();
    assert!(policy.len() <= 20_480, "{}", policy.len());
    let path = temp("draft.json", policy.as_bytes());
    let validate = cli().args(["validate", &path]).output().unwrap();
    assert!(
        validate.status.success(),
        "{}",
        String::from_utf8_lossy(&validate.stdout)
    );
    let (_, v) = report(&["--policy", &path, "--all-calls", &dir]);
    // Denied: only the calls the endpoint itself refused, which a draft leaves out; and calls whose resource
    // the events do not name are allowed (the draft allows them on `*`).
    for g in v["report"]["denied"].as_array().unwrap() {
        let id = g["exampleEvent"].as_str().unwrap();
        let event = v["events"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["eventId"] == id)
            .unwrap();
        assert_eq!(event["vpceDenied"], true, "{g}");
    }
    assert_eq!(
        v["report"]["unknown"],
        serde_json::json!([]),
        "{}",
        v["report"]["unknown"]
    );
}
