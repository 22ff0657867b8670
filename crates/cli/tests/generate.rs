//! `vpce-policy generate` and `vpce-policy scenarios` end to end.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use assert_cmd::Command;
use serde_json::Value;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::cargo_bin("vpce-policy")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap())
}

#[test]
fn target_imagebuilder_json_is_exactly_the_policy_document() {
    let (code, out) = run(&[
        "generate",
        "--region",
        "eu-west-1",
        "--target",
        "imagebuilder",
        "--format",
        "json",
        "--deny-deletes",
    ]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["Version"], "2012-10-17");
    assert_eq!(v["Statement"][1]["Effect"], "Deny");
    assert_eq!(
        v["Statement"][1]["Action"],
        serde_json::json!(["imagebuilder:DeleteImage", "imagebuilder:DeleteComponent"])
    );
    let mut cmd = Command::cargo_bin("vpce-policy").unwrap();
    cmd.args(["validate", "--region", "eu-west-1", "-"])
        .write_stdin(out)
        .assert()
        .code(0)
        .stdout("no findings\n");
}

#[test]
fn target_all_json_has_service_names_dns_and_policies() {
    let (_, out) = run(&[
        "generate",
        "--region",
        "us-gov-west-1",
        "--environment",
        "preprod",
        "--ssm",
        "--target",
        "all",
        "--format",
        "json",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["imagebuilder"]["serviceName"],
        "com.amazonaws.us-gov-west-1.imagebuilder"
    );
    assert_eq!(
        v["imagebuilder"]["privateDnsName"],
        "imagebuilder.us-gov-west-1.amazonaws.com"
    );
    assert_eq!(v["s3"]["serviceName"], "com.amazonaws.us-gov-west-1.s3");
    let keys: Vec<&str> = v["s3"].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["serviceName", "policy"]);
    let resources = v["s3"]["policy"]["Statement"][0]["Resource"].as_array().unwrap();
    assert_eq!(
        resources[0],
        "arn:aws-us-gov:s3:::ec2imagebuilder-toe-us-gov-west-1-preprod/*"
    );
    assert_eq!(resources[2], "arn:aws-us-gov:s3:::amazon-ssm-us-gov-west-1/*");
}

#[test]
fn every_format_prints_something_for_every_target() {
    for target in ["imagebuilder", "s3", "all"] {
        for format in ["json", "json-min", "cli", "cloudformation", "terraform"] {
            let (code, out) = run(&[
                "generate",
                "--region",
                "ap-south-2",
                "--target",
                target,
                "--format",
                format,
            ]);
            assert_eq!(code, 0);
            assert!(
                out.contains("ec2imagebuilder-toe-ap-south-2-prod") || target == "imagebuilder",
                "{target} {format}"
            );
        }
    }
}

