//! `vpce-policy eval` and `vpce-policy test` end to end.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use assert_cmd::Command;
use std::path::PathBuf;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/eval")
}

fn tmp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vpce-policy-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

const ENDPOINT: &str = r#"{"Version":"2012-10-17","Statement":[
 {"Effect":"Allow","Principal":"*","Action":"imagebuilder:*","Resource":"*"},
 {"Effect":"Deny","Principal":"*","Action":"imagebuilder:DeleteImage","Resource":"*"}]}"#;

#[test]
fn eval_prints_one_json_object_per_request() {
    let policy = tmp("ep.json", ENDPOINT);
    let requests = tmp(
        "reqs.jsonl",
        "{\"action\":\"imagebuilder:GetImage\",\"resource\":\"*\"}\n\n{\"action\":\"imagebuilder:DeleteImage\",\"resource\":\"*\"}\n{\"action\":\"s3:GetObject\",\"resource\":\"arn:aws:s3:::b/k\"}\n",
    );
    let out = Command::cargo_bin("vpce-policy")
        .unwrap()
        .arg("eval")
        .arg("--endpoint-policy")
        .arg(&policy)
        .arg("--requests")
        .arg(&requests)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(
        lines[0],
        serde_json::json!({"decision":"allowed","blockedBy":null,"valid":true,
            "reason":"every modelled layer allows it (identity-based policies are not modelled)"})
    );
    assert_eq!(
        lines[1],
        serde_json::json!({"decision":"explicitDeny","blockedBy":"endpoint","valid":true,
            "reason":"the VPC endpoint policy explicitly denies it"})
    );
    assert_eq!(
        lines[2],
        serde_json::json!({"decision":"implicitDeny","blockedBy":"endpoint","valid":true,
            "reason":"the VPC endpoint policy does not allow it"})
    );
}

#[test]
fn eval_explain_carries_the_trace_and_invalid_policies_say_so() {
    let policy = tmp(
        "bad.json",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"imagebuilder: GetImage","Resource":"*"}]}"#,
    );
    let request = tmp("req.json", r#"{"action":"imagebuilder:GetImage","resource":"*"}"#);
    let out = Command::cargo_bin("vpce-policy")
        .unwrap()
        .arg("eval")
        .arg("--endpoint-policy")
        .arg(&policy)
        .arg("--request")
        .arg(&request)
        .args(["--format", "json", "--explain"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["decision"], "implicitDeny");
    assert_eq!(v["valid"], false);
    let action = &v["trace"][0]["statements"][0]["action"];
    assert_eq!(action["matched"], false);
    assert_eq!(action["element"], "Action");
}

#[test]
fn eval_rejects_bad_requests_with_a_position() {
    let policy = tmp("ep2.json", ENDPOINT);
    let requests = tmp(
        "bad.jsonl",
        "{\"action\":\"a:b\",\"resource\":\"*\"}\n{\"action\": 5}\n",
    );
    Command::cargo_bin("vpce-policy")
        .unwrap()
        .arg("eval")
        .arg("--endpoint-policy")
        .arg(&policy)
        .arg("--requests")
        .arg(&requests)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("bad.jsonl:2: invalid request"));
}

#[test]
fn test_command_reports_json_and_exit_codes() {
    let out = Command::cargo_bin("vpce-policy")
        .unwrap()
        .arg("test")
        .arg(corpus().join("layers-scp-rcp.json"))
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["passed"], 3);
    assert_eq!(v["failed"], 0);
    let keys: Vec<&str> = v["results"][0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["name", "decision", "expect", "pass", "blockedBy"]);

    let failing = tmp(
        "failing.json",
        r#"{"policies":{"endpoint":"ep3.json"},"tests":[{"name":"wrong","request":{"action":"imagebuilder:DeleteImage","resource":"*"},"expect":"allowed"}]}"#,
    );
    std::fs::write(failing.with_file_name("ep3.json"), ENDPOINT).unwrap();
    Command::cargo_bin("vpce-policy")
        .unwrap()
        .arg("test")
        .arg(&failing)
        .assert()
        .code(1)
        .stdout(predicates::str::contains("FAIL wrong: explicitDeny"));
}

