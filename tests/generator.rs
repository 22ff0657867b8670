//! The generator, exhaustively: every region of every partition, every environment and every option
//! combination yields policies with zero findings, within quota, that pass every scenario; every export
//! round-trips through a real parser of its format.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)] // test code

use serde_json::Value;
use vpce_policy_core::data::regions::{all_regions, PARTITIONS};
use vpce_policy_core::generate::{
    export, plan, pretty, run_scenarios, EndpointKind, Environment, ExportFormat, GeneratorConfig,
};
use vpce_policy_core::{validate, ValidateOptions};

fn configs() -> impl Iterator<Item = GeneratorConfig> {
    all_regions().flat_map(|region| {
        Environment::ALL.into_iter().flat_map(move |environment| {
            (0..64u32).map(move |bits| GeneratorConfig {
                region: region.to_string(),
                environment,
                principal_org_id: (bits & 1 != 0).then(|| "o-a1b2c3d4e5".to_string()),
                resource_org_id: (bits & 32 != 0).then(|| "o-f6g7h8i9j0".to_string()),
                account_ids: if bits & 16 != 0 {
                    vec!["111122223333".into(), "210987654321".into()]
                } else {
                    vec![]
                },
                deny_deletes: bits & 2 != 0,
                deny_all_deletes: bits & 2 != 0 && bits & 32 != 0,
                managed_resources: bits & 4 != 0,
                ssm: bits & 8 != 0,
                allow_outside_org: bits & 1 != 0,
                kit: None,
            })
        })
    })
}

#[test]
fn every_generated_policy_is_clean_and_passes_every_scenario() {
    let mut count = 0;
    for config in configs() {
        assert!(config.validate().is_empty(), "{config:?}");
        let plan = plan(&config);
        let options = ValidateOptions {
            region: Some(config.region.clone()),
            environment: Some(config.environment.as_str().into()),
            // "Image Builder and S3 only" does not plan the rest of the build (tests/kit.rs checks the kit's).
            skip_build_needs: true,
            ..ValidateOptions::default()
        };
        let mut texts = Vec::new();
        for (kind, ep) in [
            (EndpointKind::Imagebuilder, &plan.imagebuilder),
            (EndpointKind::S3, &plan.s3),
        ] {
            let text = pretty(&ep.policy);
            assert!(text.chars().count() <= 20_480);
            let findings = validate(&text, &options).diagnostics;
            assert!(findings.is_empty(), "{kind:?} {config:?}: {findings:#?}\n{text}");
            texts.push(text);
        }
        let report = run_scenarios(&config, &texts[0], &texts[1]);
        let failed: Vec<_> = report.results.iter().filter(|r| !r.pass).collect();
        assert!(failed.is_empty(), "{config:?}: {failed:#?}");
        assert!(report.passed >= 11);
        count += 1;
    }
    assert_eq!(count, all_regions().count() * 3 * 64);
}

#[test]
fn arns_and_service_names_are_partition_aware() {
    for p in PARTITIONS {
        for region in p.regions {
            let config = GeneratorConfig {
                region: region.to_string(),
                managed_resources: true,
                ssm: true,
                ..GeneratorConfig::default()
            };
            let plan = plan(&config);
            let text = format!("{}{}", pretty(&plan.imagebuilder.policy), pretty(&plan.s3.policy));
            for arn in text.split('"').filter(|s| s.starts_with("arn:")) {
                assert!(arn.starts_with(&format!("arn:{}:", p.name)), "{arn} in {region}");
            }
            let expected = if p.name == "aws-cn" {
                format!("cn.com.amazonaws.{region}.imagebuilder")
            } else {
                format!("com.amazonaws.{region}.imagebuilder")
            };
            assert_eq!(plan.imagebuilder.service_name, expected);
            assert_eq!(
                plan.imagebuilder.private_dns_name.as_deref(),
                Some(format!("imagebuilder.{region}.{}", p.dns_suffix).as_str())
            );
        }
    }
}

#[test]
fn org_restriction_never_touches_the_aws_owned_buckets() {
    let config = GeneratorConfig {
        principal_org_id: Some("o-a1b2c3d4e5".into()),
        ssm: true,
        ..GeneratorConfig::default()
    };
    let s3 = plan(&config).s3.policy;
    let buckets = &s3["Statement"][0];
    assert!(buckets["Condition"].is_null(), "{buckets}");
    assert_eq!(buckets["Principal"], "*");
    assert!(buckets["Resource"].as_array().unwrap().iter().all(|r| r
        .as_str()
        .unwrap()
        .contains("ec2imagebuilder-")
        || r.as_str().unwrap().contains("amazon-ssm-")));
}

#[test]
fn input_errors_name_the_field() {
    let bad = GeneratorConfig {
        region: "us-moon-1".into(),
        principal_org_id: Some("o-BAD".into()),
        account_ids: vec!["12".into()],
        ..GeneratorConfig::default()
    };
    let fields: Vec<&str> = bad.validate().iter().map(|e| e.field).collect();
    assert_eq!(fields, ["region", "principalOrgId", "accountIds"]);
}

