//! Policies where users keep them: hand-written templates of every form with their exact findings
//! (`templates/cases/`), and real templates from public repositories (`templates/realworld/`, each with its
//! source and licence in SOURCES.tsv) on which every error finding must be a listed real defect.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use std::collections::BTreeSet;
use vpce_policy_core::rules::Code;
use vpce_policy_core::{LineIndex, Severity, ValidateOptions};
use vpce_policy_corpus::root;
use vpce_policy_templates::{check, find, options_for, sniff, Vars};

/// Every finding of a template file: (policy, code, line:column, severity).
fn findings(file: &std::path::Path) -> Vec<(String, String, String, Severity)> {
    let text = std::fs::read_to_string(file).unwrap();
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let format = sniff(&name, &text).unwrap_or_else(|| panic!("{name} is not read as a template"));
    let vars = Vars::default();
    let found = find(format, &text, &vars).unwrap_or_else(|e| panic!("{name}: {e}"));
    let index = LineIndex::new(&text);
    let options = options_for(&text, &ValidateOptions::default());
    check(&found, &vars, &options)
        .into_iter()
        .flat_map(|r| {
            let index = &index;
            r.diagnostics.into_iter().map(move |d| {
                let p = index.position(d.span.start);
                (
                    r.name.clone(),
                    d.code.to_string(),
                    format!("{}:{}", p.line, p.column),
                    d.severity,
                )
            })
        })
        .collect()
}

fn files(dir: &str) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .filter(|p| {
            !matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("expect" | "tsv" | "md")
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn hand_written_templates_give_exactly_their_findings() {
    let cases = files("templates/cases");
    assert!(cases.len() >= 4);
    let mut failures = Vec::new();
    for case in &cases {
        let expect = std::fs::read_to_string(case.with_extension("expect")).unwrap();
        let want: BTreeSet<String> = expect
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(str::to_string)
            .collect();
        let got: BTreeSet<String> = findings(case)
            .into_iter()
            .map(|(_, code, at, _)| format!("{code} {at}"))
            .collect();
        if want != got {
            failures.push(format!("{}:\n  want {want:?}\n  got  {got:?}", case.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn real_templates_have_no_false_errors_and_every_known_defect_is_found() {
    let dir = "templates/realworld";
    let sources = std::fs::read_to_string(root().join(dir).join("SOURCES.tsv")).unwrap();
    let listed: BTreeSet<String> = std::fs::read_to_string(root().join(dir).join("defects.tsv"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').take(4).collect::<Vec<_>>().join("\t"))
        .collect();
    let mut got = BTreeSet::new();
    let all = files(dir);
    assert!(all.len() >= 20, "{} real templates", all.len());
    for file in &all {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            sources.lines().any(|l| l.starts_with(&format!("{name}\t"))),
            "{name} has no source in SOURCES.tsv"
        );
        for (policy, code, at, severity) in findings(file) {
            if severity == Severity::Error {
                got.insert(format!("{name}\t{policy}\t{code}\t{at}"));
            }
        }
    }
    let unlisted: Vec<_> = got.difference(&listed).collect();
    let gone: Vec<_> = listed.difference(&got).collect();
    assert!(
        unlisted.is_empty() && gone.is_empty(),
        "error findings not listed as real defects: {unlisted:#?}\nlisted but no longer found: {gone:#?}"
    );
}

/// The registry's examples of the template-only rules, read as templates.
#[test]
fn template_rules_fail_their_bad_example_and_pass_their_good_one() {
    let rule = vpce_policy_core::rules::doc(Code::EndpointWithoutPolicy).unwrap();
    let codes = |text: &str| -> Vec<String> {
        let vars = Vars::default();
        let found = find(vpce_policy_templates::Format::CloudformationYaml, text, &vars).unwrap();
        check(&found, &vars, &ValidateOptions::default())
            .into_iter()
            .flat_map(|r| r.diagnostics.into_iter().map(|d| d.code.to_string()))
            .collect()
    };
    assert!(codes(rule.bad).contains(&rule.code.to_string()));
    assert!(!codes(rule.good).contains(&rule.code.to_string()));
    // A service AWS says takes no policy is never flagged.
    let appstream = rule.bad.replace(".ssm", ".appstream.api");
    assert!(codes(&appstream).is_empty());
    // Terraform: an aws_vpc_endpoint_policy for the endpoint counts as its policy.
    let tf =
        "resource \"aws_vpc_endpoint\" \"s3\" {\n  service_name = \"com.amazonaws.${var.region}.s3\"\n}\n";
    let vars = Vars::default();
    let alone = find(vpce_policy_templates::Format::Terraform, tf, &vars).unwrap();
    assert_eq!(
        check(&alone, &vars, &ValidateOptions::default())[0].diagnostics[0].code,
        rule.code
    );
    let with = format!("{tf}resource \"aws_vpc_endpoint_policy\" \"s3\" {{\n  vpc_endpoint_id = aws_vpc_endpoint.s3.id\n  policy = jsonencode({{Version = \"2012-10-17\", Statement = [{{Effect = \"Allow\", Principal = \"*\", Action = \"s3:GetObject\", Resource = \"*\"}}]}})\n}}\n");
    let found = find(vpce_policy_templates::Format::Terraform, &with, &vars).unwrap();
    assert!(check(&found, &vars, &ValidateOptions::default())
        .iter()
        .all(|r| r.diagnostics.iter().all(|d| d.code != rule.code)));
}