fn eval_json(args: &[&std::ffi::OsStr]) -> serde_json::Value {
    let out = Command::cargo_bin("vpce-policy")
        .unwrap()
        .arg("eval")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn eval_models_empty_layers_and_scp_levels() {
    let allow_all = tmp(
        "allow-all.json",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#,
    );
    let only_ec2 = tmp(
        "only-ec2.json",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}]}"#,
    );
    let bucket = tmp(
        "bucket.json",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/Builder"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}"#,
    );
    let request = tmp(
        "session.json",
        r#"{"principal":"arn:aws:sts::111122223333:assumed-role/Builder/s1","action":"s3:GetObject","resource":"arn:aws:s3:::b/k","resourceAccount":"111122223333"}"#,
    );
    let os = |s: &str| std::ffi::OsString::from(s);
    let r = eval_json(&[
        os("--no-identity-policies").as_os_str(),
        os("--no-resource-policy").as_os_str(),
        os("--request").as_os_str(),
        request.as_os_str(),
    ]);
    assert_eq!(
        (r["decision"].as_str(), r["blockedBy"].as_str()),
        (Some("implicitDeny"), Some("identity"))
    );
    let r = eval_json(&[
        os("--no-identity-policies").as_os_str(),
        os("--resource-policy").as_os_str(),
        bucket.as_os_str(),
        os("--request").as_os_str(),
        request.as_os_str(),
    ]);
    assert_eq!(r["decision"], "allowed", "{r}");
    assert!(r["reason"].as_str().unwrap().contains("the role"), "{r}");
    let levels = format!("ou-prod={},{}", only_ec2.display(), only_ec2.display());
    let r = eval_json(&[
        os("--scp").as_os_str(),
        allow_all.as_os_str(),
        os("--scp-level").as_os_str(),
        os(&levels).as_os_str(),
        os("--resource-policy").as_os_str(),
        bucket.as_os_str(),
        os("--request").as_os_str(),
        request.as_os_str(),
    ]);
    assert_eq!(
        (
            r["decision"].as_str(),
            r["blockedBy"].as_str(),
            r["blockedLevel"].as_str()
        ),
        (Some("implicitDeny"), Some("scp"), Some("ou-prod"))
    );
}

#[test]
fn eval_reads_gzip_compressed_request_lines() {
    use std::io::Write;
    let policy = tmp("gz-ep.json", ENDPOINT);
    let lines = "{\"action\":\"imagebuilder:GetImage\",\"resource\":\"*\"}\n{\"action\":\"imagebuilder:DeleteImage\",\"resource\":\"*\"}\n";
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(lines.as_bytes()).unwrap();
    let requests = std::env::temp_dir()
        .join(format!("vpce-policy-eval-{}", std::process::id()))
        .join("reqs.jsonl.gz");
    std::fs::write(&requests, gz.finish().unwrap()).unwrap();
    let out = Command::cargo_bin("vpce-policy")
        .unwrap()
        .arg("eval")
        .arg("--endpoint-policy")
        .arg(&policy)
        .arg("--requests")
        .arg(&requests)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let decisions: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["decision"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(decisions, ["allowed", "explicitDeny"]);
}

/// Many batches on every core: results come out in input order, and a bad line deep in a batch stops the run
/// after every earlier result, naming its line.
#[test]
fn eval_streams_batches_in_order_and_names_a_bad_line_deep_in_a_batch() {
    let policy = tmp("ep-order.json", ENDPOINT);
    let actions = [
        "imagebuilder:GetImage",
        "imagebuilder:DeleteImage",
        "s3:GetObject",
    ];
    let expected = ["allowed", "explicitDeny", "implicitDeny"];
    let n = 100_003;
    let mut text = String::new();
    for i in 0..n {
        text.push_str(&format!(
            "{{\"action\":\"{}\",\"resource\":\"*\"}}\n",
            actions[i % 3]
        ));
        if i % 1000 == 0 {
            text.push('\n');
        }
    }
    let requests = tmp("order.jsonl", &text);
    let out = Command::cargo_bin("vpce-policy")
        .unwrap()
        .args(["eval", "--format", "json", "--endpoint-policy"])
        .arg(&policy)
        .arg("--requests")
        .arg(&requests)
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), n);
    for (i, line) in lines.iter().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["decision"], expected[i % 3], "result {i}");
    }
    // Line 12,346 of the file is bad; every request before it is answered first.
    let mut lines: Vec<&str> = text.lines().collect();
    lines[12_345] = "{\"action\": 5}";
    let requests = tmp("bad-deep.jsonl", &(lines.join("\n") + "\n"));
    let out = Command::cargo_bin("vpce-policy")
        .unwrap()
        .args(["eval", "--format", "json", "--endpoint-policy"])
        .arg(&policy)
        .arg("--requests")
        .arg(&requests)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let answered = lines[..12_345].iter().filter(|l| !l.trim().is_empty()).count();
    assert_eq!(
        std::str::from_utf8(&out.stdout).unwrap().lines().count(),
        answered
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("bad-deep.jsonl:12346: invalid request"),
        "{stderr}"
    );
}