#[test]
fn an_org_id_restricts_unless_widened_on_purpose() {
    let org = GeneratorConfig {
        principal_org_id: Some("o-a1b2c3d4e5".into()),
        ..GeneratorConfig::default()
    };
    assert!(org.restricts_to_org());
    let ib = plan(&org).imagebuilder.policy;
    assert_eq!(
        ib["Statement"][0]["Condition"]["StringEquals"]["aws:PrincipalOrgID"],
        "o-a1b2c3d4e5"
    );
    let wide = GeneratorConfig {
        allow_outside_org: true,
        ..org.clone()
    };
    assert!(!wide.restricts_to_org());
    assert!(plan(&wide).imagebuilder.policy["Statement"][0]["Condition"].is_null());
    assert!(!GeneratorConfig::default().restricts_to_org());
}

fn sample_configs() -> Vec<GeneratorConfig> {
    vec![
        GeneratorConfig::default(),
        GeneratorConfig {
            region: "cn-north-1".into(),
            environment: Environment::Preprod,
            principal_org_id: Some("o-a1b2c3d4e5".into()),
            account_ids: vec!["111122223333".into()],
            deny_deletes: true,
            deny_all_deletes: true,
            managed_resources: true,
            ssm: true,
            ..GeneratorConfig::default()
        },
    ]
}

fn endpoints(config: &GeneratorConfig) -> Vec<(EndpointKind, Value)> {
    let p = plan(config);
    vec![
        (EndpointKind::Imagebuilder, p.imagebuilder.policy),
        (EndpointKind::S3, p.s3.policy),
    ]
}

fn render(config: &GeneratorConfig, kind: EndpointKind, format: ExportFormat) -> String {
    let p = plan(config);
    let ep = if kind == EndpointKind::Imagebuilder {
        p.imagebuilder
    } else {
        p.s3
    };
    export(config, kind, &ep, format)
}

#[test]
fn json_exports_round_trip() {
    for config in sample_configs() {
        for (kind, policy) in endpoints(&config) {
            for format in [ExportFormat::Json, ExportFormat::JsonMin] {
                let text = render(&config, kind, format);
                assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), policy);
            }
            assert!(!render(&config, kind, ExportFormat::JsonMin).trim().contains('\n'));
        }
    }
}

#[test]
fn aws_cli_export_round_trips_through_shell_word_splitting() {
    for config in sample_configs() {
        for (kind, policy) in endpoints(&config) {
            let text = render(&config, kind, ExportFormat::Cli);
            let commands: Vec<&str> = text.split("\n\n").collect();
            assert_eq!(commands.len(), 2);
            for (command, verb) in commands
                .iter()
                .zip(["create-vpc-endpoint", "modify-vpc-endpoint"])
            {
                let joined = command
                    .lines()
                    .filter(|l| !l.starts_with('#'))
                    .collect::<Vec<_>>()
                    .join("\n")
                    .replace("\\\n", " ");
                let words = shell_words::split(&joined).unwrap();
                assert_eq!(&words[..3], ["aws", "ec2", verb]);
                let i = words.iter().position(|w| w == "--policy-document").unwrap();
                assert_eq!(serde_json::from_str::<Value>(&words[i + 1]).unwrap(), policy);
            }
            assert!(
                text.contains(&format!(
                    "--service-name {}",
                    plan(&config).imagebuilder.service_name
                )) || kind == EndpointKind::S3
            );
        }
    }
}

#[test]
fn cloudformation_export_round_trips_through_a_yaml_parser() {
    for config in sample_configs() {
        for (kind, policy) in endpoints(&config) {
            let text = render(&config, kind, ExportFormat::Cloudformation);
            let doc: serde_yaml::Value =
                serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
            let resources = doc["Resources"].as_mapping().unwrap();
            let (_, endpoint) = resources.iter().next().unwrap();
            assert_eq!(endpoint["Type"], serde_yaml::Value::from("AWS::EC2::VPCEndpoint"));
            let got: Value = serde_json::to_value(&endpoint["Properties"]["PolicyDocument"]).unwrap();
            assert_eq!(got, policy);
        }
    }
}

#[test]
fn terraform_export_round_trips_through_an_hcl_parser() {
    use hcl::eval::{Context, Evaluate, FuncArgs, FuncDef, ParamType};
    let mut variables_policy = plan(&GeneratorConfig::default()).imagebuilder;
    variables_policy.policy["Statement"][0]["Resource"] =
        Value::from("arn:aws:s3:::home/${aws:username}/%{x}");
    for config in sample_configs() {
        let mut cases: Vec<(EndpointKind, Value, String)> = endpoints(&config)
            .into_iter()
            .map(|(k, p)| (k, p, render(&config, k, ExportFormat::Terraform)))
            .collect();
        cases.push((
            EndpointKind::Imagebuilder,
            variables_policy.policy.clone(),
            export(
                &config,
                EndpointKind::Imagebuilder,
                &variables_policy,
                ExportFormat::Terraform,
            ),
        ));
        for (_, policy, text) in cases {
            let body: hcl::Body = hcl::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
            let block = body.blocks().next().unwrap();
            assert_eq!(block.identifier(), "resource");
            let attr = block.body().attributes().find(|a| a.key() == "policy").unwrap();
            let mut ctx = Context::new();
            ctx.declare_func(
                "jsonencode",
                FuncDef::builder()
                    .param(ParamType::Any)
                    .build(|args: FuncArgs| Ok(hcl::Value::String(serde_json::to_string(&args[0]).unwrap()))),
            );
            let encoded = attr
                .expr()
                .evaluate(&ctx)
                .unwrap_or_else(|e| panic!("{e}\n{text}"));
            let got: Value = serde_json::from_str(encoded.as_str().unwrap()).unwrap();
            assert_eq!(got, policy, "{text}");
        }
    }
}