#[test]
fn bad_inputs_exit_2_naming_the_flag() {
    let out = Command::cargo_bin("vpce-policy")
        .unwrap()
        .args([
            "generate",
            "--region",
            "us-east-1",
            "--principal-org-id",
            "o-NOPE",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--principal-org-id"));
    let out = Command::cargo_bin("vpce-policy")
        .unwrap()
        .args(["generate", "--region", "mars-1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn scenarios_json_and_exit_codes() {
    let (code, out) = run(&[
        "scenarios",
        "--region",
        "eu-west-1",
        "--principal-org-id",
        "o-a1b2c3d4e5",
        "--deny-deletes",
        "--managed-resources",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["failed"], 0);
    let first = v["results"][0].as_object().unwrap();
    assert_eq!(
        first.keys().map(String::as_str).collect::<Vec<_>>(),
        ["name", "endpoint", "decision", "expect", "pass", "why"]
    );
    assert_eq!(v["rejected"], serde_json::json!([]));

    let docs = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/validate/fixtures/docs-s3.json"
    );
    let (code, out) = run(&[
        "scenarios",
        "--region",
        "us-east-1",
        "--s3-policy",
        docs,
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    let failed: Vec<&str> = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["pass"] == false)
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(failed, ["AWSTOE download", "Managed component download"]);
    // The docs' S3 example has unreplaced placeholders (errors): AWS refuses it, and the report says so first.
    assert_eq!(v["rejected"][0]["endpoint"], "s3");
    assert!(v["rejected"][0]["errors"].as_u64().unwrap() >= 1);
}

#[test]
fn scenarios_say_first_that_aws_rejects_a_policy_with_errors() {
    let broken = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/validate/fixtures/docs-general-nbsp.json"
    );
    let (code, out) = run(&[
        "scenarios",
        "--region",
        "us-east-1",
        "--imagebuilder-policy",
        broken,
    ]);
    assert_eq!(
        code, 1,
        "a rejected policy fails the run even when every scenario passes as written"
    );
    let first = out.lines().next().unwrap();
    assert!(
        first.starts_with("REJECTED AWS rejects the imagebuilder endpoint policy ("),
        "{first}"
    );
    assert!(out.trim_end().ends_with("failed (as written)"), "{out}");
}

/// Every Terraform export passes `terraform fmt -check` and every CloudFormation export passes `cfn-lint`
/// (both on these machines), for each target over a grid of options.
#[test]
fn exports_pass_terraform_fmt_and_cfn_lint() {
    let dir = std::env::temp_dir().join(format!("vpce-policy-lint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let grids: [&[&str]; 6] = [
        &[
            "--region",
            "ap-southeast-2",
            "--kit",
            "--with",
            "containers",
            "--with",
            "kms",
            "--with",
            "session-manager",
            "--principal-org-id",
            "o-a1b2c3d4e5",
            "--deny-deletes",
        ],
        &[
            "--region",
            "cn-north-1",
            "--kit",
            "--kit-policy",
            "organization",
            "--bucket",
            "my-artifacts",
            "--account-id",
            "111122223333",
            "--with",
            "containers",
        ],
        &["--region", "us-east-1"],
        &[
            "--region",
            "eu-west-1",
            "--principal-org-id",
            "o-a1b2c3d4e5",
            "--deny-deletes",
            "--ssm",
        ],
        &[
            "--region",
            "cn-north-1",
            "--account-id",
            "111122223333",
            "--managed-resources",
            "--environment",
            "beta",
        ],
        &[
            "--region",
            "us-gov-west-1",
            "--principal-org-id",
            "o-a1b2c3d4e5",
            "--resource-org-id",
            "o-f6g7h8i9j0",
            "--deny-all-deletes",
            "--deny-deletes",
        ],
    ];
    let mut templates = Vec::new();
    for (i, options) in grids.iter().enumerate() {
        for target in ["imagebuilder", "s3", "all"] {
            for (format, ext) in [("terraform", "tf"), ("cloudformation", "yaml")] {
                let out = Command::cargo_bin("vpce-policy")
                    .unwrap()
                    .arg("generate")
                    .args(*options)
                    .args(["--target", target, "--format", format])
                    .output()
                    .unwrap();
                assert!(out.status.success(), "{options:?} {target} {format}");
                let file = dir.join(format!("{i}-{target}.{ext}"));
                std::fs::write(&file, &out.stdout).unwrap();
                if ext == "yaml" {
                    templates.push(file);
                }
            }
        }
    }
    let fmt = std::process::Command::new("terraform")
        .args(["fmt", "-check", "-diff", "-recursive"])
        .arg(&dir)
        .env("TF_CLI_CONFIG_FILE", "/dev/null")
        .output()
        .expect("terraform is installed on these machines");
    assert!(
        fmt.status.success(),
        "terraform fmt:\n{}",
        String::from_utf8_lossy(&fmt.stdout)
    );
    let lint = std::process::Command::new("cfn-lint")
        .args(&templates)
        .output()
        .expect("cfn-lint is installed on these machines");
    assert!(
        lint.status.success(),
        "cfn-lint:\n{}{}",
        String::from_utf8_lossy(&lint.stdout),
        String::from_utf8_lossy(&lint.stderr)
    );
}

#[test]
fn kit_generates_every_endpoint_and_its_scenarios_name_a_missing_one() {
    let (code, out) = run(&[
        "generate",
        "--region",
        "eu-west-1",
        "--kit",
        "--principal-org-id",
        "o-a1b2c3d4e5",
    ]);
    assert_eq!(code, 0);
    let kit: Value = serde_json::from_str(&out).unwrap();
    let ids: Vec<&str> = kit["endpoints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["imagebuilder", "s3", "ssm", "ssmmessages", "ec2messages", "logs"]
    );
    assert_eq!(kit["endpoints"][2]["serviceName"], "com.amazonaws.eu-west-1.ssm");
    let (code, out) = run(&[
        "generate",
        "--region",
        "eu-west-1",
        "--kit",
        "--with",
        "containers",
        "--without",
        "logging",
    ]);
    assert_eq!(code, 0);
    let kit: Value = serde_json::from_str(&out).unwrap();
    let ids: Vec<&str> = kit["endpoints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "imagebuilder",
            "s3",
            "ssm",
            "ssmmessages",
            "ec2messages",
            "ecr.api",
            "ecr.dkr"
        ]
    );

    let (code, out) = run(&[
        "scenarios",
        "--region",
        "eu-west-1",
        "--kit",
        "--principal-org-id",
        "o-a1b2c3d4e5",
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("ok   [ec2messages] Run Command delivers a step: allowed"),
        "{out}"
    );
    let (code, out) = run(&[
        "scenarios",
        "--region",
        "eu-west-1",
        "--kit",
        "--omit-endpoint",
        "ssm",
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "FAIL [ssm] SSM agent registers: no route: the ssm endpoint is missing (expected allowed)"
        ),
        "{out}"
    );
    assert!(
        out.contains("missing endpoint ssm (com.amazonaws.eu-west-1.ssm) breaks 1 scenario"),
        "{out}"
    );
    let (code, _) = run(&["generate", "--region", "eu-west-1", "--with", "containers"]);
    assert_eq!(code, 2, "--with needs --kit");
    let (code, _) = run(&[
        "generate",
        "--region",
        "eu-west-1",
        "--kit",
        "--bucket",
        "Bad_Bucket",
    ]);
    assert_eq!(code, 2);
}
