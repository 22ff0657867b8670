//! `vpce-policy validate` on templates and directories: grouped JSON, JUnit and GitHub output, `--var`, exit codes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use assert_cmd::Command;
use vpce_policy_core::rules::Code;

fn cases() -> String {
    format!("{}/../../tests/templates/cases", env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::cargo_bin("vpce-policy")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap())
}

#[test]
fn a_directory_is_grouped_per_file_and_policy_with_unchecked_places_named() {
    let (code, out) = run(&["validate", "--format", "json", &cases()]);
    assert_eq!(code, 1, "error findings fail the run");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let files = v["files"].as_array().unwrap();
    assert!(files.len() >= 4);
    let tf = files
        .iter()
        .find(|f| f["file"].as_str().unwrap().ends_with("terraform-forms.tf"))
        .unwrap();
    let logs = tf["policies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "aws_vpc_endpoint.logs.policy")
        .unwrap();
    assert!(logs["unchecked"].as_str().unwrap().contains("var.logs_policy"));
    let ecr = tf["policies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "aws_vpc_endpoint.ecr_api.policy")
        .unwrap();
    assert_eq!(ecr["kind"], "endpoint");
    assert_eq!(
        ecr["diagnostics"][0]["code"],
        Code::ForallvaluesWithSingleValuedKey.as_str()
    );
}

#[test]
fn junit_and_github_formats_name_each_policy() {
    let (code, junit) = run(&["validate", "--format", "junit", &cases()]);
    assert_eq!(code, 1);
    assert!(
        junit.starts_with("<?xml")
            && junit.contains("<testcase classname=")
            && junit.contains("<skipped message=\"the policy comes from var.logs_policy")
    );
    let (_, github) = run(&["validate", "--format", "github", &cases()]);
    assert!(
        github
            .lines()
            .any(|l| l.starts_with("::error file=") && l.contains("title=UNIQUE_SIDS_REQUIRED")),
        "{github}"
    );
}

#[test]
fn a_var_makes_an_unknown_value_known_and_checked() {
    let dir = std::env::temp_dir().join(format!("tpl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("main.tf");
    std::fs::write(&file, "resource \"aws_vpc_endpoint\" \"s3\" {\n  policy = jsonencode({\n    Version = \"2012-10-17\"\n    Statement = [{ Effect = \"Allow\", Principal = \"*\", Action = \"${var.action}\", Resource = \"*\" }]\n  })\n}\n").unwrap();
    let path = file.to_str().unwrap();
    let (code, _) = run(&["validate", path]);
    assert_eq!(code, 0, "an unknown action causes nothing");
    let (code, out) = run(&["validate", "--var", "action=s3:GetObjekt", path]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(Code::UnknownAction.as_str()) && out.contains("main.tf:4:"),
        "{out}"
    );
}

#[test]
fn a_policy_file_the_template_reads_is_checked_at_its_own_lines() {
    let tf = format!("{}/file-and-dynamic.tf", cases());
    let (code, out) = run(&["validate", "--format", "json", &tf]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let policy_file = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["file"].as_str().unwrap().ends_with("policies/s3-endpoint.json"))
        .unwrap();
    let d = &policy_file["policies"][0]["diagnostics"][0];
    assert_eq!(
        (d["code"].as_str(), d["line"].as_u64(), d["column"].as_u64()),
        (Some(Code::UnknownAction.as_str()), Some(7), Some(17))
    );
    // Named by its place in the template and the template that reads it.
    assert_eq!(
        policy_file["policies"][0]["name"].as_str(),
        Some(format!("aws_vpc_endpoint.s3.policy (read by {tf})").as_str())
    );
    let (_, human) = run(&["validate", &tf]);
    assert!(
        human.contains(&format!("aws_vpc_endpoint.s3.policy (read by {tf})")),
        "{human}"
    );
}

#[test]
fn var_files_give_values_as_tfvars_and_cloudformation_parameters() {
    let dir = std::env::temp_dir().join(format!("varfile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let tf = dir.join("main.tf");
    std::fs::write(&tf, "resource \"aws_vpc_endpoint\" \"s3\" {\n  policy = jsonencode({\n    Version = \"2012-10-17\"\n    Statement = [{ Effect = \"Allow\", Principal = \"*\", Action = \"${var.action}\", Resource = \"*\" }]\n  })\n}\n").unwrap();
    let tfvars = dir.join("prod.tfvars");
    std::fs::write(&tfvars, "action = \"s3:GetObjekt\"\n").unwrap();
    let (code, out) = run(&[
        "validate",
        "--var-file",
        tfvars.to_str().unwrap(),
        tf.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains(Code::UnknownAction.as_str()), "{out}");
    let yaml = dir.join("t.yaml");
    std::fs::write(&yaml, "Resources:\n  E:\n    Type: AWS::EC2::VPCEndpoint\n    Properties:\n      ServiceName: !Sub com.amazonaws.${AWS::Region}.s3\n      PolicyDocument:\n        Version: \"2012-10-17\"\n        Statement:\n          - Effect: Allow\n            Principal: \"*\"\n            Action: !Ref Action\n            Resource: \"*\"\n").unwrap();
    let params = dir.join("params.json");
    std::fs::write(
        &params,
        r#"[{"ParameterKey": "Action", "ParameterValue": "s3:GetObjekt"}]"#,
    )
    .unwrap();
    let (code, _) = run(&["validate", yaml.to_str().unwrap()]);
    assert_eq!(code, 0, "an unknown !Ref causes nothing");
    let (code, out) = run(&[
        "validate",
        "--var-file",
        params.to_str().unwrap(),
        yaml.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains(Code::UnknownAction.as_str()), "{out}");
}
